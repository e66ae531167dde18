"""Word gap report (python-docx): real Heading 1/2 styles, tables and quotes, so a lawyer can edit and forward it.

Same content as the HTML report. Contract text is cleaned of control characters (invalid in Word XML)
and added as plain runs, so nothing in it is interpreted.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone

from analyzer import __version__
from analyzer.findings import Finding, Review, Status
from analyzer.report import Options
from analyzer.report.common import (DISCLAIMER, SCORE_FORMULA, by_family, coverage_line, family_name, headline,
                                    key_term_lines, label, location, method_line, one_line, playbook_line,
                                    quoted_and_rest, score, severity_rows, side, status_counts, symbol_label)

# (text colour, cell shading) per label; contrast passes WCAG AA, and the label text carries the meaning
COLOURS = {"bad": ("8A1C1C", "FDECEA"), "weak": ("6A4300", "FFF3D4"), "ok": ("1B5E20", "E7F4E8"),
           "unknown": ("4A148C", "F3E5F5")}
STATUS_CLASS = {"present": "ok", "absent (good)": "ok", "WEAK": "weak", "MISSING": "bad", "RISK": "bad",
                "not verified": "unknown"}
HEADER_FILL = "E8EAED"
INK = "1F2F4D"


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _table(doc, header: list[str] | None, rows: list[list[str]], widths: list[float] | None = None):
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=len(rows[0] if rows else header), style="Table Grid")
    table.autofit = False
    _cell_margins(table)
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            _shade(cell, HEADER_FILL)
        _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = one_line(text)
    if widths:  # Word reads the cell widths, LibreOffice the grid columns: set both
        for col, w in zip(table.columns, widths):
            col.width = Cm(w)
        for row in table.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    return table


def _cell_margins(table, top: int = 40, side: int = 90) -> None:
    """Breathing room inside cells (twentieths of a point), so tables read like a lawyer's memo."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mar = OxmlElement("w:tblCellMar")
    for edge, value in (("top", top), ("bottom", top), ("left", side), ("right", side)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(value))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    table._tbl.tblPr.append(mar)


def _styles(doc) -> None:
    """Dark heading colours (WCAG AA on white) and a calmer suggested-language quote."""
    from docx.shared import Pt, RGBColor

    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor.from_string(INK)
    doc.styles["Title"].font.size = Pt(22)
    quote = doc.styles["Intense Quote"].font
    quote.bold = False
    quote.color.rgb = RGBColor.from_string(INK)


def _status_run(paragraph, f: Finding, size=None):
    from docx.shared import RGBColor

    fg, _ = COLOURS[STATUS_CLASS[label(f)]]
    run = paragraph.add_run(symbol_label(f).upper())
    run.bold = True
    run.font.color.rgb = RGBColor.from_string(fg)
    if size:
        run.font.size = size
    return run


def _caption(doc, caption: str) -> None:
    p = doc.add_paragraph()
    p.add_run(caption).bold = True
    p.paragraph_format.keep_with_next = True  # never a label alone at the foot of a page


def _styled(doc, text: str, style: str | None):
    """add_paragraph with the style id set directly: python-docx's by-name lookup scans every style
    on each call and made a 60-finding report take a second."""
    p = doc.add_paragraph(text)
    if style:
        ids = doc.__dict__.setdefault("_style_ids", {})
        if style not in ids:
            ids[style] = doc.styles[style].style_id
        p._p.style = ids[style]
    return p


def _heading(doc, text: str, level: int):
    return _styled(doc, text, f"Heading {level}")


def _labelled(doc, caption: str, text: str, style: str | None = None) -> None:
    _caption(doc, caption)
    _styled(doc, one_line(text), style)


