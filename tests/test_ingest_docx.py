"""DOCX ingestion on fixtures built here with python-docx plus raw WordprocessingML.

Each fixture holds one feature the signer sees (or must not see), so a failure names the feature.
"""

import pytest
from docx import Document as NewDocx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from analyzer.errors import CorruptDocument
from analyzer.ingest import load
from analyzer.ingest.docx import read_docx
from analyzer.ingest.docx_numbering import format_number, letters, roman

W = nsdecls("w")
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _levels(spec):
    """spec: list of (numFmt, lvlText[, start]) for levels 0.."""
    out = []
    for i, item in enumerate(spec):
        fmt, text = item[0], item[1]
        start = item[2] if len(item) > 2 else 1
        out.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>')
    return "".join(out)


def add_numbering(d, abstract_id, num_id, spec, overrides=""):
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{_levels(spec)}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                               f'{overrides}</w:num>'))


def numbered(d, text, num_id, ilvl=0, style=None):
    p = d.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def save(d, tmp_path, name="t.docx"):
    path = tmp_path / name
    d.save(path)
    return path


def texts(doc):
    return [doc.block_text(b) for b in doc.blocks]


def test_automatic_numbering_is_rebuilt(tmp_path):
    d = NewDocx()
    add_numbering(d, 10, 5, [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"),
                             ("lowerRoman", "(%4)")])
    numbered(d, "Services", 5, 0)
    numbered(d, "Provider shall perform the Services.", 5, 1)
    numbered(d, "Customer shall cooperate.", 5, 1)
    numbered(d, "Fees", 5, 0)
    numbered(d, "Customer shall pay:", 5, 1)
    numbered(d, "the fees;", 5, 2)
    numbered(d, "the expenses, being:", 5, 2)
    numbered(d, "travel;", 5, 3)
    numbered(d, "lodging.", 5, 3)
    numbered(d, "Invoices are due in 30 days.", 5, 1)
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["1. Services", "1.1 Provider shall perform the Services.", "1.2 Customer shall cooperate.",
                          "2. Fees", "2.1 Customer shall pay:", "(a) the fees;", "(b) the expenses, being:",
                          "(i) travel;", "(ii) lodging.", "2.2 Invoices are due in 30 days."]
    assert all(b.kind == "list_item" for b in doc.blocks)


def test_start_values_overrides_and_upper_formats(tmp_path):
    d = NewDocx()
    add_numbering(d, 11, 6, [("upperRoman", "ARTICLE %1"), ("upperLetter", "%2.")], )
    add_numbering(d, 12, 7, [("decimal", "%1)", 4)])
    # num 8 reuses abstract 12 but restarts at 1: a second list that starts again
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(f'<w:num {W} w:numId="8"><w:abstractNumId w:val="12"/>'
                               f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    numbered(d, "DEFINITIONS", 6, 0)
    numbered(d, "First letter item", 6, 1)
    numbered(d, "Second letter item", 6, 1)
    numbered(d, "PAYMENT", 6, 0)
    numbered(d, "Starts at four", 7, 0)
    numbered(d, "Then five", 7, 0)
    numbered(d, "A new list from one", 8, 0)
    doc = read_docx(save(d, tmp_path))
    assert texts(doc) == ["ARTICLE I DEFINITIONS", "A. First letter item", "B. Second letter item",
                          "ARTICLE II PAYMENT", "4) Starts at four", "5) Then five", "1) A new list from one"]


def test_numbering_through_a_heading_style_and_bullets(tmp_path):
    d = NewDocx()
    add_numbering(d, 13, 9, [("decimal", "%1."), ("decimal", "%1.%2")])
    add_numbering(d, 14, 10, [("bullet", "\uf0b7")])
    styles = d.styles.element
    for sid, lvl in (("Heading1", 0), ("Heading2", 1)):
        st = next(s for s in styles.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}style")
                  if s.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId") == sid)
        st.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{lvl}"/><w:numId w:val="9"/></w:numPr>'))
    d.add_paragraph("Limitation of Liability", style="Heading 1")
    d.add_paragraph("Cap", style="Heading 2")
    d.add_paragraph("Each party's liability is capped at the fees paid.")
    numbered(d, "an unnumbered bullet point", 10)
    doc = load(save(d, tmp_path))
    assert texts(doc)[:4] == ["1. Limitation of Liability", "1.1 Cap",
                              "Each party's liability is capped at the fees paid.", "\u2022 an unnumbered bullet point"]
    assert doc.blocks[0].kind == "heading"
    labels = [s.label for s in doc.sections]
    assert labels[:2] == ["1 Limitation of Liability", "1.1 Cap"]
    assert doc.sections[1].level > doc.sections[0].level


def test_tables_nested_tables_in_order(tmp_path):
    d = NewDocx()
    d.add_paragraph("Before the table.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Milestone", "Fee"
    t.cell(1, 0).text = "Design"
    inner = t.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "USD 5,000", "net 30"
    d.add_paragraph("After the table.")
    doc = read_docx(save(d, tmp_path))
    assert doc.coverage.tables == 2
    order = [doc.text.index(s) for s in ("Before the table.", "Milestone", "Fee", "Design", "USD 5,000", "net 30",
                                         "After the table.")]
    assert order == sorted(order)
    assert "Milestone | Fee" in doc.text
    assert sum(b.kind == "table_cell" for b in doc.blocks) == 5


def test_tracked_changes_insertions_accepted_deletions_removed(tmp_path):
    d = NewDocx()
    p = d.add_paragraph("Payment is due within ")
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="Client" w:date="2026-01-01T00:00:00Z">'
                          f'<w:r><w:delText>thirty (30)</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="Client" w:date="2026-01-01T00:00:00Z">'
                          f'<w:r><w:t>ninety (90)</w:t></w:r></w:ins>'))
    p.add_run(" days.")
    doc = load(save(d, tmp_path))
    assert doc.text == "Payment is due within ninety (90) days."
    assert doc.coverage.tracked_changes is True
    plain = NewDocx()
    plain.add_paragraph("Payment is due within thirty (30) days.")
    assert read_docx(save(plain, tmp_path, "plain.docx")).coverage.tracked_changes is False


