"""PDF ingestion: each engine turns pages into lines with geometry; pdf_layout makes the text.

pypdfium2 is the default ("auto"): about 60x faster than pdfplumber on the same pages and it gives
the character boxes and font sizes the layout needs. pdfplumber stays available as
``--pdf-engine pdfplumber`` for anyone who prefers its layout analysis. Pages without a text layer
are listed in the coverage; with ``--ocr`` and ``tesseract`` on PATH they are read by OCR.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

from analyzer.document import Coverage, Document
from analyzer.errors import CorruptDocument, EncryptedDocument, InputError
from analyzer.ingest.pdf_layout import Line, Page, clean, lay_out

ENGINES = ("auto", "pypdfium2", "pdfplumber")
MIN_PAGE_CHARS = 20  # fewer readable characters than this and the page counts as "no text"
LOW_COVERAGE = 0.25  # warn when more than this share of pages has no text
# A line much wider than its characters need (in font sizes per character) may hold table cells;
# only those lines pay for reading the boxes around their spaces. A gap of CELL_GAP sizes splits.
WIDE_LINE = 0.8
CELL_GAP = 1.5


def _split_cells(tp, rect, start: int, text: str, size: float) -> str:
    """Mark wide gaps inside a line as table cell breaks: "D1 | Discovery report with"."""
    import pypdfium2.raw as raw

    out, last = [], 0
    for j, ch in enumerate(text):
        if ch != " " or j == 0 or j + 1 >= len(text) or text[j - 1] == " ":
            continue
        raw.FPDFText_GetLooseCharBox(tp, start + j - 1, rect)
        right = rect.right
        raw.FPDFText_GetLooseCharBox(tp, start + j + 1, rect)
        if rect.left - right > CELL_GAP * size:
            out.append(text[last:j])
            last = j + 1
    if not out:
        return text
    out.append(text[last:])
    return " | ".join(part.strip() for part in out)


def _pdfium_lines(textpage, height: float) -> list[Line]:
    """Lines from pdfium's text (lines end in CR LF) with the boxes of their first and last chars."""
    import pypdfium2.raw as raw

    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    exact = len(text) == n  # a character outside the BMP shifts str indices from char indices
    tp = textpage.raw
    rect = raw.FS_RECTF()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    lines: list[Line] = []
    pos = 0
    length = len(text)
    while pos < length:
        nl = text.find("\r\n", pos)
        end = length if nl < 0 else nl
        seg = text[pos:end]
        stripped = seg.strip()
        if stripped:
            a = pos + (len(seg) - len(seg.lstrip()))
            b = pos + len(seg.rstrip()) - 1
            if not exact:
                a, b = min(a, n - 1), min(b, n - 1)
            raw.FPDFText_GetLooseCharBox(tp, a, rect)
            top, x0 = height - rect.top, rect.left
            raw.FPDFText_GetLooseCharBox(tp, b, rect)
            bottom, x1 = height - rect.bottom, rect.right
            size = raw.FPDFText_GetFontSize(tp, a)
            weight = raw.FPDFText_GetFontWeight(tp, a)
            bold = weight >= 600
            if not bold and weight <= 0:
                raw.FPDFText_GetFontInfo(tp, a, name, 128, flags)
                bold = b"Bold" in name.value or b"bold" in name.value or bool(flags.value & 0x40000)
            if (exact and size > 0 and " " in stripped and "\ufffe" not in stripped
                    and bottom - top < 1.8 * size and x1 - x0 > WIDE_LINE * size * len(stripped)):
                stripped = _split_cells(tp, rect, a, stripped, size)
            lines.append(Line(clean(stripped), top, max(bottom, top), x0, x1, size, bold))
        if nl < 0:
            break
        pos = nl + 2
    return lines


