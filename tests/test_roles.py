"""Party roles from the parties block and defined terms, and the perspective they feed."""

import pytest

from analyzer.roles import DEFAULT, detect, parties

UK = ('This Agreement is made between Northgate Systems Limited, a company incorporated in England and '
      'Wales with company number 11894327, with offices at 110 Bishopsgate, London ("Supplier"), and '
      'Ridgeway Veterinary Group Ltd, with offices at 3 St Paul\'s Square, Birmingham ("Customer").')


@pytest.mark.parametrize("provider, client", [
    ("Consultant", "Client"), ("Contractor", "Company"), ("Vendor", "Buyer"), ("Supplier", "Customer"),
    ("Service Provider", "Customer"), ("Developer", "Agency"), ("Provider", "Customer"),
])
def test_role_pairs_from_defined_terms(provider, client):
    text = f'Acme Ltd (the "{provider}") and Beta Ltd (the "{client}") agree as follows.'
    roles = detect(text)
    assert roles.detected
    assert roles.provider[0] == provider and roles.client == (client,)


def test_legal_names_and_roles_from_a_uk_parties_block():
    found = [(p.name, p.term, p.role) for p in parties(UK)]
    assert found == [("Northgate Systems Limited", "Supplier", "provider"),
                     ("Ridgeway Veterinary Group Ltd", "Customer", "client")]


def test_numbered_parties_block():
    text = ('PARTIES\n(1) Brightwater Digital DAC, a company incorporated in Ireland (the "Supplier"); and\n'
            '(2) Pinecrest Learning Trust DAC, a company incorporated in Ireland (the "Customer").')
    assert [p.name for p in parties(text)] == ["Brightwater Digital DAC", "Pinecrest Learning Trust DAC"]


def test_company_is_the_provider_when_the_other_side_is_the_client():
    roles = detect('Initech Ltd (the "Company") will provide services to Big Bank plc (the "Client").')
    assert roles.provider[0] == "Company" and roles.client == ("Client",)


def test_company_is_the_client_of_a_contractor():
    roles = detect('Globex Ltd (the "Company") engages Jane Smith ("Contractor").')
    assert roles.provider[0] == "Contractor" and roles.client == ("Company",)


def test_short_names_get_their_role_from_what_each_party_does():
    text = ('This Agreement is between Acme Software Inc. ("Acme") and Beta Retail LLC ("Beta"). '
            'Acme shall provide the Services. Acme will deliver the code. Beta shall pay the fees.')
    roles = detect(text)
    assert roles.provider[0] == "Acme" and roles.client == ("Beta",)


def test_bare_role_words_without_a_parties_block():
    roles = detect("Consultant shall perform the Services. Client shall pay each invoice.")
    assert roles.detected and roles.provider[0] == "Consultant" and roles.client == ("Client",)


def test_no_roles_falls_back_to_generic_words():
    assert detect("The parties agree as follows.") == DEFAULT


def test_defined_terms_that_are_not_parties_are_ignored():
    text = UK + ' Information marked as such (the "Confidential Information") is protected.'
    assert [p.term for p in parties(text)] == ["Supplier", "Customer"]


def test_perspective_turns_a_one_sided_cap_weak_for_the_side_it_does_not_protect():
    from analyzer.engine import Analyzer
    from analyzer.ingest.text import document_from_text
    from analyzer.rules import builtin_rules

    cap = tuple(r for r in builtin_rules() if r.id == "liability-cap")
    provider_cap = "Supplier's total liability under this Agreement shall not exceed the fees paid in the preceding twelve months."
    client_cap = "Customer's total liability under this Agreement shall not exceed the fees paid in the preceding twelve months."
    for text, weak_for in ((provider_cap, "client"), (client_cap, "provider")):
        doc = UK + "\n\n" + text
        for perspective in ("provider", "client"):
            finding = Analyzer(rules=cap, perspective=perspective).review_document(document_from_text(doc)).findings[0]
            assert finding.status.value == ("weak" if perspective == weak_for else "present"), (text, perspective)


