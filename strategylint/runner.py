"""Lint many files in worker processes, with a time limit per document, keeping the input order.

Design
------
A hostile file can hang native code (PDFium, a regular expression) where no signal handler gets to
run, or crash the process outright. Only a separate process can be stopped, or survived, so whenever
a time limit is set (the default: `DEFAULT_TIMEOUT` seconds per document, ``--timeout``) documents
are linted in worker processes, even with ``--jobs 1`` and even for a single file. With ``--jobs 1``
that is one worker, used for every file in turn.

* `WorkerPool` starts up to ``jobs`` workers once and reuses them: each builds its `Engine` and the
  spaCy pipeline when it starts (about 1.5 s under the spawn and forkserver start methods), never per
  document. Under the fork start method (Linux up to Python 3.13) the parent builds the pipeline
  first, so the workers inherit it and start in milliseconds.
* A worker holds one document at a time: the parent sends it a path and waits for its result, so the
  parent always knows which document each worker is reading and since when. A worker past its
  deadline is killed (SIGKILL) and its document reported as timed out; a fresh worker takes its place
  only if documents remain. The other workers carry on undisturbed.
* A worker that dies (a native crash, or the kernel's out-of-memory killer) was reading exactly one
  document. It is still not blamed at once: the out-of-memory killer may pick a worker other than
  the one that ate the memory. Once the batch is done, each such document is linted again, alone, in
  a fresh worker; only if it kills that one too is it reported as the cause.
* A worker that raises (a bug in a rule or the analysis, not a bad file) reports the exception,
  which becomes an internal error for that document only.
* Workers die with the parent (Linux: ``PR_SET_PDEATHSIG``), so killing strategylint, even with
  SIGKILL, never leaves a worker spinning on a hostile file; Ctrl-C is the parent's alone.
* Results are buffered and yielded in input order. Each document is linted by the same code whatever
  worker reads it, so the output is byte-identical whatever ``--jobs`` is.

With ``--timeout 0`` (no limit) and ``--jobs 1``, documents are linted in the main process: no
process start, no protection. That is for debugging and profiling; with a limit, the limit holds.
Should worker processes fail to start at all (a sandbox without ``fork``), the documents are linted
in the main process too, with a note on each result saying that no time limit applied.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

from strategylint.config import Config
from strategylint.engine import DocumentResult, Engine
from strategylint.parsers import InputError, Limits

DEFAULT_TIMEOUT = 120.0
START_TIMEOUT = 120.0  # a worker that is not ready this long after it was started is given up on
MAX_START_FAILURES = 3  # workers in a row that die or hang before they are ready

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------------------------------
# A pool of reusable workers with a deadline per task


@dataclass(frozen=True, slots=True)
class Done(Generic[R]):
    """The handler returned `value`."""

    value: R


@dataclass(frozen=True, slots=True)
class Failed:
    """The handler raised; `error` is the exception's type and message, `details` its traceback."""

    error: str
    details: str


@dataclass(frozen=True, slots=True)
class TimedOut:
    """The task ran past the deadline; its worker was killed."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Died:
    """The worker died during the task: `exitcode` is negative for a signal, as in `Process.exitcode`."""

    exitcode: int | None

    def describe(self) -> str:
        code = self.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            if -code == signal.SIGKILL:
                return f"killed by {name}, perhaps for using too much memory"
            return f"killed by {name}"
        return f"the worker exited with code {code}"


Outcome = Done[R] | Failed | TimedOut | Died


class WorkerStartError(RuntimeError):
    """Worker processes cannot be started (or die before they are ready) again and again."""


def _die_with_parent(parent: int | None) -> None:
    """Have the kernel kill this worker when its parent dies, however it dies (Linux only): a worker
    stuck in a hostile file never reads its pipe, so it would not notice on its own. (Under the
    forkserver start method the parent is the fork server, which goes when the main process goes.)"""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent is not None and os.getppid() != parent:  # it died before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _worker_main(conn: Connection, handler: Callable[[Any], Any],
                 initializer: Callable[..., None] | None, initargs: tuple[Any, ...], parent: int | None) -> None:
    """The loop of a worker process: initialise, say so, then answer one task at a time until told
    to stop (None) or the parent goes away."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it kills us
    try:
        if initializer is not None:
            initializer(*initargs)
    except BaseException:
        conn.send(("init-failed", traceback.format_exc()))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            reply: tuple[str, Any] = ("done", handler(task))
        except BaseException as exc:
            reply = ("failed", (_describe(exc), _traceback(exc)))
        try:
            conn.send(reply)
        except Exception as exc:  # a result that cannot be pickled
            conn.send(("failed", (f"the result could not be sent back: {_describe(exc)}", "")))


def _describe(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:300]


def _traceback(exc: BaseException) -> str:
    try:
        return "".join(traceback.format_exception(exc))
    except Exception:
        return ""


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    task: int | None = None
    deadline: float = math.inf


