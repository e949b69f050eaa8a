"""The small immutable records that cross each stage boundary.

rules -> Rule; ingest -> Article; extract -> Claim (with values read);
diff -> Comparison of FieldVerdicts (ValueGroup, Relation, Inside, CheckItem); render reads them all.
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
    window: Optional[int] = field(default_factory=lambda: defaults()["window_days"])  # days; None: never
    holders: tuple = ()
    values: tuple = ()  # ValueDef, in file order (low to high for ordinal)
    capture: Optional[Ways] = None
    tolerance: Union[float, str] = 0  # number: 2 (absolute) or "2%" (relative); date: days
    ordinals: str = "none"  # number: "series" when an ordinal counts a series ("the third round": 3)
    running_total: bool = False  # number: a total that grows (a death toll): a later, larger figure is no clash
    threshold: float = field(default_factory=lambda: defaults()["text_threshold"])
    open_spans: bool = True
    stay: bool = False  # date: a run of days; a day said as its start or end opens a span
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
    headline: Optional[str] = None  # the text's first line of prose, shown for an article without a title


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
    warning: Optional[str] = None  # what a reader should check in the value itself (a weekday that is not its date's)
    said_on: Optional[str] = None  # ISO day the sentence places the claim at, when in the past ("In February, ...")

    def to_json(self) -> dict:
        return {
            "article": self.article, "field": self.field, "value": self.value,
            "quote": self.quote, "start": self.start, "end": self.end,
            "line": self.line, "column": self.column, "match": self.match,
            "match_start": self.match_start, "match_end": self.match_end,
            "rule_part": self.rule_part, "hedged": self.hedged, "negated": self.negated,
            "hedge": self.hedge, "holder": self.holder, "speaker": self.speaker,
            "disputed_by": self.disputed_by, "warning": self.warning, "said_on": self.said_on,
        }


@dataclass(frozen=True)
class ValueGroup:
    """One value of one field, with every source that says it (diff/tally.py).
    Firm: neither hedged nor negated; reported: hedged or speculative; denied: negated."""

    value: Value
    firm: tuple  # article ids that state it firmly, in the order read
    reported: tuple  # article ids that only report it (hedged), not counted in verdicts
    denied: tuple  # article ids that firmly deny it
    claims: int  # claims of every kind for this value
    outlets: int  # distinct outlets among `firm`
    holders: tuple  # (party or None, count): who holds its firm claims, most often first
    first: Optional[dt.date] = None  # earliest and latest known publication day of a firm claim
    last: Optional[dt.date] = None
    quotes: tuple = ()  # Quote: a few representative claims (different outlets, firm first, earliest, latest)
    denial_quotes: tuple = ()  # Quote: a few firm denials


@dataclass(frozen=True)
class Quote:
    """A claim shown in the report, with the article it comes from."""

    claim: "Claim"
    source: "Article"

    @property
    def day(self):
        """The day the claim stands at: the day its sentence places it at ("In February, ..."),
        else its article's publication day (None when unknown)."""
        said = self.claim.said_on
        return dt.date.fromisoformat(said) if said else self.source.published


@dataclass(frozen=True)
class Relation:
    """How two values of a field relate, on firm claims of different articles. `b` equal
    to `a` with `denial` set: one source affirms a, another denies it."""

    a: Value
    b: Value
    relation: str  # compatible | contradict | changed
    reason: str
    denial: bool = False
    dates: str = "known"  # what a contradict/changed rests on: known | inferred | unknown | none (window never)
    days: Optional[int] = None  # days between the closest articles that clash (None: unknown or never)
    pair: tuple = ()  # (Quote, Quote): the closest clash, one of each side


@dataclass(frozen=True)
class Inside:
    """A clash inside one article: the same voice saying both (self-contradiction), two
    parties that disagree (dispute), or a claim the article reports as contested."""

    kind: str  # self | dispute | disputed
    quote: Quote
    other: Optional[Quote] = None  # self, dispute: the claim it clashes with
    other_party: Optional[str] = None  # disputed: who contests it
    reason: str = ""


@dataclass(frozen=True)
class FieldVerdict:
    field: str
    verdict: str  # agree | compatible | contradict | changed | single | reported | none
    reason: str  # one line: why
    values: tuple  # ValueGroup, in the rule's value order
    relations: tuple = ()  # Relation, the clashes first
    inside: tuple = ()  # Inside
    timeline: tuple = ()  # (day or None, value, (article, ...)) of firm claims, in date order (None: undated)
    range: tuple = ()  # (low, high) of firm values (number and date fields)
    dates: Optional[str] = None  # a contradict or changed verdict: known | inferred | unknown | none
    sources: int = 0  # articles that say anything on the field
    firm_sources: int = 0  # articles with a firm claim
    claims: int = 0
    items: tuple = ()  # set fields: (value, verdict, (affirming article, ...), (denying article, ...))
    not_compared: int = 0  # rare values left out of the relations (more than `values_compared`)
    total: Optional["RunningTotal"] = None  # a running total's figures in time (diff/totals.py)


@dataclass(frozen=True)
class RunningTotal:
    """A running total's firm figures in time (a rule with `running_total: true`): the dated
    steps, the latest figure, and what breaks the rise (a figure that falls, two figures
    for one day); undated figures placed between the dated ones where that is unambiguous,
    else listed as undated (never a contradiction)."""

    steps: tuple  # (day, basis, value, (article, ...)) of dated firm figures, in date order
    latest: tuple = ()  # (day, value, (article, ...)): the highest figure of the last day
    falls: tuple = ()  # ((day, value), (day, value)): a later figure below an earlier one
    same_day: tuple = ()  # (day, (value, ...)): figures of one day that cannot both hold
    placed: tuple = ()  # (value, (article, ...), after day or None, before day or None): undated, placed
    undated: tuple = ()  # (value, (article, ...)): undated figures that cannot be placed


@dataclass(frozen=True)
class CheckItem:
    """One line of "Check first": what a journalist should look at before anything else."""

    kind: str  # contradiction | self | outlier | date
    field: str
    relation: Optional[Relation] = None  # contradiction, outlier, date
    inside: Optional[Inside] = None  # self
    value: Optional[Value] = None  # outlier: the lone value


@dataclass(frozen=True)
class Comparison:
    """Everything a report shows. What grows with the corpus (every claim, every article)
    is in `store`, read back as a stream; the rest is bounded."""

    articles: int  # articles compared
    fields: tuple  # FieldVerdict, by rule id
    rules: tuple  # Rule, by id
    check_first: tuple  # CheckItem
    more_checks: int  # items past the "Check first" limit
    outlets: tuple  # (outlet, articles), most articles first
    matrix: Optional[tuple]  # (outlet a, outlet b, {relation: fields}) while outlets are few, else None
    store: object  # diff.store.Store: every article and claim, for the JSON and HTML reports
    cited: tuple = ()  # Article: the sources the report quotes, by id
    first_day: Optional[dt.date] = None
    last_day: Optional[dt.date] = None
    undated: int = 0  # articles without a known publication date
    inferred: int = 0  # articles whose date was inferred
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
    slot: Optional[tuple] = None  # a capture regex's group 'value': its (start, end) tokens


@dataclass(frozen=True)
class Note:
    """One decision of the extractor, for `checker explain`."""

    rule: str
    step: str  # trigger | candidate | dropped | claim | empty
    text: str
    start: int = -1  # character offsets of what it is about
    end: int = -1
