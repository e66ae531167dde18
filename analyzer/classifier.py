"""Runtime loader for the learned clause classifier (``models/clause-classifier``).

The model is a spaCy ``textcat_multilabel`` pipeline (bag-of-words, no vectors) trained from
scratch by ``models/train.py`` on the lawyer-labelled developer corpus. It scores *short
passages* (a paragraph or a few sentences, the units produced by :func:`segment`) against
corpus category names such as ``cuad:Cap On Liability`` or ``it:liability-cap``.

spaCy is imported lazily, inside functions, so importing this module is cheap and the rest of
the analyzer works when spaCy or the model folder is missing (:meth:`ClauseClassifier.load`
returns ``None`` then).

Model path resolution (first hit wins):

1. ``$CONTRACT_ANALYZER_MODEL`` (the value ``none``, ``off``, ``0`` or empty disables the model);
2. ``<analyzer package>/models/clause-classifier`` (installed wheel: ``analyzer.models``);
3. ``<source checkout>/models/clause-classifier``.

This module also holds the text helpers shared with training (:func:`normalise`,
:func:`segment`) so that runtime input looks like the training input.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from collections import Counter
from functools import cached_property, lru_cache
from typing import Iterable

ENV_VAR = "CONTRACT_ANALYZER_MODEL"
MODEL_DIRNAME = "clause-classifier"
_DISABLED = {"none", "off", "0", "false", "no", ""}

# --------------------------------------------------------------------------------------------
# Text helpers (shared with models/train.py; changing them requires retraining the model)
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                         "\u00a0": " ", "\u2013": "-", "\u2014": "-"})
_WS = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


def normalise(text: str) -> str:
    """Model-side normalisation: lower case, straight quotes, digits -> 0, single spaces."""
    text = text.translate(_QUOTES).lower()
    text = _DIGIT.sub("0", text)
    return _WS.sub(" ", text).strip()


# paragraph breaks: a newline, or a run of 3+ spaces (how CUAD's TXT files mark paragraphs)
_PARA_BREAK = re.compile(r"\n|[ \t\u00a0]{3,}")
# sentence end followed by a plausible sentence start
_SENT_BREAK = re.compile(r"(?<=[.;:!?])[\"'\u201d\u2019)]*\s+(?=[(\[\"\u201c'A-Z0-9])")
MAX_SEGMENT_CHARS = 600
MIN_SEGMENT_CHARS = 60
HARD_MAX_CHARS = 2000


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) into chunks of whole sentences of about MAX_SEGMENT_CHARS."""
    cuts = [start] + [m.end() for m in _SENT_BREAK.finditer(text, start, end)] + [end]
    sents = [_strip(text, a, b) for a, b in zip(cuts, cuts[1:])]
    sents = [(a, b) for a, b in sents if b > a]
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for a, b in sents:
        if cur is None:
            cur = (a, b)
        elif b - cur[0] <= MAX_SEGMENT_CHARS:
            cur = (cur[0], b)
        else:
            out.append(cur)
            cur = (a, b)
    if cur is not None:
        out.append(cur)
    final: list[tuple[int, int]] = []
    for a, b in out:  # a single run-on "sentence": cut at whitespace
        while b - a > HARD_MAX_CHARS:
            cut = text.rfind(" ", a + MAX_SEGMENT_CHARS, a + HARD_MAX_CHARS)
            if cut <= a:
                cut = a + HARD_MAX_CHARS
            final.append(_strip(text, a, cut))
            a = _strip(text, cut, b)[0]
        if b > a:
            final.append((a, b))
    return final


def segment(text: str) -> list[tuple[int, int]]:
    """Split a document into classifier-sized passages; returns (start, end) offsets.

    Paragraphs (newline or 3+ spaces) longer than ``MAX_SEGMENT_CHARS`` are cut into groups
    of whole sentences; pieces shorter than ``MIN_SEGMENT_CHARS`` (headings, numbering) are
    glued to the following piece so that a heading travels with its clause.
    """
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in list(_PARA_BREAK.finditer(text)) + [None]:
        stop = m.start() if m is not None else len(text)
        a, b = _strip(text, pos, stop)
        if b > a:
            if b - a > MAX_SEGMENT_CHARS:
                pieces.extend(_split_long(text, a, b))
            else:
                pieces.append((a, b))
        if m is not None:
            pos = m.end()
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for a, b in pieces:
        if carry is not None:
            a = carry
            carry = None
        if b - a < MIN_SEGMENT_CHARS:
            carry = a
            continue
        merged.append((a, b))
    if carry is not None:
        if merged:
            merged[-1] = (merged[-1][0], _strip(text, carry, len(text))[1])
        else:
            merged.append(_strip(text, carry, len(text)))
    return [(a, b) for a, b in merged if b > a]


