"""Numbers as news says them: exact ("six", "3,145", "7.7", "45.3%", "1.5 million"),
bounded ("at least seven": 7/..; "as many as 20": ../20; "more than 20": 21/..),
rounded ("about 20": 18/22; "nearly 20": 18/20), ranges ("seven to eight", "between
5 and 7", "5-7", "a submarine or two": 1/2) and vague plurals ("tens of thousands":
20000/99999). The cue words are data (checker/data/numbers.yaml); numerals.py reads
the numerals, amounts.py writes and compares the result. Ordinals count only in a
rule with `ordinals: series` (series.py).
"""
from __future__ import annotations

import functools
import math
import re
from typing import Optional

from ..settings import data_file
from . import forecasts, numerals, series, totals
from .amounts import Amount, compare as compare_amounts
from .kind import ValueType

_S = r"[ \t]+"
_YEAR_NUMERAL = re.compile(r"1[89]\d\d|20\d\d|2100")


def _alternatives(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", _S) for p in sorted(phrases, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def cues() -> dict:
    return data_file("numbers.yaml")


@functools.lru_cache(maxsize=None)
def _patterns() -> dict:
    c = cues()
    bound_kind = {p: kind for kind, phrases in c["bounds"].items() for p in phrases}
    tail_kind = {p: kind for kind, phrases in c["tails"].items() for p in phrases}
    plural = _alternatives(c["vague"])
    scale = "|".join(w for w in numerals.SCALES if w != "dozen")
    vague = (rf"(?:(?:{_alternatives(c['vague_before_scale'])}){_S}(?P<scale>{scale})"
             rf"|(?P<plural>{plural})(?:{_S}of{_S}(?P<of>{plural}))?)(?:{_S}of(?={_S}[a-z]))?")
    return {
        "bound_kind": bound_kind, "tail_kind": tail_kind,
        "bound": re.compile(rf"(?i)(?<![\w-])(?P<bound>{_alternatives(bound_kind)}){_S}$"),
        "between": re.compile(rf"(?i)(?<![\w-])between{_S}$"),
        "tail": re.compile(rf"(?i)^{_S}(?P<tail>{_alternatives(tail_kind)})(?![\w-])(?!{_S}than)"),
        "tail_after_noun": re.compile(rf"(?i)^{_S}[a-z'-]+(?:{_S}[a-z'-]+)?{_S}(?P<tail>{_alternatives(tail_kind)})"
                                      rf"(?![\w-])(?!{_S}than)"),
        "or_two": re.compile(rf"(?i)^{_S}[a-z'-]+(?:{_S}[a-z'-]+)?{_S}or{_S}(?P<n>two|three|2|3)(?![\w-])"),
        "wrap_head": re.compile(rf"(?i)(?<![\w-])(?:an?){_S}(?=[a-z'-]+(?:{_S}[a-z'-]+)?{_S}or{_S}(?:two|three|2|3)\b)"),
        "joint": re.compile(rf"(?i)^[ \t]*(?:-|\u2013|to|or)[ \t]*$"),
        "and": re.compile(rf"(?i)^{_S}and{_S}$"),
        "vague": re.compile(rf"(?i)(?<![\w-])(?:{vague})(?![\w-])"),
        "word_before": re.compile(r"([A-Za-z']+)[ \t]*$"),
        "from_before": re.compile(rf"(?i)(?<![\w-])from{_S}$"),
        "year_before": re.compile(rf"(?i)(?<![\w-])(?:in|since|until|till|by|before|after|during|from|between|"
                                  rf"early|late|mid){_S}$"),
    }


def find(text: str) -> list:
    """(start, end, label) of each number expression, its bounds and range included:
    'at least seven', 'seven to eight', 'tens of thousands', 'third' (ORDINAL)."""
    p = _patterns()
    found = []
    raw = numerals.find(text)
    taken = []
    for m in p["vague"].finditer(text):
        if m.group("plural") and m.group("plural").lower() == "tens" and not m.group("of"):
            continue
        taken.append((m.start(), m.end(), "CARDINAL"))
    raw = [r for r in raw if not any(a < r[1] and r[0] < b for a, b, _ in taken) and not _a_year(text, *r)]
    items = sorted(raw + taken)
    for m in p["wrap_head"].finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in items):
            items.append((m.start(), m.start() + len(m.group(0).rstrip()), "CARDINAL"))
    items.sort()
    k = 0
    while k < len(items):
        s, e, label = items[k]
        if label == "CARDINAL":
            s, e, k = _extend_right(text, s, e, items, k)
            s = _extend_left(text, s)
            e = _tail_end(text, e)
        found.append((s, e, label))
        k += 1
    return found


