"""PDF ingestion on both engines: PDFs built with tools/simplepdf.py, so every expectation is known."""

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from analyzer.errors import CorruptDocument, EncryptedDocument, InputError
from analyzer.findings import Status
from analyzer.ingest import load
from analyzer.ingest.pdf import read_pdf
from analyzer.ingest.pdf_layout import Line, Page, lay_out, running_lines
from simplepdf import assemble, write_pdf

ENGINES = ["pypdfium2", "pdfplumber"]
LONG = ("The Consultant shall provide the professional implementation services described in each "
        "Statement of Work, and acceptance testing procedures shall be documented comprehensively. ") * 4
SECOND = ("Customer shall pay each undisputed invoice within thirty days of receipt; notwithstanding "
          "anything contrary, interest accrues on overdue amounts at one percent per month. ") * 3


@pytest.fixture(scope="module")
def contract_pdf(tmp_path_factory):
    """Four pages: running header and "Page N of M" footer, hyphenated lines, a blank (scanned) page 3."""
    path = tmp_path_factory.mktemp("pdf") / "contract.pdf"
    blocks = [("heading", "1. Scope of Services"), ("paragraph", LONG), ("paragraph", LONG),
              ("pagebreak", ""), ("heading", "2. Payment"), ("paragraph", SECOND),
              ("blankpage", ""),
              ("heading", "3. Limitation of Liability"),
              ("paragraph", "Each party's total liability shall not exceed the fees paid in the twelve months "
                            "before the claim."),
              ("bullet", "A bullet item that is long enough to wrap onto a second line of the page body so "
                         "that the paragraph joining is exercised.")]
    pages = write_pdf(path, blocks, header="ACME CONFIDENTIAL", footer=True, hyphenate=True)
    assert pages == 4
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_running_header_and_page_numbers_are_set_aside(contract_pdf, engine):
    doc = read_pdf(contract_pdf, engine=engine)
    assert "ACME CONFIDENTIAL" not in doc.text
    assert not re.search(r"Page \d of \d", doc.text)
    assert "ACME CONFIDENTIAL" in doc.header_footer_text
    assert any(re.fullmatch(r"Page \d of 4", t) for t in doc.header_footer_text)


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphenated_words_are_joined(contract_pdf, engine):
    doc = read_pdf(contract_pdf, engine=engine)
    assert "\ufffe" not in doc.text
    # simplepdf hyphenates long words at line ends; every one must come back whole
    for word in ("implementation", "comprehensively", "professional", "notwithstanding"):
        assert word in doc.text
    assert not re.search(r"[a-z]- [a-z]", doc.text)
    assert not re.search(r"[a-z]-\n", doc.text)


@pytest.mark.parametrize("engine", ENGINES)
def test_paragraphs_come_from_geometry_not_lines(contract_pdf, engine):
    doc = read_pdf(contract_pdf, engine=engine)
    texts = [doc.block_text(b) for b in doc.blocks]
    assert texts[0] == "1. Scope of Services"
    assert texts[1] == LONG.strip()  # one paragraph, many lines
    assert any(t.startswith("\u2022 A bullet item") and t.endswith("joining is exercised.") for t in texts)
    assert doc.blocks[0].bold and not doc.blocks[1].bold


@pytest.mark.parametrize("engine", ENGINES)
def test_every_character_keeps_its_page_and_blank_pages_are_listed(contract_pdf, engine):
    doc = read_pdf(contract_pdf, engine=engine)
    assert doc.coverage.pages == 4 and doc.pages == 4
    assert doc.coverage.pages_without_text == [3]
    assert any("page(s) 3" in w for w in doc.coverage.warnings)
    assert doc.page_starts == sorted(doc.page_starts)
    assert doc.page_at(doc.text.index("1. Scope")) == 1
    assert doc.page_at(doc.text.index("2. Payment")) == 2
    assert doc.page_at(doc.text.index("3. Limitation")) == 4
    for block in doc.blocks:
        assert block.page == doc.page_at(block.start)


def test_both_engines_read_the_same_words(contract_pdf):
    a, b = (read_pdf(contract_pdf, engine=e) for e in ENGINES)
    assert a.text.split() == b.text.split()


def test_a_paragraph_running_over_a_page_break_is_one_block(tmp_path):
    path = tmp_path / "long.pdf"
    write_pdf(path, [("heading", "1. Services"), ("paragraph", LONG * 6)], header="Draft", footer=True)
    doc = read_pdf(path)
    assert doc.coverage.pages == 2
    para = next(b for b in doc.blocks if doc.block_text(b).startswith("The Consultant"))
    assert doc.block_text(para) == (LONG * 6).strip()
    assert para.page == 1
    assert doc.page_at(para.end - 1) == 2  # the page boundary falls inside the paragraph


def test_pages_without_text_make_findings_not_verified(analyzer, contract_pdf):
    review = analyzer.review_document(load(contract_pdf))
    assert review.coverage["pages_without_text"] == [3]
    statuses = {f.status for f in review.findings}
    assert Status.NOT_VERIFIED in statuses and Status.MISSING not in statuses


