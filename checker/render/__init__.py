"""Stage 6, render: records in, text out. Renderers read records; they compute nothing.

  markdown.py    report.md, for people: bounded whatever the corpus
  mdfield.py     one field's section of report.md
  mermaid.py     the timeline diagrams in report.md
  json.py        report.json, for machines, written as a stream (schemas/report.schema.json)
  html.py        report.html (--html): each article with its evidence highlighted, claims linked
  words.py       words a reader understands, shared by the renderers
  evaluation.py  `checker eval` output
  explain.py     `checker explain` output
  ruletest.py    `checker rules test` output
  suggest.py     `checker rules suggest` output: a rule's misses, grouped
  files.py       atomic writes that follow the umask; the output checked before any work

FORMATS is the output-format registry of `checker report`: a new format is a module
with `write(comparison, stream, diagnostics=False)` and a line here; `default`
formats are written on every run, the others when asked for (`--html`).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import html, json, markdown
from .files import MARKER, atomic_writer, check_output, write_streams


@dataclass(frozen=True)
class OutputFormat:
    name: str
    file: str  # the file it writes in the output folder
    write: Callable  # (Comparison, text stream, diagnostics: bool) -> None
    default: bool = True


FORMATS = {f.name: f for f in (
    OutputFormat("markdown", "report.md", markdown.write),
    OutputFormat("json", "report.json", json.write),
    OutputFormat("html", "report.html", html.write, default=False),
)}

__all__ = ["FORMATS", "MARKER", "OutputFormat", "atomic_writer", "check_output", "report_paths", "write_reports"]


def report_paths(out_dir, formats) -> tuple:
    """The files `write_reports` writes in out_dir for these formats."""
    return tuple(Path(out_dir) / FORMATS[name].file for name in formats)


def write_reports(cmp, out_dir, diagnostics: bool = False, formats=None) -> tuple:
    """Each format's file in out_dir (report.md with the diagnostics section when asked;
    report.json always has them), all renamed into place at the end; their paths, in order."""
    chosen = formats if formats is not None else [n for n, f in FORMATS.items() if f.default]
    writers = {FORMATS[name].file: (lambda out, f=FORMATS[name]: f.write(cmp, out, diagnostics)) for name in chosen}
    writers[MARKER] = lambda out: out.write("Reports written by checker: never read as articles.\n")
    return write_streams(out_dir, writers)[:-1]
