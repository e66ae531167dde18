"""Present / weak / missing decisions and the evidence quoted for them."""

import pytest

from analyzer.document import Block, Document
from analyzer.engine import Analyzer
from analyzer.errors import RuleError
from analyzer.ingest.text import document_from_text
from analyzer.rules import builtin_rules
from analyzer.segment import segment
from conftest import demo_rule

WEAK = """\
weak_if:
  - id: vague
    message: the scope is left open
    matches: ['\\bas discussed\\b']
"""


def rule(extra: str = ""):
    return demo_rule(extra=extra)


def review(rules, text: str, perspective: str = "provider"):
    return Analyzer(rules=tuple(rules), perspective=perspective).review_document(document_from_text(text))


def builtin(rule_id: str):
    return next(r for r in builtin_rules() if r.id == rule_id)


TWO_CLAUSES = "The scope is as discussed between the parties.\n\nThe scope is a portal for 500 users."


def test_weak_mode_any_one_weak_clause_makes_the_finding_weak():
    f = review([rule(WEAK)], TWO_CLAUSES).findings[0]
    assert f.status.value == "weak" and f.weak_reasons == ("vague",)
    assert "the scope is left open" in f.message
    assert f.evidence[0].text.startswith("The scope is as discussed")  # the deciding clause first


def test_weak_mode_all_one_clean_clause_makes_it_present():
    f = review([rule(WEAK + "weak_mode: all\n")], TWO_CLAUSES).findings[0]
    assert f.status.value == "present"
    only_weak = review([rule(WEAK + "weak_mode: all\n")], "The scope is as discussed.").findings[0]
    assert only_weak.status.value == "weak"


def test_weak_mode_is_validated_with_its_line():
    with pytest.raises(RuleError) as exc:
        rule("weak_mode: sometimes\n")
    assert "demo.yaml:12: weak_mode: must be one of any, all" in exc.value.message


def test_every_clause_close_to_the_best_is_quoted():
    text = "\n\n".join(f"Clause {i}. The scope covers item {i}." for i in range(4))
    f = review([rule()], text).findings[0]
    assert len(f.evidence) == 4
    assert f.score > 0.75  # corroborating clauses raise the score


def test_a_long_paragraph_is_quoted_by_the_line_that_matches():
    filler = "\n".join(f"Line {i} says nothing in particular about this agreement at all." for i in range(20))
    text = filler + "\nThe scope is the migration of 40 mailboxes.\n" + filler
    f = review([rule()], text).findings[0]
    assert f.evidence[0].text == "The scope is the migration of 40 mailboxes."
    assert text[f.evidence[0].start:f.evidence[0].end] == f.evidence[0].text


def test_a_lead_in_line_is_quoted_with_its_list():
    text = "In scope:\nPenetration test\nRetest of findings"
    lead, one, two = 0, text.index("Penetration"), text.index("Retest")
    doc = Document(path="<t>", format="docx", text=text, blocks=[
        Block(lead, lead + len("In scope:"), "paragraph"),
        Block(one, one + len("Penetration test"), "list_item"),
        Block(two, len(text), "list_item")])
    doc.set_sections(segment(doc))
    f = Analyzer(rules=(rule(),)).review_document(doc).findings[0]
    assert f.evidence[0].text == text


def test_time_of_the_essence_is_a_risk_for_the_provider_and_a_protection_for_the_client():
    r = builtin("time-of-essence")
    text = "Time is of the essence for each milestone."
    provider, client = review([r], text).findings[0], review([r], text, "client").findings[0]
    assert provider.kind == "risk" and client.kind == "protection"
    assert provider.status.value == client.status.value == "present"
    assert review([r], "Time is not of the essence.").findings[0].status.value == "missing"


def test_patterns_survive_exceptions_in_the_clause():
    text = ("Neither party shall be liable for any delay caused by events beyond its reasonable control, "
            "except that Customer shall remain liable to pay the fees.")
    assert review([builtin("force-majeure")], text).findings[0].status.value == "present"


