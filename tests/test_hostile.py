"""Broken, hostile and interrupted input (tests/hostile/build.py): every case ends within
30 s, with its exit code and one located line per problem, no traceback, and every
article it could read kept (here: good.txt's one claim)."""
from __future__ import annotations

import json
import os
import signal
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from checker.cli import main

from conftest import ROOT
from hostile.build import build

FULL = ("good", "chasiv_yar_control", "full")


@contextmanager
def within(seconds: int = 30):
    """Fail, rather than hang, past `seconds`."""
    def stop(*_):
        raise TimeoutError(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def checker(*args):
    """(exit code, stdout lines, stderr lines) of one in-process run."""
    with within():
        result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.stderr and not isinstance(result.exception, (TimeoutError, AssertionError)), \
        result.exception
    return result.exit_code, result.stdout.splitlines(), result.stderr.splitlines()


def extract(folder, *options):
    """(exit code, {(article, field, value)}, stderr lines) of `checker extract` over articles/."""
    code, out, err = checker("extract", folder / "articles", "--no-cache", "--jobs", "1", *options)
    claims = {(c["article"], c["field"], str(c["value"])) for c in map(json.loads, out)}
    return code, claims, err


@pytest.mark.parametrize("name,kind", [("fifo", "a FIFO"), ("device", "a character device"),
                                       ("dangling_link", "a link to nothing")])
def test_only_regular_files_are_read_the_rest_named_and_skipped(tmp_path, in_root, name, kind):
    folder = build(name, tmp_path)
    (entry,) = [p for p in (folder / "articles").iterdir() if p.name != "good.txt"]
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    assert (code, claims, err) == (0, {FULL}, [f"{entry}: E209 not a regular file ({kind}); only regular files "
                                               "are read"])
    code, _, err = checker("explain", entry, "--rule", "chasiv_yar_control")  # named alone: refused, not waited on
    assert code == 2 and err[-1].startswith(f"{entry}: E20")


def test_a_link_loop_is_named_and_skipped(tmp_path, in_root):
    folder = build("link_loop", tmp_path)
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    assert (code, claims) == (0, {FULL}) and err == [
        f"{folder / 'articles' / name}: E209 not a regular file (a symbolic link in a loop); only regular files are read"
        for name in ("loop_a.txt", "loop_b.txt")]


def test_a_folder_that_cannot_be_listed_is_named_and_skipped(tmp_path, in_root, monkeypatch):
    folder = build("unreadable_folder", tmp_path)
    locked = folder / "articles" / "locked"
    if os.geteuid() == 0:  # root lists any folder: refuse it as a user's system would
        scandir = os.scandir
        monkeypatch.setattr(os, "scandir", lambda p: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
                            if str(p) == str(locked) else scandir(p))
    try:
        code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    finally:
        os.chmod(locked, 0o755)
    assert (code, claims, err) == (0, {FULL}, [f"{locked}: E210 cannot list the folder: Permission denied; skipped"])


def test_files_of_one_name_in_two_folders_are_both_kept_with_their_paths_as_ids(tmp_path, in_root):
    folder = build("same_names", tmp_path)
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    assert code == 0 and claims == {("good", "chasiv_yar_control", "full"), ("blog/good", "chasiv_yar_control", "full"),
                                    ("wire/good", "chasiv_yar_control", "full")}
    assert [line.split(": ", 1)[1] for line in err] == [
        "W206 another file is named 'good': both are read, this one as 'blog/good' (the other: 'good', 'wire/good')",
        "W206 another file is named 'good': both are read, this one as 'good' (the other: 'blog/good', 'wire/good')",
        "W206 another file is named 'good': both are read, this one as 'wire/good' (the other: 'blog/good', 'good')"]
    code, _, _ = checker("report", folder / "articles", "--no-cache", "--out", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert code == 0 and "| `blog/good` " in report and "this one as 'wire/good'" in report
