"""The clause classifier inside reviews: loading by default, rules-only fallback (and the report
saying so), the --model option on review and batch, and the engine's policy for model hits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer import classifier as clf_mod
from analyzer.cli import cli
from analyzer.engine import Analyzer
from analyzer.ingest.text import document_from_text
from analyzer.report import render
from analyzer.rules import builtin_rules

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "models" / "clause-classifier"

# written for these tests: a governing-law clause no governing-law pattern reads ("courts and
# statutes ... determine") next to filler the model has no reason to care about
FILLER = ("The parties met on several occasions to discuss the project and exchanged drafts of the "
          "documents described below before this agreement was signed by both of them.")


@pytest.fixture(scope="module")
def packaged():
    if not (MODEL_DIR / "config.cfg").is_file():
        pytest.skip("packaged model absent; build it with python models/train.py")
    pytest.importorskip("spacy")
    model = clf_mod.resolve("default")
    assert model is not None, "packaged model present but failed to load"
    return model


class FakeClassifier:
    """Scores a passage 0.99 for `label` when it contains `trigger`: the engine's policy, not a model."""

    name = "fake 1"

    def __init__(self, policy: dict, label: str, trigger: str):
        self.policy, self.label, self.trigger = policy, label, trigger

    def passages(self, text, labels=None):  # as ClauseClassifier.passages; it knows one label
        return [(a, b, {self.label: 0.99 if self.trigger in text[a:b] else 0.01})
                for a, b in clf_mod.segment(text)]


def rule(rule_id: str):
    return next(r for r in builtin_rules() if r.id == rule_id)


# ------------------------------------------------------------------------------------ loading


def test_default_analyzer_loads_the_packaged_model_once(packaged):
    a, b = Analyzer(), Analyzer()
    assert a.classifier is packaged and b.classifier is packaged  # one load per process
    assert packaged.policy, "policy.json missing or empty: run python models/fit_policy.py"


def test_policy_names_real_rules_and_labels(packaged):
    ids = {r.id: r for r in builtin_rules()}
    for rid, labels in packaged.policy.items():
        assert rid in ids, f"policy names unknown rule {rid}"
        for label, threshold in labels.items():
            assert label in packaged.labels and label in ids[rid].maps_to
            assert 0.0 < threshold <= 1.0


def test_policy_file_missing_means_no_model_hits(tmp_path):
    assert clf_mod.load_policy(tmp_path) == {}
    (tmp_path / clf_mod.POLICY_FILE).write_text("{not json", encoding="utf-8")
    assert clf_mod.load_policy(tmp_path) == {}


# ----------------------------------------------------------------------------------- fallback


def test_absent_model_means_rules_only_and_the_report_says_so(tmp_path):
    a = Analyzer(classifier=str(tmp_path / "no-model-here"))
    assert a.classifier is None
    review = a.review_document(document_from_text("The Supplier's liability shall not exceed the fees paid."))
    assert review.model is None and review.to_dict()["model"] is None
    for fmt in ("text", "markdown", "html"):
        assert "Matched by rules only." in render(review, fmt)


def test_env_none_disables_the_default(monkeypatch):
    monkeypatch.setenv(clf_mod.ENV_VAR, "none")
    assert Analyzer().classifier is None
    assert clf_mod.model_fingerprint("default") is None


def test_report_names_the_model_when_used(packaged):
    review = Analyzer().review_document(document_from_text(FILLER))
    assert review.model == packaged.name
    for fmt in ("text", "markdown", "html"):
        assert f"learned clause classifier ({packaged.name})" in render(review, fmt)


# ------------------------------------------------------------------------- engine and policy


GOV = rule("governing-law")
PARAPHRASE = "Questions about this contract go before the courts of Ruritania and are settled under its statutes."


