"""One batch, start to finish: discover, hash, serve from cache, run the rest, emit each record
as it arrives (for streaming output and the cache), and keep a table row per document."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from dataclasses import dataclass, field
from typing import Callable

from analyzer.batch.cache import ResultCache, default_cache_dir
from analyzer.batch.discover import content_hash, discover
from analyzer.batch.executor import Job, ProcessExecutor, SerialExecutor, default_jobs
from analyzer.batch.progress import NoProgress
from analyzer.batch.records import cacheable, error_record, with_path
from analyzer.batch.rows import RuleColumn, Row, row_from
from analyzer.batch.task import ReviewTask
from analyzer.report.batch_summary import BatchFacts

DEFAULT_TIMEOUT = 300.0
# Measured (docs/batch.md): a worker's RSS rises ~30 MB over its first ~100 CUAD contracts (spaCy's
# string store learns the vocabulary), then stays flat. Recycling every 500 files caps it on
# estates with endless new vocabulary, at the cost of one worker start (~1 s) per 500 files.
RECYCLE_AFTER = 500


@dataclass
class BatchConfig:
    perspective: str | None = "provider"  # None: the playbooks' default
    max_bytes: int = 100 * 1024 * 1024
    load_options: dict = field(default_factory=dict)  # pdf_engine, ocr, max_pages for ingest.load
    playbooks: tuple[str, ...] = ()
    recursive: bool = True
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    jobs: int = 0  # 0: one per CPU
    timeout: float | None = DEFAULT_TIMEOUT
    use_cache: bool = True
    cache_dir: str | None = None
    scheduler: str | None = None
    max_files_per_worker: int | None = RECYCLE_AFTER
    model: str | None = "default"  # clause classifier: "default" (packaged), a folder, or None/"none"
    table_rows: bool = True  # keep each document's statuses and key terms (csv/xlsx/markdown/html)


@dataclass
class BatchResult:
    rows: list[Row]
    facts: BatchFacts
    executor: object | None = None
    cache_warning: str | None = None

    @property
    def failures(self) -> list[Row]:
        return sorted((r for r in self.rows if r.outcome == "failed"), key=lambda r: r.path)

    def problems_at(self, rank: int) -> int:
        from analyzer.batch.rows import SEVERITIES

        wanted = [s for s in SEVERITIES if ["info", "low", "medium", "high"].index(s) >= rank]
        return sum(r.problems.get(s, 0) for r in self.rows for s in wanted)


def rule_columns(rules) -> list[RuleColumn]:
    """The rules a review applies (library plus playbooks), family by family: the matrix's columns."""
    return [RuleColumn(r.id, r.title, r.severity, r.family)
            for r in sorted(rules, key=lambda r: (r.family, r.id))]


def make_task(config: BatchConfig) -> ReviewTask:
    return ReviewTask(config.perspective, config.max_bytes, tuple(sorted(config.load_options.items())),
                      tuple(os.path.abspath(p) for p in config.playbooks), config.model)


def make_executor(config: BatchConfig, task: ReviewTask, todo: int):
    if config.scheduler:
        from analyzer.batch.dask_executor import DaskExecutor

        return DaskExecutor(task, config.scheduler)
    jobs = config.jobs or default_jobs()
    if jobs == 1:
        return SerialExecutor(task, config.timeout)
    return ProcessExecutor(task, min(jobs, max(1, todo)), config.timeout, config.max_files_per_worker)


def _read_error(path: str, exc: OSError) -> dict:
    why = "permission denied" if isinstance(exc, PermissionError) else f"cannot be read ({exc.strerror or exc})"
    return error_record(path, "InputError", "E100", f"{path}: {why}")


def run_batch(paths: list[str], config: BatchConfig, on_record: Callable[[dict], None] = lambda r: None,
              progress: NoProgress | None = None, executor=None) -> BatchResult:
    progress = progress or NoProgress()
    t0 = time.perf_counter()
    found = discover(paths, config.recursive, config.include, config.exclude)
    task = make_task(config)
    cache = ResultCache(config.cache_dir or default_cache_dir(), task.options()) if config.use_cache else None
    facts = BatchFacts(perspective=config.perspective or "", skipped=found.skipped)
    rows: list[Row] = []

    def emit(record: dict, cached: bool = False) -> None:
        on_record(record)
        row = row_from(record, cached, full=config.table_rows)
        rows.append(row)
        if not facts.perspective and "perspective" in record:  # the playbooks' choice
            facts.perspective = record["perspective"]
        facts.failed += row.outcome == "failed"
        facts.duplicates += row.outcome == "duplicate"
        facts.reviewed += row.outcome == "reviewed"
        facts.cached += row.outcome == "reviewed" and cached
        progress.advance(row.outcome == "failed")

    # 1. identity of every file: its content hash (same content = reviewed once)
    primaries: dict[str, Job] = {}
    copies: dict[str, list[str]] = {}
    unreadable: list[dict] = []
    for cand in found.files:
        try:
            if not stat.S_ISREG(os.stat(cand.path).st_mode):
                unreadable.append(error_record(cand.path, "InputError", "E100", f"{cand.path}: not a regular file"))
                continue
            h = content_hash(cand.path)
        except OSError as exc:
            unreadable.append(_read_error(cand.path, exc))
            continue
        if h in primaries:
            copies[h].append(cand.path)
        else:
            primaries[h] = Job(cand.path, cand.size, h)
            copies[h] = []

    def emit_group(job: Job, record: dict, cached: bool = False) -> None:
        emit(record, cached)
        for path in copies[job.content_hash]:
            emit(with_path(record, path, duplicate_of=job.path), cached)

    progress.start(len(found.files))
    try:
        for record in unreadable:
            emit(record)
        # 2. what the cache already has
        todo = []
        for job in primaries.values():
            hit = cache.get(job.content_hash) if cache else None
            if hit is not None:
                emit_group(job, with_path(hit, job.path), cached=True)
            else:
                todo.append(job)
        # 3. the rest, largest first so a big file does not finish last on its own
        todo.sort(key=lambda j: (-j.size, j.path))
        executor = executor or make_executor(config, task, len(todo))
        with contextlib.closing(executor.run(todo)) as results:
            for job, record in results:
                if cache is not None and cacheable(record):
                    cache.put(job.content_hash, record)
                emit_group(job, record)
    finally:
        progress.stop()
    facts.seconds = time.perf_counter() - t0
    return BatchResult(rows, facts, executor, cache.write_error if cache else None)
