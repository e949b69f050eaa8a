"""The commands that measure rules on articles: `checker eval` and `checker explain`."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import (EXIT_BAD_INPUT, EXIT_FOUND, CheckerError, bad_input_exits, known_rules, main, model_option,
                     read_each, rules_option, warn)


@main.command("eval")
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Gold annotations (the format of tests/gold/seeds.gold.yaml).")
@rules_option
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--min-precision", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this precision.")
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this recall.")
@model_option
@bad_input_exits
def eval_(articles, gold_path, rules_dir, as_json, min_precision, min_recall, model):
    """Score extraction on ARTICLES against gold annotations.

    Without ARTICLES: the folder the gold names (`corpus: PATH`), else articles/ beside
    it. The gold is checked first: every unknown field or value, missing article file
    and quote not in its article is an error (exit 2). Only the articles given are scored."""
    from ..evaluate import check_gold, corpus_of, evaluate, load_gold
    from ..ingest import list_inputs, load_corpus
    from ..render import evaluation
    from ..run import Run

    gold = load_gold(gold_path)
    run = Run.load(rules_dir, model)
    paths = corpus_of(gold, articles)
    corpus = load_corpus(paths)
    warn(corpus.skipped + corpus.warnings)
    folders = sorted({p if p.is_dir() else p.parent for p in map(Path, paths)})
    given = {a.id: a for a in corpus.articles}
    problems = check_gold(gold, run.rules, {i for _, _, i in list_inputs(folders).files}, given)
    if problems:
        raise CheckerError(problems)
    scored = [a for a in corpus.articles if a.id in set(gold.articles)]
    result = evaluate(gold, run.claims(scored), given, [r.id for r in run.rules])
    source = "" if articles else f"{paths[0]}, " + ("named by the gold" if gold.corpus else "beside the gold")
    click.echo(evaluation.to_json(result) if as_json else evaluation.text(result, gold_path, source), nl=False)
    low = (min_precision is not None and result.total.precision < min_precision) or \
          (min_recall is not None and result.total.recall < min_recall)
    if low:
        sys.exit(EXIT_FOUND)


@main.command("explain")
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rule", "rule_ids", multiple=True, metavar="ID",
              help="A rule (field) to explain; repeatable (default: every rule).")
@rules_option
@model_option
@bad_input_exits
def explain_(articles, rule_ids, rules_dir, model):
    """Show every decision on ARTICLES for each rule, and why a field is empty.

    ARTICLES are files or folders; --rule may be repeated (default: every rule). The
    pipeline is built once for the run."""
    from ..extract.explain import explain_rules
    from ..render.explain import render_article
    from ..run import Run

    run = Run.load(rules_dir, model)
    chosen = known_rules(run, rule_ids, rules_dir, "--rule")
    shown = 0
    for article in read_each(articles):
        click.echo(("\n" if shown else "") + render_article(explain_rules(run.extractor, article, chosen)), nl=False)
        shown += 1
    if not shown:
        sys.exit(EXIT_BAD_INPUT)
