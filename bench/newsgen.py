"""A realistic news corpus for benchmarks, of any size, written afresh for every article.

    python bench/newsgen.py OUT_DIR --articles N --mode {ontopic,mixed} [--seed 7] [--words 500]

Each article takes one of the forms real coverage comes in (forms.py): wire copy
with a dateline and a sign-off, a page republished with its menus, cookie note,
captions, "RELATED:" and "Read more:" links, a live blog of timestamped entries
on many subjects, state-media English, a South-Asian aggregator, an explainer
with question headings, a briefing transcript, a news-in-brief column, an opinion
piece, a saved HTML page (head, nav, article, aside, footer). Its words come from
templates of our own (stories.py) filled from a large vocabulary (lexicon.py:
~100,000 names, ~20,000 towns, composed organisations, numbers, money, dates),
with short paragraphs as news writes them and front matter as scrapers leave it.

  ontopic  every article is about the tracked story (the shipped rules' fields),
           with context from the war around it and, in live blogs and briefs,
           news from elsewhere;
  mixed    about 10% of the articles are on topic; the rest are off-topic pieces
           whose paragraphs are real prose (prose.py: the docstrings of the
           installed packages, chosen by the seed) between news sentences from
           elsewhere (local politics, business, sport, weather).

Deterministic: the same arguments, and the same installed packages (mixed mode;
the pool's fingerprint is printed), give the same bytes. Standard library only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import forms  # noqa: E402
import stories  # noqa: E402
from lexicon import Lexicon  # noqa: E402

ONTOPIC_SHARE = 0.10
FIRST_DAY, DAYS = dt.date(2025, 7, 18), 56
_SLOT = re.compile(r"\{([^{}]*)\}")


class Filler:
    """Expands templates: {slot} from the lexicon or the story's tables, {a|b} one of them."""

    def __init__(self, rng: random.Random):
        self.rng, self.lex = rng, Lexicon(rng)
        lex, r = self.lex, rng
        self.slots = {
            "person": lex.person, "first": lex.first, "last": lex.last, "town": lex.town, "city": lex.city,
            "place": lex.place, "region": lex.region, "org": lex.org, "company": lex.company, "noun": lex.noun,
            "adj": lex.adj, "verb": lex.verb, "title": lex.title, "number": lex.number, "big": lex.big,
            "money": lex.money, "percent": lex.percent, "clock": lex.clock, "weekday": lex.weekday,
            "month": lex.month, "day": lambda: str(r.randint(1, 28)), "year": lambda: str(r.randint(1988, 2021)),
            "temp": lambda: str(r.randint(14, 39)), "age": lambda: str(r.randint(19, 88)), "score": lambda: f"{r.randint(0, 5)}-{r.randint(0, 4)}",
            "outlet": lambda: forms.outlet(r), "n": lex.n, "a": lex.a, "v": lex.v,
        }
        for table in (stories.VOICES, stories.VALUES):
            for name, options in table.items():
                self.slots[name] = (lambda o: lambda: r.choice(o))(options)
        self.topic = "subs"

    def _one(self, m) -> str:
        inner = m.group(1)
        if "|" in inner:
            return self.rng.choice(inner.split("|"))
        return self.slots[inner]()

    def expand(self, template: str) -> str:
        text = template
        while "{" in text:
            text = _SLOT.sub(self._one, text)
        return text

    def sentence(self, templates) -> str:
        s = self.expand(self.rng.choice(templates))
        return s[:1].upper() + s[1:]


def publication(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))


def generate(out: Path, n: int, mode: str, seed: int = 7, words: int = 500, pool=None) -> dict:
    """Write n articles to out; what was written, in figures."""
    rng = random.Random(seed)
    filler = Filler(random.Random(rng.random()))
    if mode == "mixed" and pool is None:
        import prose
        pool = prose.paragraphs()
    writer = forms.Writer(filler, pool or [], words)
    out.mkdir(parents=True, exist_ok=True)
    total = on = 0
    for i in range(1, n + 1):
        topical = mode == "ontopic" or rng.random() < ONTOPIC_SHARE
        name, text = writer.article(topical, publication(rng))
        (out / f"a{i:06d}{name}").write_text(text, "utf-8", newline="\n")
        total += len(text.split())
        on += topical
    return {"articles": n, "words": total, "ontopic": on}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, metavar="OUT_DIR")
    ap.add_argument("--articles", "-n", type=int, required=True)
    ap.add_argument("--mode", choices=("ontopic", "mixed"), required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--words", type=int, default=500, help="average words per article (default 500)")
    args = ap.parse_args(argv)
    pool = None
    if args.mode == "mixed":
        import prose
        pool = prose.paragraphs()
        print(f"off-topic prose: {len(pool):,} paragraphs, fingerprint {prose.fingerprint(pool)}")
    done = generate(args.out, args.articles, args.mode, args.seed, args.words, pool)
    print(f"{done['articles']} articles, {done['words']:,} words, {done['ontopic']} on topic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
