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
GOOD_TEXT = "Russian forces have captured Chasiv Yar, the defence ministry said on Friday.\n"


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


def test_an_alias_bomb_in_front_matter_is_a_warning_and_the_text_is_read(tmp_path, in_root):
    folder = build("front_matter_bomb", tmp_path)
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    assert code == 0 and claims == {FULL, ("bomb", "chasiv_yar_control", "full")}
    assert err == [f"{folder / 'articles' / 'bomb.txt'}:13:6: W204 front matter: YAML not read: its aliases repeat "
                   "more than 10000 nodes, or it holds itself; aliases and nesting are bounded on input from outside; "
                   "the article's text is read without it"]


@pytest.mark.parametrize("name,where", [("manifest_bomb", "articles/sources.yaml:12:6"),
                                        ("rule_bomb", "rules/bomb.yaml:11:6"),
                                        ("holders_bomb", "rules/_holders.yaml:11:6")])
def test_an_alias_bomb_in_a_manifest_a_rule_or_the_holders_is_a_located_error(tmp_path, in_root, name, where):
    folder = build(name, tmp_path)
    rules = folder / "rules" if (folder / "rules").is_dir() else ROOT / "rules"
    code, _, err = checker("extract", folder / "articles", "--rules", rules, "--no-cache")
    assert code == 2 and err == [f"{folder / where}: E121 YAML not read: its aliases repeat more than 10000 nodes, or "
                                 "it holds itself; aliases and nesting are bounded on input from outside"]


@pytest.mark.parametrize("name,line", [
    ("rule_brackets", "deep.yaml:2:211: E121 YAML not read: nested more than 200 levels deep; aliases and "
                      "nesting are bounded on input from outside"),
    ("catastrophic_regex", "slow.yaml:9:13: E123 values.taken.regex[0]: regex could backtrack for ever: an unbounded "
                           "repeat inside another, such as (a+)+; bound one repeat ({0,4}) or make the inner one match "
                           "a fixed text"),
    ("huge_repeat", "huge.yaml:9:13: E107 values.taken.regex[0]: regex does not compile: the repetition number is too "
                    "large"),
    ("many_gaps", "gaps.yaml:8:11: E122 values.taken.say[0]: phrase has 11 '...' gaps; at most 3 are allowed (each one "
                  "multiplies the ways it can match)"),
    ("bad_example_date", "dated.yaml:11:16: E104 examples[0].published: expected a date, YYYY-MM-DD, got '2025-13-45'"),
])
def test_a_hostile_rule_is_refused_by_rules_validate_with_its_place(tmp_path, in_root, name, line):
    folder = build(name, tmp_path)
    code, _, err = checker("rules", "validate", folder / "rules")
    assert code == 2 and err == [f"{folder / 'rules'}/{line}"]


def test_a_regex_that_backtracks_for_ever_stops_at_its_time_limit(tmp_path, in_root):
    """(?:a|aa)+$ passes every shape test; on 60 a's it would take longer than a lifetime."""
    folder = build("slow_alternation", tmp_path)
    code, claims, err = extract(folder, "--rules", folder / "rules")
    assert (code, claims, err) == (0, {FULL}, [])


def test_impossible_dates_in_front_matter_and_manifest_are_warnings_and_both_articles_kept(tmp_path, in_root):
    folder = build("impossible_dates", tmp_path)
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    forms = ("expected YYYY-MM-DD (a time may follow), 'August 7, 2025', '7 August 2025' or 01.08.2025; the date is "
             "taken from the text if it gives one")
    assert code == 0 and claims == {FULL, ("front", "chasiv_yar_control", "full"), ("listed", "chasiv_yar_control", "full")}
    assert err == [
        f"{folder / 'articles/sources.yaml'}:3:16: W205 articles[0].published: cannot read the date '2025-13-45': no "
        f"such day; {forms}",
        f"{folder / 'articles/front.txt'}:2:12: W205 published: cannot read the date '2025-13-45': no such day; {forms}"]


