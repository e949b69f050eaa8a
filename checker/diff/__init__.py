"""Stage 5, diff: Claims in, a Comparison out: a verdict per field, values with their
sources, a source matrix and rule diagnostics, computed once for every renderer.

  verdicts.py     positions, pairs, field verdicts, set items, timelines, the matrix
  diagnostics.py  how often each rule fires; rules that claim the same words
"""
from __future__ import annotations

from .verdicts import compare, field_verdict, positions

__all__ = ["compare", "field_verdict", "positions"]
