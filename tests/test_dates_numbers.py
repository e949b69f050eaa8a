"""Dates read against the publication date; numbers from digits and words."""
from __future__ import annotations

import datetime as dt

import pytest

from checker import dates, numbers

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
    ("3.5", 3.5), ("third", 3), ("2nd", 2), ("one hundred twenty", 120), ("once", 1),
])
def test_numbers(text, value):
    assert numbers.as_value(numbers.read(text)) == value


def test_numbers_are_found_with_their_kind():
    text = "two nuclear submarines, the third round"
    assert [(text[s:e], label) for s, e, label in numbers.find(text)] == [("two", "CARDINAL"), ("third", "ORDINAL")]
