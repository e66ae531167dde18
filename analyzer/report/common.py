"""Ordering, wording and the score shared by every human-readable reporter, so all formats say the same."""

from __future__ import annotations

import re

from analyzer.findings import Evidence, Finding, Review, Severity, Status

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

# A symbol beside every label, so status never depends on colour alone (print, colour blindness).
STATUS_SYMBOL = {"present": "\u2713", "WEAK": "!", "MISSING": "\u2717", "RISK": "\u2717",
                 "not verified": "?", "absent (good)": "\u2713"}

# Severity weight in the score; "info" findings are reported but do not move it.
WEIGHT = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1, Severity.INFO: 0}
SCORE_FORMULA = (
    "Protection score = 100 \u00d7 points earned \u00f7 points possible. Each rule is worth its severity "
    "weight (high 3, medium 2, low 1, info 0). A protection earns its full weight when present, half when "
    "weak, nothing when missing or not verified; a risk clause earns its full weight when absent and nothing "
    "when present. 100 means every protection checked is in place; the score counts clauses, it does not "
    "weigh amounts or replace reading the contract.")

FAMILY_NAMES = {"ip": "Intellectual property", "nda": "Confidentiality (NDA)"}

KEY_TERM_NAMES = {"effective_date": "Effective date", "term": "Term", "renewal": "Renewal",
                  "renewal_notice": "Notice to stop renewal", "governing_law": "Governing law", "fees": "Fees",
                  "payment_term": "Payment term", "liability_cap": "Liability cap",
                  "termination_notice": "Termination notice"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str | None) -> str:
    """Contract text with control characters removed (they break XML/DOCX and mean nothing to a reader)."""
    return _CONTROL.sub("", text or "")


def one_line(text: str | None) -> str:
    return " ".join(clean(text).split())


def label(f: Finding) -> str:
    return STATUS_LABEL[(f.kind, f.status)]


def symbol_label(f: Finding) -> str:
    lab = label(f)
    return f"{STATUS_SYMBOL[lab]} {lab}"


def _worst_key(f: Finding) -> tuple:
    # problems first, then severity, then missing before weak (nothing to negotiate from), then title
    status_rank = {Status.MISSING: 0, Status.NOT_VERIFIED: 1, Status.WEAK: 2, Status.PRESENT: 3}
    if f.kind == "risk":
        status_rank = {Status.PRESENT: 0, Status.WEAK: 1, Status.NOT_VERIFIED: 2, Status.MISSING: 3}
    return (not f.is_problem, -f.severity.rank, status_rank[f.status], f.title.lower(), f.rule_id)


def ordered(review: Review) -> list[Finding]:
    """Problems first, worst severity first, missing before weak, then by title."""
    return sorted(review.findings, key=_worst_key)


def family_name(family: str) -> str:
    return FAMILY_NAMES.get(family, family.replace("-", " ").replace("_", " ").capitalize())


