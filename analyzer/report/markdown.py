"""Markdown gap report; contract text is escaped so it cannot inject markup."""

from __future__ import annotations

import re

from analyzer.findings import Review
from analyzer.report.common import coverage_line, key_term_lines, label, ordered

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|])")


def esc(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render(review: Review) -> str:
    out = [f"# Contract review: {esc(review.path)}", "",
           f"Perspective: **{review.perspective}**. {esc(coverage_line(review))}", ""]
    for w in review.coverage.get("warnings", []):
        out.append(f"> Warning: {esc(w)}")
    out += ["## Key terms", "", "| Term | Value |", "|---|---|"]
    out += [f"| {esc(k)} | {esc(v)} |" for k, v in key_term_lines(review)]
    out += ["", "## Findings", "", "| Status | Severity | Protection | Where |", "|---|---|---|---|"]
    for f in ordered(review):
        where = f.evidence[0].section if f.evidence and f.evidence[0].section else ""
        if f.evidence and f.evidence[0].page:
            where += f" p.{f.evidence[0].page}"
        out.append(f"| {label(f)} | {f.severity.value} | [{esc(f.title)}](#{f.rule_id}) | {esc(where.strip())} |")
    out.append("")
    for f in ordered(review):
        out += [f"### {esc(f.title)} <a id=\"{f.rule_id}\"></a>", "",
                f"**{label(f)}** ({f.severity.value}, `{f.rule_id}`): {esc(f.message)}", ""]
        for e in f.evidence:
            loc = ", ".join(x for x in (e.section and f"section {e.section}", e.page and f"page {e.page}") if x)
            out.append(f"> {esc(e.text)}" + (f" *({esc(loc)})*" if loc else ""))
            out.append("")
        if f.rationale:
            out += [f"Why it matters: {esc(f.rationale)}", ""]
        if f.is_problem and f.suggestion:
            out += [f"Suggested language: {esc(f.suggestion)}", ""]
    return "\n".join(out)