def test_client_perspective_reads_a_client_only_indemnity_as_weak():
    from analyzer.engine import Analyzer
    from analyzer.ingest.text import document_from_text
    from analyzer.rules import builtin_rules

    rule = tuple(r for r in builtin_rules() if r.id == "indemnification")
    doc = document_from_text(UK + "\n\nCustomer shall indemnify and hold harmless Supplier from any claim arising from the Customer Materials.")
    assert Analyzer(rules=rule, perspective="client").review_document(doc).findings[0].status.value == "weak"
    assert Analyzer(rules=rule, perspective="provider").review_document(doc).findings[0].status.value == "present"


def test_role_verb_counts_are_findall_counts():
    """_resolve counts a term's provider and client verbs with Searcher.finditer: as re.findall does."""
    import re

    from analyzer.matching.prefilter import Searcher
    from analyzer.roles import _ROLE_VERBS

    text = ("The Agency shall provide the services. The AGENCY will pay nothing. Agency  must supply;"
            " agency agrees to reimburse costs. The Agencyy shall pay. X shall pay. AB shall render aid.")
    for term in ("Agency", "AB", "Agencyy", "Zed", "Ágency"):
        for rx in _ROLE_VERBS.values():
            full = re.compile(re.escape(term) + rx.pattern, re.I)
            assert len(Searcher(text).finditer(full)) == len(re.findall(full, text)), (term, rx.pattern)


def test_a_named_body_opposite_a_role_word_is_the_other_side():
    """'the University' is no role word and no company, but it is the other side of a parties block
    whose second side is the Developer; a later 'Principal Investigator' is not the client."""
    text = ('This Agreement is between:\n\nTHE UNIVERSITY COURT OF THE UNIVERSITY OF KELVINHAUGH, a charity '
            'registered in Scotland, whose principal office is at 1 College Lane (the "University"); and\n\n'
            'NORTHLIGHT SOFTWARE LIMITED, whose registered office is at 2 Quay Street (the "Developer").\n\n'
            '1. The Principal Investigator will lead the Project for the University.')
    roles = detect(text)
    assert roles.provider[0] == "Developer" and roles.client == ("University",)


def test_a_defined_term_after_and_that_is_not_the_next_party_is_no_counterpart():
    text = ('This Agreement is made by Larkspur Group, Inc., a Delaware corporation (the "Company"), and each '
            'of the persons listed on Schedule A, under Rule 13d-5 of the U.S. Securities and Exchange '
            'Commission (the "SEC").')
    assert "SEC" not in detect(text).provider


def test_short_names_in_plain_english_take_their_role_from_invoicing_and_paying():
    text = ('Issued under the agreement between Brightfield Digital LLC ("Brightfield") and Maple Outfitters, '
            'Inc. ("Maple"). Brightfield invoices at the end of each sprint. Maple pays each invoice within 30 '
            'days. Maple will pay Brightfield for accepted work only.')
    roles = detect(text)
    assert roles.provider[0] == "Brightfield" and roles.client == ("Maple",)


def test_every_name_a_parties_block_defines_for_one_side_counts():
    text = ('This Contract is between the State of Franklin, acting through its Department of Revenue (the '
            '"State" or the "Agency"), and Ridgeway Data LLC (the "Contractor").')
    roles = detect(text)
    assert roles.client == ("State", "Agency") and roles.provider[0] == "Contractor"


def test_a_firm_defined_with_we_and_us_is_the_provider_without_us_as_a_role_word():
    text = ('The letter and the Terms of Business form the contract between Fenrow Analytics LLP ("the Firm", '
            '"we", "us") and Halden Insurance Ltd ("you").')
    roles = detect(text)
    assert roles.provider[:2] == ("Firm", "we") and "us" not in roles.provider and roles.client == ("you",)


def test_a_letter_in_we_and_you_with_no_parties_block():
    letter = ("Dear Ada,\n\nThank you for meeting us. We'll look after your site every month. We will apply "
              "updates within two days. We won't pass your work to others. You'll give us admin access. "
              "You will pay each invoice within 14 days. You agree to keep backups.\n\nBest wishes, Owen")
    roles = detect(letter)
    assert roles.detected and roles.provider[0] == "we" and roles.client == ("you",)
    assert detect("We will meet. You will see.") == DEFAULT  # a couple of uses are no parties


