"""Batch summary for people: worst documents first, the most common gaps, every failure, every
skipped file. Markdown escapes contract-derived text; HTML is one self-contained page with all
text escaped (no scripts, no external resources)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from analyzer.batch.rows import SEVERITIES, RuleColumn, Row
from analyzer.report.markdown import esc

TOP_GAPS_PER_DOC = 3


@dataclass
class BatchFacts:
    """What the batch did, for the headline."""

    perspective: str = "provider"
    reviewed: int = 0
    cached: int = 0
    duplicates: int = 0
    failed: int = 0
    seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _documents(rows: list[Row]) -> list[Row]:
    ok = [r for r in rows if r.outcome != "failed"]
    return sorted(ok, key=lambda r: (tuple(-n for n in r.badness), r.path))


def common_gaps(rows: list[Row], rules: list[RuleColumn]) -> list[tuple[RuleColumn, int, int, int]]:
    """(rule, documents missing it, documents where it is weak, documents with any problem), commonest first."""
    ok = [r for r in rows if r.outcome != "failed"]
    out = []
    for rule in rules:
        weak = sum(1 for r in ok if r.gaps.get(rule.id) == "weak")
        total = sum(1 for r in ok if rule.id in r.gaps)
        if total:
            out.append((rule, total - weak, weak, total))
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(out, key=lambda t: (-t[3], rank.get(t[0].severity, 9), t[0].id))


def _top_gaps(row: Row, titles: dict[str, RuleColumn]) -> list[str]:
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    ids = sorted(row.gaps, key=lambda i: (rank.get(titles[i].severity, 9) if i in titles else 9, i))
    return [f"{titles[i].title if i in titles else i} ({row.gaps[i]})" for i in ids[:TOP_GAPS_PER_DOC]]


def _headline(rows: list[Row], facts: BatchFacts) -> str:
    return (f"{len(rows)} document(s): {facts.reviewed} reviewed ({facts.cached} from cache), "
            f"{facts.duplicates} duplicate(s), {facts.failed} failed; {len(facts.skipped)} file(s) skipped. "
            f"Perspective: {facts.perspective or 'default'}.")


def render_markdown(rows: list[Row], rules: list[RuleColumn], facts: BatchFacts) -> str:
    titles = {r.id: r for r in rules}
    out = ["# Batch review", "", esc(_headline(rows, facts)), "", "## Documents, worst first", "",
           "| Document | High | Medium | Low | Main gaps |", "|---|---|---|---|---|"]
    for r in _documents(rows):
        name = esc(r.path) + (f" (duplicate of {esc(r.duplicate_of)})" if r.duplicate_of else "")
        out.append(f"| {name} | {r.problems.get('high', 0)} | {r.problems.get('medium', 0)} | "
                   f"{r.problems.get('low', 0)} | {esc('; '.join(_top_gaps(r, titles)))} |")
    out += ["", "## Most common gaps", "", "| Protection | Severity | Missing | Weak | Documents |",
            "|---|---|---|---|---|"]
    for rule, missing, weak, total in common_gaps(rows, rules):
        out.append(f"| {esc(rule.title)} (`{rule.id}`) | {rule.severity} | {missing} | {weak} | {total} |")
    failed = sorted((r for r in rows if r.outcome == "failed"), key=lambda r: r.path)
    out += ["", f"## Failures ({len(failed)})", ""]
    out += [f"- {esc(r.path)}: {esc(r.error or '')}" for r in failed] or ["None."]
    out += ["", f"## Skipped ({len(facts.skipped)})", ""]
    out += [f"- {esc(p)}: {esc(reason)}" for p, reason in facts.skipped] or ["None."]
    return "\n".join(out) + "\n"


CSS = """body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}
.n{text-align:right}.high{color:#a00;font-weight:bold}"""


def render_html(rows: list[Row], rules: list[RuleColumn], facts: BatchFacts) -> str:
    e = html.escape
    titles = {r.id: r for r in rules}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>Batch review</title>", f"<style>{CSS}</style></head><body>", "<h1>Batch review</h1>",
           f"<p>{e(_headline(rows, facts))}</p>", "<h2>Documents, worst first</h2>",
           "<table><tr><th>Document</th><th>High</th><th>Medium</th><th>Low</th><th>Main gaps</th></tr>"]
    for r in _documents(rows):
        dup = f"<br><small>duplicate of {e(r.duplicate_of)}</small>" if r.duplicate_of else ""
        out.append(f"<tr><td>{e(r.path)}{dup}</td><td class=\"n high\">{r.problems.get('high', 0)}</td>"
                   f"<td class=\"n\">{r.problems.get('medium', 0)}</td><td class=\"n\">{r.problems.get('low', 0)}</td>"
                   f"<td>{e('; '.join(_top_gaps(r, titles)))}</td></tr>")
    out += ["</table>", "<h2>Most common gaps</h2>",
            "<table><tr><th>Protection</th><th>Severity</th><th>Missing</th><th>Weak</th><th>Documents</th></tr>"]
    for rule, missing, weak, total in common_gaps(rows, rules):
        out.append(f"<tr><td>{e(rule.title)} <code>{e(rule.id)}</code></td><td>{e(rule.severity)}</td>"
                   f"<td class=\"n\">{missing}</td><td class=\"n\">{weak}</td><td class=\"n\">{total}</td></tr>")
    out.append("</table>")
    failed = sorted((r for r in rows if r.outcome == "failed"), key=lambda r: r.path)
    out.append(f"<h2>Failures ({len(failed)})</h2>")
    out.append("<ul>" + "".join(f"<li>{e(r.path)}: {e(r.error or '')}</li>" for r in failed) + "</ul>"
               if failed else "<p>None.</p>")
    out.append(f"<h2>Skipped ({len(facts.skipped)})</h2>")
    out.append("<ul>" + "".join(f"<li>{e(p)}: {e(reason)}</li>" for p, reason in facts.skipped) + "</ul>"
               if facts.skipped else "<p>None.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
