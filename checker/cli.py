"""The command line: thin click verbs over the library.

Exit codes: 0 done; 1 the run found what --fail-on asked about (or an eval or
rule test fell short); 2 bad input (rules, articles, options); 130 interrupted
(Ctrl-C): the workers are stopped, and no report or partial output is left.
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import CheckerError
from .values import TYPES

EXIT_OK, EXIT_FOUND, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


def bad_input_exits(func):
    """Every CheckerError becomes its problem lines on stderr and exit code 2; Ctrl-C,
    once the work is stopped and its temporary files removed, exit code 130."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CheckerError as exc:
            for p in exc.problems:
                click.echo(str(p), err=True)
            sys.exit(EXIT_BAD_INPUT)
        except KeyboardInterrupt:
            click.echo("interrupted: nothing written", err=True)
            sys.exit(EXIT_INTERRUPTED)
    return wrapper


def rules_option(func):
    return click.option("--rules", "rules_dir", default="rules", show_default=True,
                        type=click.Path(file_okay=False, path_type=Path),
                        help="Folder of rule files (*.yaml).")(func)


def model_option(func):
    return click.option("--model", default=None, metavar="PACKAGE",
                        help="An installed trained spaCy pipeline to use instead of the rule-based default.")(func)


def warn(problems) -> None:
    for p in problems:
        click.echo(str(p), err=True)


def scale_options(func):
    """--jobs, --no-cache, --engine, --scheduler: how a corpus is run."""
    func = click.option("--scheduler", default=None, metavar="ADDRESS",
                        help="With --engine dask: a running scheduler (tcp://host:8786); default: a local cluster.")(func)
    func = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                        help="Where to extract: this machine, or a Dask cluster (pip install \".[dask]\").")(func)
    func = click.option("--no-cache", is_flag=True, help="Extract everything again; do not read or write .checker-cache/.")(func)
    func = click.option("--jobs", type=click.IntRange(1), default=None, metavar="N",
                        help="Worker processes (default: every core).")(func)
    return func


def stream(run, paths, jobs, no_cache, engine, scheduler, articles=False, written=()):
    """(inputs, runner): the listed articles (what this run writes left out), and the runner
    that extracts them a batch at a time."""
    from .ingest import list_inputs
    from .run import Runner, cap_jobs

    inputs = list_inputs(paths, written)
    runner = Runner(run, jobs=cap_jobs(jobs, len(inputs.files)), use_cache=not no_cache, engine=engine, scheduler=scheduler,
                    progress=sys.stderr.isatty(), articles=articles, warn=warn)
    warn(inputs.skipped + inputs.warnings)
    return inputs, runner


