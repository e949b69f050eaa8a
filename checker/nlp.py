"""Stage 3: the one spaCy pipeline, built once per run.

Default: spacy.blank("en") plus rule-based components, nothing downloaded:
  checker_canon    sets each word's NORM to its canonical form (canon.py),
                   once per vocabulary entry, so matching on NORM ignores case,
                   inflection, aliases and small misspellings
`segment` then puts sentence starts where spaCy's sentencizer would, and after
a heading or a blank line. Dates and numbers are marked as DATE, CARDINAL and ORDINAL entities by
`mark_entities`, only in the sentences a date or number rule looks at.
A trained pipeline (an installed package such as en_core_web_sm) may be named
instead; the checker components are added to it.
"""
from __future__ import annotations

import bisect
import re

import numpy as np
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, LIKE_NUM, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string

from . import dates, numbers
from .errors import CheckerError, problem
from .settings import defaults

_NEWLINES = re.compile(r"\n[ \t\r\f\v\u00a0]*(?:\n[ \t\r\f\v\u00a0]*)*")
_TERMINAL = tuple('.!?:;"\u201d\u2019)')


@Language.factory("checker_canon")
def _make_canon(nlp, name):
    return CanonNorms(nlp.vocab)


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


class CanonNorms:
    """NORM = canonical form, set on vocabulary entries the first time they are seen."""

    def __init__(self, vocab):
        self.vocab, self.canon, self.seen = vocab, None, set()

    def configure(self, canon) -> None:
        self.canon, self.seen = canon, set()

    def __call__(self, doc):
        new = set(doc.to_array(ORTH).tolist()) - self.seen
        for orth in new:
            lexeme = self.vocab[orth]
            lexeme.norm_ = self.canon(lexeme.orth_)
        self.seen |= new
        return doc


ANCHOR_WORDS = ("jan jan. january feb feb. february mar mar. march apr apr. april may june jun jun. july jul jul. "
                "august aug aug. september sep sep. sept sept. october oct oct. november nov nov. december dec dec. "
                "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun "
                "tomorrow yesterday today tonight once twice thrice dozen pair").split()
_ANCHOR_HASHES = np.asarray([hash_string(w) for w in ANCHOR_WORDS], dtype=np.uint64)  # as LOWER holds them
_REACH = (8, 10)  # tokens before and after an anchor that a date or number may take


def mark_entities(doc, text: str, token_ranges, starts, lengths) -> None:
    """DATE, CARDINAL and ORDINAL entities from our own patterns, within the given
    [start, end) token ranges of the doc (`text`: its text; `starts`, `lengths`:
    each token's character offset and length); a dateline is not a date.
    The patterns only run near the tokens a date or number needs (a month, a
    weekday, a number), and the result is written as arrays."""
    found = []
    stamp = dates.dateline(text)
    for lo, hi in _windows(doc, token_ranges, starts, lengths):
        piece = text[lo:hi]
        taken = [(stamp[0] - lo, stamp[1] - lo)] if stamp else []
        for s, e in dates.find_all(piece):
            if not any(a < e and s < b for a, b in taken):
                found.append((lo + s, lo + e, "DATE"))
                taken.append((s, e))
        for s, e, label in numbers.find(piece):
            if not any(a < e and s < b for a, b in taken):
                found.append((lo + s, lo + e, label))
    if not found:
        return
    arrays = doc.to_array([ENT_IOB, ENT_TYPE])
    strings = doc.vocab.strings
    for s, e, label in found:
        first = bisect.bisect_right(starts, s) - 1
        last = bisect.bisect_left(starts, e)
        arrays[first, 0], arrays[first, 1] = 3, strings.add(label)
        arrays[first + 1:last, 0], arrays[first + 1:last, 1] = 1, strings.add(label)
    arrays[arrays[:, 0] == 0, 0] = 2  # outside any entity
    doc.from_array([ENT_IOB, ENT_TYPE], arrays)


def _windows(doc, token_ranges, starts, lengths) -> list:
    """Merged (start, end) character ranges around the anchor tokens of the given token ranges."""
    a = doc.to_array([LOWER, LIKE_NUM])
    anchors = np.flatnonzero(np.isin(a[:, 0], _ANCHOR_HASHES) | (a[:, 1] == 1)).tolist()
    spans = []
    for lo, hi in token_ranges:
        for k in anchors[bisect.bisect_left(anchors, lo):bisect.bisect_left(anchors, hi)]:
            first, last = max(lo, k - _REACH[0]), min(hi, k + _REACH[1])
            if spans and first <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], last))
            else:
                spans.append((first, last))
    return [(starts[f], starts[l - 1] + lengths[l - 1]) for f, l in spans]


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
    # The tokenizer's exceptions split "won't" into "wo" + "n't" and would also set
    # those tokens' NORMs ("will", "not"); only the split is kept, so that a token's
    # NORM is always the canonical form of its text, in rules and articles alike
    # ("wo" is "will" through the alias table).
    nlp.tokenizer.rules = {key: [{ORTH: piece[ORTH]} for piece in pieces]
                           for key, pieces in nlp.tokenizer.rules.items()}
    nlp.add_pipe("checker_canon")
    return nlp


_WORD = re.compile(r"\w+")


def split_words(tokenizer) -> dict:
    """Word (lowercase, as a \\w+ run of a text shows it) -> the texts of the tokens the
    tokenizer's exceptions may cut it into: "cannot" -> ("can", "not"), "doesn" (of
    "doesn't") -> ("does", "n't"), for the prefilter."""
    out = {}
    for key, pieces in tokenizer.rules.items():
        orths = tuple(piece[ORTH] for piece in pieces)
        for word in _WORD.findall(key.lower()):
            if (word,) != tuple(o.lower() for o in orths):
                out[word] = tuple(dict.fromkeys(out.get(word, ()) + orths))
    return out


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
