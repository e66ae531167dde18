"""The versioned JSON review object (schema in README.md); keys sorted so output diffs cleanly."""

from __future__ import annotations

import json

from analyzer.findings import Review
from analyzer.report import Options


def render(review: Review, options: Options = Options()) -> str:
    return json.dumps(review.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render_line(review_dict: dict) -> str:
    """One JSON Lines record (batch output)."""
    return json.dumps(review_dict, sort_keys=True, ensure_ascii=False)
