"""The reports in a real browser: Debian's headless Chromium, driven by playwright-core.

Every ```mermaid block of a report is read by Mermaid's own parser (the `mermaid`
package, loaded in the page), which must see exactly the periods and events we
wrote; in report.html, a click on a claim must bring its evidence up highlighted.

Needs /usr/bin/chromium (Debian's `chromium`) and `make browser` (the npm packages in
tests/browser/node_modules). Without them these tests skip, saying why; .ci/run
installs both and sets CHECKER_BROWSER_TESTS=required, so in CI they always run.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import diff
from checker.cli import main
from checker.records import Article, Claim, Rule
from checker.render import markdown, mermaid

from conftest import ROOT

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SHARED = ROOT.parent / "shared" / "eval" / "news" / "ukraine" / "articles"


def _missing() -> str:
    if not shutil.which("node"):
        return "node is not installed"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if not (HERE / "node_modules" / "mermaid").is_dir() or not (HERE / "node_modules" / "playwright-core").is_dir():
        return "the npm packages are not installed (make browser)"
    return ""


@pytest.fixture(scope="module")
def node():
    reason = _missing()
    if reason and os.environ.get("CHECKER_BROWSER_TESTS") == "required":
        pytest.fail(f"browser tests are required here, but {reason}")
    if reason:
        pytest.skip(f"browser tests skipped: {reason}")

    def run(script, *args) -> object:
        done = subprocess.run(["node", str(HERE / script), *map(str, args)], capture_output=True, text=True,
                              timeout=120, env={**os.environ, "CHROMIUM": CHROMIUM})
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)
    return run


def written(block: str) -> list:
    """The periods and events of a timeline block, as we wrote them."""
    lines = [line.strip() for line in block.splitlines()[1:] if line.strip() and not line.strip().startswith("title")]
    return [[part.strip() for part in line.split(" : ")][:1] + [[p.strip() for p in line.split(" : ")[1:]]]
            for line in lines]


def tricky_report() -> str:
    """A text field whose values hold Mermaid's own syntax (':', ';', '#', '%%', quotes) and
    changed over time, so that the report draws its timeline."""
    rule = Rule("venue_name", "Where: the venue?", "text", "venue_name.yaml", ("venue",))
    values = ["Ciragan Palace: Istanbul", "Dolmabahce; Istanbul #2", 'the "old" palace %% annex', "Riyadh"]
    articles = [Article(f"a{i}", f"a{i}.txt", "", outlet=f"Outlet {i}", published=dt.date(2025, 3, 1) + dt.timedelta(days=30 * i))
                for i in range(len(values))]
    claims = [Claim(a.id, "venue_name", v, v, 0, len(v), 1, 1, v, 0, len(v), "capture") for a, v in zip(articles, values)]
    return markdown.render(diff.compare([rule], articles, claims))


def test_every_mermaid_block_reads_as_written(node, tmp_path, in_root):
    tricky = tricky_report()
    assert len(mermaid.blocks(tricky)) == 1
    texts = [(ROOT / "reports" / "report.md").read_text("utf-8"), tricky]
    if SHARED.is_dir():
        CliRunner().invoke(main, ["report", str(SHARED), "--out", str(tmp_path / "u"), "--no-cache", "--jobs", "1"])
        texts.append((tmp_path / "u" / "report.md").read_text("utf-8"))
    blocks = [b for text in texts for b in mermaid.blocks(text)]
    assert len(blocks) >= 5
    (tmp_path / "blocks.json").write_text(json.dumps(blocks), "utf-8")
    results = node("mermaid_parse.mjs", tmp_path / "blocks.json")
    for block, result in zip(blocks, results):
        assert result["ok"] and result["type"] == "timeline", (block, result)
        assert result["periods"] == written(block), block


def test_a_broken_block_is_caught(node, tmp_path):
    (tmp_path / "blocks.json").write_text(json.dumps(["timeline\n    title x\n    2025-08-01 : a : \n"]), "utf-8")
    (result,) = node("mermaid_parse.mjs", tmp_path / "blocks.json")
    assert not result["ok"] and "Parse error on line 3" in result["error"]


def test_clicking_a_claim_brings_up_its_evidence_highlighted(node, tmp_path, in_root):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["report", "seeds", "--out", str(out), "--html", "--no-cache"])
    assert result.exit_code == 0 and (out / "report.html").exists()
    data = json.loads((out / "report.json").read_text("utf-8"))
    field = next(f for f in data["fields"] if f["field"] == "chasiv_yar_control")
    claim = next(c for c in field["claims"] if c["value"] == "full")
    target = f"c-{claim['article']}-{claim['field']}-{claim['start']}-{claim['end']}"
    seen = node("click_claim.mjs", out / "report.html", target, tmp_path / "clicked.png")
    assert (seen["target"], seen["article"], seen["visible"]) == (target, f"src-{claim['article']}", True)
    assert seen["evidence"] == claim["quote"]
    assert seen["before"] == ["rgb(255, 243, 176)"]  # highlighted as evidence before the click
    assert set(seen["backgrounds"]) == {"rgb(255, 159, 28)"} and set(seen["outlines"]) == {"solid"}
    assert seen["others"] == ["rgb(255, 243, 176)"]  # the rest of the evidence stays as it was
