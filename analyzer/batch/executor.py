"""Local executors: run a task over jobs and yield (job, result) as each one finishes.

`SerialExecutor` runs in this process (`--jobs 1`): no start-up cost, and tests can monkeypatch
what it calls. `ProcessExecutor` keeps N worker processes, each loading the pipeline once, hands
each a single file at a time and watches the clock: a worker that overruns --timeout is killed
and replaced, and its file becomes an error record; a worker that dies (crash, out of memory)
costs only the file it held. Workers can be recycled after N files to keep memory flat.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable, Iterable, Iterator

from analyzer.batch.records import TIMEOUT, WORKER_DIED, error_record

STOP_GRACE = 5.0  # seconds a worker gets to exit after being asked


@dataclass(frozen=True)
class Job:
    path: str
    size: int
    content_hash: str


class BatchAborted(Exception):
    """The batch cannot go on at all (workers cannot start); the CLI prints it and exits 2."""


def timeout_record(path: str, seconds: float) -> dict:
    return error_record(path, *TIMEOUT, f"timeout after {seconds:g} s (raise it with --timeout)")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _max_rss_kb() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _rss_kb() -> int | None:
    """Resident memory now (Linux /proc), to tell growth from a one-off peak."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class _Timeout(BaseException):
    """Raised by the alarm; BaseException so the task's `except Exception` cannot swallow it."""


class SerialExecutor:
    """In-process, one file at a time; --timeout uses SIGALRM where the platform has it."""

    def __init__(self, task: Callable[[str], dict], timeout: float | None = None):
        self.task = task
        self.timeout = timeout
        self.stats: list[dict] = []

    def _can_alarm(self) -> bool:
        import threading

        return bool(self.timeout) and hasattr(signal, "setitimer") and \
            threading.current_thread() is threading.main_thread()

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, dict]]:
        jobs = list(jobs)
        if not jobs:
            return
        getattr(self.task, "setup", lambda: None)()
        alarm = self._can_alarm()
        previous = None
        if alarm:
            def on_alarm(signum, frame):
                raise _Timeout()
            previous = signal.signal(signal.SIGALRM, on_alarm)
        try:
            for job in jobs:
                try:
                    if alarm:
                        signal.setitimer(signal.ITIMER_REAL, self.timeout)
                    try:
                        result = self.task(job.path)
                    finally:
                        if alarm:
                            signal.setitimer(signal.ITIMER_REAL, 0)
                except _Timeout:
                    result = timeout_record(job.path, self.timeout)
                yield job, result
        finally:
            if alarm:
                signal.signal(signal.SIGALRM, previous)
            self.stats.append({"pid": os.getpid(), "files": len(jobs), "max_rss_kb": _max_rss_kb()})


def _worker_main(task, conn) -> None:
    """Worker process: set up once, then answer one path at a time until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        getattr(task, "setup", lambda: None)()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which aborts
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", _max_rss_kb()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        result = task(msg)
        conn.send(("done", result, (_max_rss_kb(), _rss_kb())))


class _Worker:
    def __init__(self, ctx, task):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(task, child), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.job: Job | None = None
        self.started = 0.0
        self.files = 0
        self.max_rss_kb: int | None = None

    def give(self, job: Job) -> None:
        self.conn.send(job.path)
        self.job = job
        self.started = time.monotonic()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.proc.join(STOP_GRACE)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class ProcessExecutor:
    """N spawned worker processes; largest files should come first (the caller sorts)."""

    def __init__(self, task, jobs: int, timeout: float | None = None, max_files_per_worker: int | None = None,
                 start_method: str = "spawn"):
        self.task = task
        self.jobs = max(1, jobs)
        self.timeout = timeout or None
        self.max_files = max_files_per_worker or None
        self.ctx = mp.get_context(start_method)  # spawn: safe with the progress bar's thread
        self.stats: list[dict] = []  # one entry per worker that ended: pid, files, peak RSS
        self.memory: list[tuple[int, int, int | None, int | None]] = []  # (pid, files, peak KiB, now KiB)

    def _retire(self, w: _Worker, kill: bool = False) -> None:
        self.stats.append({"pid": w.proc.pid, "files": w.files, "max_rss_kb": w.max_rss_kb})
        w.stop(kill=kill)

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, dict]]:
        pending = deque(jobs)
        if not pending:
            return
        workers = [_Worker(self.ctx, self.task) for _ in range(min(self.jobs, len(pending)))]
        deaths_before_ready = 0
        try:
            while pending or any(w.job for w in workers):
                for w in workers:
                    if w.ready and w.job is None and pending:
                        w.give(pending.popleft())
                wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], self._wait_time(workers))
                for i, w in enumerate(workers):
                    outcome, replace = self._poll(w)
                    if outcome is not None:
                        yield outcome
                    if replace:
                        if not w.ready:
                            deaths_before_ready += 1
                            if deaths_before_ready > 3 * self.jobs:
                                raise BatchAborted(f"worker processes keep dying on start-up "
                                                   f"(exit code {w.proc.exitcode})")
                        if pending or any(x is not None and x is not w and x.job for x in workers):
                            workers[i] = _Worker(self.ctx, self.task)
                        else:
                            workers[i] = None
                workers = [w for w in workers if w is not None]
                if not workers and pending:
                    workers = [_Worker(self.ctx, self.task)]
        finally:
            for w in workers:
                if w is not None:
                    self._retire(w, kill=w.job is not None)

    def _wait_time(self, workers: list[_Worker]) -> float | None:
        if not self.timeout:
            return None
        busy = [w.started + self.timeout - time.monotonic() for w in workers if w.job]
        return max(0.0, min(busy)) + 0.01 if busy else None

    def _poll(self, w: _Worker) -> tuple[tuple[Job, dict] | None, bool]:
        """(finished job and result or None, whether this worker must be replaced)."""
        if w.conn.poll():
            try:
                msg = w.conn.recv()
            except (EOFError, OSError):
                msg = None
            if msg is not None:
                kind = msg[0]
                if kind == "fatal":
                    raise BatchAborted(f"a worker could not start: {msg[1]}")
                if kind == "ready":
                    w.ready, w.max_rss_kb = True, msg[1]
                    return None, False
                job, w.job = w.job, None
                w.files += 1
                w.max_rss_kb, rss = msg[2]
                self.memory.append((w.proc.pid, w.files, w.max_rss_kb, rss))
                recycle = bool(self.max_files and w.files >= self.max_files)
                if recycle:
                    self._retire(w)
                return (job, msg[1]), recycle
        if not w.proc.is_alive():
            job, w.job = w.job, None
            code = w.proc.exitcode
            self._retire(w, kill=True)
            if job is None:
                return None, True
            return (job, error_record(job.path, *WORKER_DIED,
                                      f"the worker reviewing this file stopped (exit code {code}); "
                                      "the file may be too large or malformed")), True
        if w.job and self.timeout and time.monotonic() - w.started > self.timeout:
            job, w.job = w.job, None
            self._retire(w, kill=True)
            return (job, timeout_record(job.path, self.timeout)), True
        return None, False
