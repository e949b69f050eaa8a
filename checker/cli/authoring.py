"""The `checker rules` commands: validate, new, schema, test, suggest."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..values import TYPES
from .common import (EXIT_FOUND, bad_input_exits, known_rules, model_option, one_folder, read_each, rules,
                     rules_option)


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
    """Write RULES/ID.yaml from a commented template for TYPE; fill in every TODO.

    The template names ./rule.schema.json, for editors; it is written beside the rules
    when missing (`checker rules schema` writes it again)."""
    from ..rules.authoring import new_rule, write_schema

    path = new_rule(rules_dir, rule_id, rule_type)
    schema = write_schema(rules_dir, only_if_missing=True)
    click.echo(f"wrote {path}: replace every TODO, then run `checker rules test {rule_id} --rules {rules_dir}`"
               + (f"\nwrote {schema}, the rule schema that editors read" if schema else ""))


@rules.command("schema")
@rules_option
@bad_input_exits
def rules_schema(rules_dir):
    """Write the rule schema beside the rules, as RULES/rule.schema.json.

    Rule files name it (`# yaml-language-server: $schema=./rule.schema.json`), so editors
    complete and check keys wherever the rules folder lives."""
    from ..rules.authoring import write_schema

    click.echo(f"wrote {write_schema(rules_dir)}")


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


@rules.command("suggest")
@click.argument("field", metavar="FIELD")
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@rules_option
@click.option("--json", "as_json", is_flag=True, help="Print the groups as JSON.")
@model_option
@bad_input_exits
def rules_suggest(field, articles, rules_dir, as_json, model):
    """List the sentences that name FIELD's subject but match no value phrase.

    The sentences of ARTICLES (files or folders), grouped by the words that recur beside the trigger ("no evidence of …" ×7), the
    largest group first, each sentence with its file:line: the wording the rule misses."""
    from ..extract.suggest import group, misses
    from ..render.suggest import render_json, render_text
    from ..run import Run

    run = Run.load(rules_dir, model)
    (rule,) = known_rules(run, [field], rules_dir, "FIELD")
    found, read = [], 0
    for article in read_each(articles):
        found += misses(run.extractor, rule, article)
        read += 1
    groups = group(found)
    click.echo(render_json(rule, groups, read) if as_json else render_text(rule, groups, read), nl=False)
