"""Weeks, weekends and countdowns, said relative to a day.

- Weeks run Monday to Sunday: "this week" is the week of the day counted from, "later
  this week" the days after it to Sunday, "earlier this week" Monday to the day
  before it, "next week" / "last week" the week after / before; "next week, possibly
  on Wednesday or Thursday" those days of that week.
- Weekends are Saturday and Sunday. "this weekend" (and "over the weekend") is the
  coming one, or the one under way, or in a past-tense
  sentence the one just gone; "next weekend" is the one after the coming one (or
  after the one under way); "last weekend" the one before the week counted from:
  just gone, said on a weekday; the previous one, said at a weekend.
- Countdowns: "10 days from today", "Fifty days from Monday", "two weeks from now"
  end that many days after their start (dates.py reads the start: "today", a weekday,
  a date); "in two weeks", "in 10 days' time" count from the day counted from;
  "within 10 days" is every day up to the end.
- Relations: "two days before" (the deadline) dates what follows it: two days after
  the day its sentence gives ("met on Wednesday, two days before the deadline": the
  deadline is Friday); "three days after" the crash, three days before that day.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, Optional

from .numerals import TENS, UNITS
from .numbers import read as read_number

_WORD = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_N = rf"(?P<n>\d{{1,3}}|an?|(?:{_WORD})(?:[ \t-](?:{_WORD}))?)"
_UNIT = r"(?P<unit>days?|weeks?)"
_WEEK = (r"(?P<week>(?:later[ \t]+|earlier[ \t]+)?this|next|last|the[ \t]+coming|the[ \t]+past|this[ \t]+coming"
         r"|this[ \t]+past|over[ \t]+the|the|at[ \t]+the)[ \t]+(?P<kind>weekend|week)")
_START = r"(?P<start>today|now|tomorrow|[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)"
_WD = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "next week, possibly on Wednesday or Thursday": the days of that week
_IN_WEEK = (rf"(?:,?[ \t]+(?:(?:possibly|probably|likely|perhaps|maybe|most[ \t]+likely)[ \t]+)?(?:on[ \t]+)?"
            rf"[\"\u201c]?(?P<in_wd>{_WD})(?:[ \t]+or[ \t]+(?P<in_wd2>{_WD}))?)?")
PERIOD_RE = re.compile(
    rf"\b(?:{_WEEK}{_IN_WEEK}"
    rf"|(?P<within>in|within)[ \t]+{_N}[ \t]+{_UNIT}(?:'?[ \t]+time)?"
    rf"|{_N.replace('<n>', '<n2>')}[ \t]+{_UNIT.replace('<unit>', '<unit2>')}[ \t]+"
    rf"(?:from[ \t]+{_START}|(?P<rel>before|after|ahead[ \t]+of|prior[ \t]+to)))\b", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BARE = {"the", "at the"}  # "the week", "into the weekend": too loose to be a date


class Period(NamedTuple):
    kind: str  # week, weekend, countdown or relation
    which: str = ""  # this, next, last, later this ... (weeks and weekends)
    weekdays: tuple = ()  # weeks: the days named in it ("next week, Wednesday or Thursday"), 0 = Monday
    days: int = 0  # countdowns: how many days; relations: how many days after the day in the sentence
    start: Optional[str] = None  # countdowns: the words of the day it starts from, or None
    mod: str = ""  # "until" for "within"


def find(text: str) -> list:
    """(start, end) of each week, weekend or countdown expression."""
    return [m.span() for m in PERIOD_RE.finditer(text) if parse(m.group(0))]


def parse(expression: str) -> Optional[Period]:
    """What a period expression says, or None when it is not one."""
    m = PERIOD_RE.fullmatch(expression.strip())
    if not m:
        return None
    if m.group("kind"):
        which = " ".join(m.group("week").lower().split())
        if which in _BARE or (m.group("kind").lower() == "week" and which == "over the"):
            return None
        named = tuple(_WEEKDAYS.index(m.group(g).lower()) for g in ("in_wd", "in_wd2") if m.group(g))
        if named and m.group("kind").lower() != "week":
            return None
        return Period(m.group("kind").lower(), which, weekdays=named)
    n, unit = (m.group("n") or m.group("n2")).lower(), (m.group("unit") or m.group("unit2")).lower()
    count = 1 if n in ("a", "an") else read_number(n)
    if not count or count != int(count) or count > 400:
        return None
    days = int(count) * (7 if unit.startswith("week") else 1)
    if m.group("rel"):
        return Period("relation", days=-days if m.group("rel").lower() == "after" else days)
    if m.group("within"):
        return Period("countdown", days=days, mod="until" if m.group("within").lower() == "within" else "")
    start = m.group("start")
    return Period("countdown", days=days, start=None if start.lower() in ("today", "now") else start)


def span(period: Period, base: dt.date, future: bool):
    """(first, last) day of a week or weekend counted from `base`."""
    if period.kind == "week":
        first, last = _week(period.which, base)
        if period.weekdays:
            monday = first - dt.timedelta(days=first.weekday())
            days = [monday + dt.timedelta(days=d) for d in period.weekdays]
            return min(days), max(days)
        return first, last
    return _weekend(period.which, base, future)


def _week(which: str, base: dt.date):
    monday = base - dt.timedelta(days=base.weekday())
    shift = {"next": 7, "the coming": 7, "last": -7, "the past": -7}.get(which, 0)
    first, last = monday + dt.timedelta(days=shift), monday + dt.timedelta(days=shift + 6)
    if which == "later this":
        first = min(base + dt.timedelta(days=1), last)
    elif which == "earlier this":
        last = max(base - dt.timedelta(days=1), first)
    return first, last


def _weekend(which: str, base: dt.date, future: bool):
    saturday = base + dt.timedelta(days=5 - base.weekday())  # this week's: coming, or under way
    under_way = base.weekday() >= 5
    if which == "next":
        shift = 7
    elif which == "last":
        shift = -7
    elif which in ("the past", "this past"):
        shift = 0 if under_way else -7
    elif which in ("the coming", "this coming"):
        shift = 0
    else:  # this, the, over the, at the
        shift = 0 if future or under_way else -7
    first = saturday + dt.timedelta(days=shift)
    return first, first + dt.timedelta(days=1)
