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

    def active(self, text: str, fields=None) -> set:
        """The ids of the rules that may fire on this text."""
        candidates = [(r, h) for r, h in self.heads.items() if fields is None or r in fields]
        if any(h is None for _, h in candidates):
            return {r for r, _ in candidates}
        canon = self.canon
        words = {canon(w) for w in set(_WORD.findall(text))}
        return {r for r, needs in candidates if any(n <= words for n in needs)}
