"""Claims of all sources -> a verdict per field, and the source matrix.

A source's position on a field is what it affirms and what it denies.
Two sources agree (same values), are compatible (different values that the
type or the rule's relations allow together), contradict (values that cannot
both hold, or one affirms what the other denies), or, when their articles are
further apart in time than the rule's window, show a change over time.
For sets, an item one source names and another does not mention is no
contradiction; an item one affirms and the other denies is.
The field's verdict is the worst pair: contradict > changed > compatible > agree.
"""
from __future__ import annotations

import datetime as dt
from itertools import combinations

from ..records import Comparison, FieldVerdict, Pair, Position, Remark
from ..values import TYPES, compare as compare_values, implied_by, sort_key
from .diagnostics import diagnose

SEVERITY = ("agree", "compatible", "changed", "contradict")


def compare(rules, articles, claims, skipped=(), warnings=(), holder_labels=()) -> Comparison:
    articles = tuple(sorted(articles, key=lambda a: a.id))
    by_field = {}
    for claim in claims:
        by_field.setdefault(claim.field, []).append(claim)
    dates = {a.id: a.published for a in articles}
    verdicts = tuple(field_verdict(rule, by_field.get(rule.id, []), [a.id for a in articles], dates)
                     for rule in sorted(rules, key=lambda r: r.id))
    return Comparison(articles, verdicts, tuple(sorted(rules, key=lambda r: r.id)),
                      matrix(articles, verdicts), tuple(skipped), tuple(warnings), tuple(holder_labels),
                      diagnose(verdicts))


def positions(claims) -> tuple:
    grouped = {}
    for claim in claims:
        grouped.setdefault(claim.article, []).append(claim)
    out = []
    for article in sorted(grouped):
        own = sorted(grouped[article], key=lambda c: (c.start, sort_key(c.value)))
        affirmed = sorted({c.value for c in own if not c.negated}, key=sort_key)
        denied = sorted({c.value for c in own if c.negated} - set(affirmed), key=sort_key)
        out.append(Position(article, tuple(affirmed), tuple(denied), tuple(own)))
    return tuple(out)


def field_verdict(rule, claims, article_ids, dates) -> FieldVerdict:
    pos = positions(claims)
    speaking = {p.article for p in pos}
    silent = tuple(a for a in article_ids if a not in speaking)
    pairs = tuple(relate(rule, p, q, dates) for p, q in combinations(pos, 2))
    if not pos:
        verdict = "none"
    elif len(pos) == 1:
        verdict = "single"
    else:
        verdict = max((p.relation for p in pairs), key=SEVERITY.index)
    items = set_items(rule, pos) if TYPES[rule.type].items else ()
    return FieldVerdict(rule.id, verdict, pos, pairs, silent, notes(rule, pos), items,
                        values_with_sources(rule, pos), timeline(pos, dates) if verdict == "changed" else ())


def relate(rule, p: Position, q: Position, dates) -> Pair:
    relation, reason = _values(rule, p, q)
    da, db = dates.get(p.article), dates.get(q.article)
    if relation == "contradict" and da and db and abs((da - db).days) > rule.window:
        days = abs((da - db).days)
        relation, reason = "changed", f"{days} days apart, beyond the {rule.window}-day window: {reason}"
    voices = _voices(p, q) if relation == "contradict" else ""
    return Pair(p.article, q.article, relation, reason, voices)


def _voices(p: Position, q: Position) -> str:
    """Whose words clash: the outlets' own, parties' they report, or one of each."""
    own = [any(c.holder is None and not c.negated for c in x.claims) for x in (p, q)]
    return "outlets" if all(own) else ("parties" if not any(own) else "mixed")


