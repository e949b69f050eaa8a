"""The docs are true: the rule guide's walk-through works as written, its key
reference matches the schema, and every schema key has a description."""
from __future__ import annotations

import re
import shutil

from click.testing import CliRunner

from checker.cli import main
from checker.rules.docs import END, START, key_reference
from checker.schema import load_schema

from conftest import ROOT

GUIDE = ROOT / "docs" / "rules.md"


def walkthrough_rule() -> str:
    text = GUIDE.read_text("utf-8")
    return re.search(r"<!-- walkthrough:rule -->\n```yaml\n(.*?)```", text, re.S).group(1)


def test_the_walkthrough_adds_a_field_that_the_next_report_shows(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    cli = CliRunner()
    made = cli.invoke(main, ["rules", "new", "kellogg_kyiv_visit", "--type", "date"])
    assert made.exit_code == 0 and made.output.startswith("wrote rules/kellogg_kyiv_visit.yaml")
    assert made.output in GUIDE.read_text("utf-8")
    unfilled = cli.invoke(main, ["rules", "validate"])
    assert unfilled.exit_code == 2 and "E116 question: placeholder not filled in" in unfilled.stderr
    (tmp_path / "rules" / "kellogg_kyiv_visit.yaml").write_text(walkthrough_rule(), "utf-8")
    tested = cli.invoke(main, ["rules", "test", "kellogg_kyiv_visit"])
    assert (tested.exit_code, tested.output) == (0, "kellogg_kyiv_visit: 3 passed\n"
                                                    "1 rules, 3 examples: 3 passed, 0 failed, 0 known misses\n")
    explained = cli.invoke(main, ["explain", "seeds/001_dc5e011bba2dfa1c.txt", "--rule", "kellogg_kyiv_visit"])
    assert explained.output in GUIDE.read_text("utf-8")
    assert cli.invoke(main, ["report", "seeds"]).exit_code == 0
    report = (tmp_path / "reports" / "report.md").read_text("utf-8")
    row = next(line for line in report.splitlines() if line.startswith("| [kellogg_kyiv_visit]"))
    assert [c.strip() for c in row.split("|")[2:-1]] == ["single source", "1 of 5", "../2025-08-07 (1)"]


def test_the_key_reference_is_generated_from_the_schema():
    text = GUIDE.read_text("utf-8")
    section = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert section == key_reference(), "run `make docs`"


def test_every_schema_key_is_described():
    root = load_schema("rule")

    def walk(node, path):
        for key, sub in node.get("properties", {}).items():
            target = root["$defs"][sub["$ref"].split("/")[-1]] if "$ref" in sub else sub
            assert sub.get("description") or target.get("description"), f"{path}{key}"
            walk(target, f"{path}{key}.")

    walk(root, "")
    walk(root["$defs"]["ways"], "values.ID.")
    walk(root["$defs"]["example"], "examples[].")


def test_readme_gives_the_two_commands_first():
    readme = (ROOT / "README.md").read_text("utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == ["make report", "make test"]


def test_the_readme_excerpt_is_the_committed_report():
    """Every line of the README's report excerpt is a line of reports/report.md."""
    readme = (ROOT / "README.md").read_text("utf-8")
    excerpt = readme.split("````markdown\n", 1)[1].split("````", 1)[0]
    report = set((ROOT / "reports" / "report.md").read_text("utf-8").splitlines())
    assert [line for line in excerpt.splitlines() if line and line not in report] == []


def bridge_section() -> str:
    text = GUIDE.read_text("utf-8")
    return text.split("## Walk-through: a new story, the Key Bridge collapse", 1)[1].split("\n## ", 1)[0]


def test_the_bridge_walkthrough_runs_as_written(tmp_path, monkeypatch):
    """Every file the walk-through writes is written, in order, and every command it shows
    is run: its output must be what the guide prints, byte for byte. Articles of our own,
    nothing from ../shared."""
    import shlex

    monkeypatch.chdir(tmp_path)
    cli, ran = CliRunner(), 0
    blocks = re.finditer(r"(<!-- bridge:(file (\S+)|gold-errors) -->\n)?```(\w+)\n(.*?)```", bridge_section(), re.S)
    for block in blocks:
        marker, path, body = block.group(2), block.group(3), block.group(5)
        if path:
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / path).write_text(body, "utf-8")
        elif marker == "gold-errors":
            gold = (tmp_path / "bridge" / "gold.yaml").read_text("utf-8")
            wrong = gold.replace("  a3:\n    dead_or_missing:", "  a3:\n    dead_or_mising:").replace(
                "quote: Six workers are presumed dead", "quote: Six workers are feared dead")
            (tmp_path / "bridge" / "bad.yaml").write_text(wrong, "utf-8")
            result = cli.invoke(main, ["eval", "--gold", "bridge/bad.yaml", "--rules", "bridge/rules"])
            assert (result.exit_code, result.stderr) == (2, body.replace("bridge/gold.yaml", "bridge/bad.yaml"))
        elif block.group(4) == "sh" and body.startswith("$ checker "):
            for command in filter(None, re.split(r"(?m)^(?=\$ )", body)):
                line, _, expected = command.partition("\n")
                result = cli.invoke(main, shlex.split(line)[2:])
                assert result.exit_code == 0, result.output
                assert result.output == expected, line
                ran += 1
    assert ran == 6
