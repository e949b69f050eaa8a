"""Stage 5, diff: Claims in, a Comparison out. Claims are grouped by value per field
as they arrive; verdicts come from the relations between values, so time and memory
grow with the claims, never with pairs of sources.

  compare.py      the Comparer (an article at a time) and the Comparison it finishes
  tally.py        per field and value: sources, days, a few quotes; clashes inside an article
  relate.py       relations between values (the value type's compare, the window), verdicts
  timeline.py     number and date fields: a range and a dated timeline
  totals.py       a running total's figures in time: steps, latest, falls, undated placed
  checks.py       "Check first": what to look at before anything else
  outlets.py      outlets, and the outlet x outlet matrix while they are few
  store.py        every article and claim, on disk, read back for report.json
  diagnostics.py  how often each rule fires; rules that claim the same words
"""
from __future__ import annotations

from .compare import Comparer, compare, field_verdict
from .tally import basis_of, outlet_of

__all__ = ["Comparer", "basis_of", "compare", "field_verdict", "outlet_of"]
