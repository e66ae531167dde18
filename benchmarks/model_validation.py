#!/usr/bin/env python3
"""Re-compute the clause classifier's validation figures from the saved model.

    OMP_NUM_THREADS=1 python benchmarks/model_validation.py [--model models/clause-classifier] \
        [--corpus ../shared/corpus] [--json out.json]

Rebuilds the held-out documents exactly as ``models/train.py`` did (same seed and config, read
from the model's ``metrics.json``), scores every held-out passage with the saved model through
the runtime API (``analyzer.classifier.ClauseClassifier``), and prints per label: passage-level
precision/recall/F1 at the saved threshold, document-level F1 (a document is positive when its
best passage reaches the threshold), and for the ``it:`` keys how often they fire on CUAD
passages (where they were never trained, so any firing there is unverified). Also reports the
model folder size and cold load time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]


def _import(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=str(ROOT / "models" / "clause-classifier"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--json", default=None, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)

    model_dir = Path(args.model)
    corpus = Path(args.corpus)
    if not (model_dir / "metrics.json").is_file():
        print(f"no model at {model_dir}", file=sys.stderr)
        return 2
    if not (corpus / "cuad" / "labels.jsonl").is_file():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2

    clf_mod = _import("_clf_runtime", ROOT / "analyzer" / "classifier.py")
    train_mod = _import("_clf_train", ROOT / "models" / "train.py")

    t0 = time.perf_counter()
    import spacy  # noqa: F401  (import cost measured separately from load)
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    clf = clf_mod.ClauseClassifier.load(model_dir)
    t_load = time.perf_counter() - t0
    if clf is None:
        print("model failed to load", file=sys.stderr)
        return 1

    saved = json.loads((model_dir / "metrics.json").read_text(encoding="utf-8"))
    cfg = saved["config"]
    _, val_passages, val_docs, _, _ = train_mod.build_data(corpus, cfg)
    labels = clf.labels

    t0 = time.perf_counter()
    scores = clf.predict([t for t, _ in val_passages])
    t_pred = time.perf_counter() - t0
    result, _ = train_mod.evaluate(labels, val_passages, val_docs, scores, cfg["threshold_grid"],
                                   thresholds=clf.thresholds)

    # it: keys on CUAD passages (never labelled for it:, so every hit is unverified)
    cuad_idx = [i for ds, _, idx, _ in val_docs if ds == "cuad" for i in idx]
    fire = {lab: sum(1 for i in cuad_idx if scores[i][lab] >= clf.thresholds[lab]) / max(1, len(cuad_idx))
            for lab in labels if lab.startswith("it:")}

    # it: figures on the real (non-synthetic) held-out forms only
    real_docs = [d for d in val_docs if d[0] == "it" and not d[1].startswith("it-dev-")]
    real_idx = [i for _, _, idx, _ in real_docs for i in idx]

    def passage_prf(lab, idx):
        pairs = [(scores[i][lab], val_passages[i][1][lab]) for i in idx if lab in val_passages[i][1]]
        return train_mod.prf(*train_mod.counts_at(pairs, clf.thresholds[lab])), sum(g for _, g in pairs)

    print(f"model {model_dir}  size {dir_size(model_dir) / 1e6:.1f} MB  "
          f"import spacy {t_import:.2f}s  load {t_load:.2f}s  "
          f"score {len(val_passages)} passages {t_pred:.1f}s")
    hdr = f"{'label':40s} {'thr':>5s} {'pos':>5s} {'P':>5s} {'R':>5s} {'F1':>5s} | {'docs':>4s} {'docF1':>5s}"
    print(hdr + f" | {'onCUAD':>6s} {'realF1':>6s}")
    print("-" * (len(hdr) + 16))
    for lab in labels:
        m = result[lab]
        doc = m.get("doc")
        extra = ""
        if lab.startswith("it:"):
            (p, r, f), npos = passage_prf(lab, real_idx)
            extra = f" | {fire[lab]:6.1%} {f:6.2f}" if npos else f" | {fire[lab]:6.1%} {'-':>6s}"
        print(f"{lab:40s} {m['threshold']:5.2f} {m['val_positives']:5d} {m['precision']:5.2f} "
              f"{m['recall']:5.2f} {m['f1']:5.2f} | "
              + (f"{doc['docs']:4d} {doc['f1']:5.2f}" if doc else f"{'-':>4s} {'-':>5s}") + extra)
    summ = train_mod.summary(result)
    print("-" * (len(hdr) + 16))
    print("summary:", json.dumps(summ))
    print(f"held-out real it: forms: {', '.join(d[1] for d in real_docs)}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "summary": summ, "per_label": result, "it_fire_rate_on_cuad_passages": fire,
            "size_bytes": dir_size(model_dir), "import_seconds": t_import, "load_seconds": t_load,
            "predict_seconds": t_pred, "passages": len(val_passages)}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
