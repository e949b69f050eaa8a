"""Stage 2: ingest. Article files plus their metadata -> Article records.

Plain text (.txt), Markdown (.md) and saved web pages (.html, .htm; their
article text through trafilatura). Metadata comes from, in order of
precedence: YAML front matter at the top of a text or Markdown file; the
`sources.yaml` manifest beside it; what a web page itself says; nothing (the
date is then inferred from the text). An article's id is its file name without
the extension. Front matter is blanked to spaces, not cut, and page furniture
is marked, not removed, so offsets and line numbers point into the file.
A file that cannot be read is skipped with a Problem; the run goes on.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import boilerplate, published
from .decoding import decode
from .errors import CheckerError, problem
from .records import Article
from .yamlio import load

KINDS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
MANIFEST = "sources.yaml"
META_KEYS = ("title", "outlet", "published", "author", "url")
FRONT_MATTER = re.compile(r"\A(---[ \t]*\r?\n)(.*?\r?\n)?(---|\.\.\.)[ \t]*(\r?\n|\Z)", re.S)


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
        if suffix.lower() in KINDS:
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
    common of the dated articles' years and the undated ones' own evidence."""
    return published.corpus_year([a.published.year for a in articles if a.published],
                                 [a.text for a in articles if not a.published])


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


def read_article(path: Path, manifest_meta: dict, data: bytes = None):
    """(Article, warning or None) for one file (`data`: its bytes, when already read)."""
    file, kind = str(path), KINDS.get(path.suffix.lower(), "text")
    try:
        data = path.read_bytes() if data is None else data
    except OSError as exc:
        raise CheckerError([problem("E201", file, detail=exc.strerror or str(exc))]) from None
    if not data.strip():
        raise CheckerError([problem("E206", file)])
    text, warning = decode(data, file)
    if not text.strip():
        raise CheckerError([problem("E206", file)])
    page_meta, front = {}, {}
    if kind == "html":
        from .htmlpage import read_page

        text, page_meta = read_page(text, file)
    else:
        text, front = split_front_matter(text, file)
    meta = {**page_meta, **manifest_meta, **front}
    return Article(id=path.stem, path=file, text=text, kind=kind, excluded=boilerplate.excluded(text), **meta), warning


def declared_date(path: Path, head: int = 4096):
    """The publication date the front matter at the top of a text file declares, read from
    the file's first bytes only; None when there is none or it cannot be read that way."""
    if KINDS.get(path.suffix.lower()) == "html":
        return None
    try:
        with open(path, "rb") as f:
            text = f.read(head).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    m = FRONT_MATTER.match(text)
    if not m:
        return None
    plain = _PUBLISHED.search(m.group(2) or "")
    if plain:  # the usual `published: 2025-08-14`, read without a YAML parser
        try:
            return dt.date.fromisoformat(plain.group(2))
        except ValueError:
            return None
    try:
        return split_front_matter(text, str(path))[1].get("published")
    except CheckerError:
        return None


_PUBLISHED = re.compile(r"""^published:[ \t]*(["']?)(\d{4}-\d{2}-\d{2})\1[ \t]*(?:#.*)?\r?$""", re.M)


def split_front_matter(text: str, file: str):
    """(text with the front matter blanked, its metadata)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return text, {}
    blank = re.sub(r"[^\r\n]", " ", text[:m.end()])
    fast = _fast_yaml(m.group(2) or "")
    if isinstance(fast, dict):  # the usual case, read by libyaml; errors are located below
        try:
            return blank + text[m.end():], _metadata(fast, file, None, (), "E203")
        except (CheckerError, AttributeError):
            pass
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
    return blank + text[m.end():], meta


def _fast_yaml(text: str):
    """The front matter parsed by libyaml when PyYAML has it (None on any trouble)."""
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
