"""The claims one rule made of an article, settled: claims of parties the rule does not ask
about dropped, one claim per (value, negation, holder) (a dispute said with a later
duplicate kept), a party's claim that another party denies marked disputed, and values
implied by another value in the same sentence dropped."""
from __future__ import annotations

from dataclasses import replace

from .joining import joined


def resolve(rule, claims, note) -> list:
    """Holder filter, then one claim per (value, negated, holder), which keeps a dispute said
    with a later duplicate ("Russia says it has taken X" ... "Kyiv denied Russian claims that
    X had fallen"), then implied values."""
    kept, seen, first = [], set(), {}
    # best first within a sentence: attributed, then the longest match
    for c in sorted(claims, key=lambda c: (c.start, c.holder is None, c.match_start - c.match_end, c.match_start)):
        if rule.holders and c.holder not in (None, *rule.holders):
            note("dropped", lambda c=c: f"{c.value}: held by {c.holder}, not one of {', '.join(rule.holders)}",
                 why=lambda c=c: f"value found but held by {c.holder}, not by {' or '.join(rule.holders)}")
            continue
        keys = {(c.start, c.value, c.negated), (c.value, c.negated, c.holder)}  # per sentence, per holder
        if keys & seen:
            k = first.get((c.value, c.negated, c.holder))
            carried = k is not None and c.disputed_by and not kept[k].disputed_by
            if carried:
                kept[k] = replace(kept[k], disputed_by=c.disputed_by)
            note("dropped", lambda c=c, kept_line=kept[k].line if carried else 0: f"{c.value}: a weaker duplicate "
                 f"of an earlier claim (line {c.line})" + (f"; its dispute by {c.disputed_by} goes to the claim of "
                                                          f"line {kept_line}" if kept_line else ""))
            continue
        seen |= keys
        first.setdefault((c.value, c.negated, c.holder), len(kept))
        kept.append(c)
    kept = joined(rule, kept, note)
    affirmed = {(c.start, c.value) for c in kept if not c.negated}  # by sentence
    implied = {(start, b) for a, b in rule.implies for start, value in affirmed if value == a}
    out = []
    for c in _contested(kept):
        if (c.start, c.value) in implied and not c.negated:
            note("dropped", lambda c=c: f"{c.value}: implied by another value in the same sentence")
            continue
        out.append(c)
        note("claim", lambda c=c: f"{c.value} (line {c.line})" + ("  [negated]" if c.negated else "")
             + (f"  [check: {c.warning}]" if c.warning else ""))
    return out


def _contested(claims) -> list:
    """A party's claim that another party in the same article denies is disputed by it
    ("Russia's ministry reported the liberation of the town" ... "Kyiv insists the town
    has not been captured": Russia's full control, disputed by Ukraine)."""
    deniers = {}
    for c in claims:
        if c.negated and c.holder:
            deniers.setdefault(c.value, c.holder)
    return [replace(c, disputed_by=deniers[c.value]) if not c.negated and c.holder and not c.disputed_by
            and deniers.get(c.value, c.holder) != c.holder else c for c in claims]
