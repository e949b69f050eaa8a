"""`checker explain`: every decision the extractor takes for one article and one rule.

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


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def render(exp: Explanation) -> str:
    text, rule = exp.article.text, exp.rule
    out = [f"{exp.article.id} · {rule.id}: {rule.question}",
           f"published: {exp.article.published or 'unknown'}"
           + (" (inferred)" if exp.article.published_inferred else "")]
    if exp.excluded:
        out.append("Left out, never evidence:")
        out += [f"  line {n}: {reason}: '{t}'" for n, t, reason in exp.excluded]
    for step, title in (("trigger", "Triggers"), ("candidate", "Candidates"), ("dropped", "Dropped"),
                        ("claim", "Claims")):
        chosen = [n for n in exp.notes if n.step == step]
        if chosen:
            out.append(f"{title}:")
            for n in chosen:
                where = f"line {line_of(text, n.start)}: " if n.start >= 0 else ""
                out.append(f"  {where}{n.text}")
    if exp.reason:
        out.append(f"Empty: {exp.reason}")
    return "\n".join(out) + "\n"
