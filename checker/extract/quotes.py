"""Quotations and who says them: the frame beside a quotation's marks, the line that
introduces it ("Speaking about the talks, Putin said:"), or the quotation it continues
(a quote of several paragraphs). A mixin of attribution.Attributor."""
from __future__ import annotations

from typing import Optional

from .discourse import quotations
from .frames import Frame


class QuoteFrames:
    def quotations(self) -> list:
        """(opening, closing) token pairs of the document's quotations."""
        if self._quotes is None:
            self._quotes = quotations(self.doc, self.arrays)
        return self._quotes

    def _quote_frame(self, si: int, token: int) -> Optional[Frame]:
        """The frame beside the quotation that holds the token, if any: at its opening or
        closing mark; for a quotation that opens a paragraph, the frame of the line before
        it when that line ends with a colon ("Speaking about the talks, Putin said:"), or,
        when the quotation before it ran on to this paragraph, that quotation's frame."""
        quotes = self.quotations()
        k = next((k for k, (a, b, _) in enumerate(quotes) if a < token < b), None)
        while k is not None:
            a, b, _ = quotes[k]
            found = self._beside(a) or self._beside(b)
            if found or not self._opens_paragraph(a):
                return found
            introduced = self._introduced_by_colon(a)
            if introduced:
                return introduced
            ran_on = k > 0 and not quotes[k - 1][2] and self._paragraph_before(quotes[k - 1][1], a)
            k = k - 1 if ran_on else None
        return None

    def _beside(self, edge: int) -> Optional[Frame]:
        sj = self._sentence_of(edge) if edge < len(self.norms) else None
        reach = self.cues.reach["quote_frame_reach"]
        near = [f for f in self.frames(sj) if not f.dispute and abs(f.pos - edge) <= reach] if sj is not None else []
        return min(near, key=lambda f: abs(f.pos - edge)) if near else None

    def _opens_paragraph(self, mark: int) -> bool:
        si = self._sentence_of(mark + 1) if mark + 1 < len(self.norms) else None
        return si is not None and si > 0 and self.sents[si][0] >= mark and not self.same_paragraph(si - 1, si)

    def _introduced_by_colon(self, mark: int) -> Optional[Frame]:
        """The speaking frame of the sentence before a quotation's paragraph, if it ends with ':'."""
        si = self._sentence_of(mark + 1)
        s0, s1 = self.sents[si - 1]
        if self.norms[s1 - 1] != self.cues.colon:
            return None
        spoke = [f for f in self.frames(si - 1) if f.speaks or not f.dispute]
        return spoke[-1] if spoke else None

    def _paragraph_before(self, closed_at: int, mark: int) -> bool:
        """Did the quotation closed (by a line break) at closed_at end the paragraph just before mark?"""
        si, sj = self._sentence_of(closed_at - 1), self._sentence_of(mark + 1)
        return si is not None and sj is not None and self.paragraph[sj] == self.paragraph[si] + 1
