"""Tests for the learned clause classifier (analyzer/classifier.py + models/clause-classifier)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "models" / "clause-classifier"


def _classifier_module():
    try:
        from analyzer import classifier  # normal case: the package is importable

        return classifier
    except Exception:  # analyzer/__init__ still being written: import the file directly
        spec = importlib.util.spec_from_file_location("_clf_under_test", ROOT / "analyzer" / "classifier.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_clf_under_test"] = mod
        spec.loader.exec_module(mod)
        return mod


clf_mod = _classifier_module()
ClauseClassifier = clf_mod.ClauseClassifier

CAP = ("In no event shall either party's aggregate liability arising out of or relating to this "
       "Agreement exceed the total fees paid by Customer in the twelve (12) months preceding the claim.")
LAW = ("This Agreement shall be governed by and construed in accordance with the laws of the State of "
       "New York, without regard to its conflict of laws principles.")
INSURANCE = ("Contractor shall maintain, at its own expense, commercial general liability insurance "
             "with limits of not less than $1,000,000 per occurrence and shall provide certificates "
             "of insurance upon request.")


@pytest.fixture(scope="module")
def clf():
    if not (MODEL_DIR / "config.cfg").is_file():
        pytest.skip(f"packaged model absent ({MODEL_DIR}); build it with python models/train.py")
    pytest.importorskip("spacy")
    model = ClauseClassifier.load(MODEL_DIR)
    assert model is not None, "packaged model present but failed to load"
    return model


# ---------------------------------------------------------------------------------- fallback


def test_load_nonexistent_returns_none():
    assert ClauseClassifier.load("/nonexistent/clause-classifier") is None


def test_load_unreadable_returns_none(tmp_path):
    (tmp_path / "config.cfg").write_text("this is not a spaCy config [[[", encoding="utf-8")
    assert ClauseClassifier.load(tmp_path) is None


@pytest.mark.parametrize("value", ["none", "None", "off", ""])
def test_env_disables(monkeypatch, value):
    monkeypatch.setenv(clf_mod.ENV_VAR, value)
    assert clf_mod.default_model_path() is None
    assert ClauseClassifier.load() is None


def test_env_points_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setenv(clf_mod.ENV_VAR, str(tmp_path / "missing"))
    assert ClauseClassifier.load() is None


# ------------------------------------------------------------------------------- text helpers


def test_normalise():
    assert clf_mod.normalise("  \u201cFees\u201d  are due\n in 30 days ") == '"fees" are due in 00 days'


def test_segment_offsets_and_heading_merge():
    text = ("1. LIMITATION OF LIABILITY\n\n" + CAP + "\n\n2. GOVERNING LAW\n\n" + LAW + "\n")
    spans = clf_mod.segment(text)
    assert len(spans) == 2
    first, second = (text[a:b] for a, b in spans)
    assert first.startswith("1. LIMITATION OF LIABILITY") and first.endswith(CAP)
    assert second.startswith("2. GOVERNING LAW") and second.endswith(LAW)


def test_segment_splits_long_paragraphs():
    text = " ".join([CAP, LAW, INSURANCE] * 4)
    spans = clf_mod.segment(text)
    assert len(spans) > 1
    assert all(b - a <= clf_mod.HARD_MAX_CHARS for a, b in spans)
    assert all(text[a:b] == text[a:b].strip() for a, b in spans)


# ------------------------------------------------------------------------------------- model


def test_packaged_model_labels_and_thresholds(clf):
    assert "cuad:Cap On Liability" in clf.labels
    assert "cuad:Governing Law" in clf.labels
    assert set(clf.thresholds) == set(clf.labels)
    assert all(0.0 < t < 1.0 for t in clf.thresholds.values())


def test_predict_shape(clf):
    out = clf.predict([CAP, LAW, ""])
    assert len(out) == 3
    for scores in out:
        assert set(scores) == set(clf.labels)
        assert all(0.0 <= p <= 1.0 for p in scores.values())


def test_predict_gives_the_scores_nlp_pipe_puts_in_doc_cats(clf):
    """predict reads the textcat model directly; the scores must be what nlp.pipe sets (to float32
    rounding: see BagOfWords)."""
    from analyzer.classifier import normalise

    texts = [CAP, LAW, "", INSURANCE, "x"] + [f"{CAP} {i}" for i in range(300)]  # more than one batch
    clf_small = type(clf)(clf.nlp, clf.thresholds, batch_size=7, policy=clf.policy)
    for model in (clf, clf_small):
        via_pipe = [dict.fromkeys(clf.labels, 0.0) for _ in texts]
        todo = [i for i, t in enumerate(texts) if normalise(t)]
        for i, doc in zip(todo, clf.nlp.pipe([normalise(texts[i]) for i in todo], batch_size=model.batch_size)):
            via_pipe[i] = {lab: doc.cats[lab] for lab in clf.labels}
        assert model.predict(texts) == [pytest.approx(p, abs=1e-6) for p in via_pipe]
        some = ["cuad:Governing Law", "cuad:Insurance", "not a label"]
        assert model.predict(texts, some) == [pytest.approx({lab: p[lab] for lab in some[:2]}, abs=1e-6)
                                              for p in via_pipe]


def test_cap_vs_governing_law(clf):
    cap, law = clf.predict([CAP, LAW])
    assert cap["cuad:Cap On Liability"] > law["cuad:Cap On Liability"]
    assert law["cuad:Governing Law"] > cap["cuad:Governing Law"]
    assert law["cuad:Governing Law"] >= clf.thresholds["cuad:Governing Law"]


def test_insurance(clf):
    ins, law = clf.predict([INSURANCE, LAW])
    assert ins["cuad:Insurance"] > law["cuad:Insurance"]


def test_positive_respects_thresholds(clf):
    scores = clf.predict([CAP, LAW])
    pos = clf.positive([CAP, LAW])
    for s, p in zip(scores, pos):
        assert p == {lab: v for lab, v in s.items() if v >= clf.thresholds[lab]}
    assert "cuad:Governing Law" in pos[1]


def test_predict_document(clf):
    text = "1. LIMITATION OF LIABILITY\n\n" + CAP + "\n\n2. GOVERNING LAW\n\n" + LAW + "\n"
    hits = clf.predict_document(text)
    assert len(hits) == 2
    assert "cuad:Governing Law" in hits[1][2]


def test_bag_of_words_scores_are_the_textcat_models(clf):
    """BagOfWords feeds the model's own layers without Docs: the scores of textcat.predict (to
    float32 rounding: it sums remembered word rows in another order), on passages of a real
    document and on ones where a special case may cross two words, which spaCy tokenises whole."""
    import numpy

    from analyzer.classifier import BagOfWords, normalise, segment
    from analyzer.ingest import load
    from conftest import SAMPLES

    doc = load(SAMPLES / "one-sided-agreement-weak.pdf")
    texts = [normalise(doc.text[a:b]) for a, b in segment(doc.text)]
    crossing = [normalise(t) for t in ("it's: (a) done. Yes", "Company's: (i) x. Y")]
    special = crossing + [normalise(t) for t in ("Meet at 10a.m. _. Then", "It ends :) (fine).", "cannot go, won't go")]
    texts += special
    texts = [t for t in texts if t]
    bow = BagOfWords(clf.nlp)
    assert bow.layers is not None  # the packaged model is the unigram bag of words

    class Spy:  # the pipeline, noting which passages it is asked to tokenise
        def __init__(self, nlp):
            self.nlp, self.asked = nlp, []

        def make_doc(self, text):
            self.asked.append(text)
            return self.nlp.make_doc(text)

    bow.nlp = spy = Spy(clf.nlp)
    textcat = clf.nlp.get_pipe("textcat_multilabel")
    expected = textcat.predict([clf.nlp.make_doc(t) for t in texts])
    found = bow.predict(texts)
    assert numpy.abs(found - expected).max() < 1e-6
    assert set(crossing) <= set(spy.asked) <= set(special)  # pipeline's tokens, and its scores bit for bit
    for t in spy.asked:
        assert (found[texts.index(t)] == expected[texts.index(t)]).all()
    assert (bow.predict(texts) == found).all()  # again, from the remembered words
    assert (bow.predict(texts, [2, 5]) == found[:, [2, 5]]).all()  # only some labels


def test_remembered_word_rows_grow_across_calls(clf):
    """Rows learnt over several calls (past the first allocation) give the pipeline's scores."""
    import numpy

    from analyzer.classifier import BagOfWords

    bow = BagOfWords(clf.nlp)
    textcat = clf.nlp.get_pipe("textcat_multilabel")
    for batch in range(3):
        texts = [" ".join(f"w{batch}x{i}y{j}" for j in range(40)) + " liability shall not exceed the fees"
                 for i in range(30)]  # 1,200 new words a call
        expected = textcat.predict([clf.nlp.make_doc(t) for t in texts])
        assert numpy.abs(bow.predict(texts) - expected).max() < 1e-6
    assert len(bow._row) > 3000
