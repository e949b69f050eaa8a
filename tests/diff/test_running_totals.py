"""Running totals on a small earthquake story of our own (tests/quake): a toll that rises is
a change over time, a fall or two figures for one day a contradiction, an undated figure is
placed or listed (never a contradiction), a forecast is reported, never counted; and the
story's decimals, relative tolerance and look-alike aftershock."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from checker.ingest import load_corpus
from checker.rules.examples import run_rule
from checker.run import Run
from checker.values import totals

from conftest import ROOT

QUAKE = ROOT / "tests" / "quake"
APR = {d: dt.date(2025, 4, d) for d in range(1, 10)}


@pytest.fixture(scope="module")
def run() -> Run:
    return Run.load(QUAKE / "rules")


@pytest.fixture()
def story(run, tmp_path):
    """The verdicts of some of the story's articles, by field."""
    def verdicts(*ids):
        folder = tmp_path / "_".join(ids)
        folder.mkdir()
        for i in ids:
            shutil.copy(QUAKE / "articles" / f"{i}.txt", folder)
        comparison, _ = run.compare(load_corpus([folder]))
        return {v.field: v for v in comparison.fields}
    return verdicts


def test_the_story_rules_pass_their_examples(run):
    for rule in run.rules:
        assert [r.problem for r in run_rule(run.extractor, rule) if not r.ok] == []


def test_a_toll_that_rises_is_a_change_over_time_with_its_latest_figure(story):
    v = story("q01", "q02", "q03")["quake_deaths"]
    assert (v.verdict, v.reason) == ("changed", "the total rose from 144 to 1650")
    assert not [r for r in v.relations if r.relation == "contradict"]
    assert v.total.latest == (APR[5], 1650, ("q03",))
    assert [(day, value) for day, _basis, value, _ids in v.total.steps] == [(APR[2], "12/.."), (APR[3], 144),
                                                                           (APR[5], 1650)]
    assert (v.total.falls, v.total.same_day) == ((), ())


def test_a_forecast_is_reported_never_counted(story, run):
    v = story("q01", "q02", "q03")["quake_deaths"]
    forecast = next(g for g in v.values if g.value == "1001/..")
    assert (forecast.firm, forecast.reported) == ((), ("q02",))
    assert "1001/.." not in [value for _day, _basis, value, _ids in v.total.steps]
    claims = [c for c in run.claims(load_corpus([QUAKE / "articles" / "q02.txt"]).articles) if c.value == "1001/.."]
    assert [(c.hedged, c.hedge) for c in claims] == [(True, "fears of a death toll exceeding")]


def test_an_undated_figure_is_placed_between_the_dated_ones_that_bracket_it(story):
    v = story("q01", "q02", "q03", "q04")["quake_deaths"]
    assert v.verdict == "changed"
    assert v.total.placed == ((980, ("q04",), APR[3], APR[5]),)
    assert v.total.undated == ()


def test_a_toll_that_falls_is_a_contradiction_and_an_undated_figure_is_then_only_listed(story):
    v = story("q01", "q02", "q03", "q04", "q05")["quake_deaths"]
    assert (v.verdict, v.reason) == ("contradict", "the total fell from 1650 to 1200; a running total does not fall")
    assert v.total.falls == (((APR[5], 1650), (APR[6], 1200)),)
    assert (v.total.placed, v.total.undated) == ((), ((980, ("q04",)),))
    assert not [r for r in v.relations if 980 in (r.a, r.b) and r.relation == "contradict"]


def test_two_figures_for_one_day_are_a_contradiction(story):
    v = story("q03", "q06")["quake_deaths"]
    assert v.verdict == "contradict"
    assert [(r.relation, r.days) for r in v.relations] == [("contradict", 0)]
    assert v.total.same_day == ((APR[5], (1650, 1720)),)


def test_magnitudes_are_decimals_within_a_relative_tolerance(story):
    v = story("q01", "q02")["quake_magnitude"]
    assert (v.verdict, v.reason) == ("compatible", "within the tolerance of 2%")
    assert [g.value for g in v.values] == [7.3, 7.4]


def test_the_aftershock_is_left_out_and_the_sentence_after_it_is_read(run):
    rule = next(r for r in run.rules if r.id == "quake_magnitude")
    article = load_corpus([QUAKE / "articles" / "q01.txt"]).articles[0]
    assert [c.value for c in run.extractor.rule_claims(rule, run.extractor.analyse(article))] == [7.4]


@pytest.mark.parametrize("earlier,later,relation", [
    (144, 1650, "changed"), ("12/..", 144, None), (1650, 1200, "contradict"), ("7/..", 6, "contradict"),
    (6, "7/..", "changed"),
])
def test_a_running_total_moves_up_in_time(earlier, later, relation):
    said = totals.in_time(earlier, later)
    assert (said[0] if said else None) == relation


@pytest.mark.parametrize("dated,figure,where", [
    ([(APR[2], 12), (APR[3], 144), (APR[5], 1650)], 980, (APR[3], APR[5])),
    ([(APR[2], 12), (APR[3], 144)], 980, (APR[3], None)),
    ([(APR[3], 144), (APR[5], 1650)], 50, (None, APR[3])),
    ([(APR[3], 144), (APR[5], 1650)], 144, (APR[3], APR[3])),
    ([(APR[3], 144), (APR[5], 1650), (APR[6], 1200)], 980, None),  # the dated figures fall
    ([(APR[2], "12/..")], 980, None),  # nothing bounds it
])
def test_placing_an_undated_figure(dated, figure, where):
    assert totals.place(dated, figure) == where
