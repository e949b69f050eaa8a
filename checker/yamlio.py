"""YAML in, plain data out, with the line and column of every node kept.

PyYAML forgets positions once it builds Python objects, and it silently keeps
the last of two duplicate keys. We compose the node tree ourselves so that
every later error can say `file:line:col` and duplicates are caught.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import yaml

from .errors import CheckerError, problem


@dataclass
class Located:
    """Parsed YAML plus where each value (and each mapping key) stands."""

    data: object
    values: dict = field(default_factory=dict)  # path tuple -> (line, col), 1-based
    keys: dict = field(default_factory=dict)  # path tuple -> (line, col) of the key

    def where(self, path) -> tuple[int, int]:
        """Position of the deepest located node on path (the key if it is the last step)."""
        path = tuple(path)
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node, path, loader, out: Located, file: str):
    out.values[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        result, first = {}, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in first:
                line, col = _mark(key_node)
                raise CheckerError([problem("E102", file, line, col, key=key, first_line=first[key])])
            first[key] = _mark(key_node)[0]
            out.keys[path + (key,)] = _mark(key_node)
            result[key] = _build(value_node, path + (key,), loader, out, file)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), loader, out, file) for i, item in enumerate(node.value)]
    value = loader.construct_object(node, deep=True)
    # Dates stay strings (ISO 8601), as JSON Schema and JSON output expect them.
    return value.isoformat() if isinstance(value, (datetime.date, datetime.datetime)) else value


def _timestamp(loader, node):
    """A timestamp YAML resolves but no calendar has (2025-13-45) stays the string it is."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


class _PySafe(yaml.SafeLoader):
    pass


class _CSafe(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


for _cls in (_PySafe, _CSafe):
    _cls.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_LOADER = _CSafe  # libyaml when PyYAML has it: same nodes, faster


def load_plain(text: str):
    """Plain data from one YAML document, positions not kept (libyaml: fast); None on any
    trouble, for `load` to say where."""
    try:
        return yaml.load(text, Loader=_LOADER)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None


def load(text: str, file: str) -> Located:
    """Parse one YAML document; syntax errors become E101 with the mark's position.
    libyaml reads it; a document it rejects is read again by PyYAML's own parser,
    whose messages say more ("expected ',' or ']', but got ':'")."""
    if hasattr(yaml, "CSafeLoader"):
        try:
            return _load(text, file, _LOADER)
        except CheckerError:
            pass
    return _load(text, file, _PySafe)


def _load(text: str, file: str, loader_class) -> Located:
    try:
        loader = loader_class(text)
    except yaml.YAMLError as exc:  # a character YAML does not allow
        raise CheckerError([problem("E101", file, detail=" ".join(str(exc).split()))]) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return Located(None)
        out = Located(None)
        out.data = _build(node, (), loader, out, file)
        return out
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        detail = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        if exc.context and exc.context_mark and exc.problem_mark:
            where = exc.context_mark
            detail += f" ({exc.context.replace('while ', '')} that starts at {where.line + 1}:{where.column + 1})"
        raise CheckerError([problem("E101", file, line, col, detail=detail)]) from None
    except yaml.YAMLError as exc:  # reader errors: bad characters
        raise CheckerError([problem("E101", file, detail=" ".join(str(exc).split()))]) from None
    finally:
        loader.dispose()
