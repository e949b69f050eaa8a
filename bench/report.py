"""Benchmark: `checker report` on 500 and 2,000 realistic articles, in one run.

    .venv/bin/python bench/report.py [--small 500] [--big 2000] [--work DIR] [--jobs 1]

Makes the corpora with bench/realistic.py (real-looking coverage from
../shared/eval/news, outlets and days varied), then runs `checker report` on each,
every shipped rule, cache off, each in a fresh process, and prints wall time, peak
RSS, the size of report.md and report.json, and the claims kept, then the targets
of the issue with this run's figures and met / NOT met.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from realistic import make_corpus  # noqa: E402
from run import CHECKER, ROOT, measure  # noqa: E402

# (what, figure name, limit, at most?)
TARGETS = (
    ("peak RSS, big against small", "rss_ratio", 1.3, True),
    ("time, big against small", "time_ratio", 5.0, True),
    ("report.md of the big run, KB", "md_kb", 400, True),
)


def corpus(folder: Path, n: int) -> Path:
    if len([p for p in folder.glob("a*") if p.is_file()]) != n:
        for p in folder.glob("a*"):
            p.unlink()
        make_corpus(folder, n)
    return folder


def report(folder: Path, out: Path, jobs: int) -> dict:
    got = measure([CHECKER, "report", str(folder), "--out", str(out), "--no-cache", "--jobs", str(jobs)], cwd=ROOT)
    data = json.loads((out / "report.json").read_text("utf-8"))
    return {**got, "md_kb": (out / "report.md").stat().st_size / 1024,
            "json_kb": (out / "report.json").stat().st_size / 1024,
            "claims": sum(len(f["claims"]) for f in data["fields"]), "outlets": data["summary"]["outlets"],
            "verdicts": data["summary"]["verdicts"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--big", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--work", type=Path, default=None, help="keep the corpora here between runs")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="checker-report-bench-"))
    one = report(corpus(work / "realistic-1", 1), work / "out-1", args.jobs)
    print(f"checker report, 1 article (start-up): {one['seconds']:.1f} s, peak RSS {one['rss_mb']:.0f} MB")
    runs = {}
    for n in (args.small, args.big):
        folder = corpus(work / f"realistic-{n}", n)
        runs[n] = report(folder, work / f"out-{n}", args.jobs)
        r = runs[n]
        print(f"checker report, {n:,} articles, --jobs {args.jobs}, no cache: {r['seconds']:.1f} s, "
              f"peak RSS {r['rss_mb']:.0f} MB, report.md {r['md_kb']:.0f} KB, report.json {r['json_kb']:,.0f} KB, "
              f"{r['claims']:,} claims kept, {r['outlets']} outlets; verdicts {r['verdicts']}")
    small, big = runs[args.small], runs[args.big]
    figures = {"rss_ratio": big["rss_mb"] / small["rss_mb"], "time_ratio": big["seconds"] / small["seconds"],
               "md_kb": big["md_kb"]}
    after = (big["seconds"] - one["seconds"]) / max(small["seconds"] - one["seconds"], 1e-9)
    print(f"after start-up: {1000 * (small['seconds'] - one['seconds']) / args.small:.1f} ms and "
          f"{1000 * (big['seconds'] - one['seconds']) / args.big:.1f} ms per article; time ratio {after:.2f}")
    print(f"\nagainst the targets ({args.big:,} against {args.small:,} articles):")
    for what, name, limit, at_most in TARGETS:
        ok = figures[name] <= limit if at_most else figures[name] >= limit
        print(f"  {what:<38} {figures[name]:.2f} (at {'most' if at_most else 'least'} {limit:g}): "
              f"{'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
