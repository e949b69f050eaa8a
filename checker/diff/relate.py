"""How the values of one field relate, and the field's verdict.

Only firm claims of different articles decide: two values that cannot both hold
(the value type's `compare`), or a value one article affirms and another denies.
Such a clash is a contradiction when the closest two articles that clash are
within the rule's `window` of each other, a change over time when they are
further apart, and a contradiction whatever the dates when the window is
`never`. What the decision rests on is kept: dates read from metadata (known),
inferred from the text (inferred), or a clash with an undated article (unknown),
which is counted as a contradiction and said so.

A value type whose values change in a known direction (a running total) plugs
in through `ValueType.in_time(rule, earlier, later)`: given the clash's values
in date order, it returns (relation, reason) or None to use the window.
"""
from __future__ import annotations

import bisect
from itertools import combinations

from ..records import Relation
from ..values import TYPES, compare, implied_by, sort_key

SEVERITY = ("agree", "compatible", "changed", "contradict")


def relations(rule, tallies, limit: int) -> tuple:
    """(Relation, ...) between the field's values, clashes first; and how many rare values
    were left out (more than `limit` values affirmed firmly)."""
    firm = sorted((t for t in tallies if t.firm.ids), key=lambda t: (-len(t.firm.ids), sort_key(t.value)))
    left_out = max(0, len(firm) - limit)
    firm = firm[:limit]
    out = []
    if not TYPES[rule.type].items:
        for a, b in combinations(sorted(firm, key=lambda t: sort_key(t.value)), 2):
            relation, reason = compare(rule, a.value, b.value)
            if relation == "compatible":
                out.append(Relation(a.value, b.value, "compatible", reason))
            elif relation == "conflict":
                out.append(in_time(rule, a, b, a.firm, b.firm, reason))
    for d in tallies:
        if not d.denied.ids:
            continue
        for a in firm:
            if a.value == d.value or d.value in implied_by(rule, a.value):
                reason = f"{a.value} is affirmed and {d.value} denied"
                out.append(in_time(rule, a, d, a.firm, d.denied, reason, denial=True))
    out = [r for r in out if r is not None]
    return tuple(sorted(out, key=lambda r: (-SEVERITY.index(r.relation), sort_key(r.a), sort_key(r.b)))), left_out


def in_time(rule, a, b, side_a, side_b, reason, denial=False):
    """A clash between two sides: contradict or changed, by the closest two articles, one
    saying each side and not the other (an article that says both is flagged by
    tally.inside, and agrees with each side as much as it differs); None when there are
    no such two articles."""
    ids_a, ids_b = set(side_a.ids), set(side_b.ids)
    only_a, only_b = ids_a - ids_b, ids_b - ids_a
    if not only_a or not only_b:
        return None
    if rule.window is None:
        pair = _first(side_a, only_a), _first(side_b, only_b)
        return Relation(a.value, b.value, "contradict", reason, denial, "none", None, pair) if all(pair) else None
    known = _closest(_entries(side_a, ("known",), only_a), _entries(side_b, ("known",), only_b))
    dated = _closest(_entries(side_a, ("known", "inferred"), only_a), _entries(side_b, ("known", "inferred"), only_b))
    for found, basis in ((known, "known"), (dated, "inferred")):
        if found and found[0] <= rule.window:
            return _within(rule, a, b, reason, denial, basis, found)
    undated = _undated_pair(side_a, only_a, side_b, only_b)
    if undated and not (getattr(rule, "running_total", False) and not denial):
        # a running total's undated figure is placed or listed (totals.py), never a contradiction
        return Relation(a.value, b.value, "contradict", reason, denial, "unknown", None, undated)
    best = known if known and (not dated or known[0] <= dated[0]) else dated
    if not best:
        return None
    basis = "known" if best is known else "inferred"
    return _hooked(rule, a, b, denial, basis, best) or \
        Relation(a.value, b.value, "changed", reason, denial, basis, best[0], best[1])


