"""Stage 5: normalize. What a match says -> canonical values.

Named values (category, ordinal, set) are the value id of the phrase that
matched. Captures are read: numbers from digits and words, dates relative to
the publication date (a day, a span, or an open span), text as said.
A capture that cannot be read yields nothing, with the reason.
"""
from __future__ import annotations

from . import dates, numbers

NAMED = ("category", "ordinal", "set")


def read_values(rule, part, doc, start: int, end: int, published, regex_value=None, context="", entities=(),
                lead=""):
    """[(value, None)] or [(None, reason)] for one match of a value or capture part;
    `context`, the sentence, tells whether a weekday alone looks forward or back;
    `entities`, the texts of the dates or numbers inside the match; `lead`, the match
    and a few words before it ("a four-day visit ... that began on Sunday")."""
    if rule.type in NAMED:
        return [(part.value, None)]
    if regex_value is not None:
        texts = [regex_value]
    elif rule.type == "text":
        texts = [_slot_text(doc, start, end, part)]
    else:
        texts = list(entities)
    return [_read(rule, text, published, context, lead) for text in texts if text] or \
        [(None, "no value in the match")]


def _read(rule, text: str, published, context="", lead=""):
    if rule.type == "number":
        number = numbers.read(text)
        return (numbers.as_value(number), None) if number is not None else (None, f"'{text}' is not a number")
    if rule.type == "date":
        span = dates.read(text, published, rule.open_spans, context)
        if span is None:
            return None, f"'{text}' needs a publication date, and it is unknown"
        return dates.lasting(span, lead).iso(), None
    return " ".join(text.split()).strip(" ,.;:\"'\u201c\u201d"), None


def _slot_text(doc, start: int, end: int, part) -> str:
    """The words of a {text} match that are not the phrase's own words."""
    words = [t for t in doc[start:end] if t.norm_ not in part.literals and not t.is_punct]
    return doc[words[0].i:words[-1].i + 1].text if words else ""
