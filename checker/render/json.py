"""The JSON report, for machines (schema: checker/schemas/report.schema.json)."""
from __future__ import annotations

import json

from .. import __version__


def report_data(cmp) -> dict:
    rules = {r.id: r for r in cmp.rules}
    data = {
        "version": 1,
        "checker": __version__,
        "articles": [_article(a) for a in cmp.articles],
        "summary": _summary(cmp),
        "fields": [_field(v, rules[v.field]) for v in cmp.fields],
        "matrix": [{"a": a, "b": b, **counts} for a, b, counts in cmp.matrix],
        "coverage": {v.field: {p.article: list(p.affirmed) for p in v.positions} for v in cmp.fields},
        "skipped": [_problem(p) for p in cmp.skipped],
        "warnings": [_problem(p) for p in cmp.warnings],
        "diagnostics": cmp.diagnostics,
    }
    return data


def render(cmp, diagnostics: bool = False) -> str:
    """report.json (the diagnostics are always in it)."""
    return json.dumps(report_data(cmp), indent=2, ensure_ascii=False) + "\n"


def _article(a) -> dict:
    return {"id": a.id, "file": a.path, "outlet": a.outlet, "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "published_inferred": a.published_inferred, "published_basis": a.published_basis}


def _summary(cmp) -> dict:
    counts = {v: 0 for v in ("contradict", "changed", "compatible", "agree", "single", "none")}
    for v in cmp.fields:
        counts[v.verdict] += 1
    return {"articles": len(cmp.articles), "fields": len(cmp.fields), "verdicts": counts}


def _field(v, rule) -> dict:
    return {
        "field": v.field, "question": rule.question, "type": rule.type, "verdict": v.verdict,
        "sources": len(v.positions),
        "values": [{"value": value, "denied": denied, "label": rule.label(value), "sources": list(arts)}
                   for value, denied, arts in v.values],
        "positions": [{"article": p.article, "affirmed": list(p.affirmed), "denied": list(p.denied),
                       "claims": [c.to_json() for c in p.claims]} for p in v.positions],
        "pairs": [{"a": p.a, "b": p.b, "relation": p.relation, "reason": p.reason, "voices": p.voices or None}
                  for p in v.pairs],
        "silent": list(v.silent),
        "notes": [{"kind": r.kind, "article": r.article, "value": r.value, "holder": r.holder,
                   "other": r.other, "other_value": r.other_value} for r in v.notes],
        "items": [{"value": i, "verdict": vd, "affirmed_by": list(y), "denied_by": list(n)}
                  for i, vd, y, n in v.items],
    }


def _problem(p) -> dict:
    return {"file": p.file, "line": p.line, "column": p.column, "code": p.code,
            "path": p.path, "message": p.message}
