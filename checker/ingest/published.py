"""When was an article published, when no metadata says so? Read from its own text,
file by file: the same file gets the same date alone or among others.

1. A date stamp near the top: a line, or a `|`-separated field of one, that is a date
   (and a time) and nothing else, or a labelled one ("Published: ...", "Last updated
   ..."), or a numeric date ending a head line after a comma ("Kremlin briefing,
   05.08.2025"); a first-published date before an updated one. Its forms are datestamp's.
2. Else inferred from the dates the prose mentions (page furniture and photo captions
   left out: a caption's date is another day's):
   - the year: the one the full dates ("August 6, 2025") mostly name, the latest on a
     tie. A year said alone ("the deadliest since 1996", "in 2022") is history, never
     the article's; with no full date, no year is guessed;
   - each day mentioned is past or future, by the words around it ("will", "is
     expected", "scheduled", "by", "before the deadline" ... say future). Weekdays alone
     ("revealed on Wednesday") are the last such weekday before the earliest future day;
   - the article is published the day after the latest past day, unless that reaches a
     future day. A dateline ("MOSCOW, Aug 5 (CP) -") gives the day itself.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..values import dates, relative
from . import datestamp

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_ALONE = re.compile(r"(?i)\b(?:on|early|late|last|this past)\s+(" + "|".join(WEEKDAYS) + r")\b")
_FULL_DATE_YEAR = re.compile(r"(?:19|20)\d{2}")
_SENTENCE_END = re.compile(r"\n|(?<![A-Z][a-z])(?<![A-Z])[.!?]+[\"\u201d\u2019]?(?=\s)")
HEAD_LINES = 12  # a stamp stands among the first lines of the text that are not blank
SENTENCE_REACH = 500  # characters a sentence is looked for on each side of a date
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|\Z)")
_FIELDS = re.compile(r"\s*[|\u00b7\u2022]\s*")
_LABEL = re.compile(r"(?i)(?P<label>first published|published|last updated|updated|last modified|modified|posted"
                    r"|dated|date)(?:\s+(?:on|at))?\s*:?\s*")
_LATER = ("last updated", "updated", "last modified", "modified")
_TRAILING_DATE = re.compile(r",\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*$")


@dataclass(frozen=True)
class Inference:
    published: Optional[dt.date]
    basis: str  # in words: what it rests on
    inferred: bool = True  # guessed from the dates mentioned, not read from a stamp


def of_text(text: str, excluded=()) -> Inference:
    """The publication date an article's text gives (`excluded`: its furniture lines,
    (start, end, ...), never read for the dates it mentions)."""
    stamp, note = _stamp(text)
    if stamp:
        return stamp
    guess = infer(_blank(text, excluded))
    return Inference(guess.published, f"{note}; {guess.basis}" if note else guess.basis)


def _stamp(text: str):
    """(Inference from the stamp near the top, or None; a note on a stamp that cannot be read)."""
    found, notes = [], []
    for number, line in _head(text):
        for field in _fields(line.strip()):
            m = _LABEL.match(field)
            label = m.group("label").lower() if m else ""
            value = field[m.end():] if m else field
            day, why = datestamp.read(value, text)
            if day:
                found.append((label in _LATER, number, day, field))
            elif why != "not a date in a form we read":
                notes.append(f"the date stamp '{field}' on line {number} cannot be read ({why})")
    if not found:
        return None, "; ".join(notes)
    _, number, day, field = min(found)
    return Inference(day, f"the date stamp '{field}' on line {number}", inferred=False), ""


def _fields(line: str) -> list:
    """The fields of a head line: split at '|' or '·', and a numeric date that ends a line
    after a comma ("Kremlin briefing with Dmitry Peskov, 05.08.2025") stands on its own."""
    fields = _FIELDS.split(line)
    trailing = _TRAILING_DATE.search(fields[-1])
    return fields + [trailing.group(1)] if trailing else fields


def _head(text: str):
    """(line number, line) of the first HEAD_LINES lines that are not blank."""
    seen = 0
    for number, m in enumerate(_LINE.finditer(text), start=1):  # lazily: never the whole text's lines
        line = m.group(1)
        if m.start() == len(text):
            return
        if line.strip():
            yield number, line
            seen += 1
            if seen == HEAD_LINES:
                return


def _blank(text: str, excluded) -> str:
    """text with the excluded spans turned to spaces (offsets kept)."""
    if not excluded:
        return text
    parts, at = [], 0
    for start, end, *_ in sorted(excluded):
        if start < at:
            continue
        parts += [text[at:start], re.sub(r"[^\n]", " ", text[start:end])]
        at = end
    return "".join(parts) + text[at:]


def year_of(text: str, found=None) -> Optional[int]:
    """The year the full dates of text mostly name, the latest on a tie; None without one.
    `found`: dates.find(text), when already done."""
    years = Counter()
    for s, e in dates.find(text) if found is None else found:
        m = _FULL_DATE_YEAR.search(text[s:e])
        if m:
            years[int(m.group(0))] += 1
    return max(years, key=lambda y: (years[y], y)) if years else None


def infer(text: str) -> Inference:
    found = dates.find(text)
    year = year_of(text, found)
    if year is None:
        return Inference(None, "no date with a year to stand on")
    base = dt.date(year, 7, 1)
    stamp = dates.dateline(text)
    if stamp:
        span = dates.read(text[stamp[0]:stamp[1]], base, open_spans=False)
        if span and span.start:
            return Inference(span.start, f"the dateline '{text[stamp[0]:stamp[1]]}'", inferred=False)
    past, future = [], []
    for s, e in found:
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
    """The sentence holding text[s:e]: from the last sentence end before it to the next after
    it, looked for within SENTENCE_REACH characters either side (the work per date stays
    small however long the article: a live blog of thousands of dates is read in seconds)."""
    lo = max(0, s - SENTENCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, s))
    start = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, e, e + SENTENCE_REACH)
    return text[start:after.end() if after else min(len(text), e + SENTENCE_REACH)]


def _weekdays_before(text: str, anchor: dt.date) -> list:
    found = []
    for m in _WEEKDAY_ALONE.finditer(text):
        if relative.is_future(_sentence_around(text, m.start(), m.end()), m.group(0)):
            continue
        target = WEEKDAYS.index(m.group(1).lower())
        back = (anchor.weekday() - target) % 7 or 7
        found.append((anchor - dt.timedelta(days=back), m.group(0)))
    return found
