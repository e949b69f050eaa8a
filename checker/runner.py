"""Running the extractor over a corpus of any size: streaming, cached, parallel.

Articles are listed first (paths only), then read, extracted and handed back a
batch at a time, in a fixed order, so memory does not grow with the corpus.
Claims are looked up in the cache (cache.py) before anything is read for them;
what is missing is extracted in this process (jobs=1), in worker processes
(jobs>1; forked, so they share the compiled rules), or on a Dask cluster
(engine="dask"). The claims are the same whichever way they were made.
"""
from __future__ import annotations

import collections
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from . import cache as cache_mod, ingest, published
from .errors import CheckerError

BATCH = 64
_RUN = None  # the Run a forked worker inherits


@dataclass
class Item:
    index: int
    path: Path
    meta: dict
    key: str = None  # cache key of the article
    rules: tuple = None  # rule ids to extract (None: every rule)


@dataclass
class Result:
    index: int
    article: object  # Article without its text, or None when the file could not be read
    claims: dict  # rule id -> [Claim]
    problems: list  # skipped: why the file was left out
    warnings: list
    skipped: bool = False  # not read further: no rule can fire on its words


class Runner:
    def __init__(self, run, rules_dir, *, jobs: int = 1, use_cache: bool = True, engine: str = "local",
                 scheduler: str = None, progress: bool = False, cache_dir=cache_mod.FOLDER, articles: bool = False):
        self.run, self.rules_dir, self.articles = run, rules_dir, articles
        self.jobs, self.engine, self.scheduler = max(1, jobs), engine, scheduler
        self.progress = progress
        self.cache = cache_mod.Cache(cache_dir) if use_cache else None
        self.rule_keys = cache_mod.rule_keys(run.rules, rules_dir, run.model) if use_cache else {}

    def results(self, inputs):
        """Result per listed article file, in order (inputs: ingest.list_inputs(...)).
        Batches are handed to the workers as they free up, a few ahead of the one
        being written, so no worker waits for a slower batch of the others."""
        hint = year_hint(inputs.files)
        items = (Item(i, Path(path), meta) for i, (path, meta) in enumerate(inputs.files))
        meter = _Progress(len(inputs.files)) if self.progress else None
        ahead = 1 if self.jobs == 1 and self.engine == "local" else 2 * self.jobs
        pending = collections.deque()
        for batch in _batches(items, BATCH):
            pending.append(self._submit(batch, hint))
            while len(pending) >= ahead:
                yield from self._finish(*pending.popleft(), hint, meter)
        while pending:
            yield from self._finish(*pending.popleft(), hint, meter)
        if meter:
            meter.done()

    def _submit(self, batch, hint):
        """(batch, claims found in the cache, a handle on the extraction of the rest)."""
        cached = self._cached(batch, hint)
        return batch, cached, self._start([item for item in batch if item.rules != ()], hint)

    def _finish(self, batch, cached, handle, hint, meter):
        """Yields the batch's Results in order, once its extraction is done; caches what is new."""
        fresh = {r.index: r for r in handle.get()}
        for item in batch:
            result = fresh.get(item.index) or self._metadata(item, hint)
            claims = {**cached.get(item.index, {}), **result.claims}
            if self.cache is not None and item.index in fresh and (result.article is not None or result.skipped):
                self.cache.put([(item.key, self.rule_keys[rid], claims.get(rid, []))
                                for rid in (item.rules if item.rules is not None else self.rule_keys)])
            if meter:
                meter.tick()
            yield replace(result, claims=claims)

    def _metadata(self, item, hint) -> Result:
        """For an article whose claims all came from the cache: its metadata, when asked for."""
        if not self.articles:
            return Result(item.index, None, {}, [], [])
        try:
            article, warning = ingest.read_article(item.path, item.meta)
        except CheckerError as exc:
            return Result(item.index, None, {}, list(exc.problems), [])
        article = ingest.with_inferred_date(article, hint)
        return Result(item.index, replace(article, text="", excluded=()), {}, [], [warning] if warning else [])

    def _cached(self, batch, hint) -> dict:
        """Fill each item's key and the rules it still needs; index -> {rule id: [Claim]} found."""
        if self.cache is None:
            return {}
        for item in batch:
            try:
                item.key = cache_mod.article_key(item.path.read_bytes(), item.meta, hint)
            except OSError:
                item.key = None
        stored = self.cache.get([i.key for i in batch if i.key])
        out = {}
        for item in batch:
            have = stored.get(item.key, {})
            found = {rid: cache_mod.restore(item.path.stem, have[key])
                     for rid, key in self.rule_keys.items() if key in have}
            item.rules = tuple(rid for rid in self.rule_keys if rid not in found)
            out[item.index] = found
        return out

    def _start(self, items, hint):
        """A handle whose get() gives the Results of items: extracted here (jobs=1), by
        a worker process (forked, so it shares the compiled rules), or on Dask."""
        task = (items, hint, self.articles)
        if not items or (self.jobs == 1 and self.engine == "local"):
            return _Done(work(task, self.run) if items else [])
        if self.engine == "dask":
            from . import dask_engine

            return dask_engine.submit(self, task)
        global _RUN
        _RUN = self.run
        self.run.extractor  # built before the workers fork, so they share it
        return self._pool().apply_async(work, (task,))

    def _pool(self):
        if getattr(self, "_workers", None) is None:
            import multiprocessing

            self._workers = multiprocessing.get_context("fork").Pool(self.jobs)
        return self._workers

    def close(self) -> None:
        if getattr(self, "_workers", None) is not None:
            self._workers.close()
            self._workers.join()
        client = getattr(self, "_client", None)
        if client is not None:
            cluster = client.cluster  # the LocalCluster started for this run, None for a named scheduler
            client.close()
            if cluster is not None and not self.scheduler:
                cluster.close()
        if self.cache is not None:
            self.cache.close()


