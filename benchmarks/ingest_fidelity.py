#!/usr/bin/env python3
"""Ingestion fidelity: do we read the words the signer reads, and only those?

PDF: every CUAD PDF in ../shared/corpus/cuad/pdf against the lawyers' TXT of the same contract,
for both engines. Word recall and precision are multiset overlaps after normalisation (NFKC,
lower case, straight quotes, punctuation stripped from word edges). The CUAD TXT keeps running
headers, footers and page numbers, which we remove on purpose, so "body recall" first takes the
words of the lines we set aside out of the TXT's words (raw recall is printed too).

Header/footer removal rate: a page "has" a running line when a line in the top or bottom 8% of
the page is a bare page number or repeats (digits masked) in the same band on another page; it
counts as removed when every such line was set aside.

DOCX: the forms that exist both as DOCX and Markdown (Bonterms, Common Paper, 18F) against the
Markdown with markup stripped.

    python benchmarks/ingest_fidelity.py                 # both engines, all 50 PDFs, the forms
    python benchmarks/ingest_fidelity.py --limit 10 --engines pypdfium2
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", ROOT.parent / "shared"))
CUAD = SHARED / "corpus" / "cuad"
FORMS = SHARED / "corpus" / "forms"

from analyzer.ingest.pdf import MIN_PAGE_CHARS, _page_chars, _read_pdfium, _read_pdfplumber  # noqa: E402
from analyzer.ingest.pdf_layout import PAGE_NUMBER, lay_out  # noqa: E402

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ad": None,
                         "\ufffe": None})


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    out = []
    for w in text.split():
        w = _EDGE.sub("", w)
        if any(c.isalnum() for c in w):
            out.append(w)
    return out


def overlap(got: Counter, want: Counter) -> tuple[float, float, int]:
    common = sum((got & want).values())
    return (common / max(1, sum(want.values())), common / max(1, sum(got.values())), common)


def header_pages(pages, removed: set[tuple[int, str]]) -> tuple[int, int]:
    """(pages with running lines by the band oracle, of those pages where all of them were removed).

    The oracle looks only at the top and bottom 8% of each page: a line there is running when it
    is a bare page number or when the same text sits in the same band on at least three pages.
    """
    band: dict[int, list[tuple[bool, str]]] = {}
    seen: Counter = Counter()
    for p in pages:
        if not p.lines or p.height <= 0:
            continue
        items = [(ln.top <= 0.08 * p.height, ln.text.strip()) for ln in p.lines
                 if ln.top <= 0.08 * p.height or ln.bottom >= 0.92 * p.height]
        band[p.number] = items
        for top, t in {(top, re.sub(r"\s+", " ", t.lower())) for top, t in items}:
            seen[(top, t)] += 1
    have = done = 0
    for number, items in band.items():
        running = [t for top, t in items if any(c.isalnum() for c in t) and (
            PAGE_NUMBER.match(t) or seen[(top, re.sub(r"\s+", " ", t.lower()))] >= 3)]
        if not running:
            continue
        have += 1
        if all((number, t) in removed for t in running):
            done += 1
    return have, done


def pdf_fidelity(engines: list[str], limit: int | None) -> dict:
    recs = [json.loads(line) for line in open(CUAD / "labels.jsonl", encoding="utf-8")]
    recs = [r for r in recs if r.get("pdf")][:limit]
    readers = {"pypdfium2": _read_pdfium, "pdfplumber": _read_pdfplumber}
    results = {}
    for engine in engines:
        tot = Counter()
        per_doc = []
        t0 = time.perf_counter()
        for r in recs:
            pages, _ = readers[engine](CUAD / r["pdf"])
            layout = lay_out(pages)
            truth = Counter(words(open(CUAD / r["text"], encoding="utf-8").read()))
            got = Counter(words(layout.text))
            aside = Counter(w for _, t in layout.removed for w in words(t))
            body = truth - aside
            rr, _, _ = overlap(got, truth)
            br, bp, common = overlap(got, body)
            have, done = header_pages(pages, {(n, t.strip()) for n, t in layout.removed})
            scanned = bool(r["meta"].get("pdf_textless_pages"))
            if scanned:  # the pages we would list as unread must be the corpus's image-only pages
                empty = [p.number for p in pages if _page_chars(p) < MIN_PAGE_CHARS]
                tot["textless_docs"] += 1
                tot["textless_match"] += empty == r["meta"]["pdf_textless_pages"]
            per_doc.append({"id": r["id"], "raw_recall": round(rr, 4), "recall": round(br, 4),
                            "precision": round(bp, 4), "scanned_pages": scanned,
                            "hf_pages": have, "hf_removed": done})
            if not scanned:
                tot["common"] += common
                tot["truth"] += sum(body.values())
                tot["raw_truth"] += sum(truth.values())
                tot["raw_common"] += sum((got & truth).values())
                tot["got"] += sum(got.values())
            tot["hf_pages"] += have
            tot["hf_removed"] += done
        text_layer = [d for d in per_doc if not d["scanned_pages"]]
        results[engine] = {
            "documents": len(per_doc), "text_layer_documents": len(text_layer),
            "recall": round(tot["common"] / max(1, tot["truth"]), 4),
            "precision": round(tot["common"] / max(1, tot["got"]), 4),
            "raw_recall": round(tot["raw_common"] / max(1, tot["raw_truth"]), 4),
            "min_doc_recall": min((d["recall"] for d in text_layer), default=None),
            "min_doc_precision": min((d["precision"] for d in text_layer), default=None),
            "hf_pages": tot["hf_pages"], "hf_removed": tot["hf_removed"],
            "hf_removed_rate": round(tot["hf_removed"] / max(1, tot["hf_pages"]), 4),
            "textless_pages_exact": f"{tot['textless_match']}/{tot['textless_docs']}",
            "seconds": round(time.perf_counter() - t0, 1),
            "worst": sorted(text_layer, key=lambda d: min(d["recall"], d["precision"]))[:5],
        }
    return results


_MD_NOISE = re.compile(r"<[^>]+>|!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|[*_`#>|\[\]]")


def markdown_words(path: Path) -> Counter:
    return Counter(words(_MD_NOISE.sub(" ", path.read_text(encoding="utf-8"))))


# (DOCX, Markdown of the same agreement). The Common Paper DOCX are templates with a cover page
# the Markdown lacks, so their precision is low by construction: recall is the figure that matters.
PAIRS = [
    ("gov_18f/Final-RFQ/FINAL TDRS software development RFQ.docx", "gov_18f/Final-RFQ/FINAL-TDRS-software-development-RFQ.md"),
    ("common_paper/common-paper-professional-services-agreement.docx", "common_paper/markdown/PSA/psa.md"),
    ("common_paper/common-paper-cloud-service-agreement.docx", "common_paper/markdown/CSA/CSA.md"),
    ("common_paper/common-paper-data-processing-agreement.docx", "common_paper/markdown/DPA/DPA.md"),
    ("common_paper/common-paper-csa-with-sla.docx", "common_paper/markdown/SLA/sla.md"),
    ("common_paper/common-paper-mutual-nda.docx", "common_paper/markdown/Mutual-NDA/Mutual-NDA-coverpage.md"),
]


def docx_pairs() -> list[tuple[Path, Path]]:
    return [(FORMS / a, FORMS / b) for a, b in PAIRS if (FORMS / a).exists() and (FORMS / b).exists()]


def docx_fidelity() -> dict:
    from analyzer.ingest.docx import read_docx

    rows, tot = [], Counter()
    for docx, md in docx_pairs():
        doc = read_docx(docx)
        got, want = Counter(words(doc.text)), markdown_words(md)
        r, p, common = overlap(got, want)
        rows.append({"docx": str(docx.relative_to(FORMS)), "md": str(md.relative_to(FORMS)),
                     "recall": round(r, 4), "precision": round(p, 4)})
        tot["common"] += common
        tot["want"] += sum(want.values())
        tot["got"] += sum(got.values())
    return {"pairs": rows, "recall": round(tot["common"] / max(1, tot["want"]), 4),
            "precision": round(tot["common"] / max(1, tot["got"]), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--engines", nargs="+", default=["pypdfium2", "pdfplumber"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-docx", action="store_true")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "out" / "ingest_fidelity.json")
    a = ap.parse_args()
    if not CUAD.is_dir():
        sys.exit(f"the shared corpus is not at {CUAD.parent} (set CONTRACT_ANALYZER_SHARED)")
    out = {"pdf": pdf_fidelity(a.engines, a.limit)}
    if not a.no_docx:
        out["docx"] = docx_fidelity()
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    for engine, r in out["pdf"].items():
        print(f"PDF {engine:10} {r['text_layer_documents']} text-layer docs: body recall {r['recall']:.4f} "
              f"precision {r['precision']:.4f} (raw recall {r['raw_recall']:.4f}; worst doc recall "
              f"{r['min_doc_recall']}, precision {r['min_doc_precision']}); headers/footers removed on "
              f"{r['hf_removed']}/{r['hf_pages']} pages ({r['hf_removed_rate']:.1%}); pages without text listed exactly "
              f"as the corpus metadata in {r['textless_pages_exact']} scanned PDFs; {r['seconds']} s")
    if "docx" in out:
        d = out["docx"]
        print(f"DOCX vs Markdown, {len(d['pairs'])} forms: recall {d['recall']:.4f} precision {d['precision']:.4f}")
        for row in d["pairs"]:
            print(f"  {row['docx']}: recall {row['recall']:.4f} precision {row['precision']:.4f}")


if __name__ == "__main__":
    main()
