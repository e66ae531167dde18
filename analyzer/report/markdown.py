"""Markdown gap report; contract text is escaped so it cannot inject markup or raw HTML."""

from __future__ import annotations

import re

from analyzer.findings import Review
from analyzer.report import Options
from analyzer.report.common import (DISCLAIMER, SCORE_FORMULA, by_family, coverage_line, family_name, headline,
                                    key_term_lines, label, location, method_line, one_line, playbook_line,
                                    quoted_and_rest, score, severity_rows, status_counts)

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|])")  # batch_summary.py reuses esc() and relies on this set
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")  # inside a line: no emphasis, code, links, tables or HTML
_LINE_START = re.compile(r"^(\d+)([.)])|^([#+\->=])")  # would start a list, heading or quote


def esc(text: str | None) -> str:
    """Escape every Markdown punctuation character (kept for batch_summary.py)."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def inline(text: str | None) -> str:
    """Escape what can make markup inside a line, so a quote stays readable: 'one-sided (a)' not 'one\\-sided'."""
    out = _INLINE.sub(r"\\\1", one_line(text))
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", out)


def _where(f) -> str:
    return location(f.evidence[0]) if f.evidence else ""


def render(review: Review, options: Options = Options()) -> str:
    s = score(review)
    out = [f"# Contract review: {inline(review.path)}", "",
           f"Perspective: **{review.perspective}**. {inline(coverage_line(review))}  ",
           inline(method_line(review)), ""]
    if playbook_line(review):
        out += [f"Playbook: {inline(playbook_line(review))}", ""]
    for w in review.coverage.get("warnings", []):
        out += [f"> Warning: {inline(w)}", ""]
    out += ["## Summary", "",
            f"**Protection score: {s if s is not None else 'n/a'}/100.** {inline(headline(review))}", "",
            f"*{inline(SCORE_FORMULA)}*", "",
            "Findings: " + ", ".join(f"{n} {inline(lab)}" for lab, n in status_counts(review)) + ".", "",
            "| Severity | Problems | Missing / risk | Weak |", "|---|--:|--:|--:|"]
    out += [f"| {name} | {n} | {m} | {w} |" for name, n, m, w in severity_rows(review)]
    out += ["", "## Key terms", "", "| Term | Value |", "|---|---|"]
    out += [f"| {inline(k)} | {inline(v)} |" for k, v in key_term_lines(review)]
    out += ["", "## Findings", "", "| Status | Severity | Protection | Where |", "|---|---|---|---|"]
    groups = by_family(review)
    for _, findings in groups:
        for f in findings:
            out.append(f"| {label(f)} | {f.severity.value} | [{inline(f.title)}](#{f.rule_id}) | {inline(_where(f))} |")
    out.append("")
    for family, findings in groups:
        out += [f"## {inline(family_name(family))}", ""]
        for f in findings:
            out += [f"### {inline(f.title)} <a id=\"{f.rule_id}\"></a>", "",
                    f"**{label(f)}** ({f.severity.value}, `{f.rule_id}`): {inline(f.message)}", ""]
            shown, also = quoted_and_rest(f)
            for e in shown:
                loc = location(e)
                out += [f"> {inline(e.text)}" + (f" *({inline(loc)})*" if loc else ""), ""]
            if also:
                out += [f"*{inline(also[:1].upper() + also[1:])}*", ""]
            if f.is_problem and f.rationale:
                out += [f"**Why it matters:** {inline(f.rationale)}", ""]
            if f.is_problem and f.suggestion:
                out += [f"**Suggested language:** {inline(f.suggestion)}", ""]
    out += ["---", "", f"*{inline(DISCLAIMER)}*", ""]
    return "\n".join(out)
