"""Property-based tests (hypothesis) on the text pipeline and the structure parser.

Contract-shaped fragments (numbering, headings, clause words, odd whitespace, control characters)
are mixed with arbitrary text, so the generator reaches the regexes that matter, not only noise.
The properties are the promises other stages rely on: decoding never raises, blocks keep every
visible character, sections stay inside the text, and every quote is exactly text[start:end].

A deeper run: ``CONTRACT_ANALYZER_EXAMPLES=2000 python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from analyzer.findings import Status
from analyzer.ingest.text import blocks_from_text, decode, document_from_text
from analyzer.segment import segment

FRAGMENTS = [
    "1. Liability\n", "12.3 Limitation of Liability. ", "(a) ", "(iv) ", "ARTICLE IV\n", "Section 7.2: ",
    "Schedule 1\n", "SCOPE OF SERVICES\n", "\n\n", "\n", "\r\n", "\r", "\t", " ", "\x0b", "\x0c", "\u2028", "\x1c",
    "\x00", "\ufeff", "•", "–", "\u00a0", "日本語", "é", "\U0001f600", "|", "#", "*",
    "The Provider shall", "the Client may terminate", "shall not exceed", "the fees paid in the twelve (12) months",
    "within thirty (30) days", "USD 1,000,000", "in its sole discretion", "change order", "\"Services\" means",
    "Each party's total aggregate liability under this Agreement shall not exceed the fees paid. ",
    "Client shall test each Deliverable within ten (10) business days of delivery. ",
    "Nothing in this Agreement limits the liability of Consultant. ", "time is of the essence",
]
EXAMPLES = int(os.environ.get("CONTRACT_ANALYZER_EXAMPLES", "100"))
SLOW = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
contract_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60).map("".join)


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=4096))
def test_decode_never_raises(data):
    text, warning = decode(data)
    assert isinstance(text, str) and (warning is None or isinstance(warning, str))


@settings(max_examples=EXAMPLES)
@given(st.text(max_size=500))
def test_utf8_round_trips(text):
    assume("\x00" not in text)  # NUL-rich bytes are read as UTF-16, as a reader would
    assert decode(text.encode("utf-8")) == (text, None)


@settings(max_examples=EXAMPLES)
@given(st.text(max_size=500), st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
def test_utf16_round_trips(text, encoding):
    data = text.encode(encoding)
    if encoding != "utf-16":  # without a BOM only mostly-Latin text is recognisable
        assume(len(text) >= 4 and all(" " <= c < "\u0100" for c in text))
    assume(not text.startswith("\x00"))
    assert decode(data)[0] == text


@settings(max_examples=EXAMPLES)
@given(contract_text)
def test_blocks_keep_every_visible_character(text):
    blocks = blocks_from_text(text)
    pos = 0
    covered = bytearray(len(text))
    for b in blocks:
        assert pos <= b.start < b.end <= len(text)  # sorted, non-overlapping, non-empty
        piece = text[b.start:b.end]
        assert piece == piece.strip()
        covered[b.start:b.end] = b"\1" * (b.end - b.start)
        pos = b.end
    lost = [c for i, c in enumerate(text) if not covered[i] and not c.isspace()]
    assert not lost, lost


@settings(max_examples=EXAMPLES)
@given(contract_text)
def test_blocks_of_a_slice_stay_in_the_slice(text):
    mid = len(text) // 2
    for b in blocks_from_text(text, 0, mid):
        assert 0 <= b.start < b.end <= mid


@settings(max_examples=EXAMPLES, suppress_health_check=SLOW, deadline=None)
@given(contract_text)
def test_sections_stay_inside_the_text_and_nest(text):
    doc = document_from_text(text)
    sections = segment(doc)
    starts = [s.start for s in sections]
    assert starts == sorted(starts)
    for s in sections:
        assert 0 <= s.start < s.end <= len(text), s
        assert s.level >= 1
        assert not s.number or s.number.strip() == s.number
    for offset in range(0, len(text), max(1, len(text) // 7)):
        inner = doc.section_at(offset)
        assert inner is None or inner.start <= offset < inner.end
        chain = doc.enclosing_sections(offset)
        assert all(c.start <= offset < c.end for c in chain)


_ANALYZER = None


def _analyzer():
    global _ANALYZER
    if _ANALYZER is None:
        from analyzer.engine import Analyzer

        _ANALYZER = Analyzer()
    return _ANALYZER


@settings(max_examples=max(20, EXAMPLES // 2), suppress_health_check=SLOW, deadline=None)
@given(contract_text)
def test_engine_never_raises_and_every_quote_is_exact(text):
    doc = document_from_text(text)
    review = _analyzer().review_document(doc)
    assert review.findings
    for f in review.findings:
        assert f.status in (Status.PRESENT, Status.WEAK, Status.MISSING)  # text has no unread pages
        for e in f.evidence:
            assert 0 <= e.start <= e.end <= len(text)
            assert text[e.start:e.end] == e.text
    review.to_dict()  # serialisable: the JSON reporter's input


@settings(max_examples=max(20, EXAMPLES // 3), suppress_health_check=SLOW, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_in_a_txt_file_load_or_fail_cleanly(tmp_path_factory, data):
    from analyzer.errors import InputError
    from analyzer.ingest import load

    path = tmp_path_factory.mktemp("bytes") / "any.txt"
    path.write_bytes(data)
    try:
        doc = load(path)
    except InputError as exc:
        assert "\n" not in exc.message
        return
    assert doc.text.strip()
    for b in doc.blocks:
        assert 0 <= b.start < b.end <= len(doc.text)
