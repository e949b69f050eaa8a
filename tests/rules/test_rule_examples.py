"""Every example of every rule we ship runs here, one test each (`pytest -k chasiv`):
the rules in rules/ and the example stories' rules in examples/*/rules.

The same code backs `checker rules test`, so the two never disagree.
"""
from __future__ import annotations

import functools

import pytest

from checker.rules import load_rules
from checker.rules.examples import run_example
from checker.run import Run

from conftest import ROOT

FOLDERS = [ROOT / "rules"] + sorted((ROOT / "examples").glob("*/rules"))
CASES = [(folder, rule.id, i, rule.examples[i].line) for folder in FOLDERS for rule in load_rules(folder)
         for i in range(len(rule.examples))]


@functools.lru_cache(maxsize=None)
def run_for(folder) -> Run:
    return Run.load(folder)


def _id(folder) -> str:
    return "rules" if folder == ROOT / "rules" else folder.parent.name


@pytest.mark.parametrize("folder,rule_id,index,line", CASES,
                         ids=[f"{_id(f)}:{r}:{line}" for f, r, _, line in CASES])
def test_example(folder, rule_id, index, line):
    run = run_for(folder)
    rule = next(r for r in run.rules if r.id == rule_id)
    result = run_example(run.extractor, rule, index)
    if result.known_miss:
        assert not result.passed, "this known miss now passes: drop its known_miss mark"
        pytest.xfail(f"known miss: {rule.examples[index].note}")
    assert result.passed, f"{rule.path}:{result.line}: {result.problem}"


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_every_rule_has_positive_and_negative_examples(folder):
    for rule in load_rules(folder):
        expects = [e.expect for e in rule.examples if not e.known_miss]
        assert any(expects), f"{rule.id}: no example that must yield a value"
        assert any(not e for e in expects), f"{rule.id}: no example that must yield nothing"


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_rule_id_is_file_name(folder):
    for rule in load_rules(folder):
        assert rule.path.endswith(f"/{rule.id}.yaml")


def test_rule_files_declare_the_schema():
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        if not path.name.startswith("_"):
            first = path.read_text("utf-8").splitlines()[0]
            assert first == "# yaml-language-server: $schema=../checker/schemas/rule.schema.json", path.name
