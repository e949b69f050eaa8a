"""Values one sentence says that make one value: "travels to China on Aug. 31 ... will
stay on until Sept. 3" is one span; a summit's days inside a trip's are the trip's
(the value type's `joined`, values/dates.py)."""
from __future__ import annotations

from dataclasses import replace

from ..values import TYPES


def joined(rule, claims, note) -> list:
    """Values one sentence says that its type makes one (dates: "travels on Aug. 31 ...
    will stay until Sept. 3" is one span; a summit's days inside a trip's are the trip's),
    per holder and negation: the first claim takes the joined value and the words of all."""
    join = TYPES[rule.type].joined
    groups = {}
    for i, c in sorted(enumerate(claims), key=lambda ic: (ic[1].match_start, ic[0])):
        groups.setdefault((c.start, c.holder, c.negated), []).append(i)
    out, gone = list(claims), set()
    for members in (m for m in groups.values() if join and len(m) > 1):
        for value, parts in join(rule, [claims[i].value for i in members]):
            first, rest = claims[members[parts[0]]], [claims[members[p]] for p in parts[1:]]
            if not rest:
                continue
            a, b = min(c.match_start for c in [first, *rest]), max(c.match_end for c in [first, *rest])
            out[members[parts[0]]] = replace(first, value=value, match_start=a, match_end=b,
                                             match=first.quote[a - first.start:b - first.start])
            gone.update(members[p] for p in parts[1:])
            note("dropped", lambda v=value, r=rest, f=first: f"{f.value} and " + ", ".join(c.value for c in r)
                 + f": said in one sentence (line {f.line}), one value: {v}")
    return [c for i, c in enumerate(out) if i not in gone]
