"""Stage 2, ingest: article files and their metadata in, Article records out.

  corpus.py      list the files under the paths given, read manifests (sources.yaml),
                 load a whole corpus
  listing.py     which files are read (regular files only, never checker's output), their ids
  article.py     one file -> Article: decoded, read by its format, metadata merged, dated
  formats.py     the input-format registry: suffix -> reader
  text.py        .txt: YAML front matter, blanked in place
  markdown.py    .md: front matter, and markup spans that are not prose
  html.py        .html/.htm: the article text and metadata of a saved page (trafilatura)
  metadata.py    the metadata keys read from front matter and manifests, under their other names
  datestamp.py   a date as metadata and page stamps write it, or why it cannot be read
  decoding.py    bytes -> text, whatever the encoding
  boilerplate.py page furniture lines: never read for claims, never quoted
  published.py   the publication date an article's text gives (a stamp, else inferred), when no
                 metadata does

Metadata comes from, in order of precedence: front matter at the top of a text or
Markdown file; the `sources.yaml` manifest beside it; what a web page says of
itself; nothing (the date is then read from the text: a date stamp near the top,
else inferred from the dates it mentions, else unknown). Metadata that cannot be
read is a warning; the article is still read. An article's id is its file name
without the extension. Front matter and furniture are blanked or marked, never
cut, so offsets and line numbers point into the file. A file that cannot be read
is skipped with a Problem; the run goes on.
"""
from __future__ import annotations

from .article import read_article, read_bytes
from .corpus import MANIFEST, Corpus, list_inputs, load_corpus, read_manifest
from .formats import BY_SUFFIX, FORMATS, SUFFIXES, format_of
from .text import split_front_matter

__all__ = ["BY_SUFFIX", "Corpus", "FORMATS", "MANIFEST", "SUFFIXES", "format_of", "list_inputs", "load_corpus",
           "read_article", "read_bytes", "read_manifest", "split_front_matter"]
