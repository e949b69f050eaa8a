"""Claims of one field, grouped by value as they arrive: counts, sources, the days
they were said on, a few quotes. Nothing here grows with more than the claims,
and what grows with them is ids, not claims (the claims are in store.py).

A claim is firm when it is neither hedged nor negated; hedged claims are
reported (listed, never counted in a verdict); negated ones deny their value.
"""
from __future__ import annotations

from ..records import Quote
from ..values import TYPES, compare, implied_by

UNKNOWN_OUTLETS = {"", "unknown", "n/a", "none"}


def outlet_of(article):
    """The outlet an article comes from, or None when its metadata does not say."""
    name = (article.outlet or "").strip()
    return None if name.lower() in UNKNOWN_OUTLETS else name


def basis_of(article) -> str:
    """What the article's publication date rests on: known | inferred | unknown."""
    if article.published is None:
        return "unknown"
    return "inferred" if article.published_inferred else "known"


class Side:
    """One value, affirmed or denied firmly: the articles that say it, by publication day,
    with the first few quotes of each day (to show the closest clash between two values)."""

    __slots__ = ("ids", "days", "outlets")
    PER_DAY = 4  # quotes kept per day: the clash is shown from one not also saying the other value

    def __init__(self):
        self.ids = []
        self.days = {}  # (day or None, basis) -> [article ids, [Quote, ...]]
        self.outlets = set()

    def add(self, quote) -> None:
        article = quote.source
        if self.ids and self.ids[-1] == article.id:
            return
        self.ids.append(article.id)
        self.outlets.add(outlet_of(article) or article.id)
        ids, quotes = self.days.setdefault((quote.day, basis_of(article)), [[], []])
        ids.append(article.id)
        if len(quotes) < self.PER_DAY:
            quotes.append(quote)


class ValueTally:
    """Everything kept about one value of one field."""

    __slots__ = ("value", "firm", "denied", "reported", "claims", "holders", "earliest", "latest",
                 "by_outlet", "hedged_quote", "denial_quotes")

    def __init__(self, value, keep: int):
        self.value = value
        self.firm, self.denied, self.reported = Side(), Side(), []
        self.claims, self.holders = 0, {}
        self.earliest = self.latest = self.hedged_quote = None
        self.by_outlet = {}  # outlet -> first firm Quote, for up to `keep` outlets
        self.denial_quotes = []

    def add(self, claim, article, keep: int) -> None:
        self.claims += 1
        quote = Quote(claim, article)
        if claim.hedged:
            if not self.reported or self.reported[-1] != article.id:
                self.reported.append(article.id)
            self.hedged_quote = self.hedged_quote or (quote if not claim.negated else None)
        elif claim.negated:
            self.denied.add(quote)
            if len(self.denial_quotes) < keep and all(q.source.id != article.id for q in self.denial_quotes):
                self.denial_quotes.append(quote)
        else:
            self._firm(quote, keep)

    def _firm(self, quote, keep: int) -> None:
        self.firm.add(quote)
        self.holders[quote.claim.holder] = self.holders.get(quote.claim.holder, 0) + 1
        day = quote.day
        if day is not None:
            if self.earliest is None or day < self.earliest.day:
                self.earliest = quote
            if self.latest is None or day > self.latest.day:
                self.latest = quote
        outlet = outlet_of(quote.source) or quote.source.id
        if outlet not in self.by_outlet and len(self.by_outlet) < keep:
            self.by_outlet[outlet] = quote


class FieldTally:
    """One field's claims, fed one article at a time."""

    def __init__(self, rule, limits: dict):
        self.rule, self.limits = rule, limits
        self.values = {}  # value -> ValueTally
        self.sources = self.claims = 0
        self.firm_sources = 0
        self.inside, self.inside_count = [], {}

    def add(self, article, claims) -> None:
        """All the claims of one article on this field."""
        self.sources += 1
        self.claims += len(claims)
        self.firm_sources += any(not c.hedged for c in claims)
        keep = self.limits["quotes_kept"]
        for claim in claims:
            tally = self.values.get(claim.value)
            if tally is None:
                tally = self.values[claim.value] = ValueTally(claim.value, keep)
            tally.add(claim, article, keep)
        for finding in inside(self.rule, article, claims):
            self.inside_count[finding.kind] = self.inside_count.get(finding.kind, 0) + 1
            if self.inside_count[finding.kind] <= self.limits["inside_kept"]:
                self.inside.append(finding)


def inside(rule, article, claims) -> list:
    """Clashes inside one article: its own voice saying both (self), two parties that
    disagree (dispute), and claims the article reports as contested (disputed)."""
    from ..records import Inside

    out = [Inside("disputed", Quote(c, article), other_party=c.disputed_by) for c in claims if c.disputed_by]
    firm = [c for c in claims if not c.hedged]
    seen = set()
    for i, a in enumerate(firm):
        for b in firm[i + 1:]:
            if a.start < b.end and b.start < a.end:
                continue  # two values of one statement ('from Aug. 31 ... on Sept. 3'): read, not said twice
            clash = _clash(rule, a, b)
            key = (a.holder, b.holder, a.value, b.value, a.negated, b.negated)
            if clash and key not in seen:
                seen.add(key)
                kind = "self" if voice(a) == voice(b) else "dispute"
                if kind == "self" and voice(a) is not None:
                    continue  # a party's two values in one article: often then and now, not a slip
                out.append(Inside(kind, Quote(a, article), Quote(b, article), reason=clash))
    return out


def voice(claim):
    """Who says a claim: its holder, else a named speaker the holder table does not know,
    else None (the article's own voice)."""
    return claim.holder or (f"speaker:{claim.speaker}" if claim.speaker else None)


def _clash(rule, a, b) -> str:
    """Why two firm claims cannot both hold ('' when they can)."""
    if a.negated and b.negated:
        return ""
    if a.negated or b.negated:
        yes, no = (b, a) if a.negated else (a, b)
        return "affirmed and denied" if no.value == yes.value or no.value in implied_by(rule, yes.value) else ""
    if TYPES[rule.type].items or a.value == b.value:
        return ""
    relation, reason = compare(rule, a.value, b.value)
    return reason if relation == "conflict" else ""
