"""The nlp stage: canonical word forms, the view of the text and its way back to the
file, sentences."""
from __future__ import annotations

from checker.ingest import boilerplate, markdown
from checker.nlp.view import View
from checker.records import Article


def test_spelling_tolerance_is_bounded():
    from checker.nlp.canon import Canon
    from checker.rules.tables import load_aliases

    canon = Canon(load_aliases(), ["with", "Vladimir", "Moscow", "talk", "form", "2024", "Kremlin", "Putin"])
    assert [canon(w) for w in ("wiht", "Vladmir", "MoscowS", "kremlin", "Zelenskiy")] == [
        "with", "vladimir", "moscow", "kremlin", "zelensky"]
    # English words, short words and numbers are never corrected
    assert [canon(w) for w in ("walk", "from", "2025", "Ptn", "Pution")] == ["walk", "from", "2025", "ptn", "putin"]


def test_the_view_reads_furniture_and_markup_as_spaces_and_maps_back_to_the_file():
    text = "# Talks in **Istanbul**\r\n\r\nAdvertisement\r\nThe  delegations met   on Friday.\n"
    body, _, markup, _ = markdown.read(text, "a.md")
    view = View.of(Article("a", "a.md", body, kind="markdown", markup=markup, excluded=boilerplate.excluded(body)))
    assert view.text == " Talks in Istanbul \n\n \nThe delegations met on Friday.\n"
    at = view.text.index("Friday")
    assert text[view.original(at):view.original(at) + 6] == "Friday"
    assert view.line_col(at, view.original(at)) == (4, 27)
    assert view.excluded == ((3, "Advertisement", "page furniture"),)


def test_sentences_start_after_a_heading_and_a_blank_line(run):
    text = "Talks resume\nThe delegations met on Friday. They agreed on a swap.\n\nNo date was set"
    analysis = run.extractor.analyse(Article("a", "a.txt", text))
    assert [analysis.arrays.span_text(s, e) for s, e in analysis.sents] == [
        "Talks resume", "The delegations met on Friday.", "They agreed on a swap.", "No date was set"]
