"""DOCX: the text the signer sees, in document order, one Block per paragraph or table cell.

We walk the WordprocessingML ourselves (python-docx opens the package and parts) because the
signer's text includes what python-docx's ``paragraph.text`` leaves out or gets wrong: automatic
list numbers, content controls (w:sdt), text boxes, footnotes and endnotes, and tracked changes
(insertions shown, deletions not). Headers and footers are read once and kept apart; comments,
field instructions and hidden text are not contract text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from analyzer.document import Block, Coverage, Document
from analyzer.errors import CorruptDocument
from analyzer.ingest.docx_numbering import Numbering
from analyzer.ingest.normalize import clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_DEPTH = 20  # nested tables / text boxes deeper than this are hostile, not contracts
_TRACKED = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")
_SKIPPED = {f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}instrText", f"{W}delInstrText",
            f"{W}commentReference", f"{W}footnoteReference", f"{W}endnoteReference", f"{W}rPr", f"{W}pPr"}
_CONTAINERS = {f"{W}hyperlink", f"{W}smartTag", f"{W}customXml", f"{W}fldSimple", f"{W}ins", f"{W}moveTo",
               f"{W}bdo", f"{W}dir", f"{W}r"}
_REL_HEADER = ("/header", "/footer")
_REL_NOTES = ("/footnotes", "/endnotes")


class _Builder:
    """Accumulates text and blocks so that every block's offsets are exact."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []

    def add(self, text: str, kind: str, style: str | None = None, bold: bool = False, sep: str = "\n\n",
            bold_prefix: int = 0) -> None:
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            return
        if self.length:
            self.parts.append(sep)
            self.length += len(sep)
        self.blocks.append(Block(self.length, self.length + len(text), kind, style=style, bold=bold,
                                 bold_prefix=min(max(0, bold_prefix - lead), len(text))))
        self.parts.append(text)
        self.length += len(text)

    def newline(self) -> None:
        if self.length:
            self.parts.append("\n")
            self.length += 1

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _on(el) -> bool:
    return el is not None and el.get(f"{W}val", "true") not in ("0", "false", "off")


