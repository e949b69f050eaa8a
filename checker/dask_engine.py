"""Extraction on a Dask cluster (the optional extra: pip install ".[dask]").

Each batch of articles is one task. A worker compiles the rules once (the
first time it gets a task) and keeps them; the results come back in order,
and are the same claims a local run gives. Workers must see the same files
and rules folder at the same paths (a shared file system, or the same image).
"""
from __future__ import annotations

_RUNS = {}  # (rules folder, model) -> Run, per worker process


def _run_for(rules_dir, model):
    from .pipeline import Run

    key = (str(rules_dir), model)
    if key not in _RUNS:
        _RUNS[key] = Run.load(rules_dir, model)
    return _RUNS[key]


def work_remote(task, rules_dir, model, fields):
    from .runner import work

    run = _run_for(rules_dir, model)
    if fields:
        run = run.only(fields)
    return work(task, run)


def client_for(scheduler, jobs):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        from .errors import CheckerError, problem

        raise CheckerError([problem("E301", "--engine", detail="Dask is not installed; install it with "
                                                               "`.venv/bin/pip install \".[dask]\"`")]) from None
    if scheduler:
        return Client(scheduler)
    return Client(LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None))


def submit(runner, task):
    """A handle on one batch's Results, computed on the cluster (get() waits for them)."""
    client = getattr(runner, "_client", None) or client_for(runner.scheduler, runner.jobs)
    runner._client = client
    return _Handle(client.submit(work_remote, task, rules_dir=str(runner.rules_dir), model=runner.run.model,
                                 fields=runner.run.fields, pure=False))


class _Handle:
    def __init__(self, future):
        self.future = future

    def get(self) -> list:
        return self.future.result()
