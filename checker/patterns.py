"""Rule phrases -> one spaCy Matcher for every rule, trigger, value and holder name.

Phrase syntax: words are matched on NORM (canonical forms, see canon.py);
'...' stands for up to `gap_words` words; between two words a hyphen or a
quotation mark may stand or not ("near-complete" = "near complete",
'now "possible"' = "now possible"); {date}, {number}, {text} match a date, a number, or
up to eight words. Token patterns from a rule are added verbatim; regexes are
kept aside and run per sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.matcher import Matcher

from .settings import defaults

SPLIT = re.compile(r"(\{number\}|\{date\}|\{text\}|\.\.\.)")
SEP = {"NORM": {"IN": ["-", '"', "'"]}, "OP": "?"}  # a hyphen or a quotation mark between words
SLOT_TOKENS = {
    "{date}": {"ENT_TYPE": "DATE", "OP": "+"},
    "{number}": {"ENT_TYPE": {"IN": ["CARDINAL", "ORDINAL"]}, "OP": "+"},
    "{text}": {"IS_PUNCT": False, "IS_SPACE": False, "OP": "{1,8}"},
}


@dataclass(frozen=True)
class Part:
    """One matchable piece of a rule (or of the holder table)."""

    rule: str  # rule id, or '' for holder names
    kind: str  # trigger | with | value | capture | holder
    value: Optional[str]  # value id, or party id for holder names
    where: str  # e.g. values.europe.say[0]
    text: str  # the phrase, pattern or regex as written
    regex: Optional[re.Pattern] = None
    literals: frozenset = frozenset()  # NORMs of a phrase's own words


def phrase_words(phrase: str, tokenizer) -> list[str]:
    """The words of a phrase, as the tokenizer splits them (slots and gaps left out)."""
    words = []
    for piece in SPLIT.split(phrase):
        if piece and not SPLIT.fullmatch(piece):
            words.extend(t.text for t in tokenizer(piece) if not t.is_space)
    return words


def phrase_pattern(phrase: str, tokenizer, canon) -> list[dict]:
    """A phrase as a spaCy token pattern."""
    gap = {"OP": "{0,%d}" % defaults()["gap_words"]}
    pattern = []
    for piece in SPLIT.split(phrase):
        if piece == "...":
            pattern.append(dict(gap))
        elif piece in SLOT_TOKENS:
            pattern.append(dict(SLOT_TOKENS[piece]))
        elif piece:
            for token in tokenizer(piece):
                if token.is_space:
                    continue
                norm = canon(token.text)
                if norm in ("-", '"', "'"):
                    if pattern and pattern[-1] is not SEP:
                        pattern.append(SEP)
                    continue
                if pattern and isinstance(pattern[-1].get("NORM"), str) and token.text[:1].isalnum():
                    pattern.append(SEP)
                pattern.append({"NORM": norm})
    while pattern and pattern[-1] is SEP:
        pattern.pop()
    return [dict(p) for p in pattern]


class Compiled:
    """Every part of every rule in one Matcher; regex parts kept aside."""

    def __init__(self, vocab):
        self.matcher = Matcher(vocab)
        self.parts: list[Part] = []
        self.regex_parts: list[int] = []

    def add_phrase(self, part: Part, tokenizer, canon) -> None:
        pattern = phrase_pattern(part.text, tokenizer, canon)
        literals = frozenset(p["NORM"] for p in pattern if isinstance(p.get("NORM"), str))
        self._add(replace(part, literals=literals), [pattern])

    def add_pattern(self, part: Part, pattern) -> None:
        self._add(part, [list(pattern)])

    def add_regex(self, part: Part) -> None:
        self.parts.append(replace(part, regex=re.compile(part.text, re.IGNORECASE)))
        self.regex_parts.append(len(self.parts) - 1)

    def _add(self, part: Part, patterns) -> None:
        self.parts.append(part)
        self.matcher.add(str(len(self.parts) - 1), patterns, greedy="LONGEST")

    def __call__(self, doc):
        """(part index, start token, end token) for every match, in text order."""
        strings = doc.vocab.strings
        found = [(int(strings[key]), s, e) for key, s, e in self.matcher(doc)]
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


def compile_rules(rules, holder_table, tokenizer, canon, vocab) -> Compiled:
    compiled = Compiled(vocab)
    for rule in rules:
        for i, phrase in enumerate(rule.trigger_any):
            compiled.add_phrase(Part(rule.id, "trigger", None, f"trigger.any[{i}]", phrase), tokenizer, canon)
        for i, phrase in enumerate(rule.trigger_with):
            compiled.add_phrase(Part(rule.id, "with", None, f"trigger.with[{i}]", phrase), tokenizer, canon)
        sources = [(v.id, f"values.{v.id}", v.ways, "value") for v in rule.values]
        if rule.capture:
            sources.append((None, "capture", rule.capture, "capture"))
        elif rule.type == "date":  # no capture: any date in scope
            compiled.add_phrase(Part(rule.id, "capture", None, "any date in scope", "{date}"), tokenizer, canon)
        for value, base, ways, kind in sources:
            for i, phrase in enumerate(ways.say):
                compiled.add_phrase(Part(rule.id, kind, value, f"{base}.say[{i}]", phrase), tokenizer, canon)
            for i, pattern in enumerate(ways.patterns):
                compiled.add_pattern(Part(rule.id, kind, value, f"{base}.patterns[{i}]", str(pattern)), pattern)
            for i, regex in enumerate(ways.regex):
                compiled.add_regex(Part(rule.id, kind, value, f"{base}.regex[{i}]", regex))
    for party, names in holder_table.names.items():
        for name in names:
            compiled.add_phrase(Part("", "holder", party, f"holders.{party}", name), tokenizer, canon)
    return compiled


def lexicon(rules, holder_table, tokenizer) -> set:
    """Every word the rules and holder names use: the targets of spelling correction."""
    words = set()
    for rule in rules:
        phrases = list(rule.trigger_any) + list(rule.trigger_with)
        for ways in [v.ways for v in rule.values] + ([rule.capture] if rule.capture else []):
            phrases.extend(ways.say)
        for phrase in phrases:
            words.update(phrase_words(phrase, tokenizer))
    for names in holder_table.names.values():
        for name in names:
            words.update(phrase_words(name, tokenizer))
    return words
