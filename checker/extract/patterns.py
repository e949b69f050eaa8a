"""Rule phrases -> phrase matchers for every trigger, value and holder name.

Phrase syntax: words are matched on NORM (canonical forms, see canon.py);
'...' stands for up to `gap_words` words; between two words a hyphen or a
quotation mark may stand or not ("near-complete" = "near complete",
'now "possible"' = "now possible"); {date}, {number}, {text} match a date, a
number, or up to eight words (matcher.py). spaCy token patterns from a rule go
to a spaCy Matcher verbatim; regexes are kept aside and run per sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional


from spacy.matcher import Matcher

from ..rules.regexes import compile_rule_regex
from ..settings import defaults
from ..values import SLOTS, TYPES
from .matcher import EXACT, GAP, LIT, SLOT, PhraseMatcher

SPLIT = re.compile("(" + "|".join(re.escape(s) for s in SLOTS) + r"|\.\.\.)")


TRIGGERS = ("trigger", "refer")  # the kinds of Part that say a passage is about a rule's subject


@dataclass(frozen=True)
class Part:
    """One matchable piece of a rule (or of the holder table)."""

    rule: str  # rule id, or '' for holder names
    kind: str  # trigger | refer | with | without | value | deny | capture | holder
    value: Optional[str]  # value id, or party id for holder names
    where: str  # e.g. values.europe.say[0]
    text: str  # the phrase, pattern or regex as written
    regex: Optional[re.Pattern] = None
    literals: frozenset = frozenset()  # NORMs of a phrase's own words
    exact: int = 0  # how many of its words must stand in the form written ("=boxes")


def _words(piece: str, tokenizer):
    """(token text, exact) of a piece of a phrase: a word written '=boxes' matches that form only."""
    for word in piece.split():
        exact = word.startswith("=") and len(word) > 1
        for t in tokenizer(word[1:] if exact else word):
            if not t.is_space:
                yield t.text, exact


def phrase_words(phrase: str, tokenizer) -> list[str]:
    """The words of a phrase, as the tokenizer splits them (slots and gaps left out)."""
    words = []
    for piece in SPLIT.split(phrase):
        if piece and not SPLIT.fullmatch(piece):
            words.extend(text for text, _ in _words(piece, tokenizer))
    return words


def phrase_elements(phrase: str, tokenizer, canon) -> list:
    """A phrase as PhraseMatcher elements: words (canonical; exact forms with their
    lowercase form too), gaps, slots."""
    gap = defaults()["gap_words"]
    out = []
    for piece in SPLIT.split(phrase):
        if piece == "...":
            out.append((GAP, gap))
        elif piece in SLOTS:
            out.append((SLOT, piece[1:-1]))
        elif piece:
            out.extend((EXACT, (canon(text), text.lower())) if exact else (LIT, canon(text))
                       for text, exact in _words(piece, tokenizer))
    return out


def own_words(elements) -> list:
    """The canonical forms of a phrase's own words (not its gaps and slots)."""
    return [v if k == LIT else v[0] for k, v in elements if k in (LIT, EXACT)]


