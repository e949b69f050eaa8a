"""News scale: the prefilter, parallel workers, the cache and Dask give exactly the
claims of a plain run; a very large article is read in pieces with the right lines."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.extract import Extractor
from checker.ingest import load_corpus
from checker.run import Run
from checker.extract.prefilter import Prefilter
from checker.run.runner import _Progress

from conftest import ROOT


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """200 generated articles, about 10% on-topic, plus the seeds and the second corpus."""
    folder = tmp_path_factory.mktemp("mixed")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(folder / "gen"), "--articles", "200",
                    "--mode", "mixed"], check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "tests" / "devset", folder / "devset")
    return folder


def extract(folder, cwd, *options):
    result = CliRunner().invoke(main, ["extract", str(folder), "--rules", str(ROOT / "rules"), *options])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_prefilter_changes_nothing_but_the_work(run, mixed, monkeypatch):
    articles = load_corpus([mixed]).articles
    with_prefilter = [c.to_json() for c in run.claims(articles)]
    monkeypatch.setattr(Prefilter, "active", lambda self, text, fields=None: set(self.needs))
    assert [c.to_json() for c in run.claims(articles)] == with_prefilter
    assert len(with_prefilter) > 100


def test_extract_reading_files_through_the_prefilter_gives_the_claims_of_no_prefilter(run, mixed, tmp_path,
                                                                                       monkeypatch):
    """checker extract runs the prefilter on each file's words, skips what no rule can match,
    and hands the rules it let through on to the extractor (not run twice): same claims."""
    monkeypatch.chdir(tmp_path)
    lines = extract(mixed, tmp_path, "--jobs", "1", "--no-cache").splitlines()
    monkeypatch.setattr(Prefilter, "active", lambda self, text, fields=None: set(self.needs))
    expected = [json.dumps(c.to_json(), ensure_ascii=False) for c in run.claims(load_corpus([mixed]).articles)]
    assert lines == expected and len(lines) > 100


PIECES_RULE = """\
id: attendance
question: Who stays away from the summit?
type: category
trigger:
  any: [summit]
values:
  stays_away:
    say: [will not attend, cannot attend]
  nearby:
    say: [km from the venue]
examples:
  - text: The minister will not attend the summit.
    expect: [stays_away]
