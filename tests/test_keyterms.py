"""The key-terms block: parties, dates, term and renewal, law, fees, payment term, cap, notice periods."""

import pytest

from analyzer.ingest.text import document_from_text
from analyzer.keyterms import extract
from analyzer.roles import detect

MSA = """MASTER SERVICES AGREEMENT

This Agreement is entered into as of 5 June 2025 (the "Effective Date") by and between Northgate Systems
Limited, a company incorporated in England and Wales ("Supplier"), and Ridgeway Veterinary Group Ltd
("Customer").

1. Term. The initial term of this Agreement shall be twenty-four (24) months from the Effective Date.
This Agreement shall automatically renew for successive one-year periods unless either party gives
notice of non-renewal at least sixty (60) days before the end of the then-current term.

2. Fees. The fixed price for the Services is £48,500, payable on the milestones in Schedule 1. Customer
shall pay each invoice within thirty (30) days of receipt of a valid invoice.

3. Liability. Each party's total aggregate liability shall not exceed £250,000.

4. Termination. Either party may terminate this Agreement for convenience on ninety (90) days' written
notice. During the term of this Agreement and for twelve (12) months thereafter, neither party shall
solicit the other's staff.

5. Law. This Agreement is governed by the laws of England and Wales.
"""


def terms(text: str) -> dict:
    doc = document_from_text(text)
    return extract(doc, detect(doc.text).to_dict())


def test_every_key_term_of_a_conventional_agreement():
    kt = terms(MSA)
    assert [(p["name"], p["role"]) for p in kt["parties"]["names"]] == [
        ("Northgate Systems Limited", "provider"), ("Ridgeway Veterinary Group Ltd", "client")]
    assert kt["effective_date"]["value"] == "5 June 2025"
    assert kt["term"]["value"].startswith("twenty-four (24) months") and kt["term"]["months"] == 24
    assert kt["renewal"]["value"].startswith("automatically renew for successive one-year periods")
    assert kt["renewal_notice"]["days"] == 60
    assert kt["fees"]["amount"] == 48500 and kt["fees"]["currency"] == "GBP"
    assert kt["payment_term"]["days"] == 30
    assert kt["liability_cap"]["amount"] == 250000
    assert kt["termination_notice"]["days"] == 90
    assert kt["governing_law"]["value"] == "England and Wales"


def test_offsets_point_at_the_value():
    doc = document_from_text(MSA)
    kt = extract(doc, {})
    for name in ("effective_date", "governing_law", "payment_term", "termination_notice"):
        item = kt[name]
        assert doc.text[item["start"]:item["end"]].split()[0] == item["value"].split()[0], name


def test_absent_terms_are_null_not_guessed():
    kt = terms("Consultant shall build a website. Client shall review it.")
    assert all(kt[k] is None for k in ("effective_date", "term", "renewal", "governing_law", "fees",
                                       "payment_term", "liability_cap", "termination_notice"))


def test_government_period_of_performance_is_the_term():
    kt = terms("The period of performance will include a one-year base period with two one-year option periods.")
    assert kt["term"]["value"] == "a one-year base period with two one-year option periods"


def test_a_post_term_period_is_not_the_term():
    kt = terms("Vendor shall not, during the term of this Agreement and for twenty-four (24) months "
               "thereafter, solicit any employee of Buyer.")
    assert kt["term"] is None


@pytest.mark.parametrize("text, value", [
    ("This Agreement shall be governed by and construed in accordance with the laws of the State of New York.", "State of New York"),
    ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF DELAWARE WITHOUT REGARD TO CONFLICTS OF LAW.", "STATE OF DELAWARE"),
    ("Delaware law governs this Agreement.", "Delaware"),
    ("The validity of this Agreement shall be governed by PRC laws.", "PRC"),
    ("This agreement is governed by the laws of Ontario, and the courts of Toronto have jurisdiction.", "Ontario"),
    ("(1) This Agreement is subject to the law of the Federal Republic of Germany, excluding the CISG.", "Federal Republic of Germany"),
])
def test_governing_law_phrasings(text, value):
    assert terms(text)["governing_law"]["value"] == value


@pytest.mark.parametrize("text, days", [
    ("Client shall pay each invoice within thirty (30) days of receipt.", 30),
    ("Invoices are due net 45.", 45),
    ("Buyer shall pay each invoice within ninety (90) days after the end of the month in which it is received.", 90),
    ("Customer shall pay Supplier's invoices within fourteen (14) days after Customer has received payment.", 14),
    ("Please pay each invoice\nwithin 14 days of the invoice date.", 14),
])
def test_payment_term_in_days(text, days):
    assert terms(text)["payment_term"]["days"] == days


