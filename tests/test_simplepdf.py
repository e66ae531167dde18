"""Round-trip tests for tools/simplepdf.py: what we write, both extractors read back."""

import sys
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from simplepdf import text_width, wrap_text, write_pdf  # noqa: E402

LONG = ("The Consultant shall provide the services (as described) with due care; "
        "fees are payable net 30 \u2013 interest at 1% per month. ") * 12


def plumber_pages(path):
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pdfium_pages(path):
    doc = pdfium.PdfDocument(str(path))
    try:
        # pdfium reports a line-end hyphen as U+FFFE and joins the lines
        return [doc[i].get_textpage().get_text_range().replace("\ufffe", "-\n")
                for i in range(len(doc))]
    finally:
        doc.close()


@pytest.fixture
def sample_pdf(tmp_path):
    blocks = [
        ("heading", "1. Scope of Services"),
        ("paragraph", LONG),
        ("bullet", "A bullet item that is long enough to wrap onto a second line of the "
                   "page body so that hanging indentation is exercised."),
        ("pagebreak", ""),
        ("heading", "2. Payment"),
        ("paragraph", "Client pays within thirty days."),
        ("blankpage", ""),
        ("heading", "3. Term"),
        ("paragraph", "Either party may terminate on notice."),
    ]
    path = tmp_path / "sample.pdf"
    pages = write_pdf(path, blocks, header="CONFIDENTIAL", footer=True)
    return path, pages


def test_page_count(sample_pdf):
    path, pages = sample_pdf
    assert pages == 4
    assert len(plumber_pages(path)) == 4
    assert len(pdfium_pages(path)) == 4


def test_extractors_agree_word_for_word(sample_pdf):
    path, _ = sample_pdf
    for a, b in zip(plumber_pages(path), pdfium_pages(path)):
        assert a.split() == b.split()


def test_text_round_trips(sample_pdf):
    path, _ = sample_pdf
    text = plumber_pages(path)
    body = " ".join(text[0].split())
    assert "1. Scope of Services" in body
    assert " ".join(LONG.split()[:20]) in body
    assert "(as described)" in body and "\u2013" in body
    assert "\u2022 A bullet item" in text[0]
    assert "2. Payment" in text[1]
    assert "3. Term" in text[3]


def test_header_and_footer_on_every_text_page(sample_pdf):
    path, _ = sample_pdf
    for idx, page in enumerate(plumber_pages(path)):
        if idx == 2:
            continue  # blank page
        lines = page.splitlines()
        assert lines[0] == "CONFIDENTIAL"
        assert lines[-1] == f"Page {idx + 1} of 4"


def test_blank_page_has_no_text(sample_pdf):
    path, _ = sample_pdf
    assert plumber_pages(path)[2].strip() == ""
    assert pdfium_pages(path)[2].strip() == ""
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[2].chars == []


def test_no_header_no_footer(tmp_path):
    path = tmp_path / "plain.pdf"
    assert write_pdf(path, [("paragraph", "Just one line.")], header=None, footer=False) == 1
    assert plumber_pages(path) == ["Just one line."]
    assert pdfium_pages(path)[0].strip() == "Just one line."


def test_hyphenation_option(tmp_path):
    words = "Provider obligations notwithstanding indemnification and confidentiality " * 15
    path = tmp_path / "hyph.pdf"
    write_pdf(path, [("paragraph", words)], footer=False, hyphenate=True)
    lines = plumber_pages(path)[0].splitlines()
    assert any(line.endswith("-") for line in lines)
    # de-hyphenating the line ends restores the original words exactly
    joined = "".join(l[:-1] if l.endswith("-") else l + " " for l in lines)
    assert joined.split() == words.split()
    assert pdfium_pages(path)[0].split() == plumber_pages(path)[0].split()


def test_wrap_respects_width():
    lines = wrap_text(LONG, 200, 11)
    assert len(lines) > 5
    assert all(text_width(line, 11) <= 200 for line in lines)
    assert " ".join(lines).split() == LONG.split()


def test_deterministic_output(tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    blocks = [("heading", "Title"), ("paragraph", LONG)]
    write_pdf(a, blocks, header="H")
    write_pdf(b, blocks, header="H")
    assert a.read_bytes() == b.read_bytes()
