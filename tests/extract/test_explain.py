"""`checker explain` over files and folders, for several rules or all: one pipeline
for the run, each article analysed once, the output pinned."""
from __future__ import annotations

from click.testing import CliRunner

from checker.cli import main
from checker.nlp import pipeline

from harbor import story

QUIET = {"p3.txt": "Port news\n\nThe ferry schedule changes on Sunday.\n"}


def explain(*args):
    return CliRunner().invoke(main, ["explain", *args])


def test_explain_a_folder_for_every_rule(tmp_path, monkeypatch):
    story(tmp_path)
    story(tmp_path, articles=QUIET)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles" / "p1.txt").unlink()
    result = explain("articles", "--rules", "rules")
    assert (result.exit_code, result.stdout) == (0, """\
p2: articles/p2.txt
published: unknown (no date with a year to stand on)
harbor_cause: What made the freighter hit the pier?
  Triggers:
    line 1: 'Pier' (trigger 'pier')
    line 3: 'pier' (trigger 'pier')
    line 3: 'freighter' (trigger 'freighter')
  Candidates:
    line 3: power_loss from 'blackout' (values.power_loss.say[1])
  Claims:
    power_loss (line 3)
harbor_crew: How many sailors were aboard the freighter?
  Triggers:
    line 3: 'freighter' (trigger 'freighter')
  Empty: trigger found, no value phrase within the scope

p3: articles/p3.txt
published: unknown (no date with a year to stand on)
No sentence mentions the trigger: harbor_cause, harbor_crew
""")


def test_explain_files_for_the_rules_asked_in_their_order_with_one_pipeline(tmp_path, monkeypatch):
    story(tmp_path)
    story(tmp_path, articles=QUIET)
    monkeypatch.chdir(tmp_path)
    built = []
    real = pipeline.build
    monkeypatch.setattr(pipeline, "build", lambda *a, **k: built.append(1) or real(*a, **k))
    result = explain("articles/p3.txt", "articles/p1.txt", "--rule", "harbor_crew", "--rule", "harbor_cause",
                     "--rules", "rules")
    assert result.exit_code == 0 and built == [1]
    heads = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert heads == ["p1: articles/p1.txt", "published: unknown (no date with a year to stand on)",
                     "harbor_crew: How many sailors were aboard the freighter?",
                     "harbor_cause: What made the freighter hit the pier?", "",
                     "p3: articles/p3.txt", "published: unknown (no date with a year to stand on)",
                     "No sentence mentions the trigger: harbor_crew, harbor_cause"]
    assert "    sabotage (line 4)  [negated]\n" in result.stdout


def test_explain_names_an_unknown_rule_and_a_path_that_is_not_there(tmp_path, monkeypatch):
    story(tmp_path)
    monkeypatch.chdir(tmp_path)
    unknown = explain("articles", "--rule", "harbor_crow", "--rules", "rules")
    assert (unknown.exit_code, unknown.stderr) == (2, "--rule: E301 no rule 'harbor_crow' in rules (did you mean "
                                                      "'harbor_crew'?); known: harbor_cause, harbor_crew\n")
    missing = explain("articles/p9.txt", "--rules", "rules")
    assert (missing.exit_code, missing.stderr) == (2, "articles/p9.txt: E201 cannot read article: no such file or "
                                                      "folder\n")
