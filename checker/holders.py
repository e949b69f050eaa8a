"""The holder table: parties that hold claims, and the names articles use for them.

Shipped as checker/data/holders.yaml; a rules folder may add `_holders.yaml`
of the same shape, whose names and parties are added to the shipped ones.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .schema import read_table
from .settings import data_file


@dataclass(frozen=True)
class HolderTable:
    labels: dict  # party id -> label
    names: dict  # party id -> tuple of names

    @property
    def parties(self) -> tuple:
        return tuple(sorted(self.labels))

    def label(self, party) -> str:
        return self.labels.get(party, str(party))


def default_table() -> HolderTable:
    return _merge([data_file("holders.yaml")])


def load_table(rules_dir=None) -> HolderTable:
    tables = [data_file("holders.yaml")]
    extra = Path(rules_dir) / "_holders.yaml" if rules_dir else None
    if extra and extra.is_file():
        tables.append(read_table(extra, "holders"))
    return _merge(tables)


def _merge(tables) -> HolderTable:
    labels, names = {}, {}
    for table in tables:
        for party, entry in table["parties"].items():
            entry = entry or {}
            labels[party] = entry.get("label", labels.get(party, party))
            names[party] = tuple(dict.fromkeys(names.get(party, ()) + tuple(entry.get("names", ()))))
    return HolderTable(labels, names)
