"""Candidate clauses for each rule, cheapest matcher first: phrases, regex patterns, fuzzy headings.

Matchers only propose :class:`Hit` objects; the engine decides present / weak / missing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    rule_id: str
    block: int  # index into Document.blocks
    start: int  # match offsets in Document.text
    end: int
    score: float
    matcher: str  # "pattern" | "phrase" | "heading" | "model"
    detail: str  # the pattern, phrase, heading or label that fired
