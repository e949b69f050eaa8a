"""Running the extractor over a corpus of any size: streaming, cached, parallel.

Articles are listed first (paths only), then read, extracted and handed back a
batch at a time, in a fixed order, so memory does not grow with the corpus.
Claims are looked up in the cache (cache.py) before anything is read for them;
what is missing is extracted by an engine (engines.py): in this process, in
worker processes, or on a Dask cluster. The claims are the same whichever way
they were made.
"""
from __future__ import annotations

import collections
import os
import signal
import sqlite3
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from .. import ingest
from ..errors import CheckerError, problem
from . import cache as cache_mod
from .batch import Item, Result
from .engines import ENGINES, Done

BATCH = 64


class Runner:
    def __init__(self, run, *, jobs: int = 1, use_cache: bool = True, engine: str = "local",
                 scheduler: str = None, progress: bool = False, cache_dir=cache_mod.FOLDER, articles: bool = False,
                 warn=lambda problems: None):
        self.run, self.articles, self.warn = run, articles, warn
        self.jobs, self.engine_name = max(1, jobs), engine
        self.engine = ENGINES[engine](run, self.jobs, scheduler)
        self.progress = progress
        self.cache = cache_mod.open_cache(cache_dir, warn) if use_cache else None
        self.rule_keys = cache_mod.rule_keys(run.rule_set, run.model) if self.cache is not None else {}

    def results(self, inputs):
        """Result per listed article file, in order (inputs: ingest.list_inputs(...)).
        Batches are handed to the workers as they free up, a few ahead of the one
        being written, so no worker waits for a slower batch of the others."""
        items = (Item(i, Path(path), meta, article_id) for i, (path, meta, article_id) in enumerate(inputs.files))
        meter = _Progress(len(inputs.files)) if self.progress else None
        ahead = 1 if self.jobs == 1 and self.engine_name == "local" else 2 * self.jobs
        pending = collections.deque()
        for batch in _batches(items, BATCH):
            pending.append(self._submit(batch))
            while len(pending) >= ahead:
                yield from self._finish(*pending.popleft(), meter)
        while pending:
            yield from self._finish(*pending.popleft(), meter)
        if meter:
            meter.done()

    def _submit(self, batch):
        """(batch, claims found in the cache, a handle on the extraction of the rest)."""
        cached = self._cached(batch)
        todo = [item for item in batch if item.rules != ()]
        return batch, cached, self.engine.submit((todo, self.articles)) if todo else Done([])

    def _finish(self, batch, cached, handle, meter):
        """Yields the batch's Results in order, once its extraction is done; caches what is new."""
        fresh = {r.index: r for r in handle.get()}
        for item in batch:
            result = fresh.get(item.index) or self._metadata(item)
            claims = {**cached.get(item.index, {}), **result.claims}
            if self.cache is not None and item.index in fresh and (result.article is not None or result.skipped):
                self._cache_call(self.cache.put, [(item.key, self.rule_keys[rid], claims.get(rid, []))
                                                  for rid in (item.rules if item.rules is not None else self.rule_keys)])
            item.data = None
            if meter:
                meter.tick()
            yield replace(result, claims=claims)

    def _metadata(self, item) -> Result:
        """For an article whose claims all came from the cache: its metadata, when asked for."""
        if not self.articles:
            return Result(item.index, None, {}, [], [])
        try:
            article, warnings = ingest.read_article(item.path, item.meta, item.data, item.id)
        except CheckerError as exc:
            return Result(item.index, None, {}, list(exc.problems), [])
        return Result(item.index, replace(article, text="", excluded=(), markup=()), {}, [], warnings)

    def _cached(self, batch) -> dict:
        """Read each item's bytes, fill its key and the rules it still needs;
        index -> {rule id: [Claim]} found."""
        if self.cache is None:
            return {}
        for item in batch:
            try:
                item.data = ingest.read_bytes(item.path)
                item.key = cache_mod.article_key(item.data, item.meta)
            except CheckerError:
                item.key = None
        stored = self._cache_call(self.cache.get, [i.key for i in batch if i.key]) or {}
        out = {}
        for item in batch:
            have = stored.get(item.key, {})
            found = {rid: cache_mod.restore(item.id, have[key])
                     for rid, key in self.rule_keys.items() if key in have}
            item.rules = tuple(rid for rid in self.rule_keys if rid not in found)
            out[item.index] = found
        return out

    def _cache_call(self, method, arg):
        """A cache read or write; on failure (disk full, a file gone bad meanwhile) the
        run goes on without the cache, with a warning."""
        try:
            return method(arg)
        except sqlite3.Error as exc:
            self.warn([problem("W302", str(self.cache.folder), detail=str(exc))])
            self.cache.close()
            self.cache = None
            return None

    def close(self, abort: bool = False) -> None:
        """Let the workers finish, or (abort: Ctrl-C, an error) stop them at once."""
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if abort and _main_thread() else None
        try:
            self.engine.close(abort)
            if self.cache is not None:
                self.cache.close()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, kind, value, trace) -> None:
        self.close(abort=kind is not None)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


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


def cap_jobs(asked, articles: int) -> int:
    """Worker processes for a run: as asked (default: every core), but never more than
    the cores nor the articles (--jobs 1000 on 3 articles starts 3, not 1000)."""
    return max(1, min(asked or default_jobs(), default_jobs(), articles))
