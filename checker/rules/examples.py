"""Run each rule's examples through an extractor: what `checker rules test` reports
(render/ruletest.py) and the test suite asserts.

An example passes when the claims extracted from its text carry exactly the
expected values ("not X" for a negated X), and, where the example says so,
every claim has the expected holder and hedging. A `known_miss` example
documents a gap: it is reported, and it fails only if it starts passing
(then the mark should go).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import UNSET, Article


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    index: int
    line: int
    text: str
    expected: tuple
    got: tuple
    claims: tuple
    passed: bool  # the example holds
    known_miss: bool
    problem: str = ""  # what differs, in words

    @property
    def ok(self) -> bool:
        """What counts for the suite: a pass, or a known miss that still misses."""
        return self.passed != self.known_miss


def claim_word(claim) -> object:
    return f"not {claim.value}" if claim.negated else claim.value


def run_example(extractor, rule, index: int) -> ExampleResult:
    example = rule.examples[index]
    article = Article(id=f"{rule.id}.example{index + 1}", path=rule.path, text=example.text,
                      published=example.published)
    claims = tuple(c for analysis in extractor.analyses(article) for c in extractor.rule_claims(rule, analysis))
    got = tuple(sorted({claim_word(c) for c in claims}, key=str))
    expected = tuple(sorted(set(example.expect), key=str))
    problem = ""
    if got != expected:
        problem = f"expected {list(expected)}, got {list(got)}"
    elif example.holder != UNSET and any(c.holder != example.holder for c in claims):
        problem = f"expected holder {example.holder}, got {sorted({str(c.holder) for c in claims})}"
    elif example.hedged is not None and any(c.hedged != example.hedged for c in claims):
        problem = f"expected hedged={example.hedged}, got {sorted({c.hedged for c in claims})}"
    return ExampleResult(rule.id, index, example.line, example.text, expected, got, claims,
                         not problem, example.known_miss, problem)


def run_rule(extractor, rule) -> list:
    return [run_example(extractor, rule, i) for i in range(len(rule.examples))]


def run_rules(extractor, rules) -> dict:
    """rule id -> [ExampleResult], in rule order."""
    return {rule.id: run_rule(extractor, rule) for rule in rules}
