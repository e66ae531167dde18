"""Run each rule's own examples: every present/weak/missing example must get that status."""

from __future__ import annotations

from analyzer.rules import Rule

EXPECTED = {"present": "present", "weak": "weak", "missing": "missing"}


def check_rule(rule: Rule, perspective: str = "provider") -> list[str]:
    """Human-readable failures ("liability-cap: weak example 1 came out present: '...'")."""
    from analyzer.engine import Analyzer
    from analyzer.ingest.text import document_from_text

    analyzer = Analyzer(rules=(rule,), perspective=perspective, classifier=None)  # the rule alone
    failures = []
    for kind, expected in EXPECTED.items():
        for i, text in enumerate(rule.examples.get(kind) or [], 1):
            finding = analyzer.review_document(document_from_text(text)).findings[0]
            if finding.status.value != expected:
                failures.append(f"{rule.id}: {kind} example {i} came out {finding.status.value}: {text[:90]!r}")
    return failures
