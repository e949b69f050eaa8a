"""Interrupted runs: Ctrl-C stops a parallel run within seconds, exit 130, nothing
written; temporary files a killed run left are removed by the next; the output
location is checked before any work."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

from conftest import ROOT

CHECKER = str(Path(sys.executable).parent / "checker")
PARAGRAPHS = [
    "Delegations from the two countries met in Istanbul on Tuesday for a {n}th session of talks, officials said.",
    "Russian forces have pressed on around the hilltop town, a regional governor told reporters in a briefing.",
    "The envoy is expected to travel to Moscow later this month, according to two people familiar with the plans.",
    "A spokesman said the Kremlin was open to a meeting at the level of leaders once experts had prepared it.",
    "Analysts said the number of vessels moved to the region was smaller than the president had suggested.",
]


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """2,000 short articles of our own sentences, enough for a 2-job run to take a while."""
    folder = tmp_path_factory.mktemp("big")
    for i in range(2000):
        body = "\n\n".join(p.format(n=i % 9 + 4) for p in PARAGRAPHS[i % 5:] + PARAGRAPHS[:i % 5])
        (folder / f"a{i:04d}.txt").write_text(body * 3 + "\n", "utf-8")
    return folder


def group_left(pgid: int) -> list:
    found = subprocess.run(["pgrep", "-g", str(pgid)], capture_output=True, text=True).stdout.split()
    return [p for p in found if Path(f"/proc/{p}/stat").is_file()
            and Path(f"/proc/{p}/stat").read_text().split()[2] != "Z"]


@pytest.mark.parametrize("whole_group", [True, False], ids=["ctrl-c", "kill-int-parent"])
def test_ctrl_c_stops_a_two_job_run_of_2000_articles_within_10_s(big, tmp_path, whole_group):
    out = tmp_path / "out"
    proc = subprocess.Popen([CHECKER, "report", str(big), "--jobs", "2", "--no-cache", "--out", str(out),
                             "--rules", str(ROOT / "rules")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    started = time.monotonic()
    while len(group_left(proc.pid)) < 3 and time.monotonic() - started < 60:  # the parent and its two workers
        time.sleep(0.1)
    time.sleep(1.0)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    sent = time.monotonic()
    if whole_group:  # what a terminal does on Ctrl-C
        os.killpg(proc.pid, signal.SIGINT)
    else:
        os.kill(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("still running 10 s after Ctrl-C")
    assert time.monotonic() - sent < 10 and proc.returncode == 130
    assert err.decode().splitlines()[-1] == "interrupted: nothing written"
    assert not out.exists() or list(out.iterdir()) == []  # no report, no temporary file
    assert group_left(proc.pid) == []  # no worker left behind


def test_temporary_files_of_a_killed_run_are_removed_by_the_next(tmp_path, in_root):
    out = tmp_path / "out"
    out.mkdir()
    gone = subprocess.Popen(["true"])
    gone.wait()
    stale = out / f".report.md.{gone.pid}.k2x9q7ab.tmp"
    live = out / f".report.md.{os.getpid()}.w8e3r5ty.tmp"  # a run still writing: left alone
    stale.write_text("half a report", "utf-8")
    live.write_text("half a report", "utf-8")
    result = CliRunner().invoke(main, ["report", "seeds", "--out", str(out), "--no-cache"])
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [".checker-output", live.name, "report.json", "report.md"]


def test_an_output_that_cannot_be_written_is_said_before_any_work(tmp_path, in_root, monkeypatch):
    (tmp_path / "file").write_text("not a folder", "utf-8")
    monkeypatch.setattr("checker.run.Runner.results", lambda *a: pytest.fail("the work started"))
    result = CliRunner().invoke(main, ["report", "seeds", "--out", str(tmp_path / "file" / "reports"), "--no-cache"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.splitlines() == [
        f"{tmp_path / 'file/reports/report.json'}: E303 cannot write the output: {tmp_path / 'file'} is not a folder",
        f"{tmp_path / 'file/reports/report.md'}: E303 cannot write the output: {tmp_path / 'file'} is not a folder"]
    lines = CliRunner().invoke(main, ["extract", "seeds", "--out", str(tmp_path / "file" / "claims.jsonl")]).output
    assert lines == (f"{tmp_path / 'file' / 'claims.jsonl'}: E303 cannot write the output: {tmp_path / 'file'} "
                     "is not a folder\n")


def test_a_run_never_reads_what_checker_wrote(tmp_path, in_root):
    """A second `checker report .` does not read its own report.md, nor any folder of reports."""
    (tmp_path / "a.txt").write_text("Russian forces have captured Chasiv Yar, the ministry said.\n", "utf-8")
    for out in ("reports", "reports", "elsewhere"):
        result = CliRunner().invoke(main, ["report", str(tmp_path), "--out", str(tmp_path / out), "--no-cache"])
        assert result.exit_code == 0 and result.output.splitlines()[-1].startswith("1 articles, 14 fields")
    assert f"{tmp_path / 'reports'}: W207 skipped: checker's own output (reports), never read as articles" in \
        result.output
