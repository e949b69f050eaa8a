"""The stages wired together, for the CLI and for tests."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import diff, holders, ingest, rules as rules_mod


@dataclass
class Run:
    """Rules loaded once; the pipeline and the compiled rules are built on first use
    (a run whose claims all come from the cache never loads spaCy), then reused over
    any number of corpora."""

    rules: tuple
    rules_dir: object = None
    model: str = None
    fields: tuple = None  # only these fields (None: all)
    _built: dict = field(default_factory=dict, repr=False, compare=False)  # shared with Run.only's copies

    @classmethod
    def load(cls, rules_dir, model=None, only=None) -> "Run":
        rules = rules_mod.load_rules(rules_dir)
        if only:
            rules = tuple(r for r in rules if r.id in set(only))
        run = cls(rules, rules_dir, model, tuple(only) if only else None)
        if model:  # a named pipeline that is not installed is said at once
            run.extractor
        return run

    @property
    def extractor(self):
        if "extractor" not in self._built:
            from .extract import Extractor

            self._built["extractor"] = Extractor(self.rules, self.rules_dir, self.model)
        return self._built["extractor"]

    def only(self, fields) -> "Run":
        """The same compiled rules, asked for fewer fields."""
        rules = tuple(r for r in self.rules if r.id in set(fields))
        return Run(rules, self.rules_dir, self.model, tuple(fields), self._built)

    def claims(self, articles) -> list:
        out = []
        for _, claims in self.extractor.extract(articles, set(self.fields) if self.fields else None):
            out.extend(claims)
        return out

    def compare(self, corpus: ingest.Corpus):
        claims = self.claims(corpus.articles)
        return self.comparison(corpus.articles, claims, corpus.skipped, corpus.warnings), claims

    def comparison(self, articles, claims, skipped=(), warnings=()):
        table = self._built["extractor"].table if "extractor" in self._built else holders.load_table(self.rules_dir)
        labels = tuple(sorted(table.labels.items()))
        return diff.compare(self.rules, articles, claims, skipped, warnings, labels)

    def stream(self, paths, rules_dir, **options):
        """(Corpus listing, iterator of runner.Result): every article, a batch at a time."""
        from .runner import Runner

        inputs = ingest.list_inputs(paths)
        runner = Runner(self, rules_dir, **options)
        return inputs, runner