def test_plain_english_parties_and_start_date():
    kt = terms('This agreement is between Pinecrest Web Studio ("we", "us") and Lakeside Bakery Co. ("you"). '
               'It starts on February 5, 2024. The total price is USD 9,600.')
    assert [(p["name"], p["role"]) for p in kt["parties"]["names"]] == [
        ("Pinecrest Web Studio", "provider"), ("Lakeside Bakery Co.", "client")]
    assert kt["effective_date"]["value"] == "February 5, 2024"
    assert kt["fees"]["value"] == "total price is USD 9,600" and kt["fees"]["amount"] == 9600


def test_samples_have_their_key_terms(analyzer):
    from conftest import SAMPLES

    strong = analyzer.review_path(SAMPLES / "it-services-agreement-strong.docx").key_terms
    assert strong["governing_law"]["value"] == "State of New York"
    assert strong["payment_term"]["days"] == 30
    assert strong["liability_cap"]["value"].startswith("the total fees paid by Client")
    weak = analyzer.review_path(SAMPLES / "one-sided-agreement-weak.pdf").key_terms
    assert weak["payment_term"]["days"] == 90 and weak["payment_term"]["page"] == 1
    assert weak["liability_cap"]["amount"] == 1000


def test_it_forms_read_parties_and_payment_terms(shared_corpus):
    from analyzer.ingest import load

    texts = shared_corpus / "it" / "texts"
    doc = load(texts / "it-dev-004.txt")
    kt = extract(doc, detect(doc.text).to_dict())
    assert [(p["name"], p["role"]) for p in kt["parties"]["names"]] == [
        ("Copperleaf IT Services DAC", "provider"), ("Sable Manufacturing DAC", "client")]
    assert kt["payment_term"]["days"] == 90 and kt["term"]["value"] == "Services have been completed"
    doc = load(texts / "it-dev-011.txt")
    kt = extract(doc, detect(doc.text).to_dict())
    assert kt["parties"]["names"][1]["name"] == "Ridgeway Veterinary Group, Inc."
    assert kt["governing_law"]["value"] == "State of New York" and kt["effective_date"]["value"] == "November 19, 2025"


def test_effective_date_lookahead_matches_like_the_plain_pattern():
    """The leading DATE_START lookahead only speeds the search up: same first match as without it."""
    import re

    from analyzer.keyterms import DATE_START, PATTERNS

    fast = PATTERNS["effective_date"][0]
    assert fast.pattern.startswith(DATE_START)
    plain = re.compile(fast.pattern[len(DATE_START):], fast.flags)
    dates = ["January 5, 2020", "jan. 5 2020", "SEPT 30, 2019", "1st day of March, 2021", "5 Dec 2020",
             "2020-01-31", "1/2/20", "31.12.2024", "\u0665/\u0661/2020", "\u017fept 3, 2020", "May 1,2020"]
    for i, d in enumerate(dates):
        for tail in (' (the "Effective Date")', '(“Effective  Date”)', " (Effective Date)", ""):
            text = f"Agreement no. {i} 12/ dated as of {d}{tail} by and between A and B. 3 May"
            a, b = fast.search(text), plain.search(text)
            assert (a and (a.span(), a.group("v"))) == (b and (b.span(), b.group("v"))), text


COVER_PAGE = """Key Terms
Governing Law | The laws of Ontario
Chosen Courts | The courts of Toronto
Base Liability Limit | USD 400,000 or the fees paid in the prior year, whichever is greater

7.1 Caps. Each party's total liability will not be more than the Base Liability Limit.
"""


def test_a_defined_term_value_carries_its_definition():
    doc = document_from_text(COVER_PAGE)
    cap = extract(doc, detect(doc.text).to_dict())["liability_cap"]
    assert cap["value"].startswith("Base Liability Limit")
    assert cap["definition"].startswith("USD 400,000 or the fees paid")
    assert cap["amount"] == 400000


def test_a_key_terms_row_value_stops_at_the_row():
    doc = document_from_text(COVER_PAGE)
    assert extract(doc, detect(doc.text).to_dict())["governing_law"]["value"] == "Ontario"


def test_a_sale_subject_to_export_laws_is_no_governing_law():
    assert terms("Each shipment is subject to the export laws of the United States.")["governing_law"] is None


def test_termination_notice_is_the_number_not_the_end_of_than():
    text = "The Client may terminate this Agreement at any time by giving not less than ninety (90) days' prior written notice."
    assert terms(text)["termination_notice"]["value"] == "ninety (90) days"


def test_fees_in_rupees():
    kt = terms("(i) Transition Fee: Rs. 38,50,000 (Rupees Thirty-Eight Lakh Fifty Thousand only), payable on acceptance.")
    assert kt["fees"]["currency"] == "INR" and kt["fees"]["amount"] == 3850000
