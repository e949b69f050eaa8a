""""Check first": the few things a journalist should look at before anything else.

In this order: contradictions between firm claims of different outlets, articles
that contradict themselves, lone outliers (one source against many), and verdicts
that rest on an unknown or inferred publication date. At most `check_first` items.
"""
from __future__ import annotations

from ..records import CheckItem
from .tally import outlet_of


def check_first(verdicts, limit: int, majority: int) -> tuple:
    found = {"contradiction": [], "self": [], "outlier": [], "date": []}
    for v in verdicts:
        clashes = [r for r in v.relations if r.relation == "contradict"]
        groups, lonely = {g.value: g for g in v.values}, set()
        for r in clashes:
            if r.pair and _outlet(r.pair[0]) != _outlet(r.pair[1]) and r.dates in ("known", "none"):
                lone = _lone(groups, r, majority)  # one source against many: said as such
                found["contradiction"].append(CheckItem("outlier" if lone is not None else "contradiction",
                                                        v.field, relation=r, value=lone))
                lonely.add(lone)
                break
        found["self"] += [CheckItem("self", v.field, inside=i) for i in v.inside if i.kind == "self"][:1]
        for r in clashes:  # one line per lone value
            lone = _lone(groups, r, majority)
            if lone is not None and lone not in lonely:
                lonely.add(lone)
                found["outlier"].append(CheckItem("outlier", v.field, relation=r, value=lone))
        if v.verdict in ("contradict", "changed") and v.dates in ("unknown", "inferred"):
            rel = next(r for r in v.relations if r.relation == v.verdict and r.dates == v.dates)
            found["date"].append(CheckItem("date", v.field, relation=rel))
    items = [i for kind in ("contradiction", "self", "outlier", "date") for i in found[kind]]
    return tuple(items[:limit]), max(0, len(items) - limit)


def _outlet(quote):
    return outlet_of(quote.source) or quote.source.id


def _lone(groups, r, majority: int):
    """The value said by one source only, when the other side has `majority` sources or more."""
    a, b = groups[r.a], groups[r.b]
    sa = a.firm
    sb = b.denied if r.denial else b.firm
    if r.denial:
        return None
    if len(sa) == 1 and len(sb) >= majority:
        return r.a
    if len(sb) == 1 and len(sa) >= majority:
        return r.b
    return None
