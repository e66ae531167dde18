#!/usr/bin/env python3
"""Rules only vs rules + clause classifier, in one run: accuracy per category and macro, and throughput.

    python benchmarks/model_compare.py                      # cuad (core), acord, it; full dev data
    python benchmarks/model_compare.py cuad --limit 40      # quick look while iterating
    python benchmarks/model_compare.py --publish            # also rewrite "## Rules and model" in docs/accuracy.md

Each dataset is reviewed twice with `python -m analyzer batch` (as benchmarks/accuracy.py does),
`--model none` and the packaged model, at the same time (so both see the same background load; their
docs/s ratio is the throughput figure), both `--no-cache` with the same `--jobs`, and each output
is scored with ../shared/tools/score.py. The same predictions are also scored on the trainer's
validation documents only (the documents the model never saw; listed in policy.json), because
on the rest of the dev data the model is scored on its own training documents.

Targets (issue 9): macro F1 gain >= 0.03; no category where rules-only precision > 0.95 loses
more than 0.01 precision; CUAD core macro F1 >= 0.93; model throughput within 2x of rules only.
Writes benchmarks/out/model_compare.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy  # noqa: E402  (inputs, paths of the corpus and the scorer)

ROOT = accuracy.ROOT
OUT = accuracy.OUT
DOC = ROOT / "docs" / "accuracy.md"
HEADING = "## Rules and model"
POLICY = ROOT / "models" / "clause-classifier" / "policy.json"
MODES = {"rules": ["--model", "none"], "model": []}


def batches(dataset: str, files: list[Path], jobs: int) -> dict[str, tuple[Path, float]]:
    """Review the files in both modes at once, so both see the same load from everything else on
    the machine (a fair throughput ratio); mode -> (predictions, seconds)."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        links = Path(tmp) / "in"
        links.mkdir()
        for f in files:
            (links / f.name).symlink_to(f)
        running = {}
        for mode, extra in MODES.items():
            pred = OUT / f"model_compare-{dataset}-{mode}.jsonl"
            cmd = [sys.executable, "-m", "analyzer", "batch", str(links), "--output", str(pred), "--no-cache",
                   "--jobs", str(jobs), *extra]
            err = open(Path(tmp) / f"{mode}.err", "w+", encoding="utf-8")
            running[mode] = (pred, time.perf_counter(), err, subprocess.Popen(
                cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, text=True))
        done: dict[str, tuple[Path, float]] = {}
        while len(done) < len(running):  # poll, so each mode's time ends when it does
            for mode, (pred, t0, err, proc) in running.items():
                if mode in done or proc.poll() is None:
                    continue
                done[mode] = (pred, time.perf_counter() - t0)
                err.seek(0)
                if proc.returncode not in (0, 1):
                    sys.exit(f"batch {dataset} {mode} failed ({proc.returncode}): {err.read()[-2000:]}")
                err.close()
            time.sleep(0.2)
    return {mode: done[mode] for mode in MODES}


