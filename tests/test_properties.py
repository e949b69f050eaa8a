"""Property-based: arbitrary bytes and arbitrary YAML never give a traceback,
only a defined error (CheckerError with located problems) or a result."""
from __future__ import annotations

import datetime as dt
import string
import time

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


@st.composite
def aliased_front_matter(draw):
    """(front matter, the nodes its aliases add, whether an alias comes before its anchor):
    levels of lists, each holding `width` aliases of the level before, anywhere from
    harmless to a billion items, and one metadata key aliasing a level."""
    levels, width, chosen = draw(st.integers(1, 12)), draw(st.integers(1, 12)), draw(st.integers(0, 11))
    chosen = min(chosen, levels - 1)
    lines = [f"l0: &l0 [{draw(st.sampled_from(['x', '1', 'Kyiv', '2025-08-06']))}]"]
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    key, at = draw(st.sampled_from(["title", "outlet", "published", "date", "author"])), draw(st.integers(0, levels))
    lines.insert(at, f"{key}: *l{chosen}")
    size = [2]  # nodes level i expands to: its list and what it holds
    for _ in range(1, levels):
        size.append(1 + width * size[-1])
    written = 2 * levels + 2  # each level's list and key, l0's item, the key aliasing one
    added = 1 + levels + 1 + sum(size) + size[chosen] - 1 - written
    return "\n".join(lines), added, at <= chosen


@FAST
@given(case=aliased_front_matter(), body=st.text(max_size=60))
def test_front_matter_with_aliases_is_read_or_warned_about_at_once(case, body):
    """No alias bomb expands: front matter that aliases make huge is W204 at its anchor,
    the text read all the same; an alias before its anchor is W204 too; the rest is read."""
    front, added, undefined = case
    text = f"---\n{front}\n---\n{body}"
    started = time.monotonic()
    blanked, meta, warnings = split_front_matter(text, "a.txt")
    assert time.monotonic() - started < 2 and len(blanked) == len(text)
    bad = [str(w) for w in warnings if w.code == "W204"]
    if undefined:
        assert len(bad) == 1 and "found undefined alias" in bad[0]
    elif added > 10_000:
        assert len(bad) == 1 and "its aliases repeat more than 10000 nodes, or it holds itself" in bad[0]
    else:
        assert bad == [] and isinstance(meta, dict)


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
