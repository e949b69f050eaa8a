"""A corpus: the article files under the paths given and their manifests. Files are
listed first (paths only), so a listing of a million files stays small; `load_corpus`
reads them all at once. Each file is read alone (article.py): nothing one article says
changes what another is read as.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CheckerError, problem
from ..yamlio import load
from .article import read_article
from .decoding import decode
from .formats import BY_SUFFIX
from .metadata import metadata

MANIFEST = "sources.yaml"


@dataclass
class Corpus:
    articles: list = field(default_factory=list)  # Article, sorted by id
    skipped: list = field(default_factory=list)  # Problem: inputs left out of the run
    warnings: list = field(default_factory=list)  # Problem: inputs read with a remark
    files: list = field(default_factory=list)  # (path, manifest metadata) of the articles to read, by id


def list_inputs(paths) -> Corpus:
    """The article files under paths (folders recursively), with their manifest metadata;
    nothing is read yet but the manifests. Duplicate ids and other files are noted.
    Paths are kept as strings: a listing of a million files stays small."""
    corpus, files, paths = Corpus(), [], list(paths)
    for path in map(Path, paths):
        if not path.exists():
            raise CheckerError([problem("E201", str(path), detail="no such file or folder")])
        files.extend(_article_files(str(path), corpus) if path.is_dir() else [str(path)])
    manifests = {}
    for file in files:
        folder = os.path.dirname(file)
        if folder not in manifests:
            manifests[folder] = read_manifest(Path(folder) / MANIFEST, corpus)
    if len(paths) > 1:
        files = list(dict.fromkeys(files))  # a file named twice is read once
    files.sort()
    files.sort(key=_stem)  # by id, then path (the sort is stable)
    kept = None  # the file that holds the id: files with the same id are next to each other
    for file in files:
        stem = _stem(file)
        if kept is not None and _stem(kept) == stem:
            corpus.skipped.append(problem("E205", file, article_id=stem, other=kept))
            continue
        kept = file
        corpus.files.append((file, manifests.get(os.path.dirname(file), NO_META).get(os.path.basename(file), NO_META)))
    return corpus


NO_META = {}  # shared by every file without manifest metadata: read, never written


def _stem(file: str) -> str:
    return os.path.splitext(os.path.basename(file))[0]


def load_corpus(paths) -> Corpus:
    """Read every article under paths (folders are read recursively)."""
    corpus = list_inputs(paths)
    for file, meta in corpus.files:
        try:
            article, warnings = read_article(Path(file), meta)
        except CheckerError as exc:
            corpus.skipped.extend(exc.problems)
            continue
        corpus.articles.append(article)
        corpus.warnings.extend(warnings)
    return corpus


def _article_files(folder: str, corpus: Corpus) -> list:
    """The article files under folder, in path order; hidden files and folders are left out."""
    out = []
    for path in _walk(folder):
        name = os.path.basename(path)
        suffix = os.path.splitext(name)[1]
        if suffix.lower() in BY_SUFFIX:
            out.append(path)
        elif name != MANIFEST:
            corpus.warnings.append(problem("W203", path, suffix=suffix or "no extension"))
    return out


def _walk(folder: str, out: list = None) -> list:
    """Every file under folder (symbolic links to folders not followed), in the order of
    their path parts: each folder's entries by name, a subfolder's files in its place."""
    out = [] if out is None else out
    files, folders = [], []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry.name)
            elif entry.is_file():
                files.append(entry.name)
    files.sort()
    folders.sort()
    i = 0
    for name in folders:
        while i < len(files) and files[i] < name:
            out.append(os.path.join(folder, files[i]))
            i += 1
        _walk(os.path.join(folder, name), out)
    out.extend(os.path.join(folder, name) for name in files[i:])
    return out


def read_manifest(path: Path, corpus: Corpus) -> dict:
    """file name -> metadata dict, from a sources.yaml manifest (absent: {})."""
    if not path.is_file():
        return {}
    text, _ = decode(path.read_bytes(), str(path))
    located = load(text, str(path))
    entries = (located.data or {}).get("articles") if isinstance(located.data, dict) else None
    if not isinstance(entries, list):
        raise CheckerError([problem("E204", str(path), 1, 1, detail="expected a mapping with a list 'articles'")])
    out = {}
    for i, entry in enumerate(entries):
        line, col = located.where(("articles", i))
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise CheckerError([problem("E204", str(path), line, col, path=f"articles[{i}]",
                                        detail="expected a mapping with a 'file' name")])
        out[entry["file"]], warnings = metadata(entry, str(path), lambda name, i=i: located.where(("articles", i, name)),
                                                f"articles[{i}].")
        corpus.warnings.extend(warnings)
        if not (path.parent / entry["file"]).is_file():
            corpus.warnings.append(problem("W201", str(path), line, col, name=entry["file"]))
    return out
