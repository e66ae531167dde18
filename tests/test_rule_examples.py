"""Every rule's own positive, weak and negative examples, run automatically (semgrep-rules style)."""

import pytest

from analyzer.examples import check_rule
from analyzer.rules import builtin_rules

RULES = builtin_rules()


def test_library_is_not_empty():
    assert len(RULES) >= 10


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule):
    assert rule.examples.get("present"), f"{rule.id} has no present example"
    assert rule.examples.get("missing"), f"{rule.id} has no missing example"
    assert check_rule(rule) == []


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_required_metadata(rule):
    assert rule.title and rule.rationale and rule.family and rule.severity
    if rule.kind_for("provider") == "protection":
        assert rule.suggestion
