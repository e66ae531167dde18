"""Worker processes: a hung file is killed at --timeout and its worker replaced, a crashing file
costs only itself, and workers are recycled after N files. Uses a tiny task (defined here, so
spawned workers import it) instead of real reviews, to keep the clock honest and the test fast."""

import os
import time

from analyzer.batch.executor import Job, ProcessExecutor, SerialExecutor


class FakeTask:
    """Sleeps on 'slow' paths, dies on 'crash' paths, answers with its pid otherwise."""

    def setup(self):
        self.ready = True

    def __call__(self, path):
        if "slow" in path:
            time.sleep(60)
        if "crash" in path:
            os._exit(3)
        return {"document": {"path": path}, "findings": [], "pid": os.getpid()}


def jobs(*names):
    return [Job(n, 1, n) for n in names]


def test_timeout_kills_and_replaces_the_worker():
    ex = ProcessExecutor(FakeTask(), jobs=2, timeout=1.5)
    t0 = time.monotonic()
    out = dict((job.path, rec) for job, rec in ex.run(jobs("slow-1", "a", "b", "c", "slow-2", "d")))
    assert time.monotonic() - t0 < 30
    assert set(out) == {"slow-1", "a", "b", "c", "slow-2", "d"}
    for slow in ("slow-1", "slow-2"):
        assert out[slow]["error"] == {"type": "TimedOut", "code": "E107",
                                      "message": "timeout after 1.5 s (raise it with --timeout)"}
    assert all("pid" in out[n] for n in "abcd")
    assert len(ex.stats) >= 4  # the two killed workers were replaced


def test_crash_costs_only_that_file():
    ex = ProcessExecutor(FakeTask(), jobs=2, timeout=30)
    out = dict((job.path, rec) for job, rec in ex.run(jobs("a", "crash", "b")))
    assert out["crash"]["error"]["type"] == "WorkerDied" and "exit code 3" in out["crash"]["error"]["message"]
    assert "pid" in out["a"] and "pid" in out["b"]


def test_workers_recycled_after_n_files():
    ex = ProcessExecutor(FakeTask(), jobs=1, max_files_per_worker=2)
    pids = [rec["pid"] for _, rec in ex.run(jobs("a", "b", "c", "d", "e"))]
    assert len(pids) == 5 and len(set(pids)) == 3
    assert [s["files"] for s in ex.stats] == [2, 2, 1]
    assert all(s["max_rss_kb"] for s in ex.stats)


def test_serial_executor_times_out_in_process():
    ex = SerialExecutor(FakeTask(), timeout=0.5)
    out = dict((job.path, rec) for job, rec in ex.run(jobs("a", "slow", "b")))
    assert out["slow"]["error"]["code"] == "E107" and out["a"]["pid"] == os.getpid()


def test_no_jobs_no_workers():
    ex = ProcessExecutor(FakeTask(), jobs=2)
    assert list(ex.run([])) == [] and ex.stats == []
