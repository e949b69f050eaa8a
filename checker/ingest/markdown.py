"""Markdown articles (.md): front matter as in text files; the markup (heading and
quote marks, emphasis, code ticks, link targets) is not prose, so it is blanked
where the text is read, leaving offsets and line numbers as in the file."""
from __future__ import annotations

import re

from .text import split_front_matter

_MARKUP = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]|^[ \t]{0,3}>[ \t]?|\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)"
                     r"|`+|!?\[(?=[^\]\n]*\]\()|\]\([^)\s]*\)")


def read(text: str, file: str):
    """(text with the front matter blanked, its metadata, (start, end) of each piece of markup,
    [warnings])."""
    text, meta, warnings = split_front_matter(text, file)
    return text, meta, tuple(m.span() for m in _MARKUP.finditer(text)), warnings
