"""Claims with their evidence: the three named fields on the seeds, negation, spelling."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.run import Run
from conftest import ROOT, claims_of, sentence_claims


def one(claims, article, field):
    found = claims_of(claims, article, field)
    assert len(found) == 1, found
    return found[0]


def test_submarines_europe_in_000_and_near_russia_in_001(seed_claims):
    europe = [c for c in claims_of(seed_claims, "000", "submarine_location") if c.value == "europe"][0]
    assert (europe.line, europe.match) == (7, "to Europe")
    assert europe.quote.endswith("the deployment of two nuclear submarines to Europe.")
    near = one(seed_claims, "001", "submarine_location")
    assert (near.value, near.line, near.match) == ("near_russia", 33, "waters near Russia")
    assert near.quote.startswith("The US has further demonstrated its resolve by deploying two nuclear submarines")


def test_chasiv_yar_near_complete_in_001_hedged(seed_claims):
    c = one(seed_claims, "001", "chasiv_yar_control")
    assert (c.value, c.line, c.column, c.hedged, c.hedge, c.holder) == ("near_complete", 25, 184, True, "reportedly", None)
    assert c.quote.startswith("Forces have reportedly gained near-complete control of Chasiv Yar")


def test_chasiv_yar_full_in_003_is_russias_claim_contested_by_ukraine(seed_claims):
    c = one(seed_claims, "003", "chasiv_yar_control")
    assert (c.value, c.line, c.holder, c.disputed_by, c.negated) == ("full", 23, "russia", "ukraine", False)
    assert "Ukraine contests claims that Russian forces have seized full control" in c.quote


def test_meeting_preconditions_per_seed(seed_claims):
    got = {a: sorted(c.value for c in claims_of(seed_claims, a, "meeting_preconditions")) for a in
           ("000", "001", "002", "003", "004")}
    assert got == {"000": ["expert_level_preparation"], "001": ["expert_level_preparation"], "002": [],
                   "003": ["finalize_agreements_only"], "004": ["lift_negotiation_ban", "zelensky_legitimacy"]}


def test_every_quote_is_the_file_text_at_its_offsets_and_line(seed_claims):
    for c in seed_claims:
        text = (ROOT / "seeds" / f"{c.article}.txt").read_text("utf-8")
        assert text[c.start:c.end] == c.quote
        assert text[c.match_start:c.match_end] == c.match
        assert text.splitlines()[c.line - 1][c.column - 1:].startswith(c.quote.splitlines()[0])


@pytest.mark.parametrize("text,expected", [
    ("Russian troops have not captured Chasiv Yar.", [("full", True)]),
    ("Russian troops haven't taken Chasiv Yar yet.", [("full", True)]),
    ("Russian troops never seized Chasiv Yar.", [("full", True)]),
    ("Not only have Russian troops entered Chasiv Yar, they hold parts of it.", [("partial", False)]),
    ("Russian forces have captured Chasiv Yar, but not the nearby villages.", [("full", False)]),
    ("Russian forces are trying to capture Chasiv Yar.", []),
])
def test_negation_has_a_scope(run, text, expected):
    got = [(c.value, c.negated) for c in sentence_claims(run, text, "chasiv_yar_control")]
    assert got == expected


@pytest.mark.parametrize("text,hedge", [
    ("Russian forces have reportedly captured Chasiv Yar.", "reportedly"),
    ("Russian forces might have captured Chasiv Yar.", "might"),
    ("Russian forces are said to have captured Chasiv Yar.", "are said to"),
    ("Russian forces captured Chasiv Yar in May.", None),
])
def test_hedging_cues(run, text, hedge):
    (claim,) = sentence_claims(run, text, "chasiv_yar_control")
    assert (claim.hedged, claim.hedge) == (hedge is not None, hedge)


@pytest.mark.parametrize("text", [
    "Russian forces have captured Chasiv Yar.",
    "russian forces have CAPTURED chasiv yar.",
    "Russian forces have captured Chasiv Iar.",
    "Russian forces have capturd Chasiv Yar.",
])
def test_case_transliteration_and_small_misspellings_do_not_hide_a_fact(run, text):
    assert [c.value for c in sentence_claims(run, text, "chasiv_yar_control")] == ["full"]


def test_the_trigger_must_be_in_scope(run):
    text = "Russian forces captured the town. Chasiv Yar lies further east."
    assert sentence_claims(run, text, "chasiv_yar_control") == []


def test_claims_of_other_parties_are_left_out_when_the_rule_names_holders(run):
    text = "Zelensky said any meeting of the two leaders would need preparation at the expert level."
    assert sentence_claims(run, text, "meeting_preconditions") == []
    text = "Peskov said any meeting with Zelensky would need preparation at the expert level."
    assert [(c.value, c.holder, c.speaker) for c in sentence_claims(run, text, "meeting_preconditions")] == [
        ("expert_level_preparation", "kremlin", "Peskov")]


def test_a_date_without_a_publication_date_or_year_yields_nothing():
    from checker.records import Rule
    from checker.values import read_values

    rule = Rule(id="d", question="q", type="date", path="d.yaml", trigger_any=("x",))
    assert read_values(rule, None, "", entities=["on August 8"], published=None) == [
        (None, "'on August 8' needs a publication date, and it is unknown")]
    assert read_values(rule, None, "", entities=["on August 8"], published=dt.date(2025, 8, 2)) == [
        ("2025-08-08", None)]


def test_a_section_is_read_whole_even_where_values_must_stand_near_a_trigger(tmp_path):
    rule = (ROOT / "rules" / "istanbul_outcomes.yaml").read_text("utf-8")
    (tmp_path / "istanbul_outcomes.yaml").write_text(rule.replace("{after: 1, section: true}",
                                                                  "{after: 1, section: true, near: 2}"), "utf-8")
    run = Run.load(tmp_path)
    text = ("Kyiv and Moscow remain far apart\n\nWhat have the Istanbul talks achieved?\n\n"
            "After many hours of talks, the first round produced a large prisoner swap.\n\n"
            "In Istanbul, after many hours of talks, the delegations also handed over draft memoranda.\n")
    claims = sentence_claims(run, text, "istanbul_outcomes")
    assert [(c.value, c.line) for c in claims] == [("prisoner_exchange", 5)]


@pytest.mark.parametrize("text, values", [
    ("In 1998, an earthquake in the same valley killed 212 people.", []),
    ("Back in 2011, a quake of similar size left 40 dead.", []),
    ("The death toll from the earthquake rose to 144 on Thursday.", [144]),
    ("The earthquake, the worst since one in 1998, killed 40 people.", [40]),
])
def test_a_toll_from_a_past_year_is_another_event(text, values):
    """A sentence that opens in a year long gone tells of another event: no toll of this one
    (an invented 'contradiction' with the story's own figures otherwise)."""
    run = Run.load(ROOT / "tests" / "quake" / "rules")
    assert [c.value for c in sentence_claims(run, text, "quake_deaths", dt.date(2025, 3, 10))] == values


@pytest.mark.parametrize("text, field, hedge", [
    # a plan is not yet a fact: reported, never counted as firm
    ("Vladimir Putin is due in Beijing on September 2 for talks with Xi Jinping.", "putin_china_trip", "is due in"),
    ("The Kremlin expects Witkoff in Moscow on Thursday, Peskov said.", "witkoff_moscow_visit", "expects"),
    # hearsay the writer passes on
    ("We are told Witkoff will be in Moscow on Thursday.", "witkoff_moscow_visit", "We are told"),
    # ... also when it closes the sentence, after a comma
    ("Witkoff will be in Moscow on Thursday, it is learnt.", "witkoff_moscow_visit", "it is learnt"),
    ("Witkoff will be in Moscow on Thursday, reportedly.", "witkoff_moscow_visit", "reportedly"),
    ("Witkoff will be in Moscow on Thursday, but he leaves on Friday, reportedly.", "witkoff_moscow_visit", None),
    # done, not planned; and "due in part to" a cause, in another clause, plans nothing
    ("Witkoff arrived in Moscow on Thursday, Peskov said.", "witkoff_moscow_visit", None),
    ("The summit was postponed due in part to the weather, and Putin arrives in China on September 2.",
     "putin_china_trip", None),
])
def test_plans_and_hearsay_are_hedged(run, text, field, hedge):
    claims = sentence_claims(run, text, field, dt.date(2025, 8, 6))
    assert [c.hedge for c in claims] == [hedge]
