"""The input formats: a registry from file suffix to the reader of that kind of file.

A format's `read(text, file)` gives (article text, metadata, markup spans, warnings):
the text whose offsets the claims point into, its metadata, the (start, end) spans
that are markup, not prose, and what could not be read of its metadata. A new format is a module with a `read` and a line here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from . import html, markdown, text


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple
    read: Callable
    front_matter: bool = False  # metadata may stand at the top of the file (text.split_front_matter)
    # the file's decoded text -> a text whose words hold every word of the article text
    # read from it, so that the prefilter can skip a file no rule can reach unread
    # (None: it reads the article text)
    words: Callable = None


def _as_written(text: str) -> str:
    return text


FORMATS = (
    Format("text", (".txt",), text.read, front_matter=True, words=_as_written),
    Format("markdown", (".md", ".markdown"), markdown.read, front_matter=True, words=_as_written),
    Format("html", (".html", ".htm"), html.read, words=html.words),
)
BY_SUFFIX = {suffix: f for f in FORMATS for suffix in f.suffixes}
SUFFIXES = tuple(BY_SUFFIX)


def format_of(path, default=None):
    """The format of a file, by its suffix (any case), else `default`."""
    return BY_SUFFIX.get(os.path.splitext(str(path))[1].lower(), default)