class WorkerPool(Generic[T, R]):
    """Up to `jobs` worker processes that each run `handler` on one task at a time.

    `run` yields ``(index, outcome)`` pairs in the order tasks finish, where `index` is the task's
    position in the sequence given and the outcome is `Done`, `Failed`, `TimedOut` or `Died`. A task
    that runs longer than `timeout` seconds (None: no limit) has its worker killed. `handler`,
    `initializer` and the tasks must be picklable (module-level functions, plain data). Use the pool
    as a context manager, or call `close`, so that no worker outlives it.
    """

    def __init__(self, handler: Callable[[T], R], *, jobs: int, timeout: float | None,
                 initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
                 context: BaseContext | None = None, start_timeout: float = START_TIMEOUT) -> None:
        self.handler = handler
        self.jobs = max(1, jobs)
        self.timeout = timeout if timeout and timeout > 0 else None
        self.initializer = initializer
        self.initargs = initargs
        self.context: Any = context or multiprocessing.get_context()
        self.start_timeout = start_timeout
        self._workers: list[_Worker] = []
        self._start_failures = 0
        self._last_start_error = ""

    def __enter__(self) -> WorkerPool[T, R]:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker: idle ones are asked to leave, busy ones are killed."""
        for worker in self._workers:
            if worker.task is None and worker.ready:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        for worker in self._workers:
            worker.process.join(timeout=0.5 if worker.task is None and worker.ready else 0)
            self._kill(worker)
        self._workers.clear()

    def run(self, tasks: Sequence[T]) -> Iterator[tuple[int, Outcome[R]]]:
        queue = deque(range(len(tasks)))
        outstanding = len(tasks)
        try:
            while outstanding:
                busy = sum(worker.task is not None for worker in self._workers)
                while len(self._workers) < min(self.jobs, len(queue) + busy):
                    self._start()
                self._dispatch(tasks, queue)
                yield from self._collect(queue)
                outstanding = len(queue) + sum(worker.task is not None for worker in self._workers)
        finally:
            if outstanding:  # the caller stopped early, or an error: leave nothing running
                self.close()

    # -- internals ---------------------------------------------------------------------------------

    def _start(self) -> None:
        if self._start_failures >= MAX_START_FAILURES:
            raise WorkerStartError(self._last_start_error or "worker processes die before they are ready")
        parent = None if self.context.get_start_method() == "forkserver" else os.getpid()
        try:
            ours, child = self.context.Pipe()
            process = self.context.Process(target=_worker_main, daemon=True,
                                           args=(child, self.handler, self.initializer, self.initargs, parent))
            process.start()
        except OSError as exc:
            raise WorkerStartError(f"cannot start a worker process: {exc.strerror or exc}") from exc
        child.close()
        self._workers.append(_Worker(process, ours, deadline=time.monotonic() + self.start_timeout))

    def _dispatch(self, tasks: Sequence[T], queue: deque[int]) -> None:
        for worker in self._workers:
            if not queue:
                return
            if not worker.ready or worker.task is not None:
                continue
            index = queue.popleft()
            try:
                worker.conn.send(tasks[index])
            except OSError:  # it died while idle: the task never started, so it goes back
                queue.appendleft(index)
                continue
            worker.task = index
            worker.deadline = time.monotonic() + self.timeout if self.timeout else math.inf

    def _collect(self, queue: deque[int]) -> Iterator[tuple[int, Outcome[R]]]:
        """Wait for the first message, death or deadline, and handle everything that is ready."""
        nearest = min((worker.deadline for worker in self._workers), default=math.inf)
        wait_for = None if nearest == math.inf else max(0.0, nearest - time.monotonic())
        handles: list[Any] = [worker.conn for worker in self._workers]
        handles += [worker.process.sentinel for worker in self._workers]
        ready = set(wait(handles, timeout=wait_for))
        for worker in list(self._workers):
            if worker.conn in ready:
                yield from self._receive(worker, queue)
            elif worker.process.sentinel in ready:
                yield from self._died(worker, queue)
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.deadline <= now:
                self._remove(worker)
                if worker.task is not None:
                    yield worker.task, TimedOut(self.timeout or 0.0)
                else:
                    self._start_failed("a worker process was not ready in time")

    def _receive(self, worker: _Worker, queue: deque[int]) -> Iterator[tuple[int, Outcome[R]]]:
        try:
            kind, payload = worker.conn.recv()
        except Exception:  # EOF, or a message cut short by the worker's death
            yield from self._died(worker, queue)
            return
        if kind == "ready":
            worker.ready, worker.deadline = True, math.inf
            self._start_failures = 0
        elif kind == "init-failed":
            self._remove(worker)
            self._start_failed(str(payload).strip().splitlines()[-1] if payload else "initialisation failed")
        elif worker.task is not None:
            index, worker.task, worker.deadline = worker.task, None, math.inf
            if kind == "done":
                yield index, Done(payload)
            else:
                error, details = payload
                yield index, Failed(error, details)

    def _died(self, worker: _Worker, queue: deque[int]) -> Iterator[tuple[int, Outcome[R]]]:
        died = Died(self._remove(worker))
        if worker.task is not None:
            yield worker.task, died
        elif not worker.ready:
            self._start_failed(f"a worker process died while starting ({died.describe()})")

    def _start_failed(self, why: str) -> None:
        self._start_failures += 1
        self._last_start_error = why

    def _remove(self, worker: _Worker) -> int | None:
        """Kill `worker` if it still runs, forget it, and return its exit code."""
        self._workers.remove(worker)
        return self._kill(worker)

    @staticmethod
    def _kill(worker: _Worker) -> int | None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        exitcode = worker.process.exitcode
        worker.conn.close()
        with contextlib.suppress(ValueError):  # still running after SIGKILL and 5 s: the OS reaps it
            worker.process.close()
        return exitcode


# --------------------------------------------------------------------------------------------------
# Linting files

_WORKER_ENGINE: Engine | None = None


def _init_worker(config: Config, as_of: int | None, limits: Limits) -> None:
    global _WORKER_ENGINE
    _WORKER_ENGINE = Engine(config, as_of=as_of, limits=limits)
    _warm(_WORKER_ENGINE)


def _warm(engine: Engine) -> None:
    """Build the spaCy pipeline now (a no-op in a forked worker whose parent built it)."""
    from strategylint.nlp import pipeline

    pipeline(engine.lexicons)


def _lint_in_worker(path: str) -> DocumentResult:
    assert _WORKER_ENGINE is not None
    return _WORKER_ENGINE.lint_path(Path(path))


def timeout_error(seconds: float) -> str:
    return str(InputError(f"timed out after {seconds:g} s",
                          "the file may be hostile; raise --timeout if it is just big"))


def crash_error(died: Died) -> str:
    return str(InputError(f"the reader crashed on this file: {died.describe()}",
                          "the file may be corrupt or hostile; re-export it, and report it as a strategylint "
                          "bug if it opens elsewhere"))


def internal_error(error: str) -> str:
    return str(InputError(f"internal error while linting: {error}",
                          "report it as a strategylint bug, with the file if you can"))


def _from_outcome(path: Path, outcome: Outcome[DocumentResult]) -> DocumentResult:
    if isinstance(outcome, Done):
        return outcome.value
    if isinstance(outcome, TimedOut):
        return DocumentResult(path=str(path), error=timeout_error(outcome.seconds))
    if isinstance(outcome, Died):
        return DocumentResult(path=str(path), error=crash_error(outcome))
    return DocumentResult(path=str(path), error=internal_error(outcome.error))


def _lint_here(engine: Engine, path: Path) -> DocumentResult:
    try:
        return engine.lint_path(path)
    except Exception as exc:  # a bug in a rule or the analysis costs this document only
        return DocumentResult(path=str(path), error=internal_error(_describe(exc)))


def _largest_first(files: list[Path]) -> list[int]:
    """Indexes of `files`, biggest first: a long document started last would leave the other workers idle
    at the end of a batch (longest-processing-time-first scheduling). Results are still yielded in input
    order."""
    def size(index: int) -> int:
        try:
            return files[index].stat().st_size
        except OSError:
            return 0

    return sorted(range(len(files)), key=lambda i: (-size(i), i))


def lint_files(files: list[Path], engine: Engine, jobs: int,
               timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[DocumentResult]:
    """Results in the order of `files` (see the module docstring for how)."""
    if not files:
        return
    if not timeout and jobs <= 1:
        for path in files:
            yield _lint_here(engine, path)
        return
    context: Any = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        _warm(engine)  # the workers inherit the pipeline instead of each building it
    results: dict[int, DocumentResult] = {}
    next_index = 0
    try:
        crashed: list[int] = []
        with WorkerPool(_lint_in_worker, jobs=min(jobs, len(files)), timeout=timeout, context=context,
                        initializer=_init_worker, initargs=(engine.config, engine.as_of, engine.limits)) as pool:
            order = _largest_first(files) if jobs > 1 else list(range(len(files)))
            for position, outcome in pool.run([str(files[i]) for i in order]):
                index = order[position]
                if isinstance(outcome, Died):
                    crashed.append(index)  # linted again, alone, below
                    continue
                results[index] = _from_outcome(files[index], outcome)
                while next_index in results:
                    yield results.pop(next_index)
                    next_index += 1
        if crashed:
            with WorkerPool(_lint_in_worker, jobs=1, timeout=timeout, context=context,
                            initializer=_init_worker, initargs=(engine.config, engine.as_of, engine.limits)) as alone:
                for position, outcome in alone.run([str(files[index]) for index in crashed]):
                    results[crashed[position]] = _from_outcome(files[crashed[position]], outcome)
    except WorkerStartError as exc:
        note = f"linted without a time limit: worker processes could not start ({exc})"
        for index in range(next_index, len(files)):
            if index not in results:
                results[index] = _lint_here(engine, files[index])
                results[index].notes.append(note)
    while next_index in results:
        yield results.pop(next_index)
        next_index += 1
