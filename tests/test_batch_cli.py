"""`contract-analyzer batch` through its real entry point: errors, duplicates, timeouts, resume,
every output format and the exit codes. Most runs use --jobs 1 (in-process, fast to start and
monkeypatchable); one uses worker processes."""

import csv
import io
import json
import re
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from analyzer.engine import Analyzer
from conftest import SAMPLES

STRONG = SAMPLES / "it-services-agreement-strong.docx"
WEAK_PDF = SAMPLES / "one-sided-agreement-weak.pdf"
PLAIN = SAMPLES / "plain-services-agreement.txt"


def run(*args):
    return CliRunner().invoke(cli, ["batch", *[str(a) for a in args]], catch_exceptions=False)


def records(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def by_name(recs):
    return {r["document"]["path"].replace("\\", "/").rsplit("/", 1)[-1]: r for r in recs}


@pytest.fixture
def folder(tmp_path):
    """Mixed good, bad and duplicate files, as a user's folder would have."""
    d = tmp_path / "contracts"
    (d / "2024").mkdir(parents=True)
    shutil.copy(STRONG, d / "strong.docx")
    shutil.copy(WEAK_PDF, d / "weak.pdf")
    shutil.copy(PLAIN, d / "plain.txt")
    shutil.copy(PLAIN, d / "2024" / "plain-copy.TXT")  # same content, other name
    (d / "corrupt.pdf").write_bytes(b"%PDF-1.4 truncated garbage")
    (d / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (d / "~$strong.docx").write_bytes(b"lock")
    (d / "readme.rtf").write_text("{\\rtf1 hello}", encoding="utf-8")
    return d


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


@pytest.fixture
def count_reviews(monkeypatch):
    """Count real reviews (in-process runs only)."""
    calls = []
    original = Analyzer.review_path

    def counting(self, path, **kw):
        calls.append(str(path))
        return original(self, path, **kw)

    monkeypatch.setattr(Analyzer, "review_path", counting)
    return calls


def test_mixed_folder_complete_and_failures_listed(folder, cache, tmp_path, count_reviews):
    out = tmp_path / "out.jsonl"
    r = run(folder, "-j", "1", "--cache-dir", cache, "-o", out)
    assert r.exit_code == 2, r.output  # some files failed
    recs = by_name(records(out))
    assert set(recs) == {"strong.docx", "weak.pdf", "plain.txt", "plain-copy.TXT", "corrupt.pdf", "broken.docx"}
    for bad in ("corrupt.pdf", "broken.docx"):
        err = recs[bad]["error"]
        assert err["type"] and err["code"].startswith("E") and err["message"]
        assert f"failed: {folder / bad}" in r.output  # the summary names each failure
    assert recs["strong.docx"]["findings"] and recs["weak.pdf"]["document"]["pages"] == 3
    # the same content is reviewed once (the first found: 2024/ sorts first); the copy says so
    assert len(count_reviews) == 5
    assert not any(p.endswith("plain.txt") for p in count_reviews)
    dup = recs["plain.txt"]
    assert dup["duplicate_of"] == str(folder / "2024" / "plain-copy.TXT")
    assert dup["findings"] == recs["plain-copy.TXT"]["findings"] and "duplicate_of" not in recs["plain-copy.TXT"]
    assert "readme.rtf" in r.output and "unsupported file type" in r.output
    assert "~$strong.docx" in r.output and "Traceback" not in r.output


def test_explicit_unsupported_file_is_tried(tmp_path, cache):
    f = tmp_path / "notes.rtf"
    f.write_text("{\\rtf1 hello}", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    r = run(f, "-j", "1", "--cache-dir", cache, "-o", out)
    assert r.exit_code == 2
    assert "RTF is not supported" in records(out)[0]["error"]["message"]


def test_exit_codes_follow_fail_on(tmp_path, cache):
    d = tmp_path / "d"
    d.mkdir()
    shutil.copy(WEAK_PDF, d / "weak.pdf")
    assert run(d, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "a").exit_code == 0
    assert run(d, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "b", "--fail-on", "high").exit_code == 1
    s = tmp_path / "s"
    s.mkdir()
    shutil.copy(STRONG, s / "strong.docx")
    r = run(s, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "c", "--fail-on", "high")
    high = records(tmp_path / "c")[0]["summary"]["problems_by_severity"]["high"]
    assert r.exit_code == (1 if high else 0)  # the gate follows the records, whatever the rules say


def test_resume_uses_the_cache(folder, cache, tmp_path, count_reviews):
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    run(folder, "-j", "1", "--cache-dir", cache, "-o", first)
    n_first = len(count_reviews)
    assert n_first == 5  # 6 files, one duplicate
    r = run(folder, "-j", "1", "--cache-dir", cache, "-o", second)
    assert len(count_reviews) == n_first  # nothing reviewed again, corrupt files included
    assert "3 reviewed (3 from cache)" in r.output and "2 failed" in r.output
    key = lambda rec: rec["document"]["path"]
    assert sorted(records(first), key=key) == sorted(records(second), key=key)
    # a changed file is reviewed again; --no-cache reviews everything
    (folder / "plain.txt").write_text(PLAIN.read_text(encoding="utf-8") + "\nExtra clause.\n", encoding="utf-8")
    run(folder, "-j", "1", "--cache-dir", cache, "-o", second)
    assert count_reviews[n_first:] == [str(folder / "plain.txt")]
    run(folder, "-j", "1", "--no-cache", "-o", second)
    assert len(count_reviews) == n_first + 1 + 6  # the edited file is no longer a duplicate


def test_timeouts_are_not_cached(tmp_path, cache, monkeypatch):
    from analyzer.batch.records import cacheable, error_record

    assert not cacheable(error_record("x", "TimedOut", "E107", "timeout after 1 s"))
    assert not cacheable(error_record("x", "TooLarge", "E105", "too large"))
    assert cacheable(error_record("x", "CorruptDocument", "E103", "x: corrupt"))


def test_renamed_corrupt_file_from_cache_names_itself(tmp_path, cache):
    d = tmp_path / "d"
    d.mkdir()
    (d / "first.pdf").write_bytes(b"not a pdf")
    run(d, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "1.jsonl")
    (d / "first.pdf").rename(d / "second.pdf")
    r = run(d, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "2.jsonl")
    (rec,) = records(tmp_path / "2.jsonl")
    assert rec["document"]["path"] == str(d / "second.pdf")
    assert rec["error"]["message"].startswith("second.pdf:") and "first" not in r.output


def test_options_that_change_results_are_part_of_the_cache_key(tmp_path, cache, count_reviews):
    run(PLAIN, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "a")
    run(PLAIN, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "b", "--perspective", "client")
    assert len(count_reviews) == 2
    assert records(tmp_path / "b")[0]["perspective"] == "client"
    run(WEAK_PDF, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "c")
    run(WEAK_PDF, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "d", "--pdf-engine", "pdfplumber")
    run(WEAK_PDF, "-j", "1", "--cache-dir", cache, "-o", tmp_path / "d", "--pdf-engine", "pdfplumber")
    assert len(count_reviews) == 4


def test_playbook_applies_in_batch_and_keys_the_cache(tmp_path, cache, count_reviews):
    playbook = SAMPLES / "playbook-it-consultancy.yaml"
    if not playbook.exists():
        pytest.skip("no sample playbook")
    out, plain = tmp_path / "p.jsonl", tmp_path / "n.jsonl"
    assert run(STRONG, "-j", "1", "--cache-dir", cache, "--playbook", playbook, "-o", out).exit_code in (0, 1)
    run(STRONG, "-j", "1", "--cache-dir", cache, "-o", plain)
    assert len(count_reviews) == 2
    with_pb, without = records(out)[0], records(plain)[0]
    assert with_pb["playbooks"] and not without["playbooks"]
    r = run(STRONG, "-j", "1", "--cache-dir", cache, "--playbook", playbook, "--format", "csv")
    assert len(count_reviews) == 2 and r.output.startswith("path,outcome")


def test_killed_batch_keeps_finished_files(folder, cache, tmp_path, monkeypatch):
    """A batch that dies half-way: the records and cache entries written so far survive."""
    out = tmp_path / "out.jsonl"
    original = Analyzer.review_path
    seen = []

    def dies_on_third(self, path, **kw):
        seen.append(path)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return original(self, path, **kw)

    monkeypatch.setattr(Analyzer, "review_path", dies_on_third)
    r = CliRunner().invoke(cli, ["batch", str(folder), "-j", "1", "--cache-dir", str(cache), "-o", str(out)])
    assert r.exit_code != 0
    done = records(out)
    assert len(done) >= 2  # written and flushed as each file finished
    monkeypatch.setattr(Analyzer, "review_path", original)
    calls = []
    monkeypatch.setattr(Analyzer, "review_path", lambda self, p, **kw: calls.append(p) or original(self, p, **kw))
    run(folder, "-j", "1", "--cache-dir", cache, "-o", out)
    reviewed_before = {r["document"]["path"] for r in done if "error" not in r}
    assert not reviewed_before & {str(p) for p in calls}


def test_timeout_in_process(tmp_path, cache, monkeypatch):
    d = tmp_path / "d"
    d.mkdir()
    shutil.copy(PLAIN, d / "fine.txt")
    (d / "slow.txt").write_text("The Supplier shall do things.", encoding="utf-8")
    original = Analyzer.review_path

    def slow(self, path, **kw):
        if "slow" in str(path):
            time.sleep(30)
        return original(self, path, **kw)

    monkeypatch.setattr(Analyzer, "review_path", slow)
    out = tmp_path / "o.jsonl"
    t0 = time.monotonic()
    r = run(d, "-j", "1", "--timeout", "1", "--cache-dir", cache, "-o", out)
    assert time.monotonic() - t0 < 20
    assert r.exit_code == 2
    recs = by_name(records(out))
    assert recs["slow.txt"]["error"]["message"] == "timeout after 1 s (raise it with --timeout)"
    assert recs["fine.txt"]["findings"]


def test_worker_processes_give_the_same_records(folder, cache, tmp_path):
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert run(folder, "-j", "1", "--no-cache", "-o", one).exit_code == 2
    assert run(folder, "-j", "2", "--no-cache", "-o", two).exit_code == 2
    key = lambda rec: rec["document"]["path"]
    assert sorted(records(one), key=key) == sorted(records(two), key=key)


INJECTIONS = ["=HYPERLINK(1).txt", "+1.txt", "-2.txt", "@SUM(1).txt"]


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    """Files whose names a spreadsheet would run as formulas, or a browser as markup."""
    monkeypatch.chdir(tmp_path)
    names = INJECTIONS + ["<img src=x onerror=alert(1)>.txt"]
    for n in names:
        (tmp_path / n).write_text(PLAIN.read_text(encoding="utf-8") + f"\n{n}\n", encoding="utf-8")
    shutil.copy(WEAK_PDF, tmp_path / "weak.pdf")
    shutil.copy(STRONG, tmp_path / "strong.docx")
    (tmp_path / "bad.pdf").write_bytes(b"nope")
    return names + ["weak.pdf", "strong.docx", "bad.pdf"]


def test_csv_matrix_escapes_formulas(hostile, cache):
    r = run("-j", "1", "--cache-dir", cache, "--format", "csv", "-o", "m.csv", "--", *hostile)
    assert r.exit_code == 2
    with open("m.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(hostile)
    paths = {row["path"] for row in rows}
    for n in INJECTIONS:
        assert "'" + n in paths and n not in paths
    # each cell says what the document's own review says (the same run's JSON Lines, from the cache)
    run("-j", "1", "--cache-dir", cache, "-o", "r.jsonl", "--", "strong.docx", "weak.pdf")
    for rec in records(Path("r.jsonl")):
        row = next(row for row in rows if row["path"] == rec["document"]["path"])
        assert row["outcome"] == "reviewed" and row["format"] == rec["document"]["format"]
        assert {f["rule_id"]: f["status"] for f in rec["findings"]} == {
            k: v for k, v in row.items() if k in {f["rule_id"] for f in rec["findings"]}}
        law = rec["key_terms"].get("governing_law")
        assert row["governing_law"] == (law["value"] if law else "")
        assert int(row["problems_high"]) == rec["summary"]["problems_by_severity"]["high"]
    weak = next(row for row in rows if row["path"] == "weak.pdf")
    assert "missing" in weak.values() and "weak" in weak.values()
    bad = next(row for row in rows if row["path"] == "bad.pdf")
    assert bad["outcome"] == "failed" and "not a valid PDF" in bad["error"]
    for row in rows:
        assert not any(str(v).startswith(("=", "+", "-", "@")) for v in row.values())


def test_csv_to_stdout(tmp_path, cache):
    r = CliRunner().invoke(cli, ["batch", str(PLAIN), "-j", "1", "--cache-dir", str(cache), "--format", "csv"])
    rows = list(csv.reader(io.StringIO(r.output.split("\n1 file(s)")[0])))
    assert rows[0][:2] == ["path", "outcome"] and rows[1][0] == str(PLAIN)


def test_xlsx_matrix_readable(hostile, cache):
    openpyxl = pytest.importorskip("openpyxl", reason="the [xlsx] extra is not installed")
    r = run("-j", "1", "--cache-dir", cache, "--format", "xlsx", "-o", "m.xlsx", "--", *hostile)
    assert r.exit_code == 2
    ws = openpyxl.load_workbook("m.xlsx").active
    head = [c.value for c in ws[1]]
    assert head[:4] == ["path", "outcome", "duplicate_of", "error"] and "liability-cap" in head
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert len(values) == len(hostile)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)  # no formulas at all
    assert "'=HYPERLINK(1).txt" in [v[0] for v in values]


def test_xlsx_needs_an_output_file(cache):
    r = run(PLAIN, "--format", "xlsx", "--cache-dir", cache)
    assert r.exit_code == 2 and "--output" in r.output


def test_markdown_summary_worst_first(hostile, cache):
    r = run("-j", "1", "--cache-dir", cache, "--format", "markdown", "-o", "s.md", "--", *hostile)
    assert r.exit_code == 2
    md = open("s.md", encoding="utf-8").read()
    assert md.index("weak.pdf") < md.index("strong.docx")  # worst documents first
    assert "## Most common gaps" in md and "Changes only by written change order" in md
    failures = md.split("## Failures (1)")[1]
    assert "bad.pdf" in failures and "not a valid PDF" in failures
    assert not re.search(r"(?<!\\)<img", md)


def test_html_summary_self_contained_and_escaped(hostile, cache):
    r = run("-j", "1", "--cache-dir", cache, "--format", "html", "-o", "s.html", "--", *hostile)
    assert r.exit_code == 2
    page = open("s.html", encoding="utf-8").read()
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert "<script" not in page and "http" not in page and "src=\"" not in page
    assert page.index("weak.pdf") < page.index("strong.docx")
    assert "Failures (1)" in page


def test_bad_output_is_a_one_line_error(tmp_path, cache):
    r = run(PLAIN, "--cache-dir", cache, "-o", tmp_path / "no" / "such" / "dir.jsonl")
    assert r.exit_code == 2 and r.output.startswith("error: cannot write")


def test_default_reading_options_share_cache_entries():
    from analyzer.batch.task import ReviewTask

    assert ReviewTask().options() == ReviewTask(load_options=(("ocr", False), ("pdf_engine", "auto"))).options()
    assert ReviewTask().options() != ReviewTask(load_options=(("pdf_engine", "pdfplumber"),)).options()


def test_a_worker_set_up_keeps_the_collector_out_of_the_way():
    """setup() freezes what it loaded and spaces out young collections (batch throughput: the
    collector's passes over the model and rules took ~4% of a batch's CPU)."""
    import gc

    from analyzer.batch.task import GC_YOUNG, ReviewTask

    before = gc.get_threshold()
    gc.unfreeze()  # earlier batch runs in this process set up workers too
    gc.set_threshold(700, 10, 10)
    try:
        ReviewTask().setup()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == GC_YOUNG
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
