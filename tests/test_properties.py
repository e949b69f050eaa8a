"""Property-based: arbitrary bytes and arbitrary YAML never give a traceback,
only a defined error (CheckerError with located problems) or a result."""
from __future__ import annotations

import datetime as dt
import string

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.values import dates, numbers
from checker.errors import CheckerError
from checker.ingest import load_corpus, read_article, split_front_matter
from checker.rules import load_rule_file

FAST = settings(max_examples=int(__import__("os").environ.get("CHECKER_EXAMPLES", "120")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.dates())
keys = st.sampled_from(["id", "question", "type", "trigger", "any", "with", "values", "say", "patterns", "regex",
                        "capture", "scope", "before", "after", "near", "relations", "overlap", "implies", "vague",
                        "examples", "text", "expect", "published", "holders", "window", "tolerance", "x"])
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(keys, inner, max_size=6)), max_leaves=25)


def problems_are_located(exc: CheckerError, file: str) -> None:
    assert exc.problems
    for p in exc.problems:
        assert p.file.endswith(file) and p.code[0] in "EW" and str(p)


@FAST
@given(text=st.text(alphabet=string.printable + "äé“”’{}[]:-", max_size=300))
def test_any_text_as_a_rule_file(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("r") / "rule.yaml"
    path.write_text(text, "utf-8")
    try:
        load_rule_file(path)
    except CheckerError as exc:
        problems_are_located(exc, "rule.yaml")


@FAST
@given(doc=documents)
def test_any_yaml_document_as_a_rule_file(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("r") / "rule.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), "utf-8")
    try:
        load_rule_file(path)
    except CheckerError as exc:
        problems_are_located(exc, "rule.yaml")


@FAST
@given(front=st.text(max_size=200), body=st.text(max_size=100))
def test_any_front_matter(front, body):
    text = f"---\n{front}\n---\n{body}"
    blanked, meta, warnings = split_front_matter(text, "a.txt")  # never an error: the text is read all the same
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n") and isinstance(meta, dict)
    for w in warnings:
        assert w.file == "a.txt" and w.code in ("W204", "W205") and 0 <= w.line <= text.count("\n") + 1


@FAST
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_as_an_article(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("a") / f"article{suffix}"
    path.write_bytes(data)
    try:
        article, warnings = read_article(path, {})
    except CheckerError as exc:
        problems_are_located(exc, f"article{suffix}")
        return
    assert article.id == "article" and article.text.strip()


@FAST
@given(files=st.dictionaries(st.sampled_from(["a.txt", "b.md", "c.html", "d.pdf", "sources.yaml", "e.txt"]),
                             st.binary(max_size=200), max_size=5))
def test_any_folder_of_files(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("corpus")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    try:
        corpus = load_corpus([folder])
    except CheckerError as exc:  # only a broken manifest stops the run
        assert all(p.file.endswith("sources.yaml") for p in exc.problems)
        return
    names = {a.id for a in corpus.articles} | {p.file.rsplit("/", 1)[-1].split(".")[0] for p in corpus.skipped}
    assert names >= {n.split(".")[0] for n in files if n.endswith((".txt", ".md", ".html"))}


@FAST
@given(text=st.text(max_size=300), day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_dates_and_numbers_in_any_text(text, day):
    for s, e in dates.find_all(text):
        span = dates.read(text[s:e], day, True, text)
        if span is not None:  # a span reads back as itself, and never ends before it starts
            assert dates.Span.from_iso(span.iso()) == span
            assert span.start is None or span.end is None or span.start <= span.end
    for s, e, _ in numbers.find(text):
        numbers.read(text[s:e])
