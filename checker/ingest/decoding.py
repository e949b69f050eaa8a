"""Bytes of an article file -> text, whatever the encoding it was saved in.

UTF-8 with or without a byte-order mark, UTF-16 with one; anything else that is
text is decoded with charset-normalizer's best guess and a warning naming the
encoding; binary content is refused.
"""
from __future__ import annotations

import codecs

from ..errors import CheckerError, problem


def decode(data: bytes, file: str):
    """(text, warning or None); CheckerError for binary or undecodable content."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", file), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", file), None
    if _binary(data):
        raise CheckerError([problem("E207", file)])
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CheckerError([problem("E202", file, offset=first_bad)])
    return str(best), problem("W202", file, encoding=best.encoding)


def _strict(data: bytes, encoding: str, file: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise CheckerError([problem("E202", file, offset=exc.start)]) from None


_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL))
    return bool(head) and control / len(head) > 0.1
