"""Numbers said in digits or words: "2", "two", "three times", "twice", "third".
Two numbers are compatible within the rule's `tolerance`."""
from __future__ import annotations

import re
from typing import Optional

from .kind import ValueType

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
SPECIAL = {"once": 1, "twice": 2, "thrice": 3, "dozen": 12, "a dozen": 12, "a couple of": 2, "a pair of": 2}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}

_WORD = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True))
_CARDINAL = (rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
             rf"|(?:{_WORD})(?:[ \t-]+(?:and[ \t]+)?(?:{_WORD}))*|once|twice|thrice|(?:a[ \t]+)?dozen|a[ \t]+pair[ \t]+of")
_ORDINAL = rf"\d+(?:st|nd|rd|th)|{'|'.join(ORDINALS)}"
NUMBER_RE = re.compile(rf"(?i)\b(?:(?P<ordinal>{_ORDINAL})|(?P<cardinal>{_CARDINAL}))\b")


def find(text: str):
    """(start, end, label) of each number; label is CARDINAL or ORDINAL."""
    return [(m.start(), m.end(), "ORDINAL" if m.group("ordinal") else "CARDINAL")
            for m in NUMBER_RE.finditer(text)]


def read(text: str) -> Optional[float]:
    """The value of a number found by `find` (or of a longer phrase that holds one)."""
    m = NUMBER_RE.search(text)
    if not m:
        return None
    word = m.group(0).lower()
    if m.group("ordinal"):
        return ORDINALS.get(word) or float(re.sub(r"\D", "", word))
    if re.fullmatch(r"[\d,.]+", word):
        return float(word.replace(",", ""))
    key = " ".join(word.split())
    if key in SPECIAL:
        return SPECIAL[key]
    return _words(re.split(r"[\s-]+", key))


def _words(words) -> Optional[float]:
    total, current = 0, 0
    for w in words:
        if w == "and":
            continue
        if w in UNITS:
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


def as_value(number: float):
    """Integers stay integers in claims and reports."""
    return int(number) if float(number).is_integer() else number


def _compare(rule, a, b):
    if a == b:
        return "equal", ""
    if abs(a - b) <= rule.tolerance:
        return "compatible", f"within the tolerance of {rule.tolerance:g}"
    return "conflict", f"{a} and {b} differ by {abs(a - b):g}"


def _read(rule, text: str, published=None, context="", lead=""):
    number = read(text)
    return (as_value(number), None) if number is not None else (None, f"'{text}' is not a number")


NUMBER = ValueType("number", _compare, slot="{number}", entities=("CARDINAL", "ORDINAL"), read=_read)