def test_running_lines_need_repetition_not_just_position():
    """A heading at the top of one page is body text; a line at the top of every page is not."""
    WORDS = ["", "fees", "scope", "warranty", "liability"]
    def page(n, top_text):
        return Page(n, 612, 792, [Line(top_text, 40, 50, 72, 300, 9),
                                  Line(f"Body text about {WORDS[n]} on page {n}.", 120, 132, 72, 540, 11)])
    pages = [page(1, "ARTICLE 5 PAYMENT"), page(2, "Acme Corp - Confidential"), page(3, "Acme Corp - Confidential"),
             page(4, "Acme Corp - Confidential")]
    found = running_lines(pages)
    assert (0, 0) not in found
    assert {(1, 0), (2, 0), (3, 0)} <= found
    assert not any(li == 1 for _, li in found)
    layout = lay_out(pages)
    assert layout.text.startswith("ARTICLE 5 PAYMENT")
    assert layout.header_footer_text == ["Acme Corp - Confidential"]


def _encrypted_pdf(path: Path) -> None:
    """A PDF whose standard security handler does not accept the empty user password."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"]
    path.write_bytes(assemble(objs, trailer_extra=b" /Encrypt 4 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">]"))


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_pdf_is_a_one_line_error(tmp_path, engine):
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path)
    with pytest.raises(EncryptedDocument) as exc:
        read_pdf(path, engine=engine)
    assert "password" in exc.value.message and "\n" not in exc.value.message


@pytest.mark.parametrize("engine", ENGINES)
def test_corrupt_pdf_is_a_one_line_error(tmp_path, engine):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(CorruptDocument) as exc:
        read_pdf(path, engine=engine)
    assert "\n" not in exc.value.message


@pytest.mark.parametrize("engine", ENGINES)
def test_truncated_pdf_is_read_or_refused_never_a_traceback(tmp_path, contract_pdf, engine):
    data = contract_pdf.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    r = CliRunner().invoke(cli, ["review", str(path), "--pdf-engine", engine, "--format", "json"])
    assert r.exit_code in (0, 1, 2), r.output
    assert "Traceback" not in r.output
    if r.exit_code == 2:
        assert r.output.startswith("error: ") and r.output.count("\n") == 1
    else:
        assert json.loads(r.stdout)["coverage"]["pages"] >= 1


def test_unknown_engine_is_refused(contract_pdf):
    with pytest.raises(InputError):
        read_pdf(contract_pdf, engine="acrobat")


def test_cli_passes_the_engine_and_reports_coverage(contract_pdf):
    for engine in ENGINES:
        r = CliRunner().invoke(cli, ["review", str(contract_pdf), "--pdf-engine", engine, "--format", "json"])
        assert r.exit_code == 0, r.output
        data = json.loads(r.stdout)
        assert data["coverage"]["pages_without_text"] == [3]
        assert data["coverage"]["pages"] == 4


def test_ocr_without_tesseract_says_which_pages_were_not_read(contract_pdf, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    doc = read_pdf(contract_pdf, ocr=True)
    assert doc.coverage.pages_without_text == [3]
    assert any("tesseract is not installed" in w for w in doc.coverage.warnings)
    assert any("page(s) 3" in w for w in doc.coverage.warnings)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed on this machine")
def test_ocr_reads_a_page_rendered_as_an_image(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1700, 2200), "white")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.load_default(size=48)
    except TypeError:  # Pillow < 10.1
        font = ImageFont.load_default()
    draw.text((150, 200), "The Supplier shall maintain insurance.", fill="black", font=font)
    path = tmp_path / "scan.pdf"
    image.save(path, "PDF", resolution=200.0)
    doc = read_pdf(path, ocr=True)
    assert doc.coverage.pages_without_text == []
    assert "insurance" in doc.text.lower()


def test_the_sample_contract_no_longer_leaks_its_running_lines():
    doc = load(Path(__file__).resolve().parents[1] / "samples" / "one-sided-agreement-weak.pdf")
    assert "CONFIDENTIAL" not in doc.text and "Page 1 of 3" not in doc.text
    assert "security breach affecting Client data" in doc.text  # joined across the page break


def test_corpus_pdfs_read_on_the_fast_path(shared_corpus):
    pdfs = sorted((shared_corpus / "forms").rglob("*.pdf"))[:6]
    assert pdfs
    for path in pdfs:
        doc = load(path)
        assert doc.coverage.pages and len(doc.text) > 500
        assert doc.page_starts == sorted(doc.page_starts)


def _positioned_pdf(path: Path, runs) -> None:
    """One page of Helvetica 10pt text runs at (x, y) in content-stream order, like a table."""
    ops = b"\n".join(b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, t.encode()) for x, y, t in runs)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops)]
    path.write_bytes(assemble(objs))


def test_table_rows_keep_their_cells_apart(tmp_path):
    path = tmp_path / "table.pdf"
    _positioned_pdf(path, [(72, 720, "DELIVERABLES"),
                           (72, 690, "Deliverable"), (200, 690, "Description"), (420, 690, "Format"),
                           (72, 672, "D1"), (200, 672, "Discovery report with"), (200, 660, "recommendations"),
                           (420, 672, "PDF"),
                           (72, 636, "D2"), (200, 636, "Migration scripts"), (420, 636, "Git repository")])
    texts = [b for b in read_pdf(path).text.split("\n\n")]
    assert "Deliverable | Description | Format" in texts
    assert "D1 | Discovery report with recommendations | PDF" in texts
    assert "D2 | Migration scripts | Git repository" in texts
