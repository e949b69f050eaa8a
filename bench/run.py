"""Benchmark: `checker extract` against spaCy's bare tokenizer, in one run, on the same corpora.

    .venv/bin/python bench/run.py [--articles 10000] [--big 100000] [--work DIR]

Generates (bench/newsgen.py) a realistic on-topic and mixed corpus of N articles
(new text for every article, in the forms real coverage takes: datelines,
captions, menus, live blogs, transcripts; off-topic paragraphs of real prose),
then measures, each in a fresh process:
  (a) spacy.blank("en") nlp.pipe over every text (front matter left out, as the
      checker leaves it out): words/s over the whole pass, and for its first 10%
      (cold) and the rest (warm); measured before and after (b) and averaged, since
      a shared machine's speed drifts;
  (b) `checker extract` with every shipped rule, --jobs 1, no cache, end to end
      (start-up included) and after start-up (minus the same command's time on one
      article); peak RSS of each;
  then the ratio (b)/(a), `--jobs 2` against `--jobs 1`, a cached re-run against
  the first run, peak RSS of a mixed run of --big articles against N, and
  `checker report` on the seeds (first run, then cached) and on the realistic
  on-topic corpus (--report-articles of it). Figures are printed; nothing is asserted.

A third corpus, "cycled" (--cycled N, when ../shared is there), cycles the 44
articles of ../shared/eval/news (bench/realistic.py), as the issue's own measurement
cycled real articles: the same texts over and over, but each as real coverage
writes it, which costs the tokenizer about twice what newsgen's text costs per
token. --articles 0 measures it alone.

The old synthetic corpus (bench/generate.py: shuffled sentences of the sample
articles, licence texts off topic) is tokenized for comparison with --synthetic:
its small vocabulary lets spaCy's tokenizer run from its cache, several times
faster than on news, which made every ratio against it misleading.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
CHECKER = str(Path(PY).with_name("checker"))
SHARED = ROOT.parent / "shared" / "eval" / "news"

BARE = r"""
import json, re, sys, time, glob
import spacy
from checker.ingest import html
files = sorted(glob.glob(sys.argv[1] + "/*.txt") + glob.glob(sys.argv[1] + "/*.html"))
# each file's text as written, without its front matter (the checker blanks it; left in, a
# leading "---" block makes spaCy's tokenizer ~7x slower); a saved page's visible text as the
# checker's reader gives it (made before the clock starts: only tokenizing is timed)
def text(f):
    raw = open(f, encoding="utf-8").read()
    if f.endswith(".html"):
        return html.read_page(raw, f)[0]
    return re.sub(r"\A---\n.*?\n---\n", "", raw, flags=re.S)
