"""SARIF 2.1.0: one result per problem finding, so code-scanning tools and CI can show contract gaps.

A region (character offsets into the file) is given only for text inputs (.txt, .md), where the extracted
text is the file's own text; for DOCX and PDF the offsets point into extracted text, so the location
names the file and carries page, section and the quoted text as properties instead.
"""

from __future__ import annotations

import json

from analyzer import __version__
from analyzer.findings import Review
from analyzer.report import Options
from analyzer.report.common import label, one_line

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"high": "error", "medium": "warning", "low": "note", "info": "note"}
TEXT_FORMATS = ("txt", "md", "text", "markdown")


def _rule(f) -> dict:
    rule = {"id": f.rule_id, "name": f.title,
            "shortDescription": {"text": f.title},
            "defaultConfiguration": {"level": LEVEL[f.severity.value]},
            "properties": {"family": f.family, "severity": f.severity.value, "kind": f.kind,
                           "maps_to": list(f.maps_to)}}
    if f.rationale:
        rule["fullDescription"] = {"text": one_line(f.rationale)}
    if f.suggestion:
        rule["help"] = {"text": "Suggested language: " + one_line(f.suggestion)}
    return rule


def render(review: Review, options: Options = Options()) -> str:
    uri = review.path.replace("\\", "/")
    findings = sorted(review.findings, key=lambda f: f.rule_id)
    index = {f.rule_id: i for i, f in enumerate(findings)}
    results = []
    for f in findings:
        if not f.is_problem:
            continue
        result = {"ruleId": f.rule_id, "ruleIndex": index[f.rule_id], "level": LEVEL[f.severity.value],
                  "kind": "fail", "message": {"text": one_line(f.message)},
                  "partialFingerprints": {"contractAnalyzerFinding/v1": f.fingerprint},
                  "properties": {"status": f.status.value, "label": label(f), "weak_reasons": list(f.weak_reasons)}}
        location = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
        if f.evidence:
            e = f.evidence[0]
            if review.format in TEXT_FORMATS:
                location["physicalLocation"]["region"] = {"charOffset": e.start, "charLength": e.end - e.start,
                                                          "snippet": {"text": e.text}}
            location["properties"] = {"page": e.page, "section": e.section, "quote": one_line(e.text)}
        result["locations"] = [location]
        results.append(result)
    log = {"$schema": SCHEMA, "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "contract-analyzer", "version": __version__,
                                         "rules": [_rule(f) for f in findings]}},
                     "columnKind": "unicodeCodePoints",
                     "properties": {"perspective": review.perspective, "playbooks": review.playbooks},
                     "results": results}]}
    return json.dumps(log, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
