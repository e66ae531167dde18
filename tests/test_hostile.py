"""Hostile and broken inputs (issue #8): one clear line and exit 2, or a correct review; never a traceback.

Every input is built here from scratch (see test_hostile_builders.py). Each case names the error
class and the words of the message a user acts on; docs/reliability.md lists the same cases.
"""

from __future__ import annotations

import json
import os
import random
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from analyzer.errors import (CorruptDocument, EmptyDocument, EncryptedDocument, InputError, TimedOut, TooLarge,
                             UnsafeDocument, UnsupportedFormat)
from analyzer.ingest import load
from analyzer.ingest.guard import run_with_time_limit
from test_hostile_builders import (CLAUSE, ENCRYPTED_DOCX, LEGACY_DOC, SAMPLE_DOCX, SAMPLE_PDF, cfb, content_types,
                                   declared_size_bomb, docx_parts, encrypted_pdf, external_entity, huge_paragraph,
                                   many_entries,
                                   nested_tables, pages_pdf, para, ratio_bomb, rels, simple_pdf, write_docx,
                                   write_zip, xml_bomb)

# A contract small enough to review in a blink, with one clause every reader must find.
CONTRACT = f"Services Agreement\n\n1. Services\nThe Provider shall provide the services.\n\n8. Liability\n{CLAUSE}\n"


def review(path: Path, *args: str):
    return CliRunner().invoke(cli, ["review", str(path), "--format", "json", *args])


def assert_one_line_error(result, *needles: str) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output)
    err = result.stderr.strip()
    assert "Traceback" not in result.output and len(err.splitlines()) == 1, err
    assert err.startswith("error: ")
    for needle in needles:
        assert needle in err, (needle, err)
    return err


def statuses(result) -> dict[str, dict]:
    assert result.exit_code == 0, result.output
    return {f["rule_id"]: f for f in json.loads(result.stdout)["findings"]}


def assert_clause_found(result) -> dict:
    cap = statuses(result)["liability-cap"]
    assert cap["status"] in ("present", "weak"), cap
    assert any("twelve (12) months" in e["text"] for e in cap["evidence"])
    return cap


# ---------------------------------------------------------------- the table of refusals

def _zip_encrypted(p: Path) -> Path:
    write_docx(p)
    data = bytearray(p.read_bytes())
    for sig, flag_at in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        pos = data.find(sig)
        while pos != -1:
            data[pos + flag_at] |= 0x1
            pos = data.find(sig, pos + 4)
    p.write_bytes(bytes(data))
    return p


def _without(part: str):
    return lambda p: write_zip(p, {k: v for k, v in docx_parts().items() if k != part})


def _odt(p: Path) -> Path:
    return write_zip(p, {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})


def _xlsx(p: Path) -> Path:
    return write_zip(p, {"[Content_Types].xml": content_types(),
                         "_rels/.rels": rels(("rId1", "officeDocument", "xl/workbook.xml", False)),
                         "xl/workbook.xml": "<workbook/>"})


def _bytes(data: bytes):
    return lambda p: p.write_bytes(data)


