"""Plain text articles (.txt): YAML front matter at the top gives the metadata; it is
blanked to spaces, not cut, so offsets and line numbers point into the file."""
from __future__ import annotations

import datetime as dt
import re

from ..errors import CheckerError, problem
from ..yamlio import load
from .metadata import metadata

FRONT_MATTER = re.compile(r"\A(---[ \t]*\r?\n)(.*?\r?\n)?(---|\.\.\.)[ \t]*(\r?\n|\Z)", re.S)
_PUBLISHED = re.compile(r"""^published:[ \t]*(["']?)(\d{4}-\d{2}-\d{2})\1[ \t]*(?:#.*)?\r?$""", re.M)


def read(text: str, file: str):
    """(text with the front matter blanked, its metadata, no markup)."""
    text, meta = split_front_matter(text, file)
    return text, meta, ()


def declared_date(head: str, file: str):
    """The publication date the front matter at the top of a text declares (`head`: the
    file's first bytes, decoded); None when there is none or it cannot be read that way."""
    m = FRONT_MATTER.match(head)
    if not m:
        return None
    plain = _PUBLISHED.search(m.group(2) or "")
    if plain:  # the usual `published: 2025-08-14`, read without a YAML parser
        try:
            return dt.date.fromisoformat(plain.group(2))
        except ValueError:
            return None
    try:
        return split_front_matter(head, file)[1].get("published")
    except CheckerError:
        return None


def split_front_matter(text: str, file: str):
    """(text with the front matter blanked, its metadata)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return text, {}
    blank = re.sub(r"[^\r\n]", " ", text[:m.end()])
    fast = _fast_yaml(m.group(2) or "")
    if isinstance(fast, dict):  # the usual case, read by libyaml; errors are located below
        try:
            return blank + text[m.end():], metadata(fast, file, None, (), "E203")
        except (CheckerError, AttributeError):
            pass
    offset = text.count("\n", 0, m.end(1))
    try:
        located = load(m.group(2) or "", file)
    except CheckerError as exc:
        raise CheckerError([problem("E203", file, p.line + offset if p.line else 0, p.column, detail=p.message)
                            for p in exc.problems]) from None
    if located.data is not None and not isinstance(located.data, dict):
        raise CheckerError([problem("E203", file, 2, 1, detail="expected a mapping of metadata keys")])
    located.values = {k: (line + offset, col) for k, (line, col) in located.values.items()}
    meta = metadata(located.data or {}, file, located, (), "E203")
    return blank + text[m.end():], meta


def _fast_yaml(text: str):
    """The front matter parsed by libyaml when PyYAML has it (None on any trouble)."""
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
