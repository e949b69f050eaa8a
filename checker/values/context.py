"""What the words around a date do to it.

- The day someone spoke: "Trump said on Monday that Witkoff would arrive tomorrow"
  counts "tomorrow" from Monday, not from the publication day (`speech_day`).
- A relation ("two days before the deadline") counts from the day its sentence gives
  before it (`related_day`), and dates the thing it names after it, so a match must
  go on to name that thing (`names_what_follows`).
- An N-day visit: a day said as its start or end is the visit's span (`lasting`).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Optional

from . import absolute, clock, periods, relative
from .absolute import Span
from .numbers import read as read_number


def expressions(text: str) -> list:
    """(start, end) of every date expression of a text, of every kind; where two
    overlap, the longer ("10 days from today" over "today")."""
    found = [(s, e) for finder in (absolute.find, periods.find, relative.find, clock.find) for s, e in finder(text)]
    kept = []
    for s, e in sorted(found, key=lambda p: (p[0] - p[1], p[0])):
        if not any(a < e and s < b for a, b in kept):
            kept.append((s, e))
    return sorted(kept)


def speech_day(sentence: str, expression: str, published, read: Callable) -> Optional[dt.date]:
    """The day someone spoke, when the sentence says it before `expression` ("said on
    Monday that ...", "on Monday, Trump said ..."), read as a past day; else None.
    `read(expression, published, sentence)` -> (Span, modifier) or None reads it."""
    at = sentence.find(expression) if expression else -1
    if at <= 0 or published is None:
        return None
    head = sentence[:at]
    for s, e in reversed(expressions(head)):
        if _spoken(head, s, e):
            found = read(head[s:e], published, head[:e])
            day = found[0].start if found else None
            return day if day and day <= published else None
    return None


def spoken(sentence: str, expression: str) -> bool:
    """Is the expression, in its sentence, the day someone spoke ("said on Tuesday")?"""
    at = sentence.find(expression)
    return at >= 0 and _spoken(sentence, at, at + len(expression))


def _spoken(text: str, s: int, e: int) -> bool:
    """Is the date text[s:e] said with a verb of speaking: right before it ("said on
    Tuesday", "told reporters on Tuesday"), right after it ("on Tuesday said"), or, for
    a date that opens the sentence, as its verb ("On Tuesday, Trump said")?"""
    c = relative.cues()
    words = lambda piece: [w.strip(",;:\"'\u201c\u201d").lower() for w in piece.split()]  # noqa: E731
    for w in reversed(words(text[:s])[-4:]):
        if c["speech"].match(w):
            return True
        if w not in c["speech_fillers"]:
            break
    after = words(text[e:])[:3]
    if after and c["speech"].match(after[0]):
        return True
    opens = all(w in c["speech_fillers"] for w in words(text[:s]))
    return opens and any(c["speech"].match(w) for w in after[1:])


_MODALS = {"will", "would", "shall", "could", "can", "may", "might", "must", "should"}


def other_verb(lead: str, expression: str, triggers, sentence: str = "") -> Optional[str]:
    """The verb a date is said with, in its clause just before it ("FBI agents boarded
    the ship on Monday": 'boarded'; "will publish its figures next week": 'publish'),
    when that verb's event is not the rule's: it is no verb of speaking, and no trigger
    phrase stands in the sentence before the date (as the verb's own word, "struck", or
    as its subject or object, "The earthquake struck on Friday"); else None. For a rule
    that takes any date in scope, such a date is that verb's event's."""
    at = lead.rfind(expression)
    if at < 0:
        return None
    words = re.split(r"[,;:()\u2014\u2013]|\s-\s", lead[:at])[-1].split()
    after_modal = [k + 1 for k in range(len(words) - 1) if words[k].lower() in _MODALS]
    past = relative.own_verb(words, reach=8)
    past_at = max((k for k, w in enumerate(words) if w.lower() == past), default=-1) if past else -1
    k = max(after_modal + [past_at])
    verb = words[k].lower().strip("\"'\u201c\u201d") if k >= 0 else None
    if verb is None or relative.cues()["speech"].match(verb):
        return None
    before = sentence[:sentence.find(expression)] if expression in sentence else lead[:at]
    return None if any(_says(before, phrase) for phrase in triggers) else verb


def _says(text: str, phrase: str) -> bool:
    """Does text say the trigger phrase, roughly: its words in order, each as a word or
    the start of one ("collapse" in "collapsed"), '...' a gap of up to four words?"""
    parts = [re.escape(w.rstrip("s")) + r"\w*" if w != "..." else r"(?:\w+\W+){0,4}" for w in phrase.split()]
    return bool(re.search(r"(?i)\b" + r"\W+".join(parts).replace(r"\W+(?:\w+\W+){0,4}\W+", r"\W+(?:\w+\W+){0,4}"),
                          text))


def related_day(sentence: str, expression: str, published, read: Callable) -> Optional[dt.date]:
    """The day a relation ("two days before") counts from: the nearest date its sentence
    gives before it, read as that sentence reads it; None without one."""
    at = sentence.find(expression) if expression else -1
    if at <= 0:
        return None
    head = sentence[:at]
    for s, e in reversed(expressions(head)):
        if periods.parse(head[s:e]) and periods.parse(head[s:e]).kind == "relation":
            continue
        found = read(head[s:e], published, sentence)
        return found[0].start if found and found[0].start == found[0].end else None
    return None


def names_what_follows(expression: str, lead: str) -> bool:
    """Does the match (the end of `lead`) go on past the relation to name what it dates
    ("two days before the expiry of a deadline", not just "two days before")?"""
    at = lead.rfind(expression)
    return at >= 0 and bool(re.search(r"\w", lead[at + len(expression):]))


def stay_role(sentence: str, expression: str) -> Optional[str]:
    """For a stay: does the nearest cue word before the expression say it starts it
    ("travels to China on Aug. 31") or ends it ("will stay on ... on Sept. 3")? "start",
    "end" or None (data/dates.yaml: stay_starts, stay_ends, stay_reach)."""
    at = sentence.find(expression)
    if at < 0:
        return None
    c = relative.cues()
    before = " ".join(sentence[:at].split()[-c["stay_reach"]:])
    found = list(c["stay"].finditer(before))
    return ("start" if found[-1].group("start") else "end") if found else None


def joined(values: list) -> list:
    """Date values said in one sentence (in text order), joined: an open start
    ("2025-08-31/..") and an open end not before it ("../2025-09-03"), the nearest,
    make one span; a span inside another (a summit inside a trip) is part of it, and
    so is a start or an end said alone beside the whole span.
    [(value, [indexes of the values it stands for])], in order."""
    spans = [Span.from_iso(v) for v in values]
    groups = {i: [i] for i in range(len(spans))}
    for i, a in enumerate(spans):
        if i in groups and a.start and a.end is None:
            ends = [j for j in groups if spans[j].start is None and spans[j].end and spans[j].end >= a.start]
            j = min(ends, key=lambda j: (abs(j - i), j), default=None)
            if j is not None:
                spans[i] = Span(a.start, spans[j].end)
                groups[i] += groups.pop(j)
    for i in list(groups):
        outer = next((j for j in groups if j != i and _inside(spans[i], spans[j])), None)
        if outer is not None:
            groups[outer] += groups.pop(i)
    return [(spans[i].iso(), sorted(groups[i])) for i in sorted(groups)]


def _inside(a: Span, b: Span) -> bool:
    """Is a part of the closed span b: inside it, or its start or end said alone?"""
    if None in (b.start, b.end) or a == b:
        return False
    if a.end is None:
        return a.start == b.start
    if a.start is None:
        return a.end == b.end
    return b.start <= a.start and a.end <= b.end


_LASTING = re.compile(r"(?i)\b(?P<n>\d{1,2}|[a-z]+)[- ]day[ \t]+(?:[a-z]+[ \t]+)?"
                      r"(?:visit|trip|tour|stay|summit|meeting|talks|conference|forum)\b")
_ENDING = re.compile(r"(?i)\b(?:end(?:s|ed|ing)?|conclud(?:es|ed|ing)|wr(?:apped|aps) up|closes|closed)\b")


def lasting(span: Span, lead: str) -> Span:
    """A day said as the start of an 'N-day visit' ("a four-day visit that began on
    Sunday", "a three-day trip from Aug. 31") is the visit's N days; as its end
    ("... that ended on Wednesday"), the N days up to it. `lead`: the words of the
    match and a few before it, in its sentence. Any other span is left as it is."""
    m = _LASTING.search(lead)
    if not m or span.start is None or span.end not in (span.start, None):
        return span
    n = read_number(m.group("n"))
    if not n or not 2 <= n <= 31 or n != int(n):
        return span
    days = dt.timedelta(days=int(n) - 1)
    if span.end is not None and _ENDING.search(lead[m.end():]):
        return Span(span.start - days, span.start)
    return Span(span.start, span.start + days)
