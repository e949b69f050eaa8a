"""Articles and their metadata: manifest, front matter, nothing; bad files named, not fatal."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.ingest import load_corpus

from conftest import ROOT


def test_seeds_take_their_metadata_from_the_manifest(corpus):
    by_id = {a.id: a for a in corpus.articles}
    assert sorted(by_id) == ["000_e1925a176b676633", "001_dc5e011bba2dfa1c", "002_b33123e21e58ba69",
                             "003_d8227443fd9b5b39", "004_5eb1ee49e6ba1523"]
    assert by_id["001_dc5e011bba2dfa1c"].published == dt.date(2025, 8, 6)
    assert by_id["001_dc5e011bba2dfa1c"].title == "Putin-Zelensky Meeting: Russia Open to Talks Amid Trump Pressure"
    assert by_id["002_b33123e21e58ba69"].title is None
    assert corpus.skipped == [] and corpus.warnings == []


def test_the_text_is_the_file_unchanged(corpus):
    for article in corpus.articles:
        assert article.text == (ROOT / "seeds" / f"{article.id}.txt").read_text("utf-8")


def test_front_matter_overrides_the_manifest_and_keeps_offsets(tmp_path):
    (tmp_path / "sources.yaml").write_text(
        "articles:\n  - file: a.txt\n    outlet: Manifest News\n    published: 2025-08-01\n", "utf-8")
    body = "Two submarines were sent.\n"
    (tmp_path / "a.txt").write_text(f"---\noutlet: Front Matter Times\ntitle: Subs\n---\n{body}", "utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert (article.outlet, article.title, article.published) == ("Front Matter Times", "Subs", dt.date(2025, 8, 1))
    assert article.text.endswith(body) and article.text.index("Two") == len("---\noutlet: Front Matter Times\ntitle: Subs\n---\n")
    assert article.text.count("\n") == 5 and "Front" not in article.text


def test_an_article_with_no_metadata_still_works(tmp_path):
    (tmp_path / "plain.txt").write_text("Chasiv Yar has fallen.", "utf-8")
    (article,) = load_corpus([tmp_path]).articles
    assert (article.id, article.published, article.outlet) == ("plain", None, None)


def test_a_legacy_encoding_is_decoded_with_a_warning_naming_it(tmp_path):
    (tmp_path / "good.txt").write_text("Fine.", "utf-8")
    (tmp_path / "old.txt").write_bytes("Le caf\xe9 de Kyiv \xe0 c\xf4t\xe9 du march\xe9.".encode("latin-1"))
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["good", "old"] and corpus.skipped == []
    assert "café de Kyiv" in corpus.articles[1].text
    (warning,) = corpus.warnings
    assert warning.code == "W202" and str(warning).startswith(f"{tmp_path / 'old.txt'}: W202 decoded as ")


def test_empty_and_binary_files_are_skipped(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    assert sorted(p.code for p in load_corpus([tmp_path]).skipped) == ["E206", "E207"]


def test_two_files_with_one_name_are_both_read_with_ids_that_tell_them_apart(tmp_path):
    (tmp_path / "x.txt").write_text("One.", "utf-8")
    (tmp_path / "x.md").write_text("Two.", "utf-8")
    for folder in ("a", "b/c"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "report.txt").write_text(f"From {folder}.", "utf-8")
    corpus = load_corpus([tmp_path])
    assert [(a.id, a.text) for a in corpus.articles] == [
        ("a/report", "From a."), ("b/c/report", "From b/c."), ("x.md", "Two."), ("x.txt", "One.")]
    assert corpus.skipped == [] and [str(p) for p in corpus.warnings] == [
        f"{tmp_path / 'a/report.txt'}: W206 another file is named 'report': both are read, this one as 'a/report' "
        "(the other: 'b/c/report')",
        f"{tmp_path / 'b/c/report.txt'}: W206 another file is named 'report': both are read, this one as 'b/c/report' "
        "(the other: 'a/report')",
        f"{tmp_path / 'x.md'}: W206 another file is named 'x': both are read, this one as 'x.md' (the other: 'x.txt')",
        f"{tmp_path / 'x.txt'}: W206 another file is named 'x': both are read, this one as 'x.txt' (the other: 'x.md')"]
    alone = load_corpus([tmp_path / "a"])  # alone, a file goes by its name
    assert [a.id for a in alone.articles] == ["report"] and alone.warnings == []


def test_a_bad_date_in_front_matter_names_its_line_and_the_article_is_kept(tmp_path):
    (tmp_path / "a.txt").write_text("---\ntitle: T\npublished: next week\n---\nText.\n", "utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.skipped == [] and [(a.title, a.published) for a in corpus.articles] == [("T", None)]
    assert [str(p).split("': ")[0] for p in corpus.warnings] == [
        f"{tmp_path / 'a.txt'}:3:12: W205 published: cannot read the date 'next week"]


def test_a_manifest_entry_without_its_file_is_a_warning(tmp_path):
    (tmp_path / "sources.yaml").write_text("articles:\n  - file: gone.txt\n", "utf-8")
    (tmp_path / "here.txt").write_text("Text.", "utf-8")
    corpus = load_corpus([tmp_path])
    assert [p.code for p in corpus.warnings] == ["W201"] and [a.id for a in corpus.articles] == ["here"]


def test_without_the_manifest_a_seed_is_dated_by_its_own_text_alone_never_by_its_neighbours(tmp_path):
    """No seed names a full date with its year (004 names 2022, alone: history): one article
    dated in its front matter gives the others no year, so their dates stay unknown."""
    manifest = {a.id: a.published for a in load_corpus([ROOT / "seeds"]).articles}
    first, *rest = sorted((ROOT / "seeds").glob("*.txt"))
    dated = f"---\npublished: {manifest[first.stem].isoformat()}\n---\n" + first.read_text("utf-8")
    (tmp_path / first.name).write_text(dated, "utf-8")
    for article in rest:
        (tmp_path / article.name).write_text(article.read_text("utf-8"), "utf-8")
    inferred = {a.id: a for a in load_corpus([tmp_path]).articles if a.id != first.stem}
    alone = {p.stem: load_corpus([p]).articles[0].published for p in tmp_path.iterdir() if p.stem in inferred}
    assert {k: a.published for k, a in inferred.items()} == alone
    assert [(k, a.published, a.published_basis) for k, a in sorted(inferred.items())] == [
        (k, None, "no date with a year to stand on") for k in sorted(alone)]
    assert len(alone) == 4


def test_no_year_anywhere_leaves_the_date_unknown_rather_than_guessed(tmp_path):
    """"Friday, August 8" is a Friday in 2014, 2025, 2031 ...: with no year named in the text
    or the corpus, none is taken (not this year's, nor the latest before today)."""
    (tmp_path / "a.txt").write_text("The deadline expires on Friday, August 8, the envoy said on Monday.\n", "utf-8")
    article = load_corpus([tmp_path]).articles[0]
    assert (article.published, article.published_basis) == (None, "no date with a year to stand on")


@pytest.mark.parametrize("text,expected", [
    ("On Tuesday, Aug. 5, 2025, the minister said talks went well. A vote is scheduled for August 12.", "2025-08-06"),
    ("The summit ended on March 3, 2024. Leaders will meet again on March 20.", "2024-03-04"),
    ("Officials revealed on Wednesday that the talks had stalled. A new round is planned for Monday, June 9, 2025.",
     "2025-06-05"),
    ("Nothing here says when.", None),
])
def test_publication_date_inference_on_our_own_sentences(text, expected):
    from checker.ingest.published import infer

    got = infer(text).published
    assert (got.isoformat() if got else None) == expected
