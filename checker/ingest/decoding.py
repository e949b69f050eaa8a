"""Bytes of an article file -> text, whatever the encoding it was saved in.

UTF-8 with or without a byte-order mark, UTF-16 with one or without (told by where
its zero bytes fall); a UTF-8 file with a few stray bytes that are not UTF-8 keeps
its UTF-8, the stray bytes replaced by U+FFFD with a warning (re-decoding the whole
file in a legacy code page would garble every accented letter: "café" as "cafĂŠ");
anything else that is text is decoded with charset-normalizer's best guess and a
warning naming the encoding. NUL bytes in text are read as spaces, with a warning.
Binary content (a known file signature, or mostly control bytes) is refused.
"""
from __future__ import annotations

import codecs
import re

from ..errors import CheckerError, problem

_SIGNATURES = (b"\x89PNG", b"%PDF-", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF",
               b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!\x1a", b"OggS", b"fLaC")
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_UTF8_CHAR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, file: str):
    """(text, [warnings]); CheckerError for binary or undecodable content."""
    if data.startswith(codecs.BOM_UTF8):
        text, warnings = _utf8(data[3:], file)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, warnings = _strict(data, "utf-16", file), []
    elif _utf16(data):
        text, warnings = _strict(data, _utf16(data), file), [problem("W208", file, encoding=_utf16(data).upper())]
    elif _binary(data):
        raise CheckerError([problem("E207", file)])
    else:
        text, warnings = _utf8(data, file)
    if "\x00" in text:
        warnings.append(problem("W210", file, count=text.count("\x00")))
        text = text.replace("\x00", " ")
    return text, warnings


def _utf8(data: bytes, file: str):
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    if len(_UTF8_CHAR.findall(data)) >= stray:  # as much good UTF-8 as bad, or more: UTF-8 with stray bytes
        return text, [problem("W209", file, count=stray, offset=first_bad)]
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CheckerError([problem("E202", file, offset=first_bad)])
    return str(best), [problem("W202", file, encoding=best.encoding)]


def _strict(data: bytes, encoding: str, file: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise CheckerError([problem("E202", file, offset=exc.start)]) from None


def _utf16(data: bytes):
    """'utf-16-le' or 'utf-16-be' for UTF-16 text without a byte-order mark, else None:
    zero bytes at nearly every odd (or even) place, and nowhere else."""
    head = data[:8192]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.4 * len(zeros) and others.count(0) <= 0.02 * len(others):
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(_SIGNATURES):
        return True
    control = len(head) - len(head.translate(None, _CONTROL))
    return bool(head) and control / len(head) > 0.1
