"""Ordering and wording shared by the human-readable reporters."""

from __future__ import annotations

from analyzer.findings import Finding, Review, Status

STATUS_LABEL = {
    ("protection", Status.PRESENT): "present",
    ("protection", Status.WEAK): "WEAK",
    ("protection", Status.MISSING): "MISSING",
    ("protection", Status.NOT_VERIFIED): "not verified",
    ("risk", Status.PRESENT): "RISK",
    ("risk", Status.WEAK): "RISK",
    ("risk", Status.MISSING): "absent (good)",
    ("risk", Status.NOT_VERIFIED): "not verified",
}


def label(f: Finding) -> str:
    return STATUS_LABEL[(f.kind, f.status)]


def ordered(review: Review) -> list[Finding]:
    """Problems first, worst severity first, then by family and title."""
    return sorted(review.findings, key=lambda f: (not f.is_problem, -f.severity.rank, f.family, f.title))


def key_term_lines(review: Review) -> list[tuple[str, str]]:
    kt = review.key_terms or {}
    rows = []
    roles = kt.get("parties") or review.roles
    if roles:
        rows.append(("Parties (provider / client)",
                     f"{', '.join(roles.get('provider', [])[:2])} / {', '.join(roles.get('client', [])[:2])}"
                     + ("" if roles.get("detected") else " (not detected; generic role names used)")))
    names = {"effective_date": "Effective date", "term": "Term", "renewal": "Renewal",
             "governing_law": "Governing law", "payment_term": "Payment term", "liability_cap": "Liability cap",
             "termination_notice": "Termination notice"}
    for key, name in names.items():
        item = kt.get(key)
        rows.append((name, (item["value"] + (f" (page {item['page']})" if item.get("page") else "")) if item else "not found"))
    return rows


def coverage_line(review: Review) -> str:
    c = review.coverage
    parts = [f"{review.characters:,} characters", f"{c.get('words', 0):,} words"]
    if review.pages:
        parts.insert(0, f"{review.pages} page(s)")
    if c.get("tables"):
        parts.append(f"{c['tables']} table(s)")
    line = "Read: " + ", ".join(parts)
    if c.get("pages_without_text"):
        line += f"; NO TEXT on page(s) {', '.join(map(str, c['pages_without_text']))}"
    if c.get("tracked_changes"):
        line += "; the file has unaccepted tracked changes"
    return line