def _extend_left(text: str, s: int) -> int:
    """Where a number's bound begins ('at least seven'), or s."""
    p = _patterns()
    m = p["bound"].search(text, max(0, s - 40), s)
    if not m:
        return s
    bound = " ".join(m.group("bound").lower().split())
    word = p["word_before"].search(text, max(0, m.start() - 30), m.start())
    before = word.group(1).lower() if word else ""
    c = cues()
    if (bound == "about" and before in c["about_not_after"]) or (bound == "up to" and before in c["up_to_not_after"]):
        return s
    return m.start()


def _extend_right(text: str, s: int, e: int, items, k: int) -> tuple:
    """A range with the next number ('seven to eight', '5-7', 'between 5 and 7'): its start,
    its end and the index of its last piece; else (s, e, k)."""
    p = _patterns()
    if k + 1 >= len(items) or items[k + 1][2] != "CARDINAL":
        return s, e, k
    s2, e2, _ = items[k + 1]
    joint = text[e:s2]
    between = p["between"].search(text, max(0, s - 12), s)
    if not (p["joint"].match(joint) or (between and p["and"].match(joint))):
        return s, e, k
    if not between and p["from_before"].search(text, max(0, s - 8), s):
        return s, e, k  # "rose from 3 to 5" is a change, not a range
    lo, hi = _plain(text[s:e]), _plain(text[s2:e2])
    if lo is None or hi is None or not lo < hi or (_year(lo, text[s:e]) and _year(hi, text[s2:e2])):
        return s, e, k
    return (between.start() if between else s), e2, k + 1


def _tail_end(text: str, e: int) -> int:
    m = _patterns()["tail"].match(text[e:e + 30])
    return e + m.end() if m else e


def _plain(text: str) -> Optional[float]:
    if re.match(r"(?i)an?\b", text.strip()):
        return 1.0
    return numerals.read(text)


def _a_year(text: str, s: int, e: int, label: str) -> bool:
    """'in 2024', 'since 1996': a year, not a number of things."""
    return label == "CARDINAL" and bool(_YEAR_NUMERAL.fullmatch(text[s:e])) and \
        bool(_patterns()["year_before"].search(text, max(0, s - 10), s))


