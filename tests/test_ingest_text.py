"""Plain-text paragraphs: a sentence that a page break cut in two is one paragraph again."""

from analyzer.engine import Analyzer
from analyzer.ingest.text import blocks_from_text, document_from_text
from analyzer.rules import builtin_rules

HEADER = "ACME Hosting Services Agreement - Confidential"


def paragraphs(text):
    return [text[b.start:b.end] for b in blocks_from_text(text)]


def paged(*pages):
    """Pages of a text export: each ends with its number and the running header of the next one."""
    out = []
    for n, body in enumerate(pages, 1):
        out.append(body + f"\n\n- {n} -\n\n\n\n{HEADER}\n\n")
    return "".join(out)


def test_a_sentence_cut_by_a_page_number_and_a_running_header_is_joined():
    text = paged("1. Fees. Customer shall pay each invoice.\n\n2. Liability. Neither party shall be liable for any"
                 " indirect or consequential",
                 "damages arising out of this Agreement.\n\n3. Term. This Agreement runs for one year.",
                 "4. Notices. Notices shall be in writing.")
    paras = paragraphs(text)
    joined = [p for p in paras if p.startswith("2. Liability")]
    assert len(joined) == 1
    assert joined[0].endswith("damages arising out of this Agreement.")
    assert "- 1 -" in joined[0] and HEADER in joined[0]  # the file's text, offsets into the file
    assert "3. Term. This Agreement runs for one year." in paras  # other paragraphs stay as they were
    assert "- 2 -" in paras and paras.count(HEADER) == 2  # furniture not inside a sentence stays apart


def test_page_numbers_that_change_inside_a_repeated_footer_still_count_as_furniture():
    footer = "Proprietary and confidential. Not for use outside the parties. {}"
    text = ("Supplier shall keep the records for the\n\n" + footer.format(11) + "\n\nterm of this Agreement.\n\n"
            "Other text.\n\n" + footer.format(12) + "\n\nMore text.\n\n" + footer.format(13))
    assert paragraphs(text)[0].endswith("term of this Agreement.")


def test_paragraphs_that_end_a_sentence_or_open_a_list_are_not_joined():
    text = ("The Services are:\n\nhosting of the platform;\n\n"  # a lead-in: its list is not one sentence with it
            "Supplier shall report monthly\n\na. uptime;\n\n"  # a list marker in lower case
            "The fee is fixed.\n\nthe next paragraph starts in lower case.\n\n"
            "Customer shall provide access to the\n\nCustomer's premises.")  # capitals: a new paragraph
    assert paragraphs(text) == ["The Services are:", "hosting of the platform;", "Supplier shall report monthly",
                                "a. uptime;", "The fee is fixed.", "the next paragraph starts in lower case.",
                                "Customer shall provide access to the", "Customer's premises."]


def test_a_clause_cut_by_a_page_break_is_found_and_quoted_whole():
    text = paged("1. Services. Supplier shall host the platform.\n\n2. Liability. In no event shall either party be"
                 " liable for any indirect, incidental or consequential",
                 "damages, including loss of profits, arising out of this Agreement.\n\n3. Law. English law applies.",
                 "4. Notices. Notices shall be in writing.")
    rule = next(r for r in builtin_rules() if r.id == "consequential-damages-exclusion")
    finding = Analyzer(rules=(rule,), classifier=None).review_document(document_from_text(text)).findings[0]
    assert finding.status.value == "present"
    assert "loss of profits" in finding.evidence[0].text
