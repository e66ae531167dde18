"""Sections, levels, defined terms and parties from plain text (the same code runs on DOCX and PDF)."""

from analyzer.document import Block, Document
from analyzer.ingest.text import document_from_text
from analyzer.segment import classify, defined_terms, segment


def sections(text):
    return [(s.number, s.heading, s.level) for s in document_from_text(text).sections]


def test_decimal_letters_and_romans_nest():
    text = ("1. Services\n\n1.1 Scope. Provider shall perform the Services.\n\n(a) first item;\n\n(b) second item:\n\n"
            "(i) sub one;\n\n(ii) sub two.\n\n1.2 Cooperation. Customer shall cooperate.\n\n2. Fees\n\n"
            "2.1 Payment. Customer shall pay within 30 days.")
    assert sections(text) == [("1", "Services", 1), ("1.1", "Scope", 2), ("(a)", None, 3), ("(b)", None, 3),
                              ("(i)", None, 4), ("(ii)", None, 4), ("1.2", "Cooperation", 2), ("2", "Fees", 1),
                              ("2.1", "Payment", 2)]


def test_article_section_and_schedule_keywords():
    text = ("ARTICLE IV\n\nSection 4.01 Acceptance. Client shall test each Deliverable.\n\n"
            "Section 4.02 Deemed Acceptance. Silence for ten days is acceptance.\n\n"
            "Article V Payment\n\nSection 5.01 Invoices. Monthly in arrears.\n\n"
            "SCHEDULE 2\n\nRate card")
    got = sections(text)
    assert got[:5] == [("Article IV", None, 1), ("Section 4.01", "Acceptance", 2), ("Section 4.02", "Deemed Acceptance", 2),
                       ("Article V", "Payment", 1), ("Section 5.01", "Invoices", 2)]
    assert got[5][0] == "Schedule 2" and got[5][2] == 1


def test_spans_run_to_the_next_section_of_the_same_level():
    doc = document_from_text("1. Liability\n\n1.1 Cap. The cap is the fees paid.\n\n1.2 Exclusions. None.\n\n"
                             "2. Term\n\nThis Agreement lasts one year.")
    one, cap, excl, two = doc.sections
    assert doc.text[one.start:one.end].rstrip().endswith("None.")
    assert doc.text[cap.start:cap.end].strip() == "1.1 Cap. The cap is the fees paid."
    assert two.end == len(doc.text)
    off = doc.text.index("The cap is")
    assert [s.label for s in doc.enclosing_sections(off)] == ["1 Liability", "1.1 Cap"]


def test_caps_headings_and_numbered_clauses_under_them():
    got = sections("CONSULTING AGREEMENT\n\nPAYMENT TERMS\n\n1. Invoices are due within 30 days.\n\n"
                   "LIABILITY\n\n2. Neither party excludes liability for fraud.")
    assert [(n, h) for n, h, _ in got] == [(None, "CONSULTING AGREEMENT"), (None, "PAYMENT TERMS"), ("1", None),
                                          (None, "LIABILITY"), ("2", None)]
    levels = [lv for *_, lv in got]
    assert levels[2] > levels[1] and levels[3] == levels[1]


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral():
    items = "\n\n".join(f"({c}) item {c};" for c in "abcdefghij")
    got = sections("1. List\n\n" + items)
    assert {lv for n, _, lv in got if n and n.startswith("(")} == {2}


def test_sentences_are_not_sections():
    assert sections("Section 5.2 shall survive termination of this Agreement.") == []
    assert sections("100 days after delivery the warranty ends.") == []
    assert classify(Block(0, 10), "the parties agree as follows") is None


def test_a_line_without_letters_or_digits_is_not_a_heading():
    for rule in ("_" * 40, "* * *", "-----"):
        assert classify(Block(0, len(rule), bold=True), rule) is None
        assert classify(Block(0, len(rule), kind="heading", style="Heading 2"), rule) is None


def test_bold_run_heading_block():
    text = "Confidentiality. Each party shall keep the other's information confidential."
    doc = Document("x", "docx", text, blocks=[Block(0, len(text), bold_prefix=len("Confidentiality."))])
    (s,) = segment(doc)
    assert s.heading == "Confidentiality" and s.number is None


def test_defined_terms_means_and_parenthetical():
    text = ('This Agreement (the "Agreement") is made between Acme Ltd ("Supplier") and Beta LLC (each a "Party" and '
            'together the "Parties"). "Services" means the work in a SOW. \u201cDeliverables\u201d shall mean the '
            'outputs. The fee (as stated in "Schedule 1" of the order form annexed hereto) applies.')
    terms = defined_terms(text)
    assert [t.term for t in terms] == ["Agreement", "Supplier", "Party", "Parties", "Services", "Deliverables"]
    for t in terms:
        assert text[t.start:t.end] == t.term
    assert {t.kind for t in terms if t.term in ("Services", "Deliverables")} == {"means"}


