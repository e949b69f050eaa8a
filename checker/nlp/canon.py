"""Canonical word forms: what rules and articles are matched on.

A word's canonical form is its lowercase, alias-resolved, lemmatized form
(lookup lemmas from spacy-lookups-data), corrected to a word of the rules'
lexicon when it is a small misspelling of one. Correction is bounded so that
it never merges different things: only alphabetic words of four letters or
more that are not English words are corrected, to a unique lexicon word with
the same first letter within one edit (two for long words). Digits never are.
"""
from __future__ import annotations

import functools

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..settings import defaults

FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                      "\u2013": "-", "\u2014": "-", "\u00a0": " "})


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset:
    """Every English word form the lookup tables know: never 'corrected'."""
    from spacy.lookups import load_lookups
    from spacy.lang.en.stop_words import STOP_WORDS

    lookups = load_lookups("en", ["lemma_lookup", "lemma_index"])
    words = set(STOP_WORDS)
    words.update(lookups.get_table("lemma_lookup").values())  # keys are hashes; inflections lemmatize first
    for pos_words in lookups.get_table("lemma_index").values():
        words.update(pos_words)
    return frozenset(w for w in words if isinstance(w, str))


@functools.lru_cache(maxsize=1)
def lemma_table():
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


CACHE_WORDS = 30_000


class Canon:
    """word -> canonical form; one instance per rule set, cached per word."""

    def __init__(self, aliases: dict, lexicon=()):
        self.aliases = aliases
        self.lemmas = lemma_table()
        cfg = defaults()["fuzzy"]
        self.min_length, self.long_word = cfg["min_length"], cfg["long_word"]
        self.edits_short, self.edits_long = cfg["edits_short"], cfg["edits_long"]
        self.lexicon = frozenset(self.base(w) for w in lexicon)
        self.by_shape = {}  # (first letter, length) -> lexicon words
        for word in sorted(self.lexicon):
            if word.isalpha():
                self.by_shape.setdefault((word[0], len(word)), []).append(word)
        self.cache = {}  # surface word -> canonical form

    def base(self, word: str) -> str:
        """Lowercase, folded punctuation, alias, lemma: no spelling correction."""
        low = word.translate(FOLD).lower()
        if low in self.aliases:
            return self.aliases[low]
        if not low.isalpha():  # "'s" is a possessive here, not "has"
            return "not" if low == "n't" else low
        lemma = self.lemmas.get(low)
        return lemma if isinstance(lemma, str) else low

    def __call__(self, word: str) -> str:
        found = self.cache.get(word)
        if found is None:
            if len(self.cache) >= CACHE_WORDS:  # a corpus's long tail of names must not grow memory
                self.cache.clear()
            found = self.cache[word] = self._canon(word)
        return found

    def _canon(self, word: str) -> str:
        form = self.base(word)
        if form in self.lexicon or not self._correctable(form):
            return form
        return self.correct(form) or form

    def _correctable(self, form: str) -> bool:
        return len(form) >= self.min_length and form.isalpha() and form not in english_words()

    def correct(self, form: str):
        """The unique lexicon word within the edit bound, or None."""
        edits = self.edits_long if len(form) >= self.long_word else self.edits_short
        pool = [w for n in range(len(form) - edits, len(form) + edits + 1) for w in self.by_shape.get((form[0], n), ())]
        if not pool:
            return None
        hits = process.extract(form, pool, scorer=OSA.distance, score_cutoff=edits, limit=2)
        if not hits or (len(hits) > 1 and hits[1][1] == hits[0][1]):
            return None
        return hits[0][0]
