"""Resumable batches: finished reviews stored on disk, keyed by what determines the result.

Key = SHA-256 of (file content hash, library version, a fingerprint of the analyzer's code,
rules and models, and the review options). Fingerprinting the code as well as the rules means
a changed matcher or a locally edited rule never serves a stale result, even without a version
bump. Entries are written atomically as each file finishes, so a killed batch keeps them.
Reviews are stored, and failures that depend only on the bytes (corrupt, encrypted, empty,
unsupported); timeouts, crashed workers and size limits are tried again on the next run.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from analyzer import __version__

ENV_VAR = "CONTRACT_ANALYZER_CACHE_DIR"
LAYOUT = "reviews-v1"


def default_cache_dir() -> Path:
    """$CONTRACT_ANALYZER_CACHE_DIR, else the platform's user cache folder."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "contract-analyzer" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "contract-analyzer"


def _data_roots() -> list[Path]:
    import analyzer
    from analyzer.rules import library_dir

    pkg = Path(analyzer.__file__).resolve().parent
    roots = [pkg, library_dir()]
    models = pkg.parent / "models"
    if models.is_dir() and not (pkg / "models").is_dir():
        roots.append(models)
    return roots


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of every source, rule and model file the review depends on (not of batch/ or cli.py)."""
    h = hashlib.sha256(__version__.encode())
    for root in _data_roots():
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root).as_posix()
            if (not path.is_file() or "__pycache__" in path.parts or rel.startswith("batch/")
                    or rel == "cli.py" or path.suffix in (".pyc", ".pyo")):
                continue
            h.update(rel.encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


class ResultCache:
    """Records on disk; a missing, unreadable or corrupt entry is simply a miss."""

    def __init__(self, root: str | os.PathLike, options: dict):
        self.root = Path(root) / LAYOUT
        basis = json.dumps({"version": __version__, "fingerprint": fingerprint(), "options": options},
                           sort_keys=True)
        self.salt = hashlib.sha256(basis.encode()).hexdigest()
        self.write_error: str | None = None

    def _path(self, content_hash: str) -> Path:
        key = hashlib.sha256(f"{self.salt}:{content_hash}".encode()).hexdigest()
        return self.root / key[:2] / f"{key}.json.gz"

    def get(self, content_hash: str) -> dict | None:
        try:
            with gzip.open(self._path(content_hash), "rt", encoding="utf-8") as fh:
                record = json.load(fh)
        except (OSError, EOFError, ValueError):
            return None
        return record if isinstance(record, dict) and ("findings" in record or "error" in record) else None

    def put(self, content_hash: str, record: dict) -> None:
        """Store atomically (temp file + rename); a failure to write is remembered, not raised."""
        if self.write_error:
            return
        path = self._path(content_hash)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1,
                                                              mtime=0) as fh:
                    fh.write(json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8"))
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError as exc:
            self.write_error = f"cannot write the cache in {self.root}: {exc.strerror or exc}"
