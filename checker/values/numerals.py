"""Numerals: the number one numeral says, in digits or words.

"2", "3,145", "7.7", "45.3%", "1.5 million", "two", "twenty-five", "one hundred and
twenty", "two dozen", "twice", "a pair of", "third", "2nd". Bounds, rounding and
ranges around a numeral are numbers.py's.
"""
from __future__ import annotations

import re
from typing import Optional

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SPECIAL = {"once": 1, "twice": 2, "thrice": 3, "a couple of": 2, "a pair of": 2}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}

_S = r"[ \t]+"
_SMALL = (rf"(?:(?:{'|'.join(TENS)})(?:(?:{_S}|-)(?:{'|'.join(w for w in UNITS if 0 < UNITS[w] < 10)}))?"
          rf"|{'|'.join(sorted(UNITS, key=len, reverse=True))})")
_SCALE = "|".join(SCALES)
# "two", "twenty-five", "two thousand five hundred", "one hundred and twenty", "a dozen", "a million"
_WORDS = (rf"(?:(?:{_SMALL}|a)(?:{_S}|-)(?:{_SCALE})(?:(?:{_S}|-)(?:and{_S})?{_SMALL}(?:(?:{_S}|-)(?:{_SCALE}))?)*"
          rf"|{_SMALL})")
_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:{_S}(?:{_SCALE}))?"
PERCENT = rf"(?:[ \t]?%|{_S}per[ \t]?cent\b)"
CARDINAL = rf"(?:(?:{_DIGITS}|{_WORDS})(?:{PERCENT})?|once|twice|thrice|a{_S}couple{_S}of|a{_S}pair{_S}of)"
ORDINAL = rf"(?:\d+(?:st|nd|rd|th)|{'|'.join(sorted(ORDINALS, key=len, reverse=True))})"
NUMERAL_RE = re.compile(rf"(?i)\b(?:(?P<ordinal>{ORDINAL})|(?P<cardinal>{CARDINAL}))(?![\w.,]\d)(?!\w)")


def find(text: str) -> list:
    """(start, end, label) of each numeral; label is CARDINAL or ORDINAL."""
    return [(m.start(), m.end(), "ORDINAL" if m.group("ordinal") else "CARDINAL") for m in NUMERAL_RE.finditer(text)]


def read(text: str) -> Optional[float]:
    """The number the first numeral in `text` says, or None."""
    m = NUMERAL_RE.search(text)
    if not m:
        return None
    word = " ".join(m.group(0).lower().replace("per cent", "percent").split())
    if m.group("ordinal"):
        return float(ORDINALS.get(word) or re.sub(r"\D", "", word))
    word = re.sub(r"[ \t]*(?:%|percent)$", "", word)
    if word in SPECIAL:
        return float(SPECIAL[word])
    digits = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?: (\w+))?", word)
    if digits:
        return float(digits.group(1).replace(",", "")) * SCALES.get(digits.group(2), 1)
    return _words(re.split(r"[\s-]+", word))


def decimals(text: str) -> int:
    """How many decimals the numeral in `text` is written with ("7.7": 1; "1.5 million": 0)."""
    m = NUMERAL_RE.search(text)
    if not m or m.group("ordinal"):
        return 0
    found = re.search(r"\.(\d+)", m.group(0))
    if not found or re.search(rf"(?i){_SCALE}", m.group(0)):
        return 0
    return len(found.group(1))


def is_percent(text: str) -> bool:
    m = NUMERAL_RE.search(text)
    return bool(m and re.search(rf"(?i){PERCENT}$", m.group(0)))


def _words(words) -> Optional[float]:
    total, current = 0, 0
    for w in words:
        if w == "and":
            continue
        if w == "a":
            current = max(current, 1)
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] > 100:
                total, current = total + current, 0
        else:
            return None
    return float(total + current)
