"""One batch of articles, read and extracted: the unit of work a worker process or a
Dask task does. Each file is read once: its bytes are those the cache key was made
of, when the runner read them first."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .. import ingest
from ..errors import CheckerError


@dataclass
class Item:
    index: int
    path: Path
    meta: dict
    id: str  # the article's id (ingest.listing.ids)
    key: str = None  # cache key of the article
    rules: tuple = None  # rule ids to extract (None: every rule)
    data: bytes = None  # the file's bytes, once read


@dataclass
class Result:
    index: int
    article: object  # Article without its text, or None when the file could not be read
    claims: dict  # rule id -> [Claim]
    problems: list  # skipped: why the file was left out
    warnings: list
    skipped: bool = False  # not read further: no rule can fire on its words


def work(task, run) -> list:
    """Read and extract one batch of items: (items, whether the report needs every
    article's metadata) -> [Result], in item order."""
    items, full = task
    articles, results = [], {}
    for item in items:
        asked = item.rules if item.rules is not None else tuple(r.id for r in run.rules)
        try:
            data = item.data if item.data is not None else ingest.read_bytes(item.path)
        except CheckerError:
            data = None  # read_article says why
        active = _active(run, item, data) if not full and data is not None else None
        if active is not None and not active:  # no rule can fire on its words: no need to read it further
            results[item.index] = Result(item.index, None, {rid: [] for rid in asked}, [], [], skipped=True)
            continue
        try:
            article, warnings = ingest.read_article(item.path, item.meta, data, item.id)
        except CheckerError as exc:
            results[item.index] = Result(item.index, None, {}, list(exc.problems), [])
            continue
        articles.append((item, article, warnings, active))
    groups = {}
    for entry in articles:
        groups.setdefault(entry[0].rules, []).append(entry)
    for rules, entries in groups.items():
        extracted = run.extractor.extract([e[1] for e in entries], set(rules) if rules is not None else None,
                                          actives=[e[3] for e in entries])
        for (item, article, warnings, _), (_, claims) in zip(entries, extracted):
            by_rule = {rid: [] for rid in (rules if rules is not None else [r.id for r in run.rules])}  # all asked
            for c in claims:
                by_rule.setdefault(c.field, []).append(c)
            results[item.index] = Result(item.index, replace(article, text="", excluded=(), markup=()), by_rule,
                                         [], warnings)
    return [results[item.index] for item in items]


def _active(run, item, data: bytes):
    """The rules that may fire on this file's words, or None when that is not read
    here (not UTF-8, or a format that cannot list its text's words unread: read
    fully, then filtered per piece). A web page's words are those of its markup
    and text together (ingest.html.words), a superset of its article text's."""
    fmt = ingest.format_of(item.path)
    if fmt is None or fmt.words is None or not data.strip() or b"\x00" in data[:8192]:
        return None  # read in full: an empty file or UTF-16 is named or decoded there, never skipped unseen
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return run.extractor.prefilter.active(fmt.words(text), set(item.rules) if item.rules is not None else None)