REFUSED = [
    # (file name, builder, error class, words in the message)
    ("empty.txt", _bytes(b""), EmptyDocument, "empty (0 bytes)"),
    ("blank.txt", _bytes(b" \n\t\r\n  \n"), EmptyDocument, "no text found"),
    ("empty.docx", _bytes(b""), EmptyDocument, "empty (0 bytes)"),
    ("empty-body.docx", lambda p: write_docx(p, body="<w:p/>"), EmptyDocument, "no text found"),
    ("old.doc", _bytes(cfb(LEGACY_DOC)), UnsupportedFormat, "legacy Word .doc", "save it as .docx"),
    ("old-renamed.docx", _bytes(cfb(LEGACY_DOC)), UnsupportedFormat, "legacy Word .doc"),
    ("contract.rtf", _bytes(b"{\\rtf1\\ansi Agreement}"), UnsupportedFormat, "RTF is not supported"),
    ("rtf-named.txt", _bytes(b"{\\rtf1\\ansi Agreement}"), UnsupportedFormat, "RTF is not supported"),
    ("contract.odt", _odt, UnsupportedFormat, "OpenDocument"),
    ("odt-renamed.docx", _odt, UnsupportedFormat, "OpenDocument", "save it as .docx"),
    ("contract.pages", _bytes(b"PK\x03\x04pages"), UnsupportedFormat, "Apple Pages"),
    ("sheet-renamed.docx", _xlsx, UnsupportedFormat, "Excel workbook"),
    ("scan.txt", _bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64), UnsupportedFormat, "PNG image", "OCR"),
    ("program.txt", _bytes(bytes(range(256)) * 64), UnsupportedFormat, "binary data"),
    ("contract.xyz", _bytes(b"hello"), UnsupportedFormat, "unsupported file type '.xyz'"),
    ("text-named.pdf", _bytes(b"this is not a pdf"), InputError, "not a valid PDF"),
    ("text-named.docx", _bytes(b"this is not a docx"), InputError, "not a valid DOCX"),
    # DOCX: broken zips and packages
    ("truncated.docx", lambda p: p.write_bytes(SAMPLE_DOCX.read_bytes()[:3000]), CorruptDocument,
     "not a readable DOCX", "damaged or truncated"),
    ("garbage.docx", _bytes(b"PK\x03\x04" + random.Random(8).randbytes(2000)), CorruptDocument,
     "not a readable DOCX"),
    ("no-content-types.docx", _without("[Content_Types].xml"), CorruptDocument, "[Content_Types].xml"),
    ("no-document.docx", _without("word/document.xml"), CorruptDocument, "missing its main part word/document.xml"),
    ("no-rels.docx", _without("_rels/.rels"), CorruptDocument, "_rels/.rels"),
    ("bad-xml.docx", lambda p: write_zip(p, {**docx_parts(), "word/document.xml": "<w:document><w:body>"}),
     CorruptDocument, "word/document.xml is not well-formed XML"),
    ("cut-xml.docx", lambda p: write_zip(p, {**docx_parts(), "word/document.xml": docx_parts()["word/document.xml"][:300]}),
     CorruptDocument, "not a readable DOCX"),
    ("zip-password.docx", _zip_encrypted, EncryptedDocument, "password-protected"),
    ("encrypted.docx", _bytes(cfb(ENCRYPTED_DOCX)), EncryptedDocument, "password-protected", "remove the password"),
    # DOCX: built to exhaust the reader
    ("declared-bomb.docx", declared_size_bomb, UnsafeDocument, "would expand to 4,295 MB", "zip bomb"),
    ("ratio-bomb.docx", ratio_bomb, UnsafeDocument, "word/media/padding.xml expands", "zip bomb"),
    ("many-parts.docx", many_entries, UnsafeDocument, "parts (limit 5,000)", "zip bomb"),
    ("billion-laughs.docx", xml_bomb, UnsafeDocument, "word/document.xml declares a DTD or XML entities"),
    ("xxe.docx", external_entity, UnsafeDocument, "declares a DTD or XML entities"),
    ("huge-paragraph.docx", huge_paragraph, UnsafeDocument, "MB of text in one run (limit 10 MB"),
    ("deep-tables.docx", lambda p: write_docx(p, body=nested_tables(25)), UnsafeDocument, "nested 25 deep"),
    ("very-deep-tables.docx", lambda p: write_docx(p, body=nested_tables(300)), UnsafeDocument, "nested 300 deep"),
    # PDF
    ("encrypted.pdf", _bytes(encrypted_pdf()), EncryptedDocument, "PDF is password-protected", "remove the password"),
    ("truncated.pdf", lambda p: p.write_bytes(SAMPLE_PDF.read_bytes()[:4000]), CorruptDocument,
     "damaged or truncated"),
    ("garbage.pdf", _bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200), CorruptDocument, "damaged or truncated"),
    ("header-only.pdf", _bytes(b"%PDF-1.4\n"), CorruptDocument, "damaged or truncated"),
    ("thousands-of-pages.pdf", _bytes(pages_pdf(2_001)), TooLarge, "2,001 pages is over the 2,000 page limit",
     "--max-pages"),
    ("same-line-every-page.pdf", _bytes(pages_pdf(3, "Confidential: draft for discussion only")), EmptyDocument, "no body text found",
     "running headers and footers"),
]


@pytest.mark.parametrize("case", REFUSED, ids=[c[0] for c in REFUSED])
def test_refused_with_one_line(tmp_path, case):
    name, build, error, *needles = case
    path = tmp_path / name
    build(path)
    with pytest.raises(error) as exc:
        load(path)
    assert exc.value.code.startswith("E1") and "\n" not in exc.value.message
    assert_one_line_error(review(path), name, *needles)


def test_refusals_are_fast(tmp_path):
    """Bombs are refused from the zip directory and the XML prolog, before any parser expands them."""
    for name, build in (("a.docx", declared_size_bomb), ("b.docx", ratio_bomb), ("c.docx", xml_bomb)):
        build(tmp_path / name)
        start = time.perf_counter()
        with pytest.raises(UnsafeDocument):
            load(tmp_path / name)
        assert time.perf_counter() - start < 5  # a generous bound: expanding any of them takes far longer


# ---------------------------------------------------------------- inputs that must be reviewed correctly

def test_pdf_named_docx_and_docx_named_pdf_are_read_by_content(tmp_path):
    pdf = tmp_path / "really-a-pdf.docx"
    pdf.write_bytes(SAMPLE_PDF.read_bytes())
    docx = tmp_path / "really-a-docx.pdf"
    write_docx(docx)
    assert json.loads(review(pdf).stdout)["document"]["format"] == "pdf"
    assert_clause_found(review(docx))