def test_weak_message_says_why_in_plain_words():
    f = review([builtin("breach-notification")], "Supplier shall notify Customer of any data breach "
               "within ten (10) business days.").findings[0]
    assert f.status.value == "weak" and "over 72 hours" in f.message
    assert f.evidence[0].text.startswith("Supplier shall notify")


def test_one_sided_force_majeure_is_weak_for_the_provider_only():
    text = "Client shall not be liable for any failure or delay caused by events beyond its reasonable control."
    r = builtin("force-majeure")
    assert review([r], text).findings[0].status.value == "weak"
    assert review([r], text, "client").findings[0].status.value == "present"


def test_a_quote_cut_mid_sentence_by_a_block_break_runs_on_into_the_next_block():
    first = "Each party shall keep the scope of this work, and all notes about it, strictly"
    text = first + "\n\nconfidential for three years.\n\nOther terms."
    f = review([rule()], text).findings[0]
    assert f.evidence[0].text == first + "\n\nconfidential for three years."


def test_duration_over_can_read_only_the_shortest_deadline():
    r = builtin("breach-notification")
    text = ("Supplier shall report any security incident within one hour and deliver a full written "
            "report within thirty (30) days.")
    assert review([r], text).findings[0].status.value == "present"
    with pytest.raises(RuleError) as exc:
        rule(WEAK.replace("matches: ['\\bas discussed\\b']", "duration_over: {max: 72, shortest: maybe}"))
    assert "duration_over: must be {max: number, unit: hours|days, shortest: true|false}" in exc.value.message


# --- every place a protection is stated, each quoted as its whole sub-clause (issue 5) -------------------

CAP_RULE = ("  patterns: ['\\bliability\\b[^.]*\\bexceed\\b']\n  phrases: ['liability cap']\n"
            "  headings: ['limitation of liability']\n  boost: ['\\bfees\\b']")
CAP_TWICE = ("9. Limitation of Liability\n\n"
             "Each party's total liability shall not exceed the fees paid in the twelve months before the claim.\n\n"
             "10. Notices\n\nNotices go by email.\n\n"
             "Schedule 1 Statement of Work\n\n"
             "The liability cap for this SOW is USD 50,000, save for data breaches.")


def test_a_protection_stated_twice_is_cited_at_both_places_best_first():
    # the SOW's phrase scores far below the cap under its own heading (0.6 against 1.05): it used to be
    # dropped as not close to the best; a lawyer wants both places cited, each with its location
    f = review([demo_rule(CAP_RULE)], CAP_TWICE).findings[0]
    assert f.status.value == "present"
    assert [e.text for e in f.evidence] == [
        "Each party's total liability shall not exceed the fees paid in the twelve months before the claim.",
        "The liability cap for this SOW is USD 50,000, save for data breaches."]
    assert "Limitation of Liability" in f.evidence[0].location
    assert "Schedule 1" in f.evidence[1].location
    for e in f.evidence:
        assert CAP_TWICE[e.start:e.end] == e.text


def test_a_place_cited_beyond_the_best_does_not_change_the_call_or_the_score():
    alone = review([demo_rule(CAP_RULE)], CAP_TWICE.split("Schedule 1")[0]).findings[0]
    both = review([demo_rule(CAP_RULE)], CAP_TWICE).findings[0]
    assert (both.status, both.score, both.message) == (alone.status, alone.score, alone.message)


FILLER = "The Supplier shall deliver the goods in good order to the agreed place on the agreed dates. "


def test_a_sentence_of_a_long_paragraph_is_quoted_with_its_numbered_sub_clause():
    # plain-text exports (CUAD) run a whole article into one line: quote "7.4 ..." whole, not one
    # sentence of it and not the paragraph
    sub = ("7.4 Audit. Each party shall keep accurate records of the fees. Each party may audit the other "
           "party's records once a year. Such audit shall be at the auditing party's cost.")
    text = "7.3 Delivery. " + FILLER * 8 + sub + " 7.5 Notices. " + FILLER * 8
    assert len(text) > 1500
    f = review([demo_rule("  patterns: ['\\bmay\\s+audit\\b']")], text).findings[0]
    assert f.evidence[0].text == sub
    assert f.evidence[0].start == text.index(sub)


