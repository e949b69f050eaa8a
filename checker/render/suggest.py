"""`checker rules suggest` output: a rule's misses over a corpus, grouped by the words
beside the trigger, the largest group first, each sentence with its file:line; or
the same as JSON."""
from __future__ import annotations

import json

WIDTH = 200  # characters of a sentence shown in the text output


def _label(group) -> str:
    if group.side == "before":
        return f"\"{group.words} …\""
    return f"\"… {group.words}\""


def _line(m) -> str:
    sentence = m.sentence if len(m.sentence) <= WIDTH else m.sentence[:WIDTH - 1] + "…"
    return f"  {m.path}:{m.line}  {sentence}"


def render_text(rule, groups, read: int) -> str:
    """read: how many articles were read."""
    found = [m for g in groups for m in g.misses]
    articles = len({m.article for m in found})
    one = len(found) == 1
    out = [f"{rule.id}: {len(found)} sentence{'' if one else 's'} name{'s' if one else ''} the subject but match"
           f"{'es' if one else ''} no value phrase, in {articles} of {read} article{'s' if read != 1 else ''}"]
    shared = [g for g in groups if g.side]
    for g in shared:
        out += ["", f"{_label(g)} ×{len(g.misses)}"] + [_line(m) for m in g.misses]
    alone = [g.misses[0] for g in groups if not g.side]
    if alone:
        out += ["", f"Sharing no words with another ({len(alone)}):"] + [_line(m) for m in alone]
    return "\n".join(out) + "\n"


def render_json(rule, groups, read: int) -> str:
    def miss(m):
        return {"file": m.path, "line": m.line, "article": m.article, "trigger": m.trigger, "sentence": m.sentence}

    data = {"rule": rule.id, "articles_read": read,
            "sentences": sum(len(g.misses) for g in groups),
            "groups": [{"side": g.side, "words": g.words, "count": len(g.misses), "sentences": [miss(m) for m in g.misses]}
                       for g in groups if g.side],
            "alone": [miss(g.misses[0]) for g in groups if not g.side]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
