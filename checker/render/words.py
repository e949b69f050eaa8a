"""Words a reader understands, shared by the renderers and `checker explain`."""
from __future__ import annotations

import re

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\|*_`<>[]"})


def md(text) -> str:
    """Text safe inside a Markdown table cell: one line, table and emphasis marks escaped."""
    return re.sub(r"\s+", " ", str(text)).translate(_MD_SPECIAL)


def holder_words(claim, labels: dict) -> str:
    if not claim.holder:
        return "the article's own voice"
    label = labels.get(claim.holder, claim.holder)
    speaker = claim.speaker or ""
    if speaker and speaker.lower() != label.lower():
        return f"{label}, via {speaker}"
    return label


def flag_words(claim, labels: dict) -> str:
    words = [holder_words(claim, labels)]
    if claim.hedge:
        words.append(f"hedged: “{claim.hedge}”")
    if claim.negated:
        words.append("negated")
    if claim.disputed_by:
        words.append(f"contested by {labels.get(claim.disputed_by, claim.disputed_by)}")
    if claim.warning:
        words.append(f"check: {claim.warning}")
    return md("; ".join(words))


def quote_cell(claim, width: int) -> str:
    """The quote, the matched words in bold, trimmed to about `width` characters around them."""
    cut_a, cut_b = claim.match_start - claim.start, claim.match_end - claim.start
    pre, mid, post = (_squash(t) for t in (claim.quote[:cut_a], claim.quote[cut_a:cut_b], claim.quote[cut_b:]))
    room = max(20, width - len(mid)) // 2
    if len(pre) > room:
        pre = "…" + pre[len(pre) - room:].split(" ", 1)[-1]
    if len(post) > room:
        post = post[:room].rsplit(" ", 1)[0] + "…"
    return f"{md(pre)}**{md(mid)}**{md(post)}"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def party(holder, labels: dict) -> str:
    return labels.get(holder, holder) if holder else "the article's own voice"


def remark_words(remark, rule, labels: dict) -> str:
    """'full control is Russia's claim, contested by Ukraine'."""
    if remark.kind == "disputed":
        who = labels.get(remark.holder, remark.holder) if remark.holder else "the article"
        return f"{rule.label(remark.value)} is {who}'s claim, contested by {party(remark.other, labels)}"
    return (f"{party(remark.holder, labels)} says {rule.label(remark.value)}; "
            f"{party(remark.other, labels)} says {rule.label(remark.other_value)}")


def day_words(article) -> str:
    """'2025-08-01', '2025-08-01 (inferred)' or 'date unknown'."""
    if article.published is None:
        return "date unknown"
    return article.published.isoformat() + (" (inferred)" if article.published_inferred else "")


def outlet_words(article) -> str:
    """The outlet, or the article's title or headline when its outlet is not known."""
    name = (article.outlet or "").strip()
    if name and name.lower() not in ("unknown", "n/a", "none"):
        return name
    title = article.title or article.headline
    if title:
        title = " ".join(title.split())
        return "“" + (title if len(title) <= 48 else title[:47].rsplit(" ", 1)[0] + "…") + "”"
    return article.id


def anchor(article_id: str) -> str:
    return "src-" + re.sub(r"[^A-Za-z0-9_-]", "-", article_id)


def source_link(article) -> str:
    """'[Continental Press, 2025-08-01](#src-10_...)': outlet and day, linked to the source list."""
    return f"[{md(outlet_words(article))}, {day_words(article)}](#{anchor(article.id)})"


def speaker_words(claim, labels: dict, article=None) -> str:
    """Who says it, as a reader names them: 'Russia (Russian Defence Ministry)', or the
    outlet for the article's own voice."""
    if not claim.holder:
        known = (article.outlet or "").strip() if article is not None else ""
        return known if known and known.lower() not in ("unknown", "n/a", "none") else "the article's own voice"
    label = labels.get(claim.holder, claim.holder)
    speaker = claim.speaker or ""
    if speaker and speaker.lower() != label.lower():
        return f"{label} ({speaker})"
    return label
