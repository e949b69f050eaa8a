"""Writing output files atomically: a failed or interrupted run never leaves a
half-written report. Files get the permissions the user's umask gives a new
file (0644 under 022), not a temporary file's 0600."""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path


def umask_mode() -> int:
    """The mode a new file gets under the current umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _temp(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
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
