"""The stages wired together, for the CLI and for tests."""
from __future__ import annotations

from dataclasses import dataclass

from . import diff, ingest, rules as rules_mod
from .extract import Extractor


@dataclass
class Run:
    """Rules loaded and compiled once; reusable over any number of corpora."""

    rules: tuple
    extractor: Extractor

    @classmethod
    def load(cls, rules_dir, model=None, only=None) -> "Run":
        rules = rules_mod.load_rules(rules_dir)
        if only:
            rules = tuple(r for r in rules if r.id in set(only))
        return cls(rules, Extractor(rules, rules_dir, model))

    def claims(self, articles) -> list:
        out = []
        for _, claims in self.extractor.extract(articles):
            out.extend(claims)
        return out

    def compare(self, corpus: ingest.Corpus):
        claims = self.claims(corpus.articles)
        labels = tuple(sorted(self.extractor.table.labels.items()))
        return diff.compare(self.rules, corpus.articles, claims, corpus.skipped, corpus.warnings, labels), claims