def test_grant_and_testing_role_words():
    grant = ('This Subaward is made by Harbourlight Foundation (the "Prime Recipient") to Quarry Code Cooperative '
             '(the "Subrecipient").')
    roles = detect(grant)
    assert roles.provider[0] == "Subrecipient" and roles.client == ("Prime Recipient",)
    assert detect('Redline Security Ltd (the "Tester") and Northwind Credit Union (the "Client")').provider[0] == "Tester"


def test_party_label_rows_at_the_top_name_the_sides():
    head = ("TERMS OF BUSINESS FOR THE SUPPLY OF CONTRACT IT PERSONNEL\n\n"
            "Agency: Northfield Technical Resourcing Ltd, 4 Park Row, Leeds\n"
            "Client: Aire Valley Building Society, 7 Victoria Road, Guiseley\n\n"
            'These Terms apply whenever the Agency supplies a Contractor to the Client. "Contractor" means the '
            "individual supplied by the Agency.")
    roles = detect(head)
    assert roles.provider[0] == "Agency" and roles.client == ("Client",)
    names = {p.term: p.name for p in parties(head)}
    assert names["Agency"].startswith("Northfield Technical Resourcing Ltd")


def test_a_reseller_serves_an_end_customer_but_buys_from_a_vendor():
    served = detect('Brightdesk Systems Inc. (the "Reseller") and Fenmore Clinics LLC (the "End Customer")')
    assert served.provider[0] == "Reseller" and served.client == ("End Customer",)
    buying = detect('Vantor Software Ltd (the "Vendor") appoints Quill Distribution Ltd (the "Reseller")')
    assert buying.provider[0] == "Vendor" and buying.client == ("Reseller",)


def test_a_school_is_the_client():
    roles = detect('Oakfield Primary School (the "School") and Dunmore IT Services Ltd (the "Contractor")')
    assert roles.provider[0] == "Contractor" and roles.client == ("School",)


def test_party_a_is_the_client_of_party_b():
    roles = detect('This Software Development Contract is made between Huaxin Trading Co., Ltd. ("Party A") '
                   'and Lanshan Software Co., Ltd. ("Party B"). Party B shall develop the system for Party A.')
    assert roles.provider[0] == "Party B" and roles.client == ("Party A",)


def test_an_nhs_trust_is_the_client_not_a_school_named_in_the_recitals():
    text = ("This Agreement is between Northshire Hospitals NHS Foundation Trust (the \"Trust\") and Helix Clinical "
            "Software Ltd (the \"Licensor\"), a spin-out of the University's School of Health Informatics.")
    roles = detect(text)
    assert roles.client == ("Trust",) and roles.provider[0] == "Licensor"


def test_a_definition_closed_by_the_successors_and_assigns_rider():
    text = ("THIS AGREEMENT is made the 3rd day of March 2026\n\nBETWEEN\n\n"
            "KESTREL MUTUAL BANK PLC, a company incorporated in Ghana, of 12 Liberation Road, Accra (hereinafter "
            "called \"the Bank\", which expression shall where the context so admits include its successors and "
            "assigns) of the one part;\n\nAND\n\n"
            "ORRIN DATA SYSTEMS LIMITED, a company of 4 Ring Road, Kumasi (hereinafter referred to as \"the Contractor\" which "
            "expression shall unless repugnant to the context include its permitted assigns) of the other part.")
    roles = detect(text)
    assert roles.client == ("Bank",) and roles.provider[0] == "Contractor"
    names = {p.term: p.name for p in parties(text)}
    assert names == {"Bank": "KESTREL MUTUAL BANK PLC", "Contractor": "ORRIN DATA SYSTEMS LIMITED"}