class _Reader:
    def __init__(self, numbering: Numbering | None, style_names: dict[str, str], cov: Coverage):
        self.numbering = numbering
        self.style_names = style_names
        self.cov = cov

    # -- runs -------------------------------------------------------------------------------------
    def _inline(self, el, out: list[str], bold: list[tuple[int, bool]], boxes: list, depth: int) -> None:
        """Text of the runs under a paragraph-level element, in order."""
        for child in el:
            tag = child.tag
            if tag in _SKIPPED or not isinstance(tag, str):
                continue
            if tag == f"{W}r":
                rpr = child.find(f"{W}rPr")
                if rpr is not None and _on(rpr.find(f"{W}vanish")):
                    continue  # hidden text
                before = len(out)
                self._run(child, out, boxes, depth)
                added = "".join(out[before:])
                if added.strip():
                    # (characters before this run, is it bold)
                    bold.append((sum(map(len, out)) - len(added), rpr is not None and _on(rpr.find(f"{W}b"))))
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self._inline(content, out, bold, boxes, depth)
            elif tag == f"{MC}AlternateContent":
                branch = child.find(f"{MC}Choice")
                if branch is None:
                    branch = child.find(f"{MC}Fallback")
                if branch is not None:
                    self._inline(branch, out, bold, boxes, depth)
            elif tag in _CONTAINERS:
                self._inline(child, out, bold, boxes, depth)

    def _run(self, r, out: list[str], boxes: list, depth: int) -> None:
        for c in r:
            tag = c.tag
            if tag == f"{W}t":
                out.append(clean(c.text or ""))
            elif tag in (f"{W}tab", f"{W}ptab"):
                out.append(" ")
            elif tag == f"{W}br":
                out.append(" " if c.get(f"{W}type") in ("page", "column") else "\n")
            elif tag == f"{W}cr":
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag == f"{W}sym":
                code = c.get(f"{W}char", "")
                try:
                    ch = chr(int(code, 16))
                except ValueError:
                    continue
                if not 0xE000 <= ord(ch) <= 0xF8FF:  # symbol-font private-use glyphs are not text
                    out.append(clean(ch))
            elif tag in (f"{W}drawing", f"{W}pict", f"{MC}AlternateContent", f"{W}object"):
                boxes.extend(_text_boxes(c))

    # -- blocks -----------------------------------------------------------------------------------
    def paragraph(self, p, out: _Builder, kind_override: str | None = None, sep: str = "\n\n",
                  depth: int = 0) -> bool:
        """Add one paragraph (and any text boxes anchored in it). True when text was added."""
        ppr = p.find(f"{W}pPr")
        style_id = None
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            style_id = None if ps is None else ps.get(f"{W}val")
        style = self.style_names.get(style_id, style_id) if style_id else None
        parts: list[str] = []
        bold: list[tuple[int, bool]] = []
        boxes: list = []
        self._inline(p, parts, bold, boxes, depth)
        raw = "".join(parts)
        text = raw.strip()
        # a leading bold run ("Payment. Client shall pay...") is a heading cue for segment.py
        first_plain = next((at for at, b in bold if not b), None)
        bold_prefix = first_plain - (len(raw) - len(raw.lstrip())) if bold and bold[0][1] and first_plain else 0
        # An empty numbered paragraph (often just the carrier of a section break) does not use up a
        # number: the forms' own cross-references count that way.
        label = self.numbering.label(ppr, style_id) if self.numbering is not None and text else None
        if label:
            text = f"{label[0]}{label[1]}{text}"
            if bold_prefix:
                bold_prefix += len(label[0]) + len(label[1])
        lowered = (style or "").lower()
        if kind_override:
            kind = kind_override
        elif lowered.startswith("heading") or lowered == "title":
            kind = "heading"
        elif label or lowered.startswith("list"):
            kind = "list_item"
        else:
            kind = "paragraph"
        before = out.length
        out.add(text, kind, style, bool(bold) and all(b for _, b in bold), sep=sep, bold_prefix=bold_prefix)
        for box in boxes:
            if depth < MAX_DEPTH:
                self.container(box, out, depth + 1)
        return out.length != before

    def container(self, el, out: _Builder, depth: int = 0) -> None:
        """Block-level content: body, table cell, text box, content control, footnote."""
        for child in el:
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child, out, depth=depth)
            elif tag == f"{W}tbl":
                if depth < MAX_DEPTH:
                    self.table(child, out, depth + 1)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.container(content, out, depth)
            elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo"):
                self.container(child, out, depth)
            elif tag == f"{MC}AlternateContent":
                branch = child.find(f"{MC}Choice")
                if branch is None:
                    branch = child.find(f"{MC}Fallback")
                if branch is not None:
                    self.container(branch, out, depth)

    def _rows(self, el):
        for child in el:
            if child.tag == f"{W}tr":
                trpr = child.find(f"{W}trPr")
                if trpr is not None and trpr.find(f"{W}del") is not None:
                    continue  # a deleted row
                yield child
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                inner = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
                if inner is not None:
                    yield from self._rows(inner)

    def _cells(self, tr):
        for child in tr:
            if child.tag == f"{W}tc":
                yield child
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                inner = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
                if inner is not None:
                    yield from self._cells(inner)

    def table(self, tbl, out: _Builder, depth: int) -> None:
        """Row by row, cell by cell: a row is one line, cells joined by " | "."""
        self.cov.tables += 1
        for tr in self._rows(tbl):
            first = True
            for tc in self._cells(tr):
                for item in _cell_items(tc):
                    if item.tag == f"{W}tbl":
                        if depth < MAX_DEPTH:
                            self.table(item, out, depth + 1)
                        first = True
                        continue
                    if self.paragraph(item, out, "table_cell", sep="\n" if first else " | ", depth=depth):
                        first = False
        out.newline()


