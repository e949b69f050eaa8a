"""Named values (category, ordinal, set): a rule's own value ids, related by its
declared relations (`overlap`, `implies`, `vague`) and, for an ordinal, by steps."""
from __future__ import annotations

from .kind import ValueType


def _named(rule, a, b):
    if a == b:
        return "equal", ""
    if frozenset((a, b)) in rule.overlap:
        return "compatible", f"{a} and {b} overlap"
    for x, y in ((a, b), (b, a)):
        if y in implied_by(rule, x):
            return "compatible", f"{x} implies {y}"
        if x in rule.vague:
            return "compatible", f"{x} fits any value"
    return "conflict", f"{a} and {b} cannot both hold"


def _ordinal(rule, a, b):
    relation, reason = _named(rule, a, b)
    if relation != "conflict":
        return relation, reason
    ids = rule.value_ids
    steps = abs(ids.index(a) - ids.index(b)) if a in ids and b in ids else 0
    return "conflict", f"{a} and {b} are {steps} step{'s' if steps != 1 else ''} apart on the scale"


def implied_by(rule, value) -> set:
    """Every value that `value` implies, directly or through others."""
    out, todo = set(), [value]
    while todo:
        current = todo.pop()
        for x, y in rule.implies:
            if x == current and y not in out:
                out.add(y)
                todo.append(y)
    return out


CATEGORY = ValueType("category", _named, named=True)
ORDINAL = ValueType("ordinal", _ordinal, named=True, scale=True)
SET = ValueType("set", _named, named=True, items=True)
