"""Stage 4, extract: Articles in, Claims with evidence out, for every rule in one pass.

  analysis.py     the Extractor: one Doc per article, shared by every rule
  prefilter.py    which rules can fire on a text, from its words, before tokenizing
  patterns.py     rule phrases, token patterns and regexes, compiled once
  matcher.py      the phrase matcher over canonical word forms
  arrays.py       a Doc's token attributes as plain lists, as matching reads them
  scope.py        where a rule looks: refer words, section headings, scope
  lookalikes.py   `trigger.without`: a look-alike subject silences a trigger
  claims.py       from one rule's matches to claims
  resolve.py      one rule's claims settled: holders asked for, duplicates, disputes
  captures.py     where a capture's value stands: the slot's dates or numbers, and their sentence
  joining.py      values one sentence says that make one (a trip's start and end)
  attribution.py  who holds a claim (frames.py: its records; names.py: the frame a
                  name opens; anaphora.py: "he", "it said", "its" and "the first"
                  for whom was named before; quotes.py: who says a quotation;
                  discourse.py: paragraphs and quotation marks)
  negation.py     affirmed, negated or left open: negators, denials before and after
  hedging.py      how firmly: attempted, supposed, hedged, a question
  cues.py         the cue words of attribution and hedging, as hash ids
  explain.py      every decision for an article and each rule asked
  suggest.py      where a rule's subject is named but no value phrase matched, grouped
"""
from __future__ import annotations

from .analysis import Analysis, Extractor

__all__ = ["Analysis", "Extractor"]
