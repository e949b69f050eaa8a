"""The one spaCy pipeline, built once per run.

Default: spacy.blank("en") plus one rule-based component, nothing downloaded:
  checker_canon    sets each word's NORM to its canonical form (canon.py),
                   once per vocabulary entry, so matching on NORM ignores case,
                   inflection, aliases and small misspellings
A trained pipeline (an installed package such as en_core_web_sm) may be named
instead; the checker component is added to it.
"""
from __future__ import annotations

import re

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from ..errors import CheckerError, problem


@Language.factory("checker_canon")
def _make_canon(nlp, name):
    return CanonNorms(nlp.vocab)


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
    # Whitespace special cases (" ", "\n", "\t", "\u00a0") are dropped: the tokenizer makes
    # the same one token of such a run without them, but in spaCy 3.8 a special case met
    # in a text stops the tokenizer caching anything for the rest of that text, and one
    # line break is enough: with them, real news tokenizes about 2.5x slower.
    nlp.tokenizer.rules = {key: [{ORTH: piece[ORTH]} for piece in pieces]
                           for key, pieces in nlp.tokenizer.rules.items() if not key.isspace()}
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
