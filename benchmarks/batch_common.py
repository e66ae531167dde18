"""Helpers shared by the batch benchmarks.

The working tree is shared and changes under a long run; a benchmark that re-imported it would
compare different code (and the result cache, keyed by a code fingerprint, would rightly miss).
So each benchmark copies the code, rules and models once and runs every setting from that copy.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONTRACT_ANALYZER_SHARED", ROOT.parent / "shared"))
CUAD = SHARED / "corpus" / "cuad"
OUT = ROOT / "benchmarks" / "out"


def snapshot(dest: Path) -> Path:
    """A frozen copy of analyzer/, clause_library/ and models/ to run from (cwd and PYTHONPATH)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("analyzer", "clause_library", "models"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    return dest


def env_for(src: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    return env


def link_folder(files: list[Path], where: Path) -> Path:
    """Symbolic links to the corpus files: nothing is copied."""
    where.mkdir()
    for f in files:
        (where / f.name).symlink_to(f)
    return where
