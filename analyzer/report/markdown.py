"""Markdown gap report; contract text is escaped so it cannot inject markup or raw HTML."""

from __future__ import annotations

import re

from analyzer.findings import Review
from analyzer.report import Options
from analyzer.report.common import (DISCLAIMER, SCORE_FORMULA, by_family, coverage_line, family_name, headline,
                                    key_term_lines, label, location, method_line, one_line, playbook_line, score,
                                    severity_rows, status_counts)

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|])")  # batch_summary.py reuses esc() and relies on this set


def esc(text: str | None) -> str:
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _where(f) -> str:
    return location(f.evidence[0]) if f.evidence else ""


def render(review: Review, options: Options = Options()) -> str:
    s = score(review)
    out = [f"# Contract review: {esc(review.path)}", "",
           f"Perspective: **{review.perspective}**. {esc(coverage_line(review))}  ",
           esc(method_line(review)), ""]
    if playbook_line(review):
        out += [f"Playbook: {esc(playbook_line(review))}", ""]
    for w in review.coverage.get("warnings", []):
        out += [f"> Warning: {esc(w)}", ""]
    out += ["## Summary", "",
            f"**Protection score: {s if s is not None else 'n/a'}/100.** {esc(headline(review))}", "",
            f"*{esc(SCORE_FORMULA)}*", "",
            "Findings: " + ", ".join(f"{n} {esc(lab)}" for lab, n in status_counts(review)) + ".", "",
            "| Severity | Problems | Missing / risk | Weak |", "|---|--:|--:|--:|"]
    out += [f"| {name} | {n} | {m} | {w} |" for name, n, m, w in severity_rows(review)]
    out += ["", "## Key terms", "", "| Term | Value |", "|---|---|"]
    out += [f"| {esc(k)} | {esc(v)} |" for k, v in key_term_lines(review)]
    out += ["", "## Findings", "", "| Status | Severity | Protection | Where |", "|---|---|---|---|"]
    groups = by_family(review)
    for _, findings in groups:
        for f in findings:
            out.append(f"| {label(f)} | {f.severity.value} | [{esc(f.title)}](#{f.rule_id}) | {esc(_where(f))} |")
    out.append("")
    for family, findings in groups:
        out += [f"## {esc(family_name(family))}", ""]
        for f in findings:
            out += [f"### {esc(f.title)} <a id=\"{f.rule_id}\"></a>", "",
                    f"**{label(f)}** ({f.severity.value}, `{f.rule_id}`): {esc(f.message)}", ""]
            for e in f.evidence:
                loc = location(e)
                out += [f"> {esc(e.text)}" + (f" *({esc(loc)})*" if loc else ""), ""]
            if f.is_problem and f.rationale:
                out += [f"**Why it matters:** {esc(f.rationale)}", ""]
            if f.is_problem and f.suggestion:
                out += [f"**Suggested language:** {esc(f.suggestion)}", ""]
    out += ["---", "", f"*{esc(DISCLAIMER)}*", ""]
    return "\n".join(out)
