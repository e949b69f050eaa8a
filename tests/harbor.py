"""A small story of our own for the authoring commands (eval, explain, rules suggest):
a freighter that hit a pier, two rules and a few articles, written into a folder."""
from __future__ import annotations

STORY_RULES = {
    "harbor_cause.yaml": """id: harbor_cause
question: What made the freighter hit the pier?
type: set
window: never
trigger:
  any: [freighter, pier]
values:
  power_loss:
    say: [lost power, blackout]
  sabotage:
    say: [sabotage]
examples:
  - text: The freighter lost power before it hit the pier.
    expect: [power_loss]
""",
    "harbor_crew.yaml": """id: harbor_crew
question: How many sailors were aboard the freighter?
type: number
window: never
trigger:
  any: [freighter]
capture:
  say: ["{number} sailors"]
examples:
  - text: The freighter carried 14 sailors.
    expect: [14]
""",
}
STORY_ARTICLES = {
    "p1.txt": "Freighter hits pier\n\nThe freighter lost power minutes before it struck the pier, the port said.\n"
              "The freighter carried 14 sailors. Officials found no sign of sabotage on the freighter.\n",
    "p2.txt": "Pier repairs begin\n\nCrews began repairing the pier on Monday after a blackout sent the freighter "
              "into it.\n",
}


def story(tmp_path, gold: str = None, articles=STORY_ARTICLES):
    """A rules folder, articles/ and (when given) gold.yaml of our own in tmp_path."""
    for folder, files in (("rules", STORY_RULES), ("articles", articles)):
        (tmp_path / folder).mkdir(exist_ok=True)
        for name, text in files.items():
            (tmp_path / folder / name).write_text(text, "utf-8")
    if gold is not None:
        (tmp_path / "gold.yaml").write_text(gold, "utf-8")
    return tmp_path


