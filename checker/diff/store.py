"""Every article and every claim of a run, kept on disk rather than in memory.

The comparison keeps per value only counts, source ids and a few quotes; the
claims themselves go to a temporary file as JSON, as they arrive, and are read
back field by field when report.json (or the HTML view) is written. Memory then
holds 32 bytes per claim (where it is in the file, by field and by article), not the claim.
"""
from __future__ import annotations

import json
import tempfile
from array import array


class Store:
    """An append-only spool of JSON texts: claims by field, articles in order."""

    def __init__(self):
        self._file = tempfile.TemporaryFile("w+b")  # deleted when closed or collected
        self._end = 0
        self._fields = {}  # field -> array of (offset, length) pairs
        self._articles = array("q")
        self._own = []  # per article: array of its claims' (offset, length) pairs

    def add_article(self, article) -> None:
        """An article; the claims added next are its own."""
        self._append(self._articles, article_json(article))
        self._own.append(array("q"))

    def add_claims(self, claims) -> None:
        for claim in claims:
            self._append(self._fields.setdefault(claim.field, array("q")), claim.to_json())
            self._own[-1].extend(self._fields[claim.field][-2:])

    def claims(self, field: str):
        """The JSON text of each claim of `field`, in the order added."""
        return self._read(self._fields.get(field, ()))

    def articles(self):
        """The JSON text of each article, in the order added."""
        return self._read(self._articles)

    def article_claims(self):
        """(article JSON text, [claim JSON text, ...]) for each article, in the order added."""
        for i, article in enumerate(self.articles()):
            yield article, list(self._read(self._own[i]))

    def close(self) -> None:
        self._file.close()

    def _append(self, index, data) -> None:
        blob = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._file.seek(self._end)
        self._file.write(blob)
        index.extend((self._end, len(blob)))
        self._end += len(blob)

    def _read(self, index):
        for i in range(0, len(index), 2):
            self._file.seek(index[i])
            yield self._file.read(index[i + 1]).decode("utf-8")


def article_json(a) -> dict:
    """An article's metadata as report.json gives it."""
    return {"id": a.id, "file": a.path, "outlet": a.outlet, "title": a.title, "headline": a.headline, "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "published_inferred": a.published_inferred, "published_basis": a.published_basis}
