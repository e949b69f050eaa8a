"""The command line: exit codes, exact error lines, help for every command."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from checker import __version__
from checker.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def commands(group=main, prefix=()):
    for name, command in sorted(group.commands.items()):
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from commands(command, prefix + (name,))


@pytest.mark.parametrize("path,command", list(commands()), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_has_help(path, command):
    result = invoke(*path, "--help")
    assert result.exit_code == 0 and command.help and command.help.split("\n")[0] in result.output


def test_version():
    assert invoke("--version").output == f"checker, version {__version__}\n"


def test_report_writes_both_files_and_fails_on_contradiction_when_asked(in_root, tmp_path):
    result = invoke("report", "seeds", "--rules", "rules", "--out", str(tmp_path))
    assert result.exit_code == 0
    assert (tmp_path / "report.md").exists() and (tmp_path / "report.json").exists()
    assert result.output == (f"5 articles, 14 fields, 0 contradicted: wrote {tmp_path / 'report.md'} and "
                             f"{tmp_path / 'report.json'}\n")
    assert invoke("report", "seeds", "--out", str(tmp_path), "--fail-on", "contradiction").exit_code == 0
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\npublished: 2025-08-01\n---\nRussian troops have captured Chasiv Yar.\n", "utf-8")
    (corpus / "b.md").write_text("---\npublished: 2025-08-02\n---\nRussian troops have not captured Chasiv Yar.\n",
                                 "utf-8")
    failing = invoke("report", str(corpus), "--out", str(tmp_path / "c"), "--fail-on", "contradiction")
    assert (failing.exit_code, failing.output.split(":")[0]) == (1, "2 articles, 14 fields, 1 contradicted")


def test_bad_rules_exit_2_with_the_error_line_and_write_nothing(in_root, tmp_path):
    result = invoke("report", "seeds", "--rules", "tests/bad_rules", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "tests/bad_rules/say_not_list.yaml:9:10: E104 values.europe.say: expected a list of strings, got a string" \
        in result.stderr.splitlines()
    assert not (tmp_path / "out").exists()


def test_a_bad_article_is_named_and_the_run_goes_on(in_root, tmp_path):
    (tmp_path / "good.txt").write_text("Russian forces captured Chasiv Yar.", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = invoke("report", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"{tmp_path / 'bad.txt'}: E207 not a text file (binary content); "
                                          "expected UTF-8 text"]
    assert "E207" in (tmp_path / "out" / "report.md").read_text("utf-8")
    strict = invoke("report", str(tmp_path), "--out", str(tmp_path / "strict"), "--strict")
    assert strict.exit_code == 2 and not (tmp_path / "strict").exists()


def test_a_missing_article_path_exits_2(in_root, tmp_path):
    result = invoke("report", "no/such/folder", "--out", str(tmp_path))
    assert (result.exit_code, result.stderr) == (2, "no/such/folder: E201 cannot read article: no such file or folder\n")


def test_extract_prints_one_json_claim_per_line(in_root):
    result = invoke("extract", "seeds/003_d8227443fd9b5b39.txt", "--field", "chasiv_yar_control")
    assert result.exit_code == 0
    (line,) = result.output.splitlines()
    claim = json.loads(line)
    assert {k: claim[k] for k in ("article", "field", "value", "line", "holder", "disputed_by", "negated")} == {
        "article": "003_d8227443fd9b5b39", "field": "chasiv_yar_control", "value": "full", "line": 23,
        "holder": "russia", "disputed_by": "ukraine", "negated": False}
    text = open("seeds/003_d8227443fd9b5b39.txt", encoding="utf-8").read()
    assert text[claim["start"]:claim["end"]] == claim["quote"]


def test_unknown_model_is_a_clear_error(in_root, tmp_path):
    result = invoke("extract", "seeds", "--model", "en_core_web_nonexistent")
    assert result.exit_code == 2
    assert result.stderr.startswith("--model: E301 spaCy pipeline 'en_core_web_nonexistent' is not installed; "
                                    "install it with `.venv/bin/python -m spacy download en_core_web_nonexistent`")


def test_rules_validate(in_root):
    result = invoke("rules", "validate", "rules")
    assert result.exit_code == 0 and result.output.endswith("rules OK in rules\n")
