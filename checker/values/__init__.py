"""The typed-value library under every stage: what a value of each type is, how it
is read from a match, and how two values relate.

  kind.py      ValueType: the record a type module fills in
  named.py     category, ordinal, set: the rule's own value ids and relations
  numbers.py   numbers as said: exact, bounded ("at least 7": 7/..), rounded, ranges
  numerals.py  numerals in digits and words ("3,145", "1.5 million", "twenty-one")
  amounts.py   a number or an interval in the claims contract, and how two compare
  series.py    ordinals of a series ("the third round": three held)
  totals.py    running totals: a later, larger figure is the total rising; a fall is a clash
  forecasts.py forecasts are not counts ("fears the toll could exceed 10,000")
  dates.py     dates, spans and open spans: every way a date is said, found and read
  absolute.py  "Friday, August 8", "August 6-7", ISO dates; Span
  relative.py  "on Friday", "tomorrow", "earlier today", "this morning"
  periods.py   weeks, weekends, countdowns ("10 days from today"), "two days before"
  clock.py     clock times ("1:28 a.m.") and nights
  ago.py       when a sentence places what it reports in the past ("In February, ...")
  context.py   what the words around a date do: the day someone spoke, an N-day visit
  text.py      text captured as said

TYPES is the registry: a new type is a module of its own, a line here, and its
name in the rule schema's `type` enum (with a template in data/templates/).
"""
from __future__ import annotations

from .dates import DATE
from .amounts import Amount
from .kind import ValueType
from .named import CATEGORY, ORDINAL, SET, implied_by
from .numbers import NUMBER
from .text import TEXT

TYPES = {t.name: t for t in (CATEGORY, ORDINAL, SET, NUMBER, DATE, TEXT)}
SLOTS = {t.slot: t for t in TYPES.values() if t.slot}  # "{number}" -> its type

__all__ = ["TYPES", "SLOTS", "ValueType", "bounds", "compare", "implied_by", "read_values", "sort_key",
           "speculation"]


def compare(rule, a, b):
    """(relation, reason) of two values of the rule's type: equal, compatible or conflict."""
    return TYPES[rule.type].compare(rule, a, b)


def bounds(rule, value):
    """(low, high) of a number or date value, None for an open end ("6/..", "../2025-08-07"):
    the type's own `bounds` when it has one, else the claims contract's notation read
    here; None for a type without an order (category, set, text)."""
    kind = TYPES[rule.type]
    if getattr(kind, "bounds", None):
        return kind.bounds(value)
    if rule.type not in ("number", "date"):
        return None
    if isinstance(value, (int, float)):
        return (value, value)
    low, _, high = str(value).partition("/") if "/" in str(value) else (str(value), "", str(value))
    return (_end(rule, low), _end(rule, high))


def _end(rule, text):
    if text in ("..", ""):
        return None
    if rule.type == "date":
        import datetime as dt
        return dt.date.fromisoformat(text)
    return float(text)


def speculation(rule, text, around):
    """The words that make a value read from `text` speculative (a forecast: "fears the
    toll could exceed 10,000"), given the sentence `around` it (before, after); or None."""
    kind = TYPES[rule.type]
    return kind.speculative(text, *around) if kind.speculative else None


def sort_key(value):
    """Values of mixed kinds in a stable order; a number interval ("12/..") among the
    numbers, by its low end."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value, "")
    found = Amount.of(value) if isinstance(value, str) else None
    if found is not None:
        return (0, found.lo if found.lo is not None else float("-inf"), str(value))
    return (1, 0, str(value))


def read_values(rule, part, words, regex_value=None, context="", entities=(), lead="", published=None, around=(),
                firm=True):
    """[(value, warning or None)] or [(None, reason)] for one match of a value or capture
    part; a warning is what a reader should check in the value ("Friday, August 9" in a
    year when it is a Saturday).
    `words`: the words of a text slot (for a word-taking slot); `context`, the sentence,
    tells whether a weekday alone looks forward or back; `entities`, the texts of the
    dates or numbers the value is read from; `lead`, the match and a few words before it
    ("a four-day visit ... that began on Sunday"); `around`, for each entity (or the regex
    value), the sentence before and after it ("a fourth round" is planned); `firm`:
    whether the publication date is the article's own (stated, or a stamp), not only
    inferred from the dates it mentions: relative dates are read against a firm one only."""
    kind = TYPES[rule.type]
    if kind.named:
        return [(part.value, None)]
    if regex_value is not None:
        texts = [regex_value]
    elif not kind.entities:
        texts = [words]
    else:
        texts = list(entities)
    sites = list(around) + [("", "")] * (len(texts) - len(around))
    extra = lambda k: {**({"around": sites[k]} if kind.around else {}),  # noqa: E731
                       **({"firm": firm} if kind.anchored else {})}
    return [kind.read(rule, text, published, context, lead, **extra(k)) for k, text in enumerate(texts) if text] or \
        [(None, "no value in the match")]
