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