"""


@pytest.mark.parametrize("text, value", [
    ("Putin won't attend the summit, Peskov said.", "stays_away"),
    ("Putin won\u2019t attend the summit, Peskov said.", "stays_away"),
    ("Putin cannot attend the summit, Peskov said.", "stays_away"),
    ("Putin can't attend the summit, Peskov said.", "stays_away"),  # the rule says "cannot attend"
    ("The summit hotel is 10km from the venue.", "nearby"),
])
def test_the_prefilter_reads_words_as_the_tokenizer_cuts_them(tmp_path, text, value):
    """'won't' is 'wo' (will) + 'n't' (not), 'cannot' is 'can' + 'not', '10km' is '10' + 'km' to
    the tokenizer: a rule whose phrases need those words matches them, in rules and articles
    alike, and gets past the prefilter."""
    from checker.records import Article

    (tmp_path / "attendance.yaml").write_text(PIECES_RULE, "utf-8")
    run = Run.load(tmp_path)
    assert run.extractor.prefilter.active(text) == {"attendance"}
    assert [c.value for c in run.claims([Article(id="a", path="a.txt", text=text)])] == [value]


def test_a_long_run_builds_its_vocabulary_afresh_with_the_same_claims(run, mixed):
    articles = load_corpus([mixed]).articles
    expected = [c.to_json() for c in run.claims(articles)]
    renewed = Run.load(ROOT / "rules")
    renewed.extractor.vocab_words = 0  # a fresh pipeline before every batch of 64 articles
    first = renewed.extractor.nlp
    assert [c.to_json() for c in renewed.claims(articles)] == expected
    assert renewed.extractor.nlp is not first
    assert len(renewed.extractor.nlp.vocab.strings) < len(run.extractor.nlp.vocab.strings)


def test_two_jobs_give_the_claims_of_one(mixed, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    one = extract(mixed, tmp_path, "--jobs", "1", "--no-cache")
    assert extract(mixed, tmp_path, "--jobs", "2", "--no-cache") == one
    assert len(one.splitlines()) > 100


def test_a_cached_rerun_extracts_nothing_and_a_changed_rule_only_itself(mixed, tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    monkeypatch.chdir(tmp_path)
    run_cli = lambda: CliRunner().invoke(main, ["extract", str(mixed / "seeds"), "--rules", str(rules),  # noqa: E731
                                                "--jobs", "1"]).output
    first = run_cli()
    asked = []
    original = Extractor.extract

    def spy(self, articles, fields=None, **options):
        articles = list(articles)
        asked.append((len(articles), tuple(sorted(fields)) if fields else None))
        return original(self, articles, fields, **options)

    monkeypatch.setattr(Extractor, "extract", spy)
    assert run_cli() == first and asked == []
    with open(rules / "trump_deadline.yaml", "a", encoding="utf-8") as handle:
        handle.write("# a comment is a change of the rule file\n")
    assert run_cli() == first
    assert asked and all(fields == ("trump_deadline",) for _, fields in asked)
    assert (tmp_path / ".checker-cache" / "claims.sqlite").exists()


def test_dask_on_a_local_two_worker_cluster_gives_the_claims_of_a_local_run(mixed, tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed", reason="the dask extra is part of the test requirements")
    monkeypatch.chdir(tmp_path)
    local = extract(mixed / "seeds", tmp_path, "--jobs", "1", "--no-cache")
    dask = extract(mixed / "seeds", tmp_path, "--engine", "dask", "--jobs", "2", "--no-cache")
    assert dask == local and len(local.splitlines()) == 40


def test_progress_shows_done_rate_and_time_left(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(sys, "stderr", out)
    meter = _Progress(2)
    meter.tick()
    meter.tick()
    meter.done()
    text = out.getvalue()
    assert text.startswith("\r1/2 articles, ") and "\r2/2 articles, " in text and text.endswith("s left \n")


def test_a_20_mb_article_is_read_in_pieces_with_the_right_line(tmp_path, run):
    para = ("The council approved the budget for schools, roads and the new library on a vote of seven to two. "
            "Officials said construction would begin in the spring after a public consultation.\n\n")
    n = 20_000_000 // len(para)
    text = para * (n // 2) + "Russian forces have reportedly gained near-complete control of Chasiv Yar.\n\n" + \
        para * (n - n // 2)
    (tmp_path / "big.txt").write_text(text, "utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert len(run.extractor.chunks(article)) > 100
    (claim,) = run.claims([article])
    line = text.count("\n", 0, claim.start) + 1
    assert (claim.field, claim.value, claim.line, claim.column) == ("chasiv_yar_control", "near_complete", line, 1)
    assert text[claim.start:claim.end] == claim.quote and claim.hedged


PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>{body}</p><p>More on the story as it develops.</p></article></body></html>
"""


@pytest.mark.parametrize("title, body, skipped, values", [
    ("Harbour works resume", "Crews reopened the north quay on Monday after repairs.", True, []),
    ("Minister to miss talks", "The minister won&#8217;t attend the sum&#109;it, her office said.", False,
     ["stays_away"]),
    ("Minister to miss talks", "The minister cannot attend the sum<b>mit</b>, her office said.", False,
     ["stays_away"]),
])
def test_a_web_page_no_rule_can_reach_is_skipped_unparsed(tmp_path, title, body, skipped, values):
    """A saved page is decided on its markup's words (entities read, a tag inside a word joined)
    before trafilatura parses it: an off-topic page is never parsed, and a page whose words
    only show once read is not lost."""
    from checker.run.batch import Item, work

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "attendance.yaml").write_text(PIECES_RULE, "utf-8")
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(title=title, body=body), "utf-8")
    run = Run.load(rules)
    [result] = work(([Item(0, page, {}, "page")], False), run)
    assert result.skipped is skipped
    assert [c.value for c in result.claims["attendance"]] == values
