"""Clock times ("1:28 a.m.", "1.30 am", "(11 am IST)", "noon", "half past one") and
nights.

A clock time is a date only when no day is said around it: nothing else in its
paragraph up to its end, nor in the paragraph before (`stands_alone`). Then it is the
day counted from, the publication day ("the ship struck the bridge at about 1:28
a.m."). With a day said there ("1:28 a.m. on Tuesday", "early Tuesday ... At 1:24
a.m."), that day is the date and the clock time is not read by itself.

Nights: "the night of March 25" or "Monday night" (and "last night") said with a time
in the small hours (after midnight, before 6 a.m.: "1:30 a.m.", "a little before half
past one", "after midnight", "in the early hours") is the next calendar day; without
such a time, the day named.
"""
from __future__ import annotations

import re
from typing import Optional

_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_HOUR_WORD = "|".join(_NUMBER_WORDS)
_ZONE = r"(?:[ \t]+(?:local[ \t]+time|[A-Z]{2,4}\b))?"
CLOCK_RE = re.compile(
    rf"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?[ \t]*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm))(?![A-Za-z]){_ZONE}"
    rf"|(?<![\d.:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?=[ \t]+(?:GMT|UTC|local[ \t]+time|hrs|hours)\b){_ZONE}"
    rf"|\b(?P<word>(?i:noon|midnight))\b"
    rf"|\b(?P<past>(?i:half|(?:a[ \t]+)?quarter)[ \t]+(?:past|to))[ \t]+(?P<hw>(?i:{_HOUR_WORD})|1[0-2]|[1-9])\b"
    rf"|\b(?P<oc>(?i:{_HOUR_WORD})|1[0-2]|[1-9])[ \t]+o['\u2019]clock\b")
SMALL_HOURS = re.compile(r"(?i)\b(?:after[ \t]+midnight|small[ \t]+hours|early[ \t]+hours|wee[ \t]+hours)\b")
NIGHT_BEFORE = re.compile(r"(?i)\bnight[ \t]+of[ \t]+(?:the[ \t]+)?$")
NIGHT_IN = re.compile(r"(?i)\bnight\b")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def find(text: str) -> list:
    """(start, end) of each clock time."""
    return [m.span() for m in CLOCK_RE.finditer(text)]


def is_clock(expression: str) -> bool:
    return bool(CLOCK_RE.fullmatch(expression.strip()))


def hour(m) -> Optional[int]:
    """The hour (0-23) a clock-time match says; a time without a.m. or p.m. ("half past
    one") is taken as said, 1 to 12."""
    if m.group("word"):
        return 12 if m.group("word").lower() == "noon" else 0
    if m.group("h24"):
        return int(m.group("h24"))
    if m.group("h"):
        h, pm = int(m.group("h")) % 12, m.group("ap").lower().startswith("p")
        return h + 12 if pm else h
    said = (m.group("hw") or m.group("oc")).lower()
    h = int(said) if said.isdigit() else _NUMBER_WORDS.index(said) + 1
    return h - 1 if m.group("past") and m.group("past").lower().endswith("to") else h


def in_small_hours(sentence: str) -> bool:
    """Does the sentence say a time after midnight and before 6 a.m.?"""
    if SMALL_HOURS.search(sentence):
        return True
    for m in CLOCK_RE.finditer(sentence):
        h = hour(m)
        if h is not None and 0 <= h < 6 and not (m.group("ap") or "").lower().startswith("p") \
                and (m.group("word") or "").lower() != "midnight":
            return True
    return False


def of_a_night(sentence: str, expression: str) -> bool:
    """Is the day said as a night ("the night of March 25", "Monday night") that the
    sentence places in the small hours, so that the date is the next day?"""
    at = sentence.find(expression)
    if at < 0:
        return False
    said_as_night = NIGHT_BEFORE.search(sentence[:at]) or NIGHT_IN.search(expression) \
        or re.match(r"[ \t]+night\b", sentence[at + len(expression):], re.I)
    return bool(said_as_night) and in_small_hours(sentence)


def stands_alone(text: str, start: int, end: int, dates_in) -> bool:
    """Is the clock time text[start:end] said with no day around it: no other date
    expression (`dates_in(piece)` finds them) in its paragraph, up to the paragraph's
    end, or in the paragraph before?"""
    breaks = [m.end() for m in _PARAGRAPH.finditer(text, 0, start)]
    lo = breaks[-2] if len(breaks) > 1 else 0
    after = _PARAGRAPH.search(text, end)
    hi = after.start() if after else len(text)
    piece = text[lo:hi]
    return all(is_clock(piece[s:e]) for s, e in dates_in(piece))