# --------------------------------------------------------------------------------------------
# Model path resolution and loading
# --------------------------------------------------------------------------------------------


def default_model_path() -> Path | None:
    """Where the packaged model lives, or None when disabled/absent (see module docstring)."""
    env = os.environ.get(ENV_VAR)
    if env is not None:
        return None if env.strip().lower() in _DISABLED else Path(env).expanduser()
    candidates: list[Path] = []
    try:
        import analyzer  # the package this module belongs to

        pkg_file = getattr(analyzer, "__file__", None)
        if pkg_file:
            candidates.append(Path(pkg_file).resolve().parent / "models" / MODEL_DIRNAME)
    except Exception:  # pragma: no cover - analyzer/__init__ broken or missing
        pass
    candidates.append(Path(__file__).resolve().parents[1] / "models" / MODEL_DIRNAME)
    for cand in candidates:
        if (cand / "config.cfg").is_file():
            return cand
    return None


class ClauseClassifier:
    """Multi-label passage classifier: text -> {corpus category: probability}."""

    labels: list[str]
    thresholds: dict[str, float]

    def __init__(self, nlp, thresholds: dict[str, float], path: Path | None = None,
                 metrics: dict | None = None, batch_size: int = 256, policy: dict | None = None):
        self.nlp = nlp
        self.path = path
        self.metrics = metrics or {}
        self.batch_size = batch_size
        textcat = nlp.get_pipe("textcat_multilabel")
        self.labels = list(textcat.labels)
        self.thresholds = {lab: float(thresholds.get(lab, 0.5)) for lab in self.labels}
        # rule id -> {label: threshold}: where a prediction may make a protection present
        self.policy = {rid: {lab: float(t) for lab, t in labels.items() if lab in self.thresholds}
                       for rid, labels in (policy or {}).items()}
        meta = getattr(nlp, "meta", {}) or {}
        self.name = f"{meta.get('name', MODEL_DIRNAME)} {meta.get('version', '')}".strip().replace("_", "-")

    @classmethod
    def load(cls, path: str | Path | None = None) -> "ClauseClassifier | None":
        """Load the model; None (never an exception) when absent, disabled or unreadable.

        ``path=None`` uses :func:`default_model_path` (which honours ``$CONTRACT_ANALYZER_MODEL``).
        """
        try:
            model_dir = Path(path).expanduser() if path is not None else default_model_path()
            if model_dir is None or not (model_dir / "config.cfg").is_file():
                return None
            import spacy  # lazy: heavy import

            nlp = spacy.load(model_dir)
            if "textcat_multilabel" not in nlp.pipe_names:
                return None
            metrics: dict = {}
            mfile = model_dir / "metrics.json"
            if mfile.is_file():
                metrics = json.loads(mfile.read_text(encoding="utf-8"))
            thresholds = metrics.get("thresholds", {})
            return cls(nlp, thresholds, path=model_dir, metrics=metrics, policy=load_policy(model_dir))
        except Exception:
            return None

    def predict(self, texts: Iterable[str], labels: Iterable[str] | None = None) -> list[dict[str, float]]:
        """label -> probability for each text (batched like ``nlp.pipe``); ``labels``: only these."""
        prepared = [normalise(t or "") for t in texts]
        return self._predict_normalised(prepared, labels)

    def _predict_normalised(self, prepared: list[str], labels: Iterable[str] | None = None) -> list[dict[str, float]]:
        """The scores ``nlp.pipe`` would put in ``doc.cats``, without Docs (see :class:`BagOfWords`)."""
        wanted = self.labels if labels is None else [lab for lab in labels if lab in self.thresholds]
        columns = [(self.labels.index(lab), lab) for lab in wanted]
        out: list[dict[str, float]] = [dict.fromkeys(wanted, 0.0) for _ in prepared]
        # the bag-of-words model cannot score an empty document: those stay at 0.0
        todo = [i for i, t in enumerate(prepared) if t]
        bow = self._bow
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start:start + self.batch_size]
            scores = bow.predict([prepared[i] for i in batch])
            for row, i in enumerate(batch):
                out[i] = {lab: float(scores[row, j]) for j, lab in columns}
        return out

    @cached_property
    def _bow(self) -> "BagOfWords":
        return BagOfWords(self.nlp)

    def positive(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Like :meth:`predict` but keeps only labels scoring at/above their threshold."""
        return [{lab: p for lab, p in scores.items() if p >= self.thresholds[lab]}
                for scores in self.predict(texts)]

    def predict_document(self, text: str) -> list[tuple[int, int, dict[str, float]]]:
        """Segment ``text`` with :func:`segment` and return (start, end, positive labels)."""
        spans = segment(text)
        hits = self.positive([text[a:b] for a, b in spans])
        return [(a, b, h) for (a, b), h in zip(spans, hits)]

    def passages(self, text: str, labels: Iterable[str] | None = None) -> list[tuple[int, int, dict[str, float]]]:
        """(start, end, {label: probability}) for every :func:`segment` passage of ``text``
        (``labels``: only these labels' probabilities)."""
        spans = segment(text)
        return [(a, b, p) for (a, b), p in zip(spans, self.predict((text[a:b] for a, b in spans), labels))]


class BagOfWords:
    """The textcat_multilabel model's own layers, fed its input without spaCy Docs.

    The model (spacy.TextCatBOW.v3, unigrams) reads a passage as the set of its tokens' ORTH ids
    with their counts (sorted, as numpy.unique gives them), then a sparse linear layer and a
    logistic. Building a Doc per passage was most of the classifier's time; here the tokens come
    from :class:`analyzer.nlp.SpanTokens` (spaCy's own tokenizer, remembered per word) and the
    same two layers score them, so the scores are the pipeline's, bit for bit
    (tests/test_classifier.py compares them). Any other architecture takes the pipeline."""

    def __init__(self, nlp):
        from analyzer.nlp import SpanTokens

        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat_multilabel")
        self.layers = _bow_layers(self.textcat.model)
        self.tokens = SpanTokens(nlp.tokenizer) if self.layers is not None else None

    def predict(self, texts: list[str]):
        """Scores (passages x labels) for normalised, non-empty passages."""
        if self.layers is None:
            return self.textcat.predict([self.nlp.make_doc(t) for t in texts])
        import numpy

        keys: list[int] = []
        vals: list[int] = []
        lengths: list[int] = []
        for text in texts:
            bag = self._bag(text)
            if bag is None:  # a special case may cross two words: spaCy tokenises the passage
                bag = Counter(self.nlp.make_doc(text).to_array("ORTH").tolist())
            items = sorted(bag.items())
            keys.extend(k for k, _ in items)
            vals.extend(v for _, v in items)
            lengths.append(len(items))
        linear, logistic = self.layers
        X = (numpy.asarray(keys, dtype="uint64"), numpy.asarray(vals, dtype="f"), numpy.asarray(lengths, dtype="int32"))
        return logistic.predict(linear.predict(X))

    def _bag(self, text: str) -> dict[int, int] | None:
        """ORTH id -> count over the passage's tokens; None when spaCy must tokenise it whole.
        A normalised passage has single spaces between words and none at the ends, so its spans
        are its words."""
        words = text.split(" ")
        counts = Counter(words)
        bag: dict[int, int] = {}
        firsts = lasts = False
        for span, n in zip(self.tokens.entries(list(counts)), counts.values()):
            for o in span.orths:
                bag[o] = bag.get(o, 0) + n
            firsts = firsts or span.first is not None
            lasts = lasts or span.last is not None
        if firsts and lasts and self.tokens.crosses(words, self.tokens.entries(words)):
            return None
        return bag


def _bow_layers(model):
    """(the sparse linear layer, the output layer) of a TextCatBOW model whose input is unigram
    ORTH ids, or None for any other model."""
    try:
        inner, output = model.layers
        ngrams, linear = inner.layers[0].layers
        if (ngrams.name != "extract_ngrams" or ngrams.attrs.get("ngram_size") != 1
                or ngrams.attrs.get("attr") != _ORTH() or linear.name != "resizable(sparse_linear)"
                or output.layers[0].name != "logistic"):
            return None
        return linear, output
    except (ValueError, AttributeError, IndexError):
        return None


def _ORTH() -> int:
    from spacy.attrs import ORTH

    return ORTH


# --------------------------------------------------------------------------------------------
# Policy: where a prediction may stand in for the rules (models/clause-classifier/policy.json)
# --------------------------------------------------------------------------------------------

POLICY_FILE = "policy.json"


def load_policy(model_dir: Path) -> dict[str, dict[str, float]]:
    """rule id -> {label: threshold} from ``policy.json`` (written by models/fit_policy.py).

    No file, or an unreadable one, means an empty policy: the model is loaded but makes nothing
    present, so a model folder without a fitted policy can never change a review.
    """
    try:
        data = json.loads((Path(model_dir) / POLICY_FILE).read_text(encoding="utf-8"))
        return {str(rid): {str(lab): float(t) for lab, t in labels.items()}
                for rid, labels in data.get("rules", {}).items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


DEFAULT = "default"  # Analyzer(classifier=DEFAULT): the packaged model


@lru_cache(maxsize=8)
def _cached(path: str | None) -> "ClauseClassifier | None":
    return ClauseClassifier.load(path)


def resolve(spec) -> "ClauseClassifier | None":
    """What ``Analyzer(classifier=...)`` means, loading each model once per process.

    ``"default"``: the packaged model (honours ``$CONTRACT_ANALYZER_MODEL``), or None when absent;
    None / False / ``"none"``: rules only; a path: that model folder (None when it cannot be
    loaded); anything else is taken to be a classifier already loaded.
    """
    if spec is None or spec is False:
        return None
    if isinstance(spec, (str, Path)):
        if str(spec).strip().lower() in _DISABLED:
            return None
        if spec == DEFAULT:
            path = default_model_path()
            return _cached(str(path)) if path is not None else None
        return _cached(str(Path(spec).expanduser().resolve()))
    return spec


def model_candidates(clf: "ClauseClassifier", prep, rules: dict, wanted: dict[str, dict[str, float]]
                     ) -> dict[str, list[tuple[int, int, int, str, float]]]:
    """Passages of a prepared document that reach a wanted (rule, label) threshold.

    ``rules``: rule id -> CompiledRule; ``wanted``: rule id -> {label: threshold}. Returns rule id
    -> [(block, start, end, label, probability)], best first. The classifier reads the document in
    the passages it was trained on (:func:`segment`); each passage is placed in the block it
    overlaps most. A passage that the rule's own ``exclude`` patterns reject, or that lacks what its
    ``require`` patterns demand, is dropped: the model never overrides what a rule rules out.
    """
    from analyzer.matching.candidates import _excluded, _required

    wanted = {rid: labels for rid, labels in wanted.items() if rid in rules and labels}
    if not wanted:
        return {}
    doc = prep.doc
    out: dict[str, list[tuple[int, int, int, str, float]]] = {}
    labels = list(dict.fromkeys(lab for wanted_labels in wanted.values() for lab in wanted_labels))
    for a, b, probs in clf.passages(doc.text, labels):  # only the wanted labels' scores are read
        firing = [(rid, lab, probs[lab]) for rid, labels in wanted.items() for lab, t in labels.items()
                  if probs.get(lab, 0.0) >= t]
        if not firing:
            continue
        placed = _block_of(prep, a, b)
        if placed is None:
            continue
        blk, s, e = placed
        for rid, lab, p in firing:
            cr = rules[rid]
            if _excluded(prep, cr, blk, s, e) or not _required(prep, cr, doc.text[s:e]):
                continue
            out.setdefault(rid, []).append((blk, s, e, lab, p))
    for hits in out.values():
        hits.sort(key=lambda h: (-h[4], h[1]))
    return out


def _block_of(prep, a: int, b: int) -> tuple[int, int, int] | None:
    """(block, start, end): the block a passage overlaps most, and the overlap."""
    i = prep.block_index(a)
    if i is None:  # passage starts between blocks: take the next block
        import bisect

        i = bisect.bisect_right(prep.block_starts, a)
    best = None
    blocks = prep.doc.blocks
    while i is not None and i < len(blocks) and blocks[i].start < b:
        s, e = max(a, blocks[i].start), min(b, blocks[i].end)
        if e > s and (best is None or e - s > best[2] - best[1]):
            best = (i, s, e)
        i += 1
    return best


def model_fingerprint(spec) -> str | None:
    """A hash of the model folder ``spec`` resolves to (None: rules only), without loading it.

    Batch caches key on it, so a run with the model never reuses a rules-only result, and a
    retrained model or a new policy invalidates earlier results.
    """
    if spec is None or spec is False or str(spec).strip().lower() in _DISABLED:
        return None
    path = default_model_path() if spec == DEFAULT else Path(spec).expanduser()
    if path is None or not (path / "config.cfg").is_file():
        return None
    import hashlib

    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        h.update(f.relative_to(path).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()
