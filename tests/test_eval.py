"""`checker eval`: triples scored against gold; the shipped rules held to their bars."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import CheckerError
from checker.evaluate import GoldClaim, evaluate, load_gold
from checker.records import Article, Claim

from conftest import ROOT
from harbor import story

GOLD = ROOT / "tests" / "gold" / "seeds.gold.yaml"


SHARED_GOLD = ROOT.parent / "shared" / "eval" / "seeds.gold.yaml"


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="../shared/eval is not here: the shared gold cannot be compared")
def test_the_gold_copy_is_the_shared_yardstick():
    assert GOLD.read_text("utf-8") == SHARED_GOLD.read_text("utf-8")


def test_shipped_rules_meet_the_bars_on_the_seeds(run, corpus, seed_claims):
    result = evaluate(load_gold(GOLD), seed_claims, {a.id: a for a in corpus.articles}, [r.id for r in run.rules])
    assert result.total.gold == 39
    assert result.total.precision >= 0.95, result.false_positives
    assert result.total.recall >= 0.90, result.misses
    assert result.evidence.tp / result.evidence.gold >= 0.90
    for name, score in result.attributes.items():
        assert score.tp / score.gold >= 0.90, name


def claim(article, field, value, start=0, end=10, negated=False, holder=None):
    return Claim(article, field, value, "q", start, end, 1, 1, "m", start, end, "values", negated=negated, holder=holder)


def test_scores_count_triples_not_claims():
    gold = [GoldClaim("a", "f", "x", "alpha beta", (("holder", "kremlin"),)), GoldClaim("a", "f", "y", "gamma"),
            GoldClaim("a", "g", 2, "")]
    claims = [claim("a", "f", "x", holder="kremlin"), claim("a", "f", "x", 50, 60),  # one triple, two claims
              claim("a", "f", "z"), claim("a", "g", 2),
              claim("other", "f", "x")]  # an article the gold does not cover is not scored
    articles = {"a": Article("a", "a.txt", "alpha beta gamma delta"), "other": Article("other", "o.txt", "x")}
    result = evaluate(gold, claims, articles, ["f", "g"])
    assert (result.total.gold, result.total.extracted, result.total.tp) == (3, 3, 2)
    assert (result.fields["f"].tp, result.fields["f"].extracted) == (1, 2)
    assert [(c.field, c.value) for c in result.false_positives] == [("f", "z")]
    assert [(g.field, g.value) for g in result.misses] == [("f", "y")]
    assert (result.evidence.tp, result.evidence.gold) == (1, 1)
    assert (result.attributes["holder"].tp, result.attributes["holder"].gold) == (1, 1)


def test_denials_and_intervals_are_scored_as_the_claims_contract_writes_them(tmp_path):
    gold_file = tmp_path / "gold.yaml"
    gold_file.write_text("version: 1\narticles:\n  a:\n    f:\n      - value: not x\n    n:\n"
                         "      - value: 6/..\n  b: {}\n  c:\n    f:\n      - value: y\n", "utf-8")
    gold = load_gold(gold_file)
    claims = [claim("a", "f", "x", negated=True), claim("a", "n", "6/.."), claim("a", "f", "y", negated=True),
              claim("b", "f", "x")]  # b is listed as {}: anything from it is a false positive
    given = {i: Article(i, f"{i}.txt", "text") for i in ("a", "b")}  # c was not given
    result = evaluate(gold, claims, given, ["f", "n"])
    assert (result.total.gold, result.total.extracted, result.total.tp) == (2, 4, 2)
    assert sorted((c.article, c.value, c.negated) for c in result.false_positives) == [
        ("a", "y", True), ("b", "x", False)]
    assert result.misses == [] and result.articles == ("a", "b") and result.absent == ("c",)


def test_eval_command_prints_table_and_json(in_root):
    result = CliRunner().invoke(main, ["eval", "seeds", "--gold", str(GOLD)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[2].split() == ["field", "gold", "extracted", "tp", "precision", "recall", "f1"]
    assert any(line.startswith("TOTAL") and line.split()[1] == "39" for line in lines)
    data = json.loads(CliRunner().invoke(main, ["eval", "seeds", "--gold", str(GOLD), "--json"]).output)
    assert set(data) >= {"total", "fields", "false_positives", "misses"}
    assert set(data["total"]) == {"gold", "extracted", "tp", "precision", "recall", "f1"}
    assert set(data["fields"]) == {r.stem for r in (ROOT / "rules").glob("*.yaml")}


def test_eval_exits_1_below_the_bar(in_root, tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("version: 1\narticles:\n  003_d8227443fd9b5b39:\n    chasiv_yar_control:\n"
                    "      - value: none\n        quote: Chasiv Yar\n", "utf-8")
    result = CliRunner().invoke(main, ["eval", "seeds", "--gold", str(gold), "--min-precision", "0.9"])
    assert result.exit_code == 1
    assert "003_d8227443fd9b5b39 chasiv_yar_control none: gold quote \"Chasiv Yar\"" in result.output


def test_a_bad_gold_file_names_its_line(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("version: 1\narticles:\n  a:\n    f:\n      - valeu: x\n", "utf-8")
    with pytest.raises(CheckerError) as caught:
        load_gold(gold)
    assert [str(p) for p in caught.value.problems] == [
        f"{gold}:5:9: E104 articles.a.f[0]: missing required key 'value'",
        f"{gold}:5:9: E104 articles.a.f[0]: unknown key 'valeu'; expected one of: disputed_by, hedged, holder, "
        "note, quote, value (did you mean 'value'?)"]


def test_attribution_mismatches_are_listed():
    from checker.render.evaluation import text

    gold = [GoldClaim("a", "f", "x", "alpha", (("holder", "kremlin"), ("hedged", True)))]
    result = evaluate(gold, [claim("a", "f", "x", holder="russia")], {"a": Article("a", "a.txt", "alpha")}, ["f"])
    out = text(result, "g.yaml")
    assert "Attribution mismatches (2):\n  a f x: hedged expected True, got False\n  a f x: holder expected kremlin, got russia\n" in out


def test_the_rules_generalise_to_the_second_corpus(run):
    """Ten articles written apart from the rules (tests/gold/DEVSET.md): a floor, not a target."""
    from checker.ingest import load_corpus

    corpus = load_corpus([ROOT / "tests" / "devset"])
    result = evaluate(load_gold(ROOT / "tests" / "gold" / "dev.gold.yaml"), run.claims(corpus.articles),
                      {a.id: a for a in corpus.articles}, [r.id for r in run.rules])
    assert result.total.gold == 100
    assert result.total.precision >= 0.95, result.false_positives
    assert result.total.recall >= 0.80, result.misses


NEWS = ROOT.parent / "shared" / "eval" / "news"


@pytest.mark.skipif(not (NEWS / "ukraine" / "gold.yaml").exists(),
                    reason="../shared/eval/news is not here: the news corpus cannot be scored")
@pytest.mark.parametrize("story,rules,precision,recall", [
    ("ukraine", ROOT / "rules", 0.95, 0.85),
    ("bridge", ROOT / "examples" / "bridge" / "rules", 0.95, 0.80),
])
def test_the_rules_meet_the_bars_on_the_news_corpus(story, rules, precision, recall):
    """The development corpus written to read like real coverage (../shared/eval/news): every
    article of the story scored, its off-topic look-alikes included."""
    from checker.ingest import load_corpus
    from checker.run import Run

    run = Run.load(rules)
    corpus = load_corpus([NEWS / story / "articles"])
    gold = load_gold(NEWS / story / "gold.yaml")
    result = evaluate(gold, run.claims(corpus.articles), {a.id: a for a in corpus.articles}, [r.id for r in run.rules])
    assert result.absent == () and len(result.articles) == len(gold.articles)
    assert result.total.precision >= precision, result.false_positives
    assert result.total.recall >= recall, result.misses


GOOD_GOLD = """version: 1
articles:
  p1:
    harbor_cause:
      - value: power_loss
        quote: "The freighter lost power"
      - value: not sabotage
        quote: no sign of sabotage
    harbor_crew:
      - value: 14
        quote: The freighter carried 14 sailors.
  p2:
    harbor_cause:
      - value: power_loss
        quote: "a blackout sent the freighter
          into it"
