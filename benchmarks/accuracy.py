#!/usr/bin/env python3
"""Accuracy of the clause library on the labelled corpus: runs `contract-analyzer batch` over a
dataset's texts (or PDFs / DOCX renderings) and scores the output with ../shared/tools/score.py.

    python benchmarks/accuracy.py it                 # IT-services set, TXT
    python benchmarks/accuracy.py it --source pdf    # the same contracts from their PDFs
    python benchmarks/accuracy.py cuad --limit 100   # first 100 CUAD contracts
    python benchmarks/accuracy.py cuad --skip 200    # every CUAD contract after the first 200
    python benchmarks/accuracy.py nli acord
    python benchmarks/accuracy.py unseen --model none # the project's unseen-style set, rules only
    python benchmarks/accuracy.py unseen6 unseen7   # later unseen-style sets (each written blind)

Options the script does not know are passed on to `contract-analyzer batch`. With --limit, only the
documents reviewed are scored. --skip N leaves out the first N documents (in labels.jsonl order)
before --limit applies, so `--limit 200` and `--skip 200` split CUAD into a tuning half and a
held-out half that together make the full 400.

Writes predictions and scores to benchmarks/out/<dataset>-<source>.{jsonl,txt,json}.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SCORE = SHARED / "tools" / "score.py"
OUT = ROOT / "benchmarks" / "out"
# The project's own unseen-style contracts (benchmarks/unseen, unseen2, ...) live in the repository,
# not in the shared corpus, and are labelled for the IT set's keys.
BASES = {p.parent.name: p.parent for p in sorted((ROOT / "benchmarks").glob("unseen*/labels.jsonl"))}
CATEGORIES = {"cuad": CORPUS / "cuad" / "core_categories.txt", "it": CORPUS / "it" / "categories.txt",
              **{name: CORPUS / "it" / "categories.txt" for name in BASES}}


def base_of(dataset: str) -> Path:
    return BASES.get(dataset, CORPUS / dataset)


def inputs(dataset: str, source: str, limit: int | None,
           skip: int = 0) -> tuple[list[Path], list[dict]]:
    """The files to review and their label records (only documents that have that rendering)."""
    base = base_of(dataset)
    files, records = [], []
    with open(base / "labels.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rel = rec.get(source) if source != "text" else rec.get("text")
            if rel:
                files.append(base / rel)
                records.append(rec)
    if skip:
        files, records = files[skip:], records[skip:]
    if limit:
        files, records = files[:limit], records[:limit]
    return files, records


def labels_for(dataset: str, records: list[dict], name: str) -> Path:
    """A labels file holding exactly the documents reviewed, so a subset is not scored as misses.
    Text paths are made absolute because the scorer reads them relative to the labels file."""
    base = base_of(dataset)
    path = OUT / f"{name}.labels.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            rec = dict(rec)
            for key in ("text", "pdf", "docx"):
                if rec.get(key):
                    rec[key] = str(base / rec[key])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def run(dataset: str, source: str, limit: int | None, extra: list[str], skip: int = 0) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    files, records = inputs(dataset, source, limit, skip)
    name = f"{dataset}-{source}" + (f"-skip{skip}" if skip else "") + (f"-{limit}" if limit else "")
    labels = labels_for(dataset, records, name)
    pred = OUT / f"{name}.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        # batch takes files and folders; pass files through a list to stay under argv limits
        links = Path(tmp) / "in"
        links.mkdir()
        for f in files:
            (links / f.name).symlink_to(f)
        t0 = time.perf_counter()
        cmd = [sys.executable, "-m", "analyzer", "batch", str(links), "--output", str(pred), *extra]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1, 2):
        sys.exit(f"batch failed ({proc.returncode}): {proc.stderr[-2000:]}")
    args = [sys.executable, str(SCORE), "--labels", str(labels),
            "--predictions", str(pred), "--json", str(OUT / f"{name}.json")]
    if dataset in CATEGORIES:
        args += ["--categories", str(CATEGORIES[dataset])]
    scored = subprocess.run(args, capture_output=True, text=True)
    (OUT / f"{name}.txt").write_text(scored.stdout, encoding="utf-8")
    print(scored.stdout)
    print(f"{len(files)} documents in {seconds:.1f} s; batch stderr tail: {proc.stderr.strip()[-300:]}")
    return json.loads((OUT / f"{name}.json").read_text(encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("datasets", nargs="+", choices=["cuad", "nli", "acord", "it", *sorted(BASES, key=lambda n: (len(n), n))])
    ap.add_argument("--source", default="text", choices=["text", "pdf", "docx"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N documents")
    # Anything else (e.g. --jobs 1, --model none, --pdf-engine pdfplumber) is passed on to batch.
    a, batch_args = ap.parse_known_args()
    if not SCORE.exists():
        sys.exit(f"scorer not found at {SCORE}; set CONTRACT_ANALYZER_SHARED")
    extra = [x for x in batch_args if x != "--"]
    for d in a.datasets:
        run(d, a.source, a.limit, extra, a.skip)


if __name__ == "__main__":
    main()
