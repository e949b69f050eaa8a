"""Discourse structure attribution reads: paragraphs and quotations."""
from __future__ import annotations

from spacy.attrs import ORTH

QUOTE_OPEN = {'"', "\u201c"}
QUOTE_CLOSE = {'"', "\u201d"}


def paragraphs(sents, arrays) -> list:
    """Sentence -> paragraph number: a line break between two sentences starts a paragraph."""
    out, text, chars = [], arrays.text, arrays.chars
    for si, (s0, s1) in enumerate(sents):
        if si == 0:
            out.append(0)
            continue
        gap = text[chars(*sents[si - 1])[1]:chars(s0, s1)[0]]
        out.append(out[-1] + ("\n" in gap))
    return out


def quotations(doc, arrays) -> list:
    """(opening, closing, closed) token triples of the quotations: curly marks pair by kind,
    straight ones alternate; a paragraph break closes whatever is open (closed: False, for
    a quotation that goes on in the next paragraph, which opens with a quotation mark
    again, as news writes a quote of several paragraphs)."""
    found, opening = [], None
    marks = {doc.vocab.strings[c]: c for c in QUOTE_OPEN | QUOTE_CLOSE}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        mark = marks.get(orth)
        if mark is None and not (arrays.space[i] and "\n" in arrays.span_text(i, i + 1)):
            continue
        if mark is None:  # a line break closes an open quotation
            if opening is not None:
                found.append((opening, i, False))
                opening = None
        elif opening is None and mark in QUOTE_OPEN:
            opening = i
        elif opening is not None and mark in QUOTE_CLOSE:
            found.append((opening, i, True))
            opening = None
    if opening is not None:
        found.append((opening, len(arrays.norms), False))
    return found
