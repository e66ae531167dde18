#!/usr/bin/env python3
"""PDF ingestion speed and memory, as ratios against baselines measured in the same run.

1. Ingestion pages/s on the CUAD PDFs: raw pypdfium2 ``get_text_range``, raw pdfplumber
   ``extract_text``, our fast path (``read_pdf`` on pypdfium2, and ``load`` which also segments)
   and our pdfplumber path. Fast timings are the best of --repeat runs; pdfplumber runs once.
2. Batch: end-to-end review (load + all rules + the JSON record) of every CUAD PDF, as a batch
   worker runs it (``ReviewTask``: set up, then one file at a time), default engine vs
   ``--pdf-engine pdfplumber``, each in its own warm process (warmed on the first file); pages/s and
   ratio, by wall clock and by the process's CPU time (which other load on the machine disturbs less).
3. One ~30-page PDF reviewed in a warm process vs raw pypdfium2 extraction + spaCy tokenisation
   (``blank("en")`` + sentencizer) of the same text.
4. Peak RSS (fresh process, VmHWM) loading the longest CUAD PDF with each engine.

    python benchmarks/ingest_speed.py                 # everything, all 50 PDFs (a few minutes)
    python benchmarks/ingest_speed.py --limit 10 --skip-batch
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", ROOT.parent / "shared"))
CUAD = SHARED / "corpus" / "cuad"


def cuad_pdfs(limit: int | None) -> list[tuple[Path, int]]:
    out = []
    for line in open(CUAD / "labels.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        if rec.get("pdf"):
            out.append((CUAD / rec["pdf"], rec["meta"]["pdf_pages"]))
    return out[:limit] if limit else out


def raw_pdfium(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    parts = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return "\n".join(parts)


def raw_plumber(path: Path) -> str:
    import pdfplumber

    parts = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            page.close()
    return "\n".join(parts)


def ours(engine: str):
    from analyzer.ingest.pdf import read_pdf

    return lambda path: read_pdf(path, engine=engine)


def ours_load(path: Path):
    from analyzer.ingest import load

    return load(path)


def timed(fn, files, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        for path, _ in files:
            fn(path)
        best = min(best, time.perf_counter() - t0)
    return best


def ingestion(files, repeat: int) -> dict:
    pages = sum(n for _, n in files)
    ours("pypdfium2")(files[0][0])  # imports out of the clock
    raw_plumber(files[0][0])
    rows = {
        "raw pypdfium2 get_text_range": timed(raw_pdfium, files, repeat),
        "ours, fast path (read_pdf, pypdfium2)": timed(ours("pypdfium2"), files, repeat),
        "ours, fast path + segmentation (load)": timed(ours_load, files, repeat),
        "raw pdfplumber extract_text": timed(raw_plumber, files, 1),
        "ours, pdfplumber path (read_pdf)": timed(ours("pdfplumber"), files, 1),
    }
    base = rows["raw pypdfium2 get_text_range"]
    plumber = rows["raw pdfplumber extract_text"]
    return {"files": len(files), "pages": pages,
            "rows": {k: {"seconds": round(v, 3), "pages_per_s": round(pages / v, 1),
                         "x_raw_pypdfium2_time": round(v / base, 2), "speedup_vs_raw_pdfplumber": round(plumber / v, 1)}
                     for k, v in rows.items()}}


_BATCH = """
import gc, json, sys, time
sys.path.insert(0, {root!r})
from analyzer.batch.task import ReviewTask

