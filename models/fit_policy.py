#!/usr/bin/env python3
"""Fit where the clause classifier may make a protection present: models/clause-classifier/policy.json.

    python models/fit_policy.py [--corpus ../shared/corpus] [--model models/clause-classifier]

The model is a second opinion: the engine asks it only for rules that found nothing themselves,
and only for the (label -> rule) pairs and thresholds this script writes. A pair is kept when,
on the documents the model was NOT trained on (the trainer's validation split, rebuilt here with
its seed), the documents it would turn from "missing" into "present" are mostly right:

* eligible pairs: a label the rule maps to; a label several rules map to (e.g. `cuad:Cap On
  Liability` -> liability-cap, liability-cap-amount, consequential-damages-exclusion) goes only to
  the rule whose own present/weak examples the model scores highest for it;
* threshold: the lowest one (grid 0.30..0.99) at which the flipped (document, category) pairs
  reach precision >= MIN_PRECISION with at least MIN_GAIN true positives, and above the
  model's score on every one of the rule's own "missing" examples (the model never contradicts
  what the rule's author wrote down as not the protection);
* a pair touching a category the rules alone get above 0.95 precision on the whole dev data (the
  issue's guard) may cost that category at most 0.01 precision there: this is checked on every dev
  document, training ones included, because that is where the accuracy benchmark measures it
  (checking only the validation documents let License Grant lose 0.026);
* MIN_PRECISION and MIN_GAIN themselves are chosen by a 2-fold cross-check on the validation
  documents (fit on one half, score the gain on the other, both ways), so the setting is picked
  by what it earns on documents it was not fitted on; the policy is then fitted on all of them.

Features (rules-only statuses and the best passage score per pair, for every dev document) are
cached in --cache, keyed by a fingerprint of the rules and the model, so a stale cache is not reused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

MIN_PRECISION = 0.85  # defaults; main() picks both by the 2-fold cross-check over PRECISIONS x GAINS
MIN_GAIN = 3
PRECISIONS = (0.6, 0.7, 0.8, 0.9, 1.0)
GAINS = (1, 2, 3, 4)
PRECISE = 0.95  # categories the rules alone get this precise (whole dev data) ...
MAX_PRECISION_LOSS = 0.01  # ... may lose at most this much precision there
GRID = [round(0.30 + 0.01 * i, 2) for i in range(70)]
DATASETS = ("cuad", "it", "acord")


def validation_split(corpus: Path) -> dict[str, list[str]]:
    """The trainer's held-out documents, rebuilt with its own code and seed."""
    sys.path.insert(0, str(HERE))
    import train

    _, val_passages, val_docs, _, _ = train.build_data(corpus, dict(train.CONFIG))
    out = {ds: sorted(i for d, i, _, _ in val_docs if d == ds) for ds in ("cuad", "it")}
    # ACORD validation items are clause texts: a clause document is held out when its text is
    # (the same text under another id in the training part would not be: those are dropped)
    val_texts = {t for t, _ in val_passages}
    acord = train.read_jsonl(corpus / "acord" / "labels.jsonl")
    by_text: dict[str, list[str]] = {}
    for d in acord:
        by_text.setdefault(train.read_text(corpus / "acord" / d["text"]), []).append(d["id"])
    out["acord"] = sorted(i for t, ids in by_text.items() if t in val_texts and len(ids) == 1 for i in ids)
    return out


def categories(corpus: Path, dataset: str, rules) -> list[str]:
    """What the accuracy benchmark scores: the core lists for cuad/it, every mapped acord: category."""
    files = {"cuad": corpus / "cuad" / "core_categories.txt", "it": corpus / "it" / "categories.txt"}
    if dataset in files:
        return [c.strip() for c in files[dataset].read_text(encoding="utf-8").splitlines() if c.strip()]
    return sorted({m for r in rules for m in r.maps_to if m.startswith(dataset + ":")})


def pairs_for(clf, rules) -> dict[str, list[str]]:
    """rule id -> labels it may take from the model (each label to one rule, chosen on its examples)."""
    from analyzer.ingest.text import document_from_text

    by_label: dict[str, list] = {}
    for r in rules:
        for lab in r.maps_to:
            if lab in clf.labels:
                by_label.setdefault(lab, []).append(r)
    out: dict[str, list[str]] = {}
    for lab, rs in by_label.items():
        def own(r):
            texts = [t for k in ("present", "weak") for t in (r.examples.get(k) or [])]
            if not texts:
                return 0.0
            scores = [max((p[lab] for _, _, p in clf.passages(document_from_text(t).text)), default=0.0)
                      for t in texts]
            return sum(scores) / len(scores)
        best = max(rs, key=own) if len(rs) > 1 else rs[0]
        out.setdefault(best.id, []).append(lab)
    return out


