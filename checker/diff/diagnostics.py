"""Rule diagnostics: how often each rule fires, and where two rules claim the same words.

Two rules whose claims rest on overlapping words of one article, for different
fields, are a sign that one of them is too broad.
"""
from __future__ import annotations

from itertools import combinations


def diagnose(verdicts) -> dict:
    """How often each field's rule fires, and the rules that claim the same words."""
    claims = [c for v in verdicts for p in v.positions for c in p.claims]
    per_rule = []
    for v in verdicts:
        own = [c for p in v.positions for c in p.claims]
        per_rule.append({"rule": v.field, "articles": len(v.positions), "claims": len(own),
                         "hedged": sum(c.hedged for c in own), "negated": sum(c.negated for c in own),
                         "disputed": sum(c.disputed_by is not None for c in own)})
    return {"rules": per_rule, "overlaps": overlaps(claims)}


def overlaps(claims) -> list:
    by_article = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    found = {}
    for article in sorted(by_article):
        for a, b in combinations(sorted(by_article[article], key=lambda c: (c.field, c.match_start)), 2):
            if a.field != b.field and a.match_start < b.match_end and b.match_start < a.match_end:
                key = tuple(sorted((a.field, b.field)))
                first, second = (a, b) if a.field == key[0] else (b, a)
                found.setdefault(key, []).append({"article": article, "line": first.line,
                                                  key[0]: first.match, key[1]: second.match})
    return [{"a": a, "b": b, "count": len(examples), "examples": examples[:5]}
            for (a, b), examples in sorted(found.items())]
