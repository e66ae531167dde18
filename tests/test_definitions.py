"""Defined terms read for weak checks: a clause that hands its value to a cover-page term."""

import pytest

from analyzer.definitions import definition, definitions_used, terms_in
from analyzer.errors import RuleError
from analyzer.ingest.text import document_from_text
from tests.test_rules_loader import GOOD, write
from analyzer.rules import load_dir

CLAUSE = "Each party's total liability under this Agreement will not be more than the Overall Cap Figure."


def test_terms_in_finds_capitalised_phrases_once():
    assert terms_in("Under the Overall Cap Figure and the Overall Cap Figure, Section 4 applies.") == [
        "Overall Cap Figure"]


def test_means_definition_is_read_to_the_end_of_its_line():
    doc = document_from_text('1. "Overall Cap Figure" means USD 250,000.\nOther text follows here.\n' + CLAUSE)
    assert definition(doc, "Overall Cap Figure") == 'Overall Cap Figure" means USD 250,000.'


def test_table_row_on_one_line():
    doc = document_from_text("Key Terms\nOverall Cap Figure | cap for most claims | 3x the fees paid\n\n" + CLAUSE)
    assert definition(doc, "Overall Cap Figure").startswith("Overall Cap Figure | cap for most claims | 3x the fees")


def test_label_line_runs_to_the_next_label():
    doc = document_from_text("Overall Cap Figure\nLimit for most claims.\n[x] twice the fees paid\n"
                             "Super Cap Claims\nBreach of security.\n\n" + CLAUSE)
    d = definition(doc, "Overall Cap Figure")
    assert "twice the fees paid" in d and "Super Cap Claims" not in d


def test_undefined_term_reads_nothing():
    doc = document_from_text(CLAUSE)
    assert definition(doc, "Overall Cap Figure") is None
    assert definitions_used(doc, CLAUSE) == ""


def test_read_definitions_needs_a_condition_about_what_is_named(tmp_path):
    bad = GOOD + "weak_if:\n  - id: x\n    message: m\n    matches: ['sample']\n    read_definitions: true\n"
    write(tmp_path, bad)
    with pytest.raises(RuleError, match="read_definitions"):
        load_dir(tmp_path)


def test_read_definitions_must_be_boolean(tmp_path):
    bad = GOOD + "weak_if:\n  - id: x\n    message: m\n    absent: ['sample']\n    read_definitions: 'yes'\n"
    write(tmp_path, bad)
    with pytest.raises(RuleError, match="read_definitions"):
        load_dir(tmp_path)