def _read_pdfium(path: Path) -> tuple[list[Page], list[str]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise EncryptedDocument(f"{path.name}: the PDF is password-protected") from None
        raise CorruptDocument(f"{path.name}: not a readable PDF ({msg.split('(')[-1].rstrip(')') or msg})") from None
    except Exception as exc:
        raise CorruptDocument(f"{path.name}: not a readable PDF ({type(exc).__name__})") from None
    pages: list[Page] = []
    warnings: list[str] = []
    try:
        count = len(pdf)
        if count == 0:
            raise CorruptDocument(f"{path.name}: not a readable PDF (no pages)")
        for i in range(count):
            try:
                page = pdf[i]
            except Exception as exc:
                warnings.append(f"page {i + 1} could not be read ({type(exc).__name__})")
                pages.append(Page(i + 1, 0, 0, readable=False))
                continue
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    pages.append(Page(i + 1, width, height, _pdfium_lines(textpage, height)))
                finally:
                    textpage.close()
            except Exception as exc:
                warnings.append(f"page {i + 1} could not be read ({type(exc).__name__})")
                pages.append(Page(i + 1, 0, 0, readable=False))
            finally:
                page.close()
    finally:
        pdf.close()
    return pages, warnings


def _read_pdfplumber(path: Path) -> tuple[list[Page], list[str]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(str(path))
    except PDFPasswordIncorrect:
        raise EncryptedDocument(f"{path.name}: the PDF is password-protected") from None
    except Exception as exc:
        if any(isinstance(a, PDFPasswordIncorrect) for a in exc.args):  # pdfplumber wraps it
            raise EncryptedDocument(f"{path.name}: the PDF is password-protected") from None
        raise CorruptDocument(f"{path.name}: not a readable PDF ({type(exc).__name__})") from None
    pages: list[Page] = []
    warnings: list[str] = []
    with pdf:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:
            raise CorruptDocument(f"{path.name}: not a readable PDF ({type(exc).__name__})") from None
        if not plumber_pages:
            raise CorruptDocument(f"{path.name}: not a readable PDF (no pages)")
        for number, page in enumerate(plumber_pages, 1):
            try:
                lines = []
                for tl in page.extract_text_lines(return_chars=True, strip=True):
                    chars = tl.get("chars") or [{}]
                    first = chars[0]
                    font = str(first.get("fontname", ""))
                    lines.append(Line(clean(tl["text"]), float(tl["top"]), float(tl["bottom"]), float(tl["x0"]),
                                      float(tl["x1"]), float(first.get("size", 0) or 0),
                                      "bold" in font.lower()))
                pages.append(Page(number, float(page.width), float(page.height), lines))
            except Exception as exc:
                warnings.append(f"page {number} could not be read ({type(exc).__name__})")
                pages.append(Page(number, 0, 0, readable=False))
            finally:
                page.close()
    return pages, warnings


def _page_chars(page: Page) -> int:
    return sum(len(ln.text.strip()) for ln in page.lines)


def read_pdf(path: Path, engine: str = "auto", ocr: bool = False) -> Document:
    if engine not in ENGINES:
        raise InputError(f"unknown PDF engine '{engine}' (choose from {', '.join(ENGINES)})")
    path = Path(path)
    pages, warnings = (_read_pdfplumber if engine == "pdfplumber" else _read_pdfium)(path)
    empty = [p.number for p in pages if _page_chars(p) < MIN_PAGE_CHARS]
    cov = Coverage(pages=len(pages), warnings=list(warnings))
    if empty and ocr:
        from analyzer.ingest.ocr import ocr_pages

        read, note = ocr_pages(path, empty)
        if note:
            cov.warnings.append(note)
        for p in pages:
            if p.number in read and read[p.number]:
                p.lines = read[p.number]
        empty = [p.number for p in pages if _page_chars(p) < MIN_PAGE_CHARS]
        if read:
            cov.warnings.append(f"page(s) {', '.join(map(str, sorted(read)))} read by OCR: check quotes against the PDF")
    for p in pages:  # a near-empty page (a scan with a stray page number) reads as no text at all
        if p.number in empty:
            p.lines = []
    layout = lay_out(pages)
    cov.pages_without_text = empty
    if empty:
        hint = "" if ocr else " (scanned? try --ocr with tesseract installed)"
        cov.warnings.append(f"no text layer on page(s) {', '.join(map(str, empty))}{hint}: "
                            "protections on them could not be checked")
        if len(empty) > LOW_COVERAGE * len(pages):
            cov.warnings.append(f"low coverage: {len(empty)} of {len(pages)} page(s) have no readable text")
    return Document(path=str(path), format="pdf", text=layout.text, blocks=layout.blocks,
                    page_starts=layout.page_starts, coverage=cov,
                    header_footer_text=layout.header_footer_text)
