"""Which files a run reads, in a fixed order, and the id each one goes by.

Only regular files (or links to them) are read. A FIFO, a device or a socket, a link
to nothing or in a loop, a folder that cannot be listed: each is named and skipped,
never waited on. Hidden files and folders are left out, and so is what checker
writes: the run's own output, and any folder that holds a report (its MARKER file).

An article's id is its file name without the extension. Files that share a name (in
different folders, or with different extensions) are all read: each goes by its path
relative to the folder they have in common (`a/report`, `b/report`; `x.md`, `x.txt`),
and a warning says so.
"""
from __future__ import annotations

import os
import stat
from collections import defaultdict

from ..errors import problem
from .formats import BY_SUFFIX

MARKER = ".checker-output"  # render.files.MARKER: a folder of reports, never read as articles
MANIFEST = "sources.yaml"
_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def article_files(paths, written, corpus) -> list:
    """The article files under paths (folders recursively), each once, in path order;
    what cannot be read or is not an article is noted in corpus (skipped, warnings)."""
    out, leave = [], {os.path.realpath(p) for p in written}
    for path in map(str, paths):
        _take(path, _kind(path, corpus), corpus, leave, out)
    seen = set()
    return [f for f in out if not (os.path.realpath(f) in seen or seen.add(os.path.realpath(f)))]


def _kind(path: str, corpus) -> str:
    """'dir', 'file', or '' (noted in corpus as skipped) for what path names, links followed."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if os.path.lexists(path):  # a link to nothing, or in a loop
            what = "a symbolic link in a loop" if exc.errno == 40 else "a link to nothing"
            corpus.skipped.append(problem("E209", path, kind=what))
        else:
            corpus.skipped.append(problem("E201", path, detail=exc.strerror or str(exc)))
        return ""
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    corpus.skipped.append(problem("E209", path, kind=kind_of(mode)))
    return ""


def kind_of(mode: int) -> str:
    """What a file that is neither a folder nor a regular file is, in words."""
    return next((k for test, k in _KINDS if test(mode)), "not a file")


def _own_output(folder: str, leave) -> bool:
    return os.path.realpath(folder) in leave or os.path.isfile(os.path.join(folder, MARKER))


def _walk(folder: str, corpus, leave, out: list) -> None:
    """Every article file under folder, in the order of their path parts: each folder's
    entries by name, a subfolder's files in its place. Links to folders are not followed."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted((e.name, e.path, e.is_symlink()) for e in scan if not e.name.startswith("."))
    except OSError as exc:
        corpus.skipped.append(problem("E210", folder, detail=exc.strerror or str(exc)))
        return
    for name, path, link in entries:
        _take(path, "link" if link and os.path.isdir(path) else _kind(path, corpus), corpus, leave, out, name)


def _take(path: str, kind: str, corpus, leave, out: list, name: str = None) -> None:
    """One listed path: a folder walked (unless it is checker's own output), a file kept
    (unless checker wrote it); a file found in a folder (`name`) only with an article's
    suffix, any other named in a warning (the manifest aside)."""
    if kind == "dir":
        if _own_output(path, leave):
            corpus.warnings.append(problem("W207", path))
        else:
            _walk(path, corpus, leave, out)
    elif kind == "file" and os.path.realpath(path) not in leave:
        suffix = os.path.splitext(name)[1] if name is not None else None
        if name is None or suffix.lower() in BY_SUFFIX:
            out.append(path)
        elif name != MANIFEST:
            corpus.warnings.append(problem("W203", path, suffix=suffix or "no extension"))


def ids(files) -> tuple:
    """(file -> id, [warnings]): the file name without its extension, or for files that
    share one, their paths relative to the folder they have in common."""
    by_stem = defaultdict(list)
    for f in files:
        by_stem[_stem(f)].append(f)
    out, warnings = {}, []
    for stem, group in by_stem.items():
        if len(group) == 1:
            out[group[0]] = stem
            continue
        common = os.path.commonpath([os.path.dirname(os.path.abspath(f)) for f in group])
        names = {f: os.path.relpath(os.path.abspath(f), common).replace(os.sep, "/") for f in group}
        short = {f: os.path.splitext(n)[0] for f, n in names.items()}
        unique = len(set(short.values())) == len(group)
        for f in group:
            out[f] = short[f] if unique else names[f]
        for f in group:
            warnings.append(problem("W206", f, stem=stem, article_id=out[f],
                                    others=", ".join(f"'{out[g]}'" for g in group if g != f)))
    return out, warnings


def _stem(file: str) -> str:
    return os.path.splitext(os.path.basename(file))[0]
