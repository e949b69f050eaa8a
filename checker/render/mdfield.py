"""One field's section of report.md: the verdict and why, a range and a dated timeline
(number and date fields, and fields that changed), each value with its counts and a
few quotes, and the clashes inside single articles."""
from __future__ import annotations

from tabulate import tabulate

from ..settings import defaults
from ..values import TYPES
from . import mermaid
from .words import flag_words, md, quote_cell, source_link, speaker_words

VERDICT_WORDS = {"contradict": "**contradict**", "changed": "changed over time", "compatible": "compatible",
                 "agree": "agree", "single": "single source", "reported": "only reported", "none": "no source"}
DATES = {"unknown": "rests on an unknown date", "inferred": "rests on an inferred date"}


def table(rows, headers) -> str:
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def verdict_words(v) -> str:
    """'**contradict** (rests on an unknown date); self-contradiction' ..."""
    words = VERDICT_WORDS[v.verdict]
    if v.dates in DATES:
        words += f" ({DATES[v.dates]})"
    kinds = {i.kind for i in v.inside}
    if "self" in kinds:
        words += "; an article contradicts itself"
    if "dispute" in kinds or "disputed" in kinds:
        words += "; disputed inside an article"
    return words


def value_words(rule, claim) -> str:
    return md(("not " if claim.negated else "") + str(rule.label(claim.value)))


def relation_words(r, rule, labels) -> str:
    """'*full control* (Russia (Defence Ministry); [Vestnik, 2025-07-31](#..)) vs *not full control* (...)'."""
    if not r.pair:
        return md(r.reason)
    a, b = r.pair
    when = ""
    if r.dates == "none":
        when = "; the field cannot change over time (window: never)"
    elif r.days is not None:
        when = f"; {r.days} day{'s' if r.days != 1 else ''} apart"
    return (f"*{value_words(rule, a.claim)}* ({md(speaker_words(a.claim, labels, a.source))}; {source_link(a.source)}) "
            f"vs *{value_words(rule, b.claim)}* ({md(speaker_words(b.claim, labels, b.source))}; "
            f"{source_link(b.source)}): {md(r.reason)}{when}")


def field_section(v, rule, labels, index: int) -> str:
    limits = defaults()["report"]
    window = "never changes" if rule.window is None else f"window {rule.window} days"
    kind = f"type: {rule.type}"
    if TYPES[rule.type].scale:
        kind += " (" + " < ".join(rule.value_ids) + ")"
    out = [f"### {v.field}", f"> {md(rule.question)}",
           f"Verdict: {verdict_words(v)} · {kind} · {window} · {_n(v.sources, 'source')}, {_n(v.claims, 'claim')}"]
    out.append(_why(v, rule, labels))
    if getattr(v, "total", None):
        out.append(_total(v, rule))
    if v.range:
        low, high = (md(rule.label(x)) for x in v.range)
        out.append(f"Range of firm values: {low}" + (f" to {high}" if high != low else ""))
    if len(v.timeline) > 1:
        out.append(_timeline(v, rule, limits["timeline_shown"]))
        out.append(mermaid.timeline_block(v, rule, limits["timeline_shown"]))
    if v.items:
        out.append(table([[md(rule.label(i)), VERDICT_WORDS.get(vd, vd), str(len(y)), str(len(n))]
                          for i, vd, y, n in v.items[:limits["values_shown"]]],
                         ["Item", "Verdict", "Said firmly by", "Denied by"]))
    out.append(_values(v, rule, limits["values_shown"]))
    out.append(_evidence(v, rule, labels, limits["values_shown"]))
    if v.inside:
        out.append(_inside(v, rule, labels, limits["inside_shown"]))
    out.append(f"Every claim of this field: report.json, `fields[{index}].claims` ({v.claims}).")
    return "\n\n".join(out)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _why(v, rule, labels) -> str:
    clashes = [r for r in v.relations if r.relation == v.verdict]
    if v.verdict in ("contradict", "changed") and clashes:
        shown = clashes[:1] if v.timeline else clashes[:defaults()["report"]["values_shown"]]
        lines = [f"- {relation_words(r, rule, labels)}" for r in shown]
        if len(clashes) > len(shown):
            lines.append(f"- and {len(clashes) - len(shown)} more pairs of values (report.json, `relations`)")
        return "Why:\n\n" + "\n".join(lines)
    compatible = [r for r in v.relations if r.relation == "compatible"]
    if v.verdict == "compatible" and compatible:
        r = compatible[0]
        return f"Why: *{md(rule.label(r.a))}* and *{md(rule.label(r.b))}* can both hold: {md(r.reason)}."
    return f"Why: {md(v.reason)}."


