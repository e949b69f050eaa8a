"""Ordinals of a series, for a number rule with `ordinals: series` (rounds of talks,
launches, votes): how many items of the series have taken place, as an ordinal says it.

  "the third round of talks ended on Wednesday"    3: the third has been held
  "Turkey is ready to host a fourth round"         3: a planned fourth means three were held
  "A third round was held in Istanbul on Friday"   3: an indefinite one, said as held
  "The first round, held on May 16, produced ..."  no count: the ordinal names one round
                                                   (a date set off beside it, a place before
                                                   it or not), not the latest

The cue words are data (checker/data/numbers.yaml: series_planned, series_held,
series_predicates).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..settings import data_file

_CLAUSE_BREAK = re.compile(r"[;:?!()\u2014]|[.,](?=\s)|\b(?:but|although|though|while|whereas|however|and then)\b",
                           re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z']+")
_DATE_AFTER = re.compile(r"(?i)^(?:on|in)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                         r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri"
                         r"|satur|sun)day)\b\.?")
_REACH = 8  # words after the ordinal within which a date set off beside it labels it
_HELD_REACH = 7  # words after an indefinite ordinal within which its own verb says it took place


@functools.lru_cache(maxsize=None)
def _cues() -> dict:
    c = data_file("numbers.yaml")
    return {k: frozenset(c[k]) for k in ("series_planned", "series_held", "series_predicates")}


def count(n: Optional[float], before: str, after: str):
    """(count, None) of the series items held, as the ordinal n in its sentence says, or
    (None, reason) when it counts nothing."""
    if n is None:
        return None, "no ordinal"
    n = int(n)
    if _labels_a_dated_item(after):
        return None, f"the ordinal {n} names one item of the series, set beside its date; it counts none"
    if planned(before, after):
        if n <= 1:
            return None, "a planned first item: none held yet"
        return n - 1, None
    return n, None


def planned(before: str, after: str) -> bool:
    """Is the ordinal's item still to come: a word saying so in its clause ('the fourth round
    will ...', 'the next, fourth round'), or an indefinite 'a fourth round' that nothing in
    its clause says took place ('ready to host a fourth round')?"""
    c = _cues()
    lead = clause_words(before, from_end=True)
    rest = clause_words(after)
    words = lead + rest
    if any(w.lower() in c["series_planned"] for w in words if w != "May"):
        return True
    indefinite = bool(lead) and lead[-1].lower() in ("a", "an")
    own = _WORD.findall(re.split(r"\band\b|[\"\u201c\u201d]", " ".join(rest))[0])[:_HELD_REACH]
    return indefinite and not any(w.lower() in c["series_held"] for w in own)


def _labels_a_dated_item(after: str) -> bool:
    """'The first round, held on May 16, ...' or 'the first round (May 16)': a date within a
    few words after the ordinal, set off by a comma or bracket, with no verb saying the
    item happened then ('was held on')."""
    words = after.split()
    head = " ".join(words[:_REACH])
    mark = re.search(r"[,(]", head)
    if not mark:
        return False
    between = _WORD.findall(head[:mark.start()])
    if any(w.lower() in _cues()["series_predicates"] for w in between):
        return False
    tail = head[mark.end():].strip()
    tail = re.sub(r"(?i)^(?:which\s+was\s+|that\s+was\s+)?(?:held|convened|staged)\s+", "", tail)
    tail = re.sub(r"^(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*,?\s+", "", tail)  # "in Istanbul"
    if mark.group(0) == "(":  # "the second round (June 2)"
        tail = "on " + tail
    return bool(_DATE_AFTER.match(tail))


def clause_words(text: str, from_end: bool = False) -> list:
    """The words of the clause that holds the ordinal: the end of `text` before it, or the
    start of `text` after it."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if from_end:
        text = text[breaks[-1].end():] if breaks else text
    else:
        text = text[:breaks[0].start()] if breaks else text
    return _WORD.findall(text)
