"""Dates: every way a date is said, found in text and read as a day or a span.

The kinds, a module each: absolute.py ("Friday, August 8", "August 6-7", ISO),
relative.py ("on Friday", "tomorrow", "earlier today", "this morning"), periods.py
(weeks, weekends, "10 days from today", "two days before"), clock.py ("1:28 a.m.",
nights). context.py: what the words around a date do to it (the day someone spoke,
an N-day visit). Relative dates count from the publication day, or from the day
someone spoke when their sentence says so; without such a day they stay unread.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from . import absolute, clock, context, periods, relative
from .absolute import ONE_DAY, Span, dateline, find  # noqa: F401  (the library's names)
from .kind import ValueType

lasting = context.lasting


def find_all(text: str, start: int = 0, end: Optional[int] = None) -> list:
    """Every date expression in text[start:end] a claim may use, as offsets in `text`:
    where two overlap, the longer ("10 days from today" over "today", "next Friday,
    Aug. 8" over "next Friday"). Left out: datelines and stamps, and a clock time with
    a day said around it (clock.py), which the rest of `text` tells."""
    stamp = dateline(text)
    stamp_line = (text.rfind("\n", 0, stamp[0]) + 1, (text.find("\n", stamp[1]) + 1 or len(text) + 1) - 1) \
        if stamp else None
    out = []
    for s, e in context.expressions(text[start:end]):
        s, e = s + start, e + start
        if stamp and s < stamp[1] and stamp[0] < e:
            continue
        if clock.is_clock(text[s:e]) and ((stamp_line and stamp_line[0] <= s < stamp_line[1])
                                          or not clock.stands_alone(text, s, e, _days_said)):
            continue
        out.append((s, e))
    return out


def _days_said(text: str) -> list:
    """The date expressions of a piece of text that say a day, stamps left out."""
    stamp = dateline(text)
    return [(s, e) for s, e in context.expressions(text) if not (stamp and s < stamp[1] and stamp[0] < e)]


def read(expression: str, published: Optional[dt.date], open_spans: bool = True,
         context_text: str = "", firm: bool = True) -> Optional[Span]:
    """The Span an expression found by `find_all` means, or None when it has no year or
    day to count from. `context_text` (its sentence) decides whether a weekday alone
    looks forward or back, and gives the day someone spoke and the day a relation
    counts from. Without a `firm` publication date (one only inferred from the dates
    the text mentions), its year still serves a date without one, but nothing counts
    from it."""
    if not firm and is_relative(expression):
        return None
    found = _read(expression, published, context_text)
    if found is None:
        return None
    span, mod = found
    if context_text and clock.of_a_night(context_text, expression) and span.start:
        span = Span(span.start + ONE_DAY, span.end + ONE_DAY if span.end else None)
    return _apply(mod, span) if open_spans else span


def is_relative(expression: str) -> bool:
    """Is the expression counted from a day ("on Friday", "10 days from today"), not a
    date of its own ("August 8")?"""
    return not absolute.DATE_RE.search(expression) or periods.parse(expression) is not None


def _read(expression: str, published, sentence: str):
    """(Span, modifier) before the modifier is applied, or None."""
    if absolute.DATE_RE.search(expression) and not periods.parse(expression):
        return absolute.read(expression, published)
    base = context.speech_day(sentence, expression, published, _read) or published
    if base is None:
        return None
    period = periods.parse(expression)
    if period:
        return _read_period(period, expression, base, published, sentence)
    if clock.is_clock(expression):
        return Span(base, base), ""
    found = relative.read(expression, base, relative.is_future(sentence or expression, expression))
    return (Span(found[0], found[1]), found[2]) if found else None


def _read_period(period, expression, base, published, sentence):
    if period.kind in ("week", "weekend"):
        first, last = periods.span(period, base, relative.is_future(sentence or expression, expression))
        return Span(first, last), ""
    if period.kind == "relation":
        start = context.related_day(sentence, expression, published, _read)
        return (Span(start + dt.timedelta(days=period.days), start + dt.timedelta(days=period.days)), "") \
            if start else None
    start = base
    if period.start:
        said = _read(period.start, published, sentence)
        if said is None or said[0].start is None:
            return None
        start = said[0].start
    end = start + dt.timedelta(days=period.days)
    return Span(end, end), period.mod


def _apply(mod: str, span: Span) -> Span:
    if mod in ("before", "ahead", "prior"):
        return Span(None, span.start - ONE_DAY)
    if mod == "after":
        return Span(span.end + ONE_DAY, None)
    if mod in ("since",) or (mod == "from" and span.start == span.end):
        return Span(span.start, None)
    if mod in ("until", "till", "through", "by"):
        return Span(None, span.end)
    return span


def _compare(rule, a, b):
    if a == b:
        return "equal", ""
    gap = Span.from_iso(a).gap_days(Span.from_iso(b))
    if gap == 0:
        return "compatible", f"{a} and {b} overlap"
    if gap <= rule.tolerance:
        return "compatible", f"{gap} days apart, within the tolerance of {rule.tolerance:g}"
    return "conflict", f"{a} and {b} are {gap} days apart"


def _read_value(rule, text: str, published=None, sentence="", lead="", firm=True):
    """(ISO value, a warning a reader should see or None), or (None, why not)."""
    why = _not_the_event(rule, text, sentence, lead)
    if why:
        return None, why
    span = read(text, published, rule.open_spans, sentence, firm)
    if span is None and published and not firm and is_relative(text):
        return None, (f"'{text}' counts from the publication date, which is only inferred from the dates "
                      "the article mentions")
    if span is None:
        return None, f"'{text}' needs a publication date, and it is unknown"
    warning = absolute.weekday_mismatch(text, span)
    closed = lasting(span, lead)
    if closed == span and rule.stay and span.start == span.end:
        role = context.stay_role(sentence, text)
        closed = Span(span.start, None) if role == "start" else Span(None, span.end) if role == "end" else span
    return closed.iso(), warning


def _not_the_event(rule, text: str, sentence: str, lead: str) -> Optional[str]:
    """Why a date found in a match is not the date of the rule's event, or None: a
    relation whose match does not name what it dates; a date said of another event
    ("on Wednesday, ahead of the deadline"); the day someone spoke ("said on Tuesday
    that ..."), in a capture whose phrases name no verb of speaking."""
    if rule.capture and context.spoken(sentence, text) and not _names_speech(rule.capture.say):
        return f"'{text}' is the day someone spoke, not the day of what the match names"
    verb = None if rule.capture else context.other_verb(lead, text, rule.trigger_any, sentence)
    if verb:
        return f"'{text}' dates what '{verb}' says happened, not the rule's event"
    period = periods.parse(text)
    if period and period.kind == "relation":
        if not context.names_what_follows(text, lead):
            return f"'{text}' dates what follows it, and the match does not go on to name it"
        return None
    at = lead.rfind(text)
    if at >= 0 and relative.cues()["another_event"].match(lead[at + len(text):]):
        return f"'{text}' is said of another event, before or after the one the match names"
    return None


def _names_speech(phrases) -> bool:
    speech = relative.cues()["speech"]
    return any(speech.match(w) for phrase in phrases for w in phrase.split())


def _joined(rule, values: list) -> list:
    return context.joined(values)


DATE = ValueType("date", _compare, slot="{date}", entities=("DATE",), read=_read_value, any_in_scope=True,
                 anchored=True, joined=_joined)
