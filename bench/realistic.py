"""A corpus of realistic news articles for benchmarks, of any size, from real-looking coverage.

    python bench/realistic.py OUT_DIR --articles N [--source DIR]... [--outlets 60] [--days 30]

The text of every article is that of an article of the development corpus
(`../shared/eval/news/*/articles` by default: wire copy, live blogs, state media,
aggregators, saved pages, transcripts, explainers, on and off the tracked stories),
taken in turn; nothing is recombined, so vocabulary, paragraphs, captions, datelines
and page furniture stay what real coverage has. What varies from copy to copy is the
metadata a report groups by: the outlet (one of --outlets invented names) and the
publication day (an ISO day in the front matter moved by up to --days; a date the text
or other metadata gives is left as it is), written as front matter (.txt, .md); pages
(.html) are left as they are. Moving the day moves what relative
dates resolve to, so values spread as they do over weeks of coverage.

Deterministic: the same arguments and sources give the same bytes. Standard library only.
Built for the report benchmark (bench/report.py); a generator of new text can replace
the sources without changing its interface: `make_corpus(out, n, sources)`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "eval" / "news"
SUFFIXES = (".txt", ".md", ".html", ".htm")
WORDS = ("Daily", "Herald", "Courier", "Observer", "Post", "Monitor", "Ledger", "Gazette", "Tribune", "Review")
PLACES = ("Northern", "Harbour", "Capital", "Eastern", "Atlantic", "Continental", "Riverside", "Baltic")
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
DATE_KEYS = re.compile(r"(?m)^(published|date|outlet|source|publisher):.*\n")


def default_sources() -> list:
    return sorted(p for p in SHARED.glob("*/articles/*") if p.suffix in SUFFIXES)


def outlets(n: int) -> list:
    names = [f"The {p} {w}" for p in PLACES for w in WORDS]
    return names[:n] if n <= len(names) else names + [f"Outlet {i}" for i in range(len(names), n)]


def original_day(text: str):
    """The day the front matter gives, if it gives one in ISO form."""
    found = re.search(r"(?m)^(?:published|date):\s*['\"]?(\d{4}-\d{2}-\d{2})", text)
    return dt.date.fromisoformat(found.group(1)) if found else None


def variant(text: str, outlet: str, day) -> str:
    """The article with its outlet, and its publication day when it had one, in its front matter."""
    found = FRONT.match(text)
    head = DATE_KEYS.sub("", found.group(1) + "\n").rstrip("\n") if found else ""
    if found and day is None:  # keep a date the checker reads from its own words ('date: August 7, 2025')
        head = "\n".join(l for l in (found.group(1).splitlines()) if not re.match(r"(outlet|source|publisher):", l))
    body = text[found.end():] if found else text
    lines = [line for line in (head, f"outlet: {outlet}", f"published: {day.isoformat()}" if day else "") if line]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def make_corpus(out: Path, n: int, sources=None, n_outlets: int = 60, days: int = 30, seed: int = 7) -> dict:
    """Write n articles to out (a folder of their own); what was written, in figures."""
    sources = list(sources or default_sources())
    if not sources:
        raise SystemExit(f"no source articles (looked in {SHARED})")
    rng = random.Random(seed)
    names = outlets(n_outlets)
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text("utf-8")
        name = f"a{i + 1:06d}{src.suffix}"
        if src.suffix in (".txt", ".md"):
            day, shift = original_day(text), rng.randrange(days) if i >= len(sources) else 0
            text = variant(text, names[rng.randrange(len(names))], day + dt.timedelta(days=shift) if day else None)
        (out / name).write_text(text, "utf-8")
        words += len(text.split())
    return {"articles": n, "words": words, "sources": len(sources)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--source", type=Path, action="append", help="a folder of articles (default: the news corpus)")
    ap.add_argument("--outlets", type=int, default=60)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    sources = sorted(p for folder in args.source for p in folder.iterdir() if p.suffix in SUFFIXES) \
        if args.source else None
    done = make_corpus(args.out, args.articles, sources, args.outlets, args.days, args.seed)
    print(f"{done['articles']} articles, {done['words']:,} words, from {done['sources']} source articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
