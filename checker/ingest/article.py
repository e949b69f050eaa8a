"""One file -> an Article record: bytes decoded, the format's reader applied,
metadata merged (front matter over the manifest over what a page says of itself),
page furniture marked, and the publication date taken from the text when no
metadata gives one (published.py). Everything here reads this one file alone, so
a file gets the same record whatever else is read with it. A file that cannot be
read is a CheckerError naming it; metadata that cannot be read is a warning."""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..errors import CheckerError, problem
from ..records import Article
from . import boilerplate, listing, published
from .decoding import decode
from .formats import FORMATS, format_of


def read_bytes(path) -> bytes:
    """The bytes of a regular file; a FIFO or a device is refused, never waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO opens at once, to be refused
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise CheckerError([problem("E209", str(path), kind=listing.kind_of(mode))])
            return handle.read()
    except OSError as exc:
        raise CheckerError([problem("E201", str(path), detail=exc.strerror or str(exc))]) from None


def read_article(path: Path, manifest_meta: dict, data: bytes = None, article_id: str = None):
    """(Article, [warnings]) for one file (`data`: its bytes, when already read; `article_id`:
    the id the listing gave it, by default its name without the extension)."""
    file, fmt = str(path), format_of(path, FORMATS[0])
    data = read_bytes(path) if data is None else data
    if not data.strip():
        raise CheckerError([problem("E206", file)])
    text, decoded = decode(data, file)
    if not text.strip():
        raise CheckerError([problem("E206", file)])
    text, own, markup, warnings = fmt.read(text, file)
    # front matter says more than the manifest, which says more than a page says of itself
    meta = {**manifest_meta, **own} if fmt.front_matter else {**own, **manifest_meta}
    excluded = boilerplate.excluded(text)
    if meta.get("published") is None:
        found = published.of_text(text, excluded)
        meta = {**meta, "published": found.published, "published_basis": found.basis,
                "published_inferred": found.inferred and found.published is not None}
    return (Article(id=article_id or Path(path).stem, path=file, text=text, kind=fmt.name, markup=markup, excluded=excluded,
                    headline=headline(text, excluded), **meta), decoded + warnings)


def headline(text: str, excluded=(), width: int = 120):
    """The first line of prose, cut to about `width` characters: what a reader recognises an
    article by when it has no title. Page furniture is skipped, and so are a masthead or
    section line ('VESTNIK INTERNATIONAL', 'World | Europe', 'Frontline.UA | War | 01.08.2025')
    or a date stamp ('4 February 2025, 15:42 (Moscow time)'): a line of fewer than four words,
    of capitals only, of items set apart by '|', or of at most six words with a year."""
    skip = {line for _, _, line, _ in excluded}
    for number, line in enumerate(text.split("\n"), 1):
        words = " ".join(line.strip().lstrip("#").split())
        if not words or number in skip or len(words.split()) < 4 or " | " in words or words.upper() == words \
                or (len(words.split()) <= 6 and re.search(r"\b(?:19|20)\d\d\b", words)):
            continue
        return words if len(words) <= width else words[:width].rsplit(" ", 1)[0] + "…"
    return None
