"""Plain text and Markdown: the extracted text is the file's text, so offsets point into the file."""

from __future__ import annotations

import re
from pathlib import Path

from analyzer.document import Block, Coverage, Document
from analyzer.errors import InputError

_BLANK_LINE = re.compile(r"(?:\r?\n|\r)[ \t\f\v]*(?:\r?\n|\r)")


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes the way a reader would; return (text, warning)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "decoded as UTF-16"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    # UTF-16 without BOM: every other byte is NUL in mostly-ASCII text.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-le"), "decoded as UTF-16 (no BOM)"
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace"), "not UTF-8: decoded as Windows-1252/Latin-1"


def blocks_from_text(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Paragraphs = runs of non-blank lines. Leading/trailing whitespace is left outside blocks."""
    end = len(text) if end is None else end
    blocks: list[Block] = []
    pos = start
    for m in _BLANK_LINE.finditer(text, start, end):
        _add(blocks, text, pos, m.start())
        pos = m.end()
    _add(blocks, text, pos, end)
    return blocks


def _add(blocks: list[Block], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        blocks.append(Block(s, e, "paragraph"))


def read_text(path: Path, fmt: str) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    text, warning = decode(data)
    cov = Coverage()
    if warning:
        cov.warnings.append(warning)
    if "\x00" in text:
        cov.warnings.append("the file contains NUL bytes; they were read as spaces")
        text = text.replace("\x00", " ")
    return Document(path=str(path), format=fmt, text=text, blocks=blocks_from_text(text), coverage=cov)


def document_from_text(text: str, path: str = "<text>") -> Document:
    """A Document for text held in memory (rule examples, tests, other tools), segmented like a file."""
    from analyzer.segment import segment

    doc = Document(path=path, format="txt", text=text, blocks=blocks_from_text(text))
    doc.set_sections(segment(doc))
    doc.coverage.characters = len(text)
    doc.coverage.words = len(text.split())
    return doc
