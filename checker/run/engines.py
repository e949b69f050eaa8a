"""Where batches are extracted: in this process, in forked worker processes, or on a
Dask cluster (the optional extra: pip install ".[dask]"). Each engine's `submit`
gives a handle whose get() returns the batch's Results; all give the same claims.

On Dask, each batch of articles is one task. A worker compiles the rules once (the
first time it gets a task) and keeps them. Workers must see the same files and
rules folder at the same paths (a shared file system, or the same image).
"""
from __future__ import annotations

import signal
from dataclasses import dataclass

from .batch import work

SCHEDULER_TIMEOUT = 10  # seconds to reach a named Dask scheduler
_RUN = None  # the Run a forked worker inherits
_RUNS = {}  # on a Dask worker: (rules folder, model) -> Run


@dataclass
class Done:
    results: list

    def get(self) -> list:
        return self.results


class Local:
    """This process (jobs=1), or a pool of forked workers that share the compiled rules."""

    def __init__(self, run, jobs: int, scheduler: str = None):
        self.run, self.jobs, self.pool = run, jobs, None

    def submit(self, task):
        if self.jobs == 1:
            return Done(work(task, self.run))
        global _RUN
        _RUN = self.run
        self.run.extractor  # built before the workers fork, so they share it
        if self.pool is None:
            import multiprocessing

            self.pool = multiprocessing.get_context("fork").Pool(self.jobs, initializer=_leave_interrupts)
        return self.pool.apply_async(_work_forked, (task,))

    def close(self, abort: bool = False) -> None:
        """Wait for the workers to finish, or (abort) stop them now: no new one starts."""
        if self.pool is not None:
            self.pool.terminate() if abort else self.pool.close()
            self.pool.join()
            self.pool = None


def _leave_interrupts():
    """A worker leaves Ctrl-C to the parent, which stops the whole pool: a worker that died
    of it would be replaced, and its batch waited for, for ever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work_forked(task):
    return work(task, _RUN)


class Dask:
    def __init__(self, run, jobs: int, scheduler: str = None):
        self.run, self.jobs, self.scheduler, self.client = run, jobs, scheduler, None

    def submit(self, task):
        if self.client is None:
            self.client = client_for(self.scheduler, self.jobs)
        return _Handle(self.client.submit(work_remote, task, rules_dir=str(self.run.rule_set.folder),
                                          model=self.run.model, fields=self.run.fields, pure=False))

    def close(self, abort: bool = False) -> None:
        if self.client is not None:
            cluster = self.client.cluster  # the LocalCluster started for this run, None for a named scheduler
            self.client.close(timeout=5 if abort else None)
            if cluster is not None and not self.scheduler:
                cluster.close(timeout=5 if abort else None)
            self.client = None


def _run_for(rules_dir, model):
    from .pipeline import Run

    key = (str(rules_dir), model)
    if key not in _RUNS:
        _RUNS[key] = Run.load(rules_dir, model)
    return _RUNS[key]


def work_remote(task, rules_dir, model, fields):
    run = _run_for(rules_dir, model)
    if fields:
        run = run.only(fields)
    return work(task, run)


def client_for(scheduler, jobs):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        from ..errors import CheckerError, problem

        raise CheckerError([problem("E301", "--engine", detail="Dask is not installed; install it with "
                                                               "`.venv/bin/pip install \".[dask]\"`")]) from None
    if scheduler:
        try:
            return Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            from ..errors import CheckerError, problem

            raise CheckerError([problem("E301", "--scheduler", detail=f"cannot reach the Dask scheduler at "
                                                                      f"{scheduler}: {exc}")]) from None
    return Client(LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               dashboard_address=":0"))  # a free port: no clash, no warning on stderr


class _Handle:
    def __init__(self, future):
        self.future = future

    def get(self) -> list:
        return self.future.result()


ENGINES = {"local": Local, "dask": Dask}
