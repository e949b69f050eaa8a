"""The `checker rules` commands: validate, new, test."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..values import TYPES
from .common import EXIT_FOUND, bad_input_exits, known_rules, model_option, one_folder, rules, rules_option


@rules.command("validate")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@rules_option
@bad_input_exits
def rules_validate(folder, rules_dir):
    """Check every rule file and report every problem at once.

    The folder is --rules DIR, as on every command; `rules validate FOLDER` still works."""
    from ..rules import load_rules

    rules_dir = one_folder(folder, rules_dir)
    loaded = load_rules(rules_dir)
    click.echo(f"{len(loaded)} rules OK in {rules_dir}")


@rules.command("new")
@click.argument("rule_id", metavar="ID")
@click.option("--type", "rule_type", required=True, type=click.Choice(list(TYPES)), help="The value type.")
@rules_option
@bad_input_exits
def rules_new(rule_id, rule_type, rules_dir):
    """Write RULES/ID.yaml from a commented template for TYPE; fill in every TODO."""
    from ..rules.authoring import new_rule

    path = new_rule(rules_dir, rule_id, rule_type)
    click.echo(f"wrote {path}: replace every TODO, then run `checker rules test {rule_id} --rules {rules_dir}`")


@rules.command("test")
@click.argument("rule_ids", nargs=-1, metavar="[RULE]...")
@rules_option
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@model_option
@bad_input_exits
def rules_test(rule_ids, rules_dir, as_json, model):
    """Run the examples of RULE (default: every rule); exit 1 on any failure."""
    from ..render.ruletest import render_json, render_text
    from ..rules.examples import run_rules
    from ..run import Run

    run = Run.load(rules_dir, model)
    chosen = known_rules(run, rule_ids, rules_dir, "RULE")
    results = run_rules(run.extractor, chosen)
    click.echo(render_json(results) if as_json else render_text(results, chosen), nl=False)
    if any(not r.ok for examples in results.values() for r in examples):
        sys.exit(EXIT_FOUND)
