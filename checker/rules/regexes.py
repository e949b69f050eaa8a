"""A rule's regexes: checked when rules are validated, run with a time limit.

Validation refuses what cannot be compiled (a repeat count past what the engine
takes, `a{1,4294967295}`; brackets nested past what it can parse) and the classic
shape of catastrophic backtracking, an unbounded repeat inside another (`(a+)+$`,
`(\\w+\\s?)*`), as E107 and E123 at its place. Other slow shapes (`(a|aa)+$`) cannot be
told apart cheaply, so regexes run on the `regex` engine with a time limit per
sentence (`regex_timeout` seconds, defaults.yaml): a sentence it cannot finish in
time gives no match, and the run goes on.
"""
from __future__ import annotations

import functools
import re
import re._parser as sre

import regex as engine

from ..settings import defaults

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def compile_rule_regex(text: str):
    """The compiled regex a rule runs (case-insensitive), on the engine with a time limit."""
    return engine.compile(text, engine.IGNORECASE | engine.VERSION0)


def finditer(compiled, text: str):
    """Matches of a rule regex in text; none when it cannot finish within the time limit."""
    try:
        return list(compiled.finditer(text, timeout=defaults()["regex_timeout"]))
    except TimeoutError:
        return []


def own_start(compiled, text: str, match, starts) -> int:
    """Where a match's own words begin: the start of the shortest tail of the match, cut
    at one of `starts` (where words begin), that the regex still matches on its own; so
    that context written before the words ("^(?!.*\\bnot\\b).*", an optional "(?:the )?")
    does not make the match look longer than what it says. Never past the group 'value'."""
    end, limit = match.end(), match.start()
    if "value" in compiled.groupindex and match.group("value") is not None:
        last = match.start("value")
    else:
        last = end - 1
    for k in sorted((k for k in starts if limit < k <= last), reverse=True):
        try:
            if compiled.fullmatch(text[k:end], timeout=defaults()["regex_timeout"]):
                return k
        except TimeoutError:
            break
    return limit


@functools.lru_cache(maxsize=None)
def literal_words(text: str) -> tuple:
    """The words a regex spells out letter by letter ('fuel', 'contaminat' of
    "\\bfuel\\b[^.;]{0,70}\\bcontaminat"), lowercase: what a match says in the regex's own
    words, as against what its wildcards let through ("was not")."""
    words, run = set(), []

    def flush():
        words.update(w.lower() for w in re.findall(r"[^\W\d_]{2,}", "".join(run)))
        run.clear()

    def walk(items):
        for op, av in items:
            if op == sre.LITERAL:
                run.append(chr(av))
            elif op == sre.BRANCH:  # each branch goes on from the letters before it ('no|not': 'no' + (''|'t'))
                before = list(run)
                for branch in av[1]:
                    run[:] = before
                    walk(branch)
            elif op == sre.SUBPATTERN:
                walk(av[-1])
            else:
                flush()
                if op in _REPEATS:
                    walk(av[2])
                elif op in (sre.ASSERT, sre.ASSERT_NOT):
                    walk(av[1])
        flush()

    try:
        walk(sre.parse(text))
    except (re.error, RecursionError, OverflowError):
        return ()
    return tuple(sorted(words))


def problem_of(text: str):
    """(error code, what is wrong in words) for a rule regex, or None."""
    try:
        tree = sre.parse(text)
        compile_rule_regex(text)
    except (re.error, engine.error, OverflowError, ValueError) as exc:
        return "E107", str(exc)
    except RecursionError:
        return "E107", "nested too deeply to compile"
    if _nested_unbounded(tree, False):
        return "E123", "an unbounded repeat inside another, such as (a+)+"
    return None


def _nested_unbounded(items, inside: bool) -> bool:
    """Whether an unbounded repeat stands inside another unbounded repeat."""
    for op, av in items:
        if op in _REPEATS:
            _, high, body = av
            unbounded = high == sre.MAXREPEAT
            if unbounded and inside:
                return True
            if _nested_unbounded(body, inside or unbounded):
                return True
        elif op == sre.SUBPATTERN and _nested_unbounded(av[-1], inside):
            return True
        elif op == sre.BRANCH and any(_nested_unbounded(b, inside) for b in av[1]):
            return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT) and _nested_unbounded(av[1], inside):
            return True
    return False