def test_without_a_short_sub_clause_the_sentences_that_carry_it_on_are_quoted():
    core = "Customer may audit the Supplier's records. Such audit shall occur once per year at reasonable times."
    text = FILLER * 12 + core + " " + FILLER * 12
    for pattern in ("\\bmay\\s+audit\\b", "\\bonce\\s+per\\s+year\\b"):  # from the first sentence or the second
        f = review([demo_rule(f"  patterns: ['{pattern}']")], text).findings[0]
        assert f.evidence[0].text == core, pattern


def test_two_hits_in_one_sub_clause_quote_it_once():
    sub = "4.2 Scope. The scope is the portal. The scope also covers training for ten users."
    text = "4.1 Delivery. " + FILLER * 9 + sub + " 4.3 Fees. " + FILLER * 9
    f = review([rule()], text).findings[0]
    assert [e.text for e in f.evidence] == [sub]


def test_only_a_sentence_that_refers_back_brings_the_one_before_it():
    text = (FILLER * 12 + "The fees are due monthly. In addition to the foregoing, Customer may audit the "
            "Supplier's records once a year. " + FILLER * 12)
    f = review([demo_rule("  patterns: ['\\bmay\\s+audit\\b']")], text).findings[0]
    assert f.evidence[0].text == ("In addition to the foregoing, Customer may audit the Supplier's records "
                                  "once a year.")


# --- detect.quote_with: a quote grows over the sentences beside it on the same subject (issue 5) --------

AUDIT_GROW = ("  patterns: ['\\bmay\\s+audit\\b']\n"
              "  quote_with: ['\\baudit\\w*']")


def test_quote_with_grows_a_quote_over_the_adjacent_sentences_on_its_subject():
    core = ("The auditor must be an independent accountant. Customer may inspect the Supplier's records. "
            "Any audit shall be at Customer's cost. The auditing party keeps the results confidential.")
    text = FILLER * 12 + "Fees are due monthly. " + core + " Title passes on delivery. " + FILLER * 12
    f = review([demo_rule("  patterns: ['\\bmay\\s+inspect\\b']\n  quote_with: ['\\baudit\\w*']")], text).findings[0]
    # grown forward over the two audit sentences, backward over the auditor one; not over the fees
    assert f.evidence[0].text == core
    assert text[f.evidence[0].start:f.evidence[0].end] == core


def test_without_quote_with_only_the_matching_sentence_is_quoted():
    text = (FILLER * 12 + "Customer may inspect the Supplier's records. Any audit shall be at Customer's cost. "
            + FILLER * 12)
    f = review([demo_rule("  patterns: ['\\bmay\\s+inspect\\b']")], text).findings[0]
    assert f.evidence[0].text == "Customer may inspect the Supplier's records."


def test_quote_with_stops_at_the_first_sentence_on_another_subject_and_at_the_length_limit():
    from analyzer.quoting import GROW_CHARS

    text = (FILLER * 12 + "Customer may audit the records. Title passes on delivery. Each audit is annual. "
            + FILLER * 12)
    f = review([demo_rule(AUDIT_GROW)], text).findings[0]
    assert f.evidence[0].text == "Customer may audit the records."
    many = " ".join(f"Audit step {i} is described here in some detail for the reader." for i in range(40))
    text = FILLER * 12 + "Customer may audit the records. " + many + " " + FILLER * 12
    f = review([demo_rule(AUDIT_GROW)], text).findings[0]
    assert f.evidence[0].text.startswith("Customer may audit the records. Audit step 0")
    assert len(f.evidence[0].text) <= GROW_CHARS


