"""Days said relative to a day: "on Friday", "by Friday", "next Friday", "Wednesday or
Thursday", "as early as Wednesday", "tomorrow", "earlier today", "this morning",
"tonight", "last night".

They count from the publication day, or from the day someone spoke when the sentence
says it before them (dates.py finds that day: "Trump said on Monday that Witkoff
would arrive tomorrow" is Tuesday).

A weekday is read forward or backward by the words around it:
- "next" is strictly after the day it counts from, "last" strictly before ("last
  Friday" said on a Friday is a week earlier), "this" and the rest may be that day;
- "by", "until", "before", "coming", "as early as" ... look forward, unless a past
  perfect or an expiry comes before ("had given Moscow until Friday", "expired on
  Friday"); "since", "last", "this past" look back;
- a plain weekday is read backward when its own verb is in the past tense ("struck on
  Friday", "met Putin on Wednesday"), else forward when a future cue stands in the
  words before it ("may travel", "will", "is expected", "scheduled"), else backward,
  as news reports what happened.
The cue words are data: checker/data/dates.yaml.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional

from ..settings import data_file

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = "(?:" + "|".join(WEEKDAYS) + ")"
_PART = r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
_MODS = (r"as[ \t]+early[ \t]+as|as[ \t]+soon[ \t]+as|no[ \t]+earlier[ \t]+than|no[ \t]+later[ \t]+than|this[ \t]+past"
         r"|this[ \t]+coming|on|by|until|till|before|after|since|next|this|last|coming|early|late|from")
# the words that name a day by itself, and how many days from the day counted from
DAY_WORDS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
             "earlier today": 0, "later today": 0, "earlier in the day": 0, "later in the day": 0,
             "this morning": 0, "this afternoon": 0, "this evening": 0, "tomorrow": 1,
             "the day after tomorrow": 2}
_WORDS = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(DAY_WORDS, key=len, reverse=True))
RELATIVE_RE = re.compile(
    rf"(?i)\b(?:(?P<mod>{_MODS})[ \t]+)?"
    rf"(?:(?P<wd>{_WD}){_PART}(?:[ \t]+or[ \t]+(?P<wd2>{_WD}){_PART})?"
    rf"|(?P<word>{_WORDS})(?:[ \t]+(?:morning|afternoon|evening|night))?)\b")
# a past perfect ("had given Moscow until Friday"; not "said Russia had until Friday") or an expiry
PAST_WORDS = re.compile(r"(?i)\b(had(?: \w+ly| already| earlier)? (?:\w+ed|\w+en|set|said|told|made|put|laid|sent)"
                        r"|expired|lapsed|ran out|passed)\b")
FORWARD = {"by", "until", "till", "before", "next", "coming", "this coming", "as early as",
           "as soon as", "no earlier than", "no later than"}
BACKWARD = {"last", "since", "this past"}
STRICT = {"next": 1, "last": -1}  # never the day counted from itself
# what a modifier does to the day it is said with (dates.py applies it)
MOD_AS = {"as early as": "from", "as soon as": "from", "no earlier than": "from", "no later than": "until",
          "this coming": "", "this past": "", "next": "", "this": "", "last": "", "coming": "", "early": "",
          "late": "", "on": ""}


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    """The cue words of data/dates.yaml, compiled."""
    data = data_file("dates.yaml")
    words = lambda key: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data[key])  # noqa: E731
    return {
        "future": re.compile(rf"(?i:\b(?:{words('future')})\b)|\b(?:{words('future_lowercase')})\b"),
        "past": re.compile(rf"(?i:{words('past_verbs')})|[a-z]{{2,}}ed"),
        "not_past": {w.lower() for w in data["not_past_verbs"]},
        "not_past_before": {w.lower() for w in data["not_past_before"]},
        "past_reach": data["past_reach"],
        "present": {w.lower() for w in data["present_after"]},
        "clause_openers": {w.lower() for w in data["clause_openers"]},
        "speech": re.compile(rf"(?i)^(?:{words('speech_verbs')})$"),
        "speech_fillers": {w.lower() for w in data["speech_fillers"]},
        "stay": re.compile(rf"(?i)\b(?:(?P<start>{words('stay_starts')})|(?P<end>{words('stay_ends')}))\b"),
        "stay_reach": data["stay_reach"],
        "another_event": re.compile(rf"(?i)^[\W_]*(?:(?:[a-z]+|\d+)[ \t]+(?:days?|weeks?|hours?|minutes?)[ \t]+)?"
                                    rf"(?:(?:{words('another_event_after')})\b|(?:{words('another_event_clause')})"
                                    rf"\b(?![ \t]+(?:the|a|an|its|his|her|their|our)\b))"),
    }


def find(text: str) -> list:
    """(start, end) of each relative day expression."""
    return [m.span() for m in RELATIVE_RE.finditer(text)]


def modifier(expression: str) -> str:
    """The modifier an expression starts with, in one spelling ("as early as" -> "from")."""
    m = RELATIVE_RE.match(expression.strip())
    mod = " ".join((m.group("mod") or "").lower().split()) if m else ""
    return MOD_AS.get(mod, mod)


def is_future(context: str, expression: str, reach: int = 8) -> bool:
    """Does the sentence speak of a day ahead of the day counted from? See the module's
    docstring."""
    m = RELATIVE_RE.match(expression.strip())
    mod = " ".join((m.group("mod") or "").lower().split()) if m else ""
    at = context.find(expression)
    before = (context[:at] if at >= 0 else context).split()[-reach:]
    if mod != "next" and PAST_WORDS.search(" ".join(before)):
        return False
    if mod in FORWARD:
        return True
    if mod in BACKWARD:
        return False
    after = (context[at + len(expression):] if at >= 0 else "").split()[:1]
    opens = not before or before[-1][-1:] in ",:\"'“‘" or before[-1].lower() in cues()["clause_openers"]
    if opens and after and after[0].lower().strip("\"'’,") in cues()["present"]:
        return True  # the day is the subject of a verb in the present: "(he said) Friday is the deadline"
    if past_verb(before):
        return False
    return bool(cues()["future"].search(" ".join(before)))


def past_verb(before: list) -> bool:
    """Is the verb among the last few words (`before`, in order) in the past tense, with
    no future cue after it? ("struck on", "met Putin in the Kremlin on"; not "will be
    held on", "is expected on")."""
    return own_verb(before) is not None


def own_verb(before: list, reach: Optional[int] = None) -> Optional[str]:
    """The past-tense verb among the last `reach` words (`before`; default: past_reach of
    data/dates.yaml), lowercase, or None (see `past_verb`)."""
    c = cues()
    words = [w.strip("\"'\u201c\u201d\u2019,;:()") for w in before]
    low = [w.lower() for w in words]
    for k in range(len(words) - 1, max(-1, len(words) - 1 - (reach or c["past_reach"])), -1):
        if c["future"].search(before[k]):
            return None
        if c["past"].fullmatch(words[k]) and low[k] not in c["not_past"] \
                and not set(low[max(0, k - 2):k]) & c["not_past_before"]:
            return low[k]
    return None


def read(expression: str, base: Optional[dt.date], future: bool):
    """(start, end, modifier) days for a relative expression counted from `base`, or None
    without a day to count from."""
    m = RELATIVE_RE.fullmatch(expression.strip())
    if not m or base is None:
        return None
    mod = " ".join((m.group("mod") or "").lower().split())
    if m.group("word"):
        day = base + dt.timedelta(days=DAY_WORDS[" ".join(m.group("word").lower().split())])
        return day, day, MOD_AS.get(mod, mod)
    first = _weekday(m.group("wd"), base, future, STRICT.get(mod, 0))
    last = _weekday(m.group("wd2"), first, True, 0) if m.group("wd2") else first
    return first, last, MOD_AS.get(mod, mod)


def _weekday(name: str, base: dt.date, future: bool, strict: int) -> dt.date:
    """The named weekday on or after `base` (future) or on or before it; `strict`: 1 or -1
    for strictly after or before (a week on when it is `base`'s own weekday)."""
    target = WEEKDAYS.index(name.lower())
    if strict > 0 or (future and strict == 0):
        ahead = (target - base.weekday()) % 7
        return base + dt.timedelta(days=ahead or (7 if strict > 0 else 0))
    back = (base.weekday() - target) % 7
    return base - dt.timedelta(days=back or (7 if strict < 0 else 0))
