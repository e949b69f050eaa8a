"""Claims cached per (article content, rule file content, checker version), in SQLite.

A re-run with nothing changed reads every claim from here; changing one rule
re-extracts only that rule; changing an article re-extracts only that article.
The shared data that every rule depends on (the rules folder's _holders.yaml,
_aliases.yaml and _cues.yaml, the checker's own code and data files, and the trained spaCy
pipeline named with --model, if any) is part of every rule's key.

A cache is a convenience, never a reason to stop: one that cannot be read (corrupt,
truncated, not a database, `.checker-cache` a file) is set aside, renamed with
`.broken-N`, and a new one started; one that cannot be opened or written (read-only,
locked, a full disk) is left as it is and the run goes on without it. Each time
with a warning (W301, W302); the claims are the same.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
from pathlib import Path

from .. import __version__
from ..errors import problem
from ..records import Claim

FOLDER = ".checker-cache"


def _sha(*parts) -> str:
    h = hashlib.sha1()
    for part in parts:
        h.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def code_digest() -> str:
    """The checker's own code and data: a change in them is a change of every rule."""
    root = Path(__file__).resolve().parent.parent
    files = sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml", ".json") and p.is_file())
    return _sha(__version__, *(p.read_bytes() for p in files))


def rule_keys(rule_set, model=None) -> dict:
    """rule id -> the key of its file's content and everything it shares with the others
    (the checker's code, the rules folder's data files, the spaCy pipeline named)."""
    shared = [code_digest(), model or "", rule_set.digest]
    return {r.id: _sha(*shared, Path(r.path).read_bytes()) for r in rule_set.rules}


def article_key(data: bytes, meta: dict) -> str:
    """The key of an article file's bytes and its manifest metadata: all that decides its claims."""
    return _sha(data, json.dumps(meta, sort_keys=True, default=str))


def open_cache(folder, warn):
    """A working Cache in folder, or None (the run goes on without one); what went wrong
    is passed to warn([Problem])."""
    broken = os.path.lexists(folder) and not os.path.isdir(folder)
    try:
        return Cache(folder)
    except (sqlite3.OperationalError, OSError) as exc:  # cannot be opened or written: left as it is
        if not broken:
            warn([problem("W302", str(folder), detail=_reason(exc))])
            return None
        first = "it is a file, not a folder"
    except sqlite3.Error as exc:  # corrupt
        first = _reason(exc)
    aside = _set_aside(Path(folder))
    try:
        cache = Cache(folder) if aside else None
    except (sqlite3.Error, OSError) as exc:
        first, cache = _reason(exc), None
    if cache is None:
        warn([problem("W302", str(folder), detail=first)])
        return None
    warn([problem("W301", str(folder), detail=first, aside=aside)])
    return cache


def _reason(exc) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def _set_aside(folder: Path):
    """Rename what stands in the cache's place (the folder, or a file by its name) to
    NAME.broken-N; its new name, or None when it cannot be moved."""
    n = 1
    while os.path.lexists(f"{folder}.broken-{n}"):
        n += 1
    try:
        os.replace(folder, f"{folder}.broken-{n}")
    except OSError:
        return None
    return f"{folder}.broken-{n}"


class Cache:
    def __init__(self, folder=FOLDER):
        self.folder = folder
        Path(folder).mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(Path(folder) / "claims.sqlite"))
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS claims (article TEXT, rule TEXT, claims TEXT, "
                            "PRIMARY KEY (article, rule))")
            self.db.execute("SELECT article, rule, claims FROM claims LIMIT 1").fetchall()
            self.db.execute("PRAGMA quick_check(1)").fetchall()
        except sqlite3.Error:
            self.db.close()
            raise

    def get(self, article_keys) -> dict:
        """article key -> {rule key: stored claims (restore() makes them Claims)} for what is cached."""
        out, keys = {}, list(dict.fromkeys(article_keys))
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.db.execute(f"SELECT article, rule, claims FROM claims WHERE article IN "
                                   f"({','.join('?' * len(chunk))})", chunk)
            for article, rule, claims in rows:
                out.setdefault(article, {})[rule] = claims
        return out

    def put(self, rows) -> None:
        """rows: (article key, rule key, [Claim])."""
        self.db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?, ?)",
                            [(a, r, _stored(claims)) for a, r, claims in rows])
        self.db.commit()

    def close(self) -> None:
        self.db.close()


_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))[1:]  # all but the article id


def _stored(claims) -> str:
    """Claims as JSON arrays of their fields, without their article id (the same text
    under another name has the same claims). JSON, not pickle: a cache folder that came
    from elsewhere must never run code."""
    return json.dumps([[getattr(c, name) for name in _FIELDS] for c in claims], ensure_ascii=False) if claims else ""


def restore(article_id: str, stored: str) -> list:
    return [Claim(article_id, *fields) for fields in json.loads(stored)] if stored else []