def test_tables_nested_to_the_limit_are_read(tmp_path):
    path = write_docx(tmp_path / "nested.docx", body=para("8. Liability") + nested_tables(20))
    assert_clause_found(review(path))


def test_macros_embedded_objects_and_external_links_are_listed_not_run(tmp_path):
    from test_hostile_builders import with_external_links

    result = review(with_external_links(tmp_path / "links.docx"))
    assert_clause_found(result)
    warnings = " | ".join(json.loads(result.stdout)["coverage"]["warnings"])
    assert "embedded document chunk(s) (altChunk) whose text was not read" in warnings
    assert "embedded object(s)" in warnings and "sub-document(s)" in warnings
    assert "never fetched" in warnings


def test_scanned_pdf_is_not_verified_not_missing(tmp_path):
    path = simple_pdf(tmp_path / "scan.pdf", [("blankpage", ""), ("blankpage", "")])
    result = review(path)
    data = json.loads(result.stdout)
    assert result.exit_code == 0
    assert data["coverage"]["pages_without_text"] == [1, 2]
    assert any("no text layer" in w for w in data["coverage"]["warnings"])
    found = {f["status"] for f in data["findings"]}
    assert found == {"not_verified"}, found


def test_partly_scanned_pdf_finds_what_it_can_read(tmp_path):
    path = simple_pdf(tmp_path / "partly.pdf", [("heading", "8. Liability"), ("paragraph", CLAUSE),
                                                ("pagebreak", ""), ("blankpage", "")])
    result = review(path)
    cap = assert_clause_found(result)
    assert cap["evidence"][0]["page"] == 1
    data = json.loads(result.stdout)
    assert 2 in data["coverage"]["pages_without_text"]
    assert "missing" not in {f["status"] for f in data["findings"] if f["kind"] == "protection"}


def test_page_limit_flag(tmp_path):
    words = ("Services", "Fees", "Term", "Liability", "Confidentiality", "Notices")
    blocks = []
    for i, word in enumerate(words, 1):
        blocks += [("heading", f"{i}. {word}"), ("paragraph", f"The {word.lower()} clause of this agreement."),
                   ("pagebreak", "")]
    path = simple_pdf(tmp_path / "six.pdf", blocks[:-1])
    assert_one_line_error(review(path, "--max-pages", "5"), "6 pages is over the 5 page limit")
    assert review(path, "--max-pages", "6").exit_code == 0
    assert review(path, "--max-pages", "0").exit_code == 0  # 0: no limit


@pytest.mark.parametrize("encoding,warning", [
    ("utf-8", None), ("utf-8-sig", None), ("utf-16", "UTF-16"), ("utf-16-be", "UTF-16 (no BOM)"),
    ("utf-16-le", "UTF-16 (no BOM)"), ("utf-32", "UTF-32"), ("cp1252", "Windows-1252"),
])
def test_text_encodings(tmp_path, encoding, warning):
    text = CONTRACT.replace("The Provider", "Café Société – the Provider")
    path = tmp_path / "contract.txt"
    path.write_bytes(text.encode(encoding))
    result = review(path)
    assert_clause_found(result)
    data = json.loads(result.stdout)
    warnings = data["coverage"]["warnings"]
    assert (warning is None and not warnings) or any(warning in w for w in warnings), warnings
    doc = load(path)
    assert "Café Société" in doc.text
    for f in data["findings"]:
        for e in f["evidence"]:
            assert doc.text[e["start"]:e["end"]] == e["text"]


def test_nul_bytes_are_read_as_spaces_and_offsets_still_point_into_the_file(tmp_path):
    raw = CONTRACT.replace("1. Services", "1.\x00Services\x00\x00")
    path = tmp_path / "nul.txt"
    path.write_bytes(raw.encode("utf-8"))
    result = review(path)
    assert_clause_found(result)
    data = json.loads(result.stdout)
    assert any("NUL" in w for w in data["coverage"]["warnings"])
    for f in data["findings"]:
        for e in f["evidence"]:
            assert raw[e["start"]:e["end"]].replace("\x00", " ") == e["text"]


