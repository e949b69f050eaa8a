"""Real-world input: saved pages, page furniture, odd encodings, broken files.
One bad file never sinks a run; junk is never evidence; every problem is named."""
from __future__ import annotations

import re

from click.testing import CliRunner

from checker.ingest.boilerplate import excluded
from checker.cli import main
from checker.ingest import load_corpus

from conftest import ROOT

BAD = ROOT / "tests" / "inputs" / "bad"
HTML = ROOT / "tests" / "inputs" / "html"


def key(c):
    return tuple(map(str, (c.field, c.value, c.negated, c.holder, c.hedged, c.disputed_by)))


def test_a_run_over_broken_inputs_and_the_seeds_names_every_bad_file_and_keeps_every_seed_claim(
        in_root, tmp_path, run, seed_claims):
    result = CliRunner().invoke(main, ["report", "seeds", "tests/inputs/bad", "tests/inputs/html",
                                       "--out", str(tmp_path)])
    assert result.exit_code == 0
    skipped = (tmp_path / "report.md").read_text("utf-8").split("## Skipped inputs", 1)[1]
    for name, code in [("bad\\_front\\_matter.txt:3:1", "W204"), ("binary.txt", "E207"), ("empty.txt", "E206"),
                       ("whitespace\\_only.txt", "E206"), ("dup/report.txt", "W206"), ("notes.pdf", "W203"),
                       ("latin1.txt", "W202")]:
        assert re.search(rf"tests/inputs/bad/{re.escape(name)}: {code} ", skipped), name
    claims = run.claims(load_corpus(["seeds", "tests/inputs/bad"]).articles)
    assert sorted(map(key, (c for c in claims if c.article[:3].isdigit()))) == sorted(map(key, seed_claims))
    strict = CliRunner().invoke(main, ["report", "seeds", "tests/inputs/bad", "--out", str(tmp_path / "s"), "--strict"])
    assert strict.exit_code == 2 and not (tmp_path / "s").exists()


def test_odd_encodings_and_line_endings_are_read_with_offsets_into_the_file(run):
    corpus = load_corpus([BAD])
    got = {(c.article, c.field, str(c.value), c.line, c.column) for c in run.claims(corpus.articles)}
    assert got >= {("cr_only", "istanbul_rounds", "3", 3, 1), ("crlf", "meeting_stance", "conditional", 3, 1),
                   ("long_line", "chasiv_yar_control", "near_complete", 1, 100021),
                   ("utf16", "chasiv_yar_control", "full", 1, 1),
                   ("utf8_bom", "submarine_location", "appropriate_regions", 1, 1)}
    texts = {a.id: a.text for a in corpus.articles}
    for c in run.claims(corpus.articles):
        assert texts[c.article][c.start:c.end] == c.quote
    assert "\r\n" in texts["crlf"] and "\n" not in texts["cr_only"]


def test_a_saved_page_yields_the_claims_of_its_plain_text(run, seed_claims):
    (page,) = load_corpus([HTML]).articles
    assert (page.kind, page.title, page.outlet, str(page.published), page.url) == (
        "html", "Putin-Zelensky Meeting: Russia Open to Talks Amid Trump Pressure", "World Brief", "2025-08-06",
        "https://worldbrief.example/2025/08/06/putin-zelensky-meeting")
    plain = [c for c in seed_claims if c.article.startswith("001")]
    assert sorted(map(key, run.claims([page]))) == sorted(map(key, plain))
    page_text = page.text
    for junk in ("Advertisement", "Trending now", "Russia has full control of Chasiv Yar already", "Read more"):
        assert junk not in page_text


def test_no_page_furniture_is_ever_evidence(run, corpus, seed_claims):
    articles = corpus.articles + load_corpus([ROOT / "tests" / "devset"]).articles
    claims = seed_claims + run.claims(articles[len(corpus.articles):])
    furniture = {a.id: a.excluded for a in articles}
    assert any(furniture.values())
    for c in claims:
        for start, end, line, reason in furniture[c.article]:
            assert not (c.start < end and start < c.end), (c.article, line, reason, c.quote)


def test_page_furniture_is_recognised(corpus):
    by_id = {a.id: a for a in corpus.articles}
    reasons = {(line, reason) for _, _, line, reason in by_id["004_5eb1ee49e6ba1523"].excluded}
    assert reasons == {(7, "page furniture"), (15, "a heading, not prose"), (16, "page furniture"),
                       (18, "another article's headline"), (20, "another article's teaser"),
                       (28, "page furniture"), (36, "page furniture"), (37, "page furniture")}
    assert [line for _, _, line, _ in by_id["003_d8227443fd9b5b39"].excluded] == [1, 3, 5, 7, 9, 11]
    assert (39, "comments follow") in {(line, r) for _, _, line, r in by_id["001_dc5e011bba2dfa1c"].excluded}


def test_a_related_list_right_below_its_marker_ends_at_the_blank_line():
    text = ("Talks in Istanbul end early\n\nThe sides met for an hour.\n\nRead more:\n"
            "Drone strikes hit Kyiv overnight\nNew prime minister named in Ukraine\n\n"
            "What have the talks achieved so far?\n\n"
            "The first round produced the largest prisoner exchange of the war.\n")
    assert [(line, reason) for _, _, line, reason in excluded(text)] == [
        (5, "page furniture"), (6, "another article's headline"), (7, "another article's headline")]


def test_markdown_markup_does_not_hide_a_fact(run, tmp_path):
    (tmp_path / "a.md").write_text("# Front line\n\nRussian forces have **captured** [Chasiv Yar](https://x.example).\n",
                                   "utf-8")
    (claim,) = [c for c in run.claims(load_corpus([tmp_path]).articles) if c.field == "chasiv_yar_control"]
    assert (claim.value, claim.line, claim.match) == ("full", 3, "captured")


def test_other_files_in_a_folder_are_skipped_with_a_note(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", "utf-8")
    (tmp_path / "data.json").write_text("{}", "utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", "utf-8")
    corpus = load_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["a"]
    assert [str(p) for p in corpus.warnings] == [
        f"{tmp_path / 'data.json'}: W203 skipped: not an article file (.json); expected .txt, .md, .html or .htm"]


def test_an_article_without_a_title_is_known_by_its_headline(tmp_path):
    """The first line of prose: not the masthead, a section line, a date stamp or furniture."""
    from checker.ingest.article import headline

    page = ("HARBOUR GAZETTE\nWorld | Europe | Politics\n12 March 2025, 09:10 (local time)\n\n"
            "Ferry strike ends after 40 hours, unions say\n\nThe ferries sailed again on Wednesday.\n")
    assert headline(page) == "Ferry strike ends after 40 hours, unions say"
    long = "The council voted on Tuesday " + "to extend the night bus service across the eastern districts " * 3
    assert headline(long, width=60) == "The council voted on Tuesday to extend the night bus…"
    assert headline("Short.\n\n") is None
