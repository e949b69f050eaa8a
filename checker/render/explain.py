"""`checker explain` output: for each article, the decisions taken for each rule, in words.

An article's id and file, its publication date and the lines left out; then a block
per rule that found something to say (its trigger, candidates, drops, claims, or
why it is empty), and one line naming the rules whose trigger no sentence mentions.
"""
from __future__ import annotations

from ..extract.explain import NO_TRIGGER

STEPS = (("trigger", "Triggers"), ("candidate", "Candidates"), ("dropped", "Dropped"), ("claim", "Claims"))


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def render(exp) -> str:
    """One article explained for one rule."""
    return render_article([exp])


def render_article(exps) -> str:
    """One article explained for every rule of exps (Explanations of that article)."""
    article = exps[0].article
    out = [f"{article.id}: {article.path}", _published(article)]
    if exps[0].excluded:
        out.append("Left out, never evidence:")
        out += [f"  line {n}: {reason}: '{t}'" for n, t, reason in exps[0].excluded]
    silent = [e.rule.id for e in exps if e.reason == NO_TRIGGER and not e.claims and len(e.notes) == 1]
    for exp in exps:
        if exp.rule.id not in silent:
            out += _rule_block(exp, article.text)
    if silent:
        out.append(f"No sentence mentions the trigger: {', '.join(silent)}")
    return "\n".join(out) + "\n"


def _rule_block(exp, text: str) -> list:
    out = [f"{exp.rule.id}: {exp.rule.question}"]
    for step, title in STEPS:
        chosen = [n for n in exp.notes if n.step == step]
        if chosen:
            out.append(f"  {title}:")
            out += [f"    {f'line {line_of(text, n.start)}: ' if n.start >= 0 else ''}{n.text}" for n in chosen]
    if exp.reason:
        out.append(f"  Empty: {exp.reason}")
    return out


def _published(article) -> str:
    """'published: DAY', with what it rests on when no metadata gave it ('unknown' and why)."""
    basis = article.published_basis
    if basis and article.published_inferred:
        basis = f"inferred: {basis}; relative dates are not read against it"
    return f"published: {article.published or 'unknown'}" + (f" ({basis})" if basis else "")
