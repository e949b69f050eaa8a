"""Real prose of varied vocabulary, offline: the docstrings of the packages installed
beside the checker (spaCy, numpy, Dask, Hypothesis, pytest, pip, Jinja, ... whatever
the virtual environment holds).

Off-topic articles of the realistic bench corpus are made of it: paragraphs people
wrote, with the long tail of words real text has, none of them about the tracked
news. Triple-quoted strings are read from the sources (never imported), reST markup
stripped, and a paragraph kept when it reads as prose (20 words or more, mostly
plain words, no code). The pool is in a fixed order (file path, position), so the
same installed packages give the same paragraphs; `fingerprint()` names the pool,
so that two runs can tell whether they read the same one.
"""
from __future__ import annotations

import hashlib
import inspect
import re
import sysconfig
from pathlib import Path

_TRIPLE = re.compile(r'"""(.*?)"""|\'\'\'(.*?)\'\'\'', re.S)
_ROLE = re.compile(r":[\w:.-]+:`~?([^`<]*?)(?:\s*<[^>]*>)?`")
_TICKS = re.compile(r"`+([^`]*)`+")
_PLAIN = re.compile(r"\(?[A-Za-z][a-z'\u2019-]*[.,;:!?)]*")
_NOT_PROSE = re.compile(r"[{}\\=<>]|>>>")
_MARKUP_LINE = ("..", ">>>", "$ ", "|", "+-", "==", "--")


def site_packages() -> Path:
    return Path(sysconfig.get_paths()["purelib"])


def clean(paragraph: str):
    """The paragraph as one line of prose, or None when it is not prose."""
    lines = [line.strip() for line in paragraph.splitlines()]
    if not lines or any(line.startswith(_MARKUP_LINE) for line in lines):
        return None
    text = _TICKS.sub(r"\1", _ROLE.sub(r"\1", " ".join(lines)))
    if not 120 <= len(text) <= 2000 or not text[0].isupper() or text[-1] not in ".!?:" or _NOT_PROSE.search(text):
        return None
    words = text.split()
    return text if len(words) >= 20 and sum(bool(_PLAIN.fullmatch(w)) for w in words) >= 0.85 * len(words) else None


def paragraphs(root: Path = None) -> list:
    """Every prose paragraph of the installed packages' docstrings, in a fixed order, once each
    (test modules left out)."""
    root = root or site_packages()
    seen, out = set(), []
    for path in sorted(root.rglob("*.py")):
        if "test" in path.relative_to(root).as_posix().lower():
            continue
        try:
            source = path.read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for m in _TRIPLE.finditer(source):
            for para in re.split(r"\n\s*\n", inspect.cleandoc(m.group(1) or m.group(2) or "")):
                text = clean(para)
                if text and text not in seen:
                    seen.add(text)
                    out.append(text)
    return out


def fingerprint(pool: list) -> str:
    return hashlib.sha256("\n".join(pool).encode("utf-8")).hexdigest()[:12]


if __name__ == "__main__":
    pool = paragraphs()
    words = sum(len(p.split()) for p in pool)
    distinct = len({w.strip(".,;:()'\"").lower() for p in pool for w in p.split()})
    print(f"{len(pool):,} paragraphs, {words:,} words, {distinct:,} distinct, fingerprint {fingerprint(pool)}")
