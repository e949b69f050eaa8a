"""A Run: the rules loaded once, the extractor built on first use, and the stages
wired together for the CLI and for tests."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import diff
from ..rules import load_rule_set


@dataclass
class Run:
    """Rules loaded once; the pipeline and the compiled rules are built on first use
    (a run whose claims all come from the cache never loads spaCy), then reused over
    any number of corpora."""

    rule_set: object  # rules.RuleSet
    model: str = None
    fields: tuple = None  # only these fields (None: all)
    _built: dict = field(default_factory=dict, repr=False, compare=False)  # shared with Run.only's copies

    @classmethod
    def load(cls, rules_dir, model=None, only=None) -> "Run":
        rule_set = load_rule_set(rules_dir)
        if only:
            rule_set = rule_set.only(only)
        run = cls(rule_set, model, tuple(only) if only else None)
        if model:  # a named pipeline that is not installed is said at once
            run.extractor
        return run

    @property
    def rules(self) -> tuple:
        return self.rule_set.rules

    @property
    def extractor(self):
        if "extractor" not in self._built:
            from ..extract import Extractor

            self._built["extractor"] = Extractor(self.rule_set, self.model)
        return self._built["extractor"]

    def only(self, fields) -> "Run":
        """The same compiled rules, asked for fewer fields."""
        return Run(self.rule_set.only(fields), self.model, tuple(fields), self._built)

    def claims(self, articles) -> list:
        out = []
        for _, claims in self.extractor.extract(articles, set(self.fields) if self.fields else None):
            out.extend(claims)
        return out

    def compare(self, corpus):
        claims = self.claims(corpus.articles)
        return self.comparison(corpus.articles, claims, corpus.skipped, corpus.warnings), claims

    def comparison(self, articles, claims, skipped=(), warnings=()):
        return diff.compare(self.rules, articles, claims, skipped, warnings, self.holder_labels)

    def comparer(self):
        """A diff.Comparer for this run's rules, fed one article at a time."""
        return diff.Comparer(self.rules, self.holder_labels)

    @property
    def holder_labels(self) -> tuple:
        return tuple(sorted(self.rule_set.holders.labels.items()))
