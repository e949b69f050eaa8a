"""Verdicts per field from claims: agree, compatible, contradict, changed over time, single."""
from __future__ import annotations

import datetime as dt

from checker import diff
from checker.records import Article, Claim, Rule

ARTICLES = [Article(id, f"{id}.txt", "", published=day) for id, day in
            [("a", dt.date(2025, 8, 1)), ("b", dt.date(2025, 8, 5)), ("c", dt.date(2025, 8, 6)),
             ("late", dt.date(2025, 9, 20)), ("undated", None)]]


def claim(article, value, field="f", negated=False, holder=None, disputed_by=None):
    return Claim(article, field, value, "q", 0, 1, 1, 1, "q", 0, 1, "values", negated=negated,
                 holder=holder, disputed_by=disputed_by)


def rule(type="category", **kw):
    from checker.records import ValueDef, Ways
    values = tuple(ValueDef(v, v, Ways(("x",))) for v in kw.pop("values", ("x", "y", "z", "v")))
    return Rule("f", "q?", type, "f.yaml", ("t",), values=values, **kw)


def verdict(r, claims):
    return diff.field_verdict(r, claims, [a.id for a in ARTICLES], {a.id: a.published for a in ARTICLES})


def test_same_values_agree_and_silent_sources_are_listed():
    v = verdict(rule(), [claim("a", "x"), claim("b", "x")])
    assert (v.verdict, v.silent) == ("agree", ("c", "late", "undated"))


def test_one_source_is_single():
    assert verdict(rule(), [claim("a", "x")]).verdict == "single"
    assert verdict(rule(), []).verdict == "none"


def test_different_categories_contradict_unless_related():
    assert verdict(rule(), [claim("a", "x"), claim("b", "y")]).verdict == "contradict"
    assert verdict(rule(overlap=frozenset({frozenset({"x", "y"})})), [claim("a", "x"), claim("b", "y")]).verdict == "compatible"
    assert verdict(rule(vague=frozenset({"v"})), [claim("a", "x"), claim("b", "v")]).verdict == "compatible"
    assert verdict(rule(implies=(("x", "y"),)), [claim("a", "x"), claim("b", "y")]).verdict == "compatible"


def test_every_value_of_a_source_must_fit_the_other_source():
    r = rule(vague=frozenset({"v"}), overlap=frozenset({frozenset({"x", "y"})}))
    assert verdict(r, [claim("a", "x"), claim("a", "v"), claim("b", "y")]).verdict == "compatible"
    assert verdict(r, [claim("a", "x"), claim("a", "z"), claim("b", "y")]).verdict == "contradict"


def test_affirmed_against_denied_contradicts():
    v = verdict(rule(), [claim("a", "x"), claim("b", "x", negated=True)])
    assert v.verdict == "contradict" and v.pairs[0].reason == "a says x; b says it is not so"


def test_ordinal_steps_are_named():
    r = rule("ordinal", values=("none", "partial", "near_complete", "full"))
    v = verdict(r, [claim("b", "near_complete"), claim("c", "full")])
    assert (v.verdict, v.pairs[0].reason) == ("contradict", "near_complete and full are 1 step apart on the scale")


def test_sets_contradict_only_on_denial():
    r = rule("set", implies=(("x", "y"),))
    v = verdict(r, [claim("a", "x"), claim("b", "z"), claim("c", "x")])
    assert v.verdict == "compatible"
    assert v.items == (("x", "agree", ("a", "c"), ()), ("y", "agree", ("a", "c"), ()), ("z", "single", ("b",), ()))
    assert verdict(r, [claim("a", "x"), claim("b", "y", negated=True)]).verdict == "contradict"


def test_numbers_within_tolerance_are_compatible():
    assert verdict(rule("number", tolerance=1), [claim("a", 2), claim("b", 3)]).verdict == "compatible"
    assert verdict(rule("number"), [claim("a", 2), claim("b", 3)]).verdict == "contradict"


def test_overlapping_date_spans_are_compatible():
    r = rule("date")
    assert verdict(r, [claim("a", "2025-08-06/2025-08-07"), claim("b", "../2025-08-07")]).verdict == "compatible"
    assert verdict(r, [claim("a", "2025-08-01"), claim("b", "2025-08-08")]).verdict == "contradict"
    assert verdict(rule("date", tolerance=7), [claim("a", "2025-08-01"), claim("b", "2025-08-08")]).verdict == "compatible"


def test_texts_compare_fuzzily():
    r = rule("text", threshold=80)
    assert verdict(r, [claim("a", "Istanbul, Turkey"), claim("b", "Turkey Istanbul")]).verdict == "agree"
    assert verdict(r, [claim("a", "Istanbul, Turkey"), claim("b", "in Istanbul")]).verdict == "compatible"
    assert verdict(r, [claim("a", "the Vatican"), claim("b", "Riyadh")]).verdict == "contradict"


def test_articles_further_apart_than_the_window_changed_over_time():
    v = verdict(rule(window=14), [claim("a", "x"), claim("b", "x"), claim("late", "y")])
    assert v.verdict == "changed"
    assert [(p.a, p.b, p.relation) for p in v.pairs] == [
        ("a", "b", "agree"), ("a", "late", "changed"), ("b", "late", "changed")]
    assert verdict(rule(window=14), [claim("a", "x"), claim("undated", "y")]).verdict == "contradict"


def test_disputes_and_parties_inside_one_article_are_noted():
    v = verdict(rule(), [claim("a", "x", holder="russia", disputed_by="ukraine"), claim("a", "y", holder="ukraine")])
    assert [(r.kind, r.value, r.holder, r.other, r.other_value) for r in v.notes] == [
        ("disputed", "x", "russia", "ukraine", None), ("within", "x", "russia", "ukraine", "y")]


def test_the_matrix_counts_relations_per_pair():
    cmp = diff.compare([rule()], ARTICLES[:3], [claim("a", "x"), claim("b", "x"), claim("c", "y")])
    assert cmp.matrix[0] == ("a", "b", {"agree": 1, "compatible": 0, "changed": 0, "contradict": 0})
    assert cmp.matrix[1][2]["contradict"] == 1