class Compiled:
    """The rules as spaCy Matchers, in groups run separately: 'scan' (every rule's
    triggers and `with` phrases, over the whole article), 'holders' (holder names),
    and one group per rule for its values, run only on the sentences in its scope.
    Regex parts are kept aside per rule."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.phrases: dict = {}  # group -> PhraseMatcher
        self.matchers: dict = {}  # group -> spaCy Matcher, for token patterns given verbatim
        self.parts: list[Part] = []
        self.regex_parts: dict = {}  # rule id -> [part index]
        self.needs: dict = {}  # rule id -> Needs: the words a rule cannot fire without (prefilter.py)
        self.capture_words: dict = {}  # rule id -> hashes of its capture phrases' words (None: any sentence)
        self.index_words = None

    def add_phrase(self, group: str, part: Part, tokenizer, canon) -> list:
        elements = phrase_elements(part.text, tokenizer, canon)
        literals = frozenset(own_words(elements))
        self.parts.append(replace(part, literals=literals, exact=sum(k == EXACT for k, _ in elements)))
        if group not in self.phrases:
            self.phrases[group] = PhraseMatcher(self.vocab)
        self.phrases[group].add(len(self.parts) - 1, elements)
        return elements

    def note_capture(self, rule_id: str, elements) -> None:
        """Remember the words a capture phrase needs: only sentences with one get dates and numbers."""
        words = [self.vocab.strings.add(v) for v in own_words(elements) if v not in ("-", '"', "'")]
        if rule_id in self.capture_words and self.capture_words[rule_id] is None:
            return
        if not words:
            self.capture_words[rule_id] = None
        else:
            self.capture_words[rule_id] = self.capture_words.get(rule_id, frozenset()) | frozenset(words)

    def add_pattern(self, group: str, part: Part, pattern) -> None:
        self.parts.append(part)
        if group not in self.matchers:
            self.matchers[group] = Matcher(self.vocab)
        self.matchers[group].add(str(len(self.parts) - 1), [list(pattern)], greedy="LONGEST")

    def add_regex(self, part: Part) -> None:
        # a regex reads the words as written: like an exact word ("=boxes"), it wins over a
        # phrase that covers the same words by their lemmas
        self.parts.append(replace(part, regex=compile_rule_regex(part.text), exact=1))
        self.regex_parts.setdefault(part.rule, []).append(len(self.parts) - 1)

    def run(self, group: str, doc, arrays, lo: int = 0, hi: int = None, sents=None) -> list:
        """(part index, start token, end token) of every match of a group in tokens [lo, hi)
        (phrases: in the sentences `sents` only, when given), in text order."""
        hi = len(doc) if hi is None else hi
        found = self.phrases[group](arrays, lo, hi, sents) if group in self.phrases else []
        if group in self.matchers:
            strings = self.vocab.strings
            found += [(int(strings[key]), s + lo, e + lo) for key, s, e in self.matchers[group](doc[lo:hi])]
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))


@dataclass(frozen=True)
class Needs:
    """What a rule cannot fire without, for the prefilter: one of its trigger phrases,
    one of its `with` phrases (if it has any), one of its value or capture phrases.
    Each is a tuple of word sets (one per phrase), or None: no condition, or one that
    the prefilter cannot check (a phrase with a slot only, a spaCy pattern, a regex)."""

    trigger: tuple = None
    with_: tuple = None
    value: tuple = None


def _alternatives(needs: set):
    return None if not needs or None in needs else tuple(sorted(needs, key=sorted))


def _needs(elements):
    """The words a phrase cannot match without, for the prefilter (frozenset), or None
    when one of them is not a plain word the prefilter can see."""
    words = [value for value in own_words(elements) if value not in ("-", '"', "'")]
    if not words or not all(re.fullmatch(r"\w+", w) for w in words):
        return None
    return frozenset(words)


def compile_rules(rules, holder_table, tokenizer, canon, vocab) -> Compiled:
    compiled = Compiled(vocab)
    for rule in rules:
        heads, withs, values = set(), set(), set()
        for i, phrase in enumerate(rule.trigger_any):
            elements = compiled.add_phrase("scan", Part(rule.id, "trigger", None, f"trigger.any[{i}]", phrase),
                                           tokenizer, canon)
            heads.add(_needs(elements))
        for i, phrase in enumerate(rule.trigger_refer):  # not needed words: a named trigger is
            compiled.add_phrase("scan", Part(rule.id, "refer", None, f"trigger.refer[{i}]", phrase), tokenizer, canon)
        for i, phrase in enumerate(rule.trigger_with):
            elements = compiled.add_phrase("scan", Part(rule.id, "with", None, f"trigger.with[{i}]", phrase),
                                           tokenizer, canon)
            withs.add(_needs(elements))
        for i, phrase in enumerate(rule.trigger_without):  # can only drop a claim: the prefilter needs none
            compiled.add_phrase("scan", Part(rule.id, "without", None, f"trigger.without[{i}]", phrase),
                                tokenizer, canon)
        sources = [(v.id, f"values.{v.id}", v.ways, "value") for v in rule.values]
        if rule.capture:
            sources.append((None, "capture", rule.capture, "capture"))
        elif TYPES[rule.type].any_in_scope:  # no capture: any date in scope
            slot = TYPES[rule.type].slot
            compiled.add_phrase("values", Part(rule.id, "capture", None, f"any {slot[1:-1]} in scope", slot),
                                tokenizer, canon)
            compiled.capture_words[rule.id] = None
            values.add(None)
        for value, base, ways, kind in sources:
            for i, phrase in enumerate(ways.say):
                elements = compiled.add_phrase("values", Part(rule.id, kind, value, f"{base}.say[{i}]", phrase),
                                               tokenizer, canon)
                values.add(_needs(elements))
                if kind == "capture":
                    compiled.note_capture(rule.id, elements)
            for i, phrase in enumerate(ways.deny):  # "met specifications": a denial of the value
                elements = compiled.add_phrase("values", Part(rule.id, "deny", value, f"{base}.deny[{i}]", phrase),
                                               tokenizer, canon)
                values.add(_needs(elements))
            for i, pattern in enumerate(ways.patterns):
                compiled.add_pattern(rule.id, Part(rule.id, kind, value, f"{base}.patterns[{i}]", str(pattern)),
                                     pattern)
            for i, regex in enumerate(ways.regex):
                compiled.add_regex(Part(rule.id, kind, value, f"{base}.regex[{i}]", regex))
            if ways.patterns or ways.regex:
                values.add(None)  # cannot tell which words these need
                if kind == "capture":
                    compiled.capture_words[rule.id] = None
        compiled.needs[rule.id] = Needs(_alternatives(heads), _alternatives(withs), _alternatives(values))
    for party, names in holder_table.names.items():
        for name in names:
            compiled.add_phrase("holders", Part("", "holder", party, f"holders.{party}", name), tokenizer, canon)
    words = {h for m in compiled.phrases.values() for h in m.by_head}
    words |= {w for ws in compiled.capture_words.values() if ws for w in ws}
    heads = frozenset(words)
    for m in compiled.phrases.values():  # one index of a Doc's phrase starts serves every group
        m.all_heads = heads
    compiled.index_words = heads
    return compiled


def lexicon(rules, holder_table, tokenizer) -> set:
    """Every word the rules and holder names use: the targets of spelling correction."""
    words = set()
    for rule in rules:
        phrases = [*rule.trigger_any, *rule.trigger_refer, *rule.trigger_with, *rule.trigger_without]
        for ways in [v.ways for v in rule.values] + ([rule.capture] if rule.capture else []):
            phrases.extend(ways.say + ways.deny)
        for phrase in phrases:
            words.update(phrase_words(phrase, tokenizer))
    for names in holder_table.names.values():
        for name in names:
            words.update(phrase_words(name, tokenizer))
    return words
