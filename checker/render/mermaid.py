"""Mermaid diagrams that GitHub draws from a ```mermaid block: a field's dated timeline.

Text in a diagram keeps to letters, digits and plain punctuation: Mermaid's timeline
reads ':' as the start of an event and '#', ';', quotes and brackets as syntax.
tests/browser checks every block with Mermaid's own parser.
"""
from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^\w .,()/+'-]+")


def safe(text) -> str:
    """Text Mermaid takes as it is: anything else becomes a space."""
    return " ".join(_UNSAFE.sub(" ", str(text)).split()) or "-"


def timeline_block(v, rule, shown: int) -> str:
    """A ```mermaid timeline: one period per publication day, one event per value said that day."""
    days = {}
    for day, basis, value, ids in v.timeline:
        label = (day.isoformat() + (" inferred" if basis == "inferred" else "")) if day else "date unknown"
        n = len(ids)
        days.setdefault(label, []).append(f"{safe(rule.label(value))} ({n} source{'s' if n != 1 else ''})")
    periods = list(days.items())
    if len(periods) > shown:
        half = shown // 2
        periods = periods[:half] + [("...", [f"{len(periods) - shown} more days"])] + periods[-(shown - half):]
    lines = ["```mermaid", "timeline", f"    title {safe(rule.question)}"]
    lines += [f"    {safe(label)} : " + " : ".join(events) for label, events in periods]
    lines.append("```")
    return "\n".join(lines)


def blocks(markdown: str) -> list:
    """The text of every ```mermaid block of a Markdown document (for tests and checks)."""
    return re.findall(r"```mermaid\n(.*?)```", markdown, flags=re.S)
