import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "tools"))
# Batch results are cached per user; tests must neither read a developer's cache nor fill it.
os.environ["CONTRACT_ANALYZER_CACHE_DIR"] = tempfile.mkdtemp(prefix="contract-analyzer-test-cache-")


@pytest.fixture(scope="session")
def analyzer():
    from analyzer.engine import Analyzer

    return Analyzer()


@pytest.fixture
def shared_corpus():
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"the shared corpus is not at {corpus} (set CONTRACT_ANALYZER_SHARED)")
    return corpus


DEMO_RULE = """\
id: demo
title: Demo
family: demo
severity: low
rationale: Why it matters.
suggestion: Ask for it.
detect:
{detect}
examples:
  present: ["x"]
  missing: ["y"]
"""


def demo_rule(detect: str = "  patterns: ['\\bscope\\b']", extra: str = ""):
    """A parsed one-off rule for engine and matcher tests: the detect block and extra YAML vary."""
    from analyzer.rules import load_yaml, parse_rule

    text = DEMO_RULE.format(detect=detect) + extra
    return parse_rule(Path("demo/demo.yaml"), load_yaml(Path("demo.yaml"), text), "demo")
