"""A phrase matcher over canonical word forms, indexed by first word.

spaCy's Matcher tries every pattern at every token, which makes hundreds of
phrases with optional parts cost far more than tokenizing. Rule phrases need
less: a word sequence with `...` gaps, {date}/{number}/{text} slots, and an
optional hyphen or quotation mark between words. This matcher works on the
Doc's NORM hashes as lists: one pass finds the tokens that start some phrase,
and only those are followed up in Python, each with just the phrases whose
second word comes next. Whitespace tokens are passed over; a match never leaves
its sentence. For each phrase the longest matches that do not overlap are kept,
as spaCy's greedy="LONGEST" would.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE

from ..values import SLOTS

LIT, GAP, SLOT = 0, 1, 2
SLOT_LABELS = {slot[1:-1]: t.entities for slot, t in SLOTS.items() if t.entities}  # "date": ("DATE",)
TEXT_MAX = 8  # words a slot that takes words ({text}) may take


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
        """`a`: doc.to_array([NORM, IS_SPACE, IS_PUNCT, IDX, LENGTH])."""
        return cls(a[:, 0].tolist(), a[:, 1].tolist(), a[:, 2].tolist(), sent_of.tolist(), [e for _, e in sents],
                   a[:, 3].tolist(), a[:, 4].tolist(), text)

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


class PhraseMatcher:
    def __init__(self, vocab, separators=("-", '"', "'")):
        self.vocab = vocab
        self.seps = frozenset(vocab.strings.add(s) for s in separators)
        self.by_head = {}  # norm hash -> [(key, elements)]
        self.by_slot = {}  # slot kind -> [(key, elements)]
        self._plans = None
        self.all_heads = None  # every group's heads, a set: set by the owner (see Compiled)
        self.labels = {k: frozenset(vocab.strings.add(x) for x in v) for k, v in SLOT_LABELS.items()}

    def add(self, key, elements) -> None:
        """elements: [(LIT, word) | (GAP, n) | (SLOT, kind)]; separators between words are optional."""
        compiled = tuple((k, self.vocab.strings.add(v) if k == LIT else v) for k, v in elements
                         if not (k == LIT and self.vocab.strings.add(v) in self.seps))
        if not compiled:
            return
        kind, value = compiled[0]
        target = self.by_head if kind == LIT else self.by_slot
        target.setdefault(value, []).append((key, compiled))
        self._plans = None

    def plans(self) -> dict:
        """head -> (keys of one-word phrases, {second word: phrases}, other phrases): at a
        head, only the phrases whose next word is there are followed up."""
        if self._plans is None:
            self._plans = {}
            for head, phrases in self.by_head.items():
                singles, by_second, rest = [], {}, []
                for key, elements in phrases:
                    if len(elements) == 1:
                        singles.append(key)
                    elif elements[1][0] == LIT:
                        by_second.setdefault(elements[1][1], []).append((key, elements))
                    else:
                        rest.append((key, elements))
                self._plans[head] = (singles, by_second, rest)
        return self._plans

    def __call__(self, arrays: Arrays, lo: int = 0, hi: int = None, sents=None) -> list:
        """(key, start, end) of the longest non-overlapping matches of each phrase in tokens
        [lo, hi), or (sents given) in those sentences only."""
        hi = len(arrays.norms) if hi is None else hi
        heads = self.all_heads if self.all_heads is not None else self.by_head.keys()
        index, found, sent_of, sent_end = arrays.index(heads), [], arrays.sent_of, arrays.sent_end
        words = []  # matches of one-word phrases: never overlapping each other, all kept
        match, plans, norms, space, seps = self._match, self.plans(), arrays.norms, arrays.space, self.seps
        for head in plans.keys() & index.keys():
            singles, by_second, rest = plans[head]
            for i in index[head]:
                si = sent_of[i]
                if si < 0 or not (lo <= i < hi) or (sents is not None and si not in sents):
                    continue
                words.extend((key, i, i + 1) for key in singles)  # a one-word phrase: nothing more to check
                limit = min(hi, sent_end[si])
                j = i + 1
                while j < limit and space[j]:
                    j += 1
                phrases = rest
                if j < limit and by_second:  # the next word (or the word after a hyphen or quote)
                    nxt = by_second.get(norms[j] if norms[j] not in seps or j + 1 >= limit else norms[j + 1])
                    phrases = rest + nxt if nxt else rest
                for key, elements in phrases:
                    end = match(arrays, elements, 1, i + 1, limit)
                    if end > 0:
                        found.append((key, i, end))
        if self.by_slot and arrays.ent_iob is not None:
            found += self._slot_starts(arrays, lo, hi, sents)
        if len(found) > 1:
            found = _longest_per_key(found)
        return sorted(words + found, key=lambda m: (m[1], m[2], m[0])) if words else found

    def _slot_starts(self, arrays, lo, hi, sents) -> list:
        found, sent_of, sent_end = [], arrays.sent_of, arrays.sent_end
        for i in arrays.ent_starts:
            si = sent_of[i]
            if si < 0 or not (lo <= i < hi) or (sents is not None and si not in sents):
                continue
            for kind, phrases in self.by_slot.items():
                if arrays.ent_type[i] in self.labels.get(kind, ()):
                    for key, elements in phrases:
                        end = self._match(arrays, elements, 0, i, min(hi, sent_end[si]))
                        if end > 0:
                            found.append((key, i, end))
        return found

    def _match(self, a, elements, k, i, limit) -> int:
        """The furthest end of elements[k:] matched from token i, or -1."""
        while i < limit and a.space[i]:
            i += 1
        if k == len(elements):
            return i
        kind, value = elements[k]
        if kind == LIT:
            if i < limit and a.norms[i] == value:
                return self._match(a, elements, k + 1, i + 1, limit)
            if k and i + 1 < limit and a.norms[i] in self.seps and a.norms[i + 1] == value:
                return self._match(a, elements, k + 1, i + 2, limit)
            return -1
        if kind == GAP:
            best = -1
            for n in range(min(value, limit - i), -1, -1):
                best = max(best, self._match(a, elements, k + 1, i + n, limit))
            return best
        return self._slot(a, elements, k, i, limit, value)

    def _slot(self, a, elements, k, i, limit, kind) -> int:
        if kind not in self.labels:  # a slot that takes words
            best, n = -1, 0
            while i + n < limit and n < TEXT_MAX and not a.punct[i + n] and not a.space[i + n]:
                n += 1
                best = max(best, self._match(a, elements, k + 1, i + n, limit))
            return best
        if a.ent_iob is None or i >= limit or a.ent_iob[i] not in (1, 3) or a.ent_type[i] not in self.labels[kind]:
            return -1  # the slot takes an entity's tokens, from its start or from within it ("by {date}")
        j = i + 1
        while j < limit and a.ent_iob[j] == 1:  # 1: inside the entity
            j += 1
        return self._match(a, elements, k + 1, j, limit)


def _longest_per_key(found) -> list:
    kept, taken = [], {}
    for key, s, e in sorted(found, key=lambda m: (-(m[2] - m[1]), m[1], m[0])):
        starts, ends = taken.setdefault(key, ([], []))  # the spans kept so far, in text order
        k = bisect.bisect_right(starts, s)
        if (k and ends[k - 1] > s) or (k < len(starts) and starts[k] < e):
            continue  # overlaps the kept span that starts before it, or the one after
        starts.insert(k, s)
        ends.insert(k, e)
        kept.append((key, s, e))
    return sorted(kept, key=lambda m: (m[1], m[2], m[0]))
