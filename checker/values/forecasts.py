"""Forecasts are not counts: "fears the toll could exceed 10,000", "may rise to 200", "is
expected to reach 5,000", "could be as high as 20,000", "as many as 20 people might be in
the water". A number said so is speculative: its claim is hedged with these words, and
kept out of agree and contradict. The cue words are data (checker/data/numbers.yaml:
forecast_cues, forecast_moves, after_modals)."""
from __future__ import annotations

from typing import Optional

from ..settings import data_file
from . import numerals, series


def forecast(text: str, before: str, after: str) -> Optional[str]:
    """The words that make the number `text` a forecast in its sentence (`before` and `after`
    it): a cue and then a word of movement just before it ("fears the toll could exceed",
    "is expected to reach"; its own bound counts: "fears of a toll exceeding 10,000"), or a
    modal and 'be'/'have' just after it ("20 people might be in the water"); else None."""
    c = data_file("numbers.yaml")
    reach, near = c["forecast_reach"]
    words = series.clause_words(before, from_end=True)[-(reach + near + 1):] + _bound_words(text)
    for move in range(max(0, len(words) - 1 - near), len(words)):  # a word of movement just before the number
        if words[move].lower() not in c["forecast_moves"]:
            continue
        for cue in range(max(0, move - reach), move):
            if words[cue].lower() in c["forecast_cues"] and words[cue] != "May":
                return " ".join(words[cue:move + 1])
    rest = series.clause_words(after)[:c["after_reach"] + 1]
    for i, w in enumerate(rest[:-1]):
        if w in c["after_modals"] and rest[i + 1].lower() in c["after_verbs"]:
            return f"{w} {rest[i + 1]}"
    return None


def _bound_words(text: str) -> list:
    """The words before the numeral in a number expression ("exceeding" of "exceeding 10,000")."""
    m = numerals.NUMERAL_RE.search(text)
    return text[:m.start()].split() if m else []