def _hooked(rule, a, b, denial, basis, found):
    """The value type's own word on two values in date order (a running total), if any."""
    hook = TYPES[rule.type].in_time
    days, pair = found
    if not hook or not days or denial:
        return None
    early, late = sorted(pair, key=lambda q: q.day)
    said = hook(rule, early.claim.value, late.claim.value)
    return Relation(a.value, b.value, said[0], said[1], denial, basis, days, pair) if said else None


def _within(rule, a, b, reason, denial, basis, found):
    return _hooked(rule, a, b, denial, basis, found) or \
        Relation(a.value, b.value, "contradict", reason, denial, basis, found[0], found[1])


def _entries(side, bases, allowed):
    """(day, Quote) for each dated day of a side, the quote from an allowed article."""
    out = []
    for (day, basis), (_ids, quotes) in side.days.items():
        quote = next((q for q in quotes if q.source.id in allowed), None)
        if basis in bases and day is not None and quote is not None:
            out.append((day, quote))
    return sorted(out, key=lambda e: (e[0], e[1].source.id))


def _closest(xs, ys):
    """(days apart, (Quote, Quote)) of the closest two entries, or None."""
    if not xs or not ys:
        return None
    days = [y[0] for y in ys]
    best = None
    for day, quote in xs:
        j = bisect.bisect_left(days, day)
        for k in (j - 1, j):
            if 0 <= k < len(ys):
                gap = abs((ys[k][0] - day).days)
                if best is None or gap < best[0]:
                    best = (gap, (quote, ys[k][1]))
    return best


def _first(side, allowed):
    for _key, (_ids, quotes) in sorted(side.days.items(), key=lambda kv: str(kv[0])):
        for q in quotes:
            if q.source.id in allowed:
                return q
    return None


def _undated_pair(side_a, only_a, side_b, only_b):
    """(Quote, Quote) of two articles that clash, one of them undated, or None."""
    for x, ok_x, y, ok_y, flip in ((side_a, only_a, side_b, only_b, False), (side_b, only_b, side_a, only_a, True)):
        undated = next((q for (day, _), (_ids, quotes) in x.days.items() if day is None
                        for q in quotes if q.source.id in ok_x), None)
        other = _first(y, ok_y)
        if undated and other:
            return (other, undated) if flip else (undated, other)
    return None


def verdict(rule, tallies, rels, firm_sources: int, sources: int):
    """(verdict, reason, dates) of a field."""
    if not sources:
        return "none", "no source speaks", None
    if not firm_sources:
        return "reported", "every claim is hedged: reported, not asserted", None
    for kind in ("contradict", "changed"):
        found = [r for r in rels if r.relation == kind]
        if found:
            return kind, found[0].reason, _rests_on(found)
    if firm_sources == 1:
        return "single", "one source states it firmly", None
    compatible = [r for r in rels if r.relation == "compatible"]
    affirmed = [t for t in tallies if t.firm.ids]
    if compatible:
        return "compatible", compatible[0].reason, None
    shared = [t for t in affirmed if len(t.firm.ids) == firm_sources]
    denials = any(t.denied.ids for t in tallies)
    if TYPES[rule.type].items:
        if len(shared) == len(affirmed) and not denials:
            return "agree", "every source that states it firmly says the same", None
        return "compatible", "different items, none denied", None
    if shared and not denials:
        if len(affirmed) > 1:  # the other values clash only inside articles that also say this one
            return "agree", "every source that states it firmly says this; other values only inside one article", None
        return "agree", "every source that states it firmly says the same", None
    return "compatible", "values and denials that can all hold", None


def _rests_on(found) -> str:
    """The firmest footing among the relations that give the verdict."""
    for basis in ("none", "known", "inferred", "unknown"):
        if any(r.dates == basis for r in found):
            return basis
    return found[0].dates
