"""Dates in context: which way a weekday looks, weekends, weeks, countdowns, clock times
and nights, the day someone spoke, a weekday that is not its date's, a trip's start and
end. Sentences of our own, published on the days given."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.explain import explain
from checker.records import Article
from checker.render.explain import render
from checker.values import context, dates
from conftest import sentence_claims

D = dt.date.fromisoformat


def read_all(text: str, published: str) -> list:
    """(expression, ISO value) of every date in a one-sentence text."""
    day = D(published)
    found = [(text[s:e], dates.read(text[s:e], day, True, text)) for s, e in dates.find_all(text)]
    return [(said, span.iso() if span else None) for said, span in found]


@pytest.mark.parametrize("text,published,found", [
    # a modal before a weekday looks forward (2025-08-05 is a Tuesday)
    ("The envoy may travel to Russia on Wednesday or Thursday.", "2025-08-05",
     [("on Wednesday or Thursday", "2025-08-06/2025-08-07")]),
    ("Officials said the envoy is likely to fly out Thursday.", "2025-08-05", [("Thursday", "2025-08-07")]),
    # "last Friday" said on a Friday is a week earlier; "this Friday" is that day (2025-03-28: a Friday)
    ("Relief flights resumed after last Friday's earthquake.", "2025-03-28", [("last Friday", "2025-03-21")]),
    ("The memorial service is this Friday.", "2025-03-28", [("this Friday", "2025-03-28")]),
    # a past-tense verb just before a weekday reads it backward, whatever future cue stands before
    ("Crews will dig where the quake struck on Friday.", "2025-03-26", [("on Friday", "2025-03-21")]),
    ("Crews will keep digging until the quake's anniversary on Friday.", "2025-03-26", [("on Friday", "2025-03-28")]),
    ("The summit will be held on Friday.", "2025-03-26", [("on Friday", "2025-03-28")]),
    # an open start
    ("The envoy could land in Moscow as early as Wednesday.", "2025-08-05", [("as early as Wednesday", "2025-08-06/..")]),
    ("Talks will start no earlier than Friday, August 8.", "2025-08-05",
     [("no earlier than Friday, August 8", "2025-08-08/..")]),
    # words for the publication day and the days around it
    ("Witkoff, who landed in Moscow earlier today, met Putin.", "2025-08-06", [("earlier today", "2025-08-06")]),
    ("Earlier in the day, the Kremlin confirmed the meeting.", "2025-08-06", [("Earlier in the day", "2025-08-06")]),
    ("The president spoke to reporters this morning.", "2025-08-06", [("this morning", "2025-08-06")]),
    ("He will address the nation tonight.", "2025-08-06", [("tonight", "2025-08-06")]),
    ("Drones struck the port last night.", "2025-08-06", [("last night", "2025-08-05")]),
    # weekends are Saturday and Sunday (2025-08-06 is a Wednesday, 2025-08-09 a Saturday)
    ("Talks are planned for this weekend.", "2025-08-06", [("this weekend", "2025-08-09/2025-08-10")]),
    ("Talks went on over the weekend.", "2025-08-06", [("over the weekend", "2025-08-02/2025-08-03")]),
    ("Talks resume next weekend.", "2025-08-06", [("next weekend", "2025-08-16/2025-08-17")]),
    ("The ceasefire held last weekend.", "2025-08-06", [("last weekend", "2025-08-02/2025-08-03")]),
    ("The ceasefire held last weekend.", "2025-08-09", [("last weekend", "2025-08-02/2025-08-03")]),
    ("Talks are going on this weekend.", "2025-08-10", [("this weekend", "2025-08-09/2025-08-10")]),
    # weeks run Monday to Sunday (2025-08-04 is a Monday)
    ("Trump expects the envoy in Moscow later this week.", "2025-08-04", [("later this week", "2025-08-05/2025-08-10")]),
    ("The envoy arrived earlier this week.", "2025-08-07", [("earlier this week", "2025-08-04/2025-08-06")]),
    ("The envoy will return next week.", "2025-08-07", [("next week", "2025-08-11/2025-08-17")]),
    ("The envoy was in Moscow last week.", "2025-08-07", [("last week", "2025-07-28/2025-08-03")]),
    ("The envoy may travel next week, possibly on Tuesday or Wednesday.", "2025-08-01",
     [("next week, possibly on Tuesday or Wednesday", "2025-08-05/2025-08-06")]),
    # countdowns end that many days after they start
    ('He said Moscow had "12 days from today" to act.', "2025-07-29", [("12 days from today", "2025-08-10")]),
    ("Thirty days from Monday is Aug. 13.", "2025-07-15", [("Thirty days from Monday", "2025-08-13"),
                                                           ("Aug. 13", "2025-08-13")]),
    ("The decision will come in two weeks.", "2025-08-05", [("in two weeks", "2025-08-19")]),
    ("Russia must act within 10 days.", "2025-08-05", [("within 10 days", "../2025-08-15")]),
    ("They have two weeks from now.", "2025-08-05", [("two weeks from now", "2025-08-19")]),
    # one date, its modifier kept
    ("The deadline runs out next Friday, Aug. 8, officials said.", "2025-08-01", [("next Friday, Aug. 8", "2025-08-08")]),
    ("Russia must act by next Friday, August 8.", "2025-08-01", [("by next Friday, August 8", "../2025-08-08")]),
])
def test_relative_dates_in_context(text, published, found):
    assert read_all(text, published) == found


@pytest.mark.parametrize("text,published,found", [
    # counted from the day someone spoke, when the sentence says it first (2025-08-06: a Wednesday)
    ("Trump said on Monday that the envoy would arrive tomorrow.", "2025-08-06",
     [("on Monday", "2025-08-04"), ("tomorrow", "2025-08-05")]),
    ("On Monday, Peskov said the envoy had landed on Thursday.", "2025-08-08",
     [("On Monday", "2025-08-04"), ("on Thursday", "2025-07-31")]),
    ("The envoy will arrive tomorrow, officials said on Monday.", "2025-08-06",
     [("tomorrow", "2025-08-07"), ("on Monday", "2025-08-04")]),
    # a relation dates what follows it, from the day the sentence gives before it
    ("Putin met the envoy on Wednesday, two days before the deadline.", "2025-08-06",
     [("on Wednesday", "2025-08-06"), ("two days before", "2025-08-08")]),
    ("Divers found the car on Friday, three days after the collapse.", "2024-03-29",
     [("on Friday", "2024-03-29"), ("three days after", "2024-03-26")]),
    ("The talks come two days before the deadline.", "2025-08-06", [("two days before", None)]),
])
def test_the_day_counted_from(text, published, found):
    assert read_all(text, published) == found


@pytest.mark.parametrize("text,published,found", [
    # a clock time with no day said around it is the publication day
    ("The ship struck the bridge at about 1:28 a.m. and the span fell.", "2024-03-26", [("1:28 a.m.", "2024-03-26")]),
    ("Rescuers arrived at 5.28am local time.", "2024-03-26", [("5.28am local time", "2024-03-26")]),
    ("Talks resumed (11 am IST) in the capital.", "2024-03-26", [("11 am IST", "2024-03-26")]),
    # with a day said, that day is the date and the clock time is not read by itself
    ("The ship struck the bridge at 1:28 a.m. on Tuesday.", "2024-03-27", [("on Tuesday", "2024-03-26")]),
    ("It hit at around 1.30 am local time on Tuesday (11 am IST).", "2024-03-27", [("on Tuesday", "2024-03-26")]),
    ("Timeline of early Tuesday.\n\nAt 1:24 a.m. alarms sounded.", "2024-03-27", [("early Tuesday", "2024-03-26")]),
    # a night in the small hours is the next day
    ("On the night of March 25, shortly before half past one, the lights went out.", "2024-05-08",
     [("March 25", "2024-03-26")]),
    ("On the night of March 25, at about 11 p.m., the lights went out.", "2024-05-08", [("March 25", "2024-03-25")]),
    ("Late on Monday night, just after midnight, the ship lost power.", "2024-03-27",
     [("on Monday night", "2024-03-26")]),
    ("The ship lost power last night at 1:30 a.m.", "2024-03-26", [("last night", "2024-03-26")]),
])
def test_clock_times_and_nights(text, published, found):
    assert read_all(text, published) == found


def test_a_clock_time_on_a_stamp_line_is_part_of_the_stamp():
    text = "Live updates\n\nLast updated: March 26, 2024, 9:05 a.m.\n\nThe search goes on.\n"
    assert [text[s:e] for s, e in dates.find_all(text)] == []


def test_the_words_of_a_countdown_belong_to_one_date():
    assert [(s, e) for s, e in dates.find_all("10 days from today")] == [(0, 18)]


def test_a_weekday_that_is_not_its_dates_is_flagged():
    span = dates.read("Friday, August 9", D("2025-08-05"))
    assert span.iso() == "2025-08-09"
    assert dates.absolute.weekday_mismatch("Friday, August 9", span) == (
        "the weekday does not match the date: 'Friday, August 9' says Friday, but August 9, 2025 is a Saturday")
    assert dates.absolute.weekday_mismatch("Friday, August 8", dates.read("Friday, August 8", D("2025-08-05"))) is None


def test_the_flag_is_in_the_claim_and_in_explain(run):
    text = "Trump has given Russia until Friday, August 9, to agree to a ceasefire or face secondary tariffs."
    claims = sentence_claims(run, text, "trump_deadline", D("2025-08-05"))
    warning = "the weekday does not match the date: 'Friday, August 9' says Friday, but August 9, 2025 is a Saturday"
    assert [(c.value, c.warning) for c in claims] == [("2025-08-09", warning)]
    assert claims[0].to_json()["warning"] == warning
    rule = next(r for r in run.rules if r.id == "trump_deadline")
    shown = render(explain(run.extractor, Article("t", "t.txt", text, published=D("2025-08-05")), rule))
    assert f"    2025-08-09 (line 1)  [check: {warning}]" in shown


def test_a_capture_does_not_take_the_day_someone_spoke(run):
    text = "Peskov told reporters on Monday that Witkoff's visit was being prepared."
    assert sentence_claims(run, text, "witkoff_moscow_visit", D("2025-08-06")) == []
    text = "Trump said on Tuesday that Witkoff would fly to Moscow on Thursday."
    assert [c.value for c in sentence_claims(run, text, "witkoff_moscow_visit", D("2025-08-05"))] == ["2025-08-07"]


def test_a_date_said_of_another_event_is_not_the_deadline(run):
    text = "Trump said the envoy may fly to Moscow on Wednesday or Thursday, ahead of the deadline."
    rule = next(r for r in run.rules if r.id == "trump_deadline")
    exp = explain(run.extractor, Article("t", "t.txt", text, published=D("2025-08-04")), rule)
    assert exp.claims == ()
    assert ("'on Wednesday or Thursday' is said of another event, before or after the one the match names"
            in render(exp))


@pytest.mark.parametrize("sentence,expression,role", [
    ("Putin travels to China on Aug. 31 for a summit.", "on Aug. 31", "start"),
    ("The visit began on Sunday with a summit.", "on Sunday", "start"),
    ("He will stay on for a military parade in Beijing on Sept. 3.", "on Sept. 3", "end"),
    ("The visit, which began on Sunday, ended on Wednesday.", "on Wednesday", "end"),
    ("The summit is on Aug. 31.", "on Aug. 31", None),
])
def test_the_start_or_end_of_a_stay(sentence, expression, role):
    assert context.stay_role(sentence, expression) == role


@pytest.mark.parametrize("values,joined", [
    (["2025-08-31/..", "../2025-09-03"], [("2025-08-31/2025-09-03", [0, 1])]),
    (["../2025-09-03", "2025-08-31/.."], [("2025-08-31/2025-09-03", [0, 1])]),
    (["2025-08-31/2025-09-03", "2025-08-31/2025-09-01"], [("2025-08-31/2025-09-03", [0, 1])]),
    (["2025-08-31/2025-09-03", "2025-08-31/.."], [("2025-08-31/2025-09-03", [0, 1])]),
    (["2025-09-03/..", "../2025-08-31"], [("2025-09-03/..", [0]), ("../2025-08-31", [1])]),
    (["2025-08-06", "2025-08-08"], [("2025-08-06", [0]), ("2025-08-08", [1])]),
])
def test_values_one_sentence_says_that_make_one(values, joined):
    assert context.joined(values) == joined


@pytest.mark.parametrize("lead,expression,triggers,verb", [
    ("FBI agents boarded the container ship on Monday", "on Monday", ["struck", "collapse"], "boarded"),
    ("The earthquake struck on Friday", "on Friday", ["earthquake"], None),
    ("Russia began building the Oreshnik on Aug. 1", "on Aug. 1", ["Oreshnik"], None),
    ("The office will publish its figures next week", "next week", ["collapse"], "publish"),
    ("The freighter struck the bridge early on Tuesday", "early on Tuesday", ["struck", "collapse"], None),
    ("The bridge collapsed on Tuesday", "on Tuesday", ["collapse"], None),
    ("Putin spoke to reporters on Aug. 1", "on Aug. 1", ["Oreshnik"], None),
    ("On Tuesday", "On Tuesday", ["collapse"], None),
])
def test_a_date_said_with_a_verb_of_its_own(lead, expression, triggers, verb):
    """For a rule without capture: a date said with another verb dates that verb's event."""
    assert context.other_verb(lead, expression, triggers, lead) == verb


@pytest.mark.parametrize("context_, expression, future", [
    ("Friday is the deadline, Trump said.", "Friday", True),  # the day is the subject of a present verb
    ("Trump said Friday remains the deadline.", "Friday", True),
    ("Trump said Friday was the deadline.", "Friday", False),
    ("Fifty days from Monday is Sept. 2.", "Monday", False),  # counted from a Monday gone
])
def test_a_weekday_that_is_the_subject_of_a_present_verb_lies_ahead(context_, expression, future):
    from checker.values.relative import is_future

    assert is_future(context_, expression) is future
