"""Outlets, and the outlet x outlet matrix while there are few enough to read one.

An outlet's position on a field is every value its articles state firmly and every
value they deny. Two outlets agree on a field (the same values), are compatible
(different values the type allows together), or differ (values that clash, at
whatever dates: the field's own verdict says whether that is a change over time).
Kept only while the outlets are at most `matrix_max_outlets`: past that, the
matrix is dropped and nothing pairwise is computed.
"""
from __future__ import annotations

from itertools import combinations

from ..values import TYPES, compare, implied_by
from .tally import outlet_of

RELATIONS = ("agree", "compatible", "differ")


class Outlets:
    def __init__(self, limit: int):
        self.limit = limit
        self.articles = {}  # outlet -> articles
        self.positions = {}  # (outlet, field) -> (set affirmed, set denied); None once past the limit

    def add(self, article, by_field) -> None:
        name = outlet_of(article) or f"{article.id} (outlet unknown)"
        self.articles[name] = self.articles.get(name, 0) + 1
        if self.positions is None:
            return
        if len(self.articles) > self.limit:
            self.positions = None
            return
        for field, claims in by_field.items():
            yes, no = self.positions.setdefault((name, field), (set(), set()))
            for c in claims:
                if not c.hedged:
                    (no if c.negated else yes).add(c.value)

    def counts(self) -> tuple:
        return tuple(sorted(self.articles.items(), key=lambda kv: (-kv[1], kv[0])))

    def matrix(self, rules):
        """((a, b, {relation: fields}), ...) for each pair of outlets, or None when too many."""
        if self.positions is None:
            return None
        names = sorted(self.articles)
        out = []
        for a, b in combinations(names, 2):
            counts = dict.fromkeys(RELATIONS, 0)
            for rule in rules:
                pa, pb = self.positions.get((a, rule.id)), self.positions.get((b, rule.id))
                if pa and pb and (pa[0] or pa[1]) and (pb[0] or pb[1]):
                    counts[relation(rule, pa, pb)] += 1
            out.append((a, b, counts))
        return tuple(out)


def relation(rule, pa, pb) -> str:
    for (yes, _), (_, no) in ((pa, pb), (pb, pa)):
        if any(v in no or implied_by(rule, v) & no for v in yes):
            return "differ"
    if pa == pb:
        return "agree"
    if TYPES[rule.type].items or not pa[0] or not pb[0]:
        return "compatible"
    found = {(x, y): compare(rule, x, y)[0] for x in pa[0] for y in pb[0]}
    ok = ("equal", "compatible")
    fits = all(any(found[(x, y)] in ok for y in pb[0]) for x in pa[0]) and \
        all(any(found[(x, y)] in ok for x in pa[0]) for y in pb[0])
    return "compatible" if fits else "differ"
