"""When a sentence places what it reports in the past (values/ago.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.values.ago import said_on, set_in_year

AUG7 = dt.date(2025, 8, 7)


@pytest.mark.parametrize("text,expected", [
    ("In February, Peskov called the offer empty words.", dt.date(2025, 2, 1)),
    ("Back in May the Pope offered the Vatican.", dt.date(2025, 5, 1)),
    ("In November the Kremlin said no.", dt.date(2024, 11, 1)),  # a month after this one: last year's
    ("Six months ago Peskov called the offer empty words.", dt.date(2025, 2, 1)),
    ("Two weeks ago Lavrov said no meeting was planned.", dt.date(2025, 7, 24)),
    ("Last year the Kremlin said no.", dt.date(2024, 1, 1)),
    ("At the beginning of the year, when Peskov dismissed the offer, ...", dt.date(2025, 1, 1)),
    ("In 2022 the Kremlin said no.", dt.date(2022, 1, 1)),
    # not the past, or too near it to matter
    ("In August Peskov said so.", None),
    ("Four days ago Peskov said so.", None),
    ("Putin may meet Zelensky in Istanbul.", None),
    ("On August 1 Peskov said so.", None),
])
def test_a_time_in_the_past(text, expected):
    assert said_on(text, AUG7) == expected


def test_no_publication_date_no_time():
    assert said_on("In February, Peskov called the offer empty words.", None) is None


@pytest.mark.parametrize("opening,expected", [
    ("In 1998, ", 1998),
    ("Back in 2011 ", 2011),
    ("And in 2023, ", 2023),
    ("In 2025, ", None),  # this year: the story's own time may be meant
    ("In 2019-20, ", None),  # a span reaching on: not one past year
    ("The quake, like one in 1998, ", None),  # a year inside the sentence, not the scene it opens in
    ("In February, ", None),
])
def test_a_sentence_set_in_a_past_year(opening, expected):
    assert set_in_year(opening, AUG7) == expected


def test_a_year_that_ended_days_before_publication_is_still_the_story_s_time():
    assert set_in_year("In 2024, ", dt.date(2025, 1, 5)) is None
    assert set_in_year("In 2024, ", dt.date(2025, 1, 20)) == 2024
    assert set_in_year("In 1998, ", None) is None
