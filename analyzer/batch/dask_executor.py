"""Dask distributed executor (`--scheduler tcp://host:8786`, optional extra `[dask]`).

The same `ReviewTask` runs on Dask workers, which must have contract-analyzer installed and see
the files under the same paths (a shared or mounted folder): only paths travel, not contents.
Tasks are submitted in a bounded window and topped up as results arrive (`as_completed`), so a
100k-file estate never floods the scheduler; each worker thread keeps its own loaded pipeline.
A task lost with its worker becomes an error record for that file only.
"""

from __future__ import annotations

import uuid
from itertools import islice
from typing import Iterable, Iterator

from analyzer.batch.executor import BatchAborted, Job
from analyzer.batch.records import WORKER_DIED, error_record

CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler
MISSING_EXTRA = "--scheduler needs the Dask extra: pip install 'contract-analyzer[dask]'"


def _client(address: str, timeout: float):
    try:
        from distributed import Client
    except ImportError:
        raise BatchAborted(MISSING_EXTRA) from None
    try:
        return Client(address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise BatchAborted(f"cannot connect to the Dask scheduler at {address}: {exc}") from None


class DaskExecutor:
    def __init__(self, task, address: str, window: int | None = None, connect_timeout: float | None = None):
        self.task = task
        self.address = address
        self.window = window
        self.connect_timeout = connect_timeout or CONNECT_TIMEOUT
        self.max_in_flight = 0  # tasks submitted and not yet collected, at most
        self.stats: list[dict] = []

    def _window(self, client) -> int:
        if self.window:
            return self.window
        threads = sum(client.nthreads().values()) or 1
        return max(8, 4 * threads)  # enough queued to keep every thread busy, no more

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, dict]]:
        jobs = iter(jobs)
        first = next(jobs, None)
        if first is None:
            return
        from distributed import as_completed

        client = _client(self.address, self.connect_timeout)
        run_id = uuid.uuid4().hex[:8]
        owner: dict = {}

        def submit(job: Job):
            fut = client.submit(self.task, job.path, pure=False,
                                key=f"contract-review-{run_id}-{len(owner)}-{job.content_hash[:12]}")
            owner[fut.key] = job
            self.max_in_flight = max(self.max_in_flight, len(owner))
            return fut

        try:
            window = self._window(client)
            pending = as_completed([submit(j) for j in [first, *islice(jobs, window - 1)]], loop=client.loop)
            for fut in pending:
                job = owner.pop(fut.key)
                try:
                    result = fut.result()
                except Exception as exc:  # the task itself never raises; this is a lost worker
                    result = error_record(job.path, *WORKER_DIED, f"Dask task failed: {type(exc).__name__}: "
                                                                   f"{str(exc)[:300]}")
                fut.release()
                nxt = next(jobs, None)
                if nxt is not None:
                    pending.add(submit(nxt))
                yield job, result
        finally:
            client.close()
