"""Rule diagnostics: how often each rule fires, and where two rules claim the same words.

Two rules whose claims rest on overlapping words of one article, for different
fields, are a sign that one of them is too broad. Counted one article at a time.
"""
from __future__ import annotations

from itertools import combinations

EXAMPLES = 5


class Diagnostics:
    def __init__(self, rules):
        self.rules = {r.id: dict.fromkeys(("articles", "claims", "hedged", "negated", "disputed"), 0)
                      for r in sorted(rules, key=lambda r: r.id)}
        self.found = {}  # (field a, field b) -> [count, examples]

    def add(self, article_id, by_field) -> None:
        for field, own in by_field.items():
            counts = self.rules.setdefault(field, dict.fromkeys(
                ("articles", "claims", "hedged", "negated", "disputed"), 0))
            counts["articles"] += 1
            counts["claims"] += len(own)
            counts["hedged"] += sum(c.hedged for c in own)
            counts["negated"] += sum(c.negated for c in own)
            counts["disputed"] += sum(c.disputed_by is not None for c in own)
        claims = sorted((c for own in by_field.values() for c in own), key=lambda c: (c.field, c.match_start))
        for a, b in combinations(claims, 2):
            if a.field != b.field and a.match_start < b.match_end and b.match_start < a.match_end:
                key = tuple(sorted((a.field, b.field)))
                first, second = (a, b) if a.field == key[0] else (b, a)
                entry = self.found.setdefault(key, [0, []])
                entry[0] += 1
                if len(entry[1]) < EXAMPLES:
                    entry[1].append({"article": article_id, "line": first.line,
                                     key[0]: first.match, key[1]: second.match})

    def result(self) -> dict:
        return {"rules": [{"rule": rid, **counts} for rid, counts in self.rules.items()],
                "overlaps": [{"a": a, "b": b, "count": n, "examples": ex}
                             for (a, b), (n, ex) in sorted(self.found.items())]}
