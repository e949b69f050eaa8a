"""The comparison, fed one article at a time: `Comparer.add(article, claims)` for each,
then `finish()` for the Comparison. Memory grows with the values and the source
ids that say them, never with pairs of sources; the claims go to the store."""
from __future__ import annotations

from ..records import Comparison, FieldVerdict, ValueGroup
from ..settings import defaults
from ..values import TYPES, sort_key
from .checks import check_first
from .diagnostics import Diagnostics
from .outlets import Outlets
from .relate import relations, verdict
from .store import Store
from .tally import FieldTally, basis_of, outlet_of
from .timeline import timeline, value_range
from .totals import running_total


class Comparer:
    def __init__(self, rules, holder_labels=()):
        self.rules = tuple(sorted(rules, key=lambda r: r.id))
        self.limits = defaults()["report"]
        self.holder_labels = tuple(holder_labels)
        self.tallies = {r.id: FieldTally(r, self.limits) for r in self.rules}
        self.store = Store()
        self.outlets = Outlets(self.limits["matrix_max_outlets"])
        self.diagnostics = Diagnostics(self.rules)
        self.count = self.undated = self.inferred = 0
        self.first_day = self.last_day = None
        self.listed = []  # every article while they are few enough to list (`sources_listed`), then None

    def add(self, article, claims) -> None:
        """One article and all its claims."""
        self.count += 1
        basis = basis_of(article)
        self.undated += basis == "unknown"
        self.inferred += basis == "inferred"
        if article.published:
            day = article.published
            self.first_day = min(self.first_day or day, day)
            self.last_day = max(self.last_day or day, day)
        self.store.add_article(article)
        if self.listed is not None and len(self.listed) < self.limits["sources_listed"]:
            self.listed.append(article)
        elif self.listed is not None:
            self.listed = None
        by_field = {}
        for c in claims:
            by_field.setdefault(c.field, []).append(c)
        for field, own in by_field.items():
            if field in self.tallies:
                self.tallies[field].add(article, own)
                self.store.add_claims(own)
        self.outlets.add(article, by_field)
        self.diagnostics.add(article.id, by_field)

    def finish(self, skipped=(), warnings=()) -> Comparison:
        verdicts = tuple(field_verdict(rule, self.tallies[rule.id], self.limits) for rule in self.rules)
        checks, more = check_first(verdicts, self.limits["check_first"], self.limits["outlier_majority"])
        return Comparison(self.count, verdicts, self.rules, checks, more, self.outlets.counts(),
                          self.outlets.matrix(self.rules), self.store,
                          _cited(verdicts) if self.listed is None else tuple(sorted(self.listed, key=lambda a: a.id)),
                          self.first_day, self.last_day, self.undated, self.inferred, tuple(skipped),
                          tuple(warnings), self.holder_labels, self.diagnostics.result())


def field_verdict(rule, tally: FieldTally, limits: dict) -> FieldVerdict:
    tallies = sorted(tally.values.values(), key=lambda t: _value_order(rule, t.value))
    rels, left_out = relations(rule, tallies, limits["values_compared"])
    said, why, dates = verdict(rule, tallies, rels, tally.firm_sources, tally.sources)
    kind = TYPES[rule.type]
    dated = rule.type in ("number", "date") or said == "changed"
    steps = timeline(tallies) if dated else ()
    return FieldVerdict(
        rule.id, said, why, tuple(group(t, limits["quotes_per_value"]) for t in tallies), rels,
        tuple(tally.inside), steps, value_range(rule, tallies), dates,
        tally.sources, tally.firm_sources, tally.claims,
        items(tallies, rels) if kind.items else (), left_out,
        running_total(steps) if getattr(rule, "running_total", False) else None)


def _value_order(rule, value):
    ids = rule.value_ids
    return (ids.index(value) if value in ids else len(ids), sort_key(value))


def group(t, shown: int) -> ValueGroup:
    holders = tuple(sorted(t.holders.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    first = t.earliest.day if t.earliest else None
    last = t.latest.day if t.latest else None
    return ValueGroup(t.value, tuple(t.firm.ids), tuple(t.reported), tuple(t.denied.ids), t.claims,
                      len(t.firm.outlets), holders, first, last, pick_quotes(t, shown), tuple(t.denial_quotes))


def pick_quotes(t, shown: int) -> tuple:
    """A few quotes for a value: the earliest and the latest firm claims, then firm claims
    of other outlets, then a hedged one; no two of one article, outlets differing where
    they can; in date order."""
    chosen = []

    def take(quote, new_outlet=False):
        if quote is None or len(chosen) >= shown or any(q.source.id == quote.source.id for q in chosen):
            return
        if new_outlet and any(_outlet(q) == _outlet(quote) for q in chosen):
            return
        chosen.append(quote)

    take(t.earliest)
    take(t.latest, new_outlet=True)
    for quote in t.by_outlet.values():
        take(quote, new_outlet=True)
    for quote in t.by_outlet.values():
        take(quote)
    take(t.latest)
    take(t.hedged_quote)
    return tuple(sorted(chosen, key=lambda q: (q.day is None, q.day or 0, q.source.id)))


def _outlet(quote):
    return outlet_of(quote.source) or quote.source.id


def items(tallies, rels) -> tuple:
    """Set fields: (item, verdict, affirming articles, denying articles) for each item."""
    clash = {r.b: r.relation for r in rels if r.denial}
    out = []
    for t in tallies:
        verdict_ = clash.get(t.value) or ("agree" if len(t.firm.ids) > 1 else
                                          "single" if t.firm.ids else "reported" if t.reported else "denied")
        out.append((t.value, verdict_, tuple(t.firm.ids), tuple(t.denied.ids)))
    return tuple(out)


def _cited(verdicts) -> tuple:
    """Every article a quote in the report comes from, by id."""
    found = {}
    for v in verdicts:
        quotes = [q for g in v.values for q in g.quotes + g.denial_quotes]
        quotes += [q for r in v.relations for q in r.pair]
        quotes += [q for i in v.inside for q in (i.quote, i.other) if q]
        for q in quotes:
            found.setdefault(q.source.id, q.source)
    return tuple(found[k] for k in sorted(found))


def compare(rules, articles, claims, skipped=(), warnings=(), holder_labels=()) -> Comparison:
    """The comparison of articles and their claims, all at hand (tests, small runs)."""
    by_article = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    comparer = Comparer(rules, holder_labels)
    for article in sorted(articles, key=lambda a: a.id):
        comparer.add(article, by_article.get(article.id, []))
    return comparer.finish(skipped, warnings)