def test_party_a_and_party_b_label_rows_with_a_role_in_brackets():
    head = ("SERVICES CONTRACT No. 14/2026\n\n"
            "PARTY A (Service Recipient): HOANG PHAT TRADING JOINT STOCK COMPANY\nAddress: 3 Le Loi, Da Nang\n\n"
            "PARTY B (Contractor): BLUE RIVER SOFTWARE COMPANY LIMITED\nAddress: 9 Tran Phu, Da Nang\n\n"
            "Party B shall build the ordering system for Party A.")
    roles = detect(head)
    assert roles.client == ("PARTY A",) and roles.provider[0] == "PARTY B"
    assert {p.term: p.name for p in parties(head)}["PARTY B"] == "BLUE RIVER SOFTWARE COMPANY LIMITED"


def test_a_definition_without_brackets():
    text = ("This Agreement is made at Da Lat on 2 June 2026 between Hillcrest Clinics Public Company Limited, "
            "represented by its managing director, hereinafter called the \"Employer\", of the one part; and "
            "Pinecone Apps Company Limited, represented by its director, hereinafter called the \"Contractor\", "
            "of the other part.")
    roles = detect(text)
    assert roles.client == ("Employer",) and roles.provider[0] == "Contractor"


def test_first_and_second_party_take_their_roles_from_what_they_do():
    text = ("On this day the undersigned:\n\n"
            "1. PT SARANA MITRA LOGISTIK, a limited liability company domiciled in Surabaya, acting for and on "
            "behalf of PT Sarana Mitra Logistik, hereinafter referred to as the \"FIRST PARTY\".\n\n"
            "2. PT KODE NUSANTARA, a limited liability company domiciled in Malang, hereinafter referred to as "
            "the \"SECOND PARTY\".\n\n"
            "The SECOND PARTY shall develop and deliver the tracking application. The FIRST PARTY shall pay the "
            "contract price in three instalments.")
    roles = detect(text)
    assert roles.provider[0] == "SECOND PARTY" and roles.client == ("FIRST PARTY",)
    assert {p.term: p.name for p in parties(text)}["FIRST PARTY"] == "PT Sarana Mitra Logistik"


def test_company_names_in_capitals_and_a_by_and_between_line():
    text = ("THIS AGREEMENT is made at Lahore on this 4th day of May, 2026\n\nBY AND BETWEEN\n\n"
            "RAVI TEXTILE MILLS LIMITED, a company incorporated in Pakistan (hereinafter referred to as the "
            "\"Purchaser\", which expression shall, unless repugnant to the context, include its successors) of the "
            "FIRST PART;\n\nAND\n\nKITE DATAWORKS (PRIVATE) LIMITED, a company incorporated in Pakistan (hereinafter "
            "referred to as the \"Developer\") of the SECOND PART.")
    names = {p.term: p.name for p in parties(text)}
    assert names["Purchaser"] == "RAVI TEXTILE MILLS LIMITED"
    text = text.replace("\"Purchaser\"", "\"Mill\"")  # a name the role words do not know: a company all the same
    assert detect(text).client == ("Mill",)


def test_a_contracting_authority_is_the_client():
    text = ('The European Union, represented by its Delegation (the "Contracting Authority"), and Baltic Data '
            'Consortium UAB (the "Contractor")')
    roles = detect(text)
    assert roles.client == ("Contracting Authority",) and roles.provider[0] == "Contractor"


def test_a_capitalised_hereinafter_with_an_ordinal_party_and_a_role_word():
    text = ("this contract was concluded between:\n\nFirst: Delta Trading Company (S.A.E.), represented by its "
            "Chairman.\n(Hereinafter referred to as \"the First Party\" or \"the Employer\")\n\nSecond: Pharos "
            "Software (a limited liability company), represented by its Director.\n(Hereinafter referred to as "
            "\"the Second Party\" or \"the Contractor\")")
    roles = detect(text)
    assert roles.client == ("First Party", "Employer")
    assert roles.provider[:2] == ("Second Party", "Contractor")