def score(dataset: str, pred: Path, labels: Path, tag: str) -> dict:
    out = OUT / f"model_compare-{dataset}-{tag}.json"
    args = [sys.executable, str(accuracy.SCORE), "--labels", str(labels), "--predictions", str(pred),
            "--json", str(out)]
    if dataset in accuracy.CATEGORIES:
        args += ["--categories", str(accuracy.CATEGORIES[dataset])]
    proc = subprocess.run(args, capture_output=True, text=True)
    if not out.is_file():
        sys.exit(f"scorer failed on {pred}: {proc.stderr[-1000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def subset_labels(dataset: str, ids: set[str], dst: Path) -> Path:
    """labels.jsonl cut down to some documents (a --limit run, or the validation documents)."""
    with open(accuracy.CORPUS / dataset / "labels.jsonl", encoding="utf-8") as fh, \
            open(dst, "w", encoding="utf-8") as out:
        for line in fh:
            if line.strip() and json.loads(line)["id"] in ids:
                out.write(line)
    return dst


def validation_ids(dataset: str) -> set[str]:
    """The documents the model was not trained on (the trainer's split, recorded in policy.json)."""
    if not POLICY.is_file():
        return set()
    return set(json.loads(POLICY.read_text(encoding="utf-8")).get("validation_docs", {}).get(dataset, ()))


def _cats(scored: dict) -> dict:
    return scored.get("categories") or scored.get("per_category") or {}


def _macro(scored: dict) -> dict:
    return scored.get("macro") or {}


def compare(dataset: str, limit: int | None, jobs: int) -> dict:
    files, _ = accuracy.inputs(dataset, "text", limit)
    res: dict = {"documents": len(files), "modes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        ran = {f.stem for f in files}
        labels = (subset_labels(dataset, ran, Path(tmp) / "labels.jsonl") if limit
                  else accuracy.CORPUS / dataset / "labels.jsonl")
        val_ids = validation_ids(dataset) & ran
        val = subset_labels(dataset, val_ids, Path(tmp) / "validation.jsonl") if val_ids else None
        res["validation_documents"] = len(val_ids)
        for mode, (pred, seconds) in batches(dataset, files, jobs).items():
            full = score(dataset, pred, labels, mode)
            entry = {"seconds": round(seconds, 1), "docs_per_s": round(len(files) / seconds, 2), "all": full}
            if val is not None:
                entry["validation"] = score(dataset, pred, val, f"{mode}-validation")
            res["modes"][mode] = entry
            print(f"{dataset} {mode}: macro F1 {_macro(full).get('f1', 0):.3f}, {len(files)} docs in "
                  f"{seconds:.1f} s", file=sys.stderr)
    return res


def or_ceiling(scored: dict) -> float:
    """Macro F1 if a second opinion turned every rules-only miss into a hit without a single false
    alarm: per category recall 1 at the rules' own precision P, F1 = 2P / (P + 1). Rules that find
    nothing in a category (P = 0) are counted at P = 1 (the model could answer it alone)."""
    f1s = []
    for v in _cats(scored).values():
        p = v["precision"] if (v.get("precision") or 0) > 0 else 1.0
        f1s.append(2 * p / (p + 1))
    return sum(f1s) / len(f1s) if f1s else 0.0


def targets(results: dict) -> list[str]:
    lines = []
    for ds, r in results.items():
        rules, model = r["modes"]["rules"], r["modes"]["model"]
        gain = _macro(model["all"])["f1"] - _macro(rules["all"])["f1"]
        lines.append(f"{ds}: macro F1 gain {gain:+.3f} (target >= +0.03: {'met' if gain >= 0.03 else 'NOT met'})")
        precise = [(cat, v["precision"], _cats(model["all"])[cat]["precision"])
                   for cat, v in _cats(rules["all"]).items() if v["precision"] > 0.95]
        lost = [(c, a, b) for c, a, b in precise if a - b > 0.01]
        worst = max((a - b for _, a, b in precise), default=0.0)
        lines.append(f"{ds}: {len(precise)} categories above 0.95 precision with rules only; largest precision "
                     f"loss {worst:.3f} (target <= 0.01: {'NOT met' if lost else 'met'})")
        for c, a, b in lost:
            lines.append(f"{ds}: {c} precision {a:.3f} -> {b:.3f}")
        if ds == "cuad":
            f1 = _macro(model["all"])["f1"]
            lines.append(f"cuad core macro F1 with the model {f1:.3f} (target >= 0.93: {'met' if f1 >= 0.93 else 'NOT met'})")
            lines.append(f"cuad: ceiling of any combination in which the model only adds present calls to these "
                         f"rules (every rule miss turned into a hit, no new false alarm): macro F1 "
                         f"{or_ceiling(rules['all']):.3f}")
        ratio = rules["docs_per_s"] / model["docs_per_s"]
        lines.append(f"{ds}: rules-only throughput / with model = {ratio:.2f}x "
                     f"(target <= 2x: {'met' if ratio <= 2 else 'NOT met'})")
    return lines


def table(results: dict, command: str) -> str:
    out = [HEADING, "",
           "Rules only vs rules + the clause classifier (`models/clause-classifier`, used where no rule matched, "
           "for the (label, rule) pairs and thresholds in its `policy.json`), on the developer corpus (TXT), "
           "document level, scored by `../shared/tools/score.py`. Reproduce with:", "",
           f"    {command}", "",
           "The model was trained on 80% of these documents: the `all` columns score it partly on its own "
           "training data. `val` scores the same run on the trainer's validation documents only "
           "(81 CUAD contracts, 8 IT documents, ACORD held-out clauses), which the model never saw; the "
           "policy's thresholds were chosen on those same documents (see models/README.md), except the "
           "precision guard (a category the rules alone get above 0.95 precision may lose at most 0.01), "
           "which `models/fit_policy.py` checks on every dev document, as this table measures it.", ""]
    if POLICY.is_file():
        pol = json.loads(POLICY.read_text(encoding="utf-8"))
        pairs = sum(len(v) for v in pol.get("rules", {}).values())
        cv = ", ".join(f"{ds} {g:+.3f}" for ds, g in sorted(pol.get("two_fold_gain", {}).items()))
        out += [f"Policy: {pairs} (label, rule) pairs. The least optimistic estimate of what the model adds on "
                f"contracts it never saw is the policy's 2-fold cross-check (fitted on half of the validation "
                f"documents, measured on the other half, both ways; macro F1 gain): {cv}.", ""]
    for ds, r in results.items():
        rules, model = r["modes"]["rules"], r["modes"]["model"]
        out += [f"### {ds} ({r['documents']} documents, {r.get('validation_documents', 0)} of them validation)", "",
                "| category | rules P | rules R | rules F1 | +model P | +model R | +model F1 | ΔF1 |",
                "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for cat, v in _cats(rules["all"]).items():
            mv = _cats(model["all"]).get(cat, {})
            d = mv.get("f1", 0) - v["f1"]
            out.append(f"| {cat} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | "
                       f"{mv.get('precision', 0):.3f} | {mv.get('recall', 0):.3f} | {mv.get('f1', 0):.3f} | "
                       f"{d:+.3f} |")
        rm, mm = _macro(rules["all"]), _macro(model["all"])
        out.append(f"| **macro (all)** | {rm['precision']:.3f} | {rm['recall']:.3f} | **{rm['f1']:.3f}** | "
                   f"{mm['precision']:.3f} | {mm['recall']:.3f} | **{mm['f1']:.3f}** | {mm['f1'] - rm['f1']:+.3f} |")
        if "validation" in rules:
            rv, mv = _macro(rules["validation"]), _macro(model["validation"])
            out.append(f"| macro (val) | {rv['precision']:.3f} | {rv['recall']:.3f} | {rv['f1']:.3f} | "
                       f"{mv['precision']:.3f} | {mv['recall']:.3f} | {mv['f1']:.3f} | {mv['f1'] - rv['f1']:+.3f} |")
        out += ["", f"Throughput: rules only {rules['docs_per_s']:.2f} docs/s ({rules['seconds']:.0f} s), "
                    f"with the model {model['docs_per_s']:.2f} docs/s ({model['seconds']:.0f} s).", ""]
        other = [f"{name} {rm[key]:.3f} -> {mm[key]:.3f}" for key, name in
                 (("span_recall", "span recall"), ("evidence_precision", "evidence precision"),
                  ("weak_acc", "weak accuracy"), ("weak_f1", "weak F1"), ("gap_f1", "gap F1"))
                 if isinstance(rm.get(key), (int, float)) and isinstance(mm.get(key), (int, float))]
        if other:
            out += ["Macro, rules only -> with the model (all documents): " + ", ".join(other) + ".", ""]
    out += ["Against the issue's targets:", ""] + [f"- {t}" for t in targets(results)] + [""]
    return "\n".join(out)


def publish(section: str) -> None:
    """Replace only this benchmark's section of docs/accuracy.md (other sections belong to others)."""
    text = DOC.read_text(encoding="utf-8") if DOC.is_file() else "# Accuracy\n\n"
    if HEADING in text:
        start = text.index(HEADING)
        nxt = text.find("\n## ", start + len(HEADING))
        text = text[:start] + section.rstrip("\n") + "\n" + (text[nxt:] if nxt != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("datasets", nargs="*", help="cuad, acord, it (default: all three) or nli")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--jobs", type=int, default=1, help="workers per mode (both modes run at the same time)")
    ap.add_argument("--render", action="store_true", help="only re-render benchmarks/out/model_compare.json")
    ap.add_argument("--publish", action="store_true", help="rewrite the '## Rules and model' section of docs/accuracy.md")
    a = ap.parse_args()
    a.datasets = a.datasets or ["cuad", "acord", "it"]
    if set(a.datasets) - {"cuad", "acord", "it", "nli"}:
        ap.error(f"unknown dataset(s): {', '.join(sorted(set(a.datasets) - {'cuad', 'acord', 'it', 'nli'}))}")
    if not accuracy.SCORE.exists():
        sys.exit(f"scorer not found at {accuracy.SCORE}; set CONTRACT_ANALYZER_SHARED")
    if a.render:  # re-render the last run's table (e.g. after editing this script's text)
        saved = json.loads((OUT / "model_compare.json").read_text(encoding="utf-8"))
        results = saved.get("results", saved)
        command = saved.get("command", "python benchmarks/model_compare.py cuad acord it --jobs 2")
    else:
        results = {ds: compare(ds, a.limit, a.jobs) for ds in a.datasets}
        command = "python benchmarks/model_compare.py " + " ".join(x for x in sys.argv[1:] if x != "--publish")
        (OUT / "model_compare.json").write_text(json.dumps({"command": command, "results": results}, indent=1),
                                                encoding="utf-8")
    section = table(results, command.strip())
    (OUT / "model_compare.md").write_text(section, encoding="utf-8")
    print(section)
    if a.publish:
        publish(section)


if __name__ == "__main__":
    main()
