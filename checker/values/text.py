"""Text values: the words a `{text}` slot captures, compared by similarity
(rapidfuzz token_set_ratio against the rule's `threshold`)."""
from __future__ import annotations

from rapidfuzz import fuzz, utils

from .kind import ValueType


def _compare(rule, a, b):
    score = fuzz.token_set_ratio(a, b, processor=utils.default_process)
    if score == 100:
        return "equal", ""
    if score >= rule.threshold:
        return "compatible", f"similar texts ({score:.0f} of 100)"
    return "conflict", f"different texts ({score:.0f} of 100)"


def _read(rule, text: str, published=None, context="", lead=""):
    return " ".join(text.split()).strip(" ,.;:\"'\u201c\u201d"), None


TEXT = ValueType("text", _compare, slot="{text}", read=_read)
