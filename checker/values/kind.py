"""What a value type is: the record each type module fills in for the registry."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional


@dataclass(frozen=True)
class ValueType:
    """One value type. `compare(rule, a, b)` -> (relation, reason), relation one of
    'equal', 'compatible' (different, but both can hold) or 'conflict'.
    A named type's values are the rule's value ids; any other type captures its
    value with a `{slot}` in a capture phrase, read by `read(rule, text, published,
    context, lead)` -> (value, warning or None) or (None, reason); a type with `around` also
    gets `around=(before, after)`, the words of the sentence on either side of the value;
    a type that is `anchored` gets `firm`, whether the publication date is the article's own."""

    name: str
    compare: Callable
    named: bool = False  # values are the rule's own value ids (category, ordinal, set)
    slot: Optional[str] = None  # the capture slot, e.g. "{number}"
    entities: tuple = ()  # the entity labels the slot takes ("DATE"); () : the slot takes words
    read: Optional[Callable] = None
    items: bool = False  # several values per source, each item its own verdict (set)
    scale: bool = False  # values are ordered, low to high, and differ by steps (ordinal)
    any_in_scope: bool = False  # without a capture, any such value in scope is taken (date)
    # How two firm values that clash relate in time, given in date order: (relation, reason),
    # relation 'changed' or 'contradict', or None to let the rule's window decide (diff/relate.py).
    # A running total says a later, larger figure is 'changed' (the total rose).
    in_time: Optional[Callable] = None
    # value -> (low, high), None an open end: the range a report shows (values.bounds reads
    # the claims contract's "a/b" notation for a type without one).
    bounds: Optional[Callable] = None
    around: bool = False  # read also takes around=(before, after): its sentence on either side of the value (number)
    # (text, before, after) -> the words that make a value a forecast ("could exceed"), or None:
    # such a claim is hedged, kept out of agree and contradict (number)
    speculative: Optional[Callable] = None
    anchored: bool = False  # read also takes firm=: relative values count from a firm publication date only (date)
    # (rule, [values said in one sentence]) -> [(value, [indexes it stands for])]: values one
    # sentence says that make one ("from Aug. 31" ... "until Sept. 3"), or None
    joined: Optional[Callable] = None
