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
            nlp = load_pipeline(model_dir)
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
        cols = [j for j, _ in columns]
        for start in range(0, len(todo), self.batch_size):
            batch = todo[start:start + self.batch_size]
            scores = bow.predict([prepared[i] for i in batch], cols).tolist()
            for row, i in enumerate(batch):
                out[i] = dict(zip(wanted, scores[row]))
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
    with their counts, then a sparse linear layer (a weight row per id, summed with the counts) and
    a logistic. Building a Doc per passage was most of the classifier's time. Here the tokens come
    from :class:`analyzer.nlp.SpanTokens` (spaCy's own tokenizer, remembered per word), and since
    the layer is linear, each distinct word's row (the sum of its tokens' rows, asked of the layer
    once) is remembered too: a passage's score is the bias plus the rows of its words, summed by
    numpy in double precision. The scores are the pipeline's to float32 rounding
    (tests/test_classifier.py compares them). Any other architecture takes the pipeline."""

    MAX_WORDS = 200_000  # forget the remembered rows past this many distinct words (bounded memory)

    def __init__(self, nlp):
        from analyzer.nlp import SpanTokens

        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat_multilabel")
        self.layers = _bow_layers(self.textcat.model)
        self.tokens = SpanTokens(nlp.tokenizer) if self.layers is not None else None
        self._forget()

    @cached_property
    def _bias(self):
        """The layer's output for a passage with no tokens: its bias."""
        import numpy

        return self.layers[0].predict(_ids_input([], [], [0]))[0]

    def _forget(self) -> None:
        self._row: dict[str, int] = {}  # word -> its row in _rows
        self._words: list[str] = []  # row -> word
        # arrays with room to grow (see _append): only their first len(_row) / len(_orth_row) rows are used
        self._rows = None  # float32 (words x labels): each word's summed token weights
        self._flags = None  # uint8 per word: 1 its first token may end a special-case pair, 2 its last may start one
        self._orth_row: dict[int, int] = {}  # ORTH id -> its row in _orths
        self._orths = None

    def predict(self, texts: list[str], columns: list[int] | None = None):
        """Scores (passages x labels, or x ``columns``) for normalised, non-empty passages."""
        if self.layers is None:
            scores = self.textcat.predict([self.nlp.make_doc(t) for t in texts])
            return scores if columns is None else scores[:, columns]
        import numpy

        linear, logistic = self.layers
        passages = [t.split(" ") for t in texts]  # single spaces, none at the ends: the words are the spans
        row = self._row
        new = [w for w in dict.fromkeys(w for words in passages for w in words) if w not in row]
        if new:
            if len(row) + len(new) > self.MAX_WORDS:
                self._forget()
                row = self._row
                new = list(dict.fromkeys(w for words in passages for w in words))
            self._learn(new)
        flat: list[int] = []
        starts: list[int] = []
        get = row.__getitem__
        for words in passages:
            starts.append(len(flat))
            flat.extend(map(get, words))
        index = numpy.asarray(flat, dtype=numpy.intp)
        bias = self._bias.astype("float64")
        if columns is None:
            gathered = self._rows[index]
        else:
            gathered, bias = self._rows[numpy.ix_(index, columns)], bias[columns]
        logits = (numpy.add.reduceat(gathered, starts, axis=0, dtype="float64") + bias).astype("f")
        for i in self._crossing(index, starts):  # a special case may join two words: spaCy reads these
            orths = sorted(Counter(self.nlp.make_doc(texts[i]).to_array("ORTH").tolist()).items())
            exact = linear.predict(_ids_input([k for k, _ in orths], [v for _, v in orths], [len(orths)]))[0]
            logits[i] = exact if columns is None else exact[columns]
        return logistic.predict(logits)

    def _crossing(self, index, starts: list[int]) -> list[int]:
        """The passages (by index) where a special case may match across two words. Only a word
        whose last token may start a special-case pair, followed in the same passage by one whose
        first token may end one, can make it; SpanTokens.crosses says whether the two do."""
        import numpy

        flags = self._flags[index]
        at = numpy.flatnonzero((flags[:-1] & 2).astype(bool) & (flags[1:] & 1).astype(bool)) + 1
        if not len(at):
            return []
        bounds = numpy.asarray(starts)
        at = at[~numpy.isin(at, bounds)]  # a passage's last word and the next one's first
        out, words = set(), self._words
        for k in at.tolist():
            pair = [words[index[k - 1]], words[index[k]]]
            if self.tokens.crosses(pair, self.tokens.entries(pair)):
                out.add(int(numpy.searchsorted(bounds, k, side="right")) - 1)
        return sorted(out)

    def _learn(self, words: list[str]) -> None:
        """Remember the row of each new word: its tokens' weights, asked of the layer per new ORTH id."""
        import numpy

        linear = self.layers[0]
        spans = self.tokens.entries(words)
        orth_row = self._orth_row
        new_orths = [o for o in dict.fromkeys(o for sp in spans for o in sp.orths) if o not in orth_row]
        if new_orths:
            n = len(new_orths)
            weights = (linear.predict(_ids_input(new_orths, [1.0] * n, [1] * n)) - self._bias).astype("f")
            base = len(orth_row)
            self._orths = _append(self._orths, base, weights)
            for k, o in enumerate(new_orths):
                orth_row[o] = base + k
        flat = [orth_row[o] for sp in spans for o in sp.orths]
        starts = numpy.cumsum([0] + [len(sp.orths) for sp in spans[:-1]])
        rows = numpy.add.reduceat(self._orths[numpy.asarray(flat, dtype=numpy.intp)], starts, axis=0,
                                  dtype="float64").astype("f")
        flags = numpy.asarray([(sp.first is not None) | ((sp.last is not None) << 1) for sp in spans], dtype="uint8")
        base = len(self._row)
        self._rows = _append(self._rows, base, rows)
        self._flags = _append(self._flags, base, flags)
        for k, w in enumerate(words):
            self._row[w] = base + k
        self._words.extend(words)


