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