def test_extract_names_every_empty_file_on_stderr(tmp_path, in_root):
    folder = build("empty_and_blank", tmp_path)
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    assert (code, claims) == (0, {FULL}) and err == [f"{folder / 'articles/blank.md'}: E206 article is empty",
                                                     f"{folder / 'articles/empty.txt'}: E206 article is empty"]


@pytest.mark.parametrize("name,article,quote,warning", [
    ("utf16_without_bom", "wide", "Russian forces have captured Chasiv Yar, the defence ministry said on Monday.",
     "wide.txt: W208 decoded as UTF-16-LE, which has no byte-order mark; save it as UTF-8 to be sure"),
    ("stray_byte", "stray", "Le café de Ky\ufffdiv: Russian forces have captured Chasiv Yar, the ministry said.",
     "stray.txt: W209 1 byte(s) that are not UTF-8 (the first at byte 14) read as U+FFFD; the rest is UTF-8"),
    ("nul_byte", "nul", "Russian forces have captured Chasiv Yar, the defence ministry said on Sunday.",
     "nul.txt: W210 1 NUL byte(s) read as spaces"),
])
def test_odd_bytes_are_read_with_a_warning_and_the_text_kept(tmp_path, in_root, name, article, quote, warning):
    folder = build(name, tmp_path)
    code, out, err = checker("extract", folder / "articles", "--no-cache", "--jobs", "1", "--field", "chasiv_yar_control")
    quotes = {c["article"]: c["quote"] for c in map(json.loads, out)}
    assert code == 0 and quotes[article] == quote and err == [f"{folder / 'articles'}/{warning}"]


def test_html_nested_deeper_than_the_parser_likes_keeps_its_text(tmp_path, in_root):
    folder = build("deep_html", tmp_path)
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    assert (code, claims, err) == (0, {FULL, ("deep", "chasiv_yar_control", "full")}, [])


def test_a_page_of_navigation_links_yields_no_claims(tmp_path, in_root):
    folder = build("navigation_page", tmp_path)
    code, claims, err = extract(folder, "--field", "chasiv_yar_control")
    assert (code, claims) == (0, {FULL}) and err == [
        f"{folder / 'articles/nav.html'}: E208 the page holds only links (navigation), no article text"]


def test_file_names_with_a_bar_or_a_line_break_keep_the_report_tables_whole(tmp_path, in_root):
    folder = build("odd_file_names", tmp_path)
    code, _, _ = checker("report", folder / "articles", "--no-cache", "--out", tmp_path / "out")
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert code == 0 and "a\\|b" in report and "line break" in report
    for table in [block for block in report.split("\n\n") if block.startswith("|")]:
        widths = {line.count("|") - line.count("\\|") for line in table.splitlines()}
        assert len(widths) == 1, table


def test_an_unknown_field_is_an_error_listing_the_known_ids(tmp_path, in_root):
    code, out, err = checker("extract", "seeds", "--field", "chasiv_yar_contrl", "--no-cache")
    assert code == 2 and out == [] and err == [
        "--field: E301 no rule 'chasiv_yar_contrl' in rules (did you mean 'chasiv_yar_control'?); known: "
        "ceasefire_preconditions, chasiv_yar_control, istanbul_outcomes, istanbul_rounds, medvedev_role, "
        "meeting_preconditions, meeting_stance, meeting_venue, oreshnik_production_announced, putin_china_trip, "
        "submarine_count, submarine_location, trump_deadline, witkoff_moscow_visit"]


def test_jobs_are_capped_at_the_articles_and_the_cores(monkeypatch):
    from checker.run import cap_jobs, runner

    monkeypatch.setattr(runner, "default_jobs", lambda: 8)
    assert [cap_jobs(1000, 3), cap_jobs(1000, 5000), cap_jobs(None, 2), cap_jobs(2, 0)] == [3, 8, 2, 1]


