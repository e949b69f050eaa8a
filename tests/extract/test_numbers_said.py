"""Numbers in rules as news says them: bounds read with their number, the value read where
the slot stands (never a number in a '...' gap), modifiers between a number and its noun,
a capture regex reading the whole number around its value, ordinals only in a series."""
from __future__ import annotations

import textwrap

import pytest

from checker.records import Article
from checker.run import Run

RULES = {
    "toll": """
        id: toll
        question: How many people died in the flood?
        type: number
        trigger:
          any: [flood, flooding]
        capture:
          say: ["{number} ... dead", "death toll ... {number}", "{number} people ... killed", "{number} victims",
                "searching for {number}"]
          regex: ['\\b(?P<value>\\d+|two|three|four|five|six|seven)\\s+(?:people\\s+)?(?:are\\s+)?unaccounted']
        examples:
          - text: The flood left 12 dead.
            expect: [12]
          - text: The flood receded on Friday.
            expect: []
        """,
    "regions": """
        id: regions
        question: Which regions does Moscow demand?
        type: set
        trigger:
          any: [demand, demands]
        values:
          four_regions:
            say: [four regions]
        examples:
          - text: Moscow demands the four regions.
            expect: [four_regions]
          - text: Moscow's demands are unchanged.
            expect: []
        """,
    "rounds": """
        id: rounds
        question: How many rounds of flood talks have been held?
        type: number
        ordinals: series
        trigger:
          any: [flood talks]
        capture:
          say: ["{number} round"]
        examples:
          - text: The third round of flood talks ended on Friday.
            expect: [3]
          - text: The flood talks ended on Friday.
            expect: []
        """,
}


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Run:
    folder = tmp_path_factory.mktemp("rules")
    for rule_id, text in RULES.items():
        (folder / f"{rule_id}.yaml").write_text(textwrap.dedent(text), "utf-8")
    return Run.load(folder)


def claims(run, field, text):
    rule = next(r for r in run.rules if r.id == field)
    article = Article(id="t", path="t.txt", text=text)
    return [(c.value, c.match) for c in run.extractor.rule_claims(rule, run.extractor.analyse(article))]


@pytest.mark.parametrize("text,expected", [
    ("Rescuers in the flood were searching for at least seven people.", [("7/..", "searching for at least seven")]),
    ("The flood left as many as 20 dead, officials feared.", [("../20", "as many as 20 dead")]),
    ("The flood left about seven to eight dead.", [("7/8", "about seven to eight dead")]),
    ("Tens of thousands of people were killed in the flood.",
     [("20000/99999", "Tens of thousands of people were killed")]),
])
def test_a_capture_reads_a_bounded_number_whole(run, text, expected):
    assert claims(run, "toll", text) == expected


def test_a_number_in_a_gap_is_never_captured(run):
    assert claims(run, "toll", "The flood left 12 of its 40 residents dead.") == [
        (12, "12 of its 40 residents dead")]


def test_a_gap_before_a_closing_slot_takes_the_nearest_number(run):
    assert claims(run, "toll", "The flood death toll rose to 5 from 3.") == [(5, "death toll rose to 5")]


def test_a_year_is_no_count(run):
    assert claims(run, "toll", "The flood death toll in 2024 rose to 5.") == [(5, "death toll in 2024 rose to 5")]


def test_modifiers_may_stand_between_a_number_and_its_noun(run):
    assert claims(run, "regions", "Moscow demands the four eastern regions.") == [
        ("four_regions", "four eastern regions")]
    assert claims(run, "regions", "Moscow demands the four partially occupied regions.") == [
        ("four_regions", "four partially occupied regions")]
    assert claims(run, "toll", "The flood claimed six young victims.") == [(6, "six young victims")]


def test_only_modifiers_stand_between_a_number_and_its_noun(run):
    assert claims(run, "regions", "Moscow demands four of the regions.") == []
    assert claims(run, "regions", "Moscow demands four new eastern border regions.") == []


def test_a_capture_regex_reads_the_whole_number_around_its_value(run):
    assert claims(run, "toll", "After the flood at least four people are unaccounted for.") == [
        ("4/..", "four people are unaccounted")]


def test_an_ordinal_is_no_count_by_default(run):
    assert claims(run, "toll", "Divers found a fourth victim of the flood.") == []


def test_explain_says_why_an_ordinal_is_dropped(run):
    notes = []
    rule = next(r for r in run.rules if r.id == "toll")
    run.extractor.rule_claims(rule, run.extractor.analyse(
        Article(id="t", path="t.txt", text="Divers found a fourth victim of the flood.")), notes)
    assert [n.text for n in notes if n.step == "dropped"] == [
        "'fourth victim': 'fourth' is an ordinal, not a count (the rule's `ordinals` is none)"]


@pytest.mark.parametrize("text,expected", [
    ("Turkey is ready to host a fourth round of flood talks.", [3]),
    ("The third round of flood talks ended on Friday.", [3]),
    ("The first round of flood talks, held on May 16, produced a deal.", []),
])
def test_a_series_rule_counts_the_rounds_held(run, text, expected):
    assert [v for v, _ in claims(run, "rounds", text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The flood raised fears of a death toll exceeding 500.", [("501/..", True, "fears of a death toll exceeding")]),
    ("After the flood, as many as 20 people might be dead.", [("../20", True, "might")]),  # in the gap
    ("The flood left 12 dead, and officials fear more bodies lie under the mud.", [(12, False, None)]),
])
def test_a_forecast_is_hedged_with_its_words(run, text, expected):
    rule = next(r for r in run.rules if r.id == "toll")
    found = run.extractor.rule_claims(rule, run.extractor.analyse(Article(id="t", path="t.txt", text=text)))
    assert [(c.value, c.hedged, c.hedge) for c in found] == expected
