"""Candidate matching: line anchors, section-aware headings, bare headings, boosts, schema fields."""

import pytest

from analyzer.engine import Analyzer
from analyzer.errors import RuleError
from analyzer.ingest.text import document_from_text
from analyzer.matching.candidates import _covers, hits_for, prepare
from analyzer.matching.compiled import compile_rules
from analyzer.roles import DEFAULT
from conftest import demo_rule


def rule(detect: str, extra: str = ""):
    return demo_rule(detect, extra)


def finding(r, text: str, perspective: str = "provider"):
    return Analyzer(rules=(r,), perspective=perspective).review_document(document_from_text(text)).findings[0]


def hits(r, text: str):
    doc = document_from_text(text)
    lib = compile_rules((r,), DEFAULT)
    return doc, hits_for(prepare(doc, lib), lib.rules[0])


def test_caret_anchors_each_line_not_only_the_document():
    r = rule("  patterns: ['^\\s*out of scope:']")
    f = finding(r, "1. Scope\n\nWe will build the portal.\n\nOut of scope:\n- hosting\n- training")
    assert f.status.value == "present"
    assert f.evidence[0].text.startswith("Out of scope:")


def test_a_match_that_starts_on_a_blank_line_still_lands_in_its_block():
    r = rule("  patterns: ['^\\s*in scope:']")
    doc, found = hits(r, "Scope\n\nIn scope:\n- a penetration test")
    assert found and doc.text[found[0].start:].startswith("In scope:")


def test_heading_must_cover_the_phrase_content_words():
    assert not _covers("the services", "changes to the services")
    assert _covers("changes to the services", "changes to the services")
    assert _covers("limitations of liability", "limitation of liability")  # near-miss via rapidfuzz
    assert not _covers("liability", "limitation of liability")
    assert not _covers("licensed deliverables", "deliverables")  # a one-word phrase needs a one-word heading
    # a near miss is a spelling variant, not another word built on the wanted one
    assert not _covers("remediation", "mediation") and not _covers("determination", "termination")
    assert _covers("terminaton", "termination") and _covers("mediations", "mediation")


def test_heading_is_strong_evidence_and_raises_the_score():
    r = rule("  headings: ['change control']\n  patterns: ['\\bchange request\\b']")
    plain = finding(r, "Either party may submit a change request.")
    headed = finding(r, "4. Change Control\n\nEither party may submit a change request.")
    assert headed.score > plain.score


def test_a_bare_heading_line_stands_for_the_clause_below_it():
    r = rule("  patterns: ['\\bdelivery dates?\\b']")
    f = finding(r, "Delivery Dates\n\nThe functional specification is due on 6 March 2026.")
    assert f.status.value == "present"
    assert f.evidence[0].text == "The functional specification is due on 6 March 2026."


def test_exclude_is_read_on_the_sentence_so_negations_can_be_ruled_out():
    r = rule("  patterns: ['time\\s+is\\s+(?:not\\s+)?of\\s+the\\s+essence']\n"
             "  exclude: ['time\\s+is\\s+not\\s+of\\s+the\\s+essence']")
    assert finding(r, "Time is not of the essence.").status.value == "missing"
    assert finding(r, "Time is of the essence for delivery.").status.value == "present"


def test_each_row_of_a_plain_text_table_is_read_as_its_own_sentence():
    """Rows rarely end in a full stop, so the sentencizer runs a pipe table together: an exclusion
    on one row must not cancel a hit on another, and the quote is the row."""
    r = rule("  patterns: ['\\binsurance\\b']\n  exclude: ['\\bnot\\s+required\\b']")
    table = ("Key terms\n\n"
             "Professional indemnity insurance | GBP 1,000,000 per claim\n"
             "Performance bond | not required\n"
             "Payment | 30 days from invoice")
    f = finding(r, table)
    assert f.status.value == "present"
    assert f.evidence[0].text == "Professional indemnity insurance | GBP 1,000,000 per claim"
    assert finding(r, table.replace("Performance bond", "Insurance")).status.value == "present"
    prose = "Insurance is not required\nfor this short engagement and no bond either."
    assert finding(r, prose).status.value == "missing"  # lines of prose are one sentence as before


def test_boost_ranks_the_sentence_that_names_what_matters_first():
    r = rule("  patterns: ['\\bTBD\\b']\n  boost: ['\\bfees?\\b']")
    f = finding(r, "Project name: TBD.\n\nFees: TBD.")
    assert f.evidence[0].text == "Fees: TBD."


def test_max_evidence_quotes_every_blank_up_to_the_limit():
    from analyzer.engine import MAX_CITED

    text = "\n\n".join(f"Item {i}: TBD." for i in range(MAX_CITED + 3))
    f = finding(rule("  patterns: ['\\bTBD\\b']"), text)
    assert len(f.evidence) == MAX_CITED  # engine default: every place, up to the cap
    assert [e.text for e in f.evidence] == [f"Item {i}: TBD." for i in range(MAX_CITED)]  # document order
    assert len(finding(rule("  patterns: ['\\bTBD\\b']\n  max_evidence: 11"), text).evidence) == 11