def test_model_hit_makes_a_rule_less_paraphrase_present():
    fake = FakeClassifier({"governing-law": {"cuad:Governing Law": 0.5}}, "cuad:Governing Law", "Ruritania")
    text = FILLER + "\n\n" + PARAPHRASE
    assert Analyzer(rules=(GOV,), classifier=None).review_document(document_from_text(text)).findings[0] \
        .status.value == "missing"
    f = Analyzer(rules=(GOV,), classifier=fake).review_document(document_from_text(text)).findings[0]
    assert f.status.value == "present"
    assert f.matched_by == ("model: cuad:Governing Law",)
    assert f.evidence[0].text == PARAPHRASE
    assert f.score < 0.55  # below any rule hit


def test_label_outside_the_policy_does_nothing():
    fake = FakeClassifier({"governing-law": {"cuad:Insurance": 0.5}}, "cuad:Governing Law", "Ruritania")
    f = Analyzer(rules=(GOV,), classifier=fake).review_document(document_from_text(PARAPHRASE)).findings[0]
    assert f.status.value == "missing"


def test_below_threshold_does_nothing():
    fake = FakeClassifier({"governing-law": {"cuad:Governing Law": 0.995}}, "cuad:Governing Law", "Ruritania")
    f = Analyzer(rules=(GOV,), classifier=fake).review_document(document_from_text(PARAPHRASE)).findings[0]
    assert f.status.value == "missing"


def test_rule_evidence_wins_over_the_model():
    law = "This Agreement shall be governed by the laws of the State of New York."
    fake = FakeClassifier({"governing-law": {"cuad:Governing Law": 0.5}}, "cuad:Governing Law", "Ruritania")
    f = Analyzer(rules=(GOV,), classifier=fake).review_document(
        document_from_text(law + "\n\n" + PARAPHRASE)).findings[0]
    assert f.status.value == "present"
    assert not any(m.startswith("model:") for m in f.matched_by)
    assert all("Ruritania" not in e.text for e in f.evidence)


def test_model_never_overrides_a_rule_exclusion():
    cap = rule("liability-cap")
    assert cap.exclude, "liability-cap has exclude patterns"
    excluded = "Nothing in this Agreement shall limit or exclude the liability of Ruritania for fraud."
    fake = FakeClassifier({"liability-cap": {"cuad:Cap On Liability": 0.5}}, "cuad:Cap On Liability", "Ruritania")
    f = Analyzer(rules=(cap,), classifier=fake).review_document(document_from_text(excluded)).findings[0]
    assert f.status.value == "missing"


def test_model_hits_never_land_on_a_signature_block():
    """Where the parties sign states no term, whatever words it shares with one."""
    fake = FakeClassifier({"governing-law": {"cuad:Governing Law": 0.5}}, "cuad:Governing Law", "Ruritania")
    for signing in ("IN WITNESS WHEREOF the parties have signed this Agreement in Ruritania.",
                    "Signed for and on behalf of Ruritania Trading Ltd",
                    "By: ____________ (Ruritania Trading Ltd)\nName: J. Smith\nTitle: Director",
                    "CLIENT                         SUPPLIER\nRuritania Trading SRL          Zenda Soft SRL\n\n"
                    "Authorised signatory, signature and stamp"):
        f = Analyzer(rules=(GOV,), classifier=fake).review_document(
            document_from_text(FILLER + "\n\n" + signing)).findings[0]
        assert f.status.value == "missing", signing
    # a clause just above the signing line is still read
    last = (PARAPHRASE + "\n\nIN WITNESS WHEREOF the parties have caused this Agreement to be executed by their duly "
            "authorised representatives on the date first written above.")
    f = Analyzer(rules=(GOV,), classifier=fake).review_document(document_from_text(FILLER + "\n\n" + last)).findings[0]
    assert f.status.value == "present"