def _ids_input(keys, values, lengths):
    """The sparse linear layer's input: ORTH ids, their counts, and how many belong to each passage."""
    import numpy

    return (numpy.asarray(keys, dtype="uint64"), numpy.asarray(values, dtype="f"), numpy.asarray(lengths, dtype="int32"))


def _append(buf, used: int, rows):
    """buf with rows written after its first `used` rows, grown by doubling (not copied whole for
    every document's few hundred new words)."""
    import numpy

    need = used + len(rows)
    if buf is None or need > len(buf):
        grown = numpy.empty((max(need, 2 * (0 if buf is None else len(buf)), 1024),) + rows.shape[1:], dtype=rows.dtype)
        if buf is not None:
            grown[:used] = buf[:used]
        buf = grown
    buf[used:need] = rows
    return buf


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


PACKED = "model.xz"  # the textcat weights as the repository keeps them: xz-compressed, 14 MB -> 2.4 MB


def pack(model_dir: Path) -> None:
    """Compress the textcat weights ``nlp.to_disk`` wrote (a dense float32 table, mostly zeros) into
    model.xz, which :func:`load_pipeline` reads: the repository keeps models small."""
    import lzma

    weights = Path(model_dir) / "textcat_multilabel" / "model"
    weights.with_name(PACKED).write_bytes(lzma.compress(weights.read_bytes(), preset=9 | lzma.PRESET_EXTREME))
    weights.unlink()


def load_pipeline(model_dir: Path):
    """spacy.load of a model folder, unpacking its model.xz (see :func:`pack`) into a temporary copy
    of the folder first (~0.15 s)."""
    import spacy  # lazy: heavy import

    model_dir = Path(model_dir)
    packed = model_dir / "textcat_multilabel" / PACKED
    if (model_dir / "textcat_multilabel" / "model").is_file() or not packed.is_file():
        return spacy.load(model_dir)
    import lzma
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="contract-analyzer-model-") as tmp:
        shutil.copytree(model_dir, tmp, dirs_exist_ok=True, ignore=shutil.ignore_patterns(PACKED))
        (Path(tmp) / "textcat_multilabel" / "model").write_bytes(lzma.decompress(packed.read_bytes()))
        return spacy.load(tmp)


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
        if _signature_block(doc.text, a, b):
            continue  # a signature block states no term, whatever words it shares with one
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


# Where the parties sign: "IN WITNESS WHEREOF", "Signed for and on behalf of", "Authorised
# signatory", "signature and stamp" (civil-law signing blocks under the parties' names), or two of the
# "By: / Name: / Title: / Signature: / Date:" lines of a signature block.
_SIGNING = re.compile(r"\bIN\s+WITNESS\s+WHEREOF\b|\bsigned\s+(?:for\s+and\s+)?on\s+behalf\s+of\b"
                      r"|\bauthori[sz]ed\s+signator(?:y|ies)\b|\bsignature\s+and\s+(?:company\s+)?(?:stamp|seal)\b"
                      r"|(?:^|\n)[ \t]*(?:By|Name|Title|Signature|Signed|Date)[ \t]*:[^\n]*\n[ \t]*(?:By|Name|Title|Signature|Signed|Date)[ \t]*:",
                      re.I)


_SIGNING_AFTER = 150  # a names row straight above the signing line belongs to the signature block
_NAMES_ROW_WORDS = 30  # at most this many words, and almost none in lower case ("of", "and")


def _signature_block(text: str, a: int, b: int) -> bool:
    """Whether the passage is where the parties sign: it holds a signing line, or it is a row of
    names and roles ("CUSTOMER   SERVICE PROVIDER" over the companies' names: capitalised words,
    no sentence) with a signing line right below it."""
    if _SIGNING.search(text, a, b):
        return True
    words = text[a:b].split()
    return (len(words) <= _NAMES_ROW_WORDS and sum(w[:1].islower() for w in words) <= 2
            and _SIGNING.search(text, b, min(len(text), b + _SIGNING_AFTER)) is not None)


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
