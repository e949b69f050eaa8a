"""A saved web page -> its article text and metadata, through trafilatura.

trafilatura drops navigation, ads, comments and related links and returns the
article's paragraphs; its metadata gives title, date, site name and URL, which
fill an article's metadata unless front matter or the manifest say otherwise.
Claims from a page point into this extracted text.
"""
from __future__ import annotations

import datetime as dt

from ..errors import CheckerError, problem


def read(html: str, file: str):
    """(the article text, metadata dict, no markup)."""
    text, meta = read_page(html, file)
    return text, meta, ()


def read_page(html: str, file: str):
    """(text, metadata dict)."""
    import trafilatura

    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    if not text or not text.strip():
        raise CheckerError([problem("E208", file)])
    meta = trafilatura.extract_metadata(html)
    out = {}
    if meta is not None:
        for key, value in (("title", meta.title), ("outlet", meta.sitename), ("url", meta.url),
                           ("author", meta.author)):
            if value:
                out[key] = str(value)
        if meta.date:
            try:
                out["published"] = dt.date.fromisoformat(str(meta.date)[:10])
            except ValueError:
                pass
    return text.strip() + "\n", out
