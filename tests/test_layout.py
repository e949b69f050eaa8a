"""The layout the README promises: a package per stage, arrows one way (no import
circle), small modules, and every module named in its package's docstring and in the
README's layout section."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "checker"
STAGES = ("rules", "ingest", "nlp", "extract", "values", "diff", "render", "run")


def modules() -> dict:
    """dotted name -> path of every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def imports(name: str, path: Path, known: dict) -> set:
    """The package's modules that a module imports, anywhere in it (lazy imports too)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                target = f"{base}.{alias.name}"
                out.add(target if target in known else base)
    return {m for m in out if m in known and m != name}


def test_no_import_circle():
    known = modules()
    graph = {name: imports(name, path, known) for name, path in known.items()}
    state, cycles = {}, []

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_the_flat_modules_and_the_stages_import_in_one_direction():
    known = modules()
    order = ["checker.values", "checker.rules", "checker.ingest", "checker.nlp", "checker.extract", "checker.diff",
             "checker.render", "checker.run"]
    rank = {stage: i for i, stage in enumerate(order)}

    def stage(module):
        return next((s for s in order if module == s or module.startswith(s + ".")), None)

    backwards = []
    for name, path in known.items():
        here = stage(name)
        for target in imports(name, path, known):
            there = stage(target)
            if here and there and rank[there] > rank[here]:
                backwards.append((name, target))
    assert backwards == []


def test_no_module_over_300_lines():
    long = {str(p.relative_to(ROOT)): n for p in modules().values()
            if (n := len(p.read_text("utf-8").splitlines())) > 300}
    assert long == {}


def test_one_package_per_stage():
    """The stages, and cli/ on top of them (the commands, grouped by what they are for)."""
    assert {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()} == set(STAGES) | {"cli"}


def test_every_module_is_named_in_its_package_docstring():
    missing = []
    for name, path in modules().items():
        if path.name == "__init__.py":
            continue
        doc = ast.get_docstring(ast.parse((path.parent / "__init__.py").read_text("utf-8"))) or ""
        if not re.search(rf"\b{re.escape(path.name)}\b", doc):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def readme_tree() -> set:
    """The module paths the README's layout tree lists ("extract/claims.py", "cli.py")."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("## Layout", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    found, folders = set(), []
    for line in block.splitlines()[1:]:  # below "checker/"
        name = line.strip().split(" ", 1)[0]
        depth = (len(line) - len(line.lstrip())) // 2 - 1
        if not name:
            continue
        folders = folders[:depth]
        if name.endswith("/"):
            folders.append(name.rstrip("/"))
        else:
            found.add("/".join(folders + [name]))
    return found


def test_the_readme_layout_lists_every_module_and_no_other():
    actual = {str(p.relative_to(PACKAGE)) for p in modules().values() if p.name != "__init__.py"}
    assert readme_tree() == actual
