"""The token attributes of one Doc that matching, scope and claims read, as plain lists
of ints (Python lists index faster than spaCy tokens)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE


@dataclass
class Arrays:
    """What matching needs of one Doc, as plain lists of ints."""

    norms: list
    space: list
    punct: list
    sent_of: list  # token -> sentence index, -1 between sentences
    sent_end: list  # sentence index -> end token
    idx: list  # token -> character offset
    length: list  # token -> character length
    text: str
    modifier: list = None  # token -> 2: a word that may stand between a number and its noun (alphabetic, not a
    # stop word: "eastern"); 1: another alphabetic word (may go on a hyphenated one: "face-to-face"); 0: not a word
    lowers: list = None  # token -> LOWER hash: the form as written, for exact words ("=taken")
    ent_iob: list = None
    ent_type: list = None
    _index: dict = None
    ent_starts: list = ()  # tokens where an entity begins

    def index(self, heads) -> dict:
        """head hash -> positions of the tokens that may start a phrase; built once per Doc."""
        if self._index is None:
            self._index = {}
            for i, norm in enumerate(self.norms):
                if norm in heads:
                    self._index.setdefault(norm, []).append(i)
        return self._index

    @classmethod
    def of(cls, doc, text, sents, sent_of, a) -> "Arrays":
        """`a`: doc.to_array([NORM, IS_SPACE, IS_PUNCT, IDX, LENGTH, ORTH, IS_ALPHA, IS_STOP, LOWER])."""
        modifier = (a[:, 6] * (2 - a[:, 7])).tolist() if a.shape[1] > 7 else None  # 2, 1 or 0
        lowers = a[:, 8].tolist() if a.shape[1] > 8 else None
        return cls(a[:, 0].tolist(), a[:, 1].tolist(), a[:, 2].tolist(), sent_of.tolist(), [e for _, e in sents],
                   a[:, 3].tolist(), a[:, 4].tolist(), text, modifier, lowers)

    def entities(self, start: int, end: int, labels) -> list:
        """(start, end) token ranges of the entities with one of these label hashes in [start, end)."""
        out, i = [], start
        while self.ent_iob is not None and i < end:
            if self.ent_iob[i] in (1, 3) and self.ent_type[i] in labels:
                j = i + 1
                while j < end and self.ent_iob[j] == 1:
                    j += 1
                out.append((i, j))
                i = j
            else:
                i += 1
        return out

    def chars(self, start: int, end: int) -> tuple:
        """Character offsets of tokens [start, end)."""
        return self.idx[start], self.idx[end - 1] + self.length[end - 1]

    def span_text(self, start: int, end: int) -> str:
        a, b = self.chars(start, end)
        return self.text[a:b]

    def with_entities(self, doc) -> None:
        a = doc.to_array([ENT_IOB, ENT_TYPE])
        self.ent_iob, self.ent_type = a[:, 0].tolist(), a[:, 1].tolist()
        self.ent_starts = np.flatnonzero(a[:, 0] == 3).tolist()  # 3: an entity begins here
