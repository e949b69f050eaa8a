"""An article's metadata, from front matter or a manifest entry: the keys we read (under
the names outlets give them), the publication date read, the rest kept as strings.

A date that cannot be read is a warning at its place, never a lost article: the article
is read without it, and its date is then taken from its text when the text says it.
"""
from __future__ import annotations

from ..errors import problem
from . import datestamp

# our key -> the names it goes by, first found first read
KEYS = (("title", ("title",)), ("outlet", ("outlet", "publisher", "source")),
        ("published", ("published", "date")), ("author", ("author",)), ("url", ("url",)))
NAMES = tuple(name for _, names in KEYS for name in names)


def metadata(raw: dict, file: str, where, prefix: str = "", context: str = ""):
    """(the metadata keys of raw, [warnings]). `where(name)`: (line, col) of a key's value;
    `prefix`: the JSON path of raw in its file; `context`: the text that may fix the order
    of a slashed date (datestamp)."""
    meta, warnings = {}, []
    for key, names in KEYS:
        present = [n for n in names if raw.get(n) is not None]
        if key == "published":
            day, bad = _date(raw, present, context)
            meta.update({"published": day} if day else {})
            warnings += [] if day else [_unreadable(file, where, prefix, n, raw[n], why) for n, why in bad]
        elif present:
            meta[key] = str(raw[present[0]])
    return meta, warnings


def _date(raw: dict, names, context):
    """(the first readable date among names, or None; [(name, why not)] for those read)."""
    bad = []
    for name in names:
        day, why = datestamp.read(raw[name], context)
        if day:
            return day, []
        bad.append((name, why))
    return None, bad


def _unreadable(file, where, prefix, name, value, why):
    line, col = where(name)
    return problem("W205", file, line, col, path=f"{prefix}{name}", value=value, why=why)
