"""Dates said relative to the publication date: "on Friday", "by Friday",
"next Friday", "Wednesday or Thursday", "tomorrow", "yesterday".

A weekday is read forward or backward by the words around it: "by", "until",
"next", "will", "is expected", "scheduled" ... look forward (the first such day
on or after publication; "next" strictly after), unless a past perfect or an
expiry comes before ("had given Moscow until Friday", "expired on Friday");
otherwise it is the latest such day on or before publication, as news reports
what happened.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = "(?:" + "|".join(WEEKDAYS) + ")"
_PART = r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
RELATIVE_RE = re.compile(
    rf"(?i)\b(?:(?P<mod>on|by|until|till|before|after|since|next|this|last|coming|early|late|from)[ \t]+)?"
    rf"(?P<wd>{_WD}){_PART}(?:[ \t]+or[ \t]+(?P<wd2>{_WD}){_PART})?\b"
    rf"|\b(?P<word>tomorrow|yesterday|today|tonight)\b")
FUTURE_WORDS = re.compile(r"(?i)\b(will|would|shall|'ll|might|could|expected|scheduled|planned|plans?|upcoming|"
                          r"due|set to|is to|are to|deadline|next|ahead|looming|intends?|unless|runs? out|"
                          r"expires?)\b")
# a past perfect ("had given Moscow until Friday"; not "said Russia had until Friday") or an expiry
PAST_WORDS = re.compile(r"(?i)\b(had(?: \w+ly| already| earlier)? (?:\w+ed|\w+en|set|said|told|made|put|laid|sent)"
                        r"|expired|lapsed|ran out|passed)\b")
FORWARD = {"by", "until", "till", "before", "next", "coming"}
BACKWARD = {"last", "since"}


def find(text: str) -> list:
    """(start, end) of each relative date expression."""
    return [m.span() for m in RELATIVE_RE.finditer(text)]


def is_future(context: str, expression: str, reach: int = 8) -> bool:
    """Does the sentence speak of the day ahead of publication? The modifier says so
    ("by", "next"), else the `reach` words before the date ("is expected in Moscow on ...").
    A past perfect or an expiry before it looks back, whatever the modifier ("Trump had
    given Moscow until Friday", "the deadline expired on Friday"); "next" still looks ahead."""
    words = expression.lower().split()
    at = context.find(expression)
    before = " ".join((context[:at] if at >= 0 else context).split()[-reach:])
    if words and words[0] != "next" and PAST_WORDS.search(before):
        return False
    if words and words[0] in FORWARD:
        return True
    if words and words[0] in BACKWARD:
        return False
    return bool(FUTURE_WORDS.search(before))


def read(expression: str, published: Optional[dt.date], future: bool):
    """(start, end, modifier) days for a relative expression, or None without a publication date."""
    m = RELATIVE_RE.fullmatch(expression.strip())
    if not m or published is None:
        return None
    if m.group("word"):
        shift = {"tomorrow": 1, "yesterday": -1, "today": 0, "tonight": 0}[m.group("word").lower()]
        day = published + dt.timedelta(days=shift)
        return day, day, ""
    mod = (m.group("mod") or "").lower()
    first = _weekday(m.group("wd"), published, future, strictly=mod == "next")
    last = _weekday(m.group("wd2"), first, future or True, strictly=False) if m.group("wd2") else first
    return first, last, mod


def _weekday(name: str, published: dt.date, future: bool, strictly: bool) -> dt.date:
    target = WEEKDAYS.index(name.lower())
    if future:
        ahead = (target - published.weekday()) % 7
        return published + dt.timedelta(days=ahead or (7 if strictly else 0))
    return published - dt.timedelta(days=(published.weekday() - target) % 7)
