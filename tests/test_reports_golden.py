"""Golden files, one per format, rendered from the hand-built fixture Review (ScanCode / ruff snapshot style).

Versions and dates are replaced by placeholders before comparing. After an intended reporter change,
regenerate and review the diff:

    UPDATE_GOLDEN=1 python -m pytest -q tests/test_reports_golden.py && git diff tests/golden/
"""

import os
import re
from pathlib import Path

import pytest

from analyzer import __version__
from analyzer.report import FORMATS, render
from test_reports import docx_text, fixture_review

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def normalise(text: str) -> str:
    text = text.replace(f"contract-analyzer {__version__}", "contract-analyzer <VERSION>")
    text = text.replace(f'"version": "{__version__}"', '"version": "<VERSION>"')
    # the generation date, not dates quoted from the contract (those sit in the fixture's key terms)
    return re.sub(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}( by contract-analyzer)", r"<DATE>\1", text)


def rendered(fmt: str) -> str:
    out = render(fixture_review(), fmt)
    return normalise(docx_text(out) if fmt == "docx" else out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt):
    path = GOLDEN / f"fixture.{fmt}.golden"
    actual = rendered(fmt)
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"{path} is missing: run UPDATE_GOLDEN=1 python -m pytest -q {__file__}")
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{fmt} output changed: UPDATE_GOLDEN=1 regenerates it"


def test_normalise_strips_only_version_and_generation_date():
    sample = f"Generated 3 May 2026 by contract-analyzer {__version__}. Effective 1 March 2025"
    assert normalise(sample) == "Generated <DATE> by contract-analyzer <VERSION>. Effective 1 March 2025"
