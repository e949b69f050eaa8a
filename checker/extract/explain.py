"""`checker explain`: every decision the extractor takes for an article and each rule
asked (render/explain.py says it in words).

Trigger hits, candidate values with the phrase that matched, what was dropped
and why, the final claims; when a field comes out empty, one line says why. The
article is analysed once for all the rules asked; a piece of it in which no
rule's trigger words stand is not analysed at all (Extractor.mentions).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import Note

NO_TRIGGER = "no sentence mentions the trigger"


@dataclass(frozen=True)
class Explanation:
    article: object
    rule: object
    notes: tuple  # extract.Note, in the order taken
    claims: tuple
    excluded: tuple = ()  # (line, text) of lines left out as boilerplate

    @property
    def reason(self) -> str:
        """Why the field is empty, in one line ('' when it is not)."""
        empty = [n.text for n in self.notes if n.step == "empty"]
        return empty[-1] if empty else ""


def explain(extractor, article, rule) -> Explanation:
    """The decisions for one rule."""
    return explain_rules(extractor, article, [rule])[0]


def explain_rules(extractor, article, rules) -> list:
    """An Explanation per rule, in the order given, of one analysis of the article."""
    notes, claims, excluded = {r.id: [] for r in rules}, {r.id: [] for r in rules}, ()
    for chunk in extractor.chunks(article):
        excluded = chunk.excluded
        active = extractor.mentions(chunk.text, set(notes))
        if not active:
            continue
        analysis = extractor.analyse(article, None, chunk, active)
        for rule in rules:
            claims[rule.id].extend(extractor.rule_claims(rule, analysis, notes[rule.id]))
    for rule in rules:
        if not notes[rule.id]:  # its trigger's words stand nowhere in the article
            notes[rule.id].append(Note(rule.id, "empty", NO_TRIGGER))
    return [Explanation(article, r, tuple(notes[r.id]), tuple(claims[r.id]), excluded) for r in rules]
