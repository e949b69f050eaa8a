"""Stage 7b: the JSON report (schema: checker/schemas/report.schema.json)."""
from __future__ import annotations

import json

from .. import __version__
from ..diagnostics import diagnose
from ..types import sort_key


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
        "diagnostics": diagnose(cmp),
    }
    return data


def render(cmp) -> str:
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
                   for value, denied, arts in values_with_sources(v, rule)],
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


def values_with_sources(v, rule) -> list:
    """[(value, denied, (article, ...))] in the rule's value order."""
    by_value = {}
    for p in v.positions:
        for value in p.affirmed:
            by_value.setdefault((value, False), []).append(p.article)
        for value in p.denied:
            by_value.setdefault((value, True), []).append(p.article)
    ids = rule.value_ids

    def key(item):
        value, denied = item[0]
        return (ids.index(value) if value in ids else len(ids), sort_key(value), denied)

    return [(value, denied, tuple(arts)) for (value, denied), arts in sorted(by_value.items(), key=key)]


def _problem(p) -> dict:
    return {"file": p.file, "line": p.line, "column": p.column, "code": p.code,
            "path": p.path, "message": p.message}
