"""Which files a batch reviews: supported contracts under the given folders, never temp/lock
or hidden files, never the same folder twice (symlink loops), each file named once.

Files named explicitly on the command line are always tried (a wrong type becomes an error
record); everything left out of a folder walk is reported as skipped with its reason, so
nothing disappears silently.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED = (".docx", ".pdf", ".txt", ".md")
LOCK_PREFIXES = ("~$", ".~lock.")  # Word/Excel owner files, LibreOffice lock files


@dataclass(frozen=True)
class Candidate:
    """A file to review: the path as the user will see it in the output, and its size."""

    path: str
    size: int
    explicit: bool = False


@dataclass
class Discovery:
    files: list[Candidate] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def skipped_by_reason(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for path, reason in self.skipped:
            out.setdefault(reason, []).append(path)
        return out


def _hidden(name: str, st: os.stat_result | None = None) -> bool:
    if name.startswith("."):
        return True
    attrs = getattr(st, "st_file_attributes", 0) if st is not None else 0
    return bool(attrs & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def _is_lock(name: str) -> bool:
    return name.startswith(LOCK_PREFIXES) or name.endswith("~")


def _matches(rel: str, name: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) for g in globs)


class _Walker:
    def __init__(self, recursive: bool, include: tuple[str, ...], exclude: tuple[str, ...], out: Discovery):
        self.recursive = recursive
        self.include = include
        self.exclude = exclude
        self.out = out
        self.seen_dirs: set[tuple[int, int]] = set()
        self.seen_paths: set[str] = set()

    def add(self, path: str, size: int, explicit: bool) -> None:
        key = os.path.normpath(os.path.abspath(path))
        if key in self.seen_paths:  # a file given twice, or a folder and a file inside it
            return
        self.seen_paths.add(key)
        self.out.files.append(Candidate(path, size, explicit))

    def walk(self, root: str, top: str) -> None:
        try:
            st = os.stat(top)
        except OSError as exc:
            self.out.skipped.append((top, f"folder cannot be read ({exc.strerror or exc})"))
            return
        ident = (st.st_dev, st.st_ino)
        if ident in self.seen_dirs:
            self.out.skipped.append((top, "folder already visited (symbolic link loop)"))
            return
        self.seen_dirs.add(ident)
        try:
            with os.scandir(top) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.out.skipped.append((top, f"folder cannot be read ({exc.strerror or exc})"))
            return
        for e in entries:
            path = os.path.join(top, e.name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            try:
                st = e.stat()  # follows symbolic links
            except OSError:
                self.out.skipped.append((path, "broken symbolic link or unreadable entry"))
                continue
            if _hidden(e.name, st):
                self.out.skipped.append((path, "hidden"))
                continue
            if self.exclude and _matches(rel, e.name, self.exclude):
                self.out.skipped.append((path, "excluded by --exclude"))
                continue
            if stat.S_ISDIR(st.st_mode):
                if self.recursive:
                    self.walk(root, path)
                else:
                    self.out.skipped.append((path, "sub-folder (--no-recursive)"))
                continue
            if not stat.S_ISREG(st.st_mode):
                self.out.skipped.append((path, "not a regular file"))
                continue
            if _is_lock(e.name):
                self.out.skipped.append((path, "temporary or lock file"))
                continue
            if os.path.splitext(e.name)[1].lower() not in SUPPORTED:
                self.out.skipped.append((path, "unsupported file type"))
                continue
            if self.include and not _matches(rel, e.name, self.include):
                self.out.skipped.append((path, "not matched by --include"))
                continue
            self.add(path, st.st_size, explicit=False)


def discover(paths: list[str | os.PathLike], recursive: bool = True, include: tuple[str, ...] = (),
             exclude: tuple[str, ...] = ()) -> Discovery:
    """Candidates in a stable order: each argument in turn, folders walked in name order."""
    out = Discovery()
    walker = _Walker(recursive, tuple(include), tuple(exclude), out)
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            walker.walk(p, p)
        else:
            try:
                size = os.stat(p).st_size
            except OSError:
                size = 0  # the reviewer reports why it cannot be read
            walker.add(p, size, explicit=True)
    return out


def content_hash(path: str | Path, chunk: int = 1 << 20) -> str:
    """SHA-256 of the file's bytes: the identity used for duplicates and the cache."""
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()
