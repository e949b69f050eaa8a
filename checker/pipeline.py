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
    model: str = None
    fields: tuple = None  # only these fields (None: all)

    @classmethod
    def load(cls, rules_dir, model=None, only=None) -> "Run":
        rules = rules_mod.load_rules(rules_dir)
        if only:
            rules = tuple(r for r in rules if r.id in set(only))
        return cls(rules, Extractor(rules, rules_dir, model), model, tuple(only) if only else None)

    def only(self, fields) -> "Run":
        """The same compiled rules, asked for fewer fields."""
        rules = tuple(r for r in self.rules if r.id in set(fields))
        return Run(rules, self.extractor, self.model, tuple(fields))

    def claims(self, articles) -> list:
        out = []
        for _, claims in self.extractor.extract(articles, set(self.fields) if self.fields else None):
            out.extend(claims)
        return out

    def compare(self, corpus: ingest.Corpus):
        claims = self.claims(corpus.articles)
        return self.comparison(corpus.articles, claims, corpus.skipped, corpus.warnings), claims

    def comparison(self, articles, claims, skipped=(), warnings=()):
        labels = tuple(sorted(self.extractor.table.labels.items()))
        return diff.compare(self.rules, articles, claims, skipped, warnings, labels)

    def stream(self, paths, rules_dir, **options):
        """(Corpus listing, iterator of runner.Result): every article, a batch at a time."""
        from .runner import Runner

        inputs = ingest.list_inputs(paths)
        runner = Runner(self, rules_dir, **options)
        return inputs, runner
