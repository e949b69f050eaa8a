"""Which rules can fire on a text, read from its words before any tokenizing.

A rule can only fire where every word of one of its trigger phrases occurs, and
of one of its `with` phrases (if it has any), and of one of its value phrases
(patterns.Needs). The text's words are put in canonical form with the same
function that sets the pipeline's NORMs, with the pieces the tokenizer may cut
a word into ("doesn't" is "does" and "n't", "cannot" is "can" and "not", from
the tokenizer's own exceptions; "10km" is "10" and "km"), so an article no rule
can match skips the pipeline entirely, with the same claims as if it had not.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_DIGITS_LETTERS = re.compile(r"\d+|[^\W\d]+")  # "10km": "10" + "km"
COLD_WORDS = 30_000


class Prefilter:
    def __init__(self, needs: dict, canon, splits: dict = None):
        self.needs = needs  # rule id -> patterns.Needs
        self.canon = canon
        self.always = frozenset(r for r, n in needs.items() if n.trigger is None)
        self.any_word = frozenset(w for n in needs.values() if n.trigger for alt in n.trigger for w in alt)
        self.wanted = frozenset(w for n in needs.values() for alts in (n.trigger, n.with_, n.value) if alts
                                for alt in alts for w in alt)  # every word some rule needs
        self.extra = {}  # lowercase word -> the wanted canonical forms of the tokens it may be cut into
        for word, pieces in (splits or {}).items():
            forms = frozenset(canon(p) for p in pieces) & self.wanted
            if forms:
                self.extra[word] = forms
        self.hot, self.cold = set(), set()  # lowercase words whose canonical form is / is not wanted

    def active(self, text: str, fields=None) -> set:
        """The ids of the rules that may fire on this text."""
        words = _words(text.lower())  # a word's canonical form does not depend on its case
        new = words - self.hot - self.cold  # set operations: only words never seen before cost more
        if new:
            if len(self.cold) > COLD_WORDS:  # the long tail of names must not grow memory
                self.cold.clear()
            for word in new:
                (self.hot if self.canon(word) in self.wanted else self.cold).add(word)
        canon = self.canon
        found = {canon(w) for w in words & self.hot}
        for word in words & self.extra.keys():
            found |= self.extra[word]
        candidates = self.always if found.isdisjoint(self.any_word) else self.needs  # the first: the usual case
        return {r for r in candidates if (fields is None or r in fields) and _may_fire(self.needs[r], found)}


def _words(text: str) -> set:
    """The text's words, and the digit and letter runs of words that mix them (more
    words than the tokens hold can only let a rule through, never drop one)."""
    seen = set(_WORD.findall(text))
    for word in [w for w in seen if not w.isalpha() and not w.isdigit()]:
        seen.update(_DIGITS_LETTERS.findall(word))
    return seen


def _may_fire(needs, words) -> bool:
    return all(alternatives is None or any(need <= words for need in alternatives)
               for alternatives in (needs.trigger, needs.with_, needs.value))
