"""`checker rules suggest`: the sentences that name a rule's subject but match no value
phrase, grouped by the words beside the trigger, the largest group first."""
from __future__ import annotations

import json

from click.testing import CliRunner

from checker.cli import main

from harbor import story

DRIFT = {
    "s1.txt": "Harbor inquiry opens\n\nThe freighter drifted without steering before it hit the pier, the port said.\n"
              "Crews inspected the pier on Tuesday.\n",
    "s2.txt": "Pilots speak out\n\nThe freighter drifted for ten minutes before the crash, a pilot said.\n"
              "The freighter lost power, investigators said.\n",
    "s3.txt": "Channel reopens\n\nThe freighter drifted into the pier after its rudder jammed.\n"
              "Investigators found no sign that the freighter lost power.\nDivers inspected the pier again.\n"
              "No one was hurt at the pier.\n",
}
TUG = """id: harbor_tug
question: Which tugboat towed the freighter?
type: category
window: never
trigger:
  any: [tugboat]
  with: [towed, tow]
  refer: [the vessel]
values:
  harbor_star:
    say: [Harbor Star]
examples:
  - text: The tugboat Harbor Star towed the freighter.
    expect: [harbor_star]
"""


def suggest(tmp_path, monkeypatch, *args, articles=DRIFT):
    story(tmp_path, articles=articles)
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, ["rules", "suggest", *args, "--rules", "rules"])


def test_misses_are_grouped_by_the_words_beside_the_trigger_largest_first(tmp_path, monkeypatch):
    result = suggest(tmp_path, monkeypatch, "harbor_cause", "articles/s1.txt", "articles/s2.txt", "articles/s3.txt")
    assert (result.exit_code, result.stdout) == (0, """\
harbor_cause: 6 sentences name the subject but match no value phrase, in 3 of 3 articles

"… drifted" ×3
  articles/s1.txt:3  The freighter drifted without steering before it hit the pier, the port said.
  articles/s2.txt:3  The freighter drifted for ten minutes before the crash, a pilot said.
  articles/s3.txt:3  The freighter drifted into the pier after its rudder jammed.

"inspected …" ×2
  articles/s1.txt:4  Crews inspected the pier on Tuesday.
  articles/s3.txt:5  Divers inspected the pier again.

Sharing no words with another (1):
  articles/s3.txt:6  No one was hurt at the pier.
""")


def test_suggest_as_json(tmp_path, monkeypatch):
    result = suggest(tmp_path, monkeypatch, "harbor_cause", "articles", "--json")
    data = json.loads(result.stdout)
    assert (data["rule"], data["articles_read"], data["sentences"]) == ("harbor_cause", 3, 6)
    assert [(g["side"], g["words"], g["count"]) for g in data["groups"]] == [("after", "drifted", 3),
                                                                              ("before", "inspected", 2)]
    assert data["alone"] == [{"file": "articles/s3.txt", "line": 6, "article": "s3", "trigger": "pier",
                              "sentence": "No one was hurt at the pier."}]


def test_a_sentence_counts_where_the_rule_would_look_with_and_refer_included(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "harbor_tug.yaml").write_text(TUG, "utf-8")
    tugs = {"t1.txt": "Salvage\n\nA tugboat stood by all night.\n\n"  # no `with`: the rule would not look here
                      "A tugboat towed the freighter off the shoal.\nThe vessel was later towed back to port.\n"
                      "The tugboat Harbor Star towed the barge.\n"}
    result = suggest(tmp_path, monkeypatch, "harbor_tug", "articles", articles=tugs)
    assert result.stdout.splitlines()[2:] == [
        "Sharing no words with another (2):",
        "  articles/t1.txt:5  A tugboat towed the freighter off the shoal.",
        "  articles/t1.txt:6  The vessel was later towed back to port."]


def test_an_unknown_field_is_named(tmp_path, monkeypatch):
    result = suggest(tmp_path, monkeypatch, "harbour_cause", "articles")
    assert (result.exit_code, result.stderr) == (2, "FIELD: E301 no rule 'harbour_cause' in rules (did you mean "
                                                    "'harbor_cause'?); known: harbor_cause, harbor_crew\n")
