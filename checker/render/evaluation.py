"""`checker eval` output: a tabulate table for people, JSON for machines."""
from __future__ import annotations

import json

from tabulate import tabulate

from ..evaluate import claim_value


def _row(name, s) -> list:
    return [name, s.gold, s.extracted, s.tp, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"]


def _pct(s) -> str:
    return f"{s.tp} of {s.gold} ({100 * s.tp / s.gold:.1f}%)" if s.gold else "none stated"


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def text(result, gold_path, source: str = "") -> str:
    """source: where the articles came from when none were given ('' when they were)."""
    rows = [_row(f, s) for f, s in sorted(result.fields.items())] + [_row("TOTAL", result.total)]
    out = [f"Scored {len(result.articles)} articles against {gold_path}" + (f" ({source})" if source else "")]
    if result.absent:
        out.append(f"Not given, so not scored: {len(result.absent)} gold articles: {', '.join(result.absent)}")
    out += ["",
           tabulate(rows, headers=["field", "gold", "extracted", "tp", "precision", "recall", "f1"],
                    tablefmt="simple", disable_numparse=True), ""]
    out.append(f"False positives ({len(result.false_positives)}):")
    out += [f"  {c.article} {c.field} {claim_value(c)}: line {c.line} \"{_short(c.quote)}\" ({c.rule_part})"
            for c in result.false_positives] or ["  none"]
    out.append(f"Misses ({len(result.misses)}):")
    out += [f"  {g.article} {g.field} {g.value}: gold quote \"{_short(g.quote)}\"" for g in result.misses] or ["  none"]
    out += ["", f"Evidence overlaps the gold quote: {_pct(result.evidence)} of true positives with a quote"]
    if result.off_quote:
        out.append(f"Evidence that misses the gold quote ({len(result.off_quote)}):")
        out += [f"  {g.article} {g.field} {g.value}: line {c.line} \"{_short(c.quote)}\"; gold quote "
                f"\"{_short(g.quote, 80)}\"" for g, c in result.off_quote]
    out.append("Attribution where the gold states it:")
    out += [f"  {name:<12} {_pct(s)}" for name, s in sorted(result.attributes.items())] or ["  none stated"]
    if result.mismatches:
        out.append(f"Attribution mismatches ({len(result.mismatches)}):")
        out += [f"  {g.article} {g.field} {g.value}: {name} expected {expected}, got {', '.join(got)}"
                for g, name, expected, got in result.mismatches]
    return "\n".join(out) + "\n"


def to_json(result) -> str:
    data = {
        "total": result.total.to_json(),
        "fields": {f: s.to_json() for f, s in sorted(result.fields.items())},
        "scored": list(result.articles), "absent": list(result.absent),
        "false_positives": [{"article": c.article, "field": c.field, "value": claim_value(c), "line": c.line,
                             "quote": c.quote, "rule_part": c.rule_part} for c in result.false_positives],
        "misses": [{"article": g.article, "field": g.field, "value": g.value, "quote": g.quote}
                   for g in result.misses],
        "evidence_overlap": {"overlapping": result.evidence.tp, "true_positives_with_quote": result.evidence.gold},
        "evidence_off_quote": [{"article": g.article, "field": g.field, "value": g.value, "line": c.line,
                                "quote": c.quote, "gold_quote": g.quote} for g, c in result.off_quote],
        "attributes": {name: {"matched": s.tp, "stated": s.gold} for name, s in sorted(result.attributes.items())},
        "attribute_mismatches": [{"article": g.article, "field": g.field, "value": g.value, "attribute": name,
                                  "expected": expected, "got": got} for g, name, expected, got in result.mismatches],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