texts = [text(f) for f in files]
words = [len(t.split()) for t in texts]
nlp = spacy.blank("en")
cut = max(1, len(texts) // 10)
t0 = time.perf_counter()
for _ in nlp.pipe(texts[:cut], batch_size=256):
    pass
t1 = time.perf_counter()
for _ in nlp.pipe(texts[cut:], batch_size=256):
    pass
t2 = time.perf_counter()
print(json.dumps({"words": sum(words), "cold_words": sum(words[:cut]), "cold": t1 - t0, "warm": t2 - t1,
                  "articles": len(texts)}))
"""

def measure(cmd, cwd=None, env=None, ok=(0,)) -> dict:
    """Wall time and peak RSS (MB) of one command in its own process. Its stderr goes to
    a file: a run that warns of every article (scraped front matter) would otherwise fill
    the pipe and wait on it for ever while stdout is read."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=errors)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        errors.seek(0)
        err = errors.read()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed:\n{err.decode()[-2000:]}")
    return {"seconds": time.perf_counter() - start, "rss_mb": usage.ru_maxrss / 1024, "stdout": out}


def generate(folder: Path, n: int, mode: str, generator: str = "newsgen.py") -> None:
    """The corpus of n articles in folder, made once and kept (--work) between runs."""
    stamp = folder / ".made"
    wanted = f"{generator} {n} {mode}"
    if not stamp.exists() or stamp.read_text() != wanted:
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([PY, str(HERE / generator), str(folder), "--articles", str(n), "--mode", mode],
                       check=True, stdout=subprocess.DEVNULL)
        stamp.write_text(wanted)


def extract(folder: Path, work: Path, *extra) -> dict:
    return measure([CHECKER, "extract", str(folder), "--rules", str(ROOT / "rules"), "--out",
                    str(work / "claims.jsonl"), *extra], cwd=work)


def bare(folder: Path) -> dict:
    run = measure([PY, "-c", BARE, str(folder)], cwd=ROOT)
    data = json.loads(run["stdout"])
    data.update(seconds=data["cold"] + data["warm"], rss_mb=run["rss_mb"])
    return data


def cycle(folder: Path, n: int) -> None:
    """n articles cycling ../shared/eval/news (bench/realistic.py), made once and kept."""
    stamp = folder / ".made"
    if not stamp.exists() or stamp.read_text() != f"realistic.py {n}":
        shutil.rmtree(folder, ignore_errors=True)
        sys.path.insert(0, str(HERE))
        from realistic import make_corpus
        make_corpus(folder, n)
        stamp.write_text(f"realistic.py {n}")


def block(mode: str, corpus: Path, n: int, work: Path) -> dict:
    """(a) the bare tokenizer and (b) checker extract on one corpus, printed; the figures."""
    one = work / "one"
    one.mkdir(exist_ok=True)
    shutil.copy(sorted(corpus.glob("*.txt"))[0], one / "a.txt")
    before = bare(corpus)
    words = before["words"]  # of the texts both read (front matter and markup left out)
    startup = extract(one, work, "--jobs", "1", "--no-cache")
    b = extract(corpus, work, "--jobs", "1", "--no-cache")
    after = bare(corpus)  # (a) is measured on both sides of (b): a shared machine drifts
    a = {k: (before[k] + after[k]) / 2 for k in ("cold", "warm", "seconds", "rss_mb")}
    a.update(words=before["words"], cold_words=before["cold_words"])
    rate_a = words / a["seconds"]
    print(f"\n{mode}: {n} articles, {words:,} words")
    line("(a) bare tokenizer, one pass", f"{n / a['seconds']:,.0f} articles/s, {rate_a:,.0f} words/s, "
                                         f"peak RSS {a['rss_mb']:,.0f} MB")
    line("    before / after (b)", f"{words / before['seconds']:,.0f} / {words / after['seconds']:,.0f} words/s")
    line("    cold (first 10%) / warm (the rest)", f"{a['cold_words'] / a['cold']:,.0f} / "
                                                   f"{(a['words'] - a['cold_words']) / a['warm']:,.0f} words/s")
    rate_b = words / b["seconds"]
    rate_b2 = words / max(b["seconds"] - startup["seconds"], 1e-9)
    line("(b) checker extract, all rules, --jobs 1", f"{n / b['seconds']:,.0f} articles/s, {rate_b:,.0f} words/s, "
                                                   f"peak RSS {b['rss_mb']:,.0f} MB")
    line("    after start-up", f"{rate_b2:,.0f} words/s (start-up {startup['seconds']:.1f} s)")
    line("ratio (b)/(a)", f"{rate_b / rate_a:.2f} end to end, {rate_b2 / rate_a:.2f} after start-up")
    return {"words": words, "bare": a, "extract": b["seconds"], "startup": startup["seconds"], "rss": b["rss_mb"],
            "ratio": rate_b / rate_a}


def report_stage(work: Path, n: int) -> None:
    """checker report against checker extract on the same realistic on-topic articles
    (--jobs 1, cache off): what the verdicts, grouping and rendering add."""
    corpus = work / f"ontopic-{n}"
    generate(corpus, n, "ontopic")
    out = work / "report-out"
    shutil.rmtree(out, ignore_errors=True)
    ex = extract(corpus, work, "--jobs", "1", "--no-cache")
    rep = measure([CHECKER, "report", str(corpus), "--rules", str(ROOT / "rules"), "--out", str(out),
                   "--jobs", "1", "--no-cache"], cwd=work, ok=(0, 1))
    md, js = ((out / name).stat().st_size / 1024 for name in ("report.md", "report.json"))
    print(f"\nchecker report, on-topic, {n:,} articles, --jobs 1, no cache: {rep['seconds']:.1f} s "
          f"(extract alone {ex['seconds']:.1f} s: the report adds {rep['seconds'] - ex['seconds']:.1f} s), "
          f"peak RSS {rep['rss_mb']:,.0f} MB (extract {ex['rss_mb']:,.0f} MB), report.md {md:,.0f} KB, "
          f"report.json {js:,.0f} KB")


def synthetic(work: Path, n: int, results: dict) -> None:
    """The bare tokenizer on the old synthetic corpus of as many articles, against the realistic one."""
    corpus = work / f"synthetic-{n}"
    generate(corpus, n, "ontopic", "generate.py")
    a = bare(corpus)
    real = results["ontopic"]
    print(f"\nbare tokenizer, on-topic, {n:,} articles: synthetic corpus (bench/generate.py) "
          f"{a['words'] / a['seconds']:,.0f} words/s, realistic (bench/newsgen.py) "
          f"{real['words'] / real['bare']['seconds']:,.0f} words/s")


def line(label, value) -> None:
    print(f"  {label:<46} {value}")


# The figures the speed issue asks for: (what, at least / at most, bound). Printed as met or not.
TARGETS = (
    ("on-topic (b)/(a), end to end", "at least", 1.0),
    ("mixed (b)/(a), end to end", "at least", 5.0),
    ("--jobs 2 against --jobs 1", "at least", 1.6),
    ("peak RSS, big mixed against N mixed", "at most", 1.2),
    ("cached re-run, times faster", "at least", 10.0),
    ("checker report on the seeds, seconds", "at most", 3.0),
)


def verdicts(measured: dict, n: int, big: int) -> None:
    """One line per target: the figure of this run, the bound, met or not."""
    print(f"\nagainst the targets (stated for 10,000 and 100,000 articles; this run: {n:,} and {big:,}):")
    for what, how, bound in TARGETS:
        if what in measured:
            value = measured[what]
            ok = value >= bound if how == "at least" else value <= bound
            line(what, f"{value:.2f} ({how} {bound:g}): {'met' if ok else 'NOT met'}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=100_000, help="mixed corpus for the memory check (0: skip)")
    ap.add_argument("--report-articles", type=int, default=2000, help="on-topic articles for the report timing (0: skip)")
    ap.add_argument("--cycled", type=int, default=2000,
                    help="also measure N articles cycling ../shared/eval/news (bench/realistic.py; 0: skip)")
    ap.add_argument("--synthetic", action="store_true", help="also tokenize the old synthetic corpus, for comparison")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "checker-bench")
    args = ap.parse_args(argv)
    work, n = args.work, args.articles
    work.mkdir(parents=True, exist_ok=True)
    results, measured = {}, {}
    corpora = [(mode, work / f"{mode}-{n}", n) for mode in ("ontopic", "mixed") if n]
    if args.cycled and SHARED.is_dir():
        corpora.append(("cycled", work / f"cycled-{args.cycled}", args.cycled))
    elif args.cycled:
        print(f"(no {SHARED}: the cycled news corpus is not measured)")
    for mode, corpus, size in corpora:
        if mode == "cycled":
            cycle(corpus, size)
        else:
            generate(corpus, size, mode)
        results[mode] = block(mode, corpus, size, work)
        if mode != "cycled":
            measured[f"{'on-topic' if mode == 'ontopic' else mode} (b)/(a), end to end"] = results[mode]["ratio"]
    if not n:
        return 0
    corpus = work / f"ontopic-{n}"
    two = extract(corpus, work, "--jobs", "2", "--no-cache")
    print(f"\nparallel, on-topic: --jobs 2 {two['seconds']:.1f} s against --jobs 1 "
          f"{results['ontopic']['extract']:.1f} s: {results['ontopic']['extract'] / two['seconds']:.2f}x")
    measured["--jobs 2 against --jobs 1"] = results["ontopic"]["extract"] / two["seconds"]
    cache = work / "cache-run"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir()
    first = extract(corpus, cache, "--jobs", "1")
    again = extract(corpus, cache, "--jobs", "1")
    print(f"cache, on-topic: first run {first['seconds']:.1f} s, re-run {again['seconds']:.2f} s: "
          f"{first['seconds'] / again['seconds']:.1f}x faster")
    measured["cached re-run, times faster"] = first["seconds"] / again["seconds"]
    if args.big:
        big = work / f"mixed-{args.big}"
        generate(big, args.big, "mixed")
        run_big = extract(big, work, "--jobs", "1", "--no-cache")
        small = results["mixed"]["rss"]
        print(f"memory, mixed: peak RSS {run_big['rss_mb']:,.0f} MB for {args.big:,} articles against "
              f"{small:,.0f} MB for {n:,}: {run_big['rss_mb'] / small:.2f}x "
              f"({args.big / run_big['seconds']:,.0f} articles/s)")
        measured["peak RSS, big mixed against N mixed"] = run_big["rss_mb"] / small
    seeds = work / "report"
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir()
    report = [measure([CHECKER, "report", str(ROOT / "seeds"), "--rules", str(ROOT / "rules"), "--out", "out"],
                      cwd=seeds, ok=(0, 1)) for _ in range(2)]
    print(f"checker report on the seeds: {report[0]['seconds']:.2f} s wall, "
          f"{report[1]['seconds']:.2f} s again (cached)")
    measured["checker report on the seeds, seconds"] = report[0]["seconds"]
    if args.report_articles:
        report_stage(work, args.report_articles)
    if args.synthetic:
        synthetic(work, n, results)
    verdicts(measured, n, args.big)
    return 0


if __name__ == "__main__":
    sys.exit(main())
