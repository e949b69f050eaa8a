"""`checker explain` output: the decisions taken for one article and one rule, in words."""
from __future__ import annotations


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def render(exp: Explanation) -> str:
    text, rule = exp.article.text, exp.rule
    out = [f"{exp.article.id} · {rule.id}: {rule.question}", _published(exp.article)]
    if exp.excluded:
        out.append("Left out, never evidence:")
        out += [f"  line {n}: {reason}: '{t}'" for n, t, reason in exp.excluded]
    for step, title in (("trigger", "Triggers"), ("candidate", "Candidates"), ("dropped", "Dropped"),
                        ("claim", "Claims")):
        chosen = [n for n in exp.notes if n.step == step]
        if chosen:
            out.append(f"{title}:")
            for n in chosen:
                where = f"line {line_of(text, n.start)}: " if n.start >= 0 else ""
                out.append(f"  {where}{n.text}")
    if exp.reason:
        out.append(f"Empty: {exp.reason}")
    return "\n".join(out) + "\n"


def _published(article) -> str:
    """'published: DAY', with what it rests on when no metadata gave it ('unknown' and why)."""
    basis = article.published_basis
    if basis and article.published_inferred:
        basis = f"inferred: {basis}; relative dates are not read against it"
    return f"published: {article.published or 'unknown'}" + (f" ({basis})" if basis else "")
