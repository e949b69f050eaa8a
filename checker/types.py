"""Value types: how two values of one field relate. A plain registry.

compare(rule, a, b) -> (relation, reason), relation one of
  'equal'       the same value
  'compatible'  different, but both can hold (declared overlap, implication,
                a vague value, numbers within tolerance, overlapping spans,
                texts above the similarity threshold)
  'conflict'    they cannot both hold
"""
from __future__ import annotations

from rapidfuzz import fuzz, utils

from .dates import Span


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


def _number(rule, a, b):
    if a == b:
        return "equal", ""
    if abs(a - b) <= rule.tolerance:
        return "compatible", f"within the tolerance of {rule.tolerance:g}"
    return "conflict", f"{a} and {b} differ by {abs(a - b):g}"


def _date(rule, a, b):
    if a == b:
        return "equal", ""
    gap = Span.from_iso(a).gap_days(Span.from_iso(b))
    if gap == 0:
        return "compatible", f"{a} and {b} overlap"
    if gap <= rule.tolerance:
        return "compatible", f"{gap} days apart, within the tolerance of {rule.tolerance:g}"
    return "conflict", f"{a} and {b} are {gap} days apart"


def _text(rule, a, b):
    score = fuzz.token_set_ratio(a, b, processor=utils.default_process)
    if score == 100:
        return "equal", ""
    if score >= rule.threshold:
        return "compatible", f"similar texts ({score:.0f} of 100)"
    return "conflict", f"different texts ({score:.0f} of 100)"


COMPARE = {"category": _named, "set": _named, "ordinal": _ordinal,
           "number": _number, "date": _date, "text": _text}


def compare(rule, a, b):
    return COMPARE[rule.type](rule, a, b)


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


def sort_key(value):
    """Values of mixed kinds in a stable order."""
    return (0, value, "") if isinstance(value, (int, float)) else (1, 0, str(value))
