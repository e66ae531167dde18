"""Read a file into a Document. The format is sniffed from the bytes, not trusted from the name."""

from __future__ import annotations

import os
from pathlib import Path

from analyzer.document import Document
from analyzer.errors import EmptyDocument, InputError, TooLarge, UnsupportedFormat

DEFAULT_MAX_BYTES = 100 * 1024 * 1024

LEGACY = {
    ".doc": "legacy Word .doc is not supported: save it as .docx (File > Save As) or PDF",
    ".rtf": "RTF is not supported: save it as .docx or PDF",
    ".odt": "OpenDocument .odt is not supported: save it as .docx or PDF",
    ".pages": "Apple Pages files are not supported: export to .docx or PDF",
    ".wpd": "WordPerfect files are not supported: save as .docx or PDF",
}
SUPPORTED = (".docx", ".pdf", ".txt", ".md")


def sniff(path: Path, head: bytes) -> str:
    """Return docx | pdf | txt | md from the file's first bytes, or raise a helpful error."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if suffix in LEGACY:
            raise UnsupportedFormat(f"{path.name}: {LEGACY[suffix]}")
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if suffix == ".docx":
            raise InputError(f"{path.name}: password-protected or legacy Word file (OLE container); "
                             "remove the password or save it as a plain .docx")
        raise UnsupportedFormat(f"{path.name}: {LEGACY.get(suffix, LEGACY['.doc'])}")
    if head.startswith(b"{\\rtf"):
        raise UnsupportedFormat(f"{path.name}: {LEGACY['.rtf']}")
    if suffix in LEGACY:
        raise UnsupportedFormat(f"{path.name}: {LEGACY[suffix]}")
    if suffix in (".pdf", ".docx"):
        raise InputError(f"{path.name}: the file is not a valid {suffix[1:].upper()} "
                         "(its content does not match its extension)")
    if suffix == ".md":
        return "md"
    if suffix == ".txt" or suffix == "":
        return "txt"
    raise UnsupportedFormat(f"{path.name}: unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED)})")


def load(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES, pdf_engine: str = "auto", ocr: bool = False) -> Document:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; use 'contract-analyzer batch' for folders")
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(2048)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if size == 0:
        raise EmptyDocument(f"{p.name}: the file is empty (0 bytes)")
    if size > max_bytes:
        raise TooLarge(f"{p.name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                       "(raise it with --max-size)")
    fmt = sniff(p, head)
    if fmt == "pdf":
        from analyzer.ingest.pdf import read_pdf

        doc = read_pdf(p, engine=pdf_engine, ocr=ocr)
    elif fmt == "docx":
        from analyzer.ingest.docx import read_docx

        doc = read_docx(p)
    else:
        from analyzer.ingest.text import read_text

        doc = read_text(p, fmt)
    if not doc.text.strip() and not doc.coverage.pages_without_text:
        raise EmptyDocument(f"{p.name}: no text found in the document")
    from analyzer.segment import segment

    doc.set_sections(segment(doc))
    doc.coverage.characters = len(doc.text)
    doc.coverage.words = len(doc.text.split())
    return doc
