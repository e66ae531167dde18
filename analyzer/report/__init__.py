"""Reporters: each turns a Review into a document and never detects anything.

Every reporter module exposes ``render(review: Review, options: Options) -> str | bytes``; the
registry below feeds ``review --format`` (bandit formatters / semgrep BaseFormatter style).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Union

from analyzer.findings import Review


@dataclass(frozen=True)
class Options:
    """What a caller may tune; every reporter accepts it and ignores what does not apply."""

    color: bool = False  # ANSI colour (text only)
    width: int = 100  # line width (text only)


Output = Union[str, bytes]
Reporter = Callable[[Review, Options], Output]


@dataclass(frozen=True)
class Format:
    name: str
    module: str
    suffix: str
    binary: bool
    help: str

    def reporter(self) -> Reporter:
        return importlib.import_module(f"analyzer.report.{self.module}").render


REGISTRY: dict[str, Format] = {f.name: f for f in (
    Format("text", "text", ".txt", False, "terminal report (colour on a terminal, plain when piped)"),
    Format("json", "json_report", ".json", False, "the versioned JSON review object, keys sorted"),
    Format("markdown", "markdown", ".md", False, "Markdown gap report"),
    Format("html", "html", ".html", False, "self-contained HTML gap report to open, print or forward"),
    Format("docx", "docx_report", ".docx", True, "Word gap report a lawyer can edit (needs --output)"),
    Format("sarif", "sarif", ".sarif", False, "SARIF 2.1.0 for code-scanning tools and CI"),
)}
FORMATS = tuple(REGISTRY)


def render(review: Review, fmt: str, **options) -> Output:
    """Render in a registered format; unknown formats raise KeyError (the CLI only offers FORMATS)."""
    return REGISTRY[fmt].reporter()(review, Options(**options))
