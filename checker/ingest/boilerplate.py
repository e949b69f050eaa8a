"""Page furniture in article text: lines that are not prose.

Navigation, "Advertisement", share and comment prompts, bylines and credit
lines, "To suggest a correction ...", other articles' headlines (a title-case
line without closing punctuation, or any unpunctuated line after "Read more" or
"Other Topics of Interest", up to a blank line when the list stands right below
the marker) with the teaser paragraph that follows them, and
everything after a line that opens the comments. The article's first line, its
headline, is kept. The words live in checker/data/boilerplate.yaml.
"""
from __future__ import annotations

import functools
import re

from ..settings import data_file

_TERMINAL = tuple('.!?:;"\u201d\u2019)')


@functools.lru_cache(maxsize=1)
def _tables():
    raw = data_file("boilerplate.yaml")
    lines = frozenset(str(w).lower() for w in raw["lines"])
    patterns = re.compile("|".join(f"(?:{p})" for p in raw["patterns"]), re.I)
    related = frozenset(str(w).lower() for w in raw["related_markers"])
    comments = re.compile("|".join(f"(?:{p})" for p in raw["comment_markers"]), re.I)
    return lines, patterns, related, comments


def excluded(text: str) -> tuple:
    """(start, end, line number, reason) of every line that is not article prose."""
    words, patterns, related, comments = _tables()
    out, in_related, after_headline, first = [], False, False, True
    tight, blank = False, False  # tight: a list right below its marker, which ends at a blank line
    for number, (start, line) in enumerate(_lines(text), start=1):
        bare = line.strip()
        if not bare:
            blank = True
            if in_related and tight:
                in_related = after_headline = False
            continue
        if in_related and tight is None:
            tight = not blank
        blank = False
        low = bare.lower()
        reason = None
        if not first and comments.match(low):
            out.append((start, len(text), number, "comments follow"))
            break
        if low in words or patterns.match(bare):
            reason = "page furniture"
            if low.rstrip(":") in related or low in related:
                in_related, tight = True, None  # tight or not: decided by the line after the marker
        elif not first and _headline(bare, in_related):
            reason = "another article's headline" if in_related else "a heading, not prose"
            after_headline = True
        elif after_headline and in_related:
            reason = "another article's teaser"
            after_headline = False
        else:
            in_related = after_headline = False
        first = False
        if reason:
            out.append((start, start + len(line), number, reason))
    return tuple(out)


def _headline(line: str, in_related: bool) -> bool:
    if len(line.split()) > 20:
        return False
    if in_related:  # a list of other articles: headlines may be questions
        return not line.endswith(tuple(".!;:"))
    if line.endswith(_TERMINAL):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.75


def _lines(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, line.rstrip("\r\n")
        start += len(line)
