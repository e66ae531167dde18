"""One compact table row per document, taken from its record as it arrives.

Rows (not full reviews) are what the batch keeps in memory for the csv/xlsx/markdown/html
outputs, so a 100k-document batch holds a few hundred bytes per file, not the evidence text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from sys import intern

KEY_TERMS = ("parties", "effective_date", "term", "renewal", "governing_law", "payment_term",
             "liability_cap", "termination_notice")
SEVERITIES = ("high", "medium", "low", "info")


@dataclass(frozen=True)
class RuleColumn:
    id: str
    title: str
    severity: str
    family: str


@dataclass
class Row:
    path: str
    outcome: str  # reviewed | duplicate | failed
    cached: bool = False
    duplicate_of: str | None = None
    error: str | None = None
    format: str | None = None
    pages: int | None = None
    problems: dict[str, int] = field(default_factory=dict)  # severity -> count
    statuses: dict[str, str] = field(default_factory=dict)  # rule id -> present/weak/missing/...
    gaps: dict[str, str] = field(default_factory=dict)  # rule id -> status, problems only
    key_terms: dict[str, str] = field(default_factory=dict)

    @property
    def badness(self) -> tuple:
        """Sort key: most high-severity problems first, then medium, low, info."""
        return tuple(self.problems.get(s, 0) for s in SEVERITIES)


def _is_problem(f: dict) -> bool:
    if f.get("kind") == "risk":
        return f.get("status") in ("present", "weak")
    return f.get("status") in ("missing", "weak", "not_verified")


def _term(value) -> str:
    if not value:
        return ""
    if isinstance(value, dict) and "provider" in value:  # parties
        if not value.get("detected"):
            return ""
        return f"{', '.join(value.get('provider', [])[:2])} / {', '.join(value.get('client', [])[:2])}"
    if isinstance(value, dict):
        return str(value.get("value") or "")
    return str(value)


def row_from(record: dict, cached: bool = False, full: bool = True) -> Row:
    """full=False keeps only what the summary and the exit code need (for jsonl, where the
    records themselves are the output): a 100k-file batch then holds a few MB, not a matrix."""
    path = record["document"]["path"]
    if "error" in record:
        e = record["error"]
        return Row(path, "failed", duplicate_of=record.get("duplicate_of"),
                   error=f"{e.get('type')} {e.get('code')}: {e.get('message')}")
    doc = record["document"]
    row = Row(path, "duplicate" if record.get("duplicate_of") else "reviewed", cached=cached,
              duplicate_of=record.get("duplicate_of"), format=doc.get("format"), pages=doc.get("pages"),
              problems=dict(record.get("summary", {}).get("problems_by_severity", {})))
    if full:
        findings = record.get("findings", [])
        kt = record.get("key_terms") or {}
        row.statuses = {intern(f["rule_id"]): intern(f["status"]) for f in findings}
        row.gaps = {intern(f["rule_id"]): intern(f["status"]) for f in findings if _is_problem(f)}
        row.key_terms = {k: _term(kt.get(k)) for k in KEY_TERMS}
    return row
