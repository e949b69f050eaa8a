"""Stage 6, render: records in, text out. Renderers read records; they compute nothing.

  markdown.py    report.md, for people
  json.py        report.json, for machines (schemas/report.schema.json)
  words.py       words a reader understands, shared by the renderers
  evaluation.py  `checker eval` output
  explain.py     `checker explain` output
  ruletest.py    `checker rules test` output
  files.py       atomic writes

FORMATS is the output-format registry of `checker report`: a new format is a module
with `render(comparison, diagnostics=False) -> str` and a line here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import json, markdown
from .files import atomic_writer, write_atomic


@dataclass(frozen=True)
class OutputFormat:
    name: str
    file: str  # the file it writes in the output folder
    render: Callable  # (Comparison, diagnostics: bool) -> str


FORMATS = {f.name: f for f in (
    OutputFormat("markdown", "report.md", markdown.render),
    OutputFormat("json", "report.json", json.render),
)}

__all__ = ["FORMATS", "OutputFormat", "atomic_writer", "write_atomic", "write_reports"]


def write_reports(cmp, out_dir, diagnostics: bool = False, formats=tuple(FORMATS)) -> tuple:
    """Each format's file in out_dir (report.md with the diagnostics section when asked;
    report.json always has them), all written atomically; their paths, in order."""
    paths = {Path(out_dir) / FORMATS[name].file: FORMATS[name].render(cmp, diagnostics) for name in formats}
    write_atomic(paths)
    return tuple(paths)
