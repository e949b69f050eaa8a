"""Writing rules: templates, rules test, explain's one-line reasons, diagnostics."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.rules.authoring import new_rule
from checker.values import TYPES
from checker.cli import main
from checker.extract.explain import explain
from checker.records import Article
from checker.errors import CheckerError
from checker.rules import load_rules

from conftest import ROOT


@pytest.mark.parametrize("rule_type", TYPES)
def test_a_template_validates_once_its_placeholders_are_filled(tmp_path, rule_type):
    path = new_rule(tmp_path, "new_field", rule_type)
    text = path.read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=") and "TODO" in text
    path.write_text(text.replace("window: TODO never or 14", "window: never").replace("TODO ", ""), "utf-8")
    (rule,) = load_rules(tmp_path)
    assert (rule.id, rule.type, rule.window) == ("new_field", rule_type, None)


def test_a_template_makes_the_author_choose_a_window(tmp_path):
    """window: never (a fact that cannot change) or a number of days: the template leaves
    neither filled in, so a rule cannot be used before its author has chosen."""
    path = new_rule(tmp_path, "new_field", "number")
    text = path.read_text("utf-8")
    line = text.splitlines().index("window: TODO never or 14") + 1
    with pytest.raises(CheckerError) as exc:
        load_rules(tmp_path)
    assert ("E116", line, "window") in [(p.code, p.line, p.path) for p in exc.value.problems]
    assert len(exc.value.problems) > 1  # the other placeholders are reported with it
    text = text.replace("TODO never or 14", "sometimes").replace("TODO ", "")
    path.write_text(text, "utf-8")
    with pytest.raises(CheckerError) as exc:
        load_rules(tmp_path)
    assert [str(p).split(": ", 1)[1] for p in exc.value.problems] == [
        "E104 window: expected a number of days (14) or never, got a string"]
    path.write_text(text.replace("window: sometimes", "window: 30"), "utf-8")
    assert load_rules(tmp_path)[0].window == 30


def test_rules_new_never_overwrites(tmp_path):
    new_rule(tmp_path, "x", "set")
    result = CliRunner().invoke(main, ["rules", "new", "x", "--type", "set", "--rules", str(tmp_path)])
    assert result.exit_code == 2 and "E117 a rule file already exists" in result.stderr
    bad = CliRunner().invoke(main, ["rules", "new", "Bad-Id", "--type", "set", "--rules", str(tmp_path)])
    assert bad.exit_code == 2 and "'Bad-Id' is not a lower_snake_case id" in bad.stderr


def test_rules_test_reports_failures_with_values_and_evidence_and_exits_1(tmp_path):
    text = (ROOT / "rules" / "chasiv_yar_control.yaml").read_text("utf-8")
    text = text.replace("    expect: [near_complete]\n", "    expect: [full]\n", 1)
    (tmp_path / "chasiv_yar_control.yaml").write_text(text, "utf-8")
    examples = text.count("\n  - text:")
    rows = text.splitlines()
    line = max(i for i in range(rows.index("    expect: [full]")) if rows[i].startswith("  - text:")) + 1
    result = CliRunner().invoke(main, ["rules", "test", "--rules", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == f"chasiv_yar_control: {examples - 1} passed, 1 failed"
    assert lines[1].endswith(f"chasiv_yar_control.yaml:{line}: expected ['full'], got ['near_complete']")
    assert lines[3].startswith('    extracted: near_complete  "near-complete control" (values.near_complete.say[0])')
    data = json.loads(CliRunner().invoke(main, ["rules", "test", "--rules", str(tmp_path), "--json"]).output)
    assert data["chasiv_yar_control"][0]["ok"] is False


def reason(run, text, field, published=None):
    rule = next(r for r in run.rules if r.id == field)
    return explain(run.extractor, Article("t", "t.txt", text, published=published), rule).reason


@pytest.mark.parametrize("text,field,why", [
    ("The weather in Kyiv was fine.", "chasiv_yar_control", "no sentence mentions the trigger"),
    ("Fierce fighting continues around Chasiv Yar.", "chasiv_yar_control",
     "trigger found, no value phrase within the scope"),
    ("Russian troops have not captured Chasiv Yar.", "chasiv_yar_control", "value found but negated"),
    ("Zelensky said he was ready to meet Putin in person.", "meeting_stance",
     "value found but held by ukraine, not by kremlin or russia"),
    ("Russian forces are trying to capture Chasiv Yar.", "chasiv_yar_control",
     "value found but it is an attempt or aim, not a fact"),
    ("Witkoff will visit the Kremlin on Friday.", "witkoff_moscow_visit",
     "value found but it cannot be read: 'on Friday' needs a publication date, and it is unknown"),
    ("Witkoff said the submarines were ready.", "witkoff_moscow_visit",
     "trigger found, but no 'Moscow / Russia / Kremlin / Putin / visit / trip' within the scope"),
    ("The fall of Chasiv Yar would open the road to Kramatorsk.", "chasiv_yar_control",
     "value found but it is a supposition ('... would'), not a fact"),
    ("Officials discussed a Putin-Trump summit. Riyadh has offered to host it.", "meeting_venue",
     "trigger found, but only beside a look-alike subject (trigger.without)"),
])
def test_explain_says_in_one_line_why_a_field_is_empty(run, text, field, why):
    assert reason(run, text, field) == why


def test_explain_names_the_look_alike_that_such_a_summit_refers_back_to(run):
    text = ("A meeting between Putin and Donald Trump is being prepared, the Kremlin said.\n\n"
            "Qatar was named as a possible venue for such a summit.")
    rule = next(r for r in run.rules if r.id == "meeting_venue")
    exp = explain(run.extractor, Article("t", "t.txt", text), rule)
    at = rule.trigger_without.index("meeting between Putin and ... Trump")
    assert [n.text for n in exp.notes if n.step == "dropped"] == [
        f"trigger 'venue': 'such ...' refers back to 'meeting between Putin and ... Trump' (trigger.without[{at}])"]
    assert exp.reason == "trigger found, but only beside a look-alike subject (trigger.without)"


def test_explain_lists_every_decision(in_root):
    result = CliRunner().invoke(main, ["explain", "seeds/000_e1925a176b676633.txt", "--rule", "meeting_stance"])
    out = result.output
    assert result.exit_code == 0 and out.startswith("000_e1925a176b676633: seeds/000_e1925a176b676633.txt\n"
                                                    "published: 2025-08-05\nmeeting_stance: ")
    assert "    line 2: conditional from 'subject to ... condition' (values.conditional.say[0]) " \
           "[hedged by 'reportedly', held by kremlin]\n" in out
    assert "    open: implied by another value in the same sentence\n" in out
    assert out.endswith("  Claims:\n    conditional (line 2)\n")


def test_diagnostics_in_json_always_and_in_markdown_when_asked(in_root, tmp_path):
    CliRunner().invoke(main, ["report", "seeds", "--out", str(tmp_path / "plain")])
    assert "## Rule diagnostics" not in (tmp_path / "plain" / "report.md").read_text("utf-8")
    data = json.loads((tmp_path / "plain" / "report.json").read_text("utf-8"))
    stance = next(r for r in data["diagnostics"]["rules"] if r["rule"] == "meeting_stance")
    assert stance == {"rule": "meeting_stance", "articles": 5, "claims": 5, "hedged": 2, "negated": 0, "disputed": 0}
    assert {(o["a"], o["b"]) for o in data["diagnostics"]["overlaps"]} >= {("meeting_preconditions", "meeting_stance")}
    CliRunner().invoke(main, ["report", "seeds", "--out", str(tmp_path / "diag"), "--diagnostics"])
    md = (tmp_path / "diag" / "report.md").read_text("utf-8")
    assert "## Rule diagnostics" in md and "| `meeting_preconditions` / `meeting_stance` | 1 " in md


def test_rules_new_output_validates_against_the_schema_it_names_outside_the_repository(tmp_path):
    import re

    import yaml
    from jsonschema import Draft202012Validator

    folder = tmp_path / "story" / "rules"
    made = CliRunner().invoke(main, ["rules", "new", "crash_site", "--type", "category", "--rules", str(folder)])
    assert made.exit_code == 0 and made.output.splitlines()[1] == f"wrote {folder / 'rule.schema.json'}, the rule " \
                                                                  "schema that editors read"
    text = (folder / "crash_site.yaml").read_text("utf-8")
    named = re.match(r"# yaml-language-server: \$schema=(\S+)\n", text).group(1)
    assert named == "./rule.schema.json"
    schema = json.loads((folder / named).read_text("utf-8"))
    filled = text.replace("window: TODO never or 14", "window: never").replace("TODO ", "")
    assert list(Draft202012Validator(schema).iter_errors(yaml.safe_load(filled))) == []
    assert [e.message for e in Draft202012Validator(schema).iter_errors(yaml.safe_load(text))] == [
        "'TODO never or 14' is not valid under any of the given schemas"]
    again = CliRunner().invoke(main, ["rules", "new", "crash_day", "--type", "date", "--rules", str(folder)])
    assert again.output.count("\n") == 1  # the schema is there: written once
    (folder / "rule.schema.json").write_text("{}", "utf-8")
    rewritten = CliRunner().invoke(main, ["rules", "schema", "--rules", str(folder)])
    assert (rewritten.exit_code, rewritten.output) == (0, f"wrote {folder / 'rule.schema.json'}\n")
    assert json.loads((folder / "rule.schema.json").read_text("utf-8")) == schema
