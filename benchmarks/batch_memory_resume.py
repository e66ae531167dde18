#!/usr/bin/env python3
"""Worker memory over a long batch, and the cost of resuming it, in one pass over CUAD texts.

    python benchmarks/batch_memory_resume.py                 # all 400 texts, --jobs 2
    python benchmarks/batch_memory_resume.py --limit 40

1. First run, in a fresh process running the batch command's own code (`run_batch`, two
   worker processes, no recycling, a fresh cache folder), timed end to end. Each worker reports
   its peak and current RSS after every file: memory is flat if the current RSS stops growing
   once the pipeline is warm (we compare the first and last quarter of each worker's files).
2. Re-run over the unchanged folder with the same cache and options: the command a user would
   type (`python -m analyzer batch DIR --cache-dir ...`), timed end to end the same way. The
   ratio re-run / first run must be under 5%.
Runs from a copy of the code taken at start (the tree is shared, and the cache is keyed by a
fingerprint of the code). Writes benchmarks/out/batch_memory_resume.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batch_common import CUAD, OUT, env_for, link_folder, snapshot

# The worker's memory trace is only visible through the API, so step 1 runs the command's own
# code in a child process that prints the trace: the same code path and process layout as the CLI.
CHILD = r"""
import json, sys
from analyzer.batch.executor import ProcessExecutor
from analyzer.batch.runner import BatchConfig, run_batch
from analyzer.batch.task import ReviewTask
folder, cache, out, jobs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
config = BatchConfig(jobs=jobs, cache_dir=cache, timeout=600)
ex = ProcessExecutor(ReviewTask(), jobs, config.timeout)
with open(out, "w", encoding="utf-8") as fh:
    res = run_batch([folder], config, lambda r: fh.write(json.dumps(r) + "\n"), executor=ex)
print(json.dumps({"memory": ex.memory, "stats": ex.stats, "failed": res.facts.failed,
                  "reviewed": res.facts.reviewed, "cached": res.facts.cached}))
"""


def timed(cmd: list[str], src: Path) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=src, env=env_for(src), capture_output=True, text=True)
    return time.perf_counter() - t0, proc


def canonical(jsonl: Path) -> list[str]:
    return sorted(json.dumps(json.loads(x), sort_keys=True) for x in jsonl.read_text(encoding="utf-8").splitlines())


def memory_profile(trace: list) -> dict:
    by_pid: dict[int, list] = {}
    for pid, files, peak, now in trace:
        by_pid.setdefault(pid, []).append((files, peak, now))
    out = {}
    for n, (pid, rows) in enumerate(sorted(by_pid.items()), 1):
        q = max(1, len(rows) // 4)
        first = [r[2] for r in rows[:q] if r[2]]
        last = [r[2] for r in rows[-q:] if r[2]]
        out[f"worker{n}"] = {
            "files": len(rows),
            "peak_rss_mb": round(max(r[1] for r in rows) / 1024, 1),
            "rss_mb_first_quarter_median": round(statistics.median(first) / 1024, 1) if first else None,
            "rss_mb_last_quarter_median": round(statistics.median(last) / 1024, 1) if last else None,
            "peak_rss_mb_after": {str(f): round(p / 1024, 1) for f, p, _ in rows
                                  if f in (1, 10, 50, 100, 150, 200, len(rows))},
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    files = sorted((CUAD / "texts").glob("*.txt"))
    if not files:
        sys.exit(f"CUAD texts not found under {CUAD}; set CONTRACT_ANALYZER_SHARED")
    files = files[: a.limit] if a.limit else files
    with tempfile.TemporaryDirectory() as tmp:
        src = snapshot(Path(tmp) / "src")
        folder = link_folder(files, Path(tmp) / "in")
        # 1. first run, memory traced
        cache_mem = Path(tmp) / "cache-mem"
        t_mem, proc = timed([sys.executable, "-c", CHILD, str(folder), str(cache_mem), str(Path(tmp) / "m.jsonl"),
                             str(a.jobs)], src)
        if proc.returncode:
            sys.exit(proc.stderr[-2000:])
        traced = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"memory run: {len(files)} files in {t_mem:.1f} s, {traced['failed']} failed", flush=True)
        # 2. resume: the same folder again through the CLI, on the first run's cache
        cmd = [sys.executable, "-m", "analyzer", "batch", str(folder), "--jobs", str(a.jobs), "--cache-dir",
               str(cache_mem), "--timeout", "600", "-o", str(Path(tmp) / "r.jsonl")]
        t_first = t_mem
        t_again, p2 = timed(cmd, src)
        print(f"resume: first {t_first:.1f} s, re-run {t_again:.2f} s", flush=True)
        print("  " + p2.stderr.strip().splitlines()[0])
        same = canonical(Path(tmp) / "m.jsonl") == canonical(Path(tmp) / "r.jsonl")
    result = {"files": len(files), "jobs": a.jobs, "load_avg": os.getloadavg(),
              "memory": memory_profile(traced["memory"]), "memory_run_s": round(t_mem, 1),
              "resume": {"first_s": round(t_first, 2), "rerun_s": round(t_again, 2),
                         "ratio": round(t_again / t_first, 4),
                         "first_run": {k: traced[k] for k in ("reviewed", "cached", "failed")},
                         "rerun_summary": p2.stderr.strip().splitlines()[0],
                         "same_records": same}}
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / (f"batch_memory_resume-{a.limit}.json" if a.limit else "batch_memory_resume.json")
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result["memory"], indent=1))
    print(f"resume ratio: {result['resume']['ratio']:.2%} ({t_again:.2f} s / {t_first:.1f} s)")
    print(f"written {path}")


if __name__ == "__main__":
    main()
