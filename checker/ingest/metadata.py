"""An article's metadata, from front matter or a manifest entry: the keys we read,
the publication date parsed, the rest kept as strings."""
from __future__ import annotations

import datetime as dt

from ..errors import CheckerError, problem

META_KEYS = ("title", "outlet", "published", "author", "url")


def metadata(raw: dict, file: str, located, base: tuple, code: str) -> dict:
    """The metadata keys of raw; a published date that cannot be read is `code` at its place."""
    meta = {k: raw[k] for k in META_KEYS if raw.get(k) is not None}
    if "published" in meta:
        try:
            meta["published"] = dt.date.fromisoformat(str(meta["published"])[:10])
        except ValueError:
            line, col = located.where(base + ("published",))
            raise CheckerError([problem(code, file, line, col, path="published",
                                        detail=f"expected a date, YYYY-MM-DD, got '{meta['published']}'")]) from None
    return {k: (v if k == "published" else str(v)) for k, v in meta.items()}
