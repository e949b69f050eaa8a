"""A rules folder's tables: who holds claims (holders), how words may be spelled
(aliases), the cue words of negation, hedging and attribution (cues), and the
RuleSet that carries them with the rules, parsed once.

Shipped as checker/data/holders.yaml, aliases.yaml and cues.yaml; a rules folder may
add `_holders.yaml`, `_aliases.yaml` and `_cues.yaml` of the same shapes, which are
merged over the shipped ones (`_cues.yaml` may also `remove` shipped words).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..errors import CheckerError, did_you_mean, problem
from ..schema import describe, load_schema, validate
from ..settings import data_file
from ..yamlio import load

SHARED_FILES = ("_holders.yaml", "_aliases.yaml", "_cues.yaml")


@dataclass(frozen=True)
class HolderTable:
    labels: dict  # party id -> label
    names: dict  # party id -> tuple of names

    @property
    def parties(self) -> tuple:
        return tuple(sorted(self.labels))


@dataclass(frozen=True)
class RuleSet:
    """The rules of a folder, by id, with the tables they share."""

    rules: tuple  # Rule, sorted by id
    holders: HolderTable
    aliases: dict  # variant -> canonical word
    folder: Optional[str] = None
    digest: str = ""  # of the folder's shared tables (the cache keys every rule by it)
    cues: Optional[dict] = None  # list name -> words: the shipped cues with _cues.yaml merged (None: shipped)

    def only(self, ids) -> "RuleSet":
        chosen = set(ids)
        return RuleSet(tuple(r for r in self.rules if r.id in chosen), self.holders, self.aliases, self.folder,
                       self.digest, self.cues)


def read_table(path, name: str):
    """A data file of a rules folder (_holders.yaml, _aliases.yaml, _cues.yaml), checked
    against schemas/<name>.schema.json; every problem raised at once (E101, E104)."""
    return read_located(path, name).data


def read_located(path, name: str):
    """read_table's file, with the position of every node (yamlio.Located)."""
    file = str(path)
    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckerError([problem("E114", file, detail=str(exc))]) from None
    located = load(text, file)
    if located.data is None:
        raise CheckerError([problem("E104", file, 1, 1, path="(top)",
                                    detail=f"expected {describe(load_schema(name), load_schema(name))}, got an empty file")])
    problems = validate(located, file, name)
    if problems:
        raise CheckerError(problems)
    return located


def default_holders() -> HolderTable:
    return _merge([data_file("holders.yaml")])


def load_holders(rules_dir=None) -> HolderTable:
    """The shipped holder table, with the folder's _holders.yaml merged over it (or instead
    of it, when that file says `shipped: false`)."""
    tables = [data_file("holders.yaml")]
    extra = Path(rules_dir) / "_holders.yaml" if rules_dir else None
    if extra and extra.is_file():
        table = read_table(extra, "holders")
        tables = (tables if table.get("shipped", True) else []) + [table]
    return _merge(tables)


def _merge(tables) -> HolderTable:
    """Later tables add parties and names; a name a later table gives a party is taken
    from whichever party an earlier table gave it to ("ISW" is the folder's `isw`)."""
    labels, names = {}, {}
    for table in tables:
        for party, entry in table["parties"].items():
            entry = entry or {}
            given = tuple(str(n) for n in entry.get("names", ()))
            taken = {n.lower() for n in given}
            for other in names:
                if other != party:
                    names[other] = tuple(n for n in names[other] if n.lower() not in taken)
            labels[party] = entry.get("label", labels.get(party, party))
            names[party] = tuple(dict.fromkeys(names.get(party, ()) + given))
    return HolderTable(labels, names)


def load_aliases(rules_dir=None) -> dict:
    """variant -> canonical word, from the shipped table and rules_dir/_aliases.yaml."""
    tables = [data_file("aliases.yaml")]
    extra = Path(rules_dir) / "_aliases.yaml" if rules_dir else None
    if extra and extra.is_file():
        tables.append(read_table(extra, "aliases"))
    out = {}
    for table in tables:
        for word, variants in (table.get("words") or {}).items():
            for variant in variants or ():
                out[str(variant).lower()] = str(word).lower()
    return out


def load_cues(rules_dir=None):
    """The cue lists of checker/data/cues.yaml with the folder's _cues.yaml merged over
    them: its lists add words, its `remove` takes shipped words out; None without one.
    A list name the shipped file does not have is an error (E119), at its place."""
    extra = Path(rules_dir) / "_cues.yaml" if rules_dir else None
    if not (extra and extra.is_file()):
        return None
    located, shipped = read_located(extra, "cues"), data_file("cues.yaml")
    table = located.data
    wrong = [(path, name) for path, names in ((("",), table), (("remove",), table.get("remove") or {}))
             for name in names if name not in shipped and (path, name) != (("",), "remove")]
    if wrong:
        raise CheckerError([problem("E119", str(extra), *located.keys[tuple(p for p in path if p) + (name,)],
                                    path=".".join(p for p in path + (name,) if p), name=name,
                                    hint=did_you_mean(name, shipped)) for path, name in wrong])
    cues = {name: list(words) for name, words in shipped.items()}
    for name, words in table.items():
        if name != "remove":
            cues[name] = list(dict.fromkeys(cues[name] + words))
    for name, words in (table.get("remove") or {}).items():
        gone = {w.lower() for w in words}
        cues[name] = [w for w in cues[name] if str(w).lower() not in gone]
    return cues


def shared_digest(rules_dir) -> str:
    """A digest of the folder's shared tables, as bytes (absent files count as empty)."""
    h = hashlib.sha1()
    for name in SHARED_FILES:
        path = Path(rules_dir) / name if rules_dir else None
        h.update(path.read_bytes() if path and path.is_file() else b"")
        h.update(b"\0")
    return h.hexdigest()
