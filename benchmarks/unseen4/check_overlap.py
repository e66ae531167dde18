#!/usr/bin/env python3
"""Check that no unseen4 text was copied from the corpus or from benchmarks/unseen, unseen2 or unseen3.

For every unseen4 document, counts its N-word sequences (default 8; lower-cased words) that also
occur in any text under the shared corpus (../shared/corpus, or $CONTRACT_ANALYZER_SHARED/corpus)
benchmarks/unseen/texts, benchmarks/unseen2/texts or benchmarks/unseen3/texts, and prints only the document's own matching phrases, never corpus text
around them. Stock legal formulas ("a day other than a Saturday, Sunday or public holiday") match at
N = 8-14; copied sentences would show up at N = 20.

    python benchmarks/unseen4/check_overlap.py 20
"""
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", ROOT.parent / "shared"))

N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
def toks(t): return re.findall(r"[a-z0-9]+", t.lower())
def shingles(t):
    w = toks(t); return {" ".join(w[i:i+N]) for i in range(len(w)-N+1)}
mine = {p.stem: shingles(p.read_text(encoding="utf-8")) for p in sorted((HERE / "texts").glob("*.txt"))}
allmine = set().union(*mine.values())
found = set()
roots = [SHARED / "corpus", ROOT / "benchmarks" / "unseen" / "texts", ROOT / "benchmarks" / "unseen2" / "texts",
         ROOT / "benchmarks" / "unseen3" / "texts"]
nfiles = 0
for root in roots:
    for p in root.rglob("*"):
        if p.suffix.lower() not in (".txt", ".md", ".jsonl", ".json") or not p.is_file(): continue
        nfiles += 1
        try: t = p.read_text(encoding="utf-8", errors="ignore")
        except Exception: continue
        w = toks(t)
        for i in range(len(w)-N+1):
            s = " ".join(w[i:i+N])
            if s in allmine: found.add(s)
print("files scanned", nfiles, "shingle size", N)
for k, s in sorted(mine.items()):
    hits = s & found
    print(k, len(s), "shared:", len(hits))
    for h in sorted(hits): print("   ", h)
