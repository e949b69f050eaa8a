"""Orchestration: the stages run over a corpus of any size.

  pipeline.py  Run: the rules loaded once, the extractor built on first use
  runner.py    Runner: list, look up the cache, extract in batches, stream results
  batch.py     one batch of articles read and extracted (Item, Result, work)
  engines.py   where batches run: this process, forked workers, or Dask
  cache.py     claims per article and rule, in SQLite
"""
from __future__ import annotations

from .pipeline import Run
from .runner import Runner, cap_jobs, default_jobs

__all__ = ["Run", "Runner", "cap_jobs", "default_jobs"]
