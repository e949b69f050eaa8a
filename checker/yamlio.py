"""YAML in, plain data out, with the line and column of every node kept.

PyYAML forgets positions once it builds Python objects, and it silently keeps
the last of two duplicate keys. We compose the node tree ourselves so that
every later error can say `file:line:col` and duplicates are caught.

Untrusted YAML (rules, holders, manifests, front matter) is bounded: aliases may
add at most MAX_ALIAS_NODES nodes to a document ("billion laughs" is refused at
the anchor it repeats, not expanded), and flow nesting deeper than MAX_DEPTH is
refused where it goes too deep, before any parser recurses into it.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import yaml

from .errors import CheckerError, problem

MAX_ALIAS_NODES = 10_000  # nodes aliases may add to a document, in all
MAX_DEPTH = 200  # levels of [ ] and { } nesting


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
    trouble (aliases or nesting past the bounds included), for `load` to say where."""
    if _too_deep(text):
        return None
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None or _alias_excess(node):
            return None
        return loader.construct_document(node)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    finally:
        loader.dispose()


_FLOW = re.compile(r"""[\[\]{}]|"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|#[^\n]*""")


def _too_deep(text: str):
    """(line, col) where flow brackets nest deeper than MAX_DEPTH, or None (quotes and
    comments skipped, brackets inside plain words not counted: a rough count is enough
    to stop a recursion bomb)."""
    depth = 0
    for m in _FLOW.finditer(text):
        c = m.group(0)
        if c in "[{" and _opens(text, m.start()):
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, m.start())
                return line + 1, m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        elif c in "]}":
            depth = max(0, depth - 1)
    return None


def _opens(text: str, at: int) -> bool:
    """Whether the bracket at `at` opens a flow collection: first on its line, or after
    ':', '-', ',', '?' or another bracket (not 'Foo [bar' inside a plain scalar)."""
    j = at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in "\n:-,?[{"


def _alias_excess(root):
    """The node whose repeats (aliases) make the document more than MAX_ALIAS_NODES nodes
    larger than it is written (or that contains itself), else None. Each node is visited
    once: sizes are added up, never expanded."""
    size, refs, state, nodes, stack = {}, {}, {}, [], [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:  # its children are done
            size[key] = min(10 ** 15, 1 + sum(size[id(c)] for c in _children(node)))
            state[key] = "done"
            continue
        refs[key] = refs.get(key, 0) + 1
        if state.get(key) == "open":  # an alias inside its own anchor: endless
            return node
        if key in state:
            continue
        state[key] = "open"
        nodes.append(node)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node))
    if size[id(root)] - len(nodes) <= MAX_ALIAS_NODES:
        return None
    return max((n for n in nodes if refs[id(n)] > 1), key=lambda n: size[id(n)] * (refs[id(n)] - 1))


def _children(node):
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return node.value if isinstance(node, yaml.SequenceNode) else []


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
        deep = _too_deep(text)
        if deep:
            raise CheckerError([problem("E121", file, *deep, detail=f"nested more than {MAX_DEPTH} levels deep")])
        node = loader.get_single_node()
        if node is None:
            return Located(None)
        bomb = _alias_excess(node)
        if bomb is not None:
            line, col = _mark(bomb)
            raise CheckerError([problem("E121", file, line, col, detail=f"its aliases repeat more than "
                                                                        f"{MAX_ALIAS_NODES} nodes, or it holds itself")])
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
    except RecursionError:
        raise CheckerError([problem("E121", file, 1, 1, detail="nested too deeply to read")]) from None
    finally:
        loader.dispose()
