"""Where a capture's value stands in its match: the dates or numbers its slot (or its
regex's value group) took, read whole ("at least seven"), never one that only sits in
a '...' gap; and the words of the sentence on either side of each ("a fourth round"
is planned, "a submarine or two"); whether those words make the value a forecast.
"""
from __future__ import annotations

from ..values import speculation


def value_start(ex, analysis, rule, hit) -> int:
    """Where a capture's value stands: its hedges and negations may be in the rest of the match."""
    found = value_entities(ex, analysis, rule, hit)
    return found[0][0] if found else hit.start


def labels(ex, rule) -> frozenset:
    """The entity labels (hashes) a date or number capture reads."""
    return ex.labels.get(rule.type, frozenset())


def value_entities(ex, analysis, rule, hit) -> list:
    """(start, end) tokens of the dates or numbers a capture reads: the ones where its slot
    (or its regex's value group) stands, each read whole ("at least seven"), never one that
    only sits in a '...' gap ("death toll from the 2024 collapse rose to {number}");
    a token pattern's match reads every one inside it."""
    arrays, wanted = analysis.arrays, labels(ex, rule)
    slot = hit.slot
    if slot is None and hit.value is None and "values" in ex.compiled.phrases:
        slot = ex.compiled.phrases["values"].slot_span(arrays, hit.part, hit.start, hit.end)
    if slot is None:
        return arrays.entities(hit.start, hit.end, wanted) if hit.value is None else []
    s0, s1 = analysis.sents[hit.sent]
    start, end = slot
    while arrays.ent_iob is not None and start > s0 and arrays.ent_iob[start] == 1:
        start -= 1  # the slot began inside an entity ("by {date}" in "by August 8")
    while arrays.ent_iob is not None and end < s1 and arrays.ent_iob[end] == 1:
        end += 1  # a regex group ended inside one ("20" of "20 or more")
    return [(a, b) for a, b in arrays.entities(start, end, wanted) if a < slot[1] and slot[0] < b]


def around(analysis, s0: int, s1: int, start: int, end: int) -> tuple:
    """The text of the sentence [s0, s1) before and after the tokens [start, end)."""
    arrays = analysis.arrays
    lo, hi = arrays.chars(start, end)
    return arrays.text[arrays.chars(s0, s1)[0]:lo], arrays.text[hi:arrays.chars(s0, s1)[1]]


def forecast(rule, texts, around, k: int):
    """The words that make the k-th value read from a capture a forecast ("fears the toll
    could exceed"), or None."""
    if k >= len(texts):
        return None
    return speculation(rule, texts[k], around[k] if k < len(around) else ("", ""))
