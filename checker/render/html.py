"""report.html (`checker report --html`): the report's verdicts and quotes, and every
article that has a claim, its evidence highlighted; each claim links to its place.

Written as a stream, one article at a time (each is read again from its file, so
the offsets of the claims fall on the same text). Evidence spans that overlap are
cut into segments, each a <mark> listing the claims it belongs to; a claim's link
targets an anchor at its start, and the page marks the claim's segments as current
(a few lines of script on `hashchange`, and the :target rule without script).
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from .. import ingest
from ..errors import CheckerError
from ..settings import defaults
from .mdfield import VERDICT_WORDS
from .words import anchor, day_words, outlet_words

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3{line-height:1.2} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:.2rem .5rem}
.text{white-space:pre-wrap;font-family:Georgia,serif;border-left:3px solid #ddd;padding-left:1rem}
a.claim-at{scroll-margin-top:35vh} mark.ev{background:#fff3b0} mark.ev.current{background:#ff9f1c;outline:2px solid #d00000}
a.claim-at:target + mark.ev{background:#ff9f1c;outline:2px solid #d00000}
.meta{color:#555} .verdict{font-weight:bold}
"""
SCRIPT = """
function mark(){var id=decodeURIComponent(location.hash.slice(1));
 document.querySelectorAll('mark.current').forEach(function(m){m.classList.remove('current')});
 if(!id)return; document.querySelectorAll('mark.ev').forEach(function(m){
  if((' '+m.dataset.claims+' ').indexOf(' '+id+' ')>=0)m.classList.add('current')});}
window.addEventListener('hashchange',mark); window.addEventListener('DOMContentLoaded',mark);
"""


def claim_id(article_id: str, field: str, start: int, end: int) -> str:
    """The anchor of one claim's evidence in report.html."""
    return f"c-{anchor(article_id)[4:]}-{field}-{start}-{end}"


def write(cmp, out, diagnostics: bool = False) -> None:
    rules = {r.id: r for r in cmp.rules}
    e = html.escape
    out.write(f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
              f"<title>Cross-source consistency report</title><style>{STYLE}</style>"
              f"<script>{SCRIPT}</script></head><body>\n<h1>Cross-source consistency report</h1>\n"
              f"<p>{cmp.articles} articles compared on {len(cmp.fields)} fields. Each quote links to its "
              f"place in its article below, where the evidence of every claim is highlighted.</p>\n")
    for v in cmp.fields:
        _field(out, v, rules[v.field])
    out.write("<h2>Articles</h2>\n")
    for article_text, claims in cmp.store.article_claims():
        if claims:
            _article(out, json.loads(article_text), [json.loads(c) for c in claims], rules)
    out.write("</body></html>\n")


def _field(out, v, rule) -> None:
    e = html.escape
    out.write(f"<section id=\"{e(v.field)}\"><h3>{e(v.field)}</h3><p><em>{e(rule.question)}</em></p>"
              f"<p class=\"verdict\">{e(VERDICT_WORDS[v.verdict].strip('*'))}: {e(v.reason)}</p><ul>\n")
    for g in v.values[:defaults()["report"]["values_shown"]]:
        quotes = "; ".join(
            f"<a class=\"claim\" href=\"#{claim_id(q.claim.article, q.claim.field, q.claim.start, q.claim.end)}\">"
            f"{'denied by ' if q.claim.negated else ''}{e(outlet_words(q.source))}, {e(day_words(q.source))}: "
            f"“{e(_short(q.claim.quote))}”</a>"
            for q in g.quotes + g.denial_quotes)
        out.write(f"<li><strong>{e(str(rule.label(g.value)))}</strong>: {len(g.firm)} firm, "
                  f"{len(g.reported)} reported, {len(g.denied)} denied. {quotes}</li>\n")
    out.write("</ul></section>\n")


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"


def _article(out, meta: dict, claims: list, rules: dict) -> None:
    e = html.escape
    try:
        article, _ = ingest.read_article(Path(meta["file"]), {})
        text = article.text
    except CheckerError:
        text = None
    title = meta["title"] or meta["headline"] or meta["id"]
    if meta["url"]:
        title = f"<a href=\"{e(meta['url'])}\">{e(title)}</a>"
    else:
        title = e(title)
    out.write(f"<article id=\"{anchor(meta['id'])}\"><h3>{title}</h3><p class=\"meta\">"
              f"{e(meta['outlet'] or 'outlet unknown')} · {e(meta['published'] or 'date unknown')} · "
              f"{e(meta['file'])}</p>\n<ul>")
    for c in sorted(claims, key=lambda c: (c["start"], c["field"])):
        rule = rules.get(c["field"])
        label = rule.label(c["value"]) if rule else c["value"]
        out.write(f"<li><a href=\"#{claim_id(meta['id'], c['field'], c['start'], c['end'])}\">{e(c['field'])}: "
                  f"{'not ' if c['negated'] else ''}{e(str(label))}</a> (line {c['line']})</li>")
    out.write("</ul>\n")
    if text is None:
        out.write("<p>The file could not be read again.</p></article>\n")
        return
    out.write(f"<div class=\"text\">{highlighted(text, claims)}</div></article>\n")


def highlighted(text: str, claims: list) -> str:
    """The text, escaped, with an anchor at each claim's start and its evidence in marks."""
    spans = sorted({(c["start"], c["end"], claim_id(c["article"], c["field"], c["start"], c["end"]))
                    for c in claims})
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {t for _, t, _ in spans})
    starts = {}
    for s, _, cid in spans:
        starts.setdefault(s, []).append(cid)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        anchors = "".join(f"<a class=\"claim-at\" id=\"{cid}\"></a>" for cid in starts.get(a, []))
        covering = [cid for s, t, cid in spans if s <= a and b <= t]
        piece = html.escape(text[a:b])
        if covering:
            piece = f"<mark class=\"ev\" data-claims=\"{' '.join(covering)}\">{piece}</mark>"
        out.append(anchors + piece)
    return "".join(out)