def test_roles_defined_in_capitals_with_or_without_quotes():
    quoted = ('between, on the one hand, PAMPA CODE S.R.L., represented by its managing partner, hereinafter '
              '"THE PROVIDER"; and, on the other hand, VIÑEDOS DEL SUR S.A., hereinafter "THE CLIENT", and jointly '
              '"THE PARTIES", agree to the following clauses:')
    roles = detect(quoted)
    assert roles.provider[0] == "PROVIDER" and roles.client == ("CLIENT",)
    bare = ("Between the undersigned, ANA GOMEZ, legal representative of TRANSPORTES DEL VALLE S.A.S., who for the "
            "purposes of this contract shall be called THE CONTRACTING PARTY; and LUIS DIAZ, legal representative "
            "of NUBE ANDINA S.A.S., who for the purposes of this contract shall be called THE CONTRACTOR, have "
            "agreed to the following clauses.")
    roles = detect(bare)
    assert roles.provider[0] == "CONTRACTOR" and roles.client == ("CONTRACTING PARTY",)


def test_first_and_second_party_label_rows():
    text = ("This agreement was concluded in Amman between each of:\n\n"
            "First Party: Olive Schools Company (private shareholding company), represented by its General Manager.\n\n"
            "Second Party: Petra Apps Company (limited liability company), represented by its manager.\n\n"
            "The Second Party shall develop and install the system. The First Party shall pay the price in two "
            "instalments.")
    roles = detect(text)
    assert roles.provider[0] == "Second Party" and roles.client == ("First Party",)


def test_a_counterpart_whose_name_the_reader_cannot_take_apart():
    text = ('PARTIES\n\nRiga Technical College, a state institution, acting as coordinator of the Project, represented '
            'by its Vice-Rector (the "Coordinator"),\n\nand\n\nSIA "Zvaigzne Soft", registration No. 40203319000, '
            'represented by a board member (the "Subcontractor"),\n\nhave agreed as follows.\n\n'
            'National Agency: State Education Development Agency (the "National Agency")')
    roles = detect(text)
    assert roles.provider[0] == "Subcontractor" and roles.client == ("Coordinator",)


def test_the_executor_of_russian_tradition_contracts_is_the_provider():
    text = ('Joint-Stock Commercial Bank "SAMARKAND", hereinafter referred to as the "Customer", represented by its '
            'Chairman, on the one hand, and Limited Liability Company "ORION SOFT", hereinafter referred to as the '
            '"Executor", represented by its Director, on the other hand, have concluded this Contract.')
    roles = detect(text)
    assert roles.provider[0] == "Executor" and roles.client == ("Customer",)


def test_a_global_fund_principal_recipient_is_the_client():
    text = ('(1) HEALTH FOR ALL, acting as Principal Recipient of the grant, represented by its Director ("HFA" or the '
            '"Principal Recipient"); and\n(2) CODEWORKS CO., LTD., represented by its Director (the "Contractor").')
    roles = detect(text)
    assert roles.client == ("HFA", "Principal Recipient") and roles.provider[0] == "Contractor"


def test_company_forms_written_in_lower_case():
    text = ('The Organization for Peace, acting through its Mission, represented by the Head of Administration '
            '(hereinafter "the Organization"),\n\nand\n\nBITLAB d.o.o., a company registered in Podgorica, '
            'represented by its Director (hereinafter "the Contractor").')
    assert {p.term: p.name for p in parties(text)}["Contractor"] == "BITLAB d.o.o."
    roles = detect(text)
    assert roles.provider[0] == "Contractor" and roles.client == ("Organization",)


def test_contracting_and_contracted_party_label_rows_in_capitals():
    text = ("CONTRACTING PARTY: COOPERATIVA AGRICOLA DO SUL, a cooperative society, represented by its board;\n\n"
            "CONTRACTED PARTY: SERRA SISTEMAS LTDA., a limited liability company, represented by its partner;\n\n"
            "1.1. The CONTRACTED PARTY shall customise the ERP modules of the CONTRACTING PARTY.")
    roles = detect(text)
    assert roles.provider[0] == "CONTRACTED PARTY" and roles.client == ("CONTRACTING PARTY",)
