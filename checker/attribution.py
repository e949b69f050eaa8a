"""Who says it, and how: holder, speaker, dispute, hedging and negation of a match.

Frames are read from cue words (checker/data/cues.yaml) around the holder
names that the matcher found (checker/data/holders.yaml):
  "according to X ..."            X holds the sentence
  "X (has also) said ..."         X holds what follows, "... , X said" what precedes
  "X's statement that ..."        X holds the clause after it
  "X contests claims that Y ..."  Y's claim, disputed by X
  "He added ..."                  the previous speaker again
A quotation takes the frame beside its opening or closing mark; a sentence
without a frame that opens with "However", "This", "He" ... continues the
previous sentence's frame in the same paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .settings import data_file, defaults

QUOTE_OPEN = {'"', "\u201c"}
QUOTE_CLOSE = {'"', "\u201d"}
PRONOUNS = ("he", "she", "they")


@dataclass(frozen=True)
class Frame:
    pos: int  # token index the frame is anchored at
    party: Optional[str]
    speaker: str
    dispute: bool = False
    claim_start: int = 0  # disputes: where the disputed claim begins


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    attempted: bool = False
    hedge: Optional[str] = None
    holder: Optional[str] = None
    speaker: Optional[str] = None
    disputed_by: Optional[str] = None


class Cues:
    """The cue lists, in canonical form."""

    def __init__(self, canon):
        raw = data_file("cues.yaml")
        norm = lambda words: frozenset(canon.base(str(w)) for w in words)  # noqa: E731
        lower = lambda words: frozenset(str(w).lower() for w in words)  # noqa: E731
        # negators and hedges are read as written: lemmas would turn "could" into "can"
        self.negators = lower(raw["negators"]) | {"n't"}
        self.negation_exceptions = norm(raw["negation_exceptions"])
        self.clause_breaks = norm(raw["clause_breaks"])
        self.hedges = lower(raw["hedges"])
        self.hedge_breaks = norm(raw["hedge_breaks"])
        self.hedge_phrases = tuple(tuple(canon.base(w) for w in p.split()) for p in raw["hedge_phrases"])
        self.reporting = norm(raw["reporting_verbs"])
        self.fillers = norm(raw["frame_fillers"])
        self.claim_nouns = norm(raw["claim_nouns"])
        self.dispute_verbs = norm(raw["dispute_verbs"])
        self.dispute_objects = norm(raw["dispute_objects"])
        self.continuations = norm(raw["continuations"])
        self.attempts = norm(raw["attempts"])
        self.lookback = defaults()["negation_lookback"]
        self.according = [canon.base("according"), "to"]


class Attributor:
    """Flags for each match of one analysed document."""

    def __init__(self, cues: Cues, doc, sents, holder_hits):
        self.cues, self.doc, self.sents = cues, doc, sents
        self.norms = [t.norm_ for t in doc]
        self.lowers = [t.lower_ for t in doc]
        self.names = holder_hits  # (party, start, end), non-overlapping, in text order
        self._frames = {}

    # -- negation and hedging -------------------------------------------------
    def negated(self, si: int, start: int) -> bool:
        lo = max(self.sents[si][0], start - self.cues.lookback)
        for i in range(start - 1, lo - 1, -1):
            word = self.norms[i]
            if word in self.cues.clause_breaks:
                return False
            if self.lowers[i] in self.cues.negators and self.norms[i + 1] not in self.cues.negation_exceptions:
                return True
        return False

    def attempted(self, si: int, start: int) -> bool:
        """'trying to capture', 'a bid to seize': an aim, not a fact."""
        lo = max(self.sents[si][0], start - 3)
        return any(self.norms[i] in self.cues.attempts for i in range(lo, start)
                   if "to" in self.norms[i + 1:start] or self.norms[i + 1:start] == [])

    def hedge(self, si: int, start: int) -> Optional[str]:
        """The softening word or phrase before a match in its sentence, if any."""
        s0 = self.sents[si][0]
        for i in range(start - 1, s0 - 1, -1):
            if self.norms[i] in self.cues.hedge_breaks:
                s0 = i + 1
                break
        for i in range(s0, start):
            token = self.doc[i]
            if self.lowers[i] in self.cues.hedges and not (token.text == "May" or token.ent_type_):
                return token.text
            for p in self.cues.hedge_phrases:
                if tuple(self.norms[i:i + len(p)]) == p:
                    return self.doc[i:i + len(p)].text
        return None

    # -- holders --------------------------------------------------------------
    def flags(self, si: int, start: int, end: int) -> Flags:
        holder, speaker, disputed_by = self.holder(si, start)
        return Flags(self.negated(si, start), self.attempted(si, start), self.hedge(si, start),
                     holder, speaker, disputed_by)

    def holder(self, si: int, token: int):
        """(party, speaker, disputed_by) for a match at token in sentence si."""
        frames = self.frames(si)
        if frames:
            before = [f for f in frames if f.pos < token]
            frame = before[-1] if before else frames[0]
            if frame.dispute:
                claimant = self._name_between(frame.claim_start, token)
                return (claimant[0], claimant[1], frame.party) if claimant else (None, None, frame.party)
            return frame.party, frame.speaker, None
        quoted = self._quote_frame(si, token)
        if quoted:
            return quoted.party, quoted.speaker, None
        return self._carried(si)

    def frames(self, si: int) -> list:
        if si not in self._frames:
            self._frames[si] = self._find_frames(si)
        return self._frames[si]

    def _find_frames(self, si: int) -> list:
        s0, s1 = self.sents[si]
        found, consumed = [], s0
        for party, a, b in self.names:
            if consumed <= a < s1:
                frame = self._name_frame(party, a, b, s0, s1)
                if frame:
                    found.append(frame)
                    consumed = max(consumed, self._name_run(party, a, b, s1)[2])
        for i in range(s0, s1):
            if self.norms[i] in PRONOUNS and self._verb_after(i + 1, s1) is not None:
                party, speaker = self._previous_speaker(i)
                if party:
                    found.append(Frame(i, party, speaker))
        return sorted(found, key=lambda f: f.pos)

    def _name_frame(self, party, a, b, s0, s1) -> Optional[Frame]:
        party, speaker, b = self._name_run(party, a, b, s1)
        if a >= 2 and self.norms[a - 2:a] == self.cues.according:
            return Frame(a - 2, party, speaker)
        verb = self._verb_after(b, s1)
        if verb is not None:
            if self.norms[verb] in self.cues.dispute_verbs:
                claim_start = self._dispute_object(verb + 1, s1)
                if claim_start is not None:
                    return Frame(a, party, speaker, dispute=True, claim_start=claim_start)
            return Frame(a, party, speaker)
        if a > s0 and self.norms[a - 1] in self.cues.reporting and (a - 1 == s0 or self.norms[a - 2] in (",", '"')):
            return Frame(a - 1, party, speaker)  # '..., said Peskov'
        if b < s1 and self.norms[b] == "'s":
            for i in range(b + 1, min(b + 4, s1)):
                if self.norms[i] in self.cues.claim_nouns:
                    return Frame(a, party, speaker)
        return None

    def _name_run(self, party, a, b, s1):
        """'Kremlin spokesman Dmitry Peskov' is one speaker: Peskov, of the Kremlin."""
        speaker = self.doc[a:b].text
        for other, s, e in self.names:
            if s < b:
                continue
            if s >= s1 or any(self.norms[i] not in self.cues.fillers for i in range(b, s)) or s - b > 3:
                break
            party, speaker, b = other, self.doc[s:e].text, e
        return party, speaker, b

    def _verb_after(self, i: int, s1: int) -> Optional[int]:
        while i < s1 and self.norms[i] in self.cues.fillers:
            i += 1
        if i < s1 and self.norms[i] in self.cues.reporting | self.cues.dispute_verbs:
            return i
        return None

    def _dispute_object(self, i: int, s1: int) -> Optional[int]:
        for j in range(i, min(i + 3, s1)):
            if self.norms[j] in self.cues.dispute_objects:
                return j + 1
            if self.norms[j] == "that":
                return j + 1
        return None

    def _name_between(self, a: int, b: int):
        for party, s, e in self.names:
            if a <= s < b:
                return party, self.doc[s:e].text
        return None

    def _quote_frame(self, si: int, token: int) -> Optional[Frame]:
        """The frame beside the quotation that holds the token, if any."""
        opening = closing = None
        for i in range(token - 1, max(-1, token - 400), -1):
            if self.doc[i].text in QUOTE_OPEN:
                opening = i
                break
            if self.doc[i].text in QUOTE_CLOSE - QUOTE_OPEN:
                return None
        if opening is None:
            return None
        for i in range(token, min(len(self.doc), token + 400)):
            if self.doc[i].text in QUOTE_CLOSE and i != opening:
                closing = i
                break
        for edge in (opening, closing):
            if edge is None:
                continue
            sj = self._sentence_of(edge)
            near = [f for f in self.frames(sj) if not f.dispute and abs(f.pos - edge) <= 12] if sj is not None else []
            if near:
                return min(near, key=lambda f: abs(f.pos - edge))
        return None

    def _carried(self, si: int):
        """The previous sentence's holder, when this one continues it."""
        if si == 0 or not self._same_paragraph(si - 1, si):
            return None, None, None
        first = self.norms[self.sents[si][0]]
        if first not in self.cues.continuations:
            return None, None, None
        frames = self.frames(si - 1)
        if frames and not frames[-1].dispute:
            return frames[-1].party, frames[-1].speaker, None
        return None, None, None

    def _previous_speaker(self, token: int):
        """The last party named before a pronoun, within the three sentences before it."""
        floor = self.sents[max(0, self._sentence_of(token) - 3)][0]
        named = [(party, s, e) for party, s, e in self.names if floor <= s < token]
        if not named:
            return None, None
        party, s, e = named[-1]
        return party, self.doc[s:e].text

    def _same_paragraph(self, a: int, b: int) -> bool:
        gap = self.doc[self.sents[a][1]:self.sents[b][0]].text
        return "\n" not in gap

    def _sentence_of(self, token: int) -> Optional[int]:
        for si, (s0, s1) in enumerate(self.sents):
            if s0 <= token < s1:
                return si
        return None
