"""Who says it, how sure, and when: holders, disputes, hedges, negation scope."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.ingest import load_corpus
from checker.records import Article
from checker.run import Run
from checker.render import markdown

from conftest import ROOT, sentence_claims


@pytest.mark.parametrize("text,holder,speaker", [
    ("Russia's defence ministry said its troops had captured Chasiv Yar.", "russia", "Russia"),
    ("Russia's defence ministry now claimed its troops had captured Chasiv Yar.", "russia", "Russia"),
    ("The Russian military apparently announced that its troops had captured Chasiv Yar.", "russia",
     "Russian military"),
    ("According to Ukraine's General Staff, Russian units have entered parts of Chasiv Yar.", "ukraine",
     "Ukraine's General Staff"),
    ("Russian forces have captured Chasiv Yar, Kremlin spokesman Dmitry Peskov told reporters.", "kremlin",
     "Dmitry Peskov"),
    ("“Our troops have fully liberated Chasiv Yar,” Putin said.", "kremlin", "Putin"),
    ("Russian forces captured Chasiv Yar last week.", None, None),
    ("Russian troops hold parts of Chasiv Yar after heavy fighting.", None, None),
])
def test_holders_come_from_reporting_frames(run, text, holder, speaker):
    (c,) = sentence_claims(run, text, "chasiv_yar_control")
    assert (c.holder, c.speaker) == (holder, speaker)


def test_a_pronoun_continues_the_previous_speaker(run):
    text = "Peskov spoke to reporters on Monday. He said Putin was ready to meet Zelensky in person."
    (c,) = sentence_claims(run, text, "meeting_stance")
    assert (c.value, c.holder, c.speaker) == ("open", "kremlin", "Peskov")


@pytest.mark.parametrize("text,expected", [
    # contesting a claim marks it disputed; only a denial ("denied", "rejected") is a claim of its own
    ("Ukraine contests claims that Russian forces have seized Chasiv Yar.", {("full", "russia", "ukraine")}),
    ("Kyiv denied reports that Russian troops had captured Chasiv Yar.", {("not full", "ukraine", None)}),
    ("Ukraine's military rejected the claim that Chasiv Yar had fallen.", {("not full", "ukraine", None)}),
    ("Kyiv rejected Moscow's claim that its forces had captured Chasiv Yar.",
     {("full", "russia", "ukraine"), ("not full", "ukraine", None)}),
    ("Ukraine's General Staff denied Russian claims that Chasiv Yar had fallen.",
     {("full", "russia", "ukraine"), ("not full", "ukraine", None)}),
    ("Russia said its forces had captured Chasiv Yar, a claim Kyiv rejects.",
     {("full", "russia", "ukraine"), ("not full", "ukraine", None)}),
])
def test_disputes(run, text, expected):
    assert {(("not " if c.negated else "") + c.value, c.holder, c.disputed_by)
            for c in sentence_claims(run, text, "chasiv_yar_control")} == expected


def test_after_the_claim_it_disputes_the_disputer_speaks_for_itself(run):
    text = ("Ukraine's General Staff denied Russian claims that Chasiv Yar had fallen, "
            "saying Russian troops had only entered the outskirts.")
    claims = {(c.value, c.negated, c.holder, c.disputed_by) for c in sentence_claims(run, text, "chasiv_yar_control")}
    assert claims == {("full", False, "russia", "ukraine"), ("full", True, "ukraine", None),
                      ("partial", False, "ukraine", None)}


def test_a_dispute_said_later_stays_with_the_claim_it_disputes(run):
    text = ("Russia's defence ministry said on Monday that its forces had captured Chasiv Yar.\n\n"
            "Ukraine's military rejected Russian claims that Chasiv Yar had fallen.")
    claims = sentence_claims(run, text, "chasiv_yar_control")
    assert [(c.value, c.negated, c.line, c.holder, c.disputed_by) for c in claims] == [
        ("full", False, 1, "russia", "ukraine"), ("full", True, 3, "ukraine", None)]


def test_holders_extend_with_a_yaml_file_in_the_rules_folder(tmp_path):
    (tmp_path / "chasiv_yar_control.yaml").write_text(
        (ROOT / "rules" / "chasiv_yar_control.yaml").read_text("utf-8"), "utf-8")
    (tmp_path / "_holders.yaml").write_text(
        "parties:\n  isw:\n    label: Institute for the Study of War\n    names: [ISW, Institute for the Study of War]\n",
        "utf-8")
    run = Run.load(tmp_path)
    (c,) = sentence_claims(run, "The ISW said Russian forces had captured Chasiv Yar.", "chasiv_yar_control")
    assert (c.holder, c.speaker) == ("isw", "ISW")  # the folder's name wins over the shipped analysts'


def test_a_story_may_leave_the_shipped_parties_out(tmp_path):
    (tmp_path / "chasiv_yar_control.yaml").write_text(
        (ROOT / "rules" / "chasiv_yar_control.yaml").read_text("utf-8"), "utf-8")
    (tmp_path / "_holders.yaml").write_text(
        "shipped: false\nparties:\n  officials:\n    names: [U.S. official, officials]\n", "utf-8")
    run = Run.load(tmp_path)
    text = "A U.S. official said Russian forces had captured Chasiv Yar, Ukraine's General Staff said."
    assert [(c.holder, c.speaker) for c in sentence_claims(run, text, "chasiv_yar_control")] == [
        ("officials", "U.S. official")]
    assert run.rule_set.holders.parties == ("officials",)


def custom_run(tmp_path, values_yaml, examples="  - text: x\n    expect: []\n"):
    (tmp_path / "prep_status.yaml").write_text(
        "id: prep_status\nquestion: Is the preparatory work done?\ntype: category\n"
        "trigger:\n  any: [preparatory work]\nvalues:\n" + values_yaml + "examples:\n" + examples, "utf-8")
    return Run.load(tmp_path)


@pytest.mark.parametrize("text,expected", [
    ("All the preparatory work has not been completed yet.", [("completed", True)]),
    ("The preparatory work has been completed.", [("completed", False)]),
    ("The preparatory work is not only completed but approved.", [("completed", False)]),
    ("The preparatory work has not yet been carried out.", [("completed", True)]),
])
def test_has_not_been_completed_negates_completion(tmp_path, text, expected):
    run = custom_run(tmp_path, "  completed:\n    say: [completed, carried out]\n")
    assert [(c.value, c.negated) for c in sentence_claims(run, text, "prep_status")] == expected


@pytest.mark.parametrize("text,hedge", [
    ("Witkoff is expected to visit Moscow on August 6, 2025.", "is expected to"),
    ("Witkoff could visit Moscow on August 6, 2025.", "could"),
    ("Witkoff may visit Moscow on August 6, 2025.", "may"),
    ("Witkoff visited Moscow on August 6, 2025.", None),
])
def test_hedges_on_dates(run, text, hedge):
    (c,) = sentence_claims(run, text, "witkoff_moscow_visit")
    assert (c.value, c.hedge) == ("2025-08-06", hedge)


def test_parties_that_differ_inside_one_article_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Russia's defence ministry said its forces had captured Chasiv Yar.\n"
        "Ukraine's military said Russian troops hold only parts of Chasiv Yar.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Russian forces have reportedly gained near-complete control of Chasiv Yar.\n", "utf-8")
    cmp, _ = Run.load(ROOT / "rules").compare(load_corpus([tmp_path]))
    text = markdown.render(cmp)
    assert ("- Dispute in [“Russia's defence ministry said its forces had…”, date unknown](#src-a): "
            "Russia vs Ukraine: *full control* (line 1) and *partial control* (line 2)") in text


@pytest.mark.parametrize("text,expected", [
    ("Russia's Defense Ministry claimed that its troops had captured Chasiv Yar. Ukraine's military rejected the claim.",
     ("full", "russia", "ukraine")),
    ("Russian forces hold most of Chasiv Yar, the town Moscow declared captured in July, a claim Kyiv disputes.",
     ("full", "russia", "ukraine")),
    ("Russian forces captured Chasiv Yar. Ukraine's military rejected a claim that Russian troops hold Pokrovsk.",
     ("full", None, None)),
])
def test_a_dispute_can_point_back_at_a_claim(run, text, expected):
    got = [(c.value, c.holder, c.disputed_by) for c in sentence_claims(run, text, "chasiv_yar_control")
           if c.value == "full" and not c.negated]
    assert got == [expected]


def test_straight_quotes_pair_up_so_narration_after_a_quote_is_not_quoted(run):
    text = ('"We will not stop," Peskov said.\n'
            'Russian forces captured Chasiv Yar on Friday, the article added.\n')
    (c,) = sentence_claims(run, text, "chasiv_yar_control")
    assert c.holder is None


def test_words_in_a_gap_do_not_swallow_another_value(run):
    text = "Dmitry Medvedev, Russia's former president and prime minister, warned the West again."
    assert sorted(c.value for c in sentence_claims(run, text, "medvedev_role")) == ["former_president", "former_prime_minister"]


def test_a_later_sentence_counts_only_when_it_carries_on(run):
    text = "Delegations met in Istanbul three times. They yielded two prisoner exchanges."
    assert [c.value for c in sentence_claims(run, text, "istanbul_outcomes")] == ["prisoner_exchange"]
    text = "Delegations met in Istanbul three times. Gulf states brokered two prisoner exchanges."
    assert sentence_claims(run, text, "istanbul_outcomes") == []


@pytest.mark.parametrize("text,field,expected", [
    ("Moscow's memorandum demands that Ukraine withdraw its troops from the four regions. As a condition for a "
     "ceasefire, the document also says Western countries must stop supplying weapons.", "ceasefire_preconditions",
     [("withdraw_from_four_regions", "russia", "Moscow"), ("end_western_arms_deliveries", "russia", "Moscow")]),
    ("Lavrov spoke on Monday. As a condition for a ceasefire, the ministry added, Western countries must stop "
     "supplying weapons.", "ceasefire_preconditions", [("end_western_arms_deliveries", "kremlin", "Lavrov")]),
    ("Lavrov spoke on Monday. As a condition for a ceasefire, the report says, Western countries must stop "
     "supplying weapons.", "ceasefire_preconditions", [("end_western_arms_deliveries", None, None)]),
    ("After a row with Dmitry Medvedev, Donald Trump says the two submarines are now closer to Russia, though the "
     "president is refusing to say where.", "submarine_location",
     [("undisclosed", "us", "Donald Trump"), ("near_russia", "us", "Donald Trump")]),
])
def test_the_document_or_the_ministry_speaks_for_whoever_was_named_before(run, text, field, expected):
    """Like "he", "the document says" continues the speaker named before it: in its own
    sentence first, then in the sentences before; "the report" is not a speaker."""
    assert [(c.value, c.holder, c.speaker) for c in sentence_claims(run, text, field)] == expected


@pytest.mark.parametrize("text,holder,speaker", [
    # what the speaker says about another party's terms is the speaker's word
    ("Peskov said on Monday that Moscow's conditions were unchanged: Ukraine must withdraw from the four regions.",
     "kremlin", "Peskov"),
    # a party's own terms, with no one reporting them, stay that party's
    ("Moscow's conditions are unchanged: Ukraine must withdraw from the four regions.", "russia", "Moscow"),
    # a name in a time clause ("since Putin set them out") is not a speaker
    ("Moscow's terms have not changed since Putin set them out: Ukraine must withdraw from the four regions.",
     "russia", "Moscow"),
])
def test_a_speaker_holds_what_they_say_of_another_partys_terms(run, text, holder, speaker):
    (c,) = sentence_claims(run, text, "ceasefire_preconditions")
    assert (c.value, c.holder, c.speaker) == ("withdraw_from_four_regions", holder, speaker)


@pytest.mark.parametrize("text,hedge", [
    # "possible" qualifies the question, not what Peskov said
    ("Asked about a possible meeting with Zelensky, Peskov said it was not on the agenda.", None),
    # a report of what he said stays hedged
    ("Peskov reportedly said a meeting with Zelensky was not on the agenda.", "reportedly"),
])
def test_a_word_like_possible_before_the_speaker_does_not_hedge_what_the_speaker_says(run, text, hedge):
    (c,) = sentence_claims(run, text, "meeting_stance")
    assert (c.value, c.holder, c.hedge) == ("dismissed", "kremlin", hedge)


def test_a_list_before_officials_said_is_not_the_first_names_word(run):
    text = "Possible venues for talks include Turkey, the Gulf states or a European country, officials said."
    claims = sentence_claims(run, text, "meeting_venue")
    assert sorted((c.value, c.holder, c.hedge) for c in claims) == [
        ("europe", None, "Possible"), ("gulf_states", None, "Possible"), ("turkey", None, "Possible")]


@pytest.mark.parametrize("text,holder", [
    ("According to the Russian defence ministry, its troops have captured Chasiv Yar.", "russia"),
    ("As per the Russian defence ministry, its troops have captured Chasiv Yar.", "russia"),
    ("The Kremlin\u2019s spokesman told reporters on Monday that Russian forces had captured Chasiv Yar.", "kremlin"),
    ("Russia\u2019s defence ministry said its troops had captured Chasiv Yar.", "russia"),  # a curly apostrophe
    ("Russia's defence ministry reported heavy fighting. The ministry added that its units had captured Chasiv Yar.",
     "russia"),
    # unnamed sources and OSINT map projects are holders like any party
    ("Russian troops have captured Chasiv Yar, sources familiar with the matter said.", "sources"),
    ("Russian units now hold almost all of Chasiv Yar, according to the DeepState map.", "deepstate"),
    ("Russian troops have captured Chasiv Yar, Western military analysts said on Monday.", "analysts"),
    # a name that does not name its party, or sits in a compound, is no speaker
    ("Former Russian President Dmitry Medvedev said Russian troops had captured Chasiv Yar.", "russia"),
    ("Russia-Ukraine talks resumed on Monday. He said Russian forces had captured Chasiv Yar.", None),
])
def test_reporting_frames_as_news_writes_them(run, text, holder):
    assert [c.holder for c in sentence_claims(run, text, "chasiv_yar_control")] == [holder]


@pytest.mark.parametrize("text", [
    # a speaker's line ending in a colon, the quotation in the paragraphs below it
    'Speaking about the fighting in the east, Putin said:\n\n"Our troops have liberated Chasiv Yar. The enemy is '
    'retreating."\n',
    # a quotation over two paragraphs: the first is left open, the second opens again
    'Putin spoke at length about the offensive. "Our troops are advancing on every front, and doing it well.\n\n'
    '"They have liberated Chasiv Yar and keep going."\n',
])
def test_a_quotation_below_its_speaker_or_over_two_paragraphs_is_the_speakers(run, text):
    assert [(c.value, c.holder, c.speaker) for c in sentence_claims(run, text, "chasiv_yar_control")] == [
        ("full", "kremlin", "Putin")]


def test_in_a_transcript_the_label_speaks_and_answers_what_was_asked(run):
    text = ("Briefing, Monday\n\n"
            "QUESTION (a radio station): Kyiv says Chasiv Yar has not been captured. What do you say to that?\n\n"
            "PESKOV: The ministry reported the liberation of the town, and I trust it.\n")
    claims = sentence_claims(run, text, "chasiv_yar_control")
    assert [(c.value, c.negated, c.holder, c.speaker, c.disputed_by) for c in claims] == [
        ("full", True, "ukraine", "Kyiv", None), ("full", False, "kremlin", "PESKOV", "ukraine")]


def test_in_a_transcript_you_is_whom_the_question_asks(run):
    text = ("QUESTION: Last month you called a meeting with Zelensky pointless. Is that still so?\n\n"
            "PESKOV: We will see.\n")
    assert [(c.value, c.holder) for c in sentence_claims(run, text, "meeting_stance")] == [("ruled_out", "kremlin")]


def test_a_dateline_in_capitals_is_no_speaker_label(run):
    text = "WASHINGTON: Russian troops have captured Chasiv Yar, a report said on Monday.\n"
    assert [(c.value, c.holder) for c in sentence_claims(run, text, "chasiv_yar_control")] == [("full", None)]


@pytest.mark.parametrize("text,expected", [
    # a name in a time clause speaks in its own clause only
    ("Two days after Russia's defence ministry said its troops had taken Chasiv Yar, the map still showed "
     "fighting in the town.", {("full", False, "russia"), ("full", True, None)}),
    ("Ukraine's army denied that Chasiv Yar had fallen, a day after Moscow's claim that it had taken the town.",
     {("full", True, "ukraine"), ("full", False, "russia")}),
    # "the claim by X that ..." holds what follows it, not what came before it
    ("Ukrainian units still hold positions in Chasiv Yar, despite the claim by Russia's defence ministry that its "
     "troops had liberated the town.", {("full", True, None), ("full", False, "russia")}),
])
def test_a_frame_reaches_only_as_far_as_its_clause(run, text, expected):
    assert {(c.value, c.negated, c.holder) for c in sentence_claims(run, text, "chasiv_yar_control")} == expected


@pytest.mark.parametrize("text,speaker", [
    ("Spokesman Trehubov said Russian troops had pushed into parts of Chasiv Yar.", "Trehubov"),
    ("Russian assault groups pushed into parts of Chasiv Yar, said Viktor Trehubov.", "Viktor Trehubov"),
    ("Russian assault groups pushed into parts of Chasiv Yar, said one senior officer, Viktor Trehubov.", None),
])
def test_a_person_the_holder_table_does_not_know_speaks_for_themselves(run, text, speaker):
    assert [(c.holder, c.speaker) for c in sentence_claims(run, text, "chasiv_yar_control")] == [(None, speaker)]


def test_a_named_speaker_and_the_articles_own_voice_are_no_self_contradiction(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Russian troops have captured Chasiv Yar.\n\n"
        "Russian assault groups have pushed into parts of Chasiv Yar, said Viktor Trehubov.\n", "utf-8")
    cmp, _ = Run.load(ROOT / "rules").compare(load_corpus([tmp_path]))
    (v,) = [v for v in cmp.fields if v.field == "chasiv_yar_control"]
    assert [i.kind for i in v.inside] == ["dispute"]


def test_in_a_paragraph_placed_in_the_past_what_is_reported_in_the_past_tense_stays_there(run):
    text = ("In February the Kremlin was blunter. Peskov called a meeting with Zelensky pointless. "
            "Now Peskov says a meeting is possible.")
    article = Article("t", "t.txt", text, published=dt.date(2025, 8, 7))
    rule = next(r for r in run.rules if r.id == "meeting_stance")
    claims = run.extractor.rule_claims(rule, run.extractor.analyse(article))
    assert [(c.value, c.said_on) for c in claims] == [("ruled_out", "2025-02-01"), ("conditional", None)]


@pytest.mark.parametrize("text,field,expected", [
    # a name that only describes the body that speaks, after "the"
    ("Russian units now hold almost all of Chasiv Yar, the DeepState mapping team said on Thursday.",
     "chasiv_yar_control", [("near_complete", "deepstate")]),
    # ... and "it said" in the next sentence is that body again
    ("Russian units now hold almost all of Chasiv Yar, the DeepState mapping team said. "
     "The town has not fully fallen, it said.", "chasiv_yar_control",
     [("near_complete", "deepstate"), ("not full", "deepstate")]),
    # the agent of a passive reporting verb with its particle
    ("Moscow's terms for a ceasefire were laid out by Putin last summer: Kyiv must withdraw from the four regions.",
     "ceasefire_preconditions", [("withdraw_from_four_regions", "kremlin")]),
    # ... but "laid by experts" alone is no speech
    ("Putin said he would meet Zelensky only once the ground had been laid by experts.",
     "meeting_preconditions", [("expert_level_preparation", "kremlin")]),
    # "its"/"their" and a claim noun: the party named last holds the claim
    ("What does Moscow expect? Its conditions for a ceasefire have not moved: Kyiv must withdraw from the four "
     "regions.", "ceasefire_preconditions", [("withdraw_from_four_regions", "russia")]),
    # "The first ... The second ..." go on with the holder of the sentence that announced them
    ("Moscow offers Kyiv two routes to a ceasefire. The first demands a pull-out from the four regions. "
     "The second demands an end to Western arms deliveries.", "ceasefire_preconditions",
     [("end_western_arms_deliveries", "russia"), ("withdraw_from_four_regions", "russia")]),
    # "he" in the next sentence goes on with the subject who spoke, not a name after "remarks by"
    ("Trump said he had sent the two submarines after what he called reckless remarks by Dmitry "
     "Medvedev. On Sunday he told a radio host the submarines were now near Russia.", "submarine_location",
     [("near_russia", "us")]),
    # a long name given in full, then shortened to the words before its "of"
    ("The General Staff of the Armed Forces of Ukraine reported heavy fighting in Donetsk. Russian troops have "
     "not captured Chasiv Yar, the General Staff said.", "chasiv_yar_control", [("not full", "ukraine")]),
    # a speaker inside the claim a dispute frame dismisses is part of what is dismissed
    ("Peskov dismissed reports that Putin had ruled out any meeting with Zelensky as fabrications.",
     "meeting_stance", [("not ruled_out", "kremlin")]),
    # ... not one after a comma that makes a claim of its own
    ("Ukraine's army denied that Chasiv Yar had fallen, a day after Moscow's claim that its troops had taken the "
     "town.", "chasiv_yar_control", [("full", "russia"), ("not full", "ukraine")]),
    # a reporting word after a possessive is a noun: "Medvedev's posts" says nothing of the order
    ("Trump ordered two US nuclear submarines repositioned after Medvedev's posts.", "submarine_count", [("2", None)]),
])
def test_who_speaks_past_the_words_around_a_name(run, text, field, expected):
    claims = sentence_claims(run, text, field)
    assert sorted((("not " if c.negated else "") + str(c.value), c.holder) for c in claims) == expected


@pytest.mark.parametrize("text,holder,speaker", [
    ("People familiar with the itinerary said Witkoff would land in Moscow on Wednesday.", "sources",
     "People familiar with"),
    ("Sources close to the Kremlin said Witkoff would land in Moscow on Wednesday.", "sources", "Sources close to"),
    # speaking on condition of anonymity, an official of any party is an unnamed source
    ("A White House official, speaking on condition of anonymity, said Witkoff would land in Moscow on Wednesday.",
     "sources", "White House"),
    # ... but an aside that only says where someone spoke changes nothing
    ("Peskov, speaking to reporters in Turkey, said Witkoff would land in Moscow on Wednesday.", "kremlin", "Peskov"),
    # ... and wherever the sentence of one speaker says so: after the verb, in a relative clause
    ("A White House official said Witkoff would land in Moscow on Wednesday, speaking on condition of anonymity.",
     "sources", "White House"),
    ("Witkoff will land in Moscow on Wednesday, said a White House official who asked not to be named.",
     "sources", "White House"),
    ("A White House official who asked not to be identified said Witkoff would land in Moscow on Wednesday.",
     "sources", "White House"),
    # two speakers: whose anonymity it is is not for the other to inherit
    ("Peskov said Witkoff would land in Moscow on Wednesday, while a Western diplomat, who declined to be named, "
     "doubted it.", "kremlin", "Peskov"),
    # a pronoun, then words between it and its verb
    ("Trump spoke to reporters on Tuesday. He however did not elaborate, saying only that Witkoff would land in "
     "Moscow on Wednesday.", "us", "Trump"),
])
def test_unnamed_sources_and_their_asides(run, text, holder, speaker):
    (c,) = sentence_claims(run, text, "witkoff_moscow_visit", published=dt.date(2025, 8, 4))
    assert (c.holder, c.speaker) == (holder, speaker)


def test_he_after_a_sentence_with_no_speaker_is_its_subject(run):
    """'he' goes on with the subject of the sentence before, not the place named last in it."""
    text = ("Trump was asked on Tuesday whether his ultimatum to Moscow still stood. 'Friday is the deadline, and "
            "we will see,' he said.")
    claims = sentence_claims(run, text, "trump_deadline", dt.date(2025, 8, 6))
    assert [(c.value, c.holder, c.speaker) for c in claims] == [("2025-08-08", "us", "Trump")]
