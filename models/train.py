#!/usr/bin/env python3
"""Train the clause classifier from scratch on the lawyer-labelled developer corpus.

    OMP_NUM_THREADS=1 taskset -c 1 python models/train.py [--corpus ../shared/corpus] \
        [--out models/clause-classifier]

Reproducible (fixed seed, single thread). Builds passage-level examples:

* CUAD (``cuad/labels.jsonl`` + ``cuad/texts/``): every document is cut into passages with
  ``analyzer.classifier.segment``; a passage is positive for a category when it overlaps one of
  the category's clause spans by at least half of the shorter of the two, ambiguous (label
  masked) when it overlaps less, negative otherwise. The clause spans themselves (up to 1,500
  characters) are extra positives. Pure-negative passages are subsampled for training only.
* ACORD (``acord/labels.jsonl``): one clause per document; ``present`` true/false -> 1/0, null
  -> masked. Only ``acord:Limitation of Liability`` and ``acord:Indemnification``.
* IT set (``it/labels.jsonl``): same passage/overlap rule as CUAD against the quoted clauses
  of the 34 ``it:`` keys (present and weak answers both count as positive).

Labels of another namespace are *masked* (missing), not negative: a CUAD passage says nothing
about the ``it:`` keys and vice versa.

Train/validation split by document (fixed seed): 20% of CUAD (grouped by identical text, so
duplicated contracts never straddle the split), 20% of ACORD clauses, 8 of the 31 IT documents
(2 real forms + 6 synthetic). Validation is run on *all* passages of the held-out documents.
Per-label thresholds are tuned on validation (max F1; the lowest threshold reaching precision
>= 0.9 is recorded too) and written with metrics, config and corpus stats to
``<out>/metrics.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _load_text_helpers():
    """Import analyzer/classifier.py by path (no dependency on analyzer/__init__.py)."""
    spec = importlib.util.spec_from_file_location("_clf_helpers", ROOT / "analyzer" / "classifier.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


helpers = _load_text_helpers()
segment = helpers.segment
normalise = helpers.normalise
pack = helpers.pack

SEED = 20240917
ACORD_LABELS = ["acord:Limitation of Liability", "acord:Indemnification"]
MIN_TRAIN_POSITIVES = 10  # labels with fewer positive training examples are dropped

CONFIG = {
    "seed": SEED,
    "architecture": "spacy.TextCatBOW.v3",
    "ngram_size": 1,
    "length": 2 ** 16,
    "epochs": 12,
    "batch_size": [16, 128, 1.05],
    "learn_rate": 0.002,
    "negative_keep": 0.3,  # share of pure-negative CUAD passages kept for training
    "span_max_chars": 1500,
    "overlap_positive": 0.5,
    "val_fraction": 0.2,
    "it_val_docs": {"real": 2, "synthetic": 6},
    "threshold_grid": [round(0.05 + 0.01 * i, 2) for i in range(91)],
}


# --------------------------------------------------------------------------------------------
# corpus reading
# --------------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def clause_spans(entry: dict) -> list[tuple[int, int]]:
    out = []
    for cl in entry.get("clauses") or []:
        segs = cl.get("segments") or [cl]
        for s in segs:
            if s.get("start") is not None and s.get("end") is not None and s["end"] > s["start"]:
                out.append((int(s["start"]), int(s["end"])))
    return out


def overlap_label(a: int, b: int, spans: list[tuple[int, int]], thr: float) -> int | None:
    """1 positive, 0 negative, None ambiguous (partial overlap)."""
    best = 0.0
    for s, e in spans:
        ov = min(b, e) - max(a, s)
        if ov > 0:
            best = max(best, ov / max(1, min(b - a, e - s)))
    if best >= thr:
        return 1
    if best > 0:
        return None
    return 0


def stable_hash(s: str) -> int:
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:12], 16)


def doc_passages(text: str, labels: dict, cats: list[str], cfg: dict, with_spans: bool):
    """Passages of one document as (text, {label: 0/1}) plus the document-level gold."""
    spans = {c: clause_spans(labels[c]) for c in cats if c in labels}
    items = []
    for a, b in segment(text):
        gold = {}
        for c in cats:
            if c not in labels or labels[c].get("present") is None:
                continue
            v = overlap_label(a, b, spans[c], cfg["overlap_positive"])
            if v is not None:
                gold[c] = v
        items.append((text[a:b], gold))
    extra = []
    if with_spans:
        for c in cats:
            for s, e in spans.get(c, []):
                if e - s > cfg["span_max_chars"] or e - s < 20:
                    continue
                gold = {}
                for c2 in cats:
                    if c2 not in labels or labels[c2].get("present") is None:
                        continue
                    v = overlap_label(s, e, spans[c2], cfg["overlap_positive"])
                    if v is not None:
                        gold[c2] = v
                extra.append((text[s:e], gold))
    doc_gold = {c: labels[c].get("present") for c in cats if c in labels}
    return items, extra, doc_gold


def build_data(corpus: Path, cfg: dict):
    rng = random.Random(cfg["seed"])
    core = [l.strip() for l in (corpus / "cuad" / "core_categories.txt").read_text().splitlines() if l.strip()]
    it_keys = [l.strip() for l in (corpus / "it" / "categories.txt").read_text().splitlines() if l.strip()]

    train, val_passages, val_docs = [], [], []  # val_docs: (dataset, doc_id, [passage idx], doc_gold)
    stats: dict = {"cuad": {}, "acord": {}, "it": {}}

    # ---- CUAD: split grouped by identical text
    cuad = read_jsonl(corpus / "cuad" / "labels.jsonl")
    texts = {d["id"]: read_text(corpus / "cuad" / d["text"]) for d in cuad}
    groups = sorted({hashlib.sha256(t.encode()).hexdigest() for t in texts.values()})
    rng.shuffle(groups)
    n_val = round(len(groups) * cfg["val_fraction"])
    val_groups = set(groups[:n_val])
    n_tr_docs = n_val_docs = 0
    neg_dropped = 0
    for d in cuad:
        t = texts[d["id"]]
        is_val = hashlib.sha256(t.encode()).hexdigest() in val_groups
        items, extra, doc_gold = doc_passages(t, d["labels"], core, cfg, with_spans=not is_val)
        if is_val:
            n_val_docs += 1
            idx = list(range(len(val_passages), len(val_passages) + len(items)))
            val_passages.extend(items)
            val_docs.append(("cuad", d["id"], idx, doc_gold))
        else:
            n_tr_docs += 1
            for txt, gold in items:
                if not any(gold.values()) and len(gold) == len(core):
                    if rng.random() >= cfg["negative_keep"]:
                        neg_dropped += 1
                        continue
                train.append((txt, gold))
            train.extend(extra)
    stats["cuad"] = {"documents": len(cuad), "distinct_texts": len(groups), "train_docs": n_tr_docs,
                     "val_docs": n_val_docs, "train_negative_passages_dropped": neg_dropped}

    # ---- ACORD: clause documents
    acord = read_jsonl(corpus / "acord" / "labels.jsonl")
    ids = sorted(d["id"] for d in acord)
    rng.shuffle(ids)
    acord_val = set(ids[: round(len(ids) * cfg["val_fraction"])])
    a_tr = a_val = 0
    for d in acord:
        gold = {c: int(d["labels"][c]["present"]) for c in ACORD_LABELS
                if d["labels"].get(c, {}).get("present") is not None}
        if not gold:
            continue
        item = (read_text(corpus / "acord" / d["text"]), gold)
        if d["id"] in acord_val:
            a_val += 1
            val_passages.append(item)
        else:
            a_tr += 1
            train.append(item)
    stats["acord"] = {"clause_documents": len(acord), "train_clauses": a_tr, "val_clauses": a_val}

    # ---- IT set
    it = read_jsonl(corpus / "it" / "labels.jsonl")
    real = sorted(d["id"] for d in it if not d["id"].startswith("it-dev-"))
    synth = sorted(d["id"] for d in it if d["id"].startswith("it-dev-"))
    rng.shuffle(real)
    rng.shuffle(synth)
    it_val = set(real[: cfg["it_val_docs"]["real"]]) | set(synth[: cfg["it_val_docs"]["synthetic"]])
    for d in it:
        t = read_text(corpus / "it" / d["text"])
        is_val = d["id"] in it_val
        items, extra, doc_gold = doc_passages(t, d["labels"], it_keys, cfg, with_spans=not is_val)
        if is_val:
            idx = list(range(len(val_passages), len(val_passages) + len(items)))
            val_passages.extend(items)
            val_docs.append(("it", d["id"], idx, doc_gold))
        else:
            train.extend(items)
            train.extend(extra)
    stats["it"] = {"documents": len(it), "val_doc_ids": sorted(it_val), "train_docs": len(it) - len(it_val)}

    # ---- label selection
    pos = Counter(c for _, g in train for c, v in g.items() if v)
    candidates = core + ACORD_LABELS + it_keys
    labels = [c for c in candidates if pos[c] >= MIN_TRAIN_POSITIVES]
    dropped = {c: pos[c] for c in candidates if pos[c] < MIN_TRAIN_POSITIVES}
    stats["train_examples"] = len(train)
    stats["val_passages"] = len(val_passages)
    stats["train_positives"] = {c: pos[c] for c in candidates}
    stats["val_positives"] = {c: sum(1 for _, g in val_passages if g.get(c) == 1) for c in candidates}
    stats["dropped_labels"] = dropped
    return train, val_passages, val_docs, labels, stats


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------


def make_nlp(labels: list[str], cfg: dict):
    import spacy

    nlp = spacy.blank("en")
    model = {
        "@architectures": cfg["architecture"],
        "exclusive_classes": False,
        "ngram_size": cfg["ngram_size"],
        "no_output_layer": False,
        "length": cfg["length"],
        "nO": None,
    }
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    for lab in labels:
        textcat.add_label(lab)
    nlp.meta.update({
        "name": "clause_classifier",
        "version": "1.0.0",
        "description": "Clause/passage classifier (CUAD core, ACORD, it: keys); trained from scratch "
                       "by models/train.py. Input must be analyzer.classifier.normalise()d.",
        "license": "CC BY 4.0 (trained on CUAD, ACORD and the it: set)",
    })
    return nlp


def to_examples(nlp, data, labels):
    from spacy.training import Example

    keep = set(labels)
    out = []
    for text, gold in data:
        cats = {c: float(v) for c, v in gold.items() if c in keep}
        if not cats:
            continue
        out.append(Example.from_dict(nlp.make_doc(normalise(text)), {"cats": cats}))
    return out


def score_passages(nlp, texts, batch_size=512):
    return [doc.cats for doc in nlp.pipe((normalise(t) for t in texts), batch_size=batch_size)]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def counts_at(pairs, thr):
    tp = sum(1 for s, g in pairs if s >= thr and g)
    fp = sum(1 for s, g in pairs if s >= thr and not g)
    fn = sum(1 for s, g in pairs if s < thr and g)
    return tp, fp, fn


def evaluate(labels, val_passages, val_docs, scores, grid, thresholds=None):
    """Per-label passage metrics (threshold tuned unless given) + document-level metrics."""
    result = {}
    tuned = {}
    for lab in labels:
        pairs = [(sc[lab], g[lab]) for (_, g), sc in zip(val_passages, scores) if lab in g]
        npos = sum(1 for _, g in pairs if g)
        if thresholds is not None:
            best_t = thresholds[lab]
        else:
            best_t, best_f = 0.5, -1.0
            for t in grid:
                f = prf(*counts_at(pairs, t))[2]
                if f > best_f + 1e-12:
                    best_t, best_f = t, f
        p90 = None
        for t in grid:
            p, r, _ = prf(*counts_at(pairs, t))
            if r > 0 and p >= 0.9:
                p90 = t
                break
        tuned[lab] = best_t
        p, r, f = prf(*counts_at(pairs, best_t))
        p5, r5, f5 = prf(*counts_at(pairs, 0.5))
        result[lab] = {"val_passages": len(pairs), "val_positives": npos, "threshold": best_t,
                       "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                       "f1_at_0.5": round(f5, 4), "threshold_precision_0.9": p90}
    # document level: document is positive when its best passage reaches the threshold
    for lab in labels:
        docs = [(max((scores[i][lab] for i in idx), default=0.0), bool(gold[lab]))
                for _, _, idx, gold in val_docs if lab in gold and gold[lab] is not None]
        if not docs:
            continue
        p, r, f = prf(*counts_at(docs, tuned[lab]))
        result[lab]["doc"] = {"docs": len(docs), "positives": sum(g for _, g in docs),
                              "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    return result, tuned


def macro(result, prefix=None, key="f1"):
    vals = [m[key] for lab, m in result.items() if prefix is None or lab.startswith(prefix)]
    return round(sum(vals) / len(vals), 4) if vals else None


def summary(result):
    out = {"macro_f1": macro(result)}
    for ns in ("cuad:", "acord:", "it:"):
        out[f"macro_f1_{ns[:-1]}"] = macro(result, ns)
        docf = [m["doc"]["f1"] for lab, m in result.items() if lab.startswith(ns) and "doc" in m]
        if docf:
            out[f"doc_macro_f1_{ns[:-1]}"] = round(sum(docf) / len(docf), 4)
    return out


def train(corpus: Path, out: Path, cfg: dict) -> dict:
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    t0 = time.time()
    fix_random_seed(cfg["seed"])
    train_data, val_passages, val_docs, labels, stats = build_data(corpus, cfg)
    print(f"labels: {len(labels)}; train examples {len(train_data)}; val passages {len(val_passages)}"
          f"; dropped {stats['dropped_labels']}", flush=True)
    nlp = make_nlp(labels, cfg)
    examples = to_examples(nlp, train_data, labels)
    rng = random.Random(cfg["seed"])
    optimizer = nlp.initialize(lambda: examples[:2000])
    optimizer.learn_rate = cfg["learn_rate"]
    val_texts = [t for t, _ in val_passages]
    history = []
    for epoch in range(cfg["epochs"]):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=compounding(*cfg["batch_size"])):
            nlp.update(batch, sgd=optimizer, losses=losses)
        scores = score_passages(nlp, val_texts)
        res, _ = evaluate(labels, val_passages, val_docs, scores, cfg["threshold_grid"])
        history.append({"epoch": epoch + 1, "loss": round(losses.get("textcat_multilabel", 0.0), 3),
                        **summary(res)})
        print(json.dumps(history[-1]), f"{time.time() - t0:.0f}s", flush=True)

    scores = score_passages(nlp, val_texts)
    result, thresholds = evaluate(labels, val_passages, val_docs, scores, cfg["threshold_grid"])
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    pack(out)  # the weights go into the repository xz-compressed (analyzer.classifier.load_pipeline reads them)
    metrics = {
        "model": "spaCy blank('en') + textcat_multilabel",
        "spacy_version": spacy.__version__,
        "labels": labels,
        "thresholds": thresholds,
        "summary": summary(result),
        "per_label": result,
        "history": history,
        "config": cfg,
        "corpus": stats,
        "notes": [
            "Passage-level validation on all passages of held-out documents; thresholds tuned on the "
            "same validation set (max F1 on a 0.05..0.95 grid), so F1 at threshold is optimistic.",
            "doc = document-level: a held-out document is positive for a label when its best passage "
            "reaches the label's threshold (compare with the corpus scorer's present/absent).",
            "it: synthetic documents reuse a clause bank, so train and validation share clause "
            "variants: it: figures overstate performance on unseen drafting.",
        ],
        "train_seconds": round(time.time() - t0, 1),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return metrics


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--out", default=str(HERE / "clause-classifier"))
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                    help="override a CONFIG entry for experiments, e.g. --set ngram_size=3")
    args = ap.parse_args(argv)
    cfg = dict(CONFIG)
    if args.epochs:
        cfg["epochs"] = args.epochs
    for item in args.set:
        key, _, value = item.partition("=")
        if key not in cfg:
            ap.error(f"unknown config key {key!r}")
        cfg[key] = json.loads(value)
    corpus = Path(args.corpus)
    if not (corpus / "cuad" / "labels.jsonl").is_file():
        print(f"corpus not found at {corpus}", file=sys.stderr)
        return 2
    metrics = train(corpus, Path(args.out), cfg)
    print(json.dumps(metrics["summary"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
