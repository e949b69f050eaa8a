"""Stage 3, nlp: text in, a tokenized Doc with sentences and entities out.

  pipeline.py   the one spaCy pipeline, built once (spacy.blank("en") + checker_canon)
  canon.py      canonical word forms: lowercase, alias, lemma, small misspellings
  view.py       the text the pipeline reads (furniture and markup blanked) and the
                way back to offsets in the file
  sentences.py  sentence starts and token ranges
  entities.py   dates and numbers as DATE, CARDINAL and ORDINAL entities
"""
from __future__ import annotations

from .canon import Canon
from .pipeline import build, split_words
from .view import View

__all__ = ["Canon", "View", "build", "split_words"]