@pytest.mark.parametrize("field, value, message", [
    ("max_evidence", "0", "max_evidence: must be a whole number from 1 to"),
    ("max_evidence", "many", "max_evidence: must be a whole number from 1 to"),
    ("boost", "['(unclosed']", "bad regular expression"),
])
def test_new_detect_fields_are_validated_with_their_line(field, value, message):
    with pytest.raises(RuleError) as exc:
        rule(f"  patterns: ['x']\n  {field}: {value}")
    assert message in exc.value.message
    assert "demo.yaml:9:" in exc.value.message  # the line of the bad field


def test_units_split_numbered_lines_tables_and_keep_lead_in_lists():
    from analyzer.matching.units import unit_at

    text = ("5. TESTING\n5.1 Each Deliverable is tested against the criteria.\n5.2 Silence for ten days "
            "is acceptance.\nScope | Build a portal\nFees | TBD\nIn scope:\n- a pen test\n- a retest")
    def quote(word):
        s, e = unit_at(text, 0, len(text), text.index(word))
        return text[s:e]
    assert quote("criteria") == "5.1 Each Deliverable is tested against the criteria."
    assert quote("TESTING").startswith("5. TESTING\n5.1")  # a heading brings the clause under it
    assert quote("portal") == "Scope | Build a portal"  # key | value rows stand alone
    assert quote("In scope") == "In scope:\n- a pen test\n- a retest"


def test_hard_wrapped_lines_stay_one_unit():
    from analyzer.matching.units import unit_at

    text = "We will keep your business information\nprivate and use it only for this work.\nYou will pay us."
    s, e = unit_at(text, 0, len(text), 0)
    assert text[s:e] == "We will keep your business information\nprivate and use it only for this work."


def test_rows_of_a_wide_table_stay_together_even_when_numbered():
    from analyzer.matching.units import unit_at

    text = "Milestone | Date | Fee\n1. Design | 3 March 2026 | $10,000\n2. Beta | 12 June 2026 | $20,000"
    s, e = unit_at(text, 0, len(text), text.index("Beta"))
    assert text[s:e] == text


def _heading_matches_all_pairs(sections, lib):
    """The straightforward heading matcher: score every section heading against every library
    heading phrase with token_set_ratio, then keep the pairs where the heading covers the phrase."""
    from rapidfuzz import fuzz, process

    from analyzer.matching.candidates import HEADING_FUZZ
    from analyzer.matching.compiled import normalise_heading

    names = [normalise_heading(s.heading or "") for s in sections]
    scores = process.cdist(names, [h for _, h in lib.headings], scorer=fuzz.token_set_ratio,
                           score_cutoff=HEADING_FUZZ)
    out = {}
    for i, name in enumerate(names):
        if not name or len(name) > 120:
            continue
        for j in scores[i].nonzero()[0]:
            rid, phrase = lib.headings[j]
            if _covers(name, phrase):
                out.setdefault(i, set()).add(rid)
    return out


def test_heading_matcher_finds_what_scoring_every_pair_finds():
    from analyzer.matching.candidates import _heading_matches
    from analyzer.rules import builtin_rules

    lib = compile_rules(builtin_rules(), DEFAULT)
    variants = []
    for _, phrase in lib.headings:
        words = phrase.split()
        variants += [phrase, phrase + "s", phrase.replace("ion", "ions"), phrase[:-1], "the " + phrase,
                     phrase + " and other matters", " ".join(reversed(words)), words[0], words[-1] + " terms",
                     phrase.replace("a", "e", 1)]
    variants += ["", "the", "of the", "x" * 130, "Limitations of Liability", "indemnity",
                 "changes to the services", "licensed deliverables", "remediation", "determination"]
    text = "\n\n".join(f"{i + 1}. {v.title() if i % 2 else v.upper()}\n\nBody text {i}." for i, v in enumerate(variants))
    doc = document_from_text(text)
    assert len(doc.sections) > len(lib.headings)
    expected = _heading_matches_all_pairs(doc.sections, lib)
    assert sum(len(v) for v in expected.values()) > len(lib.headings) // 2  # the test really matches
    found = _heading_matches(doc.sections, lib)
    assert found == expected and list(found) == list(expected)  # same sections, same order, same rules


def test_sentences_read_on_demand_are_those_of_tokenising_every_block():
    from analyzer.ingest import load
    from analyzer.matching.candidates import Sentences
    from analyzer.nlp import analyse
    from conftest import SAMPLES

    doc = load(SAMPLES / "one-sided-agreement-weak.pdf")
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    lazy = Sentences(texts)
    assert [lazy[i] for i in reversed(range(len(texts)))][::-1] == [a[0] for a in analyse(texts)]


def test_phrase_rules_still_tokenise_every_block_and_match():
    r = rule("  phrases: ['limitation of liability']")
    text = "1. Fees\n\nClient pays. Twice.\n\n2. Caps\n\nThe LIMITATION of liability applies. Nothing else."
    doc = document_from_text(text)
    lib = compile_rules((r,), DEFAULT)
    prep = prepare(doc, lib)
    assert isinstance(prep.sentences, list)  # phrases need every block's tokens
    lazy = prepare(doc, compile_rules((rule("  patterns: ['\\bcaps\\b']"),), DEFAULT)).sentences
    assert [lazy[i] for i in range(len(doc.blocks))] == prep.sentences
    found = hits_for(prep, lib.rules[0])
    assert [doc.text[h.start:h.end] for h in found] == ["LIMITATION of liability"]
    assert finding(r, text).status.value == "present"
