"""A running total's figures in time (a number rule with `running_total: true`), from the
field's timeline of firm claims: the dated steps, the latest figure and its sources, the
falls and the clashes of one day (contradictions worth checking), and the undated figures,
placed between the dated ones where that is unambiguous or else listed as undated.
The relations between values (relate.py) ask the value type: a rise is a change over
time, a fall a contradiction; an undated figure is never counted against a dated one."""
from __future__ import annotations

from ..records import RunningTotal
from ..values import totals


def running_total(timeline) -> RunningTotal:
    """timeline: ((day or None, basis, value, (article, ...)), ...) in date order, undated last."""
    dated = [row for row in timeline if row[0] is not None]
    by_day = {}
    for day, _basis, value, _ids in dated:
        by_day.setdefault(day, []).append(value)
    same_day = tuple((day, tuple(values)) for day, values in sorted(by_day.items())
                     if any(totals.order(a, b) for i, a in enumerate(values) for b in values[i + 1:]))
    points = [(row[0], row[2]) for row in dated]
    falls = tuple(totals.falls(points))
    placed, undated = [], []
    for day, _basis, value, ids in timeline:
        if day is not None:
            continue
        where = totals.place(points, value)
        if where is None:
            undated.append((value, ids))
        else:
            placed.append((value, ids, *where))
    return RunningTotal(tuple(dated), _latest(dated), falls, same_day, tuple(placed), tuple(undated))


def _latest(dated) -> tuple:
    """(day, value, (article, ...)) of the highest figure on the last day, or ()."""
    if not dated:
        return ()
    last = max(row[0] for row in dated)
    rows = [row for row in dated if row[0] == last]
    top = rows[0]
    for row in rows[1:]:
        if totals.order(row[2], top[2]) > 0:
            top = row
    return last, top[2], top[3]
