"""Denials, in every story: a denial is a claim of `not X` (negated), never an affirmed X;
a denial that is itself negated says nothing; words that look like negations but negate
something else leave the value alone. Sentences of our own, on the shipped rules and the
bridge story's rules."""
from __future__ import annotations

import functools

import pytest

from checker.records import Article
from checker.run import Run

from conftest import ROOT, sentence_claims


@functools.lru_cache(maxsize=None)
def _run(folder: str) -> Run:
    return Run.load(ROOT / folder)


def said(text, field, folder="rules"):
    """(value, holder) of each claim, 'not X' for a denial."""
    run = _run(folder)
    rule = next(r for r in run.rules if r.id == field)
    claims = run.extractor.rule_claims(rule, run.extractor.analyse(Article("t", "t.txt", text)))
    return sorted((("not " if c.negated else "") + str(c.value), c.holder) for c in claims)


BRIDGE = "examples/bridge/rules"


@pytest.mark.parametrize("text,expected", [
    # "no X", "no sign/evidence/indication of X", "ruled out X", "X was ruled out"
    ("There was no sign of sabotage aboard the freighter, the FBI said.", [("not terrorism", "fbi")]),
    ("Police said there was no indication that the crash was a terrorist attack.", [("not terrorism", "police")]),
    ("The coast guard quickly ruled out foul play in the collision.", [("not terrorism", "coast_guard")]),
    ("Sabotage has been ruled out, the mayor's office said after the ship struck the bridge.",
     [("not terrorism", "officials")]),
    ("Reports that the crash was an act of terrorism are false, state police said.", [("not terrorism", "police")]),
    # "no" with words before its noun; a reporting verb that is negated asserts nothing
    ("There is no credible evidence that the ship was sabotaged, the FBI said.", [("not terrorism", "fbi")]),
    ("Police have no specific or credible information that would tie the crash to terrorism.",
     [("not terrorism", None)]),
    ("The FBI has not suggested that the ship's crash was an act of terrorism.", []),
    # a denial that is itself negated neither denies nor affirms
    ("Investigators have not ruled out sabotage as a cause of the crash.", []),
    ("Officials never denied that the ship's crew may have sabotaged the engine.", []),
    # the negator inside a phrase's gap: "Maersk ... operator"
    ("Maersk was not the operator of the ship, the company said.", [("not maersk", "company")]),
    # a question asserts nothing, direct or reported
    ("Was the crash an act of terrorism, or an accident?", []),
    ("Asked whether the crash was an act of sabotage, the FBI spokesman declined to comment.", []),
])
def test_denials_in_the_bridge_story(text, expected):
    field = "ship_operator" if "operator" in text else "collapse_cause"
    assert said(text, field, BRIDGE) == expected


def test_a_rule_may_name_what_denies_a_value_without_a_negation_word():
    assert said("The ship's manager said the fuel aboard met specifications.", "collapse_cause", BRIDGE) == [
        ("not fuel_contamination", "company")]
    assert said("The ship's manager said the fuel aboard did not meet specifications.", "collapse_cause", BRIDGE) == []


@pytest.mark.parametrize("text,expected", [
    ("Kyiv denied that Russian troops had captured Chasiv Yar.", [("not full", "ukraine")]),
    ("Ukraine's military dismissed the claim that Chasiv Yar had fallen as propaganda.", [("not full", "ukraine")]),
    ("An Armed Forces spokesperson denied that Chasiv Yar had been taken.", [("not full", None)]),
    ("There is no evidence that Russian forces have seized Chasiv Yar, Ukraine's General Staff said.",
     [("not full", "ukraine")]),
    # guards: a negation still reaches across auxiliaries and light adverbs (these held before too)
    ("Russian troops were not able to take Chasiv Yar.", [("not full", None)]),
    ("Russian troops have not yet fully captured Chasiv Yar.", [("not full", None)]),
    ("Moscow's forces failed to take Chasiv Yar.", [("not full", None)]),
    # a denied clause ends where 'and' brings a verb of the main clause back
    ("Moscow denies that its troops stalled and says they have captured Chasiv Yar.", [("full", "russia")]),
])
def test_denials_of_the_capture_of_a_town(text, expected):
    assert said(text, "chasiv_yar_control") == expected


