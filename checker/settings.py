"""Shipped data files: defaults, spelling aliases. Loaded once, read-only."""
from __future__ import annotations

import functools
from importlib import resources

import yaml


@functools.lru_cache(maxsize=None)
def data_file(name: str) -> dict:
    """A YAML file from checker/data, parsed."""
    text = resources.files("checker").joinpath(f"data/{name}").read_text("utf-8")
    return yaml.safe_load(text)


def defaults() -> dict:
    return data_file("defaults.yaml")
