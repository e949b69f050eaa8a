"""The hostile-input corpus: broken, hostile and odd inputs, one folder per case, built
on demand (nothing large is committed). `python tests/hostile/build.py OUT [CASE]...`
writes them to OUT; the tests (tests/test_hostile.py) build each in a temporary folder.

Every case folder holds `articles/` with `good.txt`, an article of our own whose one
claim must survive whatever sits beside it, plus what the case is about; some hold
`rules/` too (a copy of one shipped rule and the hostile rule file).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Russian forces have captured Chasiv Yar, the defence ministry said on Friday.\n"
CASES = {}


def case(func):
    CASES[func.__name__] = func
    return func


def build(name: str, folder: Path) -> Path:
    """Write case `name` into folder (created); returns it."""
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "articles" / "good.txt").write_text(GOOD, "utf-8")
    CASES[name](folder, folder / "articles")
    return folder


def with_rules(folder: Path, name: str, text: str) -> Path:
    """rules/: the shipped chasiv_yar_control rule, and `name` holding text."""
    rules = folder / "rules"
    rules.mkdir(exist_ok=True)
    shutil.copy(ROOT / "rules" / "chasiv_yar_control.yaml", rules)
    (rules / name).write_text(text, "utf-8")
    return rules


def bomb(levels: int = 12) -> str:
    """YAML whose aliases expand to 10**levels items ("billion laughs")."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


@case
def fifo(folder, articles):
    os.mkfifo(articles / "pipe.txt")


@case
def device(folder, articles):
    os.symlink("/dev/zero", articles / "zero.txt")


@case
def dangling_link(folder, articles):
    os.symlink("gone.txt", articles / "dangling.txt")


@case
def link_loop(folder, articles):
    os.symlink("loop_b.txt", articles / "loop_a.txt")
    os.symlink("loop_a.txt", articles / "loop_b.txt")


@case
def unreadable_folder(folder, articles):
    (articles / "locked").mkdir()
    (articles / "locked" / "inside.txt").write_text(GOOD, "utf-8")
    os.chmod(articles / "locked", 0)


@case
def same_names(folder, articles):
    for sub in ("wire", "blog"):
        (articles / sub).mkdir()
        (articles / sub / "good.txt").write_text(GOOD.replace("Friday", "Saturday"), "utf-8")


if __name__ == "__main__":
    out, chosen = Path(sys.argv[1]), sys.argv[2:] or list(CASES)
    for name in chosen:
        build(name, out / name)
