"""A rules folder's own cue words (_cues.yaml): merged over the shipped ones, checked
against a schema, part of every rule's cache key."""
from __future__ import annotations

import pytest

from checker.errors import CheckerError
from checker.records import Article
from checker.run import Run
from checker.run.cache import rule_keys

from harbor import STORY_RULES


def folder_with(tmp_path, cues=None):
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in STORY_RULES.items():
        (tmp_path / name).write_text(text, "utf-8")
    if cues is not None:
        (tmp_path / "_cues.yaml").write_text(cues, "utf-8")
    return tmp_path


def claims(folder, text):
    run = Run.load(folder)
    rule = next(r for r in run.rules if r.id == "harbor_cause")
    return [(c.value, c.negated, c.hedge) for c in
            run.extractor.rule_claims(rule, run.extractor.analyse(Article("t", "t.txt", text)))]


def test_a_story_adds_and_removes_cue_words(tmp_path):
    hedged = "The freighter ostensibly lost power before it hit the pier."
    likely = "The freighter likely lost power before it hit the pier."
    nothing = "Investigators found nothing pointing to sabotage on the freighter."
    shipped = folder_with(tmp_path / "shipped")
    assert claims(shipped, hedged) == [("power_loss", False, None)]
    assert claims(shipped, likely) == [("power_loss", False, "likely")]
    assert claims(shipped, nothing) == [("sabotage", False, None)]
    story = folder_with(tmp_path / "story", "hedges: [ostensibly]\ndenial_frames: [nothing pointing]\nremove:\n  hedges: [likely]\n")
    assert claims(story, hedged) == [("power_loss", False, "ostensibly")]
    assert claims(story, likely) == [("power_loss", False, None)]
    assert claims(story, nothing) == [("sabotage", True, None)]


def test_cue_words_are_checked_and_every_problem_is_named(tmp_path):
    folder = folder_with(tmp_path, "negators: [nary, no]\nhedgs: [ostensibly]\nremove:\n  reporting_verb: [say]\n"
                                   "  hedges: [likely, 3]\n")
    with pytest.raises(CheckerError) as caught:
        Run.load(folder)
    assert [str(p).split(": ", 1)[1] for p in caught.value.problems] == [
        "E104 negators[1]: expected a word or phrase in quotes where YAML would read it otherwise ('no', 'yes', "
        "'on', 'off', 'null'), got false (a boolean)",
        "E104 remove.hedges[1]: expected a word or phrase in quotes where YAML would read it otherwise ('no', "
        "'yes', 'on', 'off', 'null'), got an integer"]
    assert [(p.line, p.column) for p in caught.value.problems] == [(1, 18), (5, 20)]
    (folder / "_cues.yaml").write_text("negators: [nary, 'no']\nhedgs: [ostensibly]\nremove:\n"
                                       "  reporting_verb: [say]\n", "utf-8")
    with pytest.raises(CheckerError) as caught:
        Run.load(folder)
    assert [str(p) for p in caught.value.problems] == [
        f"{folder / '_cues.yaml'}:2:1: E119 hedgs: 'hedgs' is not a list of cue words (checker/data/cues.yaml has "
        "hedges, negators, reporting_verbs, denial_frames ...) (did you mean 'hedges'?)",
        f"{folder / '_cues.yaml'}:4:3: E119 remove.reporting_verb: 'reporting_verb' is not a list of cue words "
        "(checker/data/cues.yaml has hedges, negators, reporting_verbs, denial_frames ...) (did you mean "
        "'reporting_verbs'?)"]


def test_the_cues_of_a_folder_are_part_of_every_rules_cache_key(tmp_path):
    folder = folder_with(tmp_path)
    before = rule_keys(Run.load(folder).rule_set)
    (folder / "_cues.yaml").write_text("hedges: [ostensibly]\n", "utf-8")
    after = rule_keys(Run.load(folder).rule_set)
    assert set(before) == set(after) == {"harbor_cause", "harbor_crew"}
    assert all(before[r] != after[r] for r in before)
