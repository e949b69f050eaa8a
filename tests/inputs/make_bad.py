"""Regenerate the bad-input corpus in tests/inputs/bad/.

Run from anywhere: python3 tests/inputs/make_bad.py
Output is deterministic (fixed random seed), so re-running gives identical bytes.
"""
from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

BAD = Path(__file__).resolve().parent / "bad"


def write(name: str, data: bytes) -> None:
    path = BAD / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def png_bytes(rng: random.Random) -> bytes:
    """A real, valid 8x8 RGB PNG with noisy pixels (so plenty of NUL and high bytes)."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    width = height = 8
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def long_line(rng: random.Random, target: int = 200_000) -> str:
    """One line of about `target` characters: many filler sentences, one claim in the middle."""
    places = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Sumy", "Poltava", "Chernihiv"]
    templates = [
        "Officials in {p} said {n} buildings were inspected on day {d} of the survey.",
        "The regional council in {p} approved a budget of {n} million hryvnias for road repairs.",
        "Volunteers in {p} distributed {n} food parcels over the weekend, organisers said.",
        "Schools in {p} reported attendance of {n} percent in week {d}, according to local media.",
        "A spokesperson for the {p} city administration said power was restored to {n} homes.",
        "Rail operators added {d} extra trains between {p} and Kyiv, carrying about {n} passengers.",
    ]
    claim = "Russian forces have reportedly gained near-complete control of Chasiv Yar."
    sentences, size, inserted = [], 0, False
    while size < target:
        if not inserted and size >= target // 2:
            sentences.append(claim)
            inserted = True
        else:
            sentences.append(rng.choice(templates).format(
                p=rng.choice(places), n=rng.randrange(2, 999), d=rng.randrange(1, 30)))
        size += len(sentences[-1]) + 1
    return " ".join(sentences)


def main() -> None:
    rng = random.Random(20250806)

    write("empty.txt", b"")
    write("whitespace_only.txt", b"   \n\n        \n  \n\n\n    ")
    write("binary.txt", png_bytes(rng))

    latin1 = ("Zelensky met Erdogan in Ankara on Tuesday; the caf\u00e9 in Kyiv where the idea was first "
              "floated \u2014 a favourite of the German envoy J\u00fcrgen M\u00fcller \u2014 was packed with "
              "reporters. \u00ab We are ready to meet \u00bb, Ukraine\u2019s president said, adding that "
              "the na\u00efve hope of a quick d\u00e9tente had faded.\n")
    write("latin1.txt", latin1.encode("cp1252"))

    utf16 = ("Russian forces have captured Chasiv Yar, the defence ministry said. "
             "Ukrainian officials denied the claim on Thursday.\n")
    write("utf16.txt", b"\xff\xfe" + utf16.encode("utf-16-le"))

    write("utf8_bom.txt", ("Trump said two nuclear submarines were sent to the appropriate regions. "
                           "The move followed remarks by Dmitry Medvedev.\n").encode("utf-8-sig"))

    crlf = ["Talks on a possible summit continued on Wednesday.",
            "Kremlin spokesman Dmitry Peskov said a meeting between Putin and Zelensky was possible only "
            "after expert-level preparation.",
            "Ukraine's foreign ministry did not immediately comment."]
    write("crlf.txt", ("\r\n\r\n".join(crlf) + "\r\n").encode("utf-8"))

    cr = ["Turkey has again offered to host negotiations.",
          "Delegations have met in Istanbul three times since May."]
    write("cr_only.txt", ("\r\r".join(cr) + "\r").encode("utf-8"))

    write("long_line.txt", long_line(rng).encode("utf-8"))

    write("bad_front_matter.txt", ("---\ntitle: [unclosed\n---\n"
                                   "Ukraine and Russia exchanged prisoners of war on Friday, officials said.\n"
                                   ).encode("utf-8"))

    write("notes.pdf", (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
                        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        b"trailer << /Root 1 0 R >>\n"
                        b"%%EOF\n"))

    write("dup/report.txt", b"Peskov said preparatory work for a summit had not yet been carried out.\n")
    write("dup/report.md", b"# Report\n\nKeith Kellogg is due to travel to Kyiv before the August 8 deadline.\n")


if __name__ == "__main__":
    main()
