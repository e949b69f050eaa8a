"""`checker explain`: every decision the extractor takes for one article and one rule
(render/explain.py says it in words).

Trigger hits, candidate values with the phrase that matched, what was dropped
and why, the final claims; when the field comes out empty, one line says why.
"""
from __future__ import annotations

from dataclasses import dataclass


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
    notes, claims, excluded = [], [], ()
    for analysis in extractor.analyses(article):
        claims.extend(extractor.rule_claims(rule, analysis, notes))
        excluded = analysis.view.excluded
    return Explanation(article, rule, tuple(notes), tuple(claims), excluded)
