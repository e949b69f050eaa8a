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


@case
def front_matter_bomb(folder, articles):
    (articles / "bomb.txt").write_text("---\n" + bomb() + "title: *a11\n---\n" + GOOD, "utf-8")


@case
def manifest_bomb(folder, articles):
    (articles / "sources.yaml").write_text(bomb() + "articles:\n  - file: good.txt\n    title: *a11\n", "utf-8")


@case
def rule_bomb(folder, articles):
    with_rules(folder, "bomb.yaml", bomb() + "id: bomb\n")


@case
def holders_bomb(folder, articles):
    with_rules(folder, "_holders.yaml", bomb())


@case
def rule_brackets(folder, articles):
    with_rules(folder, "deep.yaml", "id: deep\nquestion: " + "[" * 100_000 + "]" * 100_000 + "\n")


def _rule(rule_id: str, say: str = "captured", regex: str = None, example_published: str = None) -> str:
    regex_line = f"\n    regex: ['{regex}']" if regex else ""
    published = f"\n    published: {example_published}" if example_published else ""
    return (f"id: {rule_id}\nquestion: Was the town taken?\ntype: category\ntrigger:\n  any: [town]\nvalues:\n"
            f"  taken:\n    say: [\"{say}\"]{regex_line}\nexamples:\n  - text: The town was taken.{published}\n"
            f"    expect: []\n")


@case
def catastrophic_regex(folder, articles):
    with_rules(folder, "slow.yaml", _rule("slow", regex="(a+)+$"))


@case
def slow_alternation(folder, articles):
    """A regex no shape test refuses that still backtracks for ever on a run of a's."""
    with_rules(folder, "slow.yaml", _rule("slow", say="seized", regex="(?:a|aa)+$"))
    (articles / "aaa.txt").write_text("The town " + "a" * 60 + "!\n", "utf-8")


@case
def huge_repeat(folder, articles):
    with_rules(folder, "huge.yaml", _rule("huge", regex="a{1,4294967295}"))


@case
def many_gaps(folder, articles):
    with_rules(folder, "gaps.yaml", _rule("gaps", say=" ... ".join(["town"] * 12)))


@case
def bad_example_date(folder, articles):
    with_rules(folder, "dated.yaml", _rule("dated", example_published="2025-13-45"))


@case
def impossible_dates(folder, articles):
    (articles / "front.txt").write_text("---\npublished: 2025-13-45\n---\n" + GOOD, "utf-8")
    (articles / "listed.txt").write_text(GOOD, "utf-8")
    (articles / "sources.yaml").write_text("articles:\n  - file: listed.txt\n    published: 2025-13-45\n", "utf-8")


@case
def empty_and_blank(folder, articles):
    (articles / "empty.txt").write_bytes(b"")
    (articles / "blank.md").write_text(" \n\n", "utf-8")


@case
def utf16_without_bom(folder, articles):
    (articles / "wide.txt").write_bytes(GOOD.replace("Friday", "Monday").encode("utf-16-le"))


@case
def stray_byte(folder, articles):
    text = "Le café de Kyiv: Russian forces have captured Chasiv Yar, the ministry said.\n".encode("utf-8")
    (articles / "stray.txt").write_bytes(text.replace(b"Kyiv", b"Ky\xffiv"))


@case
def nul_byte(folder, articles):
    (articles / "nul.txt").write_bytes(GOOD.replace("Friday", "Sunday").encode("utf-8").replace(b" said", b"\x00said"))


@case
def deep_html(folder, articles):
    body = "<div>" * 300 + f"<p>{GOOD.replace('Friday', 'Tuesday').strip()} Officials in Kyiv disputed it.</p>" \
        + "</div>" * 300
    (articles / "deep.html").write_text(f"<html><head><title>Deep</title></head><body>{body}</body></html>", "utf-8")


@case
def navigation_page(folder, articles):
    items = "".join(f"<li><a href='/n{i}'>Russian forces have captured Chasiv Yar, story {i}</a></li>" for i in range(30))
    (articles / "nav.html").write_text(f"<html><body><nav><ul>{items}</ul></nav></body></html>", "utf-8")


@case
def odd_file_names(folder, articles):
    (articles / "a|b.txt").write_text(GOOD.replace("Friday", "Monday"), "utf-8")
    (articles / "line\nbreak.txt").write_text(GOOD.replace("Friday", "Sunday"), "utf-8")


if __name__ == "__main__":
    out, chosen = Path(sys.argv[1]), sys.argv[2:] or list(CASES)
    for name in chosen:
        build(name, out / name)
