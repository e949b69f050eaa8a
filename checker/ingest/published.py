"""When was an article published? Inferred from the dates it mentions, when no
metadata says so.

1. The year: a full date in the text ("August 6, 2025"); else a weekday that
   pins one ("Friday, August 8" is a Friday only in some years: the one nearest
   the years the text names; with no year named, none is guessed); else the
   year the rest of the corpus points to; else the latest year the text names.
2. Each day mentioned is past or future, by the words around it ("will",
   "is expected", "scheduled", "by", "before the deadline" ... say future).
   Weekdays alone ("revealed on Wednesday") are the last such weekday before
   the earliest future day.
3. The article is published the day after the latest past day, unless that
   reaches a future day.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..values import dates, relative

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_ALONE = re.compile(r"(?i)\b(?:on|early|late|last|this past)\s+(" + "|".join(WEEKDAYS) + r")\b")
_DATED_WEEKDAY = re.compile(r"(?i)\b(" + "|".join(WEEKDAYS) + r"),?\s+(?=[A-Z0-9])")
_FULL_DATE_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d{2})\b")
_SENTENCE_END = re.compile(r"\n|(?<![A-Z][a-z])(?<![A-Z])[.!?]+[\"\u201d\u2019]?(?=\s)")


@dataclass(frozen=True)
class Inference:
    published: Optional[dt.date]
    basis: str  # in words: which dates it rests on


def strong_year(text: str) -> Optional[int]:
    """A year the article pins down by itself: a full date, or a weekday with its date."""
    for s, e in dates.find(text):
        expression = text[s:e]
        if _FULL_DATE_YEAR.search(expression):
            return int(_FULL_DATE_YEAR.search(expression).group(0))
    for s, e in dates.find(text):
        year = _weekday_year(text[s:e], _named_years(text))
        if year:
            return year
    return None


def corpus_year(known_years, texts) -> Optional[int]:
    """The year most articles of a corpus stand in (the years of dated articles, the
    years undated texts pin down themselves); the latest on a tie."""
    years = Counter(list(known_years) + [y for y in map(strong_year, texts) if y])
    return max(years, key=lambda y: (years[y], y)) if years else None


def infer(text: str, corpus_hint: Optional[int] = None) -> Inference:
    year = strong_year(text) or corpus_hint or max(_named_years(text), default=None)
    if year is None:
        return Inference(None, "no date with a year to stand on")
    base = dt.date(year, 7, 1)
    stamp = dates.dateline(text)
    if stamp:
        span = dates.read(text[stamp[0]:stamp[1]], base, open_spans=False)
        if span and span.start:
            return Inference(span.start, f"the dateline '{text[stamp[0]:stamp[1]]}'")
    past, future = [], []
    for s, e in dates.find(text):
        expression = text[s:e]
        span = dates.read(expression, base, open_spans=False)
        if span and span.start and (span.start.year == year or _FULL_DATE_YEAR.search(expression)):
            (future if _is_future(_sentence_around(text, s, e), expression) else past).append((span.start, expression))
    if future:
        anchor = min(d for d, _ in future)
        past += _weekdays_before(text, anchor)
    if not past:
        return Inference(None, "no past date mentioned")
    day, said = max(past)
    published = day + dt.timedelta(days=1)
    if future and published >= min(d for d, _ in future):
        published = day
    return Inference(published, f"the latest past date mentioned, '{said}' ({day.isoformat()})")


def _is_future(sentence: str, expression: str) -> bool:
    return relative.is_future(sentence, expression)


def _sentence_around(text: str, s: int, e: int) -> str:
    """The sentence holding text[s:e]: from the last sentence end before it to the next after it."""
    ends = list(_SENTENCE_END.finditer(text, 0, s))
    start = ends[-1].end() if ends else 0
    after = _SENTENCE_END.search(text, e)
    return text[start:after.end() if after else len(text)]


def _weekdays_before(text: str, anchor: dt.date) -> list:
    found = []
    for m in _WEEKDAY_ALONE.finditer(text):
        if relative.is_future(_sentence_around(text, m.start(), m.end()), m.group(0)):
            continue
        target = WEEKDAYS.index(m.group(1).lower())
        back = (anchor.weekday() - target) % 7 or 7
        found.append((anchor - dt.timedelta(days=back), m.group(0)))
    return found


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


def _named_years(text: str) -> list:
    return [int(y) for y in _YEAR.findall(text)]


def _weekday_year(expression: str, named: list) -> Optional[int]:
    m = _DATED_WEEKDAY.match(expression.split(" ", 1)[-1] if expression.split()[0].lower() in
                             ("on", "by", "before", "after", "since", "from", "until") else expression)
    if not m:
        return None
    weekday = WEEKDAYS.index(m.group(1).lower())
    span = dates.read(expression, dt.date(2000, 7, 1), open_spans=False)  # 2000: a leap year
    if not span or not span.start:
        return None
    month, day = span.start.month, span.start.day
    options = [y for y in range(1990, 2041) if _valid(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    if not options:
        return None
    if named:  # nearest the years the text names
        return min(options, key=lambda y: (abs(y - max(named)), -y))
    return None  # a weekday and a date fit a year every few years: without a year named, no guess
