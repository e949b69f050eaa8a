"""The Markdown report, for people (GitHub-flavoured tables via tabulate).

Bounded whatever the corpus: per field each value with its count and a few
quotes, the rest in report.json. Order: the headline, "Check first", the
summary, the fields by verdict (contradictions first), outlets (with the
outlet x outlet matrix while there are few), the sources quoted, skipped
inputs. Everything is sorted, nothing is timed: the same inputs give the same bytes.
"""
from __future__ import annotations

from tabulate import tabulate

from ..settings import defaults
from .mdfield import field_section, relation_words, value_words, verdict_words
from .words import anchor, day_words, md, outlet_words, source_link

SECTIONS = (
    ("contradict", "Contradictions", "Firm claims of different sources that cannot both be true."),
    ("changed", "Changed over time", "Values that clash, from articles further apart than the field's window: "
                                     "a change over time, not a contradiction."),
    ("compatible", "Compatible differences", "Different values that can all hold at once."),
    ("agree", "Agreements", "Every source that states it firmly says the same."),
    ("single", "Single-source claims", "Only one source states these firmly."),
    ("reported", "Only reported", "Every claim on these fields is hedged: reported, not asserted."),
)


def table(rows, headers) -> str:
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def render(cmp, diagnostics: bool = False) -> str:
    rules = {r.id: r for r in cmp.rules}
    labels = dict(cmp.holder_labels)
    parts = ["# Cross-source consistency report", _headline(cmp), "## Check first", _check_first(cmp, rules, labels),
             "## Summary", _summary(cmp, rules)]
    for verdict, title, blurb in SECTIONS:
        chosen = [v for v in cmp.fields if v.verdict == verdict]
        if chosen:
            parts += [f"## {title}", f"_{blurb}_"]
            parts += [field_section(v, rules[v.field], labels, i) for i, v in
                      ((cmp.fields.index(v), v) for v in chosen)]
    parts += ["## Outlets", _outlets(cmp), "## Sources", _sources(cmp)]
    if cmp.skipped or cmp.warnings:
        parts += ["## Skipped inputs", _skipped(cmp)]
    if diagnostics:
        parts += render_section(cmp.diagnostics)
    return "\n\n".join(parts) + "\n"


def write(cmp, out, diagnostics: bool = False) -> None:
    out.write(render(cmp, diagnostics))


def _headline(cmp) -> str:
    n = {k: sum(1 for v in cmp.fields if v.verdict == k) for k in
         ("contradict", "changed", "compatible", "agree", "single", "reported", "none")}
    when = f", published {cmp.first_day}" if cmp.first_day else ""
    when += f" to {cmp.last_day}" if cmp.last_day != cmp.first_day else ""
    dates = []
    if cmp.undated:
        dates.append(f"{cmp.undated} undated")
    if cmp.inferred:
        dates.append(f"{cmp.inferred} with a date inferred from the text")
    when += f" ({', '.join(dates)})" if dates else ""
    unknown = sum(1 for name, _ in cmp.outlets if name.endswith(" (outlet unknown)"))
    known = len(cmp.outlets) - unknown
    whose = [f"from {known} outlet{'s' if known != 1 else ''}"] if known else []
    whose += [f"{unknown} of unknown outlet" if known else "of unknown outlet"] if unknown else []
    return (f"{cmp.articles} article{'s' if cmp.articles != 1 else ''} {' and '.join(whose)}{when}, compared on {len(cmp.fields)} fields: "
            f"**{n['contradict']} contradicted**, {n['changed']} changed over time, {n['compatible']} compatible, "
            f"{n['agree']} agreed, {n['single']} single-source, {n['reported']} only reported, "
            f"{n['none']} with no source.\n\n"
            "Verdicts rest on firm claims; hedged claims are listed as reported, denials count against their "
            "value. Each field shows its values with their counts and a few quotes; every claim, with its "
            "evidence, is in `report.json`.")


