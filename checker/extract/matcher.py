"""A phrase matcher over canonical word forms, indexed by first word.

spaCy's Matcher tries every pattern at every token, which makes hundreds of
phrases with optional parts cost far more than tokenizing. Rule phrases need
less: a word sequence with `...` gaps, {date}/{number}/{text} slots, and an
optional hyphen or quotation mark between words. This matcher works on the
Doc's NORM hashes as lists: one pass finds the tokens that start some phrase,
and only those are followed up in Python, each with just the phrases whose
second word comes next. Whitespace tokens are passed over; a match never leaves
its sentence. Gaps, modifiers and word slots are followed with each (element,
token) tried once (memoized): the work grows with the words a phrase may span,
never with the ways its gaps could be filled. For each phrase the longest
matches that do not overlap are kept,
as spaCy's greedy="LONGEST" would; but a `...` gap right before a closing slot
("death toll ... {number}") takes the nearest value, not the furthest. Between a
number (a number word, an ordinal, a {number} slot) and the content word after it,
up to two modifiers may stand ("four regions" matches "four eastern regions",
"{number} submarine" "two nuclear-powered submarines"). `slot_span` tells where a
match's slot stood, so that only that value is read.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np

from spacy.lang.en.stop_words import STOP_WORDS

from ..values import SLOTS, numerals

LIT, GAP, SLOT, MOD, EXACT = 0, 1, 2, 3, 4  # EXACT: a word in this form only ("=taken", not "taking")
MODIFIERS = 2  # words that may stand between a number and its noun ("four eastern regions")
NUMBER_WORDS = frozenset(numerals.UNITS) | frozenset(numerals.TENS) | frozenset(numerals.ORDINALS)
SLOT_LABELS = {slot[1:-1]: t.entities for slot, t in SLOTS.items() if t.entities}  # "date": ("DATE",)
TEXT_MAX = 8  # words a slot that takes words ({text}) may take


class PhraseMatcher:
    def __init__(self, vocab, separators=("-", '"', "'")):
        self.vocab = vocab
        self.seps = frozenset(vocab.strings.add(s) for s in separators)
        self.by_head = {}  # norm hash -> [(key, elements)]
        self.by_slot = {}  # slot kind -> [(key, elements)]
        self.elements = {}  # key -> elements, for slot_span
        self._plans = None
        self.hyphen = vocab.strings.add("-")
        self.all_heads = None  # every group's heads, a set: set by the owner (see Compiled)
        self.labels = {k: frozenset(vocab.strings.add(x) for x in v) for k, v in SLOT_LABELS.items()}

    def add(self, key, elements) -> None:
        """elements: [(LIT, word) | (EXACT, (word, form)) | (GAP, n) | (SLOT, kind)]; separators
        between words are optional."""
        add = self.vocab.strings.add
        kept = [(k, v) for k, v in elements if not (k == LIT and add(v) in self.seps)]
        compiled = []
        for n, (k, v) in enumerate(kept):
            compiled.append((k, add(v) if k == LIT else (add(v[0]), add(v[1])) if k == EXACT else v))
            if _counts(k, v) and n + 1 < len(kept) and kept[n + 1][0] == LIT and kept[n + 1][1] not in STOP_WORDS:
                compiled.append((MOD, MODIFIERS))
        compiled = tuple(compiled)
        if not compiled:
            return
        self.elements[key] = compiled
        kind, value = compiled[0]
        target = self.by_head if kind in (LIT, EXACT) else self.by_slot
        target.setdefault(value[0] if kind == EXACT else value, []).append((key, compiled))
        self._plans = None

    def plans(self) -> dict:
        """head -> (keys of one-word phrases, {second word: phrases}, other phrases): at a
        head, only the phrases whose next word is there are followed up."""
        if self._plans is None:
            self._plans = {}
            for head, phrases in self.by_head.items():
                singles, by_second, rest = [], {}, []
                for key, elements in phrases:
                    if elements[0][0] == EXACT:  # the head's form is checked too
                        rest.append((key, elements, 0))
                    elif len(elements) == 1:
                        singles.append(key)
                    elif elements[1][0] == LIT:
                        by_second.setdefault(elements[1][1], []).append((key, elements, 1))
                    else:
                        rest.append((key, elements, 1))
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
                for key, elements, k in phrases:
                    end = match(arrays, elements, k, i + k, limit)
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

    def _match(self, a, elements, k, i, limit, memo=None) -> int:
        """The furthest end of elements[k:] matched from token i, or -1. `memo`: (k, i) -> end,
        shared by the ways one start's gaps, modifiers and word slots branch."""
        while i < limit and a.space[i]:
            i += 1
        if k == len(elements):
            return i
        kind, value = elements[k]
        if kind == LIT or kind == EXACT:
            if i < limit and _is(a, i, kind, value):
                return self._match(a, elements, k + 1, i + 1, limit, memo)
            if k and i + 1 < limit and a.norms[i] in self.seps and _is(a, i + 1, kind, value):
                return self._match(a, elements, k + 1, i + 2, limit, memo)
            return -1
        memo = {} if memo is None else memo
        if kind == GAP:
            best = -1
            nearest = k + 2 == len(elements) and elements[k + 1][0] == SLOT  # "death toll ... {number}"
            for n in (range(0, min(value, limit - i) + 1) if nearest else range(min(value, limit - i), -1, -1)):
                best = max(best, self._once(a, elements, k + 1, i + n, limit, memo))
                if nearest and best > 0:
                    return best
            return best
        if kind == MOD:
            return max(self._once(a, elements, k + 1, j, limit, memo) for j in self._modifiers(a, i, limit, value))
        return self._slot(a, elements, k, i, limit, value, memo)

    def _once(self, a, elements, k, i, limit, memo) -> int:
        if (k, i) not in memo:
            memo[(k, i)] = self._match(a, elements, k, i, limit, memo)
        return memo[(k, i)]

    def _modifiers(self, a, i, limit, most) -> list:
        """Where the next element may start after up to `most` modifier words from token i
        ("eastern", "nuclear-powered"): [i, after one, after two]."""
        ends, words = [i], 0
        while words < most and i < limit and a.modifier is not None and a.modifier[i] == 2:
            i += 1
            while i + 1 < limit and a.norms[i] == self.hyphen and a.modifier[i + 1]:  # "face-to-face"
                i += 2
            words += 1
            j = i
            while j < limit and a.space[j]:
                j += 1
            ends.append(j)
            i = j
        return ends

    def slot_span(self, a, key, start, end):
        """(first, last + 1) tokens of the slot in a match of phrase `key` over [start, end), or None."""
        elements = self.elements.get(key)
        found = self._path(a, elements, 0, start, end) if elements else None
        return found[0] if found else None

    def _path(self, a, elements, k, i, end, memo=None):
        """The slot spans of a way elements[k:] match tokens [i, end) exactly, as _match reads them
        (gaps before a closing slot shortest first, others longest first), or None. Each (k, i)
        is followed once (memo)."""
        memo = {} if memo is None else memo
        if (k, i) not in memo:
            memo[(k, i)] = self._path_from(a, elements, k, i, end, memo)
        return memo[(k, i)]

    def _path_from(self, a, elements, k, i, end, memo):
        while i < end and a.space[i]:
            i += 1
        if k == len(elements):
            return () if i == end else None
        kind, value = elements[k]
        if kind == LIT or kind == EXACT:
            if i < end and _is(a, i, kind, value):
                return self._path(a, elements, k + 1, i + 1, end, memo)
            if k and i + 1 < end and a.norms[i] in self.seps and _is(a, i + 1, kind, value):
                return self._path(a, elements, k + 1, i + 2, end, memo)
            return None
        if kind in (GAP, MOD):
            if kind == MOD:
                starts = self._modifiers(a, i, end, value)
            elif k + 2 == len(elements) and elements[k + 1][0] == SLOT:
                starts = range(i, min(i + value, end) + 1)
            else:
                starts = range(min(i + value, end), i - 1, -1)
            for j in starts:
                found = self._path(a, elements, k + 1, j, end, memo)
                if found is not None:
                    return found
            return None
        ends = []
        if value not in self.labels:  # a slot that takes words
            n = 0
            while i + n < end and n < TEXT_MAX and not a.punct[i + n] and not a.space[i + n]:
                n += 1
                ends.append(i + n)
        elif a.ent_iob is not None and i < end and a.ent_iob[i] in (1, 3) and a.ent_type[i] in self.labels[value]:
            j = i + 1
            while j < end and a.ent_iob[j] == 1:
                j += 1
            ends.append(j)
        for j in reversed(ends):
            found = self._path(a, elements, k + 1, j, end, memo)
            if found is not None:
                return ((i, j),) + found
        return None

    def _slot(self, a, elements, k, i, limit, kind, memo) -> int:
        if kind not in self.labels:  # a slot that takes words
            best, n = -1, 0
            while i + n < limit and n < TEXT_MAX and not a.punct[i + n] and not a.space[i + n]:
                n += 1
                best = max(best, self._once(a, elements, k + 1, i + n, limit, memo))
            return best
        if a.ent_iob is None or i >= limit or a.ent_iob[i] not in (1, 3) or a.ent_type[i] not in self.labels[kind]:
            return -1  # the slot takes an entity's tokens, from its start or from within it ("by {date}")
        j = i + 1
        while j < limit and a.ent_iob[j] == 1:  # 1: inside the entity
            j += 1
        return self._match(a, elements, k + 1, j, limit, memo)


def _is(a, i, kind, value) -> bool:
    """Is token i the word (LIT: its canonical form; EXACT: that form as written)?"""
    return a.norms[i] == value if kind == LIT else (a.norms[i] == value[0] and a.lowers[i] == value[1])


def _counts(kind, value) -> bool:
    """Does this element say a number, so that modifiers may follow it ("four eastern regions")?"""
    return (kind == LIT and value in NUMBER_WORDS) or (kind == SLOT and value == "number")


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
