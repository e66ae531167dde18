"""DOCX via python-docx: body paragraphs and tables in document order, one Block each."""

from __future__ import annotations

import zipfile
from pathlib import Path

from analyzer.document import Block, Coverage, Document
from analyzer.errors import CorruptDocument


class _Builder:
    """Accumulates text and blocks so that every block's offsets are exact."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []

    def add(self, text: str, kind: str, style: str | None = None, bold: bool = False, sep: str = "\n\n") -> None:
        text = text.strip()
        if not text:
            return
        if self.length:
            self.parts.append(sep)
            self.length += len(sep)
        self.blocks.append(Block(self.length, self.length + len(text), kind, style=style, bold=bold))
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _paragraph_kind(par) -> tuple[str, str | None, bool]:
    style = None
    try:
        style = par.style.name if par.style is not None else None
    except (KeyError, ValueError):
        style = None
    runs = [r for r in par.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold for r in runs)
    if style and (style.lower().startswith("heading") or style.lower() == "title"):
        return "heading", style, bold
    if style and style.lower().startswith("list"):
        return "list_item", style, bold
    return "paragraph", style, bold


def _walk_table(table, out: _Builder, cov: Coverage, depth: int = 0) -> None:
    cov.tables += 1
    for row in table.rows:
        seen = set()
        first = True
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            for item in cell.iter_inner_content():
                if hasattr(item, "rows"):
                    if depth < 20:
                        _walk_table(item, out, cov, depth + 1)
                    continue
                out.add(item.text, "table_cell", sep=" | " if not first else "\n")
                first = False
    if out.length:
        out.parts.append("\n")
        out.length += 1


def read_docx(path: Path) -> Document:
    import docx  # python-docx

    try:
        d = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptDocument(f"{path.name}: not a readable DOCX ({exc})") from None
    except Exception as exc:  # lxml errors, missing parts
        raise CorruptDocument(f"{path.name}: not a readable DOCX ({type(exc).__name__}: {exc})") from None
    out = _Builder()
    cov = Coverage()
    for item in d.iter_inner_content():
        if hasattr(item, "rows"):
            _walk_table(item, out, cov)
        else:
            kind, style, bold = _paragraph_kind(item)
            out.add(item.text, kind, style, bold)
    return Document(path=str(path), format="docx", text=out.text, blocks=out.blocks, coverage=cov)
