"""Writing rules: `checker rules new` (a commented template per type) and the
text of `checker rules test` (each rule's examples, passed or failed, with the
values and the evidence)."""
from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path
from string import Template

from .errors import CheckerError, problem
from .ruletest import run_rule

TYPES = ("category", "ordinal", "set", "number", "date", "text")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def template(rule_id: str, rule_type: str, rules_dir: Path) -> str:
    """The commented starting point of a new rule of this type."""
    folder = resources.files("checker").joinpath("data/templates")
    schema = resources.files("checker").joinpath("schemas/rule.schema.json")
    relative = os.path.relpath(str(schema), start=str(Path(rules_dir).resolve()))
    text = folder.joinpath("_head.yaml").read_text("utf-8") + folder.joinpath(f"{rule_type}.yaml").read_text("utf-8")
    return Template(text).substitute(id=rule_id, type=rule_type, schema=relative)


def new_rule(rules_dir, rule_id: str, rule_type: str) -> Path:
    """Write rules_dir/ID.yaml from the template; never overwrite a rule."""
    if not ID_RE.match(rule_id):
        raise CheckerError([problem("E301", "ID", detail=f"'{rule_id}' is not a lower_snake_case id "
                                                         "(a-z, 0-9, _; starting with a letter)")])
    path = Path(rules_dir) / f"{rule_id}.yaml"
    if path.exists():
        raise CheckerError([problem("E117", str(path), detail="choose another id, or edit the file")])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(template(rule_id, rule_type, path.parent), "utf-8")
    return path


def test_rules(extractor, rules) -> dict:
    """rule id -> [ExampleResult], in rule order."""
    return {rule.id: run_rule(extractor, rule) for rule in rules}


def _claim_line(claim) -> str:
    value = f"not {claim.value}" if claim.negated else claim.value
    return f"{value}  \"{claim.match}\" ({claim.rule_part})  line {claim.line}: {claim.quote}"


def render_text(results: dict, rules) -> str:
    paths = {r.id: r.path for r in rules}
    out, failed, known = [], 0, 0
    for rule_id, examples in results.items():
        bad = [r for r in examples if not r.ok]
        misses = [r for r in examples if r.known_miss and r.ok]
        failed, known = failed + len(bad), known + len(misses)
        words = f"{len(examples) - len(bad) - len(misses)} passed"
        words += f", {len(bad)} failed" if bad else ""
        words += f", {len(misses)} known miss{'es' if len(misses) != 1 else ''}" if misses else ""
        out.append(f"{rule_id}: {words}")
        for r in bad + misses:
            label = "FAIL" if r in bad else "known miss"
            problem = r.problem if not r.ok else f"expected {list(r.expected)}, got {list(r.got)}"
            if not r.ok and r.known_miss:
                problem = "this known miss now passes: remove `known_miss`"
            out.append(f"  {label} {paths[rule_id]}:{r.line}: {problem}")
            out.append(f"    text: {r.text.strip()}")
            out += [f"    extracted: {_claim_line(c)}" for c in r.claims]
    total = sum(len(v) for v in results.values())
    out.append(f"{len(results)} rules, {total} examples: {total - failed - known} passed, {failed} failed, "
               f"{known} known miss{'es' if known != 1 else ''}")
    return "\n".join(out) + "\n"


def render_json(results: dict) -> str:
    data = {rule_id: [{"line": r.line, "text": r.text, "expected": list(r.expected), "got": list(r.got),
                       "passed": r.passed, "known_miss": r.known_miss, "ok": r.ok, "problem": r.problem,
                       "claims": [c.to_json() for c in r.claims]} for r in examples]
            for rule_id, examples in results.items()}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
