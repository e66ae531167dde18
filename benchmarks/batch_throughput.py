#!/usr/bin/env python3
"""Batch throughput on the CUAD dev set: documents/minute and pages/second at --jobs 1 and
--jobs 2, measured in one run so the scaling ratio compares like with like.

    python benchmarks/batch_throughput.py                    # 400 texts + 50 PDFs, ABBA order
    python benchmarks/batch_throughput.py --limit 60 --source texts

Each setting runs the real command (`python -m analyzer batch DIR --jobs N --no-cache`) in a
fresh process, timed end to end (start-up, worker spawn and output included). Rounds run in
ABBA order (j1, j2, j2, j1, ...) so drift in the machine's load hits both settings alike; the
best round per setting is reported, with every round and the load average in the JSON. CPU time
of the children is reported too: on a shared machine, wall time is what others leave you.
Runs from a copy of the code taken at start (the tree is shared). Writes
benchmarks/out/batch_throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batch_common import CUAD, OUT, env_for, link_folder, snapshot


def cpu_children() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def one_run(src: Path, folder: Path, jobs: int, out: Path) -> dict:
    load = os.getloadavg()[0]
    cpu0, t0 = cpu_children(), time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "analyzer", "batch", str(folder), "--jobs", str(jobs),
                           "--no-cache", "--timeout", "600", "-o", str(out)], cwd=src, env=env_for(src),
                          capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, cpu_children() - cpu0
    if proc.returncode not in (0, 1, 2):
        sys.exit(f"batch failed ({proc.returncode}): {proc.stderr[-2000:]}")
    docs = pages = chars = failed = 0
    for line in out.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        docs += 1
        if "error" in rec:
            failed += 1
            continue
        pages += rec["document"].get("pages") or 0
        chars += rec["document"].get("characters") or 0
    return {"jobs": jobs, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "docs": docs, "failed": failed,
            "pages": pages, "characters": chars, "load_before": round(load, 2)}


def measure(src: Path, name: str, files: list[Path], rounds: int, tmp: Path) -> dict:
    folder = link_folder(files, tmp / name)
    order = []
    for r in range(rounds):
        order += [1, 2] if r % 2 == 0 else [2, 1]
    runs = []
    for jobs in order:
        res = one_run(src, folder, jobs, tmp / f"{name}-{jobs}.jsonl")
        print(f"  {name} --jobs {jobs}: {res['wall_s']:.1f} s wall, {res['cpu_s']:.1f} s CPU, "
              f"load {res['load_before']}", flush=True)
        runs.append(res)
    best = {j: min((r for r in runs if r["jobs"] == j), key=lambda r: r["wall_s"]) for j in (1, 2)}
    summary = {}
    for j, r in best.items():
        summary[f"jobs{j}"] = {"docs_per_min": round(r["docs"] / r["wall_s"] * 60, 1),
                               "pages_per_s": round(r["pages"] / r["wall_s"], 2) if r["pages"] else None,
                               "chars_per_s": round(r["characters"] / r["wall_s"]),
                               "wall_s": r["wall_s"], "cpu_s": r["cpu_s"]}
    summary["scaling"] = round(best[1]["wall_s"] / best[2]["wall_s"], 2)
    summary["cpu_ratio_j2_over_j1"] = round(best[2]["cpu_s"] / best[1]["cpu_s"], 2)
    return {"files": len(files), "docs": best[1]["docs"], "failed": best[1]["failed"],
            "pages": best[1]["pages"], "runs": runs, **summary}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", choices=["texts", "pdf", "both"], default="both")
    ap.add_argument("--limit", type=int, help="first N files of each source")
    ap.add_argument("--rounds", type=int, default=2, help="ABBA rounds (2 = j1 j2 j2 j1)")
    a = ap.parse_args()
    if not CUAD.is_dir():
        sys.exit(f"CUAD corpus not found at {CUAD}; set CONTRACT_ANALYZER_SHARED")
    sources = {name: sorted(p for p in (CUAD / name).iterdir() if p.suffix.lower() == f".{ext}")
               for name, ext in (("texts", "txt"), ("pdf", "pdf"))}
    wanted = ["texts", "pdf"] if a.source == "both" else [a.source]
    result = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        src = snapshot(Path(tmp) / "src")
        for name in wanted:
            files = sources[name][: a.limit] if a.limit else sources[name]
            print(f"{name}: {len(files)} files", flush=True)
            result[name] = measure(src, name, files, a.rounds, Path(tmp))
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = f"-{a.limit}" if a.limit else ""
    path = OUT / f"batch_throughput{suffix}.json"
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print()
    print("| source | files | jobs | wall s | docs/min | pages/s | CPU s |")
    print("|---|---|---|---|---|---|---|")
    for name in wanted:
        r = result[name]
        for j in (1, 2):
            s = r[f"jobs{j}"]
            print(f"| {name} | {r['files']} | {j} | {s['wall_s']} | {s['docs_per_min']} | "
                  f"{s['pages_per_s'] or '-'} | {s['cpu_s']} |")
        print(f"| {name} | | **scaling** | **{r['scaling']}x** | | | CPU j2/j1 {r['cpu_ratio_j2_over_j1']} |")
    print(f"\nwritten {path}")


if __name__ == "__main__":
    main()
