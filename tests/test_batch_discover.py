"""Which files a batch picks up: supported types in any case, no hidden/lock files, no symlink
loops, include/exclude globs, explicit files always tried."""

import os

import pytest

from analyzer.batch.discover import content_hash, discover


def touch(path, text="x"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path):
    for name in ("a.txt", "b.PDF", "c.Docx", "d.md", "sub/e.txt", "sub/deeper/f.txt",
                 "~$a.docx", ".hidden.txt", ".git/config.txt", "notes.rtf", "image.png", "backup.txt~"):
        touch(tmp_path / name)
    return tmp_path


def names(found, root):
    return sorted(os.path.relpath(c.path, root).replace(os.sep, "/") for c in found.files)


def test_supported_types_case_insensitive_and_junk_skipped(tree):
    found = discover([tree])
    assert names(found, tree) == ["a.txt", "b.PDF", "c.Docx", "d.md", "sub/deeper/f.txt", "sub/e.txt"]
    reasons = {os.path.relpath(p, tree): r for p, r in found.skipped}
    assert reasons["~$a.docx"] == "temporary or lock file"
    assert reasons["backup.txt~"] == "temporary or lock file"
    assert reasons[".hidden.txt"] == "hidden" and reasons[".git"] == "hidden"
    assert reasons["notes.rtf"] == reasons["image.png"] == "unsupported file type"


def test_no_recursive(tree):
    found = discover([tree], recursive=False)
    assert names(found, tree) == ["a.txt", "b.PDF", "c.Docx", "d.md"]
    assert (str(tree / "sub"), "sub-folder (--no-recursive)") in found.skipped


def test_include_and_exclude(tree):
    assert names(discover([tree], include=("*.txt",)), tree) == ["a.txt", "sub/deeper/f.txt", "sub/e.txt"]
    assert names(discover([tree], exclude=("sub",)), tree) == ["a.txt", "b.PDF", "c.Docx", "d.md"]
    assert names(discover([tree], exclude=("sub/deeper/*",)), tree) == [
        "a.txt", "b.PDF", "c.Docx", "d.md", "sub/e.txt"]
    found = discover([tree], include=("sub/*",), exclude=("*f.txt",))
    assert names(found, tree) == ["sub/e.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this platform")
def test_symlink_loop_is_walked_once(tree):
    os.symlink(tree, tree / "sub" / "loop")
    os.symlink(tree / "sub", tree / "zz-again")  # sorts after sub/: sub is walked, the link skipped
    found = discover([tree])
    assert names(found, tree) == ["a.txt", "b.PDF", "c.Docx", "d.md", "sub/deeper/f.txt", "sub/e.txt"]
    loops = [p for p, r in found.skipped if "loop" in r]
    assert len(loops) == 2


def test_symlinked_files_are_followed(tmp_path):
    target = touch(tmp_path / "real" / "contract.txt")
    links = tmp_path / "links"
    links.mkdir()
    (links / "renamed.txt").symlink_to(target)
    assert names(discover([links]), links) == ["renamed.txt"]


def test_explicit_files_always_tried_and_listed_once(tree):
    found = discover([tree / "notes.rtf", tree / ".hidden.txt", tree / "a.txt", tree])
    paths = [c.path for c in found.files]
    assert paths[:3] == [str(tree / "notes.rtf"), str(tree / ".hidden.txt"), str(tree / "a.txt")]
    assert sum(p.endswith("a.txt") for p in paths) == 1
    assert all(c.explicit for c in found.files[:3]) and not found.files[3].explicit


def test_content_hash_identifies_content(tmp_path):
    a = touch(tmp_path / "a.txt", "same")
    b = touch(tmp_path / "b.txt", "same")
    c = touch(tmp_path / "c.txt", "other")
    assert content_hash(a) == content_hash(b) != content_hash(c)
