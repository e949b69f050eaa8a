"""What every command shares: the `checker` group and its `rules` group, exit codes,
the options defined once (--rules, --model, --jobs ...), and bad input as exit 2.

Exit codes: 0 done; 1 the run found what --fail-on asked about (or an eval or
rule test fell short); 2 bad input (rules, articles, options); 130 interrupted
(Ctrl-C): the workers are stopped, and no report or partial output is left.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .. import __version__
from ..errors import CheckerError

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


RULES_DEFAULT = Path("rules")


def rules_option(func):
    """--rules DIR: the folder of rule files, the same on every command."""
    return click.option("--rules", "rules_dir", default=RULES_DEFAULT, show_default=True,
                        type=click.Path(file_okay=False, path_type=Path),
                        help="Folder of rule files (*.yaml).")(func)


def one_folder(folder, rules_dir):
    """`rules validate FOLDER`, as it was written before --rules: the same as --rules FOLDER."""
    from ..errors import problem

    if folder is not None and rules_dir != RULES_DEFAULT and Path(folder) != Path(rules_dir):
        raise CheckerError([problem("E301", "FOLDER", detail=f"two rules folders given ({folder} and --rules "
                                                             f"{rules_dir}); give one, with --rules")])
    return Path(folder) if folder is not None else rules_dir


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def main():
    """Compare what news articles say, field by field, with evidence.

    Rules (YAML) declare the fields; `checker report` extracts each field from
    every article and reports where the sources agree and where they contradict.
    """


@main.group()
def rules():
    """Work with rule files."""




def known_rules(run, ids, rules_dir, where: str) -> list:
    """The rules of run with these ids, in the order asked (all of them when none is
    asked); an unknown id is bad input, with the ids that are known."""
    from ..errors import did_you_mean, problem

    known = {r.id: r for r in run.rules}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise CheckerError([problem("E301", where, detail=f"no rule '{i}' in {rules_dir}{did_you_mean(i, known)}; "
                                                          f"known: {', '.join(known)}") for i in unknown])
    return [known[i] for i in dict.fromkeys(ids)] if ids else list(run.rules)


def read_each(paths):
    """The articles under paths (files or folders), read one at a time; what cannot be
    read is said on stderr and passed over."""
    from ..ingest import list_inputs, read_article

    inputs = list_inputs(paths)
    warn(inputs.skipped + inputs.warnings)
    for file, meta, article_id in inputs.files:
        try:
            article, warnings = read_article(Path(file), meta, article_id=article_id)
        except CheckerError as exc:
            warn(exc.problems)
            continue
        warn(warnings)
        yield article
