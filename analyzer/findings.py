"""Findings as plain data: the engine makes them, reporters only format them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum

from analyzer import SCHEMA_VERSION, __version__


class Status(str, Enum):
    PRESENT = "present"
    WEAK = "weak"
    MISSING = "missing"
    NOT_VERIFIED = "not_verified"  # not found, but part of the document could not be read


class Severity(str, Enum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return ["info", "low", "medium", "high"].index(self.value)


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int
    page: int | None = None
    section: str | None = None
    # The words that matched, inside [start, end): a quote grown to its whole sub-clause can run to
    # 1,500 characters, and a report that shortens it must keep this part in view.
    focus: tuple[int, int] | None = None

    @property
    def location(self) -> str:
        """'section 3.1 Acceptance, page 1' (or whichever part is known; '' when neither is)."""
        parts = []
        if self.section:
            parts.append(f"section {self.section}" if self.section[:1].isdigit() else self.section)
        if self.page:
            parts.append(f"page {self.page}")
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "page": self.page, "section": self.section,
                "focus": None if self.focus is None else {"start": self.focus[0], "end": self.focus[1]}}


@dataclass(frozen=True)
class Finding:
    rule_id: str
    title: str
    family: str
    severity: Severity
    status: Status
    score: float
    message: str
    kind: str = "protection"  # protection: its absence hurts; risk: its presence hurts
    evidence: tuple[Evidence, ...] = ()
    suggestion: str | None = None
    rationale: str | None = None
    maps_to: tuple[str, ...] = ()
    weak_reasons: tuple[str, ...] = ()
    matched_by: tuple[str, ...] = ()  # which matchers/patterns fired, for explanations

    @property
    def is_problem(self) -> bool:
        """Whether the signer should act: a missing/weak protection or a risk that is present."""
        if self.kind == "risk":
            return self.status in (Status.PRESENT, Status.WEAK)
        return self.status in (Status.MISSING, Status.WEAK, Status.NOT_VERIFIED)

    @property
    def fingerprint(self) -> str:
        """Stable across re-reviews of the same text, so a diff of two reports shows what changed."""
        basis = "|".join([self.rule_id, self.status.value] + [e.text for e in self.evidence[:1]])
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict:
        return {
            "rule_id": self.rule_id,
            "title": self.title,
            "family": self.family,
            "kind": self.kind,
            "severity": self.severity.value,
            "status": self.status.value,
            "score": round(self.score, 3),
            "message": self.message,
            "weak_reasons": list(self.weak_reasons),
            "evidence": [e.to_dict() for e in self.evidence],
            "rationale": self.rationale,
            "suggestion": self.suggestion,
            "maps_to": list(self.maps_to),
            "matched_by": list(self.matched_by),
            "fingerprint": self.fingerprint,
        }


@dataclass
class Review:
    """Everything one review produced: the document's facts and the findings."""

    path: str
    format: str
    pages: int | None
    characters: int
    coverage: dict
    findings: list[Finding]
    key_terms: dict = field(default_factory=dict)
    perspective: str = "provider"
    roles: dict = field(default_factory=dict)
    playbooks: list[dict] = field(default_factory=list)
    model: str | None = None  # "rules only" when no classifier was used

    def problems(self, at_least: Severity) -> list[Finding]:
        return [f for f in self.findings if f.is_problem and f.severity.rank >= at_least.rank]

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "contract-analyzer", "version": __version__},
            "document": {"path": self.path, "format": self.format, "pages": self.pages,
                         "characters": self.characters},
            "coverage": self.coverage,
            "perspective": self.perspective,
            "roles": self.roles,
            "key_terms": self.key_terms,
            "playbooks": self.playbooks,
            "model": self.model,
            "summary": summarize(self.findings),
            "findings": [f.to_dict() for f in self.findings],
        }


def summarize(findings: list[Finding]) -> dict:
    counts = {s.value: 0 for s in Status}
    problems = {s.value: 0 for s in Severity}
    for f in findings:
        counts[f.status.value] += 1
        if f.is_problem:
            problems[f.severity.value] += 1
    return {"status_counts": counts, "problems_by_severity": problems}