def example_ceiling(clf, rules, pairs) -> dict[str, dict[str, float]]:
    """rule -> label -> the model's best score on the rule's own "missing" examples (exclusions applied)."""
    from analyzer.classifier import model_candidates
    from analyzer.ingest.text import document_from_text
    from analyzer.matching.candidates import prepare
    from analyzer.matching.compiled import compile_rules
    from analyzer.roles import detect

    out: dict[str, dict[str, float]] = {}
    by_id = {r.id: r for r in rules}
    for rid, labels in pairs.items():
        r = by_id[rid]
        out[rid] = dict.fromkeys(labels, 0.0)
        for text in r.examples.get("missing") or []:
            doc = document_from_text(text)
            lib = compile_rules((r,), detect(doc.text))
            prep = prepare(doc, lib)
            found = model_candidates(clf, prep, {rid: lib.rules[0]}, {rid: dict.fromkeys(labels, 0.0)})
            for _, _, _, lab, p in found.get(rid, ()):
                out[rid][lab] = max(out[rid][lab], p)
    return out


def doc_features(clf, rules, pairs, path: Path) -> dict:
    """Rules-only positive rules, and the best non-excluded passage score per (rule, label)."""
    from analyzer.classifier import model_candidates
    from analyzer.engine import decide
    from analyzer.ingest import load
    from analyzer.matching.candidates import prepare
    from analyzer.matching.compiled import compile_rules
    from analyzer.roles import detect

    doc = load(path)
    lib = compile_rules(rules, detect(doc.text))
    prep = prepare(doc, lib)
    positive = sorted(cr.rule.id for cr in lib.rules
                      if decide(prep, cr, "provider").status.value in ("present", "weak"))
    by_id = {cr.rule.id: cr for cr in lib.rules}
    wanted = {rid: dict.fromkeys(labels, 0.0) for rid, labels in pairs.items()}
    best: dict[str, float] = {}
    for rid, found in model_candidates(clf, prep, by_id, wanted).items():
        for _, _, _, lab, p in found:
            key = f"{rid}|{lab}"
            best[key] = max(best.get(key, 0.0), round(p, 4))
    return {"rules": positive, "best": best}


