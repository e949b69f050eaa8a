"""When a sentence places what it reports in the past (values/ago.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.values.ago import said_on

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
