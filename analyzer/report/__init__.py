"""Reporters: each turns a Review into text and never detects anything. The registry feeds --format."""

from __future__ import annotations

from typing import Callable

from analyzer.findings import Review

Reporter = Callable[[Review], str]


def _registry() -> dict[str, Reporter]:
    from analyzer.report import json_report, markdown, text

    return {"text": text.render, "json": json_report.render, "markdown": markdown.render}


FORMATS = ("text", "json", "markdown")


def render(review: Review, fmt: str, **options) -> str:
    reporter = _registry()[fmt]
    return reporter(review, **options) if options else reporter(review)
