"""The JSON Lines records a batch writes: review objects (schema in README.md) and error records.

An error record is `{"document": {"path"}, "error": {"type", "code", "message"}}`, the shape
benchmarks/accuracy.py and ../shared/tools/score.py already read. A duplicate file gets a copy
of the record of the first file with the same content, with its own path and `duplicate_of`.
"""

from __future__ import annotations

import copy
import os

# Reader errors keep their own codes (analyzer.errors). A timeout is the reader's TimedOut; a
# dead worker only exists in a batch (the file may be fine, the process was not).
TIMEOUT = ("TimedOut", "E107")
WORKER_DIED = ("WorkerDied", "E302")
UNEXPECTED = "E999"
# Failures decided by the file's bytes alone: generic unreadable, unsupported, empty, corrupt,
# encrypted, unsafe. Not cached: too large (E105, depends on --max-size/--max-pages), timed out
# (E107), a dead worker, an unexpected error.
BYTE_DETERMINED = {"E100", "E101", "E102", "E103", "E104", "E106"}


def error_record(path: str, type_: str, code: str, message: str) -> dict:
    return {"document": {"path": path}, "error": {"type": type_, "code": code, "message": message}}


def is_error(record: dict) -> bool:
    return "error" in record


def cacheable(record: dict) -> bool:
    """Reviews, and failures that depend only on the file's bytes (corrupt, encrypted, empty,
    unsupported): not timeouts, crashes or size limits, which another run may get past."""
    if not is_error(record):
        return True
    return str(record["error"].get("code", "")) in BYTE_DETERMINED


def with_path(review: dict, path: str, duplicate_of: str | None = None) -> dict:
    """The same record for another file name (a cache hit, or a duplicate of an earlier file)."""
    out = copy.copy(review)
    old = review["document"]["path"]
    out["document"] = dict(review["document"], path=path)
    if is_error(review) and old != path:  # error messages name the file they were about
        msg = review["error"].get("message", "")
        old_name, new_name = os.path.basename(old), os.path.basename(path)
        msg = msg.replace(old, path) if old in msg else msg.replace(old_name, new_name) if old_name else msg
        out["error"] = dict(review["error"], message=msg)
    if duplicate_of is not None:
        out["duplicate_of"] = duplicate_of
    return out


def problem_count(record: dict, at_least_rank: int) -> int:
    """Problems at or above a severity rank (info=0 .. high=3), from the record's summary."""
    if is_error(record):
        return 0
    by_sev = record.get("summary", {}).get("problems_by_severity", {})
    order = ["info", "low", "medium", "high"]
    return sum(n for sev, n in by_sev.items() if sev in order and order.index(sev) >= at_least_rank)