def test_quote_with_does_not_change_the_call_or_the_score():
    text = FILLER * 12 + "Customer may audit the records. Any audit shall be at Customer's cost. " + FILLER * 12
    plain = review([demo_rule("  patterns: ['\\bmay\\s+audit\\b']")], text).findings[0]
    grown = review([demo_rule(AUDIT_GROW)], text).findings[0]
    assert (grown.status, grown.score, grown.message) == (plain.status, plain.score, plain.message)
    assert len(grown.evidence[0].text) > len(plain.evidence[0].text)


@pytest.mark.parametrize("detect, says", [
    ("  patterns: ['x']\n  quote_with: ['(unclosed']", ["quote_with: bad regular expression"]),
    ("  patterns: ['x']\n  quote_with: ['{client} audits']", ["quote_with:", "not expanded"]),
    ("  patterns: ['x']\n  quote_with: ['x']\n  quote_near: 9", ["quote_near: must be a whole number from 0 to 3"]),
    ("  patterns: ['x']\n  quote_near: 1", ["quote_near: needs quote_with"]),
])
def test_quote_fields_are_validated(detect, says):
    with pytest.raises(RuleError) as exc:
        demo_rule(detect)
    assert all(part in exc.value.message for part in says)


NEAR_RULE = ("  patterns: ['\\bmay\\s+audit\\b']\n"
             "  quote_with: ['\\baudit\\w*']\n"
             "  quote_near: 2")


def test_quote_near_cites_sentences_on_the_subject_in_the_paragraphs_around_the_quote():
    text = ("7. Records\n\nCustomer may audit the Supplier's records once a year.\n\n"
            "Fees are due monthly.\n\nAny audit shall be at Customer's cost.\n\n"
            "Title passes on delivery.\n\nPayment terms are net thirty.\n\nEach audit report is confidential.\n\n"
            "8. Notices\n\nAn audit notice goes by email.")
    f = review([demo_rule(NEAR_RULE)], text).findings[0]
    # two paragraphs away and naming the audit: cited; four away, or in another section: not
    assert [e.text for e in f.evidence] == ["Customer may audit the Supplier's records once a year.",
                                            "Any audit shall be at Customer's cost."]
    plain = review([demo_rule(NEAR_RULE.replace("  quote_near: 2", ""))], text).findings[0]
    assert len(plain.evidence) == 1 and (plain.status, plain.score) == (f.status, f.score)


def test_quote_near_stays_inside_the_numbered_sub_clause_of_the_quote():
    text = ("7. Records\n\n7.1 Customer may audit the Supplier's records once a year.\n\n"
            "7.2 Any audit shall be at Customer's cost.")
    f = review([demo_rule(NEAR_RULE)], text).findings[0]
    assert [e.text for e in f.evidence] == ["7.1 Customer may audit the Supplier's records once a year."]




def test_a_quote_cut_mid_sentence_runs_on_only_to_the_next_sentence_of_a_long_paragraph():
    # A plain-text export can put the rest of the sentence at the head of a whole next article:
    # the reader needs the sentence finished, not the article.
    rest = "the design of the customer portal. " + " ".join(
        f"Clause {i} of the next article is about fees and dates." for i in range(14))
    text = "Background.\n\nThe parties agree that, under this order, the scope of the services includes\n\n" + rest
    quote = review([rule()], text).findings[0].evidence[0].text
    assert quote == ("The parties agree that, under this order, the scope of the services includes\n\n"
                     "the design of the customer portal.")
    short = "Background.\n\nThe parties agree that, under this order, the scope of the services includes\n\n" \
            "the design of the portal. Hosting is extra."
    assert review([rule()], short).findings[0].evidence[0].text.endswith("Hosting is extra.")


def test_unticked_form_options_are_not_read_for_weak_calls():
    from analyzer.engine import _in_force

    row = "Uncapped Claims | excluded from the cap | [    ] Breach of Section 11 | [ x ] Fraud\n[ ]\tCyber cover {limit}"
    assert _in_force(row) == "Uncapped Claims | excluded from the cap || [ x ] Fraud\n"
    assert _in_force("a fee of $[ ] per month") == "a fee of $[ ] per month"  # a blank, not an option


