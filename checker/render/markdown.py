"""The Markdown report, for people (GitHub-flavoured tables via tabulate).

Order: sources, summary, contradictions, changes over time, compatible
differences, agreements, single-source claims, the source x source matrix,
coverage, skipped inputs. Everything is sorted, nothing is timed: the same
inputs give the same bytes.
"""
from __future__ import annotations

from tabulate import tabulate

from ..settings import defaults
from ..values import TYPES
from .words import flag_words, md, quote_cell, remark_words

SECTIONS = (
    ("contradict", "Contradictions", "Sources that say things that cannot both be true."),
    ("changed", "Changed over time", "Different values from articles further apart than the field's window: "
                                     "a change over time, not a contradiction."),
    ("compatible", "Compatible differences", "Different values that can all hold at once."),
    ("agree", "Agreements", "Every source that speaks says the same."),
    ("single", "Single-source claims", "Only one source speaks on these fields."),
)
VERDICT_WORDS = {"contradict": "**contradict**", "changed": "changed over time", "compatible": "compatible",
                 "agree": "agree", "single": "single source", "none": "no source"}


def table(rows, headers) -> str:
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def render(cmp, diagnostics: bool = False) -> str:
    rules = {r.id: r for r in cmp.rules}
    labels = dict(cmp.holder_labels)
    parts = ["# Cross-source consistency report", _headline(cmp), _sources(cmp),
             "## Summary", _summary(cmp, rules)]
    for verdict, title, blurb in SECTIONS:
        chosen = [v for v in cmp.fields if v.verdict == verdict]
        if chosen:
            parts += [f"## {title}", f"_{blurb}_"]
            parts += [_field(v, rules[v.field], labels) for v in chosen]
    parts += ["## Source × source", _matrix(cmp), "## Coverage", _coverage(cmp, rules)]
    if cmp.skipped or cmp.warnings:
        parts += ["## Skipped inputs", _skipped(cmp)]
    if diagnostics:
        parts += render_section(cmp.diagnostics)
    return "\n\n".join(parts) + "\n"


def _headline(cmp) -> str:
    n = {k: sum(1 for v in cmp.fields if v.verdict == k) for k in VERDICT_WORDS}
    return (f"{len(cmp.articles)} articles compared on {len(cmp.fields)} fields: "
            f"**{n['contradict']} contradicted**, {n['changed']} changed over time, "
            f"{n['compatible']} compatible, {n['agree']} agreed, {n['single']} single-source, "
            f"{n['none']} with no source.")


def _sources(cmp) -> str:
    rows = []
    for a in cmp.articles:
        date = a.published.isoformat() if a.published else "unknown"
        if a.published and a.published_inferred:
            date += " (inferred)"
        rows.append([f"`{a.id}`", md(a.outlet or "unknown"), date, md(a.title or "—")])
    return table(rows, ["Source", "Outlet", "Published", "Title"])


def _summary(cmp, rules) -> str:
    rows = []
    for v in cmp.fields:
        rule = rules[v.field]
        values = "; ".join(f"{'not ' if denied else ''}{md(rule.label(value))}: {_ids(arts)}"
                           for value, denied, arts in v.values) or "—"
        rows.append([f"[{v.field}](#{v.field})", verdict_words(v),
                     f"{len(v.positions)} of {len(cmp.articles)}", values])
    return table(rows, ["Field", "Verdict", "Sources", "Values (sources)"])


def _field(v, rule, labels) -> str:
    out = [f"### {v.field}", f"> {md(rule.question)}", _type_line(v, rule)]
    # agreements need no bullet; set items and the timeline say the rest
    shown = [p for p in v.pairs if p.relation not in ("agree", "changed") and not (v.items and p.relation == "compatible")]
    bullets = [f"- `{p.a}` vs `{p.b}`: {p.relation}{' — ' + md(p.reason) if p.reason else ''}" for p in shown]
    bullets += [f"- {'Reported dispute' if r.kind == 'disputed' else 'Inside one article'} in `{r.article}`: "
                f"{md(remark_words(r, rule, labels))}" for r in v.notes]
    if bullets:
        out.append("\n".join(bullets))
    if v.timeline:
        out.append(_timeline(v, rule))
    if v.items:
        out.append(table([[md(rule.label(i)), VERDICT_WORDS[vd], _ids(y), _ids(n)] for i, vd, y, n in v.items],
                         ["Item", "Verdict", "Said by", "Denied by"]))
    out.append(_evidence(v, rule, labels))
    if v.silent:
        out.append("Silent: " + ", ".join(f"`{a}`" for a in v.silent))
    return "\n\n".join(out)