def test_packaged_model_finds_paraphrases_the_rules_miss(packaged):
    """Real predictions: clauses no pattern of their rule reads, found by the model where the policy
    lets its label stand for that rule (a candidate the rules have learnt to read is passed over)."""
    found = 0
    for rid, text in PARAPHRASES:
        r = rule(rid)
        doc = FILLER + "\n\n" + text
        if rid not in packaged.policy or Analyzer(rules=(r,), classifier=None).review_document(
                document_from_text(doc)).findings[0].status.value != "missing":
            continue
        label, threshold = max(packaged.policy[rid].items(), key=lambda kv: packaged.predict([text])[0][kv[0]])
        if packaged.predict([text])[0][label] < threshold:
            continue
        f = Analyzer(rules=(r,)).review_document(document_from_text(doc)).findings[0]
        assert f.status.value in ("present", "weak"), (rid, text)
        assert f.matched_by == (f"model: {label}",)
        assert f.evidence[0].text == text
        found += 1
    if not found:
        pytest.skip("no paraphrase here is both missed by the rules and above its policy threshold")


# (rule id, a clause its patterns do not read), written for this test
PARAPHRASES = [
    ("governing-law", "This contract and every question arising from it is controlled by the law of the State "
                      "of Texas, excluding its conflict of laws rules."),
    ("governing-law", "The substantive law of England and Wales applies to this Agreement and to any claim "
                      "arising from it."),
    ("confidentiality", "Neither party shall disclose to any third party any proprietary or non-public information "
                        "received from the other party, and each shall protect it with reasonable care."),
]


def test_packaged_model_leaves_filler_alone(packaged):
    review = Analyzer().review_document(document_from_text(FILLER))
    assert not [f for f in review.findings if any(m.startswith("model:") for m in f.matched_by)]


# ---------------------------------------------------------------------------------------- CLI


def test_review_model_none_is_rules_only(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(FILLER + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["review", str(p), "--model", "none", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["model"] is None


def test_review_default_uses_the_model(packaged, tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(FILLER + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["review", str(p), "--format", "json"])
    assert json.loads(r.output)["model"] == packaged.name


def test_review_unloadable_model_is_exit_2(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(FILLER + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["review", str(p), "--model", str(tmp_path / "nowhere")])
    assert r.exit_code == 2
    assert "no loadable clause classifier" in r.output and "Traceback" not in r.output


def test_batch_model_option_reaches_the_workers_and_the_cache_key(packaged, tmp_path):
    p = tmp_path / "in" / "c.txt"
    p.parent.mkdir()
    p.write_text(FILLER + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    runs = {}
    for name, extra in (("model", []), ("rules", ["--model", "none"]), ("again", [])):
        out = tmp_path / f"{name}.jsonl"
        r = CliRunner().invoke(cli, ["batch", str(p.parent), "-j", "1", "--cache-dir", str(cache),
                                     "-o", str(out), *extra])
        assert r.exit_code in (0, 1), r.output
        runs[name] = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert runs["model"]["model"] == packaged.name
    assert runs["rules"]["model"] is None  # not the cached model review
    assert runs["again"]["model"] == packaged.name


def test_the_weights_kept_packed_load_as_the_plain_ones(packaged, tmp_path):
    """The repository keeps the textcat weights xz-compressed (models stay small); unpacked by hand,
    or packed again by pack() as models/train.py does, they give the same scores."""
    import lzma
    import shutil

    plain = tmp_path / "plain"
    shutil.copytree(MODEL_DIR, plain)
    packed_file = plain / "textcat_multilabel" / clf_mod.PACKED
    (plain / "textcat_multilabel" / "model").write_bytes(lzma.decompress(packed_file.read_bytes()))
    packed_file.unlink()
    texts = ["The Supplier's total liability shall not exceed the fees paid in the prior twelve months.",
             "Either party may terminate this Agreement for convenience on thirty days' notice."]

    def scores(nlp):
        return [sorted(d.cats.items()) for d in nlp.pipe(texts)]

    want = scores(clf_mod.load_pipeline(plain))
    assert scores(clf_mod.load_pipeline(MODEL_DIR)) == want
    clf_mod.pack(plain)
    assert not (plain / "textcat_multilabel" / "model").exists() and packed_file.is_file()
    assert scores(clf_mod.load_pipeline(plain)) == want
