"""Every message a user can see, in one catalogue with stable codes.

A `Problem` is one located finding (file, line, column, JSON path); it renders
as one line: ``rules/x.yaml:7:5: E105 values.europe.say: expected a list of
strings, got a string``. Tests assert codes and locations, not prose.
"""
from __future__ import annotations

from dataclasses import dataclass

# code -> message template. E1xx: rules, E2xx: articles and metadata,
# E3xx: options and other inputs, W: warnings (the run goes on).
CATALOGUE = {
    "E101": "YAML syntax error: {detail}",
    "E102": "duplicate key '{key}' (first defined on line {first_line})",
    "E103": "the file is empty; expected a rule mapping",
    "E104": "{detail}",  # JSON Schema violation, worded by rules_schema.describe_error
    "E105": "rule id '{rule_id}' must equal the file name '{stem}'",
    "E106": "duplicate rule id '{rule_id}' (also in {other})",
    "E107": "regex does not compile: {detail}",
    "E108": "not a valid spaCy token pattern: {detail}",
    "E109": "'{name}' is not a value of this rule; expected one of: {allowed}{hint}",
    "E110": "phrase has nothing to match: {detail}",
    "E111": "{slot} is not allowed in a {rule_type} rule; expected {allowed}",
    "E112": "a {rule_type} rule needs {needed}",
    "E113": "no rule files (*.yaml) in {folder}",
    "E114": "cannot read rules: {detail}",
    "E115": "holder '{name}' is unknown; expected one of: {allowed}{hint}",
    "E116": "placeholder not filled in: replace '{text}'",
    "E117": "a rule file already exists: {detail}",
    "E118": "{key} does not apply to a {rule_type} rule; expected {allowed}",
    "E119": "'{name}' is not a list of cue words (checker/data/cues.yaml has hedges, negators, reporting_verbs, "
            "denial_frames ...){hint}",
    "E121": "YAML not read: {detail}; aliases and nesting are bounded on input from outside",
    "E122": "phrase has {gaps} '...' gaps; at most {most} are allowed (each one multiplies the ways it can match)",
    "E123": "regex could backtrack for ever: {detail}; bound one repeat ({{0,4}}) or make the inner one match "
            "a fixed text",
    "E201": "cannot read article: {detail}",
    "E202": "article is not valid UTF-8 (byte {offset}); save it as UTF-8",
    "E203": "front matter: {detail}",
    "E204": "manifest: {detail}",
    "E206": "article is empty",
    "E207": "not a text file (binary content); expected UTF-8 text",
    "E208": "{detail}",
    "E209": "not a regular file ({kind}); only regular files are read",
    "E210": "cannot list the folder: {detail}; skipped",
    "E301": "{detail}",
    "E302": "gold file: {detail}",
    "E303": "cannot write the output: {detail}",
    "E304": "unknown field '{name}'; the rules have: {allowed}{hint}",
    "E305": "{detail}",
    "E306": "no article file '{article}' in the folder the articles came from{hint}",
    "E307": "the quote is not in the article (whitespace aside): \"{quote}\"",
    "E308": "{detail}",
    "W201": "manifest lists '{name}', but there is no such file",
    "W202": "decoded as {encoding}, not UTF-8; save it as UTF-8 to be sure",
    "W203": "skipped: not an article file ({suffix}); expected .txt, .md, .html or .htm",
    "W206": "another file is named '{stem}': both are read, this one as '{article_id}' (the other: {others})",
    "W207": "skipped: checker's own output (reports), never read as articles",
    "W208": "decoded as {encoding}, which has no byte-order mark; save it as UTF-8 to be sure",
    "W209": "{count} byte(s) that are not UTF-8 (the first at byte {offset}) read as U+FFFD; the rest is UTF-8",
    "W210": "{count} NUL byte(s) read as spaces",
    "W301": "cache: {detail}; set aside as {aside}, and a new cache started",
    "W302": "cache: {detail}; the run goes on without a cache",
    "W204": "front matter: {detail}; the article's text is read without it",
    "W205": "cannot read the date '{value}': {why}; expected YYYY-MM-DD (a time may follow), 'August 7, 2025', "
            "'7 August 2025' or 01.08.2025; the date is taken from the text if it gives one",
}


@dataclass(frozen=True, order=True)
class Problem:
    """One located finding. Sorts by file, then position."""

    file: str
    line: int
    column: int
    code: str
    message: str
    path: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        at = f"{self.path}: " if self.path else ""
        return f"{where}: {self.code} {at}{self.message}"


def problem(code: str, file: str, line: int = 0, column: int = 0, path: str = "", **fields) -> Problem:
    """Build a Problem from the catalogue; unknown codes are a programming error."""
    return Problem(str(file), line, column, code, CATALOGUE[code].format(**fields), path)


class CheckerError(Exception):
    """Bad input: carries every problem found, so the user can fix them all at once."""

    def __init__(self, problems):
        self.problems = tuple(sorted(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(word: str, choices) -> str:
    """' (did you mean 'x'?)' when a choice is close to word, else ''."""
    from rapidfuzz import fuzz, process, utils

    best = process.extractOne(str(word), list(choices), scorer=fuzz.ratio,
                              processor=utils.default_process, score_cutoff=70)
    return f" (did you mean '{best[0]}'?)" if best else ""
