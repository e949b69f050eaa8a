"""Who says it: the Voice of a match (holder, speaker, who disputes or denies it), with
negation.py (negated?) and hedging.py (how firmly). Frames come from cue words
(checker/data/cues.yaml) around holder names (checker/data/holders.yaml):
  "according to (the) X", "X said", "..., X said", "X's statement that"   X's
  "Kyiv rejected Moscow's claim that Y"   Moscow's Y, disputed; Kyiv's "not Y"
  "Kyiv denied that Y"                    Kyiv's "not Y"
  "He added", "the ministry added"       the previous speaker again
A quotation takes the frame beside it (quotes.py); a sentence without a frame that
opens with "However", "Still" ... continues the previous sentence's frame.
"""
from __future__ import annotations

import functools
from typing import Optional

from spacy.attrs import LOWER

from .anaphora import Anaphora
from .cues import Cues
from .discourse import labels, paragraphs
from .frames import Flags, Frame, Voice
from .hedging import Softeners
from .names import NameFrames
from .negation import NEGATED, OPEN, Negation
from .quotes import QuoteFrames


class Attributor(Anaphora, NameFrames, QuoteFrames):
    """Flags for each match of one analysed document."""

    def __init__(self, cues: Cues, doc, sents, arrays, names, parties=frozenset()):
        self.cues, self.doc, self.sents, self.arrays = cues, doc, sents, arrays
        self.sent_of, self.norms, self.punct = arrays.sent_of, arrays.norms, arrays.punct
        self.text = arrays.span_text
        self.lowers = lowers = doc.to_array(LOWER).tolist()
        self.softeners = Softeners(cues, sents, self.norms, lowers, self.text)
        self.negation = Negation(cues, sents, self.norms, lowers)
        self.parties = parties  # the holder table's party ids
        self._names = names  # a callable: (party, start, end) of holder names, found when first needed
        self._frames, self._name_frames = {}, {}
        self._quotes = None

    @functools.cached_property
    def names(self) -> list:
        """Holder names, non-overlapping, in text order; not a name that does not name its party
        ("former Russian President ...") nor one inside a compound ("Russia-Ukraine talks")."""
        return [(party, a, b) for party, a, b in self._names() if not self._not_a_speaker(a, b)]

    def _not_a_speaker(self, a: int, b: int) -> bool:
        norms, idx, length = self.norms, self.arrays.idx, self.arrays.length
        if a > 0 and norms[a - 1] in self.cues.not_the_party:
            return True
        joined_before = a > 0 and norms[a - 1] == self.cues.hyphen and idx[a - 1] + length[a - 1] == idx[a]
        joined_after = b < len(norms) and norms[b] == self.cues.hyphen and idx[b - 1] + length[b - 1] == idx[b]
        return joined_before or joined_after

    @functools.cached_property
    def names_by_sentence(self) -> dict:
        out = {}
        for name in self.names:
            out.setdefault(self.sent_of[name[1]], []).append(name)
        return out

    @functools.cached_property
    def labels(self) -> dict:
        """paragraph -> (kind, start, end) of a transcript's speaker labels ("PESKOV:")."""
        return labels(self.sents, self.arrays, self.paragraph, self.cues.question_labels)

    def label_voice(self, si: int, kind: str = "speaker") -> Voice:
        """The party of the speaker label of sentence si's paragraph (a transcript's answer)."""
        label = self.labels.get(self.paragraph[si])
        if not label or label[0] != kind:
            return Voice()
        name = next(((p, a, b) for p, a, b in self.names_by_sentence.get(self.sent_of[label[1]], ())
                     if label[1] <= a < label[2]), None)
        return Voice(name[0], self.text(name[1], name[2])) if name else Voice()

    def answerer(self, si: int) -> Voice:
        """Whom a question in a transcript addresses: the speaker of the next labelled paragraph."""
        p = self.paragraph[si]
        for q in sorted(k for k in self.labels if k > p):
            if self.labels[q][0] == "speaker":
                sj = self.paragraph.index(q)
                return self.label_voice(sj)
        return Voice()

    @functools.cached_property
    def paragraph(self) -> list:
        """Sentence -> paragraph number: a line break between two sentences starts a paragraph."""
        return paragraphs(self.sents, self.arrays)

    # -- holders --------------------------------------------------------------
    def flags(self, si: int, start: int, end: int, gaps=()) -> Flags:
        voice = self.holder(si, start)
        soft = self.softeners
        state = self.negation.state(si, start, end, frames=not voice.claimant, gaps=gaps)
        speaker_at = max((f.pos for f in self.frames(si) if f.speaks and f.pos < start), default=None)
        return Flags(state == NEGATED or voice.denies, soft.attempted(si, start),
                     soft.hedge(si, start, end, speaker_at, gaps), voice.holder, voice.speaker, voice.disputed_by,
                     soft.supposed(si, start, end), state == OPEN and not voice.denies, voice.denier)

    def holder(self, si: int, token: int) -> Voice:
        """The Voice of a match at token in sentence si: holder, speaker, who disputes or denies it."""
        frames = [f for f in self.frames(si) if not f.anaphoric and (f.until is None or token < f.until)]
        before = [f for f in frames if f.pos < token]
        frame = before[-1] if before else next((f for f in frames if not f.opens and not f.possessive), None)
        frame = self._disputed_around(before, frame)
        if frame is not None:
            if frame.dispute and frame.pos > token:  # '"X is not captured," Kyiv's army rejects ...': Kyiv's word
                return Voice(frame.party, frame.speaker)
            if frame.dispute:
                if self._own_clause(frame.claim_start, token):
                    return Voice(frame.party, frame.speaker)
                claimant = self._name_between(frame.object_start, frame.claim_start)  # "Moscow's claim that"
                if not claimant and not frame.denies:  # "contests claims that Russian forces ...": theirs
                    claimant = self._name_between(frame.claim_start, token)
                if claimant:  # "Kyiv rejected Moscow's claim that ...": Moscow's claim, and Kyiv's denial
                    denier = (frame.party, frame.speaker) if frame.denies else None
                    return Voice(claimant[0], claimant[1], frame.party, denier, claimant=True)
                if frame.denies:  # "Kyiv denied that the town had fallen": Kyiv says it is not so
                    return Voice(frame.party, frame.speaker, denies=True)
                return Voice(None, None, frame.party, claimant=True)
            return self._with_dispute_after(Voice(frame.party, frame.speaker), si, token)
        quoted = self._quote_frame(si, token)
        if quoted:
            return self._with_dispute_after(Voice(quoted.party, quoted.speaker), si, token)
        labelled = self.label_voice(si)  # "PESKOV: The ministry reported ..."
        if labelled.holder:
            return self._with_dispute_after(labelled, si, token)
        party, speaker, _ = self._carried(si)
        return self._with_dispute_after(Voice(party, speaker), si, token)

    def _with_dispute_after(self, voice: Voice, si: int, token: int) -> Voice:
        """'..., a claim Kyiv disputes.' or, next, 'Ukraine's military rejected the claim.'"""
        later = [f for f in self.frames(si) if f.anaphoric and f.pos > token]
        if not later and si + 1 < len(self.sents) and self.same_paragraph(si, si + 1):
            start = self.sents[si + 1][0]
            later = [f for f in self.frames(si + 1)
                     if f.anaphoric and f.pos < start + self.cues.reach["next_sentence_dispute"]]
        if not later:
            return voice
        denier = (later[0].party, later[0].speaker) if later[0].denies else None
        return Voice(voice.holder, voice.speaker, later[0].party, denier, claimant=True)

    def frames(self, si: int) -> list:
        if si not in self._frames:
            self._frames[si] = self._find_frames(si)
        return self._frames[si]

    def _find_frames(self, si: int) -> list:
        s0, s1 = self.sents[si]
        found = list(self._find_name_frames(si))
        for i in range(s0, s1):
            if self._stands_for_speaker(i, s1):
                party, speaker = self._previous_speaker(i)
                if party:
                    found.append(Frame(i, party, speaker, speaks=True))
            elif self.norms[i] == self.cues.you and self._verb_after(i + 1, s1) is not None and \
                    self.labels.get(self.paragraph[si], ("",))[0] == "question":
                asked = self.answerer(si)  # "QUESTION: In February you described ... as empty words."
                if asked.holder:
                    found.append(Frame(i, asked.holder, asked.speaker, speaks=True))
        if not any(f.speaks or f.dispute for f in found):
            found += self._unknown_speakers(si)
        if not found:
            found += self._its_frames(s0, s1)
        return self._unnamed(sorted(found, key=lambda f: f.pos), s0, s1)

    def _unknown_speakers(self, si: int) -> list:
        """Frames of named people the holder table does not know ("Trehubov acknowledged that
        ...", "..., said Viktor Trehubov"): what they say is theirs, not the article's own voice,
        though their party is not known (holder None, speaker their name)."""
        s0, s1 = self.sents[si]
        out, i = [], s0
        while i < s1:
            if self.norms[i] in self.cues.speaker_titles and self._capitalised(i):  # "Spokesman Trehubov"
                i += 1
                continue
            end = self._proper_name(i, s1)
            if end and not any(a < end and i < b for _, a, b in self.names_by_sentence.get(si, ())):
                verb = self._verb_after(end, s1)
                before = self._verb_before(i, s0)
                if verb is not None and self.norms[verb] in self.cues.reporting:
                    out.append(Frame(i, None, self.text(i, end), speaks=True, opens=self._opens(verb + 1, s1)))
                elif before is not None and (before == s0 or self.norms[before - 1] in self.cues.comma_or_quote):
                    out.append(Frame(before, None, self.text(i, end), speaks=True))
            i = max(i + 1, end or 0)
        return out

    def _proper_name(self, i: int, s1: int) -> int:
        """The end of a person's name starting at i: two or three capitalised words ("Viktor
        Trehubov"), or one after a title word ("spokesman Trehubov"); 0 if none."""
        words = i
        while words < s1 and words - i < 3 and self._capitalised(words):
            words += 1
        titled = i > 0 and self.norms[i - 1] in self.cues.speaker_titles
        return words if words - i >= 2 or (words - i == 1 and titled) else 0

    def _capitalised(self, i: int) -> bool:
        word = self.text(i, i + 1)
        return word[:1].isupper() and word[1:].islower() and word.isalpha() and self.norms[i] not in self.cues.not_names

    def _find_name_frames(self, si: int) -> tuple:
        """The frames of the sentence's holder names ("Peskov said", "according to Kyiv"), once."""
        if si not in self._name_frames:
            s0, s1 = self.sents[si]
            found, consumed = [], s0
            for party, a, b in self.names_by_sentence.get(si, ()):
                if consumed <= a:
                    frame = self._name_frame(party, a, b, s0, s1)
                    if frame and frame.possessive and any(f.speaks for f in found):
                        continue  # "Putin said Russia's conditions ...": inside what the speaker said
                    if frame and any(f.dispute and f.claim_start and f.object_start <= a < f.claim_start
                                     for f in found):
                        continue  # "Kyiv rejected Moscow's claim that ...": the claimant, not a speaker
                    if frame and frame.pos < consumed:
                        continue  # "Peskov, speaking ..., said Witkoff would ...": Peskov's verb, not Witkoff's
                    if frame:
                        found.append(frame)
                        run_end = self._name_run(party, a, b, s1)[2]  # and what the name takes: "close to the Kremlin"
                        verb = self._verb_after(self._head_words(a, run_end, s0, s1), s1)
                        consumed = max(consumed, run_end, verb + 1 if verb is not None else 0)
            self._name_frames[si] = tuple(found)
        return self._name_frames[si]

    def _disputed_around(self, before: list, frame):
        """A frame inside the claim an earlier frame disputes ("Peskov dismissed reports that Putin
        had ruled out ..."), in the same clause, is part of what is disputed: the dispute holds."""
        if frame is None or frame.dispute or frame.possessive:  # "..., after Moscow's claim that": a claim of its own
            return frame
        outer = next((f for f in reversed(before) if f.dispute and f.claim_start is not None
                      and f.claim_start <= frame.pos), None)
        if outer is None or any(self.norms[i] in self.cues.clause_breaks for i in range(outer.claim_start, frame.pos)):
            return frame
        return outer

    def _own_clause(self, a: int, b: int) -> bool:
        """', saying ...', 'and says ...' between a and b: after the claim it disputes, the
        disputer goes on in their own voice ("denied claims that X, saying Y": Y is theirs)."""
        joins = (self.cues.comma, self.cues.and_)
        return any(self.norms[i] in joins and self.norms[i + 1] in self.cues.reporting for i in range(a, b - 1))

    def _name_between(self, a: int, b: int):
        for party, s, e in self.names:
            if a <= s < b:
                return party, self.text(s, e)
        return None

    def past_tense(self, frame) -> bool:
        """Is the frame's reporting verb in the past tense ("said", "called", "told")?"""
        verb = self._verb_after(frame.pos + 1, self.sents[self.sent_of[frame.pos]][1]) if frame.pos >= 0 else None
        word = self.text(verb, verb + 1).lower() if verb is not None else ""
        return word.endswith("ed") or word in self.cues.past_forms

    def same_paragraph(self, a: int, b: int) -> bool:
        return self.paragraph[a] == self.paragraph[b]

    def _sentence_of(self, token: int) -> Optional[int]:
        si = int(self.sent_of[token])
        return si if si >= 0 else None
