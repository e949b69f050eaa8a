"""The frame a holder name opens: "X said", "according to (the) X", "..., said X", "X's
statement that", "X denied/rejected (Y's claim) that", "... was denied by X". A mixin of
attribution.Attributor."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .frames import Frame


class NameFrames:
    def _name_frame(self, party, a, b, s0, s1) -> Optional[Frame]:
        """The frame the name at [a, b) opens; in a time clause ("after Moscow said ...", "since
        Putin set them out"), one that reaches only to the end of that clause."""
        frame = self._frame_of_name(party, a, b, s0, s1)
        before = range(max(s0, a - self.cues.reach["subordinator_reach"]), a)
        if frame is None or not any(self.norms[i] in self.cues.time_clauses for i in before):
            return frame
        end = next((i for i in range(b, s1) if self.norms[i] in self.cues.clause_ends), s1)
        return replace(frame, until=end)

    def _frame_of_name(self, party, a, b, s0, s1) -> Optional[Frame]:
        party, speaker, b = self._name_run(party, a, b, s1)
        source = self._source_frame(a, s0)
        if source is not None:  # "according to (the) X", "as per X"
            return Frame(source, party, speaker, speaks=True)
        if any(self.norms[i] in self.cues.conditions for i in range(max(s0, a - self.cues.reach["subordinator_reach"]), a)):
            return None  # "tariffs unless the Kremlin agrees to a ceasefire": a condition's subject
        verb = self._verb_after(self._head_words(a, b, s0, s1), s1)
        if verb is not None:
            if self.norms[verb] in self.cues.dispute_verbs and \
                    not any(self.lowers[i] in self.cues.negators for i in range(b, verb)):  # not "never denied"
                claim_start = self._dispute_object(verb + 1, s1)
                denies = self.norms[verb] in self.cues.denial_verbs
                if claim_start is not None:
                    return Frame(a, party, speaker, dispute=True, claim_start=claim_start, object_start=verb + 1,
                                 denies=denies)
                if self._nothing_claimed(verb + 1, s1):
                    return Frame(a, party, speaker, dispute=True, claim_start=None, denies=denies)
            return Frame(a, self._anonymous(party, a, verb), speaker,
                         speaks=self.norms[verb] not in self.cues.dispute_verbs, opens=self._opens(verb + 1, s1))
        if a >= 2 and self.norms[a - 1] == self.cues.by:
            particle = a >= 3 and self.norms[a - 2] in self.cues.particles  # "set out by Putin"
            said = a - 3 if particle else a - 2
            if self.norms[said] in self.cues.reporting | self.cues.dispute_verbs | self.cues.claim_nouns or \
                    (particle and self.lowers[said] in self.cues.particle_verbs):
                # '... was denied by Kyiv', '... reported by X', 'the claim by X that ...'
                return Frame(said, party, speaker, speaks=True, opens=self._opens(b, s1))
        verb = self._verb_before(a, s0)
        if verb is not None and (verb == s0 or self.norms[verb - 1] in self.cues.comma_or_quote) \
                and not self.text(verb, verb + 1).lower().endswith("ing"):  # ', saying Russia ...' is not ', said Russia'
            return Frame(verb, party, speaker)  # '..., said Peskov', '..., said one senior official in Kyiv'
        if b < s1 and self.norms[b] == self.cues.possessive:
            for i in range(b + 1, min(b + 1 + self.cues.reach["possessive_reach"], s1)):
                if self.norms[i] in self.cues.claim_nouns:
                    return Frame(a, party, speaker, possessive=True)
        return None

    def _unnamed(self, frames: list, s0: int, s1: int) -> list:
        """The one speaker of a sentence that says someone spoke unnamed, in the speaker's own
        clause ("..., said an official who asked not to be named", "An official said ...,
        speaking on condition of anonymity"), is an unnamed source; with two speakers, or past
        a 'but' or 'while', nobody is."""
        anonymous = self._anonymous_party()
        speaking = [f for f in frames if not f.possessive and not f.dispute]
        if anonymous is None or len(speaking) != 1 or speaking[0].party == anonymous:
            return frames
        at = self._anonymity_at(s0, s1)
        breaks = self.cues.hedge_breaks | self.cues.time_clauses
        if at is None or any(self.norms[i] in breaks for i in range(*sorted((speaking[0].pos, at)))):
            return frames
        return [replace(f, party=anonymous) if f is speaking[0] else f for f in frames]

    def _anonymous(self, party, a: int, verb: int):
        """'A U.S. official, speaking on condition of anonymity, said': unnamed sources speak
        (cues `anonymity`), when the holder table has a party for them."""
        anonymous = self._anonymous_party()
        return anonymous if anonymous is not None and self._anonymity_at(a, verb) is not None else party

    def _anonymous_party(self):
        """The holder table's party for unnamed sources (cues `anonymous_parties`), or None."""
        return next((p for p in self.cues.anonymous_parties if p in self.parties), None)

    def _anonymity_at(self, lo: int, hi: int):
        """Where the first phrase saying a speaker is unnamed (cues `anonymity`) in [lo, hi)
        begins, or None."""
        return next((i for i in range(lo, hi) if self._anonymity_len(i, hi)), None)

    def _anonymity_len(self, i: int, hi: int) -> int:
        """The length of the phrase saying a speaker is unnamed that starts at i and ends by hi, or 0."""
        return next((len(p) for p in self.cues.anonymity if i + len(p) <= hi and tuple(self.norms[i:i + len(p)]) == p),
                    0)

    def _head_words(self, a: int, b: int, s0: int, s1: int) -> int:
        """Where the words after a name that the name only describes end: "the DeepState
        monitoring project said", "the Kremlin press service said" (after "the", up to
        `head_words` lower-case words before a reporting verb), or the object of a name that
        ends in a preposition ("people familiar with the planning said"); else b."""
        described = a > s0 and self.norms[a - 1] == self.cues.the
        taking = self.norms[b - 1] in self.cues.name_prepositions
        if not (described or taking) or self._verb_after(b, s1) is not None:
            return b
        for i in range(b, min(s1, b + self.cues.reach["head_words"] + 2 * taking)):
            word = self.text(i, i + 1)
            taken = taking and (self.norms[i] in self.cues.name_determiners or word[:1].isupper())
            if not taken and (not (word.isalpha() and word.islower()) or
                              self.norms[i] in self.cues.not_names | self.cues.clause_breaks):
                return b  # ("sources close to the Kremlin said": what a name takes may be a name)
            if self._verb_after(i + 1, s1) is not None:
                return i + 1
        return b

    def _verb_before(self, a: int, s0: int) -> Optional[int]:
        """The reporting verb just before a name, past up to `speaker_words` words that describe
        the speaker ("said one senior official in Kyiv"), or None."""
        for i in range(a - 1, max(s0, a - 1 - self.cues.reach["speaker_words"]) - 1, -1):
            if self.norms[i] in self.cues.reporting:
                return i
            if self.punct[i] or self.norms[i] in self.cues.dispute_verbs:
                return None
        return None

    def _opens(self, i: int, s1: int) -> bool:
        """Does a frame's verb go on with what is said ("said that ...", "the claim by X that ...",
        "said:")? Such a frame holds what follows it, not what came before."""
        while i < s1 and (self.norms[i] in self.cues.fillers or self.arrays.space[i]):
            i += 1
        return i < s1 and self.norms[i] in (self.cues.that, self.cues.colon)

    def _source_frame(self, a: int, s0: int) -> Optional[int]:
        """Where "according to", "as per" ... begins before a name at a (past a determiner), or None."""
        i = a
        while i > s0 and self.norms[i - 1] in self.cues.name_determiners:
            i -= 1
        for phrase in self.cues.source_frames:
            if i - len(phrase) >= s0 and tuple(self.norms[i - len(phrase):i]) == phrase:
                return i - len(phrase)
        return None

    def _name_run(self, party, a, b, s1):
        """'Kremlin spokesman Dmitry Peskov' is one speaker: Peskov, of the Kremlin (the first name's party)."""
        speaker = self.text(a, b)
        for _, s, e in self.names_by_sentence.get(self.sent_of[a], ()):  # the party is the first name's
            if s < b:
                continue
            if s >= s1 or any(self.norms[i] not in self.cues.fillers for i in range(b, s)) or s - b > self.cues.reach["name_run_gap"]:
                break
            speaker, b = self.text(s, e), e
        return party, speaker, b

    def _verb_after(self, i: int, s1: int) -> Optional[int]:
        """The reporting verb after a name, past fillers and a ', which ... ,' aside."""
        aside = False
        while i < s1 and (self.norms[i] in self.cues.fillers or self._aside(i, s1) or self._unnamed_clause(i, s1)):
            if aside and self.norms[i] in self.cues.frame_nouns:
                return None  # "X, Y or Z, officials said": someone else speaks
            skip = self._aside(i, s1) or self._unnamed_clause(i, s1)
            aside = aside or bool(skip)
            i = skip or i + 1
        if i < s1 and self.norms[i] in self.cues.reporting | self.cues.dispute_verbs:
            if aside and self.text(i, i + 1).lower().endswith("ing"):
                return None  # "with Zelensky, calling him ...": a participle, not the name's verb
            if self.norms[i - 1] == self.cues.possessive:
                return None  # "after Medvedev's posts": a noun after a possessive, not a verb
            return i
        return None

    def _unnamed_clause(self, i: int, s1: int) -> int:
        """The token after 'who asked not to be named' (a relative clause saying the speaker is
        unnamed, cues `anonymity`), before the speaker's verb, or 0."""
        if self.norms[i] not in self.cues.relatives:
            return 0
        for j in range(i + 1, min(s1, i + self.cues.reach["aside_reach"])):
            if self._anonymity_len(j, s1):
                return j + self._anonymity_len(j, s1)
            if self.norms[j] in self.cues.clause_breaks:
                return 0
        return 0

    def _aside(self, i: int, s1: int) -> int:
        """The token after an aside set off by commas (', the Kremlin spokesman,',
        ', speaking to reporters on Friday,') starting at i, or 0."""
        if self.norms[i] != self.cues.comma or (i + 1 < s1 and self.norms[i + 1] in self.cues.coordinators):
            return 0  # ", but ruled out ..." goes on with the main clause; it is no aside
        for j in range(i + 2, min(s1, i + self.cues.reach["aside_reach"])):
            if self.norms[j] == self.cues.comma:
                return j + 1
        return 0

    def _dispute_object(self, i: int, s1: int) -> Optional[int]:
        """Where the disputed claim starts ('denies claims that ...', 'rejected the Russian
        defence ministry's claim that ...'), if it follows, before any punctuation."""
        for j in range(i, min(i + self.cues.reach["dispute_object_reach"], s1)):
            if self.norms[j] == self.cues.that or (self.norms[j] in self.cues.dispute_objects and
                                          not self._nothing_claimed(j + 1, s1)):
                return j + 1
            if self.punct[j] and self.norms[j] != self.cues.possessive:
                return None
        return None

    def _nothing_claimed(self, i: int, s1: int) -> bool:
        """'rejected the claim.', 'disputes it', 'denied this', '..., a claim Kyiv rejects, and ...':
        the object points back (up to the end of the clause)."""
        end = next((j for j in range(i, s1) if self.norms[j] in self.cues.clause_breaks), s1)
        rest = [w for w, punct in zip(self.norms[i:end], self.punct[i:end]) if not punct]
        most = self.cues.reach["pointing_back_words"]
        return all(w in self.cues.dispute_objects or w in self.cues.anaphors for w in rest[:most]) and len(rest) <= most
