"""Shared tools of the blind unseen-style sets (benchmarks/unseen2, unseen3, unseen4, ...).

Each set's build_labels.py holds only its hand-made judgements (SOURCE, DOCS); :func:`main`
locates every quoted clause in its text (an exact string found exactly once, or a pair (first,
last) spanning from the start of one to the end of the other), writes labels.jsonl and verifies it: all 34 keys per document, exact offsets, and the coverage rule (every key present in
at least two documents and missing in at least two). :func:`overlap` checks that a set's texts copy
nothing from the corpus or the other sets:

    python benchmarks/blindset.py build unseen4 [--check] [-v]
    python benchmarks/blindset.py overlap unseen4 20
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

KEYS = """scope-defined deliverables assumptions-exclusions client-dependencies milestones
client-delay-relief force-majeure time-of-essence delay-penalties change-control
acceptance-criteria deemed-acceptance rejection-remedy security-obligations breach-notification
data-return-deletion confidentiality liability-cap consequential-damages-exclusion indemnification
insurance warranty warranty-disclaimer ip-ownership-deliverables background-ip-retained
payment-terms late-payment-remedy termination-convenience termination-cause-cure
payment-on-termination no-guarantee-results non-solicitation governing-law vague-terms""".split()
KEYS = ["it:" + k for k in KEYS]

def P(*clauses):
    return ("present", None, list(clauses))


def W(why, *clauses):
    return ("weak", why, list(clauses))


def read(here: Path, doc_id: str) -> str:
    with open(here / "texts" / f"{doc_id}.txt", encoding="utf-8", newline="") as fh:
        return fh.read()


def unique(text: str, needle: str, doc_id: str, key: str) -> int:
    n = text.count(needle)
    if n != 1:
        raise SystemExit(f"{doc_id} {key}: quote found {n} times (need exactly 1): {needle!r}")
    return text.index(needle)


def locate(text: str, spec, doc_id: str, key: str) -> dict:
    if isinstance(spec, str):
        start = unique(text, spec, doc_id, key)
        end = start + len(spec)
    else:
        first, last = spec
        start = unique(text, first, doc_id, key)
        last_at = unique(text, last, doc_id, key)
        end = last_at + len(last)
        if last_at < start or end - start > 4000:
            raise SystemExit(f"{doc_id} {key}: bad span {first!r} .. {last!r}")
    return {"text": text[start:end], "start": start, "end": end}


def build(here: Path, docs: list[dict], source: str) -> list[dict]:
    records = []
    for doc in docs:
        text = read(here, doc["id"])
        unknown = set("it:" + k for k in doc["labels"]) - set(KEYS)
        if unknown:
            raise SystemExit(f"{doc['id']}: unknown keys {sorted(unknown)}")
        labels = {}
        for key in KEYS:
            short = key[3:]
            if short not in doc["labels"]:
                labels[key] = {"answer": "missing", "present": False, "clauses": []}
                continue
            answer, why, specs = doc["labels"][short]
            if not specs:
                raise SystemExit(f"{doc['id']} {key}: {answer} without a quoted clause")
            if (answer == "weak") != bool(why):
                raise SystemExit(f"{doc['id']} {key}: a why is needed for weak answers only")
            entry = {"answer": answer, "present": True}
            if why:
                entry["why"] = why
            entry["clauses"] = [locate(text, s, doc["id"], key) for s in specs]
            labels[key] = entry
        records.append({"id": doc["id"], "text": f"texts/{doc['id']}.txt", "pdf": None,
                        "type": doc["type"], "labels": labels,
                        "meta": {"source": source, "style": doc["style"]}})
    return records


def check(path: Path) -> dict:
    """Verify labels.jsonl: 34 keys per document, offsets exact, coverage rule; return totals."""
    totals = {"present": 0, "weak": 0, "missing": 0, "clauses": 0}
    per_key = {k: {"present": 0, "weak": 0, "missing": 0} for k in KEYS}
    ids = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            ids.append(rec["id"])
            with open(path.parent / rec["text"], encoding="utf-8", newline="") as tf:
                text = tf.read()
            if sorted(rec["labels"]) != sorted(KEYS):
                raise SystemExit(f"{rec['id']}: keys differ from the 34 it: keys")
            for key, lab in rec["labels"].items():
                answer = lab["answer"]
                assert answer in ("present", "weak", "missing"), (rec["id"], key)
                assert lab["present"] == (answer != "missing"), (rec["id"], key)
                assert ("why" in lab) == (answer == "weak"), (rec["id"], key)
                assert bool(lab["clauses"]) == (answer != "missing"), (rec["id"], key)
                for c in lab["clauses"]:
                    if text[c["start"]:c["end"]] != c["text"]:
                        raise SystemExit(f"{rec['id']} {key}: offset mismatch")
                totals[answer] += 1
                totals["clauses"] += len(lab["clauses"])
                per_key[key][answer] += 1
    for key, n in per_key.items():
        if n["present"] < 2 or n["missing"] < 2:
            raise SystemExit(f"coverage rule broken for {key}: {n}")
    return {"documents": len(ids), **totals, "per_key": per_key}


def main(here: Path, docs: list[dict], source: str) -> None:
    """Write here/labels.jsonl from docs and verify it (--check: verify only; -v: per-key counts)."""
    out = here / "labels.jsonl"
    if "--check" not in sys.argv:
        records = build(here, docs, source)
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    summary = check(out)
    per_key = summary.pop("per_key")
    print(json.dumps(summary))
    if "-v" in sys.argv:
        for key, n in per_key.items():
            print(f"{key:40s} {n['present']} / {n['weak']} / {n['missing']}")



def overlap(name: str, n: int = 8) -> None:
    """Print, for every text of benchmarks/<name>, its n-word sequences (lower-cased words) that also
    occur in the shared corpus or in another benchmarks/unseen* set: only the document's own
    phrases, never corpus text around them. Stock legal formulas match at n = 8-14; a copied
    sentence would show up at n = 20."""
    root = Path(__file__).resolve().parent
    shared = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", root.parent.parent / "shared"))

    def toks(t: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", t.lower())

    def shingles(t: str) -> set[str]:
        w = toks(t)
        return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

    mine = {p.stem: shingles(p.read_text(encoding="utf-8")) for p in sorted((root / name / "texts").glob("*.txt"))}
    allmine = set().union(*mine.values())
    others = [shared / "corpus"] + [d / "texts" for d in sorted(root.glob("unseen*")) if d.name != name]
    found, files = set(), 0
    for base in others:
        for p in base.rglob("*"):
            if p.suffix.lower() not in (".txt", ".md", ".jsonl", ".json") or not p.is_file():
                continue
            files += 1
            w = toks(p.read_text(encoding="utf-8", errors="ignore"))
            found.update(s for s in (" ".join(w[i:i + n]) for i in range(len(w) - n + 1)) if s in allmine)
    print("files scanned", files, "shingle size", n)
    for doc, s in sorted(mine.items()):
        hits = s & found
        print(doc, len(s), "shared:", len(hits))
        for h in sorted(hits):
            print("   ", h)


def judgements(name: str) -> tuple[Path, list[dict], str]:
    """(folder, DOCS, SOURCE) of a set, from its build_labels.py, run with P and W at hand."""
    import runpy

    here = Path(__file__).resolve().parent / name
    found = runpy.run_path(str(here / "build_labels.py"), init_globals={"P": P, "W": W})
    return here, found["DOCS"], found["SOURCE"]


if __name__ == "__main__":
    # python benchmarks/blindset.py build unseen4 [--check] [-v] | overlap unseen4 [N]
    if sys.argv[1:2] == ["build"]:
        main(*judgements(sys.argv[2]))
    elif sys.argv[1:2] == ["overlap"]:
        overlap(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 8)
    else:
        raise SystemExit("usage: blindset.py build SET [--check] [-v] | overlap SET [N]")
