"""One article file -> an Article record: bytes decoded, the format's reader applied,
metadata merged (front matter over the manifest over what a page says of itself),
page furniture marked. A file that cannot be read is a CheckerError naming it."""
from __future__ import annotations

from pathlib import Path

from ..errors import CheckerError, problem
from ..records import Article
from . import boilerplate
from .decoding import decode
from .formats import FORMATS, format_of


def read_bytes(path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CheckerError([problem("E201", str(path), detail=exc.strerror or str(exc))]) from None


def read_article(path: Path, manifest_meta: dict, data: bytes = None):
    """(Article, warning or None) for one file (`data`: its bytes, when already read)."""
    file, fmt = str(path), format_of(path, FORMATS[0])
    data = read_bytes(path) if data is None else data
    if not data.strip():
        raise CheckerError([problem("E206", file)])
    text, warning = decode(data, file)
    if not text.strip():
        raise CheckerError([problem("E206", file)])
    text, own, markup = fmt.read(text, file)
    # front matter says more than the manifest, which says more than a page says of itself
    meta = {**manifest_meta, **own} if fmt.front_matter else {**own, **manifest_meta}
    return Article(id=Path(path).stem, path=file, text=text, kind=fmt.name, markup=markup,
                   excluded=boilerplate.excluded(text), **meta), warning
