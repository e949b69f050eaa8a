"""The corpus commands: `checker report` and `checker extract`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import (EXIT_BAD_INPUT, EXIT_FOUND, bad_input_exits, known_rules, main, model_option, rules_option,
                     scale_options, warn)


def stream(run, paths, jobs, no_cache, engine, scheduler, articles=False, written=()):
    """(inputs, runner): the listed articles (what this run writes left out), and the runner
    that extracts them a batch at a time."""
    from ..ingest import list_inputs
    from ..run import Runner, cap_jobs

    inputs = list_inputs(paths, written)
    runner = Runner(run, jobs=cap_jobs(jobs, len(inputs.files)), use_cache=not no_cache, engine=engine, scheduler=scheduler,
                    progress=sys.stderr.isatty(), articles=articles, warn=warn)
    warn(inputs.skipped + inputs.warnings)
    return inputs, runner


def claims_in_order(run, result) -> list:
    return [c for rule in run.rules for c in result.claims.get(rule.id, [])]


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
    from ..render import FORMATS, check_output, report_paths, write_reports
    from ..run import Run

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
    from ..render import atomic_writer, check_output
    from ..run import Run

    run = Run.load(rules_dir, model)
    known_rules(run, fields, rules_dir, "--field")
    run = run.only(fields) if fields else run
    if out_file is not None:
        check_output([out_file])
    inputs, runner = stream(run, articles, jobs, no_cache, engine, scheduler, written=[out_file] if out_file else [])
    with runner, atomic_writer(out_file) as out:
        for result in runner.results(inputs):
            warn(result.problems + result.warnings)
            out.write("".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n"
                              for c in claims_in_order(run, result)))


