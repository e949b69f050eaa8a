"""A saved web page -> its article text and metadata, through trafilatura.

trafilatura drops navigation, ads, comments and related links and returns the
article's paragraphs; its metadata gives title, date, site name and URL, which
fill an article's metadata unless front matter or the manifest say otherwise.
Claims from a page point into this extracted text. The date is the page's own
(its meta tags, JSON-LD, a <time> element, its URL), never one guessed from the dates
its text mentions: a caption's date is not the page's.
"""
from __future__ import annotations

import re
import unicodedata
from html import unescape

from ..errors import CheckerError, problem
from . import datestamp

_OPTIONS = dict(output_format="txt", include_comments=False, include_tables=False, favor_precision=True,
                deduplicate=False)
_BULLET = re.compile(r"^[-*\u2022]\s+")
# htmldate: markup only (no search of the text), and no limit that moves with today's date
_DATES = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}
_TAG = re.compile(r"<[^>]*>")


def read(html: str, file: str):
    """(the article text, metadata dict, no markup, no warnings)."""
    text, meta = read_page(html, file)
    return text, meta, (), []


def read_page(html: str, file: str):
    """(text, metadata dict)."""
    import trafilatura

    text = _extract(html)
    if not text or not text.strip():  # a page nested deeper than the parser's usual limit: read again without it
        tree = _deep_tree(html)
        text = _extract(tree) if tree is not None else None
    if not text or not text.strip():
        raise CheckerError([problem("E208", file, detail="no article text found in the page")])
    if _all_links(text, html):
        raise CheckerError([problem("E208", file, detail="the page holds only links (navigation), no article text")])
    meta = trafilatura.extract_metadata(html, date_config=dict(_DATES))
    out = {}
    if meta is not None:
        for key, value in (("title", meta.title), ("outlet", meta.sitename), ("url", meta.url),
                           ("author", meta.author)):
            if value:
                out[key] = str(value)
        day = datestamp.read(meta.date)[0] if meta.date else None
        if day:
            out["published"] = day
    return text.strip() + "\n", out


def words(html: str) -> str:
    """A text whose words hold every word of the text `read` finds in the page, made
    without parsing it (for the prefilter): the page unescaped with its tags standing
    (a tag's brackets part the words around it, and its attributes' words stay), then
    with its tags taken out (a tag inside a word, "Zel<b>ensky</b>", joins the word's
    parts), and that again in NFC (the form trafilatura may compose accents into)."""
    plain = unescape(_TAG.sub("", html))
    return f"{unescape(html)}\n{plain}\n{unicodedata.normalize('NFC', plain)}"


def _extract(page):
    import trafilatura

    return trafilatura.extract(page, **_OPTIONS)


def _deep_tree(html: str):
    """The page parsed with no limit on nesting (libxml2 stops at 256 levels and drops
    the rest without a word), or None."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ValueError, lxml.etree.LxmlError):
        return None


def _all_links(text: str, html: str) -> bool:
    """Whether every line of the text read is the text of a link: a page of navigation,
    whose link titles are other articles' headlines, not this page's prose."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ValueError, lxml.etree.LxmlError):
        return False
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    lines = [" ".join(_BULLET.sub("", line).split()) for line in text.splitlines()]
    return bool(links) and all(line in links for line in lines if line)
