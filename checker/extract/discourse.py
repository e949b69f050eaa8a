"""Discourse structure attribution and scope read: paragraphs, quotations, and the
speaker labels of a transcript ("QUESTION: ...", "PESKOV: ...")."""
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


def labels(sents, arrays, paragraph, question_words) -> dict:
    """paragraph -> (kind, start, end) of a transcript's speaker label: one to four words in
    capitals at the paragraph's start, perhaps with a note in brackets, then a colon
    ("PESKOV:", "QUESTION (Italian news agency):"); kind 'question' for the reporters'
    ("QUESTION", "Q"), else 'speaker'. Only in a transcript, which has question labels:
    "WASHINGTON: ..." opening a wire story is a dateline."""
    found = {}
    for si, (s0, s1) in enumerate(sents):
        if si and paragraph[si] == paragraph[si - 1]:
            continue
        label = _label(arrays, s0, s1)
        if label:
            first = arrays.span_text(label[0], label[0] + 1).lower()
            found[paragraph[si]] = ("question" if first in question_words else "speaker",) + label
    return found if any(kind == "question" for kind, _, _ in found.values()) else {}


def _label(arrays, s0: int, s1: int):
    words, i = 0, s0
    while i < s1 and words < 4 and arrays.span_text(i, i + 1).isalpha() and arrays.span_text(i, i + 1).isupper():
        i, words = i + 1, words + 1
    end = i
    if words and i < s1 and arrays.span_text(i, i + 1) == "(":  # a note in brackets: "QUESTION (Reuters):"
        while i < s1 and not arrays.span_text(i, i + 1).startswith(")"):
            i += 1
        if i < s1 and arrays.span_text(i, i + 1) == "):":  # the tokenizer keeps "):" whole
            return s0, end
        i += 1
    return (s0, end) if words and i < s1 and arrays.span_text(i, i + 1) == ":" else None
