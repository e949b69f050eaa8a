"""Shared fixtures: the shipped rules compiled once, the seeds read once."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.ingest import load_corpus
from checker.pipeline import Run

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