SECTIONED = ("12. LIMITATION OF LIABILITY\n\n12.1 The scope of each party's liability is limited to the fees paid.\n\n"
             "12.2 Neither party excludes liability for death.\n\n12.3 The limit does not apply to data breaches.\n\n"
             "13. NOTICES\n\n13.1 Notices go by email and data breaches are reported.")


def test_read_section_lets_a_weak_check_read_the_sibling_sub_clauses():
    """'12.1 cap' is weak for a carve-out written in '12.3' only when the condition reads the
    section; the next section (13) is never read."""
    cond = "weak_if:\n  - id: carve\n    message: carved out\n    matches: ['\\bdoes\\s+not\\s+apply\\b']\n"
    assert review([rule(cond)], SECTIONED).findings[0].status.value == "present"
    f = review([rule(cond + "    read_section: true\n")], SECTIONED).findings[0]
    assert f.status.value == "weak" and f.weak_reasons == ("carve",)
    outside = "weak_if:\n  - id: email\n    message: m\n    matches: ['\\bby\\s+email\\b']\n    read_section: true\n"
    assert review([rule(outside)], SECTIONED).findings[0].status.value == "present"


def test_read_section_also_answers_absent_conditions():
    cond = ("weak_if:\n  - id: no-death\n    message: death not carved out\n    absent: ['\\bdeath\\b']\n")
    assert review([rule(cond)], SECTIONED).findings[0].status.value == "weak"
    assert review([rule(cond + "    read_section: true\n")], SECTIONED).findings[0].status.value == "present"


def test_read_section_does_not_read_the_other_clauses_of_a_lettered_part():
    """Clauses '01' ... '04' under 'B. TERMS AND CONDITIONS' are separate clauses, not sub-clauses of one:
    a cap in clause 04 (on liability) does not cap the delay penalty of clause 02."""
    text = ("A. PRICE\n\nThe price is BDT 2,000,000.\n\nB. TERMS AND CONDITIONS\n\n"
            "01. Completion: the works shall be completed within 90 days.\n\n"
            "02. Penalty: for late completion the vendor shall pay a penalty of 2% of the price per week of delay.\n\n"
            "03. Payment: payment within 30 days of the final bill.\n\n"
            "04. Liability: the vendor's total liability shall not exceed 12% of the price.")
    f = review([builtin("delay-penalties")], text).findings[0]
    assert f.status.value == "weak" and "uncapped" in f.weak_reasons
    nested = text.replace("B. TERMS AND CONDITIONS", "2. TERMS AND CONDITIONS").replace("\n0", "\n2.")
    assert review([builtin("delay-penalties")], nested).findings[0].status.value == "present"  # 2.2 under 2


def test_a_weak_check_reads_the_whole_row_of_a_long_pipe_table():
    """A row of a long table is one term: its second sentence ("at its sole discretion") counts."""
    rows = "".join(f"| SC-{n} | Item {n} | The parties shall meet monthly to review item {n} of the plan. |\n"
                   for n in range(3, 12))
    text = ("| No. | Condition | Text |\n|---|---|---|\n| SC-1 | Law | The law of Oman applies. |\n"
            "| SC-2 | Extension | The supplier may apply for more time within 7 days of the scope change. "
            "The buyer may, as it sees fit, grant or refuse it. |\n" + rows)
    cond = "weak_if:\n  - id: discretion\n    message: at the buyer's discretion\n    matches: ['\\bas\\s+it\\s+sees\\s+fit\\b']\n"
    f = review([rule(cond)], text).findings[0]
    assert f.status.value == "weak" and f.weak_reasons == ("discretion",)


def test_read_section_is_validated():
    base = "weak_if:\n  - id: x\n    message: m\n"
    with pytest.raises(RuleError, match="must be true or false"):
        rule(base + "    matches: ['x']\n    read_section: 'yes'\n")
    with pytest.raises(RuleError, match="applies only to matches and absent"):
        rule(base + "    no_duration: true\n    read_section: true\n")
