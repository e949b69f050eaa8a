"""Page furniture is never read for claims: a teaser line for another article too."""
from __future__ import annotations

import pytest

from checker.ingest.boilerplate import excluded


@pytest.mark.parametrize("line", [
    "RELATED: Russia claims the capture of a town; Kyiv says fighting goes on",
    "Read more: Ten things to know about the talks",
    "ALSO READ: Who is Dmitry Medvedev?",
])
def test_a_teaser_line_for_another_article_is_furniture(line):
    text = f"Talks resume in Istanbul\n\nThe delegations met on Monday.\n\n{line}\n\nThey agreed to meet again.\n"
    assert [(n, reason) for _, _, n, reason in excluded(text)] == [(5, "page furniture")]


def test_a_sentence_that_mentions_related_talks_is_prose():
    text = "Talks resume in Istanbul\n\nRelated talks in Geneva: nothing was agreed there, officials said.\n"
    assert excluded(text) == ()
