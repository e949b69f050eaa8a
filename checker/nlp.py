"""Stage 3: the one spaCy pipeline, built once per run.

Default: spacy.blank("en") plus rule-based components, nothing downloaded:
  checker_lines    a line break ends a sentence after a heading or a blank line
  sentencizer      spaCy's punctuation-based sentence splitter
  checker_canon    sets each word's NORM to its canonical form (canon.py),
                   once per vocabulary entry, so matching on NORM ignores case,
                   inflection, aliases and small misspellings
  checker_entities marks DATE, CARDINAL and ORDINAL spans (dates.py, numbers.py)
A trained pipeline (an installed package such as en_core_web_sm) may be named
instead; the checker components are added to it.
"""
from __future__ import annotations

import re

import numpy as np
import spacy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.util import filter_spans

from . import dates, numbers
from .errors import CheckerError, problem
from .settings import defaults

_NEWLINES = re.compile(r"\n[ \t\r\f\v\u00a0]*(?:\n[ \t\r\f\v\u00a0]*)*")
_TERMINAL = tuple('.!?:;"\u201d\u2019)')


@Language.factory("checker_lines")
def _make_lines(nlp, name):
    return LineBreaks(defaults()["heading_max_chars"])


@Language.factory("checker_canon")
def _make_canon(nlp, name):
    return CanonNorms(nlp.vocab)


@Language.factory("checker_entities")
def _make_entities(nlp, name):
    return Entities()


class LineBreaks:
    """Start a sentence after a blank line, after a line ending a sentence, or
    after a short line (a heading) when the next line starts uppercase."""

    def __init__(self, heading_max: int):
        self.heading_max = heading_max

    def __call__(self, doc):
        text = doc.text
        if "\n" not in text or len(doc) < 2:
            return doc
        starts = doc.to_array(IDX)
        for m in _NEWLINES.finditer(text):
            j = int(np.searchsorted(starts, m.end()))
            if 0 < j < len(doc) and self._breaks(text, m, doc[j].text):
                doc[j].is_sent_start = True
        return doc

    def _breaks(self, text, m, next_word: str) -> bool:
        if m.group(0).count("\n") > 1:
            return True
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
        if not line or line.endswith(_TERMINAL):
            return True
        return len(line) < self.heading_max and (next_word[:1].isupper() or not next_word[:1].isalpha())


class CanonNorms:
    """NORM = canonical form, set on vocabulary entries the first time they are seen."""

    def __init__(self, vocab):
        self.vocab, self.canon, self.seen = vocab, None, set()

    def configure(self, canon) -> None:
        self.canon, self.seen = canon, set()

    def __call__(self, doc):
        for orth in np.unique(doc.to_array(ORTH)).tolist():
            if orth not in self.seen:
                self.seen.add(orth)
                lexeme = self.vocab[orth]
                lexeme.norm_ = self.canon(lexeme.orth_)
        return doc


class Entities:
    """DATE, CARDINAL and ORDINAL spans from our own patterns."""

    def __call__(self, doc):
        text, spans = doc.text, []
        stamp = dates.dateline(text)
        taken = [stamp] if stamp else []
        for s, e in dates.find_all(text):
            spans.append(doc.char_span(s, e, "DATE", alignment_mode="expand"))
            taken.append((s, e))
        for s, e, label in numbers.find(text):
            if not any(a < e and s < b for a, b in taken):
                spans.append(doc.char_span(s, e, label, alignment_mode="expand"))
        keep = [e for e in doc.ents if e.label_ not in ("DATE", "CARDINAL", "ORDINAL")]
        doc.ents = filter_spans([s for s in spans if s is not None] + keep)
        return doc


def build(model: str | None = None) -> Language:
    """The pipeline; `model` names an installed trained pipeline (optional).
    The caller configures checker_canon once the rules' lexicon is known."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError:
            detail = (f"spaCy pipeline '{model}' is not installed; install it with "
                      f"`.venv/bin/python -m spacy download {model}`, or leave --model out")
            raise CheckerError([problem("E301", "--model", detail=detail)]) from None
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("checker_lines", first=True)
    if not nlp.has_pipe("sentencizer") and not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer", after="checker_lines")
    nlp.add_pipe("checker_canon")
    nlp.add_pipe("checker_entities")
    return nlp


def sentences(doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences, with surrounding whitespace tokens trimmed."""
    out = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            out.append((start, end))
    return out
