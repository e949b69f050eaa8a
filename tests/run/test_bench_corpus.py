"""The realistic bench corpus (bench/newsgen.py): the same arguments give the same
bytes; articles come in the forms of real coverage, on and off the tracked story."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import newsgen  # noqa: E402
import prose  # noqa: E402


def files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_same_arguments_give_the_same_bytes(tmp_path):
    pool = prose.paragraphs()
    first = newsgen.generate(tmp_path / "a", 40, "mixed", seed=3, pool=pool)
    second = newsgen.generate(tmp_path / "b", 40, "mixed", seed=3, pool=pool)
    assert first == second and files(tmp_path / "a") == files(tmp_path / "b")
    newsgen.generate(tmp_path / "c", 40, "mixed", seed=4, pool=pool)
    assert files(tmp_path / "c") != files(tmp_path / "a")


def test_articles_take_the_forms_of_real_coverage(tmp_path):
    newsgen.generate(tmp_path, 200, "ontopic", seed=3)
    texts = [p.read_text("utf-8") for p in sorted(tmp_path.iterdir())]
    assert sum(p.suffix == ".html" for p in tmp_path.iterdir()) > 5
    for furniture in ("Read more:", "Live updates |", "QUESTION (", "Web Desk | Published:", "(Reporting by ",
                      "Explainers |", "news in brief", "MOSCOW, ", "Share on Facebook", "\npublished: unknown\n"):
        assert any(furniture in t for t in texts), furniture
    words = [w for t in texts for w in t.split()]
    assert 300 * 200 < len(words) < 800 * 200
    assert len(set(words)) > 0.06 * len(words)  # a long tail (real news: ~7% at this size), not a few sentences shuffled
