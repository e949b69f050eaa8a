"""A corpus: the article files under the paths given, their manifests, and the year
that undated articles are read in. Files are listed first (paths only), so a
listing of a million files stays small; `load_corpus` reads them all at once.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import CheckerError, problem
from ..yamlio import load
from . import published
from .article import read_article
from .decoding import decode
from .formats import BY_SUFFIX, FORMATS, format_of
from .metadata import metadata
from .text import declared_date

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
            article, warning = read_article(Path(file), meta)
        except CheckerError as exc:
            corpus.skipped.extend(exc.problems)
            continue
        corpus.articles.append(article)
        corpus.warnings.extend([warning] if warning else [])
    corpus.articles = infer_dates(corpus.articles)
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


def infer_dates(articles: list) -> list:
    """Articles without a publication date get one inferred from their text, marked as such."""
    if all(a.published for a in articles):
        return articles
    hint = year_hint(articles)
    return [with_inferred_date(a, hint) for a in articles]


def year_hint(articles):
    """The year the corpus points to, for articles that do not pin their own: the most
    common of the dated articles' years and the years the undated ones pin down
    themselves (published.strong_year). None when every article has a date.
    `articles`: Article records, or anything with `published` and `text`, read lazily."""
    years, needed = [], False
    for a in articles:
        if a.published:
            years.append(a.published.year)
        else:
            needed = True
            years.append(published.strong_year(a.text))
    return published.corpus_year([y for y in years if y], ()) if needed else None


def listed_year_hint(files):
    """year_hint over listed files: a manifest's or front matter's date is read from the
    file's head only; an undated file is read in full."""
    return year_hint(_dates_of(files))


def _dates_of(files):
    for path, meta in files:
        date = meta.get("published") or _declared(path)
        if date:
            yield _Dated(date, "")
            continue
        try:
            article, _ = read_article(Path(path), {})
        except CheckerError:
            continue
        yield _Dated(article.published, article.text)


@dataclass(frozen=True)
class _Dated:
    published: object
    text: str


def _declared(path, head: int = 4096):
    """The date the front matter at the top of a file declares, from its first bytes."""
    if not format_of(path, FORMATS[0]).front_matter:
        return None
    try:
        with open(path, "rb") as f:
            text = f.read(head).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    return declared_date(text, str(path))


def with_inferred_date(article, hint):
    if article.published is not None:
        return article
    guess = published.infer(article.text, hint)
    return replace(article, published=guess.published, published_inferred=guess.published is not None,
                   published_basis=guess.basis)


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
        out[entry["file"]] = metadata(entry, str(path), located, ("articles", i), "E204")
        if not (path.parent / entry["file"]).is_file():
            corpus.warnings.append(problem("W201", str(path), line, col, name=entry["file"]))
    return out
