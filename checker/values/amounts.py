"""Amounts: an exact number or an interval, as the claims contract writes them.

An exact number is a JSON number (7, 7.7); an interval is a string written like a
date span, open at either end: "7/.." (at least seven), "../20" (up to 20), "7/8".
Two amounts relate as equal, compatible (they overlap, or lie within the rule's
`tolerance`: absolute, 2, or relative, "2%") or conflict.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional, Union

Number = Union[int, float]
_BOUND = r"(?:-?\d+(?:\.\d+)?|\.\.)"
INTERVAL_RE = re.compile(rf"^(?P<lo>{_BOUND})/(?P<hi>{_BOUND})$")


@dataclass(frozen=True)
class Amount:
    """lo..hi, both included; None is an open end. Exact when lo == hi."""

    lo: Optional[float]
    hi: Optional[float]

    @classmethod
    def exact(cls, n: float) -> "Amount":
        return cls(n, n)

    @classmethod
    def of(cls, value) -> Optional["Amount"]:
        """The amount a contract value (7, 7.7, "7/..", "../20", "7/8") says, or None."""
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return cls.exact(float(value))
        m = INTERVAL_RE.match(str(value))
        if not m or m.group("lo") == m.group("hi") == "..":
            return None
        lo, hi = (None if m.group(k) == ".." else float(m.group(k)) for k in ("lo", "hi"))
        return cls(lo, hi)

    @property
    def is_exact(self) -> bool:
        return self.lo is not None and self.lo == self.hi

    def value(self):
        """As the claims contract writes it: a number when exact, else "lo/hi"."""
        if self.is_exact:
            return as_number(self.lo)
        return f"{_bound(self.lo)}/{_bound(self.hi)}"

    def gap(self, other: "Amount") -> float:
        """0 when the two overlap, else the distance between them."""
        if self.hi is not None and other.lo is not None and self.hi < other.lo:
            return other.lo - self.hi
        if other.hi is not None and self.lo is not None and other.hi < self.lo:
            return self.lo - other.hi
        return 0.0

    def size(self) -> float:
        """The largest magnitude the amount reaches at its known ends (for a relative tolerance)."""
        return max(abs(x) for x in (self.lo, self.hi) if x is not None)


def as_number(n: float) -> Number:
    """Integers stay integers in claims and reports."""
    return int(n) if float(n).is_integer() else round(n, 6)


def _bound(x: Optional[float]) -> str:
    return ".." if x is None else str(as_number(x))


def tolerance_of(rule) -> tuple:
    """(size, relative) of a rule's `tolerance`: 2 -> (2, False); "2%" -> (0.02, True)."""
    raw = getattr(rule, "tolerance", 0) or 0
    if isinstance(raw, str) and raw.strip().endswith("%"):
        return float(raw.strip()[:-1]) / 100, True
    return float(raw), False


def compare(rule, a, b):
    """(relation, reason) of two amounts: equal, compatible or conflict."""
    if a == b:
        return "equal", ""
    x, y = Amount.of(a), Amount.of(b)
    if x is None or y is None:
        return "conflict", f"{a} and {b} cannot be compared as numbers"
    gap = x.gap(y)
    size, relative = tolerance_of(rule)
    allowed = size * max(x.size(), y.size()) if relative else size
    said = f"{size * 100:g}%" if relative else f"{size:g}"
    if gap == 0 and not (x.is_exact and y.is_exact):
        return "compatible", f"{a} and {b} overlap"
    if gap <= allowed + 1e-9:
        return ("equal", "") if gap == 0 else ("compatible", f"within the tolerance of {said}")
    if x.is_exact and y.is_exact:
        return "conflict", f"{a} and {b} differ by {as_number(gap)}"
    return "conflict", f"{a} and {b} are {as_number(gap)} apart"


def round_out(lo: float, hi: float, decimals: int) -> tuple:
    """lo down and hi up to the given number of decimals."""
    f = 10 ** decimals
    return math.floor(lo * f + 1e-9) / f, math.ceil(hi * f - 1e-9) / f
