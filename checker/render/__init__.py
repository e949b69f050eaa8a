"""Stage 6, render: records in, text out. Renderers read records; they compute nothing.

  markdown.py    report.md, for people: bounded whatever the corpus
  mdfield.py     one field's section of report.md
  mermaid.py     the timeline diagrams in report.md
  json.py        report.json, for machines, written as a stream (schemas/report.schema.json)
  words.py       words a reader understands, shared by the renderers
  evaluation.py  `checker eval` output
  explain.py     `checker explain` output
  ruletest.py    `checker rules test` output
  files.py       atomic writes that follow the umask

FORMATS is the output-format registry of `checker report`: a new format is a module
with `write(comparison, stream, diagnostics=False)` and a line here; `default`
formats are written on every run, the others when asked for (`--html`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import json, markdown
from .files import atomic_writer, write_streams


@dataclass(frozen=True)
class OutputFormat:
    name: str
    file: str  # the file it writes in the output folder
    write: Callable  # (Comparison, text stream, diagnostics: bool) -> None
    default: bool = True


FORMATS = {f.name: f for f in (
    OutputFormat("markdown", "report.md", markdown.write),
    OutputFormat("json", "report.json", json.write),
)}

__all__ = ["FORMATS", "OutputFormat", "atomic_writer", "write_reports"]


def write_reports(cmp, out_dir, diagnostics: bool = False, formats=None) -> tuple:
    """Each format's file in out_dir (report.md with the diagnostics section when asked;
    report.json always has them), all renamed into place at the end; their paths, in order."""
    chosen = formats if formats is not None else [n for n, f in FORMATS.items() if f.default]
    writers = {FORMATS[name].file: (lambda out, f=FORMATS[name]: f.write(cmp, out, diagnostics)) for name in chosen}
    return write_streams(out_dir, writers)
