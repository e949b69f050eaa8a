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
from . import listing
from .article import read_article
from .decoding import decode
from .listing import MANIFEST
from .metadata import metadata


@dataclass
class Corpus:
    articles: list = field(default_factory=list)  # Article, sorted by id
    skipped: list = field(default_factory=list)  # Problem: inputs left out of the run
    warnings: list = field(default_factory=list)  # Problem: inputs read with a remark
    files: list = field(default_factory=list)  # (path, manifest metadata, id) of the articles to read, by id


def list_inputs(paths, written=()) -> Corpus:
    """The article files under paths (folders recursively), with their manifest metadata
    and ids; nothing is read yet but the manifests. What is left out is noted (listing.py);
    `written`: what this run writes, never read. Paths are kept as strings: a listing of a
    million files stays small. A path that does not exist is an error (exit 2)."""
    corpus, paths = Corpus(), list(paths)
    missing = [str(p) for p in paths if not os.path.lexists(p)]
    if missing:
        raise CheckerError([problem("E201", p, detail="no such file or folder") for p in missing])
    files = listing.article_files(paths, written, corpus)
    manifests = {}
    for file in files:
        folder = os.path.dirname(file)
        if folder not in manifests:
            manifests[folder] = read_manifest(Path(folder) / MANIFEST, corpus)
    ids, warnings = listing.ids(files)
    corpus.warnings.extend(warnings)
    for file in sorted(files, key=lambda f: (ids[f], f)):
        meta = manifests.get(os.path.dirname(file), NO_META).get(os.path.basename(file), NO_META)
        corpus.files.append((file, meta, ids[file]))
    return corpus


NO_META = {}  # shared by every file without manifest metadata: read, never written


def load_corpus(paths, written=()) -> Corpus:
    """Read every article under paths (folders are read recursively)."""
    corpus = list_inputs(paths, written)
    for file, meta, article_id in corpus.files:
        try:
            article, warnings = read_article(Path(file), meta, article_id=article_id)
        except CheckerError as exc:
            corpus.skipped.extend(exc.problems)
            continue
        corpus.articles.append(article)
        corpus.warnings.extend(warnings)
    return corpus


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
