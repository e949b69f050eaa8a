"""Numbers as news says them: exact, bounded, rounded, ranges and vague plurals, written
as the claims contract writes them, and compared as intervals."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from checker.values import TYPES, amounts, compare, numbers, series

COUNT = SimpleNamespace(type="number", tolerance=0, ordinals="none")
SERIES = SimpleNamespace(type="number", tolerance=0, ordinals="series")


def said(text, rule=COUNT):
    """[(expression, value)] of every number in a sentence, as a number rule reads it."""
    out = []
    for s, e, _ in numbers.find(text):
        value, reason = TYPES["number"].read(rule, text[s:e], around=(text[:s], text[e:]))
        out.append((text[s:e], value if reason is None else reason))
    return out


@pytest.mark.parametrize("text,expected", [
    ("Rescuers searched for at least seven people.", [("at least seven", "7/..")]),
    ("As many as 20 people may be in the water.", [("As many as 20", "../20")]),
    ("The crew of more than 20 stayed aboard.", [("more than 20", "21/..")]),
    ("Over 240 homes were damaged.", [("Over 240", "241/..")]),
    ("Fewer than 10 boats took part.", [("Fewer than 10", "../9")]),
    ("Up to a dozen men were working.", [("Up to a dozen", "../12")]),
    ("No more than 30 people attended.", [("No more than 30", "../30")]),
    ("Nearly 20 people died.", [("Nearly 20", "18/20")]),
    ("About 20 people died.", [("About 20", "18/22")]),
    ("He said about seven people died.", [("about seven", "6/8")]),
    ("Some 300 families fled.", [("Some 300", "270/330")]),
    ("The quake measured about 7.7.", [("about 7.7", "6.9/8.5")]),
    ("About seven to eight workers were present.", [("About seven to eight", "7/8")]),
    ("Between five and seven people died.", [("Between five and seven", "5/7")]),
    ("Officials counted 5-7 bodies.", [("5-7", "5/7")]),
    ("Two or three boats circled.", [("Two or three", "2/3")]),
    ("A submarine or two has moved.", [("A", "1/2"), ("two", 2)]),
    ("20 people or more are missing.", [("20", "20/..")]),
    ("Twenty or more people are missing.", [("Twenty or more", "20/..")]),
    ("A week or so later, 12 were found.", [("12", 12)]),
    ("Tens of thousands fled the city.", [("Tens of thousands", "20000/99999")]),
    ("Hundreds of thousands were displaced.", [("Hundreds of thousands", "200000/999999")]),
    ("Several hundred homes collapsed.", [("Several hundred", "200/999")]),
    ("Dozens were hurt.", [("Dozens", "24/99")]),
    ("The toll reached 3,145 on Friday.", [("3,145", 3145)]),
    ("A magnitude 7.7 quake struck.", [("7.7", 7.7)]),
    ("She won 45.3% of the vote; turnout was 61 per cent.", [("45.3%", 45.3), ("61 per cent", 61)]),
    ("Some 1.5 million people were displaced.", [("Some 1.5 million", "1350000/1650000")]),
    ("1.5 million people were displaced.", [("1.5 million", 1500000)]),
    ("The toll rose from 3 to 5.", [("3", 3), ("5", 5)]),
    ("The 2022-2024 talks ended.", [("2022", 2022), ("2024", 2024)]),
    ("In 2024, 35 people died; since 1996 none had.", [("35", 35)]),
    ("Trump talked about two submarines.", [("two", 2)]),
    ("The toll went up to 20.", [("20", 20)]),
    ("Two and three rounds.", [("Two", 2), ("three", 3)]),
    ("One hundred and twenty people.", [("One hundred and twenty", 120)]),
])
def test_numbers_as_said_become_numbers_or_intervals(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text,value", [
    ("two", 2), ("Three times", 3), ("twice", 2), ("a dozen", 12), ("two dozen", 24), ("twenty-five", 25),
    ("2,000", 2000), ("3.5", 3.5), ("third", 3), ("2nd", 2), ("one hundred twenty", 120), ("once", 1),
    ("a pair of", 2), ("1.5 million", 1_500_000), ("45.3%", 45.3), ("a thousand", 1000),
])
def test_numerals(text, value):
    assert numbers.read(text) == value


def test_an_ordinal_is_no_count_unless_the_rule_counts_a_series():
    assert said("Divers found a fourth victim.") == [
        ("fourth", "'fourth' is an ordinal, not a count (the rule's `ordinals` is none)")]
    assert said("Divers found a fourth victim.", SERIES) == [("fourth", 3)]


@pytest.mark.parametrize("text,expected", [
    ("The third round of talks ended on Wednesday.", 3),
    ("This was the third round this year.", 3),
    ("Turkey is ready to host a fourth round.", 3),
    ("Is the Kremlin considering Istanbul for a fourth round?", 3),
    ("The fourth round will be held next week.", 3),
    ("A third round was held in Istanbul on Friday.", 3),
    ("He hoped the third round would pave the way for a summit.", 3),
    ("Turkey stood ready to host a fourth round and was in touch with both sides.", 3),
    ("The first round, held on May 16, produced a swap.", None),
    ("The second round (June 2) was shorter.", None),
    ("The second round, held in Geneva on June 2, was shorter.", None),  # a place before the date too
    ("The second round was held on June 2.", 2),
    ("A first round of talks will open on Friday.", None),
])
def test_an_ordinal_of_a_series_counts_the_items_held(text, expected):
    s, e, _ = next(f for f in numbers.find(text) if f[2] == "ORDINAL")
    assert series.count(numbers.read(text[s:e]), text[:s], text[e:])[0] == expected


@pytest.mark.parametrize("a,b,relation", [
    ("241/..", 241, "compatible"),      # "over 240" and 241
    (6, "7/..", "conflict"),            # 6 and "at least 7"
    ("7/..", "../20", "compatible"),
    ("7/8", 8, "compatible"),
    ("7/8", "9/10", "conflict"),
    ("7/..", "7/..", "equal"),
    (6, 6, "equal"),
    (6, 7, "conflict"),
    ("18/22", 21, "compatible"),        # "about 20" and 21
    (7.7, 7.5, "conflict"),
])
def test_numbers_compare_as_intervals(a, b, relation):
    assert compare(COUNT, a, b)[0] == relation
    assert compare(COUNT, b, a)[0] == relation


def test_compare_says_why():
    assert compare(COUNT, 6, 7) == ("conflict", "6 and 7 differ by 1")
    assert compare(COUNT, 6, "7/..") == ("conflict", "6 and 7/.. are 1 apart")
    assert compare(COUNT, "241/..", 241) == ("compatible", "241/.. and 241 overlap")


@pytest.mark.parametrize("tolerance,a,b,relation", [
    (1, 2, 3, "compatible"), (0, 2, 3, "conflict"), ("2%", 100, 102, "compatible"),
    ("2%", 100, 103, "conflict"), ("5%", 7.7, 7.5, "compatible"), ("2%", "../100", 102, "compatible"),
    ("2%", "../100", 103, "conflict"),
])
def test_tolerance_absolute_or_relative(tolerance, a, b, relation):
    rule = SimpleNamespace(type="number", tolerance=tolerance, ordinals="none")
    assert compare(rule, a, b)[0] == relation


def test_relative_tolerance_says_its_percentage():
    rule = SimpleNamespace(type="number", tolerance="2%", ordinals="none")
    assert compare(rule, 100, 102) == ("compatible", "within the tolerance of 2%")


@pytest.mark.parametrize("value", [7, 7.7, "7/..", "../20", "7/8", "6.9/8.5", "20000/99999"])
def test_contract_values_read_back_as_themselves(value):
    assert amounts.Amount.of(value).value() == value


@pytest.mark.parametrize("value", ["seven", "7/", "../..", "2025-08-08", "2025-08-06/2025-08-07", True])
def test_other_values_are_no_amounts(value):
    assert amounts.Amount.of(value) is None


def test_intervals_sort_among_the_numbers_by_their_low_end():
    from checker.values import sort_key
    assert sorted([1200, "12/..", 144, "1001/..", "../5", "x"], key=sort_key) == ["../5", "12/..", 144, "1001/..", 1200,
                                                                                  "x"]
