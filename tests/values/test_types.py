"""The value-type registry is the one list of types: the rule schema, the templates of
`checker rules new` and the CLI's choices agree with it."""
from __future__ import annotations

from importlib import resources

from checker.schema import load_schema
from checker.values import SLOTS, TYPES


def _conditions(schema):
    """type enum of each `if` in the schema's allOf -> what its `then` requires."""
    for branch in schema["allOf"]:
        cond = branch["if"]["properties"]["type"]
        yield frozenset(cond.get("enum", [cond.get("const")])), branch["then"]


def test_the_schema_names_every_registered_type_and_no_other():
    assert load_schema("rule")["properties"]["type"]["enum"] == list(TYPES)


def test_the_schema_asks_named_types_for_values_and_slot_types_for_captures():
    named = frozenset(name for name, t in TYPES.items() if t.named)
    capturing = frozenset(name for name, t in TYPES.items() if t.slot and not t.any_in_scope)
    optional = frozenset(name for name, t in TYPES.items() if t.any_in_scope)
    found = {types: then for types, then in _conditions(load_schema("rule"))}
    assert found[named] == {"required": ["values"], "not": {"required": ["capture"]}}
    assert found[capturing] == {"required": ["capture"], "not": {"required": ["values"]}}
    assert found[optional] == {"not": {"required": ["values"]}}
    assert named | capturing | optional == frozenset(TYPES)


def test_every_type_has_a_template_and_every_template_a_type():
    folder = resources.files("checker").joinpath("data/templates")
    templates = {p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml") and not p.name.startswith("_")}
    assert templates == set(TYPES)


def test_slots_belong_to_their_types():
    assert {slot: t.name for slot, t in SLOTS.items()} == {"{number}": "number", "{date}": "date", "{text}": "text"}
