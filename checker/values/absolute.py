"""Dates said with a month and a day, or in ISO form: found, and read as days or spans.

Our own pattern finds where a date is said ("Friday, August 8", "next Friday, Aug. 8",
"Aug. 1", "August 6-7", "from August 31 to September 3", "before the August 8th
deadline"); dateparser reads each day it found, and nothing else, so no date is ever
guessed out of ordinary words. A date without a year takes the year that puts it
closest to the day it is read against (the publication day).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Optional

_MONTH = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_WD_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_WEEKDAY = rf"(?i:(?:(?:next|this|last|coming|this[ \t]+coming)[ \t]+)?{_WD_NAME}\.?,?[ \t]+)?"
_YEAR = r"(?:,?[ \t]+(?:19|20)\d{2}(?!\d))?"
_MD = rf"{_WEEKDAY}{_MONTH}[ \t]+{_DAY}(?:[ \t]*(?:-|\u2013|to|and|through)[ \t]*{_DAY})?{_YEAR}"
_DM = rf"{_WEEKDAY}{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH}{_YEAR}"
_ISO = r"(?:19|20)\d{2}-[01]\d-[0-3]\d(?!\d)"
_CORE = rf"(?:{_ISO}|{_MD}|{_DM})"
_MOD = (r"(?i:(?P<mod>before|after|by|until|till|through|since|from|between|on|around|about"
        r"|ahead[ \t]+of|prior[ \t]+to|no[ \t]+later[ \t]+than|no[ \t]+earlier[ \t]+than|as[ \t]+early[ \t]+as"
        r")[ \t]+(?:the[ \t]+)?)?")
# modifiers said in more than one word, as the one word that says what they do
_MOD_AS = {"ahead of": "before", "prior to": "before", "no later than": "until", "no earlier than": "from",
           "as early as": "from"}
_SAID_WEEKDAY = re.compile(rf"(?i)^(?:(?:next|this|last|coming|this[ \t]+coming)[ \t]+)?(?P<wd>{_WD_NAME})\b")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATE_RE = re.compile(rf"\b{_MOD}(?P<first>{_CORE})(?:[ \t]*(?P<conn>-|\u2013|to|until|through|and)[ \t]*(?P<second>{_CORE}))?")
_RANGE_DAY = re.compile(rf"^(?P<head>.*?{_MONTH}[ \t]+)(?P<d1>{_DAY})[ \t]*(?:-|\u2013|to|and|through)[ \t]*(?P<d2>{_DAY})")
_RELATIVE_WORD = re.compile(r"(?i)^(?:next|this|last|coming|this coming) ")  # "next Friday, Aug. 8": the date says it
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
# "WASHINGTON, Aug 1 (Reuters) -", "Last updated: Aug. 1, 2025": when the article was
# written, not a date it reports.
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:[A-Z][A-Z.'\u2019 -]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.]+)?,[ \t]+(?P<d1>{_CORE})[ \t]*"
    rf"(?:\([^)\n]{{1,40}}\))?[ \t]*[-\u2013\u2014]"
    rf"|(?i:published|updated|last updated|posted)(?:[ \t]+on)?:?[ \t]+(?P<d2>{_CORE}))")
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Span:
    """A day (start == end) or a span; None is an open end."""

    start: Optional[dt.date]
    end: Optional[dt.date]

    def iso(self) -> str:
        if self.start == self.end and self.start:
            return self.start.isoformat()
        return f"{self.start.isoformat() if self.start else '..'}/{self.end.isoformat() if self.end else '..'}"

    @classmethod
    def from_iso(cls, text: str) -> "Span":
        if "/" not in text:
            day = dt.date.fromisoformat(text)
            return cls(day, day)
        a, b = text.split("/")
        return cls(None if a == ".." else dt.date.fromisoformat(a), None if b == ".." else dt.date.fromisoformat(b))

    def gap_days(self, other: "Span") -> int:
        """0 when the spans overlap, else the days between them."""
        lo_a, hi_a = self.start or dt.date.min, self.end or dt.date.max
        lo_b, hi_b = other.start or dt.date.min, other.end or dt.date.max
        if hi_a < lo_b:
            return (lo_b - hi_a).days
        if hi_b < lo_a:
            return (lo_a - hi_b).days
        return 0


def dateline(text: str):
    """(start, end) of the date in a dateline or a 'Published:' stamp near the top, or None."""
    m = _DATELINE.search(text[:2000])
    return (m.span("d1") if m.group("d1") else m.span("d2")) if m else None


# Every date expression holds a month name next to a day number, or an ISO date:
# the full pattern is only tried around these.
_ANCHOR = re.compile(rf"{_MONTH}[ \t]+\d|\d[ \t]+(?:of[ \t]+)?{_MONTH}|(?:19|20)\d\d-[01]\d-[0-3]\d")
_REACH = 40  # how far before an anchor an expression may start ("no later than the Friday, ")


def find(text: str):
    """(start, end) character offsets of each absolute date expression, modifiers included."""
    out, done = [], 0
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < done:
            continue
        m = DATE_RE.search(text, max(done, anchor.start() - _REACH))
        while m and m.end() <= anchor.start():  # an expression before this anchor, missed by none
            m = DATE_RE.search(text, m.end())
        if not m or m.start() > anchor.end():
            continue
        joined = m.group("second") and (m.group("conn") != "and" or _mod(m) == "between")
        out.append((m.start(), m.end() if joined else m.end("first")))
        done = out[-1][1]
    return out


def _mod(m) -> str:
    said = " ".join((m.group("mod") or "").lower().split())
    return _MOD_AS.get(said, said)


def read(expression: str, published: Optional[dt.date]):
    """(Span, modifier) of an absolute expression found by `find`, or None when it has no
    year and there is no day to read it against; the modifier ("before", "from" ...) is
    not applied."""
    m = DATE_RE.search(expression)
    if not m:
        return None
    first = _core(m.group("first"), published)
    if first is None:
        return None
    last = _core(m.group("second"), published, after=first.start) if m.group("second") else None
    return Span(first.start, (last or first).end), _mod(m)


def weekday_mismatch(expression: str, span: Span) -> Optional[str]:
    """When a date is said with a weekday that is not its own ("Friday, August 9" in a
    year where August 9 is a Saturday): what is wrong, in words; else None."""
    m = DATE_RE.search(expression)
    said = _SAID_WEEKDAY.match(m.group("first")) if m else None
    if not said or span.start is None:
        return None
    name = next(w for w in WEEKDAY_NAMES if w.startswith(said.group("wd").lower()[:3]))
    real = WEEKDAY_NAMES[span.start.weekday()]
    if name == real:
        return None
    return (f"the weekday does not match the date: '{m.group('first').strip(' ,')}' says {name.capitalize()}, "
            f"but {span.start.strftime('%B')} {span.start.day}, {span.start.year} is a {real.capitalize()}")


def _core(text: str, published, after=None) -> Optional[Span]:
    """One core expression: a day, or a day range inside one month ("August 6-7")."""
    text = _RELATIVE_WORD.sub("", " ".join(text.split()))
    ranged = _RANGE_DAY.match(text)
    if ranged:
        head, tail = ranged.group("head"), text[ranged.end():]
        start = _day(head + ranged.group("d1") + tail, published, after)
        end = _day(head + ranged.group("d2") + tail, published, start)
        return Span(start, end) if start and end else None
    day = _day(text, published, after)
    return Span(day, day) if day else None


def _day(text: str, published, after=None) -> Optional[dt.date]:
    has_year = bool(_HAS_YEAR.search(text))
    if not has_year and published is None and after is None:
        return None
    base = after or published
    parsed = _parse(text, base.year if base else 2000)
    if parsed is None or has_year:
        return parsed
    options = [_with_year(parsed, base.year + k) for k in (-1, 0, 1)]
    options = [d for d in options if d and (after is None or d >= after)]
    return min(options, key=lambda d: (abs((d - base).days), d)) if options else None


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_NAME = _MONTH[:-len(r"\.?")]  # the month names, without the period
_SIMPLE = re.compile(rf"{_WEEKDAY}(?:(?P<m1>{_NAME})\.?[ \t]+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
                     rf"[ \t]+(?:of[ \t]+)?(?P<m2>{_NAME})\.?)(?:st|nd|rd|th)?(?:,?[ \t]+(?P<y>(?:19|20)\d{{2}}))?\.?")


def _simple(text: str, year: int):
    """The common shapes ("August 8", "Fri, Aug. 8th, 2025", "8 August"), read directly:
    (True, date or None), or (False, None) for dateparser to read."""
    m = _SIMPLE.fullmatch(text)
    if not m:
        return False, None
    month = _MONTHS[(m.group("m1") or m.group("m2"))[:3].lower()]
    try:
        return True, dt.date(int(m.group("y") or year), month, int(m.group("d1") or m.group("d2")))
    except ValueError:  # 31 June: none; 29 February without a year: dateparser's way
        return m.group("y") is not None, None


@functools.lru_cache(maxsize=4096)
def _parse(text: str, year: int) -> Optional[dt.date]:
    done, day = _simple(text, year)
    if done:
        return day
    import dateparser

    settings = {"RELATIVE_BASE": dt.datetime(year, 1, 1), "REQUIRE_PARTS": ["day", "month"],
                "PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _with_year(day: dt.date, year: int) -> Optional[dt.date]:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


