"""Number and date fields (and any field that changed over time) as a range and a
dated timeline of firm values, instead of pairwise lines."""
from __future__ import annotations

import datetime as dt

from ..values import bounds, sort_key


def timeline(tallies) -> tuple:
    """((day or None, basis, value, (article, ...)), ...) of firm claims, in date order;
    undated last. basis: known | inferred | unknown."""
    rows = []
    for t in tallies:
        for (day, basis), (ids, _quotes) in t.firm.days.items():
            rows.append((day, basis, t.value, tuple(ids)))
    merged = {}
    for day, basis, value, ids in rows:
        key = (day, value)
        if key in merged:  # the same day known for one article, inferred for another
            old = merged[key]
            merged[key] = (day, "known" if "known" in (old[1], basis) else basis, value, old[3] + ids)
        else:
            merged[key] = (day, basis, value, ids)
    return tuple(sorted(merged.values(), key=lambda r: (r[0] or dt.date.max, r[0] is None, sort_key(r[2]))))


def value_range(rule, tallies) -> tuple:
    """(lowest, highest) firm value by the type's bounds, or () when the type has none."""
    found = [(bounds(rule, t.value), t.value) for t in tallies if t.firm.ids]
    found = [(b, v) for b, v in found if b is not None]
    if not found:
        return ()
    low = min(found, key=lambda bv: _low(bv[0]))[1]
    high = max(found, key=lambda bv: _high(bv[0]))[1]
    return (low, high)


def _low(b):
    """Where a value starts, for the range: its low end, or its high end when it has no low
    ('../20' stands at 20)."""
    return b[0] if b[0] is not None else b[1]


def _high(b):
    """Where a value ends, for the range: its high end, or its low end when it has no high
    ('12/..', at least 12, stands at 12)."""
    return b[1] if b[1] is not None else b[0]
