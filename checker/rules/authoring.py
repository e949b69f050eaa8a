"""Writing rules: `checker rules new` writes a commented template for a value type
(checker/data/templates/<type>.yaml below _head.yaml); `checker rules schema` writes
the rule schema beside the rules, as `rule.schema.json`, which every template names
(`$schema=./rule.schema.json`), so that editors find it wherever the folder lives."""
from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path
from string import Template

from ..errors import CheckerError, problem

ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")  # as the schema's id: a file name on any system


SCHEMA = "rule.schema.json"  # beside the rules: what templates name


def template(rule_id: str, rule_type: str) -> str:
    """The commented starting point of a new rule of this type."""
    folder = resources.files("checker").joinpath("data/templates")
    text = folder.joinpath("_head.yaml").read_text("utf-8") + folder.joinpath(f"{rule_type}.yaml").read_text("utf-8")
    return Template(text).substitute(id=rule_id, type=rule_type, schema=f"./{SCHEMA}")


def write_schema(rules_dir, only_if_missing: bool = False):
    """Write the rule schema to rules_dir/rule.schema.json (the folder made if need be);
    its path, or None when it was there and only_if_missing."""
    path = Path(rules_dir) / SCHEMA
    if only_if_missing and os.path.lexists(path):
        return None
    text = resources.files("checker").joinpath(f"schemas/{SCHEMA}").read_text("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    except OSError as exc:
        raise CheckerError([problem("E303", str(path), detail=exc.strerror or str(exc))]) from None
    return path


def new_rule(rules_dir, rule_id: str, rule_type: str) -> Path:
    """Write rules_dir/ID.yaml from the template; never overwrite a rule."""
    if not ID_RE.match(rule_id):
        raise CheckerError([problem("E301", "ID", detail=f"'{rule_id[:80]}' is not a lower_snake_case id "
                                                         "(a-z, 0-9, _; starting with a letter; at most 64)")])
    path = Path(rules_dir) / f"{rule_id}.yaml"
    if os.path.lexists(path):  # a link to nowhere too: never written through
        raise CheckerError([problem("E117", str(path), detail="choose another id, or edit the file")])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # refuses a link put there meanwhile
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(template(rule_id, rule_type))
    except OSError as exc:
        raise CheckerError([problem("E114", str(path), detail=exc.strerror or str(exc))]) from None
    return path
