"""A publication date as metadata and page stamps write it: one string -> one day, or
the reason it cannot be read.

Read: ISO 8601 (`2025-08-06`; with a time and an offset, `2025-08-06T14:30:00+03:00`,
the day as written: the outlet's own calendar day); a month by name (`August 7, 2025`,
`Aug. 7, 2025`, `7 August 2025`, `Thursday, 7 Aug 2025`), with a time, a zone or a part
of the day after it (`26 Mar 2024, 08:15 PM IST`, `9:48 p.m. ET`, `15:42 (Moscow time)`,
`evening`); day.month.year with dots (`01.08.2025`); year/month/day (`2025/08/06`).

Slashes (or dashes) with the year last are read as day/month or month/day only when one
reading alone is a date (`13/08/2025`, `08/13/2025`), or when the text fixes the order:
a weekday beside the date that fits one reading only, or another such date in the same
text that can be read one way only (`order`). `04/08/2025` with nothing to settle it is
not read: 4 August and April 8 are both dates, and a wrong guess moves every relative
date of the article by months.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" \
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_FORMS = (
    rf"(?P<iso>{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}}))(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?",
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"{_WEEKDAY}(?P<dotted>(?P<d1>\d{{1,2}})\.(?P<m1>\d{{1,2}})\.{_YEAR})",
    rf"{_WEEKDAY}{_YEAR}/(?P<m2>\d{{1,2}})/(?P<d2>\d{{1,2}})",
    rf"{_WEEKDAY}(?P<slashed>(?P<a>\d{{1,2}})(?P<sep>[/-])(?P<b>\d{{1,2}})(?P=sep){_YEAR})",
)
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|,?\s*\d{1,2}\s*[ap]\.?\s?m\.?)"
_ZONE = r"(?:\s*(?:(?-i:[A-Z]{2,5})|(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\([^()\n]{1,30}\)))"
_PART = r"(?:,?\s*(?:morning|afternoon|evening|night))"
_TAIL = rf"(?:{_TIME}?{_ZONE}?{_PART}?)"
STAMPS = tuple(re.compile(rf"{form}{_TAIL}", re.I) for form in _FORMS)
_SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-])")


def read(value, context: str = ""):
    """(day, '') for a date as metadata writes it, or (None, why it is not read).
    `context`: the text around it, which may fix the order of a slashed date."""
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    text = " ".join(str(value).split())
    for stamp in STAMPS:
        m = stamp.fullmatch(text)
        if m:
            return _day(m, context)
    return None, "not a date in a form we read"


def slash_order(text: str) -> Optional[str]:
    """'dmy' or 'mdy' when every slashed date of text that can be read one way only is read
    that way ('13/08/2025': dmy); None when none can, or they disagree."""
    orders = set()
    for m in _SLASHED.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            orders.add("dmy")
        elif b > 12 >= a:
            orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


def _day(m, context):
    g = dict.fromkeys(("iso", "month", "dotted", "m2", "weekday"), None) | m.groupdict()
    if g["iso"]:
        parts = int(g["year"]), int(g["m"]), int(g["d"])
    elif g["month"]:
        parts = int(g["year"]), MONTHS[g["month"][:3].lower()], int(g["day"])
    elif g["dotted"]:
        parts = int(g["year"]), int(g["m1"]), int(g["d1"])
    elif g["m2"]:
        parts = int(g["year"]), int(g["m2"]), int(g["d2"])
    else:
        return _slashed(g, context)
    day = _date(*parts)
    if day is None:
        return None, "no such day"
    if g["weekday"] and not _fits(day, g["weekday"]):
        return None, f"{day:%B} {day.day}, {day.year} is a {WEEKDAYS[day.weekday()].title()}"
    return day, ""


def _slashed(g, context):
    a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
    readings = {k: d for k, d in (("dmy", _date(year, b, a)), ("mdy", _date(year, a, b))) if d}
    if g["weekday"]:
        readings = {k: d for k, d in readings.items() if _fits(d, g["weekday"])}
    order = slash_order(context) if len(readings) == 2 and context else None
    if order:
        readings = {order: readings[order]}
    if len(readings) == 1:
        return next(iter(readings.values())), ""
    if not readings:
        return None, "no such day"
    dmy, mdy = readings["dmy"], readings["mdy"]
    return None, (f"ambiguous: {dmy.day} {dmy:%B} or {mdy:%B} {mdy.day}, and nothing in the text "
                  "says which")


def _date(year, month, day) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _fits(day: dt.date, weekday: str) -> bool:
    return WEEKDAYS[day.weekday()].startswith(weekday.lower()[:3])
