"""PDF ingestion: page by page, keeping the page of every character."""

from __future__ import annotations

import re
from pathlib import Path

from analyzer.document import Block, Coverage, Document
from analyzer.errors import CorruptDocument, EncryptedDocument

_SENTENCE_END = re.compile(r"[.:;!?]\s*$")
_NEW_ITEM = re.compile(r"^\s*(?:\(?[0-9]+(?:\.[0-9]+)*[.)]?|\([a-z]{1,3}\)|[A-Z]\.|[•\-–])\s")
MIN_PAGE_CHARS = 20


def _paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs: a line ending a sentence or a new numbered item breaks."""
    paras: list[str] = []
    cur: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        if cur and (_NEW_ITEM.match(line) or (line.isupper() and len(line) < 80)):
            paras.append(" ".join(cur))
            cur = []
        if cur and cur[-1].endswith("-") and line[:1].islower():
            cur[-1] = cur[-1][:-1] + line  # de-hyphenate
        else:
            cur.append(line)
        if _SENTENCE_END.search(line) or (line.isupper() and len(line) < 80):
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def read_pdf(path: Path, engine: str = "auto") -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    parts: list[str] = []
    blocks: list[Block] = []
    page_starts: list[int] = []
    cov = Coverage()
    length = 0
    try:
        pdf = pdfplumber.open(str(path))
    except PDFPasswordIncorrect:
        raise EncryptedDocument(f"{path.name}: the PDF is password-protected") from None
    except Exception as exc:
        raise CorruptDocument(f"{path.name}: not a readable PDF ({type(exc).__name__})") from None
    with pdf:
        cov.pages = len(pdf.pages)
        for number, page in enumerate(pdf.pages, 1):
            try:
                text = page.extract_text() or ""
            except Exception as exc:
                cov.warnings.append(f"page {number} could not be read ({type(exc).__name__})")
                text = ""
            finally:
                page.close()
            page_starts.append(length)
            if len(text.strip()) < MIN_PAGE_CHARS:
                cov.pages_without_text.append(number)
            for para in _paragraphs(text.splitlines()):
                if length:
                    parts.append("\n\n")
                    length += 2
                blocks.append(Block(length, length + len(para), "paragraph", page=number))
                parts.append(para)
                length += len(para)
    return Document(path=str(path), format="pdf", text="".join(parts), blocks=blocks,
                    page_starts=page_starts, coverage=cov)