def _total(v, rule) -> str:
    """A running total: the latest figure, and what breaks the rise."""
    t, label = v.total, (lambda x: md(rule.label(x)))
    lines = []
    if t.latest:
        day, value, ids = t.latest
        lines.append(f"- Latest: **{label(value)}** ({day.isoformat()}, {_n(len(ids), 'source')})")
    lines += [f"- Falls, worth checking: {label(a[1])} on {a[0].isoformat()}, then {label(b[1])} on {b[0].isoformat()}"
              for a, b in t.falls]
    lines += [f"- Figures of one day that cannot both hold: {day.isoformat()}: {', '.join(map(label, values))}"
              for day, values in t.same_day]
    lines += [f"- Undated: {label(value)} ({_n(len(ids), 'source')}), placed "
              + (f"between {after.isoformat()} and {before.isoformat()}" if after and before else
                 f"after {after.isoformat()}" if after else f"before {before.isoformat()}")
              for value, ids, after, before in t.placed]
    lines += [f"- Undated: {label(value)} ({_n(len(ids), 'source')}), cannot be placed in time" for value, ids in t.undated]
    return "Running total (a later, larger figure is the total rising, not a contradiction):\n\n" + "\n".join(lines)


def _timeline(v, rule, shown: int) -> str:
    rows = [[(day.isoformat() + (" (inferred)" if basis == "inferred" else "")) if day else "date unknown",
             md(rule.label(value)), str(len(ids))] for day, basis, value, ids in v.timeline]
    more = ""
    if len(rows) > shown:
        half = shown // 2
        more = f"\n\n{len(rows) - shown} more rows in report.json (`timeline`)."
        rows = rows[:half] + [["…", "…", "…"]] + rows[-(shown - half):]
    return "Timeline of firm claims:\n\n" + table(rows, ["Published", "Value", "Sources"]) + more


def _values(v, rule, shown: int) -> str:
    rows = []
    for g in v.values[:shown]:
        when = g.first.isoformat() if g.first else "—"
        if g.last and g.last != g.first:
            when += f" to {g.last.isoformat()}"
        rows.append([md(rule.label(g.value)), str(len(g.firm)), str(len(g.reported)), str(len(g.denied)),
                     str(g.outlets), when])
    text = table(rows, ["Value", "Firm", "Reported", "Denied", "Outlets", "Firmly said"])
    if len(v.values) > shown:
        text += f"\n\n{len(v.values) - shown} more values in report.json (`values`)."
    if v.not_compared:
        text += f"\n\n{v.not_compared} rare values were counted but not compared with the others."
    return text


def _evidence(v, rule, labels, shown: int) -> str:
    width = defaults()["quote_chars"]
    rows = []
    for g in v.values[:shown]:
        for q in g.quotes + g.denial_quotes:
            rows.append([value_words(rule, q.claim), source_link(q.source), quote_cell(q.claim, width),
                         str(q.claim.line), flag_words(q.claim, labels)])
    return table(rows, ["Value", "Source", "Evidence", "Line", "Who and how"])


def _inside(v, rule, labels, shown: int) -> str:
    lines = []
    for i in v.inside[:shown]:
        a, where = i.quote, source_link(i.quote.source)
        if i.kind == "disputed":
            lines.append(f"- Reported dispute in {where}: *{value_words(rule, a.claim)}*, claimed by "
                         f"{md(speaker_words(a.claim, labels, a.source))}, contested by "
                         f"{md(labels.get(i.other_party, i.other_party))} (line {a.claim.line})")
        else:
            b = i.other
            who = "contradicts itself" if i.kind == "self" else (
                f"{md(speaker_words(a.claim, labels, a.source))} vs {md(speaker_words(b.claim, labels, b.source))}")
            lines.append(f"- {'Self-contradiction' if i.kind == 'self' else 'Dispute'} in {where}: {who}: "
                         f"*{value_words(rule, a.claim)}* (line {a.claim.line}) and "
                         f"*{value_words(rule, b.claim)}* (line {b.claim.line})")
    if len(v.inside) > shown:
        lines.append(f"- and {len(v.inside) - shown} more (report.json, `inside`)")
    return "Inside single articles:\n\n" + "\n".join(lines)
