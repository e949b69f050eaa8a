"""Publication dates you can trust: read in the forms outlets write them, never taken
from a caption or a year said alone, the same for a file alone or among others, and
left unknown (with relative dates unresolved) rather than guessed."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.ingest import load_corpus
from checker.ingest.datestamp import read

from conftest import ROOT

D = dt.date
# a sentence of our own that the shipped trump_deadline rule reads, with a relative date
DEADLINE = "Trump has given Moscow until Friday to agree to a ceasefire or face secondary tariffs.\n"
FORMS = ("expected YYYY-MM-DD (a time may follow), 'August 7, 2025', '7 August 2025' or 01.08.2025; the date is "
         "taken from the text if it gives one")


@pytest.mark.parametrize("value,expected", [
    ("2025-08-06", D(2025, 8, 6)),
    ("2025-08-06T23:30:00-04:00", D(2025, 8, 6)),  # the day as written, not the day in UTC
    ("2025-08-06 14:30 UTC", D(2025, 8, 6)),
    ("August 7, 2025", D(2025, 8, 7)),
    ("Aug. 7, 2025", D(2025, 8, 7)),
    ("7 August 2025", D(2025, 8, 7)),
    ("Thursday, 7 Aug 2025", D(2025, 8, 7)),
    ("11 Feb 2024, 07:45 PM IST", D(2024, 2, 11)),
    ("Nov 3, 2024, 10:05 a.m. ET", D(2024, 11, 3)),
    ("9 March 2025, 18:20 (Kyiv time)", D(2025, 3, 9)),
    ("01.08.2025", D(2025, 8, 1)),  # day.month.year
    ("01.08.2025 10:37", D(2025, 8, 1)),
    ("2025/08/06", D(2025, 8, 6)),
    ("13/08/2025", D(2025, 8, 13)),  # only one reading is a date
    ("08/13/2025", D(2025, 8, 13)),
    ("Monday 04/08/2025", D(2025, 8, 4)),  # 4 August 2025 is a Monday, April 8 a Tuesday
    ("04/08/2025", None),  # 4 August or April 8: not guessed
    ("Friday, 7 Aug 2025", None),  # a Thursday
    ("2025-13-45", None),
    ("unknown", None),
    ("last week", None),
])
def test_dates_in_the_forms_metadata_writes_them(value, expected):
    assert read(value)[0] == expected


def test_an_ambiguous_slashed_date_is_read_when_another_in_the_text_fixes_the_order():
    text = "Posted 04/08/2025\nThe previous update went out on 29/07/2025.\n"
    assert read("04/08/2025", text)[0] == D(2025, 8, 4)
    assert read("04/08/2025")[1] == "ambiguous: 4 August or April 8, and nothing in the text says which"


def one(tmp_path, name, text):
    (tmp_path / name).write_text(text, "utf-8")
    corpus = load_corpus([tmp_path / name])
    return corpus.articles[0], [str(w) for w in corpus.warnings + corpus.skipped]


def test_date_and_publisher_and_source_keys_are_read(tmp_path):
    a, warnings = one(tmp_path, "a.txt", "---\npublisher: The Harbour Gazette\ndate: August 7, 2025\n---\nText.\n")
    assert (a.outlet, a.published, a.published_inferred, warnings) == ("The Harbour Gazette", D(2025, 8, 7), False, [])
    b, _ = one(tmp_path, "b.txt", "---\nsource: Valley Wire\ndate: 3 April 2024\n---\nText.\n")
    assert (b.outlet, b.published) == ("Valley Wire", D(2024, 4, 3))
    c, _ = one(tmp_path, "c.md", "---\noutlet: Own Name\npublisher: Parent Group\npublished: 2025-06-02T19:45:00+03:00\n"
                                 "---\nText.\n")
    assert (c.outlet, c.published) == ("Own Name", D(2025, 6, 2))


def test_an_unreadable_date_is_a_located_warning_and_the_article_is_still_read(tmp_path, run):
    text = "---\ntitle: Briefs\npublished: unknown\n---\n" + DEADLINE
    a, warnings = one(tmp_path, "a.txt", text)
    assert warnings == [f"{tmp_path / 'a.txt'}:3:12: W205 published: cannot read the date 'unknown': not a date in a "
                        f"form we read; {FORMS}"]
    assert (a.title, a.published, a.published_basis) == ("Briefs", None, "no date with a year to stand on")
    claims = run.claims([a])
    assert claims == []  # "until Friday" with no date to count from: unresolved, not guessed
    dated, _ = one(tmp_path, "b.txt", text.replace("unknown", "2025-08-03"))
    assert [str(c.value) for c in run.claims([dated])] == ["2025-08-08"]


def test_an_impossible_unquoted_date_is_a_warning_not_a_crash(tmp_path):
    a, warnings = one(tmp_path, "a.txt", "---\ndate: 2025-13-45\n---\nText.\n")
    assert a.published is None and warnings == [
        f"{tmp_path / 'a.txt'}:2:7: W205 date: cannot read the date '2025-13-45': no such day; {FORMS}"]


@pytest.mark.parametrize("front,where,detail", [
    ("title: [unclosed\n", "3:1", "W204 front matter: YAML syntax error: "),
    ("- a list\n- of things\n", "2:1", "W204 front matter: expected a mapping of metadata keys"),
])
def test_front_matter_that_cannot_be_read_is_a_warning_at_its_file_line_and_the_text_is_read(tmp_path, run, front,
                                                                                           where, detail):
    a, warnings = one(tmp_path, "a.txt", f"---\n{front}---\n" + DEADLINE)
    (warning,) = warnings
    assert warning.startswith(f"{tmp_path / 'a.txt'}:{where}: {detail}")
    assert warning.endswith("; the article's text is read without it")
    assert a.text.endswith(DEADLINE) and a.text.index("Trump") == len(f"---\n{front}---\n")


def test_an_unreadable_date_in_a_manifest_is_a_warning_at_its_line(tmp_path):
    (tmp_path / "sources.yaml").write_text("articles:\n  - file: a.txt\n    outlet: Wire\n    published: soon\n", "utf-8")
    (tmp_path / "a.txt").write_text("Text.\n", "utf-8")
    corpus = load_corpus([tmp_path])
    assert [a.outlet for a in corpus.articles] == ["Wire"]
    assert [str(w) for w in corpus.warnings] == [
        f"{tmp_path / 'sources.yaml'}:4:16: W205 articles[0].published: cannot read the date 'soon': not a date in a "
        f"form we read; {FORMS}"]


@pytest.mark.parametrize("text,expected,basis", [
    ("Harbour Gazette | Ports | 25 July 2025\n\nCranes stood idle on Thursday.\n", D(2025, 7, 25),
     "the date stamp '25 July 2025' on line 1"),
    ("Ferry strike ends\nUpdated: 02.03.2024 11:05 | First published: 01.03.2024 22:40\n\nCrews went back on Friday.\n",
     D(2024, 3, 1), "the date stamp 'First published: 01.03.2024 22:40' on line 2"),
    ("Dam talks stall\nSaturday, May 10, 2025, evening\n\nNegotiators left on Friday.\n", D(2025, 5, 10),
     "the date stamp 'Saturday, May 10, 2025, evening' on line 2"),
    # a numeric date that ends a header line after a comma
    ("PORT BRIEFINGS\nWeekly briefing with the harbour master, 14.03.2025\n\nShips waited on Monday.\n",
     D(2025, 3, 14), "the date stamp '14.03.2025' on line 2"),
])
def test_a_date_stamp_near_the_top_is_read_as_the_publication_date(tmp_path, text, expected, basis):
    a, _ = one(tmp_path, "a.txt", text)
    assert (a.published, a.published_inferred, a.published_basis) == (expected, False, basis)


@pytest.mark.parametrize("text", [
    "Flood waters rose on Aug. 5, the deadliest floods since 1996, officials said.\n",
    "Talks resumed on Wednesday.\n\nPhoto: Delegates arrive for an earlier round in Vienna on March 3, 2025, "
    "escorted by police and watched by a crowd of reporters. Pool photo via Harbour Gazette\n",
    "Talks resumed on Wednesday.\n\n[Photo] Delegates arrive in Vienna on March 3, 2025. Credit: Agencies\n",
    "Ferry strike ends\nUpdated: 04/08/2025 09:12\n\nCrews went back on Aug. 1.\n",
])
def test_no_year_from_a_year_said_alone_a_caption_or_an_ambiguous_stamp(tmp_path, text):
    a, _ = one(tmp_path, "a.txt", text)
    assert a.published is None


def test_a_page_with_no_date_of_its_own_takes_none_from_a_caption(tmp_path):
    page = ("<html><body><article><h1>Talks end without a deal</h1><p>The talks ended on Tuesday without a deal, "
            "officials said after the last session.</p><figure><figcaption>Leaders met in Geneva on April 11, 2021."
            "</figcaption></figure><p>More talks are planned for next week, the ministry said in a statement on "
            "its website.</p></article></body></html>")
    a, _ = one(tmp_path, "a.html", page)
    assert a.published is None


def test_a_file_gets_the_same_date_alone_in_a_folder_in_explain_and_in_extract(tmp_path, in_root):
    """A neighbour dated 2025 gives an undated file with no year of its own no year."""
    (tmp_path / "dated.txt").write_text("---\npublished: 2025-08-03\n---\nTalks went on.\n", "utf-8")
    (tmp_path / "undated.txt").write_text(DEADLINE + "The envoy arrived on Aug. 2, officials said.\n", "utf-8")
    (tmp_path / "stamped.txt").write_text("Wire | 4 Aug 2025\n\n" + DEADLINE, "utf-8")
    in_folder = {a.id: a.published for a in load_corpus([tmp_path]).articles}
    alone = {p.stem: load_corpus([p]).articles[0].published for p in tmp_path.iterdir()}
    assert in_folder == alone == {"dated": D(2025, 8, 3), "undated": None, "stamped": D(2025, 8, 4)}
    for name, shown in (("undated", "published: unknown (no date with a year to stand on)"),
                        ("stamped", "published: 2025-08-04 (the date stamp '4 Aug 2025' on line 1)")):
        out = CliRunner().invoke(main, ["explain", str(tmp_path / f"{name}.txt"), "--rule", "trump_deadline"]).output
        assert out.splitlines()[1] == shown
    lines = CliRunner().invoke(main, ["extract", str(tmp_path), "--field", "trump_deadline", "--no-cache"]).output
    assert sorted((c["article"], c["value"]) for c in map(json.loads, lines.splitlines())) == [
        ("stamped", "2025-08-08")]


def test_the_report_says_the_date_is_unknown(tmp_path, in_root):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("---\noutlet: Gazette\npublished: unknown\n---\n" + DEADLINE, "utf-8")
    result = CliRunner().invoke(main, ["report", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0
    report = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert '| <a id="src-a"></a>Gazette | date unknown |' in report
    assert ":3:12: W205 published: cannot read the date 'unknown'" in report


def test_a_long_undated_article_is_dated_in_time_linear_in_its_length():
    """4,000 dates in 200 KB: each date's sentence is looked for near it, not from the top
    (that took 50 s here; a 5 MB live blog would have taken hours)."""
    import time

    from checker.ingest.published import of_text

    text = "Officials said on March 3, 2024 that the ferry talks would resume; a vote is set for March 9.\n" * 2000
    started = time.monotonic()
    found = of_text(text)
    assert time.monotonic() - started < 10 and found.published == D(2024, 3, 4)
