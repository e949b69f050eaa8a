"""Words that stand for a party named before: "He said ...", "..., it said", "Its
conditions ...", "The first requires ..." after "Moscow offers two options", "However, ..."
going on with the previous sentence's speaker. A mixin of attribution.Attributor."""
from __future__ import annotations

from .frames import Frame


class Anaphora:
    def _its_frames(self, s0: int, s1: int) -> list:
        """'Its foreign minister proposed ...', 'Its conditions for a ceasefire ...': the party
        named last before "its"/"their" (within `speaker_sentences`) speaks or holds the claim."""
        for i in range(s0, s1):
            if self.norms[i] not in self.cues.possessive_pronouns:
                continue
            speaks = self._verb_after(i + 1, s1) is not None
            if not speaks and not any(self.norms[j] in self.cues.pronoun_claim_nouns
                                      for j in range(i + 1, min(s1, i + 1 + self.cues.reach["possessive_reach"]))):
                continue
            party, speaker = self._last_named(i)
            return [Frame(i, party, speaker, speaks=speaks, possessive=not speaks)] if party else []
        return []

    def _last_named(self, token: int):
        """The party named last before token, within `speaker_sentences` sentences."""
        floor = self.sents[max(0, self.sent_of[token] - self.cues.reach["speaker_sentences"])][0]
        named = [(party, s, e) for party, s, e in self.names if floor <= s < token]
        if not named:
            return None, None
        party, s, e = named[-1]
        return party, self.text(s, e)

    def _stands_for_speaker(self, i: int, s1: int) -> bool:
        """'He said ...', 'the document also says ...': a word for someone named before, then a verb."""
        if self.norms[i] in self.cues.pronouns:
            return self._verb_after(i + 1, s1) is not None
        if self.norms[i] == self.cues.it:  # "..., it said." ("it is believed" is nobody's)
            return i + 1 < s1 and self.norms[i + 1] in self.cues.reporting and \
                (i == self.sents[self.sent_of[i]][0] or self.norms[i - 1] in self.cues.comma_or_quote)
        return self.norms[i] == self.cues.the and i + 1 < s1 and self.norms[i + 1] in self.cues.speaker_nouns and \
            self._verb_after(i + 2, s1) is not None

    def continues(self, si: int) -> bool:
        """Does sentence si carry on from the one before ("However, ...", "They ...", "The first
        requires ..." after "two options")?"""
        if not (0 < si < len(self.sents) and self.same_paragraph(si - 1, si)):
            return False
        s0, s1 = self.sents[si]
        first = self.norms[s0]
        return first in self.cues.continuations or \
            (first == self.cues.the and s0 + 1 < s1 and self.norms[s0 + 1] in self.cues.enumerations)

    def _carried(self, si: int, depth: int = 0):
        """The previous sentence's holder, when this one goes on with it ("However, ...", "The
        second ..." after "Moscow offers two options. The first ...")."""
        s0 = self.sents[si][0]
        enumerates = self.norms[s0] == self.cues.the and self.continues(si)
        if not self.continues(si) or not (self.norms[s0] in self.cues.carriers or enumerates):
            return None, None, None
        frames = self.frames(si - 1)
        if frames and not frames[-1].dispute:
            return frames[-1].party, frames[-1].speaker, None
        if not frames and enumerates and depth < self.cues.reach["speaker_sentences"]:
            return self._carried(si - 1, depth + 1)
        return None, None, None

    def _subject(self, frame) -> bool:
        """A frame anchored at its speaker's name or a pronoun ("Trump said", "he told"), not at
        a noun its speaker follows ("statements by Medvedev"): the subject a pronoun goes on with."""
        word = self.text(frame.pos, frame.pos + 1)
        return self.norms[frame.pos] in self.cues.pronouns or bool(frame.speaker) and word in frame.speaker.split()

    def _previous_speaker(self, token: int):
        """Whom a pronoun stands for: the last speaker of the sentences before it, else
        the last party named before it, within three sentences."""
        si = self._sentence_of(token)
        earlier = [f for f in self._find_name_frames(si) if not f.dispute and f.pos < token]
        if earlier:  # "Trump says ... - though the president is refusing to say where"
            return earlier[-1].party, earlier[-1].speaker
        for sj in range(si - 1, max(-1, si - 1 - self.cues.reach["speaker_sentences"]), -1):
            spoke = [f for f in self.frames(sj) if not f.dispute]
            subjects = [f for f in spoke if self._subject(f)]  # "Trump said ... statements by Medvedev. He ...": Trump
            if spoke:
                return (subjects or spoke)[-1].party, (subjects or spoke)[-1].speaker
        if self.norms[token] in self.cues.pronouns:  # "Trump was asked ... Moscow ... 'Friday,' he said": Trump
            return self._first_named_before(si)
        return self._last_named(token)

    def _first_named_before(self, si: int):
        """The first name of the nearest sentence before si that has one, within
        `speaker_sentences`: the subject a "he" or "she" most likely goes on with."""
        for sj in range(si - 1, max(-1, si - 1 - self.cues.reach["speaker_sentences"]), -1):
            s0, s1 = self.sents[sj]
            named = [(party, s, e) for party, s, e in self.names if s0 <= s < s1]
            if named:
                party, s, e = named[0]
                return party, self.text(s, e)
        return None, None