def gold(corpus: Path, dataset: str) -> dict[str, dict]:
    with open(corpus / dataset / "labels.jsonl", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    return {r["id"]: r for r in recs}


def fingerprint(model: Path, pairs) -> str:
    """What the cached features depend on: the rules (and the code that runs them) and the model."""
    import analyzer
    from analyzer.rules import library_dir

    h = hashlib.sha256(json.dumps(pairs, sort_keys=True).encode())
    files = [*Path(analyzer.__file__).resolve().parent.rglob("*.py"), *library_dir().rglob("*.yaml"),
             *(f for f in model.rglob("*") if f.name not in ("policy.json", "metrics.json"))]
    for f in sorted(f for f in files if f.is_file() and "__pycache__" not in f.parts):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def collect(corpus: Path, clf, rules, pairs, cache: Path, key: str) -> dict:
    """Features of every dev document (not only the validation ones: the precision guard needs all)."""
    data = json.loads(cache.read_text()) if cache.is_file() else {}
    feats = data.get("features", {}) if data.get("key") == key else {}
    t0 = time.perf_counter()
    n = 0
    for ds in DATASETS:
        for doc_id, rec in gold(corpus, ds).items():
            name = f"{ds}/{doc_id}"
            if name in feats:
                continue
            feats[name] = doc_features(clf, rules, pairs, corpus / ds / rec["text"])
            n += 1
            if n % 100 == 0:
                cache.write_text(json.dumps({"key": key, "features": feats}))
                print(f"  {n} documents read ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    cache.write_text(json.dumps({"key": key, "features": feats}))
    return feats


def items(corpus, rules, feats, split=None):
    """(dataset, doc id, category, gold bool, rules-only positive, {rule|label: best p} for the category),
    for the documents in split (dataset -> ids), or for every dev document when split is None."""
    maps = {}
    for r in rules:
        for c in r.maps_to:
            maps.setdefault(c, []).append(r.id)
    out = []
    for ds in DATASETS:
        g = gold(corpus, ds)
        cats = categories(corpus, ds, rules)
        for doc_id in (split[ds] if split is not None else sorted(g)):
            f = feats.get(f"{ds}/{doc_id}")
            if f is None:
                continue
            for c in cats:
                present = g[doc_id]["labels"].get(c, {}).get("present")
                if present is None:
                    continue
                base = any(rid in f["rules"] for rid in maps.get(c, ()))
                out.append((ds, doc_id, c, bool(present), base,
                            {k: v for k, v in f["best"].items() if k.split("|")[0] in maps.get(c, ())}))
    return out


def _flipped(best: dict, policy: dict) -> bool:
    return any(p >= policy.get(k.split("|")[0], {}).get(k.split("|")[1], 2.0) for k, p in best.items())


def guard_floor(guard_rows, key: str, category_of, policy=None) -> float:
    """The lowest threshold at which the pair keeps its category's precision on the whole dev data
    within MAX_PRECISION_LOSS of the rules' own, when the rules alone are above PRECISE there
    (0.0 for every other category: no guard). Documents that pairs already in policy flip count
    against the same budget: one rule can take several labels (governing-law answers
    cuad:Governing Law and it:governing-law), and a hit through any of them is a hit."""
    policy = policy or {}
    cells = {}
    for r in guard_rows:
        if r[2] == category_of:
            cells.setdefault(r[0], []).append(r)
    floor = 0.0
    for rows in cells.values():
        tp = sum(1 for r in rows if r[4] and r[3])
        fp = sum(1 for r in rows if r[4] and not r[3])
        if not tp + fp or tp / (tp + fp) <= PRECISE:
            continue
        rules_precision = tp / (tp + fp)
        already = [r for r in rows if not r[4] and _flipped(r[5], policy)]
        tp += sum(1 for r in already if r[3])
        fp += sum(1 for r in already if not r[3])
        flips = [(r[3], r[5][key]) for r in rows if not r[4] and key in r[5] and r not in already]
        for t in [0.0] + GRID + [1.01]:
            ftp = sum(1 for g, p in flips if p >= t and g)
            ffp = sum(1 for g, p in flips if p >= t and not g)
            if rules_precision - (tp + ftp) / (tp + ftp + fp + ffp) <= MAX_PRECISION_LOSS:
                floor = max(floor, t)
                break
        else:  # the pairs already fitted spent the budget: this one may not flip anything
            floor = 1.01
    return floor


def fit(rows, pairs, ceiling, min_precision: float = MIN_PRECISION, min_gain: int = MIN_GAIN,
        guard_rows=None) -> dict[str, dict[str, float]]:
    """Per pair, the lowest grid threshold whose flips are precise enough (see module docstring),
    at or above the guard's floor for categories the rules alone get above PRECISE precision on
    guard_rows (every dev document; rows themselves when None)."""
    guard_rows = rows if guard_rows is None else guard_rows
    categories_of: dict[str, set] = {}
    for r in guard_rows:
        for k in r[5]:
            categories_of.setdefault(k, set()).add(r[2])
    policy: dict[str, dict[str, float]] = {}
    for rid, labels in pairs.items():
        for lab in labels:
            key = f"{rid}|{lab}"
            flips = [(r[3], r[5][key]) for r in rows if not r[4] and key in r[5]]
            floor = ceiling.get(rid, {}).get(lab, 0.0)
            guard = max((guard_floor(guard_rows, key, c, policy) for c in categories_of.get(key, ())),
                        default=0.0)
            for t in GRID:
                if t <= floor or t < guard:
                    continue
                tp = sum(1 for g, p in flips if p >= t and g)
                fp = sum(1 for g, p in flips if p >= t and not g)
                if tp >= min_gain and tp / (tp + fp) >= min_precision:
                    policy.setdefault(rid, {})[lab] = t
                    break
    return policy


def score(rows, policy) -> dict:
    """Per dataset: macro F1 rules only and with the policy, and per-category P/R/F1 both ways."""
    def prf(tp, fp, fn):
        if tp + fp + fn == 0:
            return 1.0, 1.0, 1.0
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    cells: dict = {}
    for ds, _, c, g, base, best in rows:
        model = base or _flipped(best, policy)
        for mode, pred in (("rules", base), ("model", model)):
            cell = cells.setdefault((ds, c, mode), [0, 0, 0])
            if pred and g:
                cell[0] += 1
            elif pred:
                cell[1] += 1
            elif g:
                cell[2] += 1
    out: dict = {}
    for (ds, c, mode), cnt in sorted(cells.items()):
        out.setdefault(ds, {}).setdefault(c, {})[mode] = prf(*cnt)
    summary = {}
    for ds, cats in out.items():
        summary[ds] = {mode: round(sum(v[mode][2] for v in cats.values()) / len(cats), 4)
                       for mode in ("rules", "model")}
    return {"per_category": out, "macro_f1": summary}


def two_fold(rows, pairs, ceiling, min_precision: float = MIN_PRECISION, min_gain: int = MIN_GAIN,
             guard_rows=None) -> dict:
    """Fit on one half of the validation documents, score on the other, both ways: the macro F1
    gain per dataset, averaged over the two halves (what the fitting method earns on unseen documents)."""
    def fold(doc_id):
        return int(hashlib.sha256(doc_id.encode()).hexdigest()[:8], 16) % 2

    gains: dict[str, list[float]] = {}
    for k in (0, 1):
        fit_rows = [r for r in rows if fold(r[1]) == k]
        test_rows = [r for r in rows if fold(r[1]) != k]
        for ds, m in score(test_rows, fit(fit_rows, pairs, ceiling, min_precision, min_gain, guard_rows))["macro_f1"].items():
            gains.setdefault(ds, []).append(m["model"] - m["rules"])
    return {ds: round(sum(g) / len(g), 4) for ds, g in gains.items()}


def choose(rows, pairs, ceiling, guard_rows=None) -> tuple[float, int, dict]:
    """(min_precision, min_gain) with the best 2-fold gain summed over the datasets; ties go to the stricter."""
    table = {}
    for mp in PRECISIONS:
        for mg in GAINS:
            table[(mp, mg)] = two_fold(rows, pairs, ceiling, mp, mg, guard_rows)
    best = max(table, key=lambda k: (round(sum(table[k].values()), 4), k[0], k[1]))
    return best[0], best[1], {f"{mp}/{mg}": v for (mp, mg), v in table.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--model", type=Path, default=HERE / "clause-classifier")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/contract-analyzer-policy-features.json"))
    ap.add_argument("--dry-run", action="store_true", help="print the policy, do not write it")
    a = ap.parse_args(argv)

    from analyzer.classifier import POLICY_FILE, ClauseClassifier
    from analyzer.rules import builtin_rules

    clf = ClauseClassifier.load(a.model)
    if clf is None:
        sys.exit(f"cannot load the model at {a.model}")
    rules = builtin_rules()
    split = validation_split(a.corpus)
    pairs = pairs_for(clf, rules)
    ceiling = example_ceiling(clf, rules, pairs)
    feats = collect(a.corpus, clf, rules, pairs, a.cache, fingerprint(a.model, pairs))
    rows = items(a.corpus, rules, feats, split)
    everything = items(a.corpus, rules, feats)
    min_precision, min_gain, cv = choose(rows, pairs, ceiling, everything)
    policy = fit(rows, pairs, ceiling, min_precision, min_gain, everything)
    result = score(rows, policy)
    whole = score(everything, policy)
    check = cv[f"{min_precision}/{min_gain}"]

    for ds, cats in result["per_category"].items():
        for c, v in cats.items():
            if v["rules"] != v["model"]:
                print(f"{c:42} P/R/F1 rules {v['rules'][0]:.3f} {v['rules'][1]:.3f} {v['rules'][2]:.3f}"
                      f"  +model {v['model'][0]:.3f} {v['model'][1]:.3f} {v['model'][2]:.3f}")
    print("validation macro F1:", json.dumps(result["macro_f1"]))
    print("whole dev data macro F1 (partly the model's training documents):", json.dumps(whole["macro_f1"]))
    for k, v in cv.items():
        print(f"2-fold macro F1 gain, min_precision/min_gain {k}: {json.dumps(v)}")
    print(f"chosen: min_precision {min_precision}, min_gain {min_gain}; its 2-fold gain {json.dumps(check)}")
    print("policy:", json.dumps(policy, indent=1))
    if a.dry_run:
        return 0
    data = {
        "about": "Where the clause classifier may make a protection present (analyzer.classifier.load_policy). "
                 "rules: rule id -> {label: threshold}; the engine applies a label only to rules that found "
                 "nothing themselves. Written by models/fit_policy.py; do not edit by hand.",
        "method": {"min_precision": min_precision, "min_gain": min_gain, "grid": [GRID[0], GRID[-1]],
                   "precise_categories_above": PRECISE, "max_precision_loss": MAX_PRECISION_LOSS,
                   "two_fold_gain_by_setting": cv,
                   "fitted_on": {ds: len(v) for ds, v in split.items()},
                   "eligible_pairs": pairs, "missing_example_ceiling": ceiling},
        "validation_macro_f1": result["macro_f1"],
        "dev_macro_f1": whole["macro_f1"],
        "two_fold_gain": check,
        "validation_docs": split,
        "rules": policy,
    }
    (a.model / POLICY_FILE).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {a.model / POLICY_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
