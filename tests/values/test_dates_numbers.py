"""Dates read against the publication date; numbers from digits and words."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.values import absolute, dates, numbers

PUB = dt.date(2025, 8, 5)


def read_all(text, published=PUB, open_spans=True):
    return [(text[s:e], dates.read(text[s:e], published, open_spans).iso()) for s, e in dates.find(text)]


@pytest.mark.parametrize("text,found", [
    ("by Friday, August 8, sanctions follow", [("by Friday, August 8", "../2025-08-08")]),
    ("the deadline of Aug. 8.", [("Aug. 8", "2025-08-08")]),
    ("On August 1st, Putin announced", [("On August 1st", "2025-08-01")]),
    ("might visit Moscow around August 6-7.", [("around August 6-7", "2025-08-06/2025-08-07")]),
    ("in China from August 31 to September 3 before", [("from August 31 to September 3", "2025-08-31/2025-09-03")]),
    ("scheduled before the August 8th deadline", [("before the August 8th", "../2025-08-07")]),
    ("after August 10", [("after August 10", "2025-08-11/..")]),
    ("since 3 July 2024", [("since 3 July 2024", "2024-07-03/..")]),
    ("between August 6 and August 9, 2025", [("between August 6 and August 9, 2025", "2025-08-06/2025-08-09")]),
    ("2025-08-08 and 8 August 2024", [("2025-08-08", "2025-08-08"), ("8 August 2024", "2024-08-08")]),
])
def test_date_expressions(text, found):
    assert read_all(text) == found


def test_ordinary_words_are_never_dates():
    assert dates.find("They may meet in March or may not; the second round was in May.") == []


def test_a_day_without_year_takes_the_year_nearest_the_publication_date():
    assert dates.read("December 30", dt.date(2025, 1, 3)).iso() == "2024-12-30"
    assert dates.read("January 2", dt.date(2024, 12, 28)).iso() == "2025-01-02"
    assert dates.read("August 8", None) is None


def test_a_single_day_field_ignores_before_and_after():
    assert read_all("before the August 8th deadline", open_spans=False) == [("before the August 8th", "2025-08-08")]


def test_spans_overlap_or_lie_apart():
    a, b = dates.Span.from_iso("2025-08-06/2025-08-07"), dates.Span.from_iso("../2025-08-07")
    assert a.gap_days(b) == 0
    assert dates.Span.from_iso("2025-08-01").gap_days(dates.Span.from_iso("2025-08-08")) == 7
    assert dates.Span.from_iso("2025-08-31/..").iso() == "2025-08-31/.."


@pytest.mark.parametrize("text,value", [
    ("two", 2), ("Three times", 3), ("twice", 2), ("a dozen", 12), ("twenty-five", 25), ("2,000", 2000),
    ("3.5", 3.5), ("third", 3), ("2nd", 2), ("one hundred twenty", 120), ("once", 1), ("a pair of", 2),
])
def test_numbers(text, value):
    assert numbers.read(text) == value


def test_numbers_are_found_with_their_kind():
    text = "two nuclear submarines, the third round, a pair of subs"
    assert [(text[s:e], label) for s, e, label in numbers.find(text)] == [
        ("two", "CARDINAL"), ("third", "ORDINAL"), ("a pair of", "CARDINAL")]


@pytest.mark.parametrize("text,published,found", [
    ("Trump gave Moscow until Friday to agree.", "2025-08-03", [("until Friday", "../2025-08-08")]),
    ("Witkoff is expected in Moscow on Wednesday or Thursday.", "2025-08-05",
     [("on Wednesday or Thursday", "2025-08-06/2025-08-07")]),
    ("Peskov said on Tuesday that talks went well.", "2025-08-07", [("on Tuesday", "2025-08-05")]),
    ("The deadline runs out next Friday.", "2025-08-01", [("next Friday", "2025-08-08")]),
    ("The strike hit early wednesday morning.", "2025-08-06", [("early wednesday morning", "2025-08-06")]),
    ("He arrived yesterday and leaves tomorrow.", "2025-08-07",
     [("yesterday", "2025-08-06"), ("tomorrow", "2025-08-08")]),
    ("Trump had given Moscow until Friday to agree.", "2025-08-09", [("until Friday", "../2025-08-08")]),
    ("The deadline expired on Friday without a deal.", "2025-08-09", [("on Friday", "2025-08-08")]),
])
def test_weekdays_and_relative_days_read_against_the_publication_date(text, published, found):
    day = dt.date.fromisoformat(published)
    got = [(text[s:e], dates.read(text[s:e], day, True, text).iso()) for s, e in dates.find_all(text)]
    assert got == found


def test_a_relative_day_needs_a_publication_date():
    assert dates.read("on Friday", None, True, "It ends on Friday.") is None


def test_datelines_and_stamps_are_not_claim_dates():
    text = "Headline\n\nBEIJING, Sept 3 (Reuters) - Putin said on Wednesday he would visit.\n"
    stamp = dates.dateline(text)
    assert text[stamp[0]:stamp[1]] == "Sept 3"
    assert [text[s:e] for s, e in dates.find_all(text)] == ["on Wednesday"]
    live = "Ukraine war latest\n\nLast updated: Aug. 1, 2025, 9:05 p.m.\n\nAug. 1, 8:40 p.m. - Putin spoke.\n"
    assert [live[s:e] for s, e in dates.find_all(live)] == ["Aug. 1"]


def test_a_dateline_is_the_publication_date():
    from checker.ingest.published import infer

    text = "Title\n\nWASHINGTON, Aug 1 (Reuters) - Trump said on Friday that talks would resume on August 12, 2025.\n"
    guess = infer(text)
    assert (guess.published, guess.basis) == (dt.date(2025, 8, 1), "the dateline 'Aug 1'")


def test_common_date_shapes_read_directly_as_dateparser_reads_them():
    """"August 8", "Fri, Aug. 8th, 2025", "8 September" are read without dateparser
    (whose start-up costs a third of a second); the days must be the ones it gives."""
    import dateparser

    def by_dateparser(text, year):
        settings = {"RELATIVE_BASE": dt.datetime(year, 1, 1), "REQUIRE_PARTS": ["day", "month"],
                    "PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        return parsed.date() if parsed else None

    shapes = []
    for month in ("August", "Aug.", "Sept.", "Sep", "February", "June", "May"):
        for day in ("1", "2nd", "3rd", "08", "21st", "29", "31"):
            shapes += [f"{month} {day}", f"Friday, {month} {day}, 2024", f"{day} {month}", f"Fri {day} of {month} 2025"]
    read = 0
    for text in shapes:
        done, day = absolute._simple(text, 2025)
        if done:
            read += 1
            assert day == by_dateparser(text, 2025), text
    assert read >= 180


@pytest.mark.parametrize("day, lead, found", [
    ("2025-08-31", "a four-day visit to China that began on Sunday", "2025-08-31/2025-09-03"),
    ("2025-08-31", "Putin starts a 3-day state visit on August 31", "2025-08-31/2025-09-02"),
    ("2025-09-03", "at the end of a four-day trip that ended on Wednesday", "2025-08-31/2025-09-03"),
    ("2025-08-31/..", "a two-day summit from August 31", "2025-08-31/2025-09-01"),
    ("2025-08-31/2025-09-03", "a two-day visit from August 31 to September 3", "2025-08-31/2025-09-03"),
    ("../2025-08-07", "a three-day visit before August 8", "../2025-08-07"),
    ("2025-08-31", "a 30-day ceasefire from August 31", "2025-08-31"),
    ("2025-08-31", "a one-day visit on August 31", "2025-08-31"),
    ("2025-08-31", "on Sunday, Putin's visit", "2025-08-31"),
])
def test_a_day_said_as_the_start_or_end_of_an_n_day_visit_is_its_span(day, lead, found):
    assert dates.lasting(dates.Span.from_iso(day), lead).iso() == found
