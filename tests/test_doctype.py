"""Documents that lean on a master agreement say so in the report."""

from analyzer.doctype import external_terms_note, incorporated_terms_note
from analyzer.engine import Analyzer
from analyzer.ingest.text import document_from_text


def test_sow_under_a_master_agreement_is_flagged():
    text = "STATEMENT OF WORK No. 3\n\nThis SOW is issued under the Master Services Agreement dated 1 May 2024."
    note = incorporated_terms_note(text)
    assert note and note.startswith("This STATEMENT OF WORK sits under another agreement")


def test_master_agreement_mentioning_sows_is_not_flagged():
    text = ("MASTER SERVICES AGREEMENT\n\nEach Statement of Work is subject to the terms and conditions of this "
            "Agreement. The parties may agree further statements of work under this Agreement.")
    assert incorporated_terms_note(text) is None


def test_order_form_without_parent_reference_is_not_flagged():
    assert incorporated_terms_note("ORDER FORM\n\nCustomer orders 10 licences at $20 each.") is None


def test_the_note_reaches_the_review_warnings():
    doc = document_from_text("Work Order 7\n\nThis Work Order forms part of the framework agreement between us.")
    review = Analyzer(classifier=None).review_document(doc)
    assert any("sits under another agreement" in w for w in review.coverage["warnings"])


def test_terms_incorporated_by_reference_are_named():
    text = "Invoices must meet FAR 52.212-4(g). The clauses in Annex C are incorporated herein by reference."
    note = external_terms_note(text)
    assert "FAR 52.212-4" in note and "incorporated herein by reference" in note


def test_plain_contract_has_no_external_terms_note():
    assert external_terms_note("Each party's liability shall not exceed the fees paid in 12 months.") is None


COVER = ("Consulting Agreement\nSOW | The business terms of this SOW follow.\n"
         "SOW and Agreement | This SOW incorporates the Agreement between the parties.\n")
STANDARD_TERMS = ("\n1. Confidentiality\nEach party keeps the other's information secret.\n"
                  "2. Warranties\nProvider will work with reasonable care.\n"
                  "3. Limitation of Liability\nEach party's liability is capped at the fees.\n"
                  "4. Governing Law\nThe laws of Ontario govern.\n")


def test_a_form_carrying_its_own_standard_terms_after_the_sow_cover_is_not_flagged():
    assert incorporated_terms_note(COVER) is not None  # the cover alone sits under the agreement
    assert incorporated_terms_note(COVER + STANDARD_TERMS) is None


def test_a_sow_titled_as_one_is_flagged_even_with_its_own_terms():
    assert incorporated_terms_note("Statement of Work No. 2\nThis SOW is issued under the Master Services "
                                   "Agreement dated 1 May 2024.\n" + STANDARD_TERMS) is not None


def test_annexes_referred_to_but_not_in_the_file_are_named():
    from analyzer.doctype import missing_attachments, unattached_note

    text = ("1. Scope\nThe Contractor shall perform the services described in Annex 1 for the fees in Schedule B.\n"
            "Service levels are set out in Appendix III. Exhibit 10.1 of the filing is not a contract annex, nor is "
            "Schedule 1 to the Data Protection Act 2018.\n\n"
            "ANNEX 1 - Services\nDiscovery, build and support of the booking portal.\n")
    assert missing_attachments(text) == ["Schedule B", "Appendix III"]
    note = unattached_note(text)
    assert "Schedule B, Appendix III, which are not in the file" in note
    assert unattached_note(text + "\n## Schedule B\nFees\n\nAppendix III: 99.5% uptime.\n") is None
    # each kind in its own order, as a reader lists them
    assert missing_attachments("See Annex II, Annex IV, Annex I, Annex IX; Schedule 10, Schedule 2") == [
        "Annex I", "Annex II", "Annex IV", "Annex IX", "Schedule 2", "Schedule 10"]


def test_the_missing_annex_note_reaches_the_review_warnings():
    doc = document_from_text("The Supplier shall deliver the items listed in Attachment A by 1 June 2026.")
    review = Analyzer(rules=(), classifier=None).review_document(doc)
    assert any("Attachment A, which is not in the file" in w for w in review.coverage["warnings"])
