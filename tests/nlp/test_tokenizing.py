"""Tokenizing the fast way: the pipeline's tokenizer keeps no whitespace special case
(one stops spaCy 3.8's cache for the rest of a text), and makes exactly the tokens,
offsets and claims of a tokenizer that keeps them."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import ORTH

from checker.extract import Extractor
from checker.ingest import load_corpus
from checker.nlp import pipeline
from checker.rules import load_rule_set

from conftest import ROOT

_build = pipeline.build


def reference(model=None):
    """The pipeline as it was: every special case of spaCy's, whitespace ones included."""
    nlp = _build(model)
    full = __import__("spacy").blank("en").tokenizer.rules
    nlp.tokenizer.rules = {key: [{ORTH: piece[ORTH]} for piece in pieces] for key, pieces in full.items()}
    return nlp


def tokens(doc):
    return [(t.text, t.whitespace_, t.idx) for t in doc]


def test_no_whitespace_special_case_is_kept():
    rules = pipeline.build().tokenizer.rules
    assert not [key for key in rules if key.isspace()]
    assert {"Mr.", "don't", "a.m."} <= set(rules)  # the others stay


PIECES = st.sampled_from(["Kyiv", "U.S.", "don't", "a.m.", "Aug.", "(talks)", "8", "Peskov,", "\"No.\"", "--", "x",
                          " ", "  ", "\n", "\n\n", " \n", "\n ", "\t", "\u00a0", "\r\n", " \n \n ", ":)", "Mr.", "'s"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_the_tokens_are_those_of_the_tokenizer_with_whitespace_special_cases(pieces):
    text = "".join(pieces)
    assert tokens(_FAST.tokenizer(text)) == tokens(_REFERENCE.tokenizer(text))


_FAST, _REFERENCE = pipeline.build(), reference()


@pytest.fixture(scope="module")
def realistic(tmp_path_factory):
    """60 realistic on-topic and 60 mixed articles (bench/newsgen.py), the seeds and the devset."""
    folder = tmp_path_factory.mktemp("realistic")
    for mode in ("ontopic", "mixed"):
        subprocess.run([sys.executable, str(ROOT / "bench" / "newsgen.py"), str(folder / mode), "--articles", "60",
                        "--mode", mode, "--seed", "5"], check=True, stdout=subprocess.DEVNULL)
    return load_corpus([folder, ROOT / "seeds", ROOT / "tests" / "devset"]).articles


def test_claims_are_those_of_the_tokenizer_with_whitespace_special_cases(realistic, monkeypatch):
    rule_set = load_rule_set(ROOT / "rules")
    fast = [json.dumps(c.to_json()) for _, claims in Extractor(rule_set).extract(realistic) for c in claims]
    monkeypatch.setattr(pipeline, "build", reference)
    slow = Extractor(rule_set)
    assert "\n" in slow.nlp.tokenizer.rules
    assert [json.dumps(c.to_json()) for _, claims in slow.extract(realistic) for c in claims] == fast
    assert len(fast) > 300