@pytest.mark.parametrize("text,field,expected", [
    # "never ruled out", "no longer rules out": not ruling it out, which denies `ruled_out` (the first a guard)
    ("Putin told reporters he had never ruled out a meeting with Zelensky.", "meeting_stance",
     [("not ruled_out", "kremlin")]),
    ("The Kremlin no longer rules out a meeting with Zelensky.", "meeting_stance", [("not ruled_out", "kremlin")]),
    # "failed" as an adjective is no negation
    ("Trump called Medvedev a failed former president of Russia.", "medvedev_role", [("former_president", "us")]),
    # a negation takes the word after it: "not opposed in principle" negates "opposed"
    ("Putin said he was not opposed in principle to meeting Zelensky.", "meeting_stance",
     [("conditional", "kremlin")]),
])
def test_look_alikes_of_denials(text, field, expected):
    assert said(text, field) == expected


def test_could_not_is_a_fact_not_a_hedge():
    run = _run(BRIDGE)
    rule = next(r for r in run.rules if r.id == "collapse_cause")
    text = "After the blackout the freighter could not steer, the pilot said."
    claims = run.extractor.rule_claims(rule, run.extractor.analyse(Article("t", "t.txt", text)))
    assert sorted((c.value, c.negated, c.hedged) for c in claims) == [("power_loss", False, False),
                                                                      ("steering_loss", False, False)]


def test_every_cue_word_is_a_string():
    """YAML reads a bare `no`, `on`, `off`, `yes` as a boolean: "no" was lost from the negators
    that way, and "no evidence of sabotage" came out as affirmed sabotage."""
    import yaml

    from checker.settings import data_file

    raw = data_file("cues.yaml")
    bad = {key: [w for w in words if not isinstance(w, str)] for key, words in raw.items() if isinstance(words, list)}
    assert {k: v for k, v in bad.items() if v} == {}
    assert "no" in raw["negators"] and yaml.safe_load("[no]") == [False]


MAIN_BREAK = """\
id: break_cause
question: What caused the water main to burst?
type: category
trigger:
  any: [water main, burst, rupture]
window: never
values:
  corrosion:
    say: [corroded pipe, pipe corrosion]
    regex: ['\\bpipe\\b[^.;]{0,60}\\bcorrod']
  frost:
    say: [frost heave, ground frost, frozen ground]
examples:
  - text: Engineers said the water main burst because a pipe had corroded.
    expect: [corrosion]
"""


@pytest.fixture(scope="module")
def main_break(tmp_path_factory):
    folder = tmp_path_factory.mktemp("main_break")
    (folder / "break_cause.yaml").write_text(MAIN_BREAK, "utf-8")
    return Run.load(folder)


def firmness(run, text):
    return sorted((c.value, c.negated, c.hedge) for c in sentence_claims(run, text, "break_cause"))


@pytest.mark.parametrize("text, expected", [
    # what a regex's wildcards let through is read like a phrase's gap: a negation there denies
    ("The utility said the pipe under Elm Street was not corroded when the main burst.",
     [("corrosion", True, None)]),
    ("The utility said the pipe under Elm Street had corroded before the main burst.",
     [("corrosion", False, None)]),
    # ... and a hedge there softens
    ("Crews think the pipe under Elm Street may have corroded before the main burst.",
     [("corrosion", False, "may")]),
    ("An engineer said the main appeared to have burst where frozen ground pressed on it.",
     [("frost", False, "appeared to")]),
    ("The cracks are consistent with frost heave, the engineer said of the burst main.",
     [("frost", False, "are consistent with")]),
    ("The city is examining whether frost heave burst the main.", [("frost", False, "examining whether")]),
    # "whether" alone leaves what its clause takes as given: the frost is no question here
    ("The engineer did not say whether the main that burst in the frozen ground was insured.",
     [("frost", False, None)]),
])
def test_negations_and_hedges_inside_a_match(main_break, text, expected):
    assert firmness(main_break, text) == expected


def test_a_regex_s_own_words_are_the_letters_it_spells_out():
    from checker.rules.regexes import literal_words

    assert literal_words(r"\bpipe\b[^.;]{0,60}\bcorrod") == ("corrod", "pipe")
    assert literal_words(r"(?:no|not)\s+evidence") == ("evidence", "no", "not")  # 'no' + ('' | 't')
    assert literal_words(r"(?:ruled|rules)\s+out") == ("out", "rule")