def _values(rule, p: Position, q: Position):
    for x, y in ((p, q), (q, p)):
        for value in x.affirmed:
            if value in y.denied or implied_by(rule, value) & set(y.denied):
                return "contradict", f"{x.article} says {value}; {y.article} says it is not so"
    if p.affirmed == q.affirmed:
        return ("agree", "") if p.denied == q.denied else ("compatible", "the same values, different denials")
    items = TYPES[rule.type].items
    if items or not p.affirmed or not q.affirmed:
        return "compatible", "different items, none denied" if items else "nothing affirmed on one side"
    found = {}
    for a in p.affirmed:
        for b in q.affirmed:
            found[(a, b)] = compare_values(rule, a, b)
    if _covered(p.affirmed, q.affirmed, found) and _covered(q.affirmed, p.affirmed, found, flip=True):
        reasons = [r for (rel, r) in found.values() if rel == "compatible"]
        return ("compatible", reasons[0]) if reasons else ("agree", "")
    conflicts = [r for (rel, r) in found.values() if rel == "conflict"]
    return "contradict", conflicts[0]


def _covered(xs, ys, found, flip=False) -> bool:
    ok = ("equal", "compatible")
    return all(any(found[(y, x) if flip else (x, y)][0] in ok for y in ys) for x in xs)


def set_items(rule, pos) -> tuple:
    """(item, verdict, supporters, deniers) for every item any source names."""
    named = {v for p in pos for v in p.affirmed + p.denied}
    items = sorted(named | _implied(rule, named), key=sort_key)
    out = []
    for item in items:
        yes = tuple(p.article for p in pos if item in p.affirmed or item in _implied(rule, p.affirmed))
        no = tuple(p.article for p in pos if item in p.denied)
        verdict = "contradict" if yes and no else ("agree" if len(yes) > 1 else "single")
        out.append((item, verdict, yes, no))
    return tuple(out)


def _implied(rule, values) -> set:
    return set().union(*(implied_by(rule, v) for v in values)) if values else set()


def notes(rule, pos) -> tuple:
    """Disputes that articles report, and parties that disagree inside one article."""
    out = []
    for p in pos:
        for c in p.claims:
            if c.disputed_by:
                out.append(Remark("disputed", p.article, c.value, c.holder, c.disputed_by))
        held = {}
        for c in p.claims:
            if not c.negated:
                held.setdefault(c.holder, set()).add(c.value)
        for (h1, v1), (h2, v2) in combinations(sorted(held.items(), key=lambda kv: str(kv[0])), 2):
            clash = [(a, b) for a in sorted(v1, key=sort_key) for b in sorted(v2, key=sort_key)
                     if not TYPES[rule.type].items and compare_values(rule, a, b)[0] == "conflict"]
            if clash:
                out.append(Remark("within", p.article, clash[0][0], h1, h2, clash[0][1]))
    return tuple(out)


def matrix(articles, verdicts) -> tuple:
    """For each pair of sources: on how many fields they agree, are compatible, contradict, changed."""
    counts = {(a.id, b.id): dict.fromkeys(SEVERITY, 0) for a, b in combinations(articles, 2)}
    for verdict in verdicts:
        for pair in verdict.pairs:
            counts[(pair.a, pair.b)][pair.relation] += 1
    return tuple((a, b, c) for (a, b), c in sorted(counts.items()))


def values_with_sources(rule, pos) -> tuple:
    """((value, denied, (article, ...)), ...) in the rule's value order."""
    by_value = {}
    for p in pos:
        for value in p.affirmed:
            by_value.setdefault((value, False), []).append(p.article)
        for value in p.denied:
            by_value.setdefault((value, True), []).append(p.article)
    ids = rule.value_ids

    def key(item):
        value, denied = item[0]
        return (ids.index(value) if value in ids else len(ids), sort_key(value), denied)

    return tuple((value, denied, tuple(arts)) for (value, denied), arts in sorted(by_value.items(), key=key))


def timeline(pos, dates) -> tuple:
    """The positions in publication order, runs that say the same joined: ((days, affirmed,
    denied, (article, ...)), ...); days: sorted ISO days or 'undated'; denied only when
    nothing is affirmed."""
    steps = []
    for p in sorted(pos, key=lambda p: (dates.get(p.article) or dt.date.max, p.article)):
        day = dates.get(p.article)
        said = (p.affirmed, () if p.affirmed else p.denied)
        if not steps or steps[-1][1] != said:
            steps.append((set(), said, []))
        steps[-1][0].add(day.isoformat() if day else "undated")
        steps[-1][2].append(p.article)
    return tuple((tuple(sorted(days)), *said, tuple(arts)) for days, said, arts in steps)