files = {files!r}
task = ReviewTask(load_options=(("pdf_engine", {engine!r}),))  # what a batch worker runs
task.setup()
task(files[0])  # warm: rules compiled for one document, spaCy and the model loaded
gc.collect()
wall, cpu = time.perf_counter(), time.process_time()
errors = sum("error" in task(path) for path in files)
print(json.dumps({{"seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu, "errors": errors}}))
"""


def batch(files) -> dict:
    """Each engine in its own fresh process, warmed on the first file: in one shared process the
    second engine would find every document's party-name regexes compiled and spaCy's tokenizer
    cache filled by the first, and be timed on a warmer process than the first."""
    pages = sum(n for _, n in files)
    out = {}
    for engine in ("auto", "pdfplumber"):
        code = _BATCH.format(root=str(ROOT), files=[str(p) for p, _ in files], engine=engine)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        if r["errors"]:
            raise SystemExit(f"batch ({engine}): {r['errors']} of {len(files)} files failed to review")
        out[engine] = {"seconds": round(r["seconds"], 2), "pages_per_s": round(pages / r["seconds"], 1),
                       "cpu_seconds": round(r["cpu_seconds"], 2), "cpu_pages_per_s": round(pages / r["cpu_seconds"], 1)}
    out["ratio"] = round(out["auto"]["pages_per_s"] / out["pdfplumber"]["pages_per_s"], 1)
    out["cpu_ratio"] = round(out["auto"]["cpu_pages_per_s"] / out["pdfplumber"]["cpu_pages_per_s"], 1)
    out["files"], out["pages"] = len(files), pages
    return out


def thirty_pages(files, repeat: int) -> dict:
    import spacy

    from analyzer.engine import Analyzer

    path, pages = min(files, key=lambda f: abs(f[1] - 30))
    a = Analyzer()
    a.review_path(path)  # warm
    review = min(_once(lambda: a.review_path(path)) for _ in range(repeat))
    load_only = min(_once(lambda: ours_load(path)) for _ in range(repeat))
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    text = raw_pdfium(path)
    nlp(text)
    base = min(_once(lambda: nlp(raw_pdfium(path))) for _ in range(repeat))
    return {"file": path.name, "pages": pages, "review_s": round(review, 3), "load_s": round(load_only, 3),
            "raw_pypdfium2_plus_spacy_s": round(base, 3), "ratio": round(review / base, 2)}


def _once(fn) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


_RSS = """
import sys
sys.path.insert(0, {root!r})


def status(key):  # /proc, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork + exec
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) // 1024


from analyzer.ingest import load
import analyzer.ingest.pdf, pypdfium2, pdfplumber
base = status("VmRSS:")
doc = load({path!r}, pdf_engine={engine!r})
print(base, status("VmHWM:"), doc.pages)
"""


def memory(files) -> dict:
    path, pages = max(files, key=lambda f: f[1])
    out = {"file": path.name, "pages": pages}
    for engine in ("pypdfium2", "pdfplumber"):
        proc = subprocess.run([sys.executable, "-c", _RSS.format(root=str(ROOT), path=str(path), engine=engine)],
                              capture_output=True, text=True, check=True)
        base, peak, _ = map(int, proc.stdout.split())
        out[engine] = {"peak_rss_mb": peak, "after_imports_mb": base}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "out" / "ingest_speed.json")
    a = ap.parse_args()
    if not CUAD.is_dir():
        sys.exit(f"the shared corpus is not at {CUAD.parent} (set CONTRACT_ANALYZER_SHARED)")
    files = cuad_pdfs(a.limit)
    result = {"ingestion": ingestion(files, a.repeat)}
    ing = result["ingestion"]
    print(f"Ingestion, {ing['files']} CUAD PDFs, {ing['pages']} pages (fast rows best of {a.repeat}):")
    for name, r in ing["rows"].items():
        print(f"  {name:40} {r['pages_per_s']:8.1f} pages/s  {r['x_raw_pypdfium2_time']:6.2f}x raw pypdfium2 time  "
              f"{r['speedup_vs_raw_pdfplumber']:6.1f}x faster than raw pdfplumber")
    result["thirty_pages"] = t = thirty_pages(files, a.repeat)
    print(f"30-page review (warm): {t['file']} ({t['pages']} pages): review {t['review_s']} s (load {t['load_s']} s) vs "
          f"raw pypdfium2 + spaCy {t['raw_pypdfium2_plus_spacy_s']} s = {t['ratio']}x")
    if not a.skip_batch:
        result["batch"] = b = batch(files)
        print(f"Batch review of {b['files']} PDFs ({b['pages']} pages), a warm process per engine: fast path "
              f"{b['auto']['pages_per_s']} pages/s, pdfplumber path {b['pdfplumber']['pages_per_s']} pages/s = {b['ratio']}x "
              f"(CPU time: {b['auto']['cpu_pages_per_s']} vs {b['pdfplumber']['cpu_pages_per_s']} pages/s = {b['cpu_ratio']}x)")
    result["memory"] = m = memory(files)
    print(f"Peak RSS loading {m['file']} ({m['pages']} pages): pypdfium2 {m['pypdfium2']['peak_rss_mb']} MB, "
          f"pdfplumber {m['pdfplumber']['peak_rss_mb']} MB (after imports {m['pypdfium2']['after_imports_mb']} MB)")
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