"""


def test_a_gold_is_checked_before_scoring_every_problem_at_its_line(tmp_path, monkeypatch):
    bad = GOOD_GOLD.replace("- value: not sabotage", "- value: not sabotge").replace(
        "quote: The freighter carried 14 sailors.", "quote: The freighter carried 15 sailors.").replace(
        "      - value: 14\n", "      - value: fourteen\n").replace("  p2:\n    harbor_cause:", "  p2:\n    harbor_cuase:")
    story(tmp_path, bad + "  p3: {}\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--gold", "gold.yaml", "--rules", "rules", "articles"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "gold.yaml:7:16: E305 articles.p1.harbor_cause[1].value: 'sabotge' is not a value of harbor_cause; "
        "expected one of: power_loss, sabotage (or 'not X') (did you mean 'sabotage'?)",
        "gold.yaml:10:16: E305 articles.p1.harbor_crew[0].value: 'fourteen' is not a number or an interval "
        "(6, 6/.., ../20, 6/8)",
        "gold.yaml:11:16: E307 articles.p1.harbor_crew[0].quote: the quote is not in the article (whitespace "
        "aside): \"The freighter carried 15 sailors.\"",
        "gold.yaml:13:5: E304 articles.p2.harbor_cuase: unknown field 'harbor_cuase'; the rules have: "
        "harbor_cause, harbor_crew (did you mean 'harbor_cause'?)",
        "gold.yaml:17:3: E306 articles.p3: no article file 'p3' in the folder the articles came from"]


def test_eval_scores_the_articles_given_and_names_the_others(tmp_path, monkeypatch):
    story(tmp_path, GOOD_GOLD)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--gold", "gold.yaml", "--rules", "rules", "articles/p1.txt"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] == ["Scored 1 articles against gold.yaml", "Not given, so not scored: 1 gold articles: p2"]
    assert next(line for line in lines if line.startswith("TOTAL")).split() == [
        "TOTAL", "3", "3", "3", "1.000", "1.000", "1.000"]


def test_eval_without_articles_reads_the_folder_its_gold_names_or_articles_beside_it(tmp_path, monkeypatch):
    story(tmp_path, GOOD_GOLD)
    monkeypatch.chdir(tmp_path)
    beside = CliRunner().invoke(main, ["eval", "--gold", "gold.yaml", "--rules", "rules"])
    assert beside.exit_code == 0 and beside.output.startswith(
        "Scored 2 articles against gold.yaml (articles, beside the gold)\n")
    (tmp_path / "articles").rename(tmp_path / "harbor")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold.yaml").rename(tmp_path / "gold" / "gold.yaml")
    nowhere = CliRunner().invoke(main, ["eval", "--gold", "gold/gold.yaml", "--rules", "rules"])
    assert (nowhere.exit_code, nowhere.stderr) == (2, (
        "gold/gold.yaml: E308 no articles to score: give them (checker eval --gold FILE ARTICLES...), name their "
        "folder in the gold file (corpus: PATH), or put them in articles/ beside it\n"))
    (tmp_path / "gold" / "gold.yaml").write_text("corpus: ../harbor\n" + GOOD_GOLD, "utf-8")
    named = CliRunner().invoke(main, ["eval", "--gold", "gold/gold.yaml", "--rules", "rules"])
    assert named.exit_code == 0 and named.output.startswith(
        "Scored 2 articles against gold/gold.yaml (gold/../harbor, named by the gold)\n")
    (tmp_path / "gold" / "gold.yaml").write_text("corpus: ../harbour\n" + GOOD_GOLD, "utf-8")
    wrong = CliRunner().invoke(main, ["eval", "--gold", "gold/gold.yaml", "--rules", "rules"])
    assert (wrong.exit_code, wrong.stderr) == (2, "gold/gold.yaml:1:9: E308 corpus: no folder gold/../harbour\n")


def test_eval_lists_the_true_positives_whose_evidence_misses_the_gold_quote(tmp_path, monkeypatch):
    gold = GOOD_GOLD.replace('quote: "The freighter lost power"', "quote: Freighter hits pier")
    story(tmp_path, gold)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["eval", "--gold", "gold.yaml", "--rules", "rules"])
    assert result.exit_code == 0
    assert ("Evidence overlaps the gold quote: 3 of 4 (75.0%) of true positives with a quote\n"
            "Evidence that misses the gold quote (1):\n"
            "  p1 harbor_cause power_loss: line 3 \"The freighter lost power minutes before it struck the pier, the "
            "port said.\"; gold quote \"Freighter hits pier\"\n") in result.output
    data = json.loads(CliRunner().invoke(main, ["eval", "--gold", "gold.yaml", "--rules", "rules", "--json"]).output)
    assert data["evidence_off_quote"] == [{"article": "p1", "field": "harbor_cause", "value": "power_loss", "line": 3,
                                           "quote": "The freighter lost power minutes before it struck the pier, "
                                                    "the port said.", "gold_quote": "Freighter hits pier"}]
