"""The benchmark scripts share helpers (benchmarks/accuracy.py): a change of one helper's shape must
not leave another script crashing at the end of a long run. Only the wiring is checked here, with
the batch runs and the scorer replaced; the figures come from the scripts themselves."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_model_compare_reads_its_inputs_as_accuracy_lists_them(shared_corpus, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import model_compare

    seen = {}

    def fake_batches(dataset, files, jobs):
        seen["files"] = files
        return {"rules": (Path("rules.jsonl"), 2.0), "model": (Path("model.jsonl"), 2.0)}

    monkeypatch.setattr(model_compare, "batches", fake_batches)
    monkeypatch.setattr(model_compare, "score", lambda *a, **k: {"macro": {"f1": 0.5}})
    res = model_compare.compare("it", 3, 1)
    assert res["documents"] == 3
    assert all(isinstance(f, Path) and f.is_file() for f in seen["files"])
    assert set(res["modes"]) == {"rules", "model"}
    sys.modules.pop("model_compare", None)


def test_every_blind_set_rebuilds_its_labels_exactly(tmp_path, monkeypatch):
    """benchmarks/blindset.py builds each unseen-style set's labels.jsonl from its judgements: the
    file in the repository is what they give (quotes found once, offsets exact, coverage rule)."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import blindset

    sets = sorted(p.parent.name for p in (ROOT / "benchmarks").glob("unseen*/build_labels.py"))
    assert len(sets) >= 3
    for name in sets:
        here, docs, source = blindset.judgements(name)
        rebuilt = [blindset.json.dumps(r, ensure_ascii=False) for r in blindset.build(here, docs, source)]
        assert (here / "labels.jsonl").read_text(encoding="utf-8").splitlines() == rebuilt, name
        assert blindset.check(here / "labels.jsonl")["documents"] == len(docs)
    sys.modules.pop("blindset", None)
