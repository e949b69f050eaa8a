"""Every example of every shipped rule runs here, one test each (`pytest -k chasiv`).

The same code backs `checker rules test`, so the two never disagree.
"""
from __future__ import annotations

import pytest

from checker.rules import load_rules
from checker.rules.examples import run_example

from conftest import ROOT

CASES = [(rule.id, i, rule.examples[i].line) for rule in load_rules(ROOT / "rules") for i in range(len(rule.examples))]


@pytest.mark.parametrize("rule_id,index,line", CASES, ids=[f"{r}:{line}" for r, _, line in CASES])
def test_example(run, rule_id, index, line):
    rule = next(r for r in run.rules if r.id == rule_id)
    result = run_example(run.extractor, rule, index)
    if result.known_miss:
        assert not result.passed, "this known miss now passes: drop its known_miss mark"
        pytest.xfail(f"known miss: {rule.examples[index].note}")
    assert result.passed, f"{rule.path}:{result.line}: {result.problem}"


def test_every_rule_has_positive_and_negative_examples():
    for rule in load_rules(ROOT / "rules"):
        expects = [e.expect for e in rule.examples if not e.known_miss]
        assert any(expects), f"{rule.id}: no example that must yield a value"
        assert any(not e for e in expects), f"{rule.id}: no example that must yield nothing"


def test_rule_id_is_file_name():
    for rule in load_rules(ROOT / "rules"):
        assert rule.path.endswith(f"/{rule.id}.yaml")


def test_rule_files_declare_the_schema():
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        if not path.name.startswith("_"):
            first = path.read_text("utf-8").splitlines()[0]
            assert first == "# yaml-language-server: $schema=../checker/schemas/rule.schema.json", path.name
