"""Sentences: where they start, as spaCy's sentencizer puts them, plus after a
blank line, after a line that ends a sentence, and after a heading."""
from __future__ import annotations

import bisect
import re

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.pipeline import Sentencizer

from ..settings import defaults

_NEWLINES = re.compile(r"\n[ \t\r\f\v\u00a0]*(?:\n[ \t\r\f\v\u00a0]*)*")
_TERMINAL = tuple('.!?:;"\u201d\u2019)')

PUNCT_CHARS = tuple(Sentencizer.default_punct_chars)


def segment(doc, text: str, starts, orths, punct) -> None:
    """Sentence starts, as spaCy's sentencizer puts them (after '.', '!', '?' ... once a
    token that is not punctuation follows), plus a start after a blank line, after a
    line ending a sentence, or after a short line (a heading) when the next line starts
    uppercase. Computed on arrays and written once: the sentencizer walks Token
    objects, which costs more than tokenizing. (`starts`, `orths`, `punct`: each
    token's character offset, ORTH hash and IS_PUNCT flag.)"""
    n = len(doc)
    if n == 0:
        return
    enders = {doc.vocab.strings.add(c) for c in PUNCT_CHARS}
    marks = [-1] * n
    marks[0], start, seen_period = 1, 0, False
    for i in range(n):
        is_ender = orths[i] in enders
        if seen_period and not punct[i] and not is_ender:
            marks[start], start, seen_period = 1, i, False
        elif is_ender:
            seen_period = True
    marks[start] = 1
    if "\n" in text and n > 1:
        heading_max = defaults()["heading_max_chars"]
        for m in _NEWLINES.finditer(text):
            j = bisect.bisect_left(starts, m.end())
            if 0 < j < n and _breaks(text, m, text[m.end():m.end() + 1], heading_max):
                marks[j] = 1
    doc.from_array([SENT_START], np.asarray(marks, dtype=np.int64).astype(np.uint64).reshape(n, 1))


def _breaks(text, m, next_char: str, heading_max: int) -> bool:
    if m.group(0).count("\n") > 1:
        return True
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
    if not line or line.endswith(_TERMINAL):
        return True
    return len(line) < heading_max and (next_char.isupper() or not next_char.isalpha())


def sentences(doc):
    """([(start, end)] token ranges of the sentences, whitespace tokens trimmed;
    an array giving each token's sentence, -1 for whitespace between them)."""
    arrays = doc.to_array([SENT_START, IS_SPACE])
    n = len(doc)
    starts = [0] + [int(i) for i in np.flatnonzero(arrays[:, 0] == 1) if i > 0]
    space = arrays[:, 1]
    out = []
    sent_of = np.full(n, -1, dtype=np.int32)
    for start, end in zip(starts, starts[1:] + [n]):
        while start < end and space[start]:
            start += 1
        while end > start and space[end - 1]:
            end -= 1
        if start < end:
            sent_of[start:end] = len(out)
            out.append((start, end))
    return out, sent_of
