"""The reports people read: committed, current, deterministic, valid JSON."""
from __future__ import annotations

import json
import re

from checker.ingest import load_corpus
from checker.run import Run
from checker.render import json as jsonout, markdown, write_reports
from checker.schema import load_schema
from jsonschema import Draft202012Validator

from conftest import ROOT


def build(in_root):
    run = Run.load("rules")
    cmp, _ = run.compare(load_corpus(["seeds"]))
    return cmp


def test_committed_reports_are_current(in_root, tmp_path):
    """Fails when rules, seeds or code changed without `make report`."""
    md_path, json_path = write_reports(build(in_root), tmp_path)
    assert md_path.read_text("utf-8") == (ROOT / "reports" / "report.md").read_text("utf-8"), "run `make report`"
    assert json_path.read_text("utf-8") == (ROOT / "reports" / "report.json").read_text("utf-8"), "run `make report`"


def test_same_inputs_give_the_same_bytes(in_root):
    first, second = build(in_root), build(in_root)
    assert markdown.render(first) == markdown.render(second)
    assert jsonout.render(first) == jsonout.render(second)


def test_report_json_follows_its_schema(in_root):
    data = json.loads(jsonout.render(build(in_root)))
    errors = list(Draft202012Validator(load_schema("report")).iter_errors(data))
    assert errors == []


def test_summary_shows_the_three_named_fields(in_root):
    text = markdown.render(build(in_root))
    summary = text.split("## Summary", 1)[1].split("##", 1)[0]
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in summary.splitlines() if line.startswith("| [")}
    assert rows["[chasiv_yar_control](#chasiv_yar_control)"] == [
        "**contradict** (an outlet vs a reported party); disputed", "2 of 5",
        "near-complete control: `001_dc5e011bba2dfa1c`; full control: `003_d8227443fd9b5b39`"]
    assert rows["[submarine_location](#submarine_location)"][:2] == ["compatible", "2 of 5"]
    assert "Europe: `000_e1925a176b676633`; waters near Russia: `001_dc5e011bba2dfa1c`" in \
        rows["[submarine_location](#submarine_location)"][2]
    assert rows["[meeting_preconditions](#meeting_preconditions)"][2].startswith(
        "preparation at expert level first: `000_e1925a176b676633`, `001_dc5e011bba2dfa1c`")


def cells(section):
    """Table rows of a Markdown section, as lists of stripped cells."""
    return [[c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            for line in section.splitlines() if line.startswith("| `")]


def test_contradiction_shows_both_quotes_with_lines(in_root):
    text = markdown.render(build(in_root))
    section = text.split("### chasiv_yar_control", 1)[1].split("###", 1)[0]
    assert cells(section) == [
        ["`001_dc5e011bba2dfa1c`", "near-complete control",
         "Forces have reportedly gained **near-complete control** of Chasiv Yar in the donetsk province after "
         "a year-long siege, and are increasing pressure on…", "25", "the article's own voice; hedged: “reportedly”"],
        ["`003_d8227443fd9b5b39`", "full control",
         "Despite reports of continued Russian advances, Ukraine contests claims that Russian forces have "
         "seized **full control** of certain towns, such as Chasiv Yar.", "23",
         "Russia, via Russian forces; contested by Ukraine"]]
    assert "- Reported dispute in `003_d8227443fd9b5b39`: full control is Russia's claim, contested by Ukraine" in section


def test_sections_come_in_order(in_root):
    text = markdown.render(build(in_root))
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads == ["## Summary", "## Contradictions", "## Changed over time", "## Compatible differences",
                     "## Agreements", "## Single-source claims", "## Source × source", "## Coverage"]


def test_meeting_stance_is_a_timeline_not_a_contradiction(in_root):
    text = markdown.render(build(in_root))
    section = text.split("### meeting_stance", 1)[1].split("###", 1)[0]
    assert ("Timeline: 2025-02-05: **rules it out** (`004_5eb1ee49e6ba1523`) → 2025-08-02 to 2025-08-06: "
            "**open on conditions** (`003_d8227443fd9b5b39`, `000_e1925a176b676633`, `001_dc5e011bba2dfa1c`) → "
            "2025-08-27: **dismisses calls for one** (`002_b33123e21e58ba69`)") in section
    assert "Verdict: changed over time · type: category" in section


def test_inferred_dates_are_marked(in_root, tmp_path):
    (tmp_path / "a.txt").write_text("On Tuesday, Aug. 5, 2025, the envoy said the talks went well. A vote is "
                                    "scheduled for August 12.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Nothing here says when the talks took place.\n", "utf-8")
    cmp, _ = Run.load("rules").compare(load_corpus([tmp_path]))
    text = markdown.render(cmp)
    assert "| `a`      | unknown  | 2025-08-06 (inferred) |" in text
    assert "| `b`      | unknown  | unknown               |" in text
