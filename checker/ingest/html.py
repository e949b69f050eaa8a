"""A saved web page -> its article text and metadata, through trafilatura.

trafilatura drops navigation, ads, comments and related links and returns the
article's paragraphs; its metadata gives title, date, site name and URL, which
fill an article's metadata unless front matter or the manifest say otherwise.
Claims from a page point into this extracted text. The date is the page's own
(its meta tags, JSON-LD, a <time> element, its URL), never one guessed from the dates
its text mentions: a caption's date is not the page's.
"""
from __future__ import annotations

from ..errors import CheckerError, problem
from . import datestamp

# htmldate: markup only (no search of the text), and no limit that moves with today's date
_DATES = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


def read(html: str, file: str):
    """(the article text, metadata dict, no markup, no warnings)."""
    text, meta = read_page(html, file)
    return text, meta, (), []


def read_page(html: str, file: str):
    """(text, metadata dict)."""
    import trafilatura

    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    if not text or not text.strip():
        raise CheckerError([problem("E208", file)])
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
