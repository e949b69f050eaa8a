"""The reports people read: committed, current, deterministic, valid JSON, bounded,
with sources a person recognises."""
from __future__ import annotations

import datetime as dt
import json
import os
import re

from checker import diff
from checker.ingest import load_corpus
from checker.records import Article, Claim, Rule, ValueDef, Ways
from checker.render import json as jsonout, markdown, mermaid, write_reports
from checker.run import Run
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


def test_report_json_follows_its_schema_and_keeps_every_claim(in_root, seed_claims):
    data = json.loads(jsonout.render(build(in_root)))
    assert list(Draft202012Validator(load_schema("report")).iter_errors(data)) == []
    assert sum(len(f["claims"]) for f in data["fields"]) == len(seed_claims)
    assert [a["id"] for a in data["articles"]] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def summary_rows(text):
    summary = text.split("## Summary", 1)[1].split("\n## ", 1)[0]
    return {line.split("|")[1].strip(): [c.strip() for c in re.split(r"(?<!\\)\|", line)[2:-1]]
            for line in summary.splitlines() if line.startswith("| [")}


def test_summary_counts_firm_and_reported_sources_per_value(in_root):
    rows = summary_rows(markdown.render(build(in_root)))
    # near-complete control is only reported ("reportedly"): full control stands alone, no contradiction
    assert rows["[chasiv_yar_control](#chasiv_yar_control)"] == [
        "single source; disputed inside an article", "2 of 5", "near-complete control (0; 1 reported); full control (1)"]
    assert rows["[submarine_count](#submarine_count)"] == ["agree", "2 of 5", "2 (2)"]
    assert rows["[meeting_stance](#meeting_stance)"][:2] == ["changed over time", "5 of 5"]


def test_sections_come_in_order(in_root):
    text = markdown.render(build(in_root))
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads == ["## Check first", "## Summary", "## Changed over time", "## Compatible differences",
                     "## Agreements", "## Single-source claims", "## Outlets", "## Sources"]


def test_meeting_stance_is_a_dated_timeline_with_a_diagram(in_root):
    text = markdown.render(build(in_root))
    section = text.split("### meeting_stance", 1)[1].split("\n### ", 1)[0]
    assert "| 2025-02-05  | rules it out            | 1         |" in section
    assert mermaid.blocks(section) == [
        "timeline\n    title What is the Kremlin's stance on a Putin Zelensky meeting\n"
        "    2025-02-05 : rules it out (1 source)\n    2025-08-02 : open on conditions (1 source)\n"
        "    2025-08-27 : dismisses calls for one (1 source)\n"]
    assert "Verdict: changed over time · type: category · window 14 days · 5 sources, 5 claims" in section


def test_sources_are_outlet_date_and_title_linked_to_the_url(tmp_path):
    (tmp_path / "a.md").write_text("---\noutlet: The Harbour Gazette\npublished: 2025-08-02\n"
                                   "url: https://gazette.example/subs\ntitle: Two submarines move\n---\n\n"
                                   "Two nuclear submarines were sent to Europe, officials said.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Submarines head north, navy says\n\nThe navy sent two nuclear submarines "
                                    "to waters near Russia.\n", "utf-8")
    cmp, _ = Run.load(ROOT / "rules").compare(load_corpus([tmp_path]))
    text = re.sub(r" {2,}", " ", markdown.render(cmp))
    assert ('| <a id="src-a"></a>The Harbour Gazette | 2025-08-02 | '
            '[Two submarines move](<https://gazette.example/subs>) | `a` |') in text
    assert "[The Harbour Gazette, 2025-08-02](#src-a)" in text
    # no title: the headline line; no outlet: the headline stands for it
    assert "[“Submarines head north, navy says”, date unknown](#src-b)" in text
    assert "| date unknown | Submarines head north, navy says | `b` |" in text


def test_output_files_follow_the_umask(tmp_path):
    cmp = diff.compare([], [], [])
    old = os.umask(0o022)
    try:
        paths = write_reports(cmp, tmp_path / "a")
        assert [oct(p.stat().st_mode & 0o777) for p in paths] == ["0o644", "0o644"]
        os.umask(0o077)
        paths = write_reports(cmp, tmp_path / "b")
        assert [oct(p.stat().st_mode & 0o777) for p in paths] == ["0o600", "0o600"]
    finally:
        os.umask(old)