def _type_line(v, rule) -> str:
    line = f"Verdict: {verdict_words(v)} · type: {rule.type}"
    if TYPES[rule.type].scale:
        line += " (" + " < ".join(rule.value_ids) + ")"
    return line


VOICES = {"outlets": "between outlets", "parties": "between reported parties",
          "mixed": "an outlet vs a reported party"}


def verdict_words(v) -> str:
    """'**contradict** (between outlets)', 'single source; disputed' ..."""
    words = VERDICT_WORDS[v.verdict]
    kinds = sorted({p.voices for p in v.pairs if p.voices})
    if kinds:
        words += " (" + "; ".join(VOICES[k] for k in kinds) + ")"
    if any(r.kind == "disputed" for r in v.notes):
        words += "; disputed"
    if any(r.kind == "within" for r in v.notes):
        words += "; parties differ inside an article"
    return words


def _ids(ids) -> str:
    return ", ".join(f"`{a}`" for a in ids) or "—"


def _evidence(v, rule, labels) -> str:
    width = defaults()["quote_chars"]
    rows = []
    for p in v.positions:
        for c in p.claims:
            value = ("not " if c.negated else "") + rule.label(c.value)
            rows.append([f"`{p.article}`", md(value), quote_cell(c, width), str(c.line), flag_words(c, labels)])
    return table(rows, ["Source", "Value", "Evidence", "Line", "Who and how"])


def _timeline(v, rule) -> str:
    words = []
    for days, affirmed, denied, arts in v.timeline:
        values = ", ".join(rule.label(x) for x in affirmed) or "not " + ", ".join(map(str, denied))
        when = days[0] if len(days) == 1 else f"{days[0]} to {days[-1]}"
        words.append(f"{when}: **{md(values)}** ({', '.join(f'`{a}`' for a in arts)})")
    return "Timeline: " + " → ".join(words)


def _matrix(cmp) -> str:
    ids = [a.id for a in cmp.articles]
    cells = {}
    for a, b, counts in cmp.matrix:
        text = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "—"
        cells[(a, b)] = cells[(b, a)] = text
    rows = [[f"`{x}`"] + ["·" if x == y else cells.get((x, y), "—") for y in ids] for x in ids]
    legend = "Fields on which both sources speak, by relation."
    return legend + "\n\n" + table(rows, [""] + [f"`{y}`" for y in ids])


def _coverage(cmp, rules) -> str:
    ids = [a.id for a in cmp.articles]
    rows = []
    for v in cmp.fields:
        said = {p.article: p for p in v.positions}
        row = [f"`{v.field}`"]
        for a in ids:
            p = said.get(a)
            words = [rules[v.field].label(x) for x in p.affirmed] + [f"not {x}" for x in p.denied] if p else []
            row.append(md(", ".join(map(str, words))) if p else "—")
        rows.append(row)
    return table(rows, ["Field"] + [f"`{a}`" for a in ids])


def _skipped(cmp) -> str:
    lines = [f"- skipped: {md(str(p))}" for p in cmp.skipped]
    lines += [f"- read, with a warning: {md(str(p))}" for p in cmp.warnings]
    return "\n".join(lines)


def render_section(diagnostics) -> list:
    """The Markdown section (for `checker report --diagnostics`)."""
    rows = [[f"`{r['rule']}`", str(r["articles"]), str(r["claims"]), str(r["hedged"]), str(r["negated"]),
             str(r["disputed"])] for r in diagnostics["rules"]]
    parts = ["## Rule diagnostics", "_How often each rule fires; rules that claim the same words._",
             table(rows, ["Rule", "Articles", "Claims", "Hedged", "Negated", "Disputed"])]
    if diagnostics["overlaps"]:
        rows = [[f"`{o['a']}` / `{o['b']}`", str(o["count"]),
                 "; ".join(f"`{e['article']}` line {e['line']}: \"{md(e[o['a']])}\" / \"{md(e[o['b']])}\""
                           for e in o["examples"])] for o in diagnostics["overlaps"]]
        parts.append(table(rows, ["Rules", "Shared spans", "Examples"]))
    else:
        parts.append("No two rules claim the same words.")
    return parts
