"""Writing output files atomically: a failed or interrupted run never leaves a
half-written report. Files get the permissions the user's umask gives a new
file (0644 under 022), not a temporary file's 0600.

Each file is written to a temporary file beside it, named by the process that
writes it (`.report.md.<pid>.<random>.tmp`), then renamed over it. An error or
Ctrl-C removes the temporary files on the way out; those of a run that was killed
outright (kill -9, a power cut) are removed by the next run that writes there,
once no process of that number is running. `check_output` says before any work
whether the output can be written at all.
"""
from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
from pathlib import Path

from ..errors import CheckerError, problem
from ..ingest.listing import MARKER  # in a folder of reports: never read back as articles


def umask_mode() -> int:
    """The mode a new file gets under the current umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _temp(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, umask_mode())
    return fd, tmp


def write_streams(out_dir, writers: dict) -> tuple:
    """Each {file name: write(stream)} into a temporary file in out_dir, then all renamed
    into place: an interrupted run never leaves a half-written report. Their paths."""
    temps = []
    try:
        for name, write in writers.items():
            path = Path(out_dir) / name
            fd, tmp = _temp(path)
            temps.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                write(handle)
        for tmp, path in temps:
            os.replace(tmp, path)
    finally:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return tuple(path for _, path in temps)


@contextlib.contextmanager
def atomic_writer(path):
    """A text stream: stdout when path is None, else a temporary file renamed to path at the end
    (and removed if the run fails)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(path)
    fd, tmp = _temp(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def check_output(paths) -> list:
    """Before any work: each path can be written (it is not a folder; its folder is one,
    or can be made, and may be written in). CheckerError E303 otherwise. Removes the
    temporary files a killed run left beside them; returns those removed."""
    problems, removed = [], []
    for path in map(Path, paths):
        folder = path.parent
        existing = next(p for p in (folder, *folder.parents, Path(".")) if os.path.lexists(p))
        if path.is_dir():
            problems.append(problem("E303", str(path), detail="it is a folder"))
        elif not existing.is_dir():
            problems.append(problem("E303", str(path), detail=f"{existing} is not a folder"))
        elif not os.access(existing, os.W_OK | os.X_OK):
            problems.append(problem("E303", str(path), detail=f"cannot write in {existing}"))
        elif folder.is_dir():
            removed += remove_stale(folder, path.name)
    if problems:
        raise CheckerError(problems)
    return removed


def remove_stale(folder: Path, name: str) -> list:
    """The temporary files of `name` in folder whose writing process is gone, removed."""
    stale = re.compile(rf"\.{re.escape(name)}\.(\d+)\.[^.]+\.tmp")
    out = []
    for entry in os.scandir(folder):
        m = stale.fullmatch(entry.name)
        if m and not _running(int(m.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                out.append(entry.path)
    return sorted(out)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True