def work(task, run=None) -> list:
    """Read and extract one batch of items (in a worker, or here)."""
    items, hint, full = task if len(task) == 3 else (*task, True)
    run = run or _RUN
    articles, results = [], {}
    for item in items:
        asked = item.rules if item.rules is not None else tuple(r.id for r in run.rules)
        try:
            data = item.path.read_bytes()
        except OSError:
            data = None  # read_article says why
        active = _active(run, item, data) if not full and data is not None else None
        if active is not None and not active:  # no rule can fire on its words: no need to read it further
            results[item.index] = Result(item.index, None, {rid: [] for rid in asked}, [], [], skipped=True)
            continue
        try:
            article, warning = ingest.read_article(item.path, item.meta, data)
        except CheckerError as exc:
            results[item.index] = Result(item.index, None, {}, list(exc.problems), [])
            continue
        articles.append((item, ingest.with_inferred_date(article, hint), warning, active))
    groups = {}
    for entry in articles:
        groups.setdefault(entry[0].rules, []).append(entry)
    for rules, entries in groups.items():
        extracted = run.extractor.extract([e[1] for e in entries], set(rules) if rules is not None else None,
                                          actives=[e[3] for e in entries])
        for (item, article, warning, _), (_, claims) in zip(entries, extracted):
            by_rule = {rid: [] for rid in (rules if rules is not None else [r.id for r in run.rules])}  # all asked
            for c in claims:
                by_rule.setdefault(c.field, []).append(c)
            results[item.index] = Result(item.index, replace(article, text="", excluded=()), by_rule, [],
                                         [warning] if warning else [])
    return [results[item.index] for item in items]


def _active(run, item, data: bytes):
    """The rules that may fire on this file's words, or None when that is not read
    here (not UTF-8 text or Markdown: read fully, then filtered per piece)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if item.path.suffix.lower() not in (".txt", ".md"):
        return None
    return run.extractor.prefilter.active(text, set(item.rules) if item.rules is not None else None)


def year_hint(files):
    """The corpus year for undated articles (published.corpus_year), from the manifests'
    and front matters' dates and, for files with neither, what the files say: only read
    in full when some are undated."""
    known, undated = [], []
    for path, meta in files:
        path = Path(path)
        date = meta.get("published") or ingest.declared_date(path)
        if date:
            known.append(date.year)
        else:
            undated.append(path)
    needed = False  # some article has no date of its own: only then is a hint used
    for path in undated:
        try:
            article, _ = ingest.read_article(path, {})
        except CheckerError:
            continue
        if article.published:
            known.append(article.published.year)
        else:
            needed = True
            known.append(published.strong_year(article.text))  # one year per text, not the text
    return published.corpus_year([y for y in known if y], ()) if needed else None


@dataclass
class _Done:
    results: list

    def get(self) -> list:
        return self.results


def _batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Progress:
    """Articles done, rate and time left, on one line of stderr (when it is a terminal)."""

    def __init__(self, total: int):
        self.total, self.done_count, self.start, self.shown = total, 0, time.monotonic(), 0.0

    def tick(self) -> None:
        self.done_count += 1
        now = time.monotonic()
        if now - self.shown >= 0.2 or self.done_count == self.total:
            self.shown = now
            rate = self.done_count / max(now - self.start, 1e-9)
            eta = (self.total - self.done_count) / rate if rate else 0
            sys.stderr.write(f"\r{self.done_count}/{self.total} articles, {rate:,.0f}/s, {eta:,.0f}s left ")
            sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
