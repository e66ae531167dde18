#!/usr/bin/env python3
"""Does the way a contract arrives change the review? Same documents, TXT vs PDF vs DOCX.

benchmarks/accuracy.py scores each source over the whole labelled set, so a source that exists for
only some documents (13 of the 31 IT contracts have a PDF) scores "missing" for the rest. Here each
comparison uses the same documents on both sides: TXT vs PDF on the documents that have a PDF, TXT vs
DOCX on those that have a DOCX, scored by ../shared/tools/score.py with labels cut to that subset.

    python benchmarks/ingest_accuracy.py                       # it set, both comparisons
    python benchmarks/ingest_accuracy.py --pdf-engine pdfplumber
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SCORE = SHARED / "tools" / "score.py"
OUT = ROOT / "benchmarks" / "out"


def _review_all(files: list[Path], pred: Path, extra: list[str]) -> None:
    """One warm process reviews every file (the CLI's review path, so --pdf-engine applies)."""
    code = (
        "import json, sys\n"
        "from analyzer.engine import Analyzer\n"
        "a = Analyzer()\n"
        "opts = json.loads(sys.argv[1])\n"
        "with open(sys.argv[2], 'w', encoding='utf-8') as out:\n"
        "    for path in sys.argv[3:]:\n"
        "        out.write(json.dumps(a.review_path(path, **opts).to_dict(), sort_keys=True) + '\\n')\n"
    )
    opts = {}
    if extra:
        opts["pdf_engine"] = extra[0]
    subprocess.run([sys.executable, "-c", code, json.dumps(opts), str(pred), *map(str, files)], cwd=ROOT,
                   check=True)


def _score(labels: list[dict], pred: Path, name: str, categories: Path | None) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec) + "\n")
        cut = fh.name
    args = [sys.executable, str(SCORE), "--labels", cut, "--predictions", str(pred),
            "--json", str(OUT / f"{name}.json")]
    if categories:
        args += ["--categories", str(categories)]
    proc = subprocess.run(args, capture_output=True, text=True)
    os.unlink(cut)
    (OUT / f"{name}.txt").write_text(proc.stdout, encoding="utf-8")
    return json.loads((OUT / f"{name}.json").read_text(encoding="utf-8"))


def _macro(result: dict) -> float:
    for key in ("macro_f1",):
        if key in result:
            return result[key]
    return result.get("macro", {}).get("f1")


def compare(dataset: str, source: str, engine: str | None) -> dict:
    base = CORPUS / dataset
    labels = [json.loads(line) for line in open(base / "labels.jsonl", encoding="utf-8")]
    subset = [r for r in labels if r.get(source)]
    categories = base / "categories.txt" if (base / "categories.txt").exists() else None
    OUT.mkdir(parents=True, exist_ok=True)
    figures = {}
    for src in ("text", source):
        files = [base / r[src] for r in subset]
        name = f"ingest-{dataset}-{source}-subset-{src}" + (f"-{engine}" if engine and src == "pdf" else "")
        pred = OUT / f"{name}.jsonl"
        _review_all(files, pred, [engine] if engine and src == "pdf" else [])
        figures[src] = _score(subset, pred, name, categories)
    return {"documents": len(subset), "text": _macro(figures["text"]), source: _macro(figures[source])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", default="it")
    ap.add_argument("--sources", nargs="+", default=["pdf", "docx"])
    ap.add_argument("--pdf-engine", default=None)
    a = ap.parse_args()
    if not SCORE.exists():
        sys.exit(f"scorer not found at {SCORE}; set CONTRACT_ANALYZER_SHARED")
    for source in a.sources:
        r = compare(a.dataset, source, a.pdf_engine)
        diff = r[source] - r["text"]
        print(f"{a.dataset}: {r['documents']} documents with a {source.upper()}: macro F1 TXT {r['text']:.3f}, "
              f"{source.upper()} {r[source]:.3f} (difference {diff:+.3f})")


if __name__ == "__main__":
    main()
