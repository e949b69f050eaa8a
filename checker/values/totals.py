"""Running totals (a number rule with `running_total: true`): a death toll, arrests, the
displaced. A later, larger figure is the total rising; a later, smaller one falls, which a
running total does not do; two figures that do not overlap cannot both be one day's.
An undated figure is placed between the dated ones that bracket it, when they rise."""
from __future__ import annotations

from typing import Optional

from .amounts import Amount


def order(a, b) -> int:
    """-1 when figure a lies wholly below b, 1 when wholly above, 0 when they overlap."""
    x, y = Amount.of(a), Amount.of(b)
    if x is None or y is None or x.gap(y) == 0:
        return 0
    return -1 if x.hi is not None and y.lo is not None and x.hi < y.lo else 1


def in_time(earlier, later):
    """(relation, reason) of two clashing figures in date order."""
    step = order(earlier, later)
    if step < 0:
        return "changed", f"the total rose from {earlier} to {later}"
    if step > 0:
        return "contradict", f"the total fell from {earlier} to {later}; a running total does not fall"
    return None


def falls(points) -> list:
    """((day, value), (day, value)) for each dated figure that lies wholly below what a figure
    of an earlier day already held (its lower bound: "at least 7", then 6): that figure, and
    it. `points`: [(day, value), ...]."""
    out, floor = [], None  # the earlier figure with the highest lower bound
    for day, value in sorted(points, key=lambda dv: (dv[0], _low(dv[1]))):
        high = _high(value)
        if floor is not None and floor[0] < day and high < _low(floor[1]):
            out.append((floor, (day, value)))
        if floor is None or _low(value) > _low(floor[1]):
            floor = (day, value)
    return out


def place(dated, figure) -> Optional[tuple]:
    """(after, before): the days between which an undated figure falls in a rising series of
    dated figures [(day, value), ...]: after the last that lies wholly below it, before the
    first that lies wholly above it (None: no such figure); (day, day) when it is that day's
    exact figure. None when the dated figures do not rise, or none of them bounds it."""
    if not dated or falls(dated):
        return None
    same = [day for day, v in dated if v == figure]
    if same:
        return min(same), max(same)
    below = [day for day, v in dated if order(v, figure) < 0]
    above = [day for day, v in dated if order(v, figure) > 0]
    if not below and not above:
        return None
    return (max(below) if below else None), (min(above) if above else None)


def _low(value) -> float:
    found = Amount.of(value)
    return found.lo if found is not None and found.lo is not None else float("-inf")


def _high(value) -> float:
    found = Amount.of(value)
    return found.hi if found is not None and found.hi is not None else float("inf")