def synthetic(n):
    """n articles from n outlets over 30 days, two values that change once."""
    rule = Rule("toll", "How many?", "category", "toll.yaml", ("t",),
                values=tuple(ValueDef(v, v, Ways(("x",))) for v in ("low", "high")))
    articles = [Article(f"a{i:05d}", f"a{i}.txt", "", outlet=f"Outlet {i}", title=f"Story {i}",
                        published=dt.date(2025, 8, 1) + dt.timedelta(days=i % 30)) for i in range(n)]
    claims = [Claim(a.id, "toll", "low" if i % 30 < 15 else "high", "The toll is low, officials said.", 0, 30, 3, 1,
                    "low", 12, 15, "values", hedged=i % 7 == 0) for i, a in enumerate(articles)]
    return rule, articles, claims


def test_report_md_stays_bounded_and_report_json_keeps_everything():
    sizes = {}
    for n in (200, 2000):
        rule, articles, claims = synthetic(n)
        cmp = diff.compare([rule], articles, claims)
        text, data = markdown.render(cmp), json.loads(jsonout.render(cmp))
        sizes[n] = len(text)
        assert len(data["fields"][0]["claims"]) == n and len(data["articles"]) == n
        assert cmp.matrix is None and "No outlet × outlet matrix: " + str(n) + " outlets" in text
    assert sizes[2000] < 1.1 * sizes[200] and sizes[2000] < 20_000, sizes


def test_a_running_total_shows_its_latest_figure_and_what_breaks_the_rise():
    cmp, _ = Run.load(ROOT / "tests" / "quake" / "rules").compare(load_corpus([ROOT / "tests" / "quake" / "articles"]))
    section = markdown.render(cmp).split("### quake_deaths", 1)[1].split("\n### ", 1)[0]
    assert ("Running total (a later, larger figure is the total rising, not a contradiction):\n\n"
            "- Latest: **1200** (2025-04-06, 1 source)\n"
            "- Falls, worth checking: 1720 on 2025-04-05, then 1200 on 2025-04-06\n"
            "- Figures of one day that cannot both hold: 2025-04-05: 1650, 1720\n"
            "- Undated: 980 (1 source), cannot be placed in time") in section
    assert "Range of firm values: 12/.. to 1720" in section
    data = json.loads(jsonout.render(cmp))
    assert list(Draft202012Validator(load_schema("report")).iter_errors(data)) == []
    total = next(f for f in data["fields"] if f["field"] == "quake_deaths")["total"]
    assert total["latest"] == {"day": "2025-04-06", "value": 1200, "sources": ["q05"]}
    assert total["falls"] == [{"from": {"day": "2025-04-05", "value": 1720}, "to": {"day": "2025-04-06", "value": 1200}}]


def test_report_html_marks_denials_and_links_every_claim(tmp_path):
    from checker.render import html

    art = tmp_path / "b.txt"
    art.write_text("Officials said the bridge had not reopened.\n", "utf-8")
    rule = Rule("bridge_open", "Is the bridge open?", "category", "bridge_open.yaml", ("bridge",),
                values=(ValueDef("open", "open", Ways(("reopened",))),))
    a = Article("a", str(tmp_path / "a.txt"), "", outlet="Outlet A", published=dt.date(2025, 3, 1))
    b = Article("b", str(art), "", outlet="Outlet B", published=dt.date(2025, 3, 2))
    (tmp_path / "a.txt").write_text("The bridge reopened on Monday.\n", "utf-8")
    claims = [Claim("a", "bridge_open", "open", "The bridge reopened on Monday.", 0, 30, 1, 1, "reopened", 11, 19,
                    "values"),
              Claim("b", "bridge_open", "open", "Officials said the bridge had not reopened.", 0, 43, 1, 1, "reopened",
                    33, 41, "values", negated=True)]
    import io
    out = io.StringIO()
    html.write(diff.compare([rule], [a, b], claims), out)
    page = out.getvalue()
    assert "denied by Outlet B, 2025-03-02" in page and "Outlet A, 2025-03-01" in page
    assert page.count('href="#c-b-bridge_open-0-43"') == 2  # the quote above, the claim list of the article
    assert ('<a class="claim-at" id="c-b-bridge_open-0-43"></a><mark class="ev" data-claims="c-b-bridge_open-0-43">'
            'Officials said the bridge had not reopened.</mark>') in page