def _year(n: float, text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", text.strip())) and 1800 <= n <= 2100


def read(text: str) -> Optional[float]:
    """The value of a plain numeral ("two", "3,145", "third"), for readers of other types."""
    return numerals.read(text)


def amount(text: str, after: str = "") -> Optional[Amount]:
    """The Amount a number expression found by `find` says; `after`: the words that follow
    it in its sentence ("a submarine or two", "20 people or more")."""
    p, c = _patterns(), cues()
    text = " ".join(text.split())
    bound = p["bound"].search(text, 0, _core_start(text))
    kind = p["bound_kind"][" ".join(bound.group("bound").lower().split())] if bound else None
    core = text[bound.end():] if bound else text
    tail = re.search(rf"(?i)(?<![\w-])(?P<tail>{_alternatives(p['tail_kind'])})$", core)
    if tail:
        core = core[:tail.start()].rstrip()
    else:
        tail = p["tail_after_noun"].match(after)
    tail_kind = p["tail_kind"][" ".join(tail.group("tail").lower().split())] if tail else None
    base = _core(core, after) or _core(re.sub(r"(?i)\s+of$", "", core), after)  # "tens of thousands of"
    if base is None:
        return None
    whole = float(base.lo).is_integer() and numerals.decimals(core) == 0 and not numerals.is_percent(core)
    if tail_kind and not kind:
        kind = tail_kind
    return _bounded(base, kind, whole, numerals.decimals(core), c["margin"])


def _core_start(text: str) -> int:
    """Where the number itself starts in an expression ('at least seven': 9)."""
    m = numerals.NUMERAL_RE.search(text) or _patterns()["vague"].search(text) or re.search(r"(?i)\ban?\b", text)
    return m.start() if m else len(text)


def _core(core: str, after: str) -> Optional[Amount]:
    p = _patterns()
    vague = p["vague"].fullmatch(core)
    if vague:
        return _vague(vague)
    pieces = list(numerals.NUMERAL_RE.finditer(core))
    if re.fullmatch(r"(?i)an?", core):
        first = 1.0  # the head of "a submarine or two"
    elif pieces:
        first = numerals.read(pieces[0].group(0))
    else:
        return None
    last = numerals.read(pieces[-1].group(0)) if len(pieces) > 1 else None
    if last is None:
        two = p["or_two"].match(after) if first == 1.0 and re.match(r"(?i)(?:an?|one)$", core) else None
        last = numerals.read(two.group("n")) if two else None
    return Amount(first, last) if last is not None and last > first else Amount.exact(first)


def _vague(m) -> Amount:
    c = cues()["vague"]
    if m.group("scale"):
        word = m.group("scale").lower() + "s"
        return Amount(*c[word])
    lo, hi = c[m.group("plural").lower()]
    if m.group("of"):
        lo2, hi2 = c[m.group("of").lower()]
        unit = 10 ** round(math.log10(lo2 / 2))  # thousands -> 1000
        return Amount(lo * unit, (hi + 1) * unit - 1)
    return Amount(lo, hi)


def _bounded(base: Amount, kind: Optional[str], whole: bool, decimals: int, margin: float) -> Amount:
    step = 1 if whole else 0
    lo, hi = base.lo, base.hi
    if kind == "at_least":
        return Amount(lo, None)
    if kind == "more_than":
        return Amount(hi + step if base.is_exact else lo, None)
    if kind == "at_most":
        return Amount(None, hi)
    if kind == "fewer_than":
        return Amount(None, lo - step if base.is_exact else hi)
    if kind in ("about", "nearly") and base.is_exact:
        low, high = _round_out(lo * (1 - margin), hi * (1 + margin), decimals)
        if whole and kind == "about":
            low, high = min(low, lo - 1), max(high, hi + 1)
        return Amount(max(low, 0) if lo >= 0 else low, hi if kind == "nearly" else high)
    return base


def _round_out(lo: float, hi: float, decimals: int) -> tuple:
    f = 10 ** decimals
    return math.floor(lo * f + 1e-9) / f, math.ceil(hi * f - 1e-9) / f


def _read(rule, text: str, published=None, context="", lead="", around=("", "")):
    before, after = around
    said = numerals.NUMERAL_RE.fullmatch(text.strip())
    if said and said.group("ordinal"):
        if getattr(rule, "ordinals", "none") != "series":
            return None, f"'{text}' is an ordinal, not a count (the rule's `ordinals` is none)"
        return series.count(numerals.read(text), before, after)
    found = amount(text, after)
    if found is None:
        return None, f"'{text}' is not a number"
    return found.value(), None


def _in_time(rule, earlier, later):
    """A running total's two clashing figures in date order: rising is the total moving on
    ('changed'); falling is a contradiction. None for a rule that is no running total."""
    if not getattr(rule, "running_total", False):
        return None
    return totals.in_time(earlier, later)


def _bounds(value):
    found = Amount.of(value)
    return (found.lo, found.hi) if found else None


NUMBER = ValueType("number", compare_amounts, slot="{number}", entities=("CARDINAL", "ORDINAL"), read=_read,
                   around=True, in_time=_in_time, bounds=_bounds, speculative=forecasts.forecast)