def test_headers_and_footers_are_read_once_and_kept_apart(tmp_path):
    d = NewDocx()
    d.sections[0].header.paragraphs[0].text = "ACME CONFIDENTIAL"
    d.sections[0].footer.paragraphs[0].text = "Master Services Agreement v2"
    for i in range(3):
        d.add_paragraph(f"Clause {i} text.")
        d.add_page_break()
    doc = read_docx(save(d, tmp_path))
    assert "ACME CONFIDENTIAL" not in doc.text and "Master Services" not in doc.text
    assert doc.header_footer_text.count("ACME CONFIDENTIAL") == 1
    assert "Master Services Agreement v2" in doc.header_footer_text


def test_content_controls_and_text_boxes_are_read(tmp_path):
    d = NewDocx()
    d.add_paragraph("Opening paragraph.")
    body = d.element.body
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Customer: Acme Ltd</w:t></w:r></w:p>'
                    f'</w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, sdt)
    p = d.add_paragraph("Anchor paragraph ")
    inline = parse_xml(f'<w:sdt {W}><w:sdtContent><w:r><w:t>with an inline control</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(inline)
    box = ('<w:txbxContent><w:p><w:r><w:t>Text box: fees exclude VAT.</w:t></w:r></w:p></w:txbxContent>')
    run = parse_xml(
        f'<w:r {W} {MC}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><anchor><graphic><wsp><txbx>'
        f'{box}</txbx></wsp></graphic></anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><shape><textbox>'
        f'{box}</textbox></shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    p._p.append(run)
    doc = read_docx(save(d, tmp_path))
    assert "Customer: Acme Ltd" in texts(doc)
    assert "Anchor paragraph with an inline control" in texts(doc)
    assert doc.text.count("Text box: fees exclude VAT.") == 1  # the mc:Fallback copy is not read twice


def test_footnotes_are_read_and_comments_are_not(tmp_path):
    d = NewDocx()
    p = d.add_paragraph("The cap applies to all claims.")
    d.add_comment(p.runs[0], text="REVIEWER: push back on this", author="R")
    xml = (f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Except claims for unpaid fees.</w:t></w:r></w:p>'
           f'</w:footnote></w:footnotes>').encode()
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml, d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    p._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="1"/></w:r>'))
    doc = read_docx(save(d, tmp_path))
    assert "Except claims for unpaid fees." in texts(doc)
    assert "REVIEWER" not in doc.text
    assert doc.text.index("The cap applies") < doc.text.index("Except claims")


def test_characters_are_normalised_and_offsets_still_agree(tmp_path):
    d = NewDocx()
    d.add_paragraph("\u201cServices\u201d means the consulting\u00a0services; the Supplier\u2019s co\u00adoperation.")
    p = d.add_paragraph("Total: ")
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText> = 2 * 50 </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t>100</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vanish/></w:rPr><w:t>hidden note</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> hours</w:t><w:noBreakHyphen/><w:t>based</w:t></w:r>'))
    doc = load(save(d, tmp_path))
    assert texts(doc) == ['"Services" means the consulting services; the Supplier\'s cooperation.',
                          "Total: 100 hours-based"]
    assert [t.term for t in doc.defined_terms] == ["Services"]
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == doc.block_text(b)


def test_a_leading_bold_run_is_a_heading_cue(tmp_path):
    d = NewDocx()
    p = d.add_paragraph()
    p.add_run("Payment.").bold = True
    p.add_run(" Customer shall pay each invoice within 30 days.")
    doc = load(save(d, tmp_path))
    assert doc.blocks[0].bold_prefix == len("Payment.")
    assert doc.sections and doc.sections[0].heading == "Payment"


def test_a_damaged_docx_is_a_one_line_error(tmp_path):
    path = tmp_path / "broken.docx"
    good = NewDocx()
    good.add_paragraph("text")
    good.save(path)
    path.write_bytes(path.read_bytes()[:400])
    with pytest.raises(CorruptDocument) as exc:
        read_docx(path)
    assert "\n" not in exc.value.message


def test_number_formats():
    assert [letters(n) for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert [roman(n) for n in (1, 4, 9, 14, 40, 1999)] == ["i", "iv", "ix", "xiv", "xl", "mcmxcix"]
    assert format_number(3, "upperLetter") == "C" and format_number(12, "upperRoman") == "XII"
    assert format_number(7, "decimalZero") == "07" and format_number(2, "ordinal") == "2nd"


def test_every_corpus_docx_reads(shared_corpus):
    files = sorted(shared_corpus.rglob("*.docx"))
    assert files
    for path in files:
        doc = load(path)
        assert len(doc.text) > 200, path
        for b in doc.blocks[:50]:
            assert doc.text[b.start:b.end].strip()


def test_corpus_form_numbering_matches_its_cross_references(shared_corpus):
    """The Common Paper PSA cites "Section 9 (Indemnification)": our numbers must agree."""
    path = shared_corpus / "forms" / "common_paper" / "common-paper-professional-services-agreement.docx"
    if not path.exists():
        pytest.skip("the Common Paper PSA is not in this corpus")
    doc = load(path)
    labels = {s.label for s in doc.sections}
    assert "9 Indemnification" in labels and "1.4 Acceptance" in labels
