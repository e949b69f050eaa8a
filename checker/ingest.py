"""Stage 2: ingest. Article files plus their metadata -> Article records.

Metadata comes from, in order of precedence: YAML front matter at the top of
the article; the `sources.yaml` manifest beside it; nothing (date unknown).
An article's id is its file name without the extension. Front matter is
blanked to spaces, not cut, so offsets and line numbers point into the file.
A file that cannot be read is skipped with a Problem; the run goes on.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import published
from .errors import CheckerError, problem
from .records import Article
from .yamlio import load

ARTICLE_SUFFIXES = (".txt", ".md")
MANIFEST = "sources.yaml"
META_KEYS = ("title", "outlet", "published", "author", "url")
FRONT_MATTER = re.compile(r"\A(---[ \t]*\r?\n)(.*?\r?\n)?(---|\.\.\.)[ \t]*(\r?\n|\Z)", re.S)


@dataclass
class Corpus:
    articles: list = field(default_factory=list)  # Article, sorted by id
    skipped: list = field(default_factory=list)  # Problem: inputs left out of the run
    warnings: list = field(default_factory=list)  # Problem: inputs read with a remark


def load_corpus(paths) -> Corpus:
    """Read every article under paths (folders are read recursively)."""
    corpus, files = Corpus(), []
    for path in map(Path, paths):
        if not path.exists():
            raise CheckerError([problem("E201", str(path), detail="no such file or folder")])
        files.extend(_article_files(path) if path.is_dir() else [path])
    manifests = {}
    for file in files:
        folder = file.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder / MANIFEST, corpus)
    seen = {}
    for file in sorted(set(files), key=lambda p: (p.stem, str(p))):
        if file.stem in seen:
            raise CheckerError([problem("E205", str(file), article_id=file.stem, other=seen[file.stem])])
        seen[file.stem] = str(file)
        try:
            corpus.articles.append(read_article(file, manifests.get(file.parent, {}).get(file.name, {})))
        except CheckerError as exc:
            corpus.skipped.extend(exc.problems)
    corpus.articles = infer_dates(corpus.articles)
    return corpus


def infer_dates(articles: list) -> list:
    """Articles without a publication date get one inferred from their text, marked as such."""
    if all(a.published for a in articles):
        return articles
    hint = published.corpus_year(a.text for a in articles)
    out = []
    for a in articles:
        if a.published is None:
            guess = published.infer(a.text, hint)
            a = replace(a, published=guess.published, published_inferred=guess.published is not None,
                        published_basis=guess.basis)
        out.append(a)
    return out


def _article_files(folder: Path) -> list:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)


def read_manifest(path: Path, corpus: Corpus) -> dict:
    """file name -> metadata dict, from a sources.yaml manifest (absent: {})."""
    if not path.is_file():
        return {}
    located = load(path.read_text("utf-8"), str(path))
    entries = (located.data or {}).get("articles") if isinstance(located.data, dict) else None
    if not isinstance(entries, list):
        raise CheckerError([problem("E204", str(path), 1, 1, detail="expected a mapping with a list 'articles'")])
    out = {}
    for i, entry in enumerate(entries):
        line, col = located.where(("articles", i))
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise CheckerError([problem("E204", str(path), line, col, path=f"articles[{i}]",
                                        detail="expected a mapping with a 'file' name")])
        out[entry["file"]] = _metadata(entry, str(path), located, ("articles", i), "E204")
        if not (path.parent / entry["file"]).is_file():
            corpus.warnings.append(problem("W201", str(path), line, col, name=entry["file"]))
    return out


def _metadata(raw: dict, file: str, located, base: tuple, code: str) -> dict:
    meta = {k: raw[k] for k in META_KEYS if raw.get(k) is not None}
    if "published" in meta:
        try:
            meta["published"] = dt.date.fromisoformat(str(meta["published"])[:10])
        except ValueError:
            line, col = located.where(base + ("published",))
            raise CheckerError([problem(code, file, line, col, path="published",
                                        detail=f"expected a date, YYYY-MM-DD, got '{meta['published']}'")]) from None
    return {k: (v if k == "published" else str(v)) for k, v in meta.items()}


def decode(data: bytes, file: str) -> str:
    """UTF-8 text (a BOM is dropped); anything else is a Problem."""
    if b"\x00" in data[:4096]:
        raise CheckerError([problem("E207", file)])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CheckerError([problem("E202", file, offset=exc.start)]) from None


def read_article(path: Path, manifest_meta: dict) -> Article:
    file = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CheckerError([problem("E201", file, detail=exc.strerror or str(exc))]) from None
    text = decode(data, file)
    if not text.strip():
        raise CheckerError([problem("E206", file)])
    text, front = split_front_matter(text, file)
    meta = {**manifest_meta, **front}
    return Article(id=path.stem, path=file, text=text, **meta)


def split_front_matter(text: str, file: str):
    """(text with the front matter blanked, its metadata)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return text, {}
    offset = text.count("\n", 0, m.end(1))
    try:
        located = load(m.group(2) or "", file)
    except CheckerError as exc:
        raise CheckerError([problem("E203", file, p.line + offset if p.line else 0, p.column, detail=p.message)
                            for p in exc.problems]) from None
    if located.data is not None and not isinstance(located.data, dict):
        raise CheckerError([problem("E203", file, 2, 1, detail="expected a mapping of metadata keys")])
    located.values = {k: (line + offset, col) for k, (line, col) in located.values.items()}
    meta = _metadata(located.data or {}, file, located, (), "E203")
    blank = re.sub(r"[^\r\n]", " ", text[:m.end()])
    return blank + text[m.end():], meta