def render(review: Review, options: Options = Options()) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(2))
    _styles(doc)
    name = review.path.replace("\\", "/").rsplit("/", 1)[-1]
    today = datetime.now(timezone.utc)
    props = doc.core_properties
    props.title = f"Contract gap report: {one_line(name)}"
    props.subject = "Contract review"
    props.author = "contract-analyzer"
    props.comments = f"Generated by contract-analyzer {__version__}"

    _styled(doc, f"Contract gap report: {one_line(name)}", "Title")
    meta = [["Document", review.path], ["Reviewed for", side(review)]]
    if playbook_line(review):
        meta.append(["Playbook", playbook_line(review)])
    meta += [["Coverage", coverage_line(review)], ["Method", method_line(review)],
             ["Generated", f"{today.day} {today:%B %Y} by contract-analyzer {__version__}"]]
    t = _table(doc, None, meta, [3.5, 13.5])
    for row in t.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    for w in review.coverage.get("warnings", []):
        doc.add_paragraph().add_run(f"Warning: {one_line(w)}").bold = True

    groups = by_family(review)
    _heading(doc, "Summary", 1)
    s = score(review)
    p = doc.add_paragraph()
    run = p.add_run(f"Protection score: {s if s is not None else 'n/a'}/100")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph(headline(review)).runs[0].bold = True
    _table(doc, ["Severity", "Problems", "Missing or risk present", "Weak"],
           [[sev.capitalize(), str(n), str(m), str(w)] for sev, n, m, w in severity_rows(review)],
           [4.5, 3.5, 5, 4])
    doc.add_paragraph("All checks: " + ", ".join(f"{n} {lab}" for lab, n in status_counts(review)) + ".")
    formula = doc.add_paragraph()
    formula.add_run("How the score is computed. ").bold = True
    formula.add_run(SCORE_FORMULA).italic = True
    problems = [f for _, fs in groups for f in fs if f.is_problem]
    if problems:
        _heading(doc, "Needs attention, worst first", 2)
        rows = []
        ordered = sorted(problems, key=lambda f: (-f.severity.rank, f.status != Status.MISSING, f.title))
        for f in ordered:
            rows.append([symbol_label(f).upper(), f.severity.value.capitalize(), f.title,
                         location(f.evidence[0]) if f.evidence else "not found in the document"])
        table = _table(doc, ["Status", "Severity", "Protection", "Where"], rows, [3.2, 2.3, 6.5, 5])
        for row, f in zip(table.rows[1:], ordered):
            fg, fill = COLOURS[STATUS_CLASS[label(f)]]
            _shade(row.cells[0], fill)
            r = row.cells[0].paragraphs[0].runs[0]
            r.bold = True
            r.font.color.rgb = RGBColor.from_string(fg)

    _heading(doc, "Key terms", 1)
    _table(doc, ["Term", "As read from the document"], [[k, v] for k, v in key_term_lines(review)], [5, 12])

    for family, fs in groups:
        _heading(doc, family_name(family), 1)
        for f in fs:
            h = _heading(doc, "", 2)
            _status_run(h, f)
            h.add_run(f"  {one_line(f.title)}")
            facts = doc.add_paragraph()
            facts.add_run(f"Severity: {f.severity.value.capitalize()}").bold = True
            facts.add_run(f"  \u00b7  Rule {f.rule_id}"
                          + ("  \u00b7  a clause that hurts the signer when present" if f.kind == "risk" else ""))
            doc.add_paragraph(one_line(f.message))
            if f.evidence:
                _caption(doc, "What the contract says")
                shown, also = quoted_and_rest(f)
                for e in shown:
                    quote = _styled(doc, one_line(e.text), "Quote")
                    quote.paragraph_format.keep_with_next = bool(location(e))
                    where = location(e)
                    if where:
                        cap = doc.add_paragraph()
                        cap.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        cap.add_run(where[:1].upper() + where[1:]).italic = True
                if also:
                    doc.add_paragraph().add_run(one_line(also[:1].upper() + also[1:])).italic = True
            if f.is_problem and f.rationale:
                _labelled(doc, "Why it matters", f.rationale)
            if f.is_problem and f.suggestion:
                _labelled(doc, "Suggested language", f.suggestion, style="Intense Quote")

    _heading(doc, "About this report", 1)
    doc.add_paragraph(
        f"Perspective: the report looks for the protections {side(review)} needs. Each "
        "finding is present, weak (found, but a stated condition makes it less protective), missing, or not "
        "verified (not found, but part of the document had no readable text). Quotes are copied from the text "
        "the tool extracted, with the section and page where they were found.")
    doc.add_paragraph(SCORE_FORMULA)
    if review.playbooks:
        doc.add_paragraph("Playbooks applied, in order: " + ", ".join(
            f"{p.get('name')} (version {p.get('version')})" for p in review.playbooks) + ".")
    doc.add_paragraph(DISCLAIMER).runs[0].italic = True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
