"""Plain text and Markdown: the extracted text is the file's text, so offsets point into the file."""

from __future__ import annotations

from pathlib import Path

from analyzer.document import Block, Coverage, Document
from analyzer.errors import InputError, UnsupportedFormat
from analyzer.pagebreaks import BLANK_LINE, join_page_breaks


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes the way a reader would; return (text, warning). Never raises."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:  # strict: UTF-16 text that starts with U+0000 has the same first four bytes
            return data.decode("utf-32"), "decoded as UTF-32"
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "decoded as UTF-16"
    # UTF-16 without BOM: every other byte is NUL in mostly-Latin text. Checked before UTF-8,
    # because NUL is valid UTF-8 and "T\0h\0e\0" would otherwise decode as spaced-out garbage.
    bom_less = _utf16_without_bom(data)
    if bom_less:
        return data.decode(bom_less, errors="replace"), "decoded as UTF-16 (no BOM)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace"), "not UTF-8: decoded as Windows-1252/Latin-1"


def _utf16_without_bom(data: bytes, sample: int = 65536) -> str | None:
    head = data[:sample - sample % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > half // 2 and even * 4 < odd:
        return "utf-16-le"
    if even > half // 2 and odd * 4 < even:
        return "utf-16-be"
    return None


def looks_binary(text: str, sample: int = 65536) -> bool:
    """More than 10% control characters (NUL included, whitespace not): a program or image, not text."""
    head = text[:sample]
    controls = sum(1 for c in head if c < " " and c not in "\t\n\r\f\v" or "\x7f" <= c < "\xa0")
    return bool(head) and controls > len(head) // 10


def blocks_from_text(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Paragraphs = runs of non-blank lines, joined again where a page break cut a sentence.
    Leading/trailing whitespace is left outside blocks."""
    end = len(text) if end is None else end
    blocks: list[Block] = []
    pos = start
    for m in BLANK_LINE.finditer(text, start, end):
        _add(blocks, text, pos, m.start())
        pos = m.end()
    _add(blocks, text, pos, end)
    return join_page_breaks(text, blocks)


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
    if looks_binary(text):
        raise UnsupportedFormat(f"{path.name}: binary data, not text: supported are .docx, .pdf, .txt and .md")
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