def _check_first(cmp, rules, labels) -> str:
    if not cmp.check_first:
        return ("Nothing to check first: no contradiction between firm claims of different outlets, no article "
                "that contradicts itself, no lone outlier, no verdict resting on an unknown date.")
    lines = [f"{i}. {check_words(item, rules[item.field], labels)}" for i, item in enumerate(cmp.check_first, 1)]
    if cmp.more_checks:
        lines.append(f"\n{cmp.more_checks} more in the fields below.")
    return "\n".join(lines)


def check_words(item, rule, labels) -> str:
    head = f"**[{item.field}](#{item.field})**"
    r = item.relation
    if item.kind == "contradiction":
        return f"{head}: contradiction between outlets: {relation_words(r, rule, labels)}."
    if item.kind == "self":
        i = item.inside
        return (f"{head}: {source_link(i.quote.source)} contradicts itself: "
                f"*{value_words(rule, i.quote.claim)}* (line {i.quote.claim.line}) and "
                f"*{value_words(rule, i.other.claim)}* (line {i.other.claim.line}).")
    if item.kind == "outlier":
        return f"{head}: lone outlier *{md(rule.label(item.value))}*: {relation_words(r, rule, labels)}."
    footing = "an unknown publication date" if r.dates == "unknown" else "a publication date inferred from the text"
    return (f"{head}: the verdict rests on {footing}: {relation_words(r, rule, labels)}. "
            "Check when these articles were published.")


def _summary(cmp, rules) -> str:
    rows = []
    for v in cmp.fields:
        rule = rules[v.field]
        shown = defaults()["report"]["values_shown"]
        values = [summary_value(rule, g) for g in v.values[:shown]]
        if len(v.values) > shown:
            values.append(f"{len(v.values) - shown} more")
        rows.append([f"[{v.field}](#{v.field})", verdict_words(v), f"{v.sources} of {cmp.articles}",
                     "; ".join(values) or "—"])
    return table(rows, ["Field", "Verdict", "Sources", "Values (firm sources)"])


def summary_value(rule, g) -> str:
    """'full control (5)', 'Europe (0; 1 reported)', 'full control (5; denied by 2)'."""
    extra = [f"{len(g.reported)} reported"] if g.reported else []
    extra += [f"denied by {len(g.denied)}"] if g.denied else []
    return f"{md(rule.label(g.value))} ({'; '.join([str(len(g.firm))] + extra)})"


def _outlets(cmp) -> str:
    limit = defaults()["report"]["matrix_max_outlets"]
    shown = cmp.outlets[:limit * 2]
    out = [table([[md(name), str(n)] for name, n in shown], ["Outlet", "Articles"])]
    if len(cmp.outlets) > len(shown):
        out.append(f"And {len(cmp.outlets) - len(shown)} more outlets (report.json, `outlets`).")
    if cmp.matrix is None:
        out.append(f"No outlet × outlet matrix: {len(cmp.outlets)} outlets are more than {limit} "
                   "(the matrix would be too large to read).")
        return "\n\n".join(out)
    names = sorted(name for name, _ in cmp.outlets)
    cells = {}
    for a, b, counts in cmp.matrix:
        cells[(a, b)] = cells[(b, a)] = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "—"
    rows = [[md(x)] + ["·" if x == y else cells.get((x, y), "—") for y in names] for x in names]
    out.append("Outlet × outlet: on how many fields two outlets agree, are compatible or differ "
               "(differ: values that clash at any date; each field says whether that is a change over time).")
    out.append(table(rows, [""] + [md(y) for y in names]))
    return "\n\n".join(out)


def _sources(cmp) -> str:
    listed = cmp.cited
    blurb = "The articles quoted above."
    if cmp.articles > len(listed):
        blurb += f" All {cmp.articles} articles are listed in report.json (`articles`)."
    rows = []
    for a in listed:
        title = md(a.title or a.headline or "(no title or headline)")
        if a.url:
            title = f"[{title}](<{a.url}>)"
        rows.append([f'<a id="{anchor(a.id)}"></a>{md(outlet_words(a))}', day_words(a), title, f"`{md(a.id)}`"])
    return blurb + "\n\n" + table(rows, ["Outlet", "Published", "Title", "File"])


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