def test_over_a_million_characters_with_a_megabyte_line_is_reviewed_to_the_end(tmp_path):
    """spaCy's max_length is 1,000,000: a longer contract, one of whose lines alone is over a
    megabyte, must still be read to its last clause (one document covers both: a review of 1.5M
    characters takes tens of seconds on a loaded machine)."""
    section = "The parties shall cooperate in good faith and meet weekly to review progress. " * 20
    body = "\n\n".join(f"{i}. Meetings\n{section}" for i in range(1, 300))
    line = "The minutes of each meeting record the decisions taken and the actions agreed. " * 13_100
    text = body + f"\n\n300. Minutes\n{line}\n\n301. Limitation of Liability\n{CLAUSE}\n"
    assert len(text) > 1_500_000 and len(line) > 1_000_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = review(path)
    cap = assert_clause_found(result)
    data = json.loads(result.stdout)
    assert data["document"]["characters"] == len(text)
    e = cap["evidence"][0]
    assert e["start"] > 1_500_000 and text[e["start"]:e["end"]] == e["text"]
    assert e["section"].startswith("301")


# ---------------------------------------------------------------- paths

def test_path_with_spaces_and_unicode(tmp_path):
    folder = tmp_path / "Verträge 2024 (final)"
    folder.mkdir()
    path = folder / "Müller & Söhne – Rahmenvertrag v2 日本.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    result = review(path)
    assert_clause_found(result)
    assert json.loads(result.stdout)["document"]["path"] == str(path)


def test_symlink_is_followed_and_broken_links_are_named(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text(CONTRACT, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert_clause_found(review(link))
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    assert_one_line_error(review(dangling), "broken or looping symbolic link")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert_one_line_error(review(loop), "broken or looping symbolic link")


def test_permission_denied_mocked(tmp_path, monkeypatch):
    """Root reads anything, so the denial is mocked; test_permission_denied_for_real covers non-root."""
    path = tmp_path / "secret.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    assert_one_line_error(review(path), "secret.txt: permission denied")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root (and Windows) ignore chmod 000; test_permission_denied_mocked covers it")
def test_permission_denied_for_real(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    path.chmod(0)
    try:
        assert_one_line_error(review(path), "permission denied")
    finally:
        path.chmod(0o644)


def test_file_removed_between_listing_and_reading(tmp_path, monkeypatch):
    """A folder that changes during a batch: the file was listed, then deleted before it was read."""
    path = tmp_path / "vanishing.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    real_stat = Path.stat

    def stat_then_vanish(self, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        if self == path and os.path.exists(path):
            os.unlink(path)
        return result

    monkeypatch.setattr(Path, "stat", stat_then_vanish)
    with pytest.raises(InputError, match="vanishing.txt: no such file"):
        load(path)


# ---------------------------------------------------------------- limits

def test_size_limit_flag(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(CONTRACT + "x" * 1_100_000, encoding="utf-8")
    assert_one_line_error(review(path, "--max-size", "1"), "over the 1 MB limit", "--max-size")


def test_review_timeout_ends_a_hang_with_one_line(tmp_path, monkeypatch):
    from analyzer.engine import Analyzer

    def hang(self, doc, *args, **kwargs):
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(Analyzer, "review_document", hang)
    path = tmp_path / "hangs.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    start = time.perf_counter()
    result = review(path, "--timeout", "0.5")
    assert time.perf_counter() - start < 30
    assert_one_line_error(result, "hangs.txt: gave up after 0.5 s", "--timeout")


def test_time_limit_cannot_be_swallowed_by_a_parser():
    """Parsers wrap their work in `except Exception`; the alarm must get through them."""
    def parser():
        try:
            while True:
                pass
        except Exception:  # noqa: BLE001 - what a careless parser does
            return "swallowed"

    with pytest.raises(TimedOut, match="gave up after 0.2 s"):
        run_with_time_limit(parser, 0.2, "x.pdf")


def test_time_limit_off_the_main_thread():
    """No SIGALRM off the main thread: the work runs in a watched daemon thread instead."""
    outcome = {}

    def worker():
        try:
            run_with_time_limit(lambda: time.sleep(5), 0.2, "x.pdf")
        except TimedOut as exc:
            outcome["error"] = exc.message
        outcome["ok"] = run_with_time_limit(lambda: 42, 5, "y.pdf")

    t = threading.Thread(target=worker)
    t.start()
    t.join(10)
    assert outcome == {"error": "x.pdf: gave up after 0.2 s (per-file time limit; raise it with --timeout)",
                       "ok": 42}


def test_time_limit_returns_and_restores_the_alarm():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    assert run_with_time_limit(lambda: "done", 5, "x") == "done"
    assert run_with_time_limit(lambda: "no limit", 0, "x") == "no limit"
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_zip_parts_are_never_read_past_their_declared_size(tmp_path):
    """Why the declared sizes bound memory: zipfile stops at file_size and fails the CRC check."""
    path = write_docx(tmp_path / "liar.docx")
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    pos = data.find(b"PK\x01\x02")  # the central directory entry of word/document.xml
    while data[pos + 46:pos + 46 + 17] != b"word/document.xml":
        pos = data.find(b"PK\x01\x02", pos + 4)
    data[pos + 24:pos + 28] = (info.file_size // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDocument):
        load(path)
