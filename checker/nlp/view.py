"""The text the pipeline reads, and the way back to the file.

Page furniture (boilerplate lines) and markup (Markdown's) are blanked to spaces;
line breaks become '\n' (CRLF and CR too); each run of other whitespace
becomes one space. `original(i)` maps an offset back into the file, so quotes,
offsets and line numbers always point at the file as it is. A very long text is
read in chunks cut at line breaks (or spaces), each with its own offset.
"""
from __future__ import annotations

import re

import numpy as np

_ODD_SPACE = re.compile(r"\r\n?|[^\S\n]{2,}|[^\S\n ]")


class View:
    def __init__(self, text: str, blanks=()):
        chars = list(text) if blanks else None
        for s, e in blanks:
            chars[s:e] = [c if c in "\r\n" else " " for c in text[s:e]]
        text = "".join(chars) if chars is not None else text
        keep = None
        pieces, last = [], 0
        for m in _ODD_SPACE.finditer(text):
            s, e = m.span()
            pieces.append(text[last:s])
            pieces.append("\n" if text[s] == "\r" else " ")
            if e - s > 1:
                keep = np.ones(len(text) + 1, dtype=bool) if keep is None else keep
                keep[s + 1:e] = False
            last = e
        pieces.append(text[last:])
        self.text = "".join(pieces)
        self._map = np.flatnonzero(keep) if keep is not None else None
        self.excluded = ()  # (line, text, reason) of lines left out, for `checker explain`

    @classmethod
    def of(cls, article) -> "View":
        blanks = [(s, e) for s, e, _, _ in article.excluded] + list(article.markup)
        view = cls(article.text, sorted(blanks))
        view.excluded = tuple((line, " ".join(article.text[s:e].split())[:80], reason)
                              for s, e, line, reason in article.excluded)
        return view

    def original(self, offset: int) -> int:
        return offset if self._map is None else int(self._map[offset])

    def line_col(self, offset: int, original_offset: int) -> tuple:
        """1-based line and column in the file of the text at `offset`."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.count("\n", 0, offset) + 1, original_offset - self.original(line_start) + 1

    def chunks(self, limit: int) -> list:
        """Pieces of at most about `limit` characters, cut at line breaks, else at spaces."""
        if len(self.text) <= limit:
            return [Chunk(self, 0, self.text)]
        out, start = [], 0
        while start < len(self.text):
            end = min(len(self.text), start + limit)
            if end < len(self.text):
                cut = self.text.rfind("\n", start + limit // 2, end)
                cut = cut if cut > 0 else self.text.rfind(" ", start + limit // 2, end)
                end = cut + 1 if cut > 0 else end
            out.append(Chunk(self, start, self.text[start:end]))
            start = end
        return out


class Chunk:
    """A piece of a View, with offsets that still map to the file."""

    def __init__(self, view: View, offset: int, text: str):
        self.view, self.offset, self.text, self.excluded = view, offset, text, view.excluded

    def original(self, offset: int) -> int:
        return self.view.original(self.offset + offset)

    def line_col(self, offset: int, original_offset: int) -> tuple:
        return self.view.line_col(self.offset + offset, original_offset)
