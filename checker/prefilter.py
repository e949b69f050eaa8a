"""Which rules can fire on a text, read from its words before any tokenizing.

A rule can only fire where every word of one of its trigger phrases occurs.
The text's words (\\w+ runs) are put in canonical form with the same function
that sets the pipeline's NORMs (cached per word), so an article no rule can
match skips the pipeline entirely, with the same claims as if it had not.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


class Prefilter:
    def __init__(self, heads: dict, canon):
        self.heads = heads  # rule id -> (frozenset of the words a trigger phrase needs, ...), or None
        self.canon = canon
        self.always = frozenset(r for r, h in heads.items() if h is None)
        self.any_word = frozenset(w for h in heads.values() if h for needs in h for w in needs)

    def active(self, text: str, fields=None) -> set:
        """The ids of the rules that may fire on this text."""
        canon, known = self.canon, self.canon.cache
        words = {known.get(w) or canon(w) for w in set(_WORD.findall(text))}
        out = {r for r in self.always if fields is None or r in fields}
        if words.isdisjoint(self.any_word):  # the usual case for an article about something else
            return out
        return out | {r for r, h in self.heads.items() if h and (fields is None or r in fields)
                      and any(needs <= words for needs in h)}
