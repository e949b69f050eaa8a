"""How firmly a match is stated: only attempted, supposed, or softened by a hedge
(negation.py says whether it is negated).

  "trying to capture"           attempted: an aim, not a fact
  "the capture of X would"      supposed: a supposition, not a fact
  "Was it sabotage?"            a question: asserts nothing ("asked whether ..." too)
  "reportedly", "is said to"    hedged: a softening word or phrase in the match's
                                clause, before it or just after
The cue words come from checker/data/cues.yaml (cues.py).
"""
from __future__ import annotations

import itertools
from typing import Optional


class Softeners:
    """Attempt, supposition and hedge of each match of one analysed document."""

    def __init__(self, cues, sents, norms, lowers, text):
        self.cues, self.sents, self.norms, self.lowers, self.text = cues, sents, norms, lowers, text
        self._hedges = {}

    def attempted(self, si: int, start: int) -> bool:
        """'trying to capture', 'a bid to seize': an aim, not a fact."""
        lo = max(self.sents[si][0], start - self.cues.firmness["attempt_reach"])
        return any(self.norms[i] in self.cues.attempts for i in range(lo, start)
                   if self.cues.to in self.norms[i + 1:start] or i + 1 == start)

    def supposed(self, si: int, start: int, end: int) -> bool:
        """'The capture of Chasiv Yar would give ...': a value said as a noun after a determiner
        ('the capture of', 'Russia's capture of', 'a fourth round of'), whose clause goes on,
        past its 'of' and object, with 'would', 'could', 'might': a supposition."""
        (s0, s1), of = self.sents[si], self.cues.of
        if start == s0 or self.norms[start - 1] not in self.cues.determiners:
            return False
        if self.norms[end - 1] != of and (end >= s1 or self.norms[end] != of):
            return False
        after_of = end if self.norms[end - 1] == of else end + 1  # the match may end with its 'of'
        for i in range(after_of, min(s1, end + self.cues.firmness["supposition_reach"])):
            if self.norms[i] in self.cues.clause_breaks:
                return False
            if self.lowers[i] in self.cues.suppositions:
                return True
        return False

    def hedge(self, si: int, start: int, end: int, speaker_at: Optional[int] = None, gaps=()) -> Optional[str]:
        """The softening word or phrase in a match's clause: before it, just after
        ("Budapest has reportedly been discussed"), or inside it, in a phrase's gap ("the fuel
        may have been contaminated"). `speaker_at`: where the frame of the speaker who says
        the match begins ("Peskov said"), if it comes before it; a word like "possible"
        before that frame is about something else."""
        cues, breaks = self._hedges_of(si)
        s0 = max([b + 1 for b in breaks if b < start], default=self.sents[si][0])
        reach = range(end, min(self.sents[si][1], end + self.cues.firmness["hedge_after"]))
        after = set(itertools.takewhile(lambda i: self.norms[i] not in self.cues.clause_breaks, reach))
        s1 = self.sents[si][1]
        for i, words, n in cues:
            if speaker_at is not None and i < speaker_at and self.lowers[i] in self.cues.clause_hedges:
                continue
            if s0 <= i < start or i in after or i in gaps or self._closes(i, n, end, s1, breaks):
                return words
        return None

    def _closes(self, i: int, n: int, end: int, s1: int, breaks) -> bool:
        """'..., it is learnt.', '..., reportedly.': a softener after a comma that ends the
        sentence (only punctuation after it) softens what the sentence said before it, back
        to the last hedge break."""
        if i < end or self.norms[i - 1] != self.cues.comma or any(end <= b < i for b in breaks):
            return False
        return i + n >= s1 or not any(ch.isalnum() for ch in self.text(i + n, s1))

    def question(self, si: int, start: int) -> bool:
        """'Is there any sign that the crash was an attack?', 'Asked whether Putin had ruled out
        a meeting, Peskov ...': a question asserts nothing, direct or reported."""
        if self.text(*self.sents[si]).rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
            return True
        s0 = self.sents[si][0]
        for i in range(start - 1, s0 - 1, -1):
            if self.norms[i] in self.cues.clause_breaks and self.norms[i] not in self.cues.question_words:
                return False
            if self.norms[i] in self.cues.question_words and i > s0 and self.norms[i - 1] in self.cues.asking:
                return True
        return False

    def _inability(self, i: int, s1: int) -> bool:
        """'could not gain altitude': a past inability, a negated fact, not a softener."""
        return self.lowers[i] in self.cues.ability_modals and i + 1 < s1 and self.lowers[i + 1] in self.cues.negators

    def _hedges_of(self, si: int):
        """([(token, words, length)] of the softeners of a sentence, [tokens] of its hedge breaks), once."""
        if si not in self._hedges:
            s0, s1 = self.sents[si]
            cues, breaks = [], []
            for i in range(s0, s1):
                if self.norms[i] in self.cues.hedge_breaks:
                    breaks.append(i)
                if self.lowers[i] in self.cues.hedges and not (self.lowers[i] == self.cues.may and
                                                                self.text(i, i + 1) == "May") \
                        and not self._inability(i, s1):
                    cues.append((i, self.text(i, i + 1), 1))
                    continue
                for p in self.cues.hedge_starts.get(self.norms[i], ()):
                    if tuple(self.norms[i:i + len(p)]) == p:
                        cues.append((i, self.text(i, i + len(p)), len(p)))
                        break
            self._hedges[si] = (cues, breaks)
        return self._hedges[si]
