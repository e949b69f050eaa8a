"""Shared fixtures: the shipped rules compiled once, the seeds read once."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.ingest import load_corpus
from checker.run import Run
from checker.records import Article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def run() -> Run:
    return Run.load(ROOT / "rules")


@pytest.fixture(scope="session")
def corpus():
    return load_corpus([ROOT / "seeds"])


@pytest.fixture(scope="session")
def seed_claims(run, corpus):
    return run.claims(corpus.articles)


@pytest.fixture()
def in_root(monkeypatch):
    """Run from the repository root, so paths in messages are short and stable."""
    monkeypatch.chdir(ROOT)
    return ROOT


def claims_of(claims, article_prefix, field):
    return [c for c in claims if c.article.startswith(article_prefix) and c.field == field]


def sentence_claims(run, text, field, published=None):
    """The claims one rule makes of a text, as an article of its own."""
    rule = next(r for r in run.rules if r.id == field)
    article = Article(id="t", path="t.txt", text=text, published=published)
    return run.extractor.rule_claims(rule, run.extractor.analyse(article))
