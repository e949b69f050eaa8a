"""Snapshot what the checker produces, to compare two versions of the code byte for byte.

Usage:
    python tests/tools/snapshot.py OUT_DIR [--generated N]

Writes, for each corpus found (the seeds, tests/devset, ../shared/eval/news/*),
OUT_DIR/<name>/claims.jsonl (`checker extract`), and report.md and report.json
(`checker report`), with the cache off. With --generated N it also generates N
on-topic and N mixed articles with bench/newsgen.py (the realistic bench corpus) and
snapshots their claims (generated once into OUT_DIR/_gen-*, reused when already there).
Compare two snapshots with `diff -r A B`: a refactoring must leave no difference.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval" / "news"


def corpora(generated: int, out: Path) -> list:
    found = [("seeds", ROOT / "seeds", ROOT / "rules"), ("devset", ROOT / "tests" / "devset", ROOT / "rules")]
    if (SHARED / "ukraine" / "articles").is_dir():
        found.append(("news-ukraine", SHARED / "ukraine" / "articles", ROOT / "rules"))
    bridge_rules = ROOT / "examples" / "bridge" / "rules"
    if (SHARED / "bridge" / "articles").is_dir() and bridge_rules.is_dir():
        found.append(("news-bridge", SHARED / "bridge" / "articles", bridge_rules))
    for mode in ("ontopic", "mixed") if generated else ():
        folder = out / f"_gen-{mode}"
        if not folder.is_dir():
            subprocess.run([sys.executable, str(ROOT / "bench" / "newsgen.py"), str(folder), "--articles",
                            str(generated), "--mode", mode, "--seed", "11"], check=True, stdout=subprocess.DEVNULL)
        found.append((f"generated-{mode}", folder, ROOT / "rules"))
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--generated", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    checker = str(Path(sys.executable).parent / "checker")
    for name, articles, rules in corpora(args.generated, args.out):
        target = args.out / name
        target.mkdir(parents=True, exist_ok=True)
        with open(target / "claims.jsonl", "w") as out, open(target / "extract.stderr", "w") as err:
            subprocess.run([checker, "extract", str(articles), "--rules", str(rules), "--no-cache", "--jobs", "2"],
                           stdout=out, stderr=err, cwd=ROOT)
        if not name.startswith("generated"):
            done = subprocess.run([checker, "report", str(articles), "--rules", str(rules), "--out", str(target),
                                   "--no-cache", "--jobs", "1"], capture_output=True, text=True, cwd=ROOT)
            (target / "report.stdout").write_text(done.stdout.replace(str(target), "OUT"))
            (target / "report.stderr").write_text(done.stderr)
        print(f"{name}: {sum(1 for _ in open(target / 'claims.jsonl'))} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