@pytest.mark.parametrize("setup,warning", [
    ("file", ".checker-cache: W301 cache: it is a file, not a folder; set aside as .checker-cache.broken-1, and a new "
             "cache started"),
    ("corrupt", ".checker-cache: W301 cache: file is not a database; set aside as .checker-cache.broken-1, and a new "
                "cache started"),
    ("truncated", ".checker-cache: W301 cache: database disk image is malformed; set aside as .checker-cache.broken-1, "
                  "and a new cache started"),
])
def test_a_broken_cache_is_set_aside_and_the_next_runs_use_a_new_one(tmp_path, monkeypatch, setup, warning):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD_TEXT, "utf-8")
    args = ("extract", "a.txt", "--rules", ROOT / "rules", "--field", "chasiv_yar_control", "--jobs", "1")
    if setup == "file":
        (tmp_path / ".checker-cache").write_text("not a cache", "utf-8")
    else:
        checker(*args)
        db = tmp_path / ".checker-cache" / "claims.sqlite"
        data = db.read_bytes()
        db.write_bytes(b"\x13" * 4096 if setup == "corrupt" else data[:len(data) // 2])
        for extra in ("claims.sqlite-wal", "claims.sqlite-shm"):
            (tmp_path / ".checker-cache" / extra).unlink(missing_ok=True)
    code, out, err = checker(*args)
    assert (code, len(out), err) == (0, 1, [warning])
    assert checker(*args) == (0, out, [])  # the new cache works


def test_a_cache_that_cannot_be_written_is_left_and_the_run_goes_on(tmp_path, monkeypatch):
    import sqlite3

    from checker.run import cache

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD_TEXT, "utf-8")
    monkeypatch.setattr(cache.Cache, "__init__", lambda self, folder: (_ for _ in ()).throw(
        sqlite3.OperationalError("attempt to write a readonly database")))
    code, out, err = checker("extract", "a.txt", "--rules", ROOT / "rules", "--field", "chasiv_yar_control")
    assert (code, len(out), err) == (0, 1, [".checker-cache: W302 cache: attempt to write a readonly database; the run "
                                            "goes on without a cache"])


def test_an_unreachable_dask_scheduler_is_a_located_error(in_root, monkeypatch):
    pytest.importorskip("dask.distributed")
    from checker.run import engines

    monkeypatch.setattr(engines, "SCHEDULER_TIMEOUT", 1)
    code, _, err = checker("extract", "seeds", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-cache")
    assert code == 2 and err[-1].startswith("--scheduler: E301 cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")


def test_rules_new_refuses_a_long_id_and_never_writes_through_a_link(tmp_path, in_root):
    code, _, err = checker("rules", "new", "x" * 300, "--type", "category", "--rules", tmp_path)
    assert code == 2 and err == [f"ID: E301 '{'x' * 80}' is not a lower_snake_case id (a-z, 0-9, _; starting with a "
                                 "letter; at most 64)"]
    (tmp_path / "venue.yaml").symlink_to(tmp_path / "elsewhere" / "venue.yaml")
    code, _, err = checker("rules", "new", "venue", "--type", "category", "--rules", tmp_path)
    assert code == 2 and err == [f"{tmp_path / 'venue.yaml'}: E117 a rule file already exists: choose another id, or "
                                 "edit the file"]
    assert not (tmp_path / "elsewhere").exists()


def test_gaps_are_matched_in_linear_time_however_many_a_phrase_holds(tmp_path, monkeypatch):
    """12 gaps over a sentence of one word repeated: 5**12 ways to fill them, each start
    and gap tried once instead (the validator allows 3; this one is let through)."""
    from checker.records import Article
    from checker.run import Run
    from checker.settings import defaults

    monkeypatch.setitem(defaults(), "max_gaps", 20)
    folder = build("many_gaps", tmp_path)
    run = Run.load(folder / "rules")
    text = "The town " + "town " * 60 + "fell.\n"
    with within(10):
        claims = run.claims([Article("t", "t.txt", text)])
    assert [(c.field, c.value) for c in claims if c.field == "gaps"] == [("gaps", "taken")]
