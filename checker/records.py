"""The small immutable records that cross each stage boundary.

rules -> Rule; ingest -> Article; extract -> Claim (with values read);
diff -> Comparison of FieldVerdicts (with Position, Pair, Remark); render reads them all.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple, Optional, Union

from .settings import defaults

Value = Union[str, int, float]  # value id, number, or ISO 8601 date / span
UNSET = "unset"  # an example that does not constrain holder


@dataclass(frozen=True)
class Ways:
    """The ways an article says a value (or where a captured value stands)."""

    say: tuple = ()  # phrases
    patterns: tuple = ()  # spaCy token patterns, verbatim
    regex: tuple = ()
    deny: tuple = ()  # phrases that deny the value ("met specifications")


@dataclass(frozen=True)
class ValueDef:
    id: str
    label: str
    ways: Ways


@dataclass(frozen=True)
class Example:
    text: str
    expect: tuple
    line: int
    published: Optional[dt.date] = None
    holder: Optional[str] = UNSET
    hedged: Optional[bool] = None
    known_miss: bool = False
    note: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    question: str
    type: str
    path: str
    trigger_any: tuple
    trigger_with: tuple = ()
    trigger_refer: tuple = ()  # words that refer back to the subject named just before ("the town")
    trigger_without: tuple = ()  # a look-alike subject: a trigger beside one does not count
    before: int = 0
    after: int = 0
    near: Optional[int] = None
    section: bool = False  # a trigger in a section heading counts in every sentence of its section
    window: int = field(default_factory=lambda: defaults()["window_days"])
    holders: tuple = ()
    values: tuple = ()  # ValueDef, in file order (low to high for ordinal)
    capture: Optional[Ways] = None
    tolerance: float = 0
    threshold: float = field(default_factory=lambda: defaults()["text_threshold"])
    open_spans: bool = True
    overlap: frozenset = frozenset()  # frozensets of two value ids
    implies: tuple = ()  # (a, b): a implies b
    vague: frozenset = frozenset()
    examples: tuple = ()
    description: str = ""

    def label(self, value) -> str:
        for v in self.values:
            if v.id == value:
                return v.label
        return str(value)

    @property
    def value_ids(self) -> tuple:
        return tuple(v.id for v in self.values)


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str  # the decoded file; front matter and boilerplate blanked to spaces
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    published_inferred: bool = False
    published_basis: Optional[str] = None  # for an inferred date: what it rests on
    url: Optional[str] = None
    author: Optional[str] = None
    kind: str = "text"  # the input format's name (ingest/formats.py)
    markup: tuple = ()  # (start, end) of markup that is not prose (Markdown's), blanked where the text is read
    excluded: tuple = ()  # (start, end, line, reason): lines that are not prose


@dataclass(frozen=True)
class Claim:
    """One value stated by one article, with its verbatim evidence."""

    article: str
    field: str
    value: Value
    quote: str  # verbatim text[start:end]
    start: int
    end: int
    line: int
    column: int
    match: str  # the words that matched the rule
    match_start: int  # their character offsets
    match_end: int
    rule_part: str  # e.g. values.europe.say[0]
    hedged: bool = False
    negated: bool = False
    holder: Optional[str] = None
    speaker: Optional[str] = None
    disputed_by: Optional[str] = None
    hedge: Optional[str] = None  # the softening word, e.g. "reportedly"

    def to_json(self) -> dict:
        return {
            "article": self.article, "field": self.field, "value": self.value,
            "quote": self.quote, "start": self.start, "end": self.end,
            "line": self.line, "column": self.column, "match": self.match,
            "match_start": self.match_start, "match_end": self.match_end,
            "rule_part": self.rule_part, "hedged": self.hedged, "negated": self.negated,
            "hedge": self.hedge, "holder": self.holder, "speaker": self.speaker,
            "disputed_by": self.disputed_by,
        }


@dataclass(frozen=True)
class Position:
    """What one source says on one field: its affirmed and denied values."""

    article: str
    affirmed: tuple  # values, sorted
    denied: tuple
    claims: tuple  # Claim


@dataclass(frozen=True)
class Pair:
    """The relation between two sources on one field."""

    a: str
    b: str
    relation: str  # agree | compatible | contradict | changed
    reason: str = ""
    voices: str = ""  # a contradiction: outlets | parties | mixed (whose words clash)


@dataclass(frozen=True)
class Remark:
    """A dispute an article reports, or two parties that disagree inside one article."""

    kind: str  # disputed | within
    article: str
    value: Value
    holder: Optional[str]  # who holds value (None: the article's own voice)
    other: Optional[str]  # disputed: who contests it; within: the other holder
    other_value: Optional[Value] = None  # within: what the other holder says


@dataclass(frozen=True)
class FieldVerdict:
    field: str
    verdict: str  # agree | compatible | contradict | changed | single | none
    positions: tuple  # Position, by article id
    pairs: tuple  # Pair
    silent: tuple  # article ids that say nothing
    notes: tuple = ()  # Remark
    items: tuple = field(default=())  # set fields: (value, verdict, supporters, deniers)
    values: tuple = ()  # (value, denied, (article, ...)) in the rule's value order
    timeline: tuple = ()  # a change over time: (days, affirmed, denied, (article, ...)) in date order


@dataclass(frozen=True)
class Comparison:
    """Everything a report shows: the verdict of each field, over these articles."""

    articles: tuple  # Article, by id
    fields: tuple  # FieldVerdict, by rule id
    rules: tuple  # Rule, by id
    matrix: tuple  # (article a, article b, {relation: count}) for a < b
    skipped: tuple = ()  # Problem: inputs left out
    warnings: tuple = ()  # Problem: inputs read with a remark
    holder_labels: tuple = ()  # (party id, label)
    diagnostics: dict = None  # how often each rule fires, rules that claim the same words (diff/diagnostics.py)


class Hit(NamedTuple):
    """A match of one rule part in an analysed article (extract.py -> claims.py)."""

    part: int
    start: int  # token offsets
    end: int
    sent: int
    value: Optional[str] = None  # a capture regex's group 'value'


@dataclass(frozen=True)
class Note:
    """One decision of the extractor, for `checker explain`."""

    rule: str
    step: str  # trigger | candidate | dropped | claim | empty
    text: str
    start: int = -1  # character offsets of what it is about
    end: int = -1
