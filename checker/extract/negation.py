"""Is a match affirmed, negated, or left open? Negators, denials before it, and denials after it.

  "did not capture", "has not yet been taken"   negated: a negator a few words before the
                                                 match, with only auxiliaries and light
                                                 adverbs between (cues.yaml negation_passes)
  "failed to take"                               a negating verb, before an infinitive only
  "no evidence of sabotage", "denied that ..."   a denial frame before it, in its clause
  "sabotage has been ruled out"                  a denial after it, in its clause
  "never ruled out sabotage"                     a denial that is negated: open, neither
                                                 affirmed nor denied
"""
from __future__ import annotations

AFFIRMED, NEGATED, OPEN = "affirmed", "negated", "open"


class Negation:
    """The negation state of each match of one analysed document."""

    def __init__(self, cues, sents, norms, lowers):
        self.cues, self.sents, self.norms, self.lowers = cues, sents, norms, lowers
        self._frames = {}

    def state(self, si: int, start: int, end: int, frames: bool = True, gaps=()) -> str:
        """AFFIRMED, NEGATED or OPEN for a match at tokens [start, end) of sentence si.
        frames=False: only the match's own negators count, not a denial around it (the
        claim of a party whose claim another denies: "Kyiv denied Moscow's claim that ...").
        gaps: the tokens of the match that fell in a phrase's `...` ("Maersk said it was not
        the operator" for "Maersk ... operator"): a negator there negates what follows it."""
        local = self.negated_here(si, start) or self._negated_in_gap(gaps)
        if not frames:
            return NEGATED if local else AFFIRMED
        denial = self._denied_before(si, start) or self._denied_after(si, end) or self._unsaid(si, start)
        if denial == OPEN:
            return OPEN
        return NEGATED if local or denial == NEGATED else AFFIRMED

    def negated_here(self, si: int, start: int) -> bool:
        """A negator before the match, with only light words between (within the lookback)."""
        return self._negator_before(si, start, self.cues.lookback) is not None

    def _negator_before(self, si: int, start: int, reach: int):
        cues, norms = self.cues, self.norms
        lo = max(self.sents[si][0], start - reach)
        for i in range(start - 1, lo - 1, -1):
            if norms[i] in cues.clause_breaks:
                return None
            if self.lowers[i] in cues.negators and self._negates(i, start):
                return i
            if norms[i] not in cues.negation_passes and self.lowers[i] not in cues.negators:
                return None  # a word of its own takes any negation before it
        return None

    def _negated_in_gap(self, gaps) -> bool:
        """A negator in a gap, with only light words after it up to the phrase's next own word."""
        inside = set(gaps)
        for i in gaps:
            if self.lowers[i] in self.cues.negators and self._negates(i, i + 2):
                k = i + 1
                while k in inside and self.norms[k] in self.cues.negation_passes:
                    k += 1
                if k not in inside:
                    return True
        return False

    def _negates(self, i: int, start: int) -> bool:
        if i + 1 < len(self.norms) and self.norms[i + 1] in self.cues.negation_exceptions:
            return False
        if self.lowers[i] in self.cues.negator_verbs:  # "failed to take"; not "a failed former president"
            return i + 1 < start and self.norms[i + 1] == self.cues.to
        return True

    def _denied_before(self, si: int, start: int):
        """NEGATED or OPEN when a denial frame before the match, in its clause, reaches it."""
        for f_start, f_end in reversed(self._frames_of(si)):
            if f_end > start:
                continue
            between = range(f_end, start)
            if any(self.norms[i] in self.cues.clause_breaks for i in between) or self._and_then(between):
                return None
            scoped = f_end < start and self.norms[f_end] in self.cues.denial_scopes
            if not scoped and start - f_end > self.cues.denial_reach:
                return None
            return OPEN if self._negator_before(si, f_start, 3) is not None else NEGATED
        return None

    def _unsaid(self, si: int, start: int):
        """OPEN when the value stands in the that-clause of a negated reporting verb ("the FBI has
        not suggested that the collapse was an act of terrorism"): neither said nor denied."""
        cues, norms, s0 = self.cues, self.norms, self.sents[si][0]
        for i in range(start - 1, s0, -1):
            if norms[i] in cues.clause_breaks:
                return None
            if norms[i] == cues.that and norms[i - 1] in cues.reporting and \
                    self._negator_before(si, i - 1, 3) is not None:
                return OPEN
        return None

    def _and_then(self, tokens) -> bool:
        """'denies that it is avoiding talks and points to three rounds': 'and' then a verb of its
        own (a reporting verb) ends the denied clause."""
        norms, cues = self.norms, self.cues
        return any(norms[i] == cues.and_ and norms[i + 1] in cues.reporting for i in tokens if i + 1 < len(norms))

    def _denied_after(self, si: int, end: int):
        """NEGATED or OPEN when a denial follows the match in its clause ("... has been ruled out")."""
        cues, norms = self.cues, self.norms
        hi = min(self.sents[si][1], end + cues.denial_after_reach)
        for i in range(end, hi):
            if norms[i] in cues.clause_breaks:
                return None
            for phrase, passive in cues.denials_after.get(norms[i], ()):
                if tuple(norms[i:i + len(phrase)]) != phrase:
                    continue
                if passive and not any(norms[k] == cues.be for k in range(max(end, i - 3), i)):
                    continue
                return OPEN if (not passive and self._negator_before(si, i, 3) is not None) else NEGATED
        return None

    def _phrase_end(self, phrase, i: int, s1: int) -> int:
        """Where a denial frame that starts at i ends, or 0. "No" may take up to
        `denial_modifiers` words before its noun ("no credible evidence", "no specific or
        credible information")."""
        norms, k = self.norms, i + 1
        if len(phrase) > 1 and self.lowers[i] == self.cues.no:
            limit = min(s1, k + self.cues.denial_modifiers + 1)
            while k < limit and norms[k] != phrase[1] and norms[k] not in self.cues.clause_breaks:
                k += 1
            if k >= limit or norms[k] != phrase[1]:
                return 0
            return k + 1 if tuple(norms[k:k + len(phrase) - 1]) == phrase[1:] and k + len(phrase) - 1 <= s1 else 0
        return i + len(phrase) if tuple(norms[i:i + len(phrase)]) == phrase and i + len(phrase) <= s1 else 0

    def _frames_of(self, si: int) -> list:
        """(start, end) of the denial frames of a sentence, once."""
        if si not in self._frames:
            s0, s1 = self.sents[si]
            found = []
            for i in range(s0, s1):
                for phrase in self.cues.denial_starts.get(self.norms[i], ()):
                    end = self._phrase_end(phrase, i, s1)
                    if end:
                        found.append((i, end))
                        break
            self._frames[si] = found
        return self._frames[si]