def _cell_items(tc):
    """Paragraphs and nested tables of a cell, looking through content controls."""
    for child in tc:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _cell_items(content)
        elif child.tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo"):
            yield from _cell_items(child)


def _text_boxes(el) -> list:
    """Outermost w:txbxContent elements under a drawing; the mc:Fallback copy is skipped."""
    found = []

    def visit(node):
        for child in node:
            if child.tag == f"{W}txbxContent":
                found.append(child)
            elif child.tag == f"{MC}AlternateContent":
                branch = child.find(f"{MC}Choice")
                if branch is None:
                    branch = child.find(f"{MC}Fallback")
                if branch is not None:
                    visit(branch)
            elif isinstance(child.tag, str):
                visit(child)

    if el.tag == f"{MC}AlternateContent":
        branch = el.find(f"{MC}Choice")
        if branch is None:
            branch = el.find(f"{MC}Fallback")
        if branch is not None:
            visit(branch)
    else:
        visit(el)
    return found


def _part_xml(part):
    el = getattr(part, "element", None)
    if el is not None:
        return el
    from lxml import etree

    return etree.fromstring(part.blob)


def _related(doc_part, suffixes: tuple[str, ...]):
    seen = set()
    for rel in doc_part.rels.values():
        if rel.is_external or not rel.reltype.endswith(suffixes):
            continue
        part = rel.target_part
        if part.partname in seen:
            continue
        seen.add(part.partname)
        yield rel.reltype, part


def read_docx(path: Path) -> Document:
    import docx  # python-docx

    path = Path(path)
    try:
        d = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptDocument(f"{path.name}: not a readable DOCX ({exc})") from None
    except Exception as exc:  # lxml errors, missing parts
        raise CorruptDocument(f"{path.name}: not a readable DOCX ({type(exc).__name__}: {exc})") from None
    cov = Coverage()
    try:
        styles_el = d.styles.element
        style_names = {s.get(f"{W}styleId"): (s.find(f"{W}name").get(f"{W}val") if s.find(f"{W}name") is not None
                                                else s.get(f"{W}styleId"))
                       for s in styles_el.iter(f"{W}style")}
    except Exception:
        styles_el, style_names = None, {}
    try:
        numbering_el = d.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_el = None
    numbering = Numbering(numbering_el, styles_el)
    body = d.element.body
    cov.tracked_changes = any(True for _ in body.iter(*_TRACKED))
    reader = _Reader(numbering, style_names, cov)
    out = _Builder()
    reader.container(body, out)
    # Footnotes and endnotes after the body, in part order; separators and notices are skipped.
    notes = _Reader(None, style_names, Coverage())
    for _, part in _related(d.part, _REL_NOTES):
        try:
            root = _part_xml(part)
        except Exception:
            cov.warnings.append("the footnotes/endnotes could not be read")
            continue
        for note in root:
            if note.tag not in (f"{W}footnote", f"{W}endnote") or note.get(f"{W}type") in (
                    "separator", "continuationSeparator", "continuationNotice"):
                continue
            if not cov.tracked_changes and any(True for _ in note.iter(*_TRACKED)):
                cov.tracked_changes = True
            for p in note.iter(f"{W}p"):
                notes.paragraph(p, out, "paragraph")
                if out.blocks and out.blocks[-1].style is None:
                    out.blocks[-1].style = "footnote"
    # Headers and footers: read once each, kept apart from the contract text.
    aside: list[str] = []
    hf_reader = _Reader(None, style_names, Coverage())
    for _, part in _related(d.part, _REL_HEADER):
        try:
            root = _part_xml(part)
        except Exception:
            continue
        hb = _Builder()
        hf_reader.container(root, hb)
        for b in hb.blocks:
            t = hb.text[b.start:b.end]
            if t not in aside:
                aside.append(t)
    return Document(path=str(path), format="docx", text=out.text, blocks=out.blocks, coverage=cov,
                    header_footer_text=aside)