def test_parties_block_us_and_uk_styles():
    us = document_from_text('CONSULTING AGREEMENT\n\nThis Agreement is entered into between Meridian Holdings Corp., '
                            'a Delaware corporation ("Client"), and Kestrel Consulting LLC ("Consultant").\n\n'
                            'WHEREAS, Client needs help ("Help");\n\n1. Services')
    assert [(p.name, p.alias) for p in us.parties] == [("Meridian Holdings Corp.", "Client"),
                                                       ("Kestrel Consulting LLC", "Consultant")]
    for p in us.parties:
        assert us.text[p.start:p.end] == p.name
    uk = document_from_text('THIS AGREEMENT is dated 1 May 2026 (the "Effective Date").\n\nPARTIES\n\n'
                            '(1) Brightwater Digital Ltd, a company incorporated in England (the "Supplier"); and\n\n'
                            '(2) Pinecrest Trust, whose office is at 1 High St (the "Customer").\n\nAGREED TERMS')
    assert [(p.name, p.alias) for p in uk.parties] == [("Brightwater Digital Ltd", "Supplier"),
                                                       ("Pinecrest Trust", "Customer")]


def test_findings_cite_section_and_page(analyzer, tmp_path):
    from simplepdf import write_pdf

    path = tmp_path / "c.pdf"
    write_pdf(path, [("heading", "1. Services"), ("paragraph", "Provider shall perform the services."),
                     ("pagebreak", ""), ("heading", "7. Limitation of Liability"),
                     ("paragraph", "7.1 Each party's total liability under this Agreement shall not exceed the "
                                   "fees paid in the twelve months before the claim.")], header="Draft")
    from analyzer.ingest import load

    review = analyzer.review_document(load(path))
    cap = next(f for f in review.findings if f.rule_id == "liability-cap")
    ev = cap.evidence[0]
    assert ev.page == 2 and ev.section.startswith("7.1") and "Limitation of Liability" in ev.section


LETTER = ("Pixel Studio Ltd\n\nMs Ada Achebe\nHarbour Bakery Ltd\n\n14 March 2025\n\nDear Ada,\n\n"
          "What the retainer covers\n\nEach month we update plugins, check backups and fix anything that "
          "breaks, within the hours in your bank.\n\nWhat happens if we're late?\n\nIf we miss a response "
          "time in a month, we take ten per cent off that month's fee without you asking.\n\n"
          "Kind regards\n\nOwen Davies")


def test_plain_language_headings_over_a_paragraph_start_sections():
    """Sentence-case lines heading a paragraph are sections; a name, a greeting, a sign-off and a
    letter's date are not (the date used to open a "section 14")."""
    assert sections(LETTER) == [(None, "What the retainer covers", 1), (None, "What happens if we're late?", 1)]


def test_a_numbered_sentence_case_heading_line_is_the_sections_heading():
    assert sections("2. What you will receive\n\nA dashboard, a runbook and two training sessions for your team.")[0] \
        == ("2", "What you will receive", 1)


def test_markdown_headings_in_plain_text_start_sections():
    text = ("Hi Sam,\n\n**What you'll get**\n\nA staging site, a content migration script and a two-hour handover "
            "session for your editors.\n\n## Fees\n\nThe fixed price is GBP 9,000, invoiced in two halves.\n\n"
            "Some **bold** words inside a sentence are not a heading.")
    assert sections(text) == [(None, "What you'll get", 1), (None, "Fees", 1)]


def test_a_dash_between_a_part_number_and_its_title():
    assert sections("Part 1 - Scope of Works\n\nThe Supplier shall install the system.\n\nSchedule 2 \u2013 Payment\n\n"
                    "Invoices are due in 30 days.") == [("Part 1", "Scope of Works", 1), ("Schedule 2", "Payment", 1)]


def test_clause_numbering_of_translated_civil_law_contracts():
    assert sections("Article (1): The Preamble and the Annexes\n\nThe preamble is part of it.\n\n"
                    "Article (2): Subject of the Agreement\n\nThe Second Party shall supply the system.") == [
        ("Article (1)", "The Preamble and the Annexes", 1), ("Article (2)", "Subject of the Agreement", 1)]
    assert sections("Clause One (The Preamble)\nThe above preamble forms part of this contract.\n\n"
                    "Clause Two (Subject of the Contract)\nThe Second Party undertakes to programme the system.") == [
        ("Clause One", "The Preamble", 1), ("Clause Two", "Subject of the Contract", 1)]


def test_ordinal_clauses_in_capitals():
    text = ("FIRST: OBJECT. THE PROVIDER undertakes to develop the platform.\n\n"
            "SECOND. PRICE. THE CLIENT shall pay the price.\n\n"
            "First, the Provider shall meet the Client.")  # a sentence, not a clause
    assert sections(text) == [("FIRST", "OBJECT", 1), ("SECOND", "PRICE", 1)]


def test_a_title_on_the_numbered_line_over_its_body_in_one_block():
    assert sections("Article 1. Subject of the Agreement\n1.1. The Contractor shall build the shop.\n\n"
                    "Article 2 - Contractual documents\nThe contract consists of this text and Annex 1.") == [
        ("Article 1", "Subject of the Agreement", 1), ("Article 2", "Contractual documents", 1)]
    # a name wrapped over two lines is no title
    assert sections("1. Acme Corporation Limited\nincorporated in England, of the one part.") == [("1", None, 1)]
    assert sections("Annex C - Exclusions\nAnnex D - Prices") == [("Annex C", None, 1)]  # a list of annexes


def test_chat_bold_and_markdown_headings_over_their_body():
    text = ("*What we're building*\nA web app that replaces the paper cards.\n\n"
            "## Fees\nEUR 4,000, half up front.\n\n"
            "*Not included*\n- the tills\n- the tablets\n\n"
            "Some *emphasis* inside a sentence is no heading.")
    assert sections(text) == [(None, "What we're building", 1), (None, "Fees", 1), (None, "Not included", 1)]