def claims_in_order(run, result) -> list:
    return [c for rule in run.rules for c in result.claims.get(rule.id, [])]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def main():
    """Compare what news articles say, field by field, with evidence.

    Rules (YAML) declare the fields; `checker report` extracts each field from
    every article and reports where the sources agree and where they contradict.
    """


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@rules_option
@click.option("--out", "out_dir", default="reports", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for report.md and report.json.")
@click.option("--fail-on", type=click.Choice(["contradiction"]), default=None,
              help="Exit 1 when the report holds a contradiction.")
@click.option("--strict", is_flag=True, help="Exit 2 when any input had to be skipped.")
@click.option("--diagnostics", is_flag=True, help="Add rule diagnostics to report.md (report.json always has them).")
@click.option("--html", is_flag=True, help="Also write OUT/report.html: each article with its evidence highlighted.")
@model_option
@scale_options
@bad_input_exits
def report(articles, rules_dir, out_dir, fail_on, strict, diagnostics, html, model, jobs, no_cache, engine, scheduler):
    """Write OUT/report.md and OUT/report.json for ARTICLES (files or folders)."""
    from .render import FORMATS, check_output, report_paths, write_reports
    from .run import Run

    extra = ("html",) if html else ()
    run = Run.load(rules_dir, model)
    formats = [n for n, f in FORMATS.items() if f.default or n in extra]
    check_output(report_paths(out_dir, formats))
    inputs, runner = stream(run, articles, jobs, no_cache, engine, scheduler, articles=True, written=[out_dir])
    comparer, skipped, warnings = run.comparer(), list(inputs.skipped), list(inputs.warnings)
    with runner:
        for result in runner.results(inputs):
            warn(result.problems + result.warnings)
            skipped += result.problems
            warnings += result.warnings
            if result.article is not None:
                comparer.add(result.article, claims_in_order(run, result))
    if strict and skipped:
        sys.exit(EXIT_BAD_INPUT)
    cmp = comparer.finish(skipped, warnings)
    paths = write_reports(cmp, out_dir, diagnostics, formats)
    cmp.store.close()
    contradictions = sum(1 for v in cmp.fields if v.verdict == "contradict")
    click.echo(f"{cmp.articles} articles, {len(cmp.fields)} fields, {contradictions} contradicted: "
               f"wrote {', '.join(map(str, paths[:-1]))} and {paths[-1]}")
    if fail_on == "contradiction" and contradictions:
        sys.exit(EXIT_FOUND)


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@rules_option
@click.option("--out", "out_file", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Write the claims here instead of stdout.")
@click.option("--field", "fields", multiple=True, metavar="ID", help="Only these fields (repeatable).")
@model_option
@scale_options
@bad_input_exits
def extract(articles, rules_dir, out_file, fields, model, jobs, no_cache, engine, scheduler):
    """Print one JSON object per claim per line (JSON Lines) for ARTICLES.

    Claims are written as each batch of articles is done, so memory stays flat
    however large the corpus."""
    from .errors import did_you_mean, problem
    from .render import atomic_writer, check_output
    from .run import Run

    run = Run.load(rules_dir, model)
    unknown = [f for f in fields if f not in {r.id for r in run.rules}]
    if unknown:
        known = [r.id for r in run.rules]
        raise CheckerError([problem("E301", "--field", detail=f"no rule '{f}' in {rules_dir}{did_you_mean(f, known)}; "
                                                              f"known: {', '.join(known)}") for f in unknown])
    run = run.only(fields) if fields else run
    if out_file is not None:
        check_output([out_file])
    inputs, runner = stream(run, articles, jobs, no_cache, engine, scheduler, written=[out_file] if out_file else [])
    with runner, atomic_writer(out_file) as out:
        for result in runner.results(inputs):
            warn(result.problems + result.warnings)
            out.write("".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n"
                              for c in claims_in_order(run, result)))


@main.group()
def rules():
    """Work with rule files."""


@rules.command("validate")
@click.argument("rules_dir", default="rules", type=click.Path(path_type=Path))
@bad_input_exits
def rules_validate(rules_dir):
    """Check every rule file in RULES_DIR (default: rules) and report every problem."""
    from .rules import load_rules

    loaded = load_rules(rules_dir)
    click.echo(f"{len(loaded)} rules OK in {rules_dir}")


@main.command("eval")
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Gold annotations (the format of seeds.gold.yaml).")
@rules_option
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--min-precision", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this precision.")
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this recall.")
@model_option
@bad_input_exits
def eval_(articles, gold_path, rules_dir, as_json, min_precision, min_recall, model):
    """Score extraction on ARTICLES (default: seeds) against gold annotations."""
    from .evaluate import evaluate, load_gold
    from .ingest import load_corpus
    from .render import evaluation
    from .run import Run

    gold = load_gold(gold_path)
    run = Run.load(rules_dir, model)
    corpus = load_corpus(articles or [Path("seeds")])
    warn(corpus.skipped + corpus.warnings)
    result = evaluate(gold, run.claims(corpus.articles), {a.id: a for a in corpus.articles},
                      [r.id for r in run.rules])
    click.echo(evaluation.to_json(result) if as_json else evaluation.text(result, gold_path), nl=False)
    low = (min_precision is not None and result.total.precision < min_precision) or \
          (min_recall is not None and result.total.recall < min_recall)
    if low:
        sys.exit(EXIT_FOUND)


@main.command("explain")
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--rule", "rule_id", required=True, metavar="ID", help="The rule (field) to explain.")
@rules_option
@model_option
@bad_input_exits
def explain_(article, rule_id, rules_dir, model):
    """Show every decision taken on ARTICLE for one rule, and why a field is empty."""
    from .errors import did_you_mean, problem
    from .extract.explain import explain
    from .render.explain import render
    from .run import Run

    run = Run.load(rules_dir, model)
    rules = {r.id: r for r in run.rules}
    if rule_id not in rules:
        raise CheckerError([problem("E301", "--rule", detail=f"no rule '{rule_id}' in {rules_dir}"
                                    f"{did_you_mean(rule_id, rules)}")])
    found = read_one(article)
    click.echo(render(explain(run.extractor, found, rules[rule_id])), nl=False)


def read_one(path: Path):
    """One article as a run over its folder reads it: its manifest entry, its own date."""
    from . import ingest
    from .errors import problem

    if ingest.format_of(path) is None:
        raise CheckerError([problem("E201", str(path), detail="not an article file (.txt, .md, .html)")])
    manifest = ingest.read_manifest(path.parent / ingest.MANIFEST, ingest.Corpus())
    article, warnings = ingest.read_article(path, manifest.get(path.name, {}))
    warn(warnings)
    return article


@rules.command("new")
@click.argument("rule_id", metavar="ID")
@click.option("--type", "rule_type", required=True, type=click.Choice(list(TYPES)), help="The value type.")
@rules_option
@bad_input_exits
def rules_new(rule_id, rule_type, rules_dir):
    """Write RULES/ID.yaml from a commented template for TYPE; fill in every TODO."""
    from .rules.authoring import new_rule

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
    from .errors import did_you_mean, problem
    from .render.ruletest import render_json, render_text
    from .rules.examples import run_rules
    from .run import Run

    run = Run.load(rules_dir, model)
    known = {r.id: r for r in run.rules}
    unknown = [i for i in rule_ids if i not in known]
    if unknown:
        raise CheckerError([problem("E301", "RULE", detail=f"no rule '{i}' in {rules_dir}{did_you_mean(i, known)}")
                            for i in unknown])
    chosen = [known[i] for i in rule_ids] if rule_ids else list(run.rules)
    results = run_rules(run.extractor, chosen)
    click.echo(render_json(results) if as_json else render_text(results, chosen), nl=False)
    if any(not r.ok for examples in results.values() for r in examples):
        sys.exit(EXIT_FOUND)
