"""Plain text articles (.txt): YAML front matter at the top gives the metadata; it is
blanked to spaces, not cut, so offsets and line numbers point into the file.

Front matter that cannot be read (a YAML error, a list where a mapping belongs, a date
in no form we read) is a warning at its line in the file; the article's text is read
all the same.
"""
from __future__ import annotations

import re

from ..errors import CheckerError, problem
from ..yamlio import load, load_plain
from .metadata import metadata

FRONT_MATTER = re.compile(r"\A(---[ \t]*\r?\n)(.*?\r?\n)?(---|\.\.\.)[ \t]*(\r?\n|\Z)", re.S)


def read(text: str, file: str):
    """(text with the front matter blanked, its metadata, no markup, [warnings])."""
    text, meta, warnings = split_front_matter(text, file)
    return text, meta, (), warnings


def split_front_matter(text: str, file: str):
    """(text with the front matter blanked, its metadata, [warnings])."""
    m = FRONT_MATTER.match(text)
    if not m:
        return text, {}, []
    blank = re.sub(r"[^\r\n]", " ", text[:m.end()])
    # the YAML behind as many empty lines as stand before it: every line it names is the file's
    body = "\n" * text.count("\n", 0, m.end(1)) + (m.group(2) or "")
    raw = load_plain(body)  # libyaml, positions not kept: the usual case, read fast
    if not isinstance(raw, dict):
        try:
            located = load(body, file)
        except CheckerError as exc:
            return blank + text[m.end():], {}, [problem("W204", file, p.line, p.column, detail=p.message)
                                                for p in exc.problems]
        if located.data is None:
            return blank + text[m.end():], {}, []
        if not isinstance(located.data, dict):
            line, col = located.where(())
            return blank + text[m.end():], {}, [problem("W204", file, line, col,
                                                        detail="expected a mapping of metadata keys")]
        raw = located.data

    def where(name):
        try:
            return load(body, file).where((name,))
        except CheckerError:
            return text.count("\n", 0, m.end(1)) + 1, 1

    meta, warnings = metadata(raw, file, where, context=text)
    return blank + text[m.end():], meta, warnings
