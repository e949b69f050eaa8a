"""When a sentence says a claim was made, if it puts it in the past: "In February, Peskov
called it empty words", "Six months ago the Kremlin said ...", "last year", "at the
beginning of the year, when Peskov dismissed ...". The day is
the start of the time named (the first of February), counted back from the article's
publication day; a time that is not before the publication month says nothing.

A claim so placed is compared by that day, not by its article's, so a stance an article
recalls from February is not set against one said in August as if both were current.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .numbers import read as read_number

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = re.compile(r"(?i)\b(?:in|back in|since|during|by|in early|in mid|in late|early|late)\s+(?P<m>"
                    + "|".join(m.capitalize() for m in _MONTHS) + r")\b(?![ \t]+\d)(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?")
_AGO = re.compile(r"(?i)\b(?P<n>\w+|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago\b")
_LAST = re.compile(r"(?i)\blast\s+(?P<unit>month|year)\b")
_YEAR = re.compile(r"(?i)\bin\s+(?P<y>(?:19|20)\d\d)\b")
_SCENE = re.compile(r"(?i)\W*(?:(?:and|but|back|even|already)\s+)*in\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-\u2013/]\d)")
_THIS_YEAR = re.compile(r"(?i)\b(?:(?:beginning|start|turn) of (?:the|this) year|(?:earlier|early) this year)\b")


def said_on(text: str, published: Optional[dt.date], least_days: int = 14) -> Optional[dt.date]:
    """The day a sentence places what it reports at, when that is at least `least_days`
    before publication; else None."""
    if published is None:
        return None
    found = [day for day in (_month(text, published), _ago(text, published), _last(text, published),
                             _year(text, published), _this_year(text, published)) if day]
    day = min(found) if found else None
    return day if day and (published - day).days >= least_days else None


def set_in_year(opening: str, published: Optional[dt.date], least_days: int = 14) -> Optional[int]:
    """The year a sentence opens in ("In 1980, a freighter hit ...", "Back in 2011, ..."),
    when the whole of it ended at least `least_days` before publication: what follows
    tells of another time, not of the story's present. None otherwise, or when the
    publication day is unknown."""
    m = _SCENE.match(opening)
    if not m or published is None:
        return None
    year = int(m.group("y"))
    return year if (published - dt.date(year, 12, 31)).days >= least_days else None


def _month(text, published):
    m = _MONTH.search(text)
    if not m or m.group("m").lower() == "may" and m.group(0)[-3:] == "may":  # "may" the verb
        return None
    month = _MONTHS.index(m.group("m").lower()) + 1
    if m.group("y"):
        return dt.date(int(m.group("y")), month, 1)
    year = published.year if month < published.month else published.year - 1
    return dt.date(year, month, 1) if month != published.month else None


def _ago(text, published):
    m = _AGO.search(text)
    if not m:
        return None
    n = 1 if m.group("n").lower() in ("a", "an") else read_number(m.group("n"))
    if not n or n != int(n):
        return None
    unit, n = m.group("unit").lower(), int(n)
    if unit == "day":
        return published - dt.timedelta(days=n)
    if unit == "week":
        return published - dt.timedelta(weeks=n)
    months = n * (12 if unit == "year" else 1)
    total = published.year * 12 + published.month - 1 - months
    return dt.date(total // 12, total % 12 + 1, 1)


def _last(text, published):
    m = _LAST.search(text)
    if not m:
        return None
    if m.group("unit").lower() == "year":
        return dt.date(published.year - 1, 1, 1)
    total = published.year * 12 + published.month - 2
    return dt.date(total // 12, total % 12 + 1, 1)


def _year(text, published):
    m = _YEAR.search(text)
    return dt.date(int(m.group("y")), 1, 1) if m and int(m.group("y")) < published.year else None


def _this_year(text, published):
    """"at the beginning of the year", "earlier this year": the year's first day."""
    return dt.date(published.year, 1, 1) if _THIS_YEAR.search(text) else None
