"""Lint many files, in worker processes when asked, keeping the input order and every result.

A worker that dies (a native crash in a parser) costs the document it was reading, which is reported
as unreadable; the other documents are linted again in a fresh pool.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from strategylint.config import Config
from strategylint.engine import DocumentResult, Engine
from strategylint.parsers import Limits

_WORKER_ENGINE: Engine | None = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(config: Config, as_of: int | None, limits: Limits) -> None:
    global _WORKER_ENGINE
    _WORKER_ENGINE = Engine(config, as_of=as_of, limits=limits)


def _lint_in_worker(path: str) -> DocumentResult:
    assert _WORKER_ENGINE is not None
    return _WORKER_ENGINE.lint_path(Path(path))


def lint_files(files: list[Path], engine: Engine, jobs: int) -> Iterator[DocumentResult]:
    """Results in the order of `files`."""
    if jobs <= 1 or len(files) <= 1:
        for path in files:
            yield engine.lint_path(path)
        return
    pending = [str(p) for p in files]
    while pending:
        with ProcessPoolExecutor(max_workers=min(jobs, len(pending)), initializer=_init_worker,
                                 initargs=(engine.config, engine.as_of, engine.limits)) as pool:
            futures: list[Future[DocumentResult]] = [pool.submit(_lint_in_worker, p) for p in pending]
            done = 0
            try:
                for future in futures:
                    yield future.result()
                    done += 1
            except BrokenProcessPool:
                yield DocumentResult(path=pending[done], error="the reader crashed on this file (the file may be "
                                                               "corrupt or hostile); other files go on")
                done += 1
            pending = pending[done:]