def by_family(review: Review) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by family; the family holding the worst problem comes first, worst first inside."""
    groups: dict[str, list[Finding]] = {}
    for f in ordered(review):
        groups.setdefault(f.family, []).append(f)

    def key(item):
        problems = [f for f in item[1] if f.is_problem]
        worst = max((f.severity.rank for f in problems), default=-1)
        points = sum(WEIGHT[f.severity] * (0.5 if f.status == Status.WEAK else 1) for f in problems)
        return (-worst, -points, family_name(item[0]))

    return sorted(groups.items(), key=key)


def location(e: Evidence) -> str:
    """'section 3.1 Acceptance, page 1' (or whichever part is known)."""
    return e.location


QUOTED_PLACES = 3  # human-readable reports quote this many places per finding and list the rest by location
ALSO_WORDS = 8  # a place without a section or page is named by its opening words


def quoted_and_rest(f: Finding, limit: int = QUOTED_PLACES) -> tuple[tuple[Evidence, ...], str]:
    """The evidence to quote in full, and "also: section 12.3, page 7; ..." naming the other places
    a finding cites ("" when there are none), so a long list of places stays one line."""
    shown, rest = f.evidence[:limit], f.evidence[limit:]
    if not rest:
        return shown, ""
    counts: dict[str, int] = {}  # a place named twice (one section, several clauses) is named once
    for e in rest:
        where = location(e)
        if not where:
            words = one_line(e.text).split()
            where = '"' + " ".join(words[:ALSO_WORDS]) + (' ..."' if len(words) > ALSO_WORDS else '"')
        counts[where] = counts.get(where, 0) + 1
    names = [w if n == 1 else f"{w} ({n} places)" for w, n in counts.items()]
    return shown, "also: " + "; ".join(names)


def score(review: Review) -> int | None:
    """The protection score (see SCORE_FORMULA); None when no rule carries weight."""
    possible = earned = 0.0
    for f in review.findings:
        w = WEIGHT[f.severity]
        possible += w
        if f.kind == "risk":
            earned += w if f.status == Status.MISSING else 0
        elif f.status == Status.PRESENT:
            earned += w
        elif f.status == Status.WEAK:
            earned += w / 2
    return round(100 * earned / possible) if possible else None


def severity_rows(review: Review) -> list[tuple[str, int, int, int]]:
    """(severity, problems, of which missing/not verified or present risk, of which weak), worst first."""
    rows = []
    for sev in sorted(Severity, key=lambda s: -s.rank):
        fs = [f for f in review.findings if f.is_problem and f.severity == sev]
        weak = sum(f.status == Status.WEAK for f in fs)
        rows.append((sev.value, len(fs), len(fs) - weak, weak))
    return rows


def status_counts(review: Review) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for f in ordered(review):
        counts[label(f)] = counts.get(label(f), 0) + 1
    return list(counts.items())


def headline(review: Review) -> str:
    """One sentence a reader can forward: how many problems, how serious."""
    problems = [f for f in review.findings if f.is_problem]
    high = sum(f.severity == Severity.HIGH for f in problems)
    if not problems:
        return f"All {len(review.findings)} protections checked are in place."
    return (f"{len(problems)} of {len(review.findings)} checks need attention"
            + (f", {high} of them high severity." if high else ", none of them high severity."))


def playbook_line(review: Review) -> str | None:
    if not review.playbooks:
        return None
    return "; ".join(f"{p.get('name')} (version {p.get('version')})" for p in review.playbooks)


def key_term_lines(review: Review) -> list[tuple[str, str]]:
    """(term, value) rows: the parties (legal names when the parties block gives them), then each key
    term in a fixed order; a key term this list does not know yet is still shown, never dropped."""
    kt = review.key_terms or {}
    rows = []
    roles = kt.get("parties") or review.roles
    names = [n for n in (roles or {}).get("names") or [] if isinstance(n, dict) and n.get("name")]
    for role in ("provider", "client"):
        named = [x for x in names if x.get("role") == role]
        for n in named:
            term = f' ("{one_line(n["term"])}")' if n.get("term") else ""
            rows.append((role.capitalize(), one_line(n["name"]) + term))
        if not named and roles and roles.get(role):
            rows.append((role.capitalize(), ", ".join(one_line(t) for t in roles[role][:2])
                         + (" (legal name not found)" if roles.get("detected")
                            else " (parties not detected; generic role names used)")))
    keys = list(KEY_TERM_NAMES) + sorted(k for k in kt if k not in KEY_TERM_NAMES and k != "parties")
    for key in keys:
        item = kt.get(key)
        name = KEY_TERM_NAMES.get(key, key.replace("_", " ").capitalize())
        if isinstance(item, dict) and item.get("value"):
            defined = f' = "{one_line(str(item["definition"]))}"' if item.get("definition") else ""
            rows.append((name, one_line(str(item["value"])) + defined
                         + (f" (page {item['page']})" if item.get("page") else "")))
        else:
            rows.append((name, "not found"))
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


def side(review: Review) -> str:
    """Whose side the review takes, in words."""
    return {"provider": "the service provider", "client": "the client (the buyer of the services)"}.get(
        review.perspective, review.perspective)


def method_line(review: Review) -> str:
    return (f"Matched by rules, and by the learned clause classifier ({review.model}) where no rule matched."
            if review.model else "Matched by rules only.")


DISCLAIMER = ("This report is produced automatically by contract-analyzer from the text it could read. It "
              "points to clauses worth a closer look; it is not legal advice and does not replace reading "
              "the contract.")
