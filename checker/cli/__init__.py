"""The command line: thin click verbs over the library.

  common.py     the `checker` and `checker rules` groups, exit codes, shared options
  corpus.py     report, extract: a corpus of any size, streamed and cached
  measure.py    eval, explain: rules measured against gold, and every decision shown
  authoring.py  rules validate, new, schema, test, suggest: writing rules

Exit codes: 0 done; 1 the run found what --fail-on asked about (or an eval or
rule test fell short); 2 bad input (rules, articles, options); 130 interrupted
(Ctrl-C): the workers are stopped, and no report or partial output is left.
"""
from __future__ import annotations

from . import authoring, corpus, measure  # noqa: F401  (each adds its commands)
from .common import main

__all__ = ["main"]
