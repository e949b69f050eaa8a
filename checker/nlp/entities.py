"""Dates and numbers as entities (DATE, CARDINAL, ORDINAL), from the value library's
own patterns, only where a date or number rule looks."""
from __future__ import annotations

import bisect

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, LIKE_NUM, LOWER, SHAPE
from spacy.strings import hash_string

from ..values import dates, numbers


ANCHOR_WORDS = ("jan jan. january feb feb. february mar mar. march apr apr. april may june jun jun. july jul jul. "
                "august aug aug. september sep sep. sept sept. october oct oct. november nov nov. december dec dec. "
                "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun "
                "tomorrow yesterday today tonight morning afternoon evening night day days week weeks weekend "
                "a.m. p.m. am pm noon midnight o'clock once twice thrice dozen pair dozens scores hundreds thousands "
                "millions billions").split()
_ANCHOR_HASHES = np.asarray([hash_string(w) for w in ANCHOR_WORDS], dtype=np.uint64)  # as LOWER holds them
# clock times the tokenizer keeps whole ("1:28", "1.28am", "11pm"), by their shape
_ANCHOR_SHAPES = np.asarray([hash_string(s) for s in "d:dd dd:dd d.ddxx dd.ddxx dxx ddxx".split()], dtype=np.uint64)
_REACH = (8, 10)  # tokens before and after an anchor that a date or number may take


def mark_entities(doc, text: str, token_ranges, starts, lengths) -> None:
    """DATE, CARDINAL and ORDINAL entities from our own patterns, within the given
    [start, end) token ranges of the doc (`text`: its text; `starts`, `lengths`:
    each token's character offset and length); a dateline is not a date.
    The patterns only run near the tokens a date or number needs (a month, a
    weekday, a number), and the result is written as arrays."""
    found = []
    stamp = dates.dateline(text)
    for lo, hi in _windows(doc, token_ranges, starts, lengths):
        piece = text[lo:hi]
        taken = [(stamp[0] - lo, stamp[1] - lo)] if stamp else []
        for s, e in dates.find_all(text, lo, hi):  # the rest of the text tells a clock time's day
            s, e = s - lo, e - lo
            if not any(a < e and s < b for a, b in taken):
                found.append((lo + s, lo + e, "DATE"))
                taken.append((s, e))
        for s, e, label in numbers.find(piece):
            if not any(a < e and s < b for a, b in taken):
                found.append((lo + s, lo + e, label))
    if not found:
        return
    arrays = doc.to_array([ENT_IOB, ENT_TYPE])
    strings = doc.vocab.strings
    for s, e, label in found:
        first = bisect.bisect_right(starts, s) - 1
        last = bisect.bisect_left(starts, e)
        arrays[first, 0], arrays[first, 1] = 3, strings.add(label)
        arrays[first + 1:last, 0], arrays[first + 1:last, 1] = 1, strings.add(label)
    arrays[arrays[:, 0] == 0, 0] = 2  # outside any entity
    doc.from_array([ENT_IOB, ENT_TYPE], arrays)


def _windows(doc, token_ranges, starts, lengths) -> list:
    """Merged (start, end) character ranges around the anchor tokens of the given token ranges."""
    a = doc.to_array([LOWER, LIKE_NUM, SHAPE])
    anchors = np.flatnonzero(np.isin(a[:, 0], _ANCHOR_HASHES) | (a[:, 1] == 1) | np.isin(a[:, 2], _ANCHOR_SHAPES)).tolist()
    spans = []
    for lo, hi in token_ranges:
        for k in anchors[bisect.bisect_left(anchors, lo):bisect.bisect_left(anchors, hi)]:
            first, last = max(lo, k - _REACH[0]), min(hi, k + _REACH[1])
            if spans and first <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], last))
            else:
                spans.append((first, last))
    return [(starts[f], starts[l - 1] + lengths[l - 1]) for f, l in spans]
