"""Read a file into a Document. The format is sniffed from the bytes, not trusted from the name."""

from __future__ import annotations

import os
from pathlib import Path

from analyzer.document import Document
from analyzer.errors import EmptyDocument, InputError, TooLarge, UnsupportedFormat
from analyzer.ingest import guard

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_PAGES = guard.DEFAULT_MAX_PAGES

LEGACY = {
    ".doc": "legacy Word .doc is not supported: save it as .docx (File > Save As) or PDF",
    ".rtf": "RTF is not supported: save it as .docx or PDF",
    ".odt": "OpenDocument .odt is not supported: save it as .docx or PDF",
    ".pages": "Apple Pages files are not supported: export to .docx or PDF",
    ".wpd": "WordPerfect files are not supported: save as .docx or PDF",
}
SUPPORTED = (".docx", ".pdf", ".txt", ".md")
# Files that are plainly not documents, whatever their name says. Each magic holds a byte no
# text file starts with, so a .txt contract is never mistaken for one.
NOT_DOCUMENTS = (
    (b"\x89PNG", "a PNG image (a scan? run OCR and save it as a PDF with a text layer)"),
    (b"\xff\xd8\xff", "a JPEG image (a scan? run OCR and save it as a PDF with a text layer)"),
    (b"II*\x00", "a TIFF image (a scan? run OCR and save it as a PDF with a text layer)"),
    (b"MM\x00*", "a TIFF image (a scan? run OCR and save it as a PDF with a text layer)"),
    (b"\x1f\x8b", "a gzip archive: unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive: unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive: unpack it first"),
    (b"\x7fELF", "a program, not a document"),
)


def sniff(path: Path, head: bytes) -> str:
    """Return docx | pdf | ole | txt | md from the file's first bytes, or raise a helpful error.

    "ole" (an OLE container: encrypted Office file or legacy .doc) is never read; guard.check_ole
    says which it is.
    """
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if suffix in LEGACY:
            raise UnsupportedFormat(f"{path.name}: {LEGACY[suffix]}")
        return "docx"
    if head.startswith(guard.CFB_MAGIC):
        return "ole"
    if head.startswith(b"{\\rtf"):
        raise UnsupportedFormat(f"{path.name}: {LEGACY['.rtf']}")
    if suffix in LEGACY:
        raise UnsupportedFormat(f"{path.name}: {LEGACY[suffix]}")
    for magic, what in NOT_DOCUMENTS:
        if head.startswith(magic):
            raise UnsupportedFormat(f"{path.name}: {what}")
    if suffix in (".pdf", ".docx"):
        raise InputError(f"{path.name}: the file is not a valid {suffix[1:].upper()} "
                         "(its content does not match its extension)")
    if suffix == ".md":
        return "md"
    if suffix == ".txt" or suffix == "":
        return "txt"
    raise UnsupportedFormat(f"{path.name}: unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED)})")


def load(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES, pdf_engine: str = "auto",
         max_pages: int | None = DEFAULT_MAX_PAGES, ocr: bool = False) -> Document:
    """Sniff, guard (guard.py refuses hostile files before any parser runs), parse, segment."""
    p = Path(path)
    if not p.exists():
        if p.is_symlink():
            raise InputError(f"{p}: a broken or looping symbolic link")
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; use 'contract-analyzer batch' for folders")
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(2048)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except FileNotFoundError:  # removed between the check above and the read (a changing folder)
        raise InputError(f"{p}: no such file (it was removed while being read)") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise EmptyDocument(f"{p.name}: the file is empty (0 bytes)")
    if size > max_bytes:
        raise TooLarge(f"{p.name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                       "(raise it with --max-size)")
    fmt = sniff(p, head)
    if fmt == "ole":
        guard.check_ole(p, _read_all(p))
    warnings = guard.check(p, fmt, max_pages=max_pages)
    if fmt == "pdf":
        from analyzer.ingest.pdf import read_pdf

        doc = read_pdf(p, engine=pdf_engine, ocr=ocr)
    elif fmt == "docx":
        from analyzer.ingest.docx import read_docx

        doc = read_docx(p)
    else:
        from analyzer.ingest.text import read_text

        doc = read_text(p, fmt)
    doc.coverage.warnings.extend(warnings)
    if not doc.text.strip() and not doc.coverage.pages_without_text:
        if any(t.strip() for t in doc.header_footer_text):
            raise EmptyDocument(f"{p.name}: no body text found: every line repeats on each page, "
                                "so all of it was read as running headers and footers")
        raise EmptyDocument(f"{p.name}: no text found in the document")
    from analyzer.segment import segment

    doc.set_sections(segment(doc))
    doc.coverage.characters = len(doc.text)
    doc.coverage.words = len(doc.text.split())
    return doc


def _read_all(p: Path) -> bytes:
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
