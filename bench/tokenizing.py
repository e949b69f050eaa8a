"""Ways to feed spaCy's tokenizer the same text, timed on one corpus (issue 17).

    .venv/bin/python bench/tokenizing.py FOLDER [--repeat 3]

Each way runs a fresh tokenizer over every article's text as the checker reads it
(front matter left out; runs of spaces and tabs made one space, as nlp/view.py
does), so the cache starts empty as in a run; the best of --repeat passes is printed
in tokens/s. In spaCy 3.8 a special case met in a text (a line break is one, as are
"Mr.", "don't", "a.m.") stops the tokenizer caching anything for the rest of that
text, so the ways differ in how much of a corpus comes from the cache:

  spaCy blank, as written      spacy.blank("en"), the bench's (a)
  all special cases            the checker's tokenizer as it was (whitespace ones kept)
  no whitespace special cases  the checker's tokenizer now: the same tokens
  whitespace runs collapsed    every run of whitespace made one space (other tokens:
                               offsets and line breaks would have to be mapped back)
  paragraph by paragraph       one call per paragraph (the pieces' Docs would still
                               have to be joined into one, not timed here)
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import spacy
from spacy.attrs import ORTH

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.nlp import pipeline  # noqa: E402

FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
SPACES = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
PARAGRAPH = re.compile(r"\n\s*\n")


def with_specials():
    nlp = pipeline.build()
    full = spacy.blank("en").tokenizer.rules
    nlp.tokenizer.rules = {key: [{ORTH: piece[ORTH]} for piece in pieces] for key, pieces in full.items()}
    return nlp.tokenizer


def ways() -> dict:
    """name -> (make a fresh tokenizer, the texts it is given from a text)"""
    whole = lambda text: (text,)  # noqa: E731
    return {
        "spaCy blank, as written": (lambda: spacy.blank("en").tokenizer, whole),
        "all special cases": (with_specials, whole),
        "no whitespace special cases": (lambda: pipeline.build().tokenizer, whole),
        "whitespace runs collapsed": (with_specials, lambda text: (" ".join(text.split()),)),
        "  ... and no whitespace special cases": (lambda: pipeline.build().tokenizer,
                                                  lambda text: (" ".join(text.split()),)),
        "paragraph by paragraph": (with_specials, lambda text: PARAGRAPH.split(text)),
        "  ... and no whitespace special cases ": (lambda: pipeline.build().tokenizer,
                                                   lambda text: PARAGRAPH.split(text)),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(p for p in args.folder.iterdir() if p.suffix in (".txt", ".md"))
    texts = [SPACES.sub(" ", FRONT.sub("", p.read_text("utf-8"))) for p in files]
    print(f"{len(texts):,} articles, {sum(len(t.split()) for t in texts):,} words (load "
          f"{open('/proc/loadavg').read().split()[0]})")
    for name, (make, pieces) in ways().items():
        parts = [pieces(t) for t in texts]
        best, tokens = float("inf"), 0
        for _ in range(args.repeat):
            tokenizer = make()
            start = time.perf_counter()
            tokens = sum(len(tokenizer(p)) for ps in parts for p in ps)
            best = min(best, time.perf_counter() - start)
        print(f"  {name:<40} {tokens / best:>12,.0f} tokens/s  ({tokens:,} tokens)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
