"""Rules in, Rule records or exact error lines out."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import CheckerError
from checker.rules import load_rule_file, load_rules

from conftest import ROOT

BAD = Path("tests/bad_rules")


def test_bad_rule_corpus_gives_the_expected_lines(in_root):
    """Every bad rule file, every problem, one line each, sorted: the golden file."""
    result = CliRunner().invoke(main, ["rules", "validate", str(BAD)])
    assert result.exit_code == 2
    expected = (ROOT / BAD / "expected.txt").read_text("utf-8")
    assert result.stderr == expected


def test_a_list_given_as_a_string_names_file_line_column_and_path(in_root):
    with pytest.raises(CheckerError) as caught:
        load_rule_file(BAD / "say_not_list.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "tests/bad_rules/say_not_list.yaml:9:10: E104 values.europe.say: expected a list of strings, got a string"]


def test_every_problem_of_a_file_is_reported_at_once(in_root):
    with pytest.raises(CheckerError) as caught:
        load_rule_file(BAD / "bad_relation.yaml")
    assert [(p.code, p.line, p.path) for p in caught.value.problems] == [
        ("E109", 14, "relations.overlap[0][0]"), ("E109", 19, "examples[1].expect[0]")]


def test_duplicate_rule_ids_across_folders_are_named(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        text = (ROOT / "rules" / "submarine_location.yaml").read_text("utf-8")
        (tmp_path / sub / "submarine_location.yaml").write_text(text, "utf-8")
    with pytest.raises(CheckerError) as caught:
        load_rules(tmp_path)
    assert [p.code for p in caught.value.problems] == ["E106"]
    assert str(tmp_path / "a" / "submarine_location.yaml") in caught.value.problems[0].message


def test_an_empty_rules_folder_is_an_error(tmp_path):
    with pytest.raises(CheckerError) as caught:
        load_rules(tmp_path)
    assert caught.value.problems[0].code == "E113"


def test_files_starting_with_underscore_are_data_not_rules(tmp_path):
    text = (ROOT / "rules" / "chasiv_yar_control.yaml").read_text("utf-8")
    (tmp_path / "chasiv_yar_control.yaml").write_text(text, "utf-8")
    (tmp_path / "_aliases.yaml").write_text("words:\n  chasiv: [tchassiv]\n", "utf-8")
    assert [r.id for r in load_rules(tmp_path)] == ["chasiv_yar_control"]


def test_shipped_rules_load_with_their_relations():
    rules = {r.id: r for r in load_rules(ROOT / "rules")}
    sub = rules["submarine_location"]
    assert frozenset({"europe", "near_russia"}) in sub.overlap
    assert sub.vague == {"appropriate_regions", "undisclosed"}
    assert rules["chasiv_yar_control"].value_ids == ("none", "partial", "near_complete", "full")


def test_bad_holder_and_alias_tables_are_named_with_the_rules_problems(tmp_path):
    text = (ROOT / "rules" / "chasiv_yar_control.yaml").read_text("utf-8")
    (tmp_path / "chasiv_yar_control.yaml").write_text(text, "utf-8")
    (tmp_path / "_aliases.yaml").write_text("words:\n  chasiv: [two words]\n  yar: 3\n", "utf-8")
    (tmp_path / "_holders.yaml").write_text("parties:\n  isw: [ISW]\n", "utf-8")
    with pytest.raises(CheckerError) as caught:
        load_rules(tmp_path)
    assert [str(p).replace(str(tmp_path), "rules") for p in caught.value.problems] == [
        "rules/_aliases.yaml:2:12: E104 words.chasiv[0]: expected a single word, without spaces, got 'two words'",
        "rules/_aliases.yaml:3:8: E104 words.yar: expected a list of words, got an integer",
        "rules/_holders.yaml:2:8: E104 parties.isw: expected a mapping, got a list",
    ]
