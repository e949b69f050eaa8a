"""Scope as news writes it: a fact a sentence or two from its subject ("the town", "the
parties", "such a meeting"), across a paragraph break but not a section heading; a
headline that names the subject for the opening paragraph. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import sentence_claims


def values(run, text, field):
    return sorted(("not " if c.negated else "") + str(c.value) for c in sentence_claims(run, text, field))


@pytest.mark.parametrize("text,field,expected", [
    ("Heavy shelling hit Chasiv Yar overnight.\n\nBy morning Russian troops had captured the town, "
     "the ministry said.", "chasiv_yar_control", ["full"]),
    ("Delegations from Moscow and Kyiv sat down in Istanbul on Friday.\n\nThe sides agreed to hand over the bodies "
     "of 3,000 fallen soldiers.", "istanbul_outcomes", ["remains_exchange"]),
    ("Zelensky has again proposed direct talks with Putin.\n\nThe Kremlin said such a meeting was out of the "
     "question.", "meeting_stance", ["ruled_out"]),
])
def test_a_reference_back_reaches_across_a_paragraph_break(run, text, field, expected):
    assert values(run, text, field) == expected


@pytest.mark.parametrize("text,field", [
    # a section heading between them
    ("Heavy shelling hit Chasiv Yar overnight.\n\nFighting near Toretsk\n\nBy morning Russian troops "
     "had captured the town, the ministry said.", "chasiv_yar_control"),
    # no back reference: "a meeting" in a new paragraph is not the one with Zelensky
    ("Zelensky has again proposed direct talks with Putin.\n\nThe Kremlin said a meeting with Trump was out of the "
     "question for now.", "meeting_stance"),
])
def test_but_not_past_a_heading_nor_without_a_reference(run, text, field):
    """Guards: these held before; the wider reach must not break them."""
    assert values(run, text, field) == []


def test_a_sentence_that_refers_back_takes_the_value_of_the_sentence_before(run):
    text = 'Zelensky is welcome in Moscow, Peskov said. "Let him come. Such a meeting can take place any time."'
    assert [(c.value, c.holder) for c in sentence_claims(run, text, "meeting_stance")] == [("open", "kremlin")]


def test_a_headline_names_the_subject_for_the_opening_paragraph(run):
    text = ("Chasiv Yar: what we know\n\nRussian troops have taken most of the ruined settlement, Ukrainian officers "
            "said.\n\nElsewhere, Russian troops have taken most of a village near Pokrovsk.")
    claims = sentence_claims(run, text, "chasiv_yar_control")
    assert [(c.value, c.line) for c in claims] == [("partial", 3)]


def test_a_word_can_be_required_in_one_form(tmp_path):
    """'=boxes' matches "boxes" only: "the black box" and "the black boxes" are different facts."""
    from checker.records import Article
    from checker.run import Run

    (tmp_path / "recorders.yaml").write_text(
        "id: recorders\nquestion: How many recorders were found?\ntype: category\n"
        "trigger:\n  any: [recorder, black box]\nvalues:\n  one:\n    say: [black box, the recorder]\n"
        "  both:\n    say: [black =boxes, both recorders]\nexamples:\n  - text: x\n    expect: []\n", "utf-8")
    run = Run.load(tmp_path)
    rule = run.rules[0]

    def found(text):
        return [c.value for c in run.extractor.rule_claims(rule, run.extractor.analyse(Article("t", "t.txt", text)))]

    assert found("Divers recovered the black boxes on Tuesday.") == ["both"]
    assert found("Divers recovered the black box on Tuesday.") == ["one"]


def test_a_regex_is_ranked_by_the_words_it_says_not_the_context_before_them(tmp_path):
    """A regex's context ("^.*", an optional word) does not count as its span: it neither
    swallows another value's phrase said before its words, nor looks longer than a phrase;
    over the very same words, the regex (the form as written) wins over a phrase (lemmas)."""
    from checker.records import Article
    from checker.run import Run

    (tmp_path / "found.yaml").write_text(
        "id: found\nquestion: What did divers find?\ntype: set\n"
        "trigger:\n  any: [divers]\nvalues:\n  recorder:\n    say: [voice recorder]\n"
        "  one_box:\n    say: [black box]\n  boxes:\n    regex: ['^.*\\bblack boxes\\b']\n"
        "examples:\n  - text: x\n    expect: []\n", "utf-8")
    run = Run.load(tmp_path)
    rule = run.rules[0]

    def found(text):
        claims = run.extractor.rule_claims(rule, run.extractor.analyse(Article("t", "t.txt", text)))
        return [(c.value, c.match) for c in claims]

    assert found("Divers found the voice recorder and both black boxes on Friday.") == [
        ("recorder", "voice recorder"), ("boxes", "black boxes")]
    assert found("Divers found both black boxes on Friday.") == [("boxes", "black boxes")]
