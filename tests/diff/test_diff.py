"""Verdicts per field from claims grouped by value: what each verdict means.

Small corpora of our own: hedged against firm, denial against affirmation, intervals,
`window: never`, unknown and inferred dates, self-contradiction, disputes inside one
article, lone outliers. Each verdict rests on firm claims of different articles."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checker import diff
from checker.records import Article, Claim, Rule, ValueDef, Ways
from checker.values import TYPES

DAY = dt.date(2025, 8, 1)


def article(id, day=DAY, outlet=None, inferred=False):
    return Article(id, f"{id}.txt", "", outlet=outlet or f"Outlet {id.upper()}", published=day,
                   published_inferred=inferred)


def claim(art, value, negated=False, hedged=False, holder=None, disputed_by=None, line=1, field="f"):
    return Claim(art, field, value, f"quote {art} {value}", line, line + 1, line, 1, str(value), line, line + 1,
                 "values", hedged=hedged, negated=negated, holder=holder, disputed_by=disputed_by,
                 hedge="reportedly" if hedged else None)


def rule(type="category", values=("x", "y", "z"), **kw):
    return Rule("f", "q?", type, "f.yaml", ("t",), values=tuple(ValueDef(v, v, Ways(("x",))) for v in values), **kw)


def compare(r, articles, claims):
    return diff.compare([r], articles, claims)


def field(r, articles, claims):
    return compare(r, articles, claims).fields[0]


A, B, C, D = (article(i) for i in "abcd")


def test_firm_claims_that_say_the_same_agree():
    v = field(rule(), [A, B, C], [claim("a", "x"), claim("b", "x")])
    assert (v.verdict, v.sources, v.firm_sources) == ("agree", 2, 2)
    assert [(g.value, g.firm, g.reported, g.denied) for g in v.values] == [("x", ("a", "b"), (), ())]


def test_hedged_claims_are_reported_and_never_contradict():
    # firm x against a hedged y: one firm source, no contradiction
    v = field(rule(), [A, B], [claim("a", "x"), claim("b", "y", hedged=True)])
    assert (v.verdict, v.relations) == ("single", ())
    assert [(g.value, g.firm, g.reported) for g in v.values] == [("x", ("a",), ()), ("y", (), ("b",))]
    # two firm sources agree; a hedged other value does not break the agreement
    v = field(rule(), [A, B, C], [claim("a", "x"), claim("b", "x"), claim("c", "y", hedged=True)])
    assert v.verdict == "agree"
    # nothing firm at all
    v = field(rule(), [A, B], [claim("a", "x", hedged=True), claim("b", "y", hedged=True)])
    assert (v.verdict, v.reason) == ("reported", "every claim is hedged: reported, not asserted")


def test_a_denial_counts_against_its_value():
    v = field(rule(), [A, B], [claim("a", "x"), claim("b", "x", negated=True)])
    assert v.verdict == "contradict"
    (r,) = v.relations
    assert (r.a, r.b, r.denial, r.reason, r.dates, r.days) == ("x", "x", True, "x is affirmed and x denied", "known", 0)
    assert [q.source.id for q in r.pair] == ["a", "b"]
    assert [(g.value, g.firm, g.denied) for g in v.values] == [("x", ("a",), ("b",))]


def test_a_denial_of_another_value_agrees_with_the_affirmation():
    v = field(rule(), [A, B], [claim("a", "x"), claim("b", "y", negated=True)])
    assert (v.verdict, v.relations) == ("compatible", ())


def test_a_hedged_denial_does_not_contradict():
    v = field(rule(), [A, B], [claim("a", "x"), claim("b", "x", negated=True, hedged=True)])
    assert v.verdict == "single"


def test_a_denial_of_what_a_value_implies_contradicts_it():
    v = field(rule(implies=(("x", "y"),)), [A, B], [claim("a", "x"), claim("b", "y", negated=True)])
    assert v.verdict == "contradict" and v.relations[0].reason == "x is affirmed and y denied"


def test_set_items_contradict_only_on_denial():
    r = rule("set")
    v = field(r, [A, B, C], [claim("a", "x"), claim("b", "z"), claim("c", "x")])
    assert (v.verdict, v.reason) == ("compatible", "different items, none denied")
    assert v.items == (("x", "agree", ("a", "c"), ()), ("z", "single", ("b",), ()))
    v = field(r, [A, B], [claim("a", "x"), claim("b", "x", negated=True)])
    assert v.verdict == "contradict" and v.items == (("x", "contradict", ("a",), ("b",)),)


def test_date_intervals_are_compared_as_intervals():
    r = rule("date", values=())
    assert field(r, [A, B], [claim("a", "2025-08-06/2025-08-07"), claim("b", "2025-08-07")]).verdict == "compatible"
    assert field(r, [A, B], [claim("a", "../2025-08-07"), claim("b", "2025-08-06")]).verdict == "compatible"
    v = field(r, [A, B], [claim("a", "../2025-08-07"), claim("b", "2025-08-08")])
    assert v.verdict == "contradict"
    assert v.range == ("../2025-08-07", "2025-08-08")


def test_number_intervals_are_compared_as_intervals():
    r = rule("number", values=())
    assert field(r, [A, B], [claim("a", "240/.."), claim("b", 241)]).verdict == "compatible"
    assert field(r, [A, B], [claim("a", "7/.."), claim("b", 6)]).verdict == "contradict"


def test_a_range_stands_on_bounded_ends():
    r = rule("number", values=())
    v = field(r, [A, B, C], [claim("a", "12/.."), claim("b", 144), claim("c", "../20")])
    assert v.range == ("12/..", 144)
    assert field(r, [A, B], [claim("a", "12/.."), claim("b", "30/..")]).range == ("12/..", "30/..")


def test_numbers_relate_through_the_value_type():
    r = rule("number", values=(), tolerance=1)
    assert field(r, [A, B], [claim("a", 2), claim("b", 3)]).verdict == "compatible"
    v = field(rule("number", values=()), [A, B, C], [claim("a", 2), claim("b", 3), claim("c", 5)])
    assert (v.verdict, v.range) == ("contradict", (2, 5))
    assert v.timeline == ((DAY, "known", 2, ("a",)), (DAY, "known", 3, ("b",)), (DAY, "known", 5, ("c",)))


def test_a_value_type_can_say_how_its_values_move_in_time(monkeypatch):
    """A running total (issue 19) plugs in through ValueType.in_time: a later, larger
    figure is the total rising, not a contradiction."""
    rising = dataclasses.replace(TYPES["number"], in_time=lambda rule, early, late:
                                 ("changed", "the total rose") if late > early else None)
    monkeypatch.setitem(TYPES, "number", rising)
    later = article("b", DAY + dt.timedelta(days=2))
    v = field(rule("number", values=()), [A, later], [claim("a", 3), claim("b", 20)])
    assert (v.verdict, v.reason) == ("changed", "the total rose")
    v = field(rule("number", values=()), [A, later], [claim("a", 20), claim("b", 3)])
    assert (v.verdict, v.reason) == ("contradict", "3 and 20 differ by 17")


def test_articles_further_apart_than_the_window_changed_over_time():
    late = article("late", DAY + dt.timedelta(days=40))
    v = field(rule(window=14), [A, B, late], [claim("a", "x"), claim("b", "x"), claim("late", "y")])
    assert (v.verdict, v.dates) == ("changed", "known")
    (r,) = v.relations
    assert (r.relation, r.days, [q.source.id for q in r.pair]) == ("changed", 40, ["a", "late"])
    assert v.timeline == ((DAY, "known", "x", ("a", "b")), (late.published, "known", "y", ("late",)))


def test_the_closest_pair_decides():
    near = article("near", DAY + dt.timedelta(days=3))
    late = article("late", DAY + dt.timedelta(days=40))
    v = field(rule(window=14), [A, near, late], [claim("a", "x"), claim("late", "y"), claim("near", "y")])
    assert (v.verdict, v.relations[0].days) == ("contradict", 3)


def test_window_never_contradicts_whatever_the_dates():
    late = article("late", DAY + dt.timedelta(days=200))
    v = field(rule(window=None), [A, late], [claim("a", "x"), claim("late", "y")])
    assert (v.verdict, v.dates, v.relations[0].days) == ("contradict", "none", None)


def test_a_verdict_on_an_unknown_date_says_so():
    undated = article("u", day=None)
    cmp = compare(rule(), [A, undated], [claim("a", "x"), claim("u", "y")])
    v = cmp.fields[0]
    assert (v.verdict, v.dates) == ("contradict", "unknown")
    assert [(i.kind, i.field, i.relation.dates) for i in cmp.check_first] == [("date", "f", "unknown")]


def test_a_verdict_on_an_inferred_date_says_so():
    guessed = article("g", DAY + dt.timedelta(days=2), inferred=True)
    far = article("far", DAY + dt.timedelta(days=60))
    cmp = compare(rule(), [A, guessed, far], [claim("a", "x"), claim("g", "y"), claim("far", "y")])
    assert (cmp.fields[0].verdict, cmp.fields[0].dates) == ("contradict", "inferred")
    assert [i.kind for i in cmp.check_first] == ["date"]
    # with a known date as close, the verdict rests on it
    known = article("k", DAY + dt.timedelta(days=1))
    v = field(rule(), [A, guessed, known], [claim("a", "x"), claim("g", "y"), claim("k", "y")])
    assert (v.verdict, v.dates) == ("contradict", "known")


def test_an_article_that_contradicts_itself_is_flagged():
    cmp = compare(rule(), [A], [claim("a", "x", line=3), claim("a", "y", line=9)])
    v = cmp.fields[0]
    assert v.verdict == "single"  # one source: no contradiction between sources
    assert [(i.kind, i.quote.claim.line, i.other.claim.line) for i in v.inside] == [("self", 3, 9)]
    assert [(c.kind, c.inside.quote.source.id) for c in cmp.check_first] == [("self", "a")]


def test_two_values_of_one_statement_are_not_a_self_contradiction():
    """'Putin travels to China on Aug. 31 ... and stays for the parade on Sept. 3': one
    sentence, two values read from it, no article contradicting itself."""
    v = field(rule("date", values=()), [A], [claim("a", "2025-08-31", line=3), claim("a", "2025-09-03", line=3)])
    assert v.inside == ()


def test_an_article_that_says_both_values_clashes_with_no_one():
    """b says x and y; a says x: a and b agree on x, and b's own x and y are its matter
    (flagged inside it when said apart), not a contradiction between a and b."""
    v = field(rule(), [A, B], [claim("a", "x"), claim("b", "x"), claim("b", "y", line=9)])
    assert (v.verdict, v.relations, [i.kind for i in v.inside]) == ("agree", (), ["self"])
    c = article("c")
    v = field(rule(), [A, B, c], [claim("a", "x"), claim("b", "x"), claim("b", "y", line=9), claim("c", "y")])
    assert v.verdict == "contradict" and [q.source.id for q in v.relations[0].pair] == ["a", "c"]


def test_an_article_that_affirms_and_denies_contradicts_itself():
    v = field(rule(), [A], [claim("a", "x"), claim("a", "x", negated=True, line=5)])
    assert [(i.kind, i.reason) for i in v.inside] == [("self", "affirmed and denied")]


def test_a_party_saying_two_values_in_one_article_is_not_a_self_contradiction():
    """'The ministry, which claimed near-complete control in June, now says full control':
    then and now, reported by one article."""
    v = field(rule(), [A], [claim("a", "x", holder="russia"), claim("a", "y", holder="russia")])
    assert v.inside == ()


def test_parties_that_disagree_inside_one_article_are_named():
    v = field(rule(), [A], [claim("a", "x", holder="russia", disputed_by="ukraine"),
                            claim("a", "y", holder="ukraine", line=5)])
    assert [(i.kind, i.quote.claim.holder, i.other and i.other.claim.holder, i.other_party) for i in v.inside] == [
        ("disputed", "russia", None, "ukraine"), ("dispute", "russia", "ukraine", None)]


def test_a_lone_outlier_is_checked_first():
    cmp = compare(rule(), [A, B, C, D], [claim("a", "x"), claim("b", "x"), claim("c", "x"), claim("d", "y")])
    assert [(i.kind, i.value) for i in cmp.check_first] == [("outlier", "y")]
    cmp = compare(rule(), [A, B, C, D], [claim("a", "x"), claim("b", "x"), claim("c", "y"), claim("d", "y")])
    assert [(i.kind, i.value) for i in cmp.check_first] == [("contradiction", None)]


def test_contradictions_of_one_outlet_with_itself_are_not_between_outlets():
    a2 = article("a2", outlet="Outlet A")
    cmp = compare(rule(), [A, a2], [claim("a", "x"), claim("a2", "y")])
    assert cmp.fields[0].verdict == "contradict" and cmp.check_first == ()


def test_quotes_prefer_different_outlets_firm_claims_and_the_earliest_and_latest():
    days = {i: DAY + dt.timedelta(days=n) for n, i in enumerate("abcdefg")}
    arts = [article(i, days[i], outlet="Same" if i in "bcd" else None) for i in "abcdefg"]
    claims = [claim(i, "x", hedged=(i == "a")) for i in "abcdefg"]
    (g,) = field(rule(window=None), arts, claims).values
    assert [q.source.id for q in g.quotes] == ["b", "e", "g"]  # earliest firm, another outlet, latest
    assert (g.first, g.last, g.outlets) == (days["b"], days["g"], 4)


def test_the_outlet_matrix_is_kept_only_while_outlets_are_few():
    small = compare(rule(), [A, B], [claim("a", "x"), claim("b", "y")])
    assert small.matrix == (("Outlet A", "Outlet B", {"agree": 0, "compatible": 0, "differ": 1}),)
    many = [article(f"n{i}") for i in range(13)]
    big = compare(rule(), many, [claim(a.id, "x") for a in many])
    assert big.matrix is None and len(big.outlets) == 13


def test_every_claim_is_kept_in_the_store():
    cmp = compare(rule(), [A, B], [claim("a", "x"), claim("a", "x", line=7), claim("b", "x", hedged=True)])
    assert len(list(cmp.store.claims("f"))) == 3 and len(list(cmp.store.articles())) == 2


def test_a_claim_an_article_recalls_from_the_past_is_compared_at_its_own_day():
    """'In February, Peskov called it empty words' in an August article is February's stance,
    not a contradiction of what the Kremlin says in August."""
    aug7, aug8 = article("aug7", dt.date(2025, 8, 7)), article("aug8", dt.date(2025, 8, 8))
    recalled = dataclasses.replace(claim("aug7", "x"), said_on="2025-02-01")
    v = field(rule(window=14), [aug7, aug8], [recalled, claim("aug8", "y")])
    assert (v.verdict, v.relations[0].relation, v.relations[0].days) == ("changed", "changed", 188)
    # the same two claims, both of August: a contradiction
    v = field(rule(window=14), [aug7, aug8], [claim("aug7", "x"), claim("aug8", "y")])
    assert v.verdict == "contradict"
