"""The JSON report, for machines (schema: checker/schemas/report.schema.json).

Written as a stream: the bounded part of each field is laid out in memory, and
every claim and every article is copied from the comparison's store into the
file as it is written, so a corpus of any size keeps every claim.
"""
from __future__ import annotations

import io
import json

from .. import __version__

_SLOT = "\u0000stream:{}\u0000"


def write(cmp, out, diagnostics: bool = False) -> None:
    """report.json to the text stream `out` (the diagnostics are always in it)."""
    rules = {r.id: r for r in cmp.rules}
    skeleton = {
        "version": 2,
        "checker": __version__,
        "summary": _summary(cmp),
        "check_first": [_check(i) for i in cmp.check_first],
        "fields": [_field(v, rules[v.field], _SLOT.format(f"claims:{v.field}")) for v in cmp.fields],
        "outlets": [{"outlet": name, "articles": n} for name, n in cmp.outlets],
        "matrix": None if cmp.matrix is None else [{"a": a, "b": b, **counts} for a, b, counts in cmp.matrix],
        "articles": _SLOT.format("articles"),
        "skipped": [_problem(p) for p in cmp.skipped],
        "warnings": [_problem(p) for p in cmp.warnings],
        "diagnostics": cmp.diagnostics,
    }
    text = json.dumps(skeleton, indent=2, ensure_ascii=False)
    streams = {f"claims:{v.field}": lambda f=v.field: cmp.store.claims(f) for v in cmp.fields}
    streams["articles"] = cmp.store.articles
    parts = text.split('"\\u0000stream:')
    out.write(parts[0])
    before = parts[0]
    for piece in parts[1:]:
        name, _, rest = piece.partition('\\u0000"')
        line = before[before.rfind("\n") + 1:]
        _array(out, streams[name](), " " * (len(line) - len(line.lstrip(" "))))
        out.write(rest)
        before = rest
    out.write("\n")


def render(cmp, diagnostics: bool = False) -> str:
    """report.json as one string (small corpora, tests)."""
    buffer = io.StringIO()
    write(cmp, buffer, diagnostics)
    return buffer.getvalue()


def _array(out, items, indent: str) -> None:
    """A JSON array of already serialised items, one per line."""
    first = True
    for item in items:
        out.write(("[\n" if first else ",\n") + indent + "  " + item)
        first = False
    out.write("[]" if first else "\n" + indent + "]")


def _summary(cmp) -> dict:
    counts = dict.fromkeys(("contradict", "changed", "compatible", "agree", "single", "reported", "none"), 0)
    for v in cmp.fields:
        counts[v.verdict] += 1
    return {"articles": cmp.articles, "outlets": len(cmp.outlets), "fields": len(cmp.fields), "verdicts": counts,
            "first_day": _day(cmp.first_day), "last_day": _day(cmp.last_day), "undated": cmp.undated,
            "inferred_dates": cmp.inferred, "more_checks": cmp.more_checks}


def _day(day):
    return day.isoformat() if day else None


def _ref(quote) -> dict:
    c = quote.claim
    return {"article": c.article, "line": c.line, "start": c.start, "end": c.end, "value": c.value,
            "negated": c.negated, "hedged": c.hedged, "holder": c.holder, "quote": c.quote}


def _relation(r) -> dict:
    return {"a": r.a, "b": r.b, "relation": r.relation, "reason": r.reason, "denial": r.denial,
            "dates": r.dates if r.relation != "compatible" else None, "days": r.days,
            "pair": [_ref(q) for q in r.pair]}


def _inside(i) -> dict:
    return {"kind": i.kind, "article": i.quote.source.id, "claim": _ref(i.quote),
            "other": _ref(i.other) if i.other else None, "other_party": i.other_party, "reason": i.reason}


def _check(item) -> dict:
    return {"kind": item.kind, "field": item.field,
            "relation": _relation(item.relation) if item.relation else None,
            "inside": _inside(item.inside) if item.inside else None, "value": item.value}


def _field(v, rule, claims) -> dict:
    return {
        "field": v.field, "question": rule.question, "type": rule.type,
        "window": "never" if rule.window is None else rule.window,
        "verdict": v.verdict, "reason": v.reason, "dates": v.dates,
        "sources": v.sources, "firm_sources": v.firm_sources, "claim_count": v.claims,
        "values": [{"value": g.value, "label": rule.label(g.value), "firm": list(g.firm),
                    "reported": list(g.reported), "denied": list(g.denied), "claims": g.claims,
                    "outlets": g.outlets, "holders": [{"holder": h, "claims": n} for h, n in g.holders],
                    "first": _day(g.first), "last": _day(g.last),
                    "quotes": [_ref(q) for q in g.quotes + g.denial_quotes]} for g in v.values],
        "relations": [_relation(r) for r in v.relations],
        "not_compared": v.not_compared,
        "inside": [_inside(i) for i in v.inside],
        "timeline": [{"day": _day(day), "basis": basis, "value": value, "sources": list(ids)}
                     for day, basis, value, ids in v.timeline],
        "range": list(v.range) or None,
        "items": [{"value": i, "verdict": vd, "affirmed_by": list(y), "denied_by": list(n)}
                  for i, vd, y, n in v.items],
        "total": _total(v.total) if getattr(v, "total", None) else None,
        "claims": claims,
    }


def _total(t) -> dict:
    """A running total (diff/totals.py)."""
    return {
        "latest": {"day": _day(t.latest[0]), "value": t.latest[1], "sources": list(t.latest[2])} if t.latest else None,
        "steps": [{"day": _day(day), "basis": basis, "value": value, "sources": list(ids)}
                  for day, basis, value, ids in t.steps],
        "falls": [{"from": {"day": _day(a[0]), "value": a[1]}, "to": {"day": _day(b[0]), "value": b[1]}}
                  for a, b in t.falls],
        "same_day": [{"day": _day(day), "values": list(values)} for day, values in t.same_day],
        "placed": [{"value": value, "sources": list(ids), "after": _day(after), "before": _day(before)}
                   for value, ids, after, before in t.placed],
        "undated": [{"value": value, "sources": list(ids)} for value, ids in t.undated],
    }


def _problem(p) -> dict:
    return {"file": p.file, "line": p.line, "column": p.column, "code": p.code,
            "path": p.path, "message": p.message}
