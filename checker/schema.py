"""The JSON Schemas shipped in the package, and errors worded for people.

jsonschema finds every violation; we pick the most useful one per place
(`best_match` inside anyOf/oneOf) and say it as "expected X, got Y" at the
line and column of the offending YAML node.
"""
from __future__ import annotations

import functools
import json
from importlib import resources

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from .errors import Problem, did_you_mean, problem
from .yamlio import Located


@functools.lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    """A schema from checker/schemas by name ('rule', 'report', 'gold')."""
    text = resources.files("checker").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    return json.loads(text)


@functools.lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(name))


def validate(located: Located, file: str, name: str) -> list[Problem]:
    """Every schema violation in located.data, one Problem each, sorted by position."""
    found = {}
    for error in validator(name).iter_errors(located.data):
        if error.context:
            error = best_match(error.context)
        for p in _problems(error, located, file, load_schema(name)):
            found.setdefault((p.line, p.column, p.path, p.message), p)
    return sorted(found.values())


def json_path(path) -> str:
    """('values', 'europe', 'say', 0) -> 'values.europe.say[0]'."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _problems(error, located: Located, file: str, root: dict):
    path = tuple(error.absolute_path)
    kind = error.validator
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        for key in sorted(set(error.instance) - set(allowed), key=str):
            line, col = located.keys.get(path + (key,), located.where(path))
            detail = f"unknown key '{key}'; expected one of: {', '.join(allowed)}{did_you_mean(key, allowed)}"
            yield problem("E104", file, line, col, path=json_path(path) or "(top)", detail=detail)
        return
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        line, col = located.where(path)
        needs = f"a {error.instance.get('type')} rule needs" if "then" in error.relative_schema_path else "missing required"
        for key in missing:
            yield problem("E104", file, line, col, path=json_path(path) or "(top)",
                          detail=f"{needs} key '{key}'")
        return
    if kind == "not" and isinstance(error.instance, dict):
        for key in error.validator_value.get("required", []):
            line, col = located.keys.get(path + (key,), located.where(path))
            rule_type = error.instance.get("type", "this")
            yield problem("E104", file, line, col, path=json_path(path + (key,)),
                          detail=f"'{key}' is not used by a {rule_type} rule")
        return
    line, col = located.where(path)
    if kind == "propertyNames":
        line, col = located.keys.get(path + (error.instance,), (line, col))
        path = path + (error.instance,)
    yield problem("E104", file, line, col, path=json_path(path) or "(top)", detail=_detail(error, root))


def _detail(error, root: dict) -> str:
    kind, schema, instance = error.validator, error.schema, error.instance
    if kind == "enum":
        allowed = [str(v) for v in error.validator_value]
        return f"expected one of: {', '.join(allowed)}; got {_show(instance)}{did_you_mean(instance, allowed)}"
    if kind in ("minItems", "minProperties", "minLength"):
        return f"expected {describe(schema, root)} that is not empty"
    if kind in ("minimum", "maximum"):
        word = "at least" if kind == "minimum" else "at most"
        return f"expected a number {word} {error.validator_value}, got {_show(instance)}"
    if kind == "pattern":
        return f"expected {describe(schema, root)}, got {_show(instance)}"
    if kind == "maxItems":
        return f"expected {describe(schema, root)}, got {len(instance)} items"
    return f"expected {describe(schema, root)}, got {_kind(instance)}"


def describe(schema: dict, root: dict) -> str:
    """What a schema accepts, in words: 'a list of strings', 'a mapping', ..."""
    if "x-expected" in schema:
        return schema["x-expected"]
    if "$ref" in schema:
        return describe(_resolve(schema["$ref"], root), root)
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {})
        return "a list of " + _plural(describe(items, root)) if items else "a list"
    if "enum" in schema:
        return "one of: " + ", ".join(map(str, schema["enum"]))
    names = {"object": "a mapping", "string": "a string", "integer": "an integer",
             "number": "a number", "boolean": "true or false", "null": "null"}
    if isinstance(kind, list):
        return " or ".join(names.get(k, k) for k in kind)
    return names.get(kind, "a valid value")


def _resolve(ref: str, root: dict) -> dict:
    node = root
    for step in ref.lstrip("#/").split("/"):
        node = node[step]
    return node


def _plural(phrase: str) -> str:
    for article in ("a ", "an "):
        if phrase.startswith(article):
            noun = phrase[len(article):]
            head, _, rest = noun.partition(" ")
            return f"{head}s" + (f" {rest}" if rest else "")
    return phrase


def _kind(value) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    return "null" if value is None else type(value).__name__


def _show(value) -> str:
    return f"'{value}'" if isinstance(value, str) else _kind(value)
