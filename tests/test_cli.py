"""The CLI through its real entry point (click's CliRunner), on the project's own samples."""

import json

import pytest
from click.testing import CliRunner

from analyzer import SCHEMA_VERSION, __version__
from analyzer.cli import cli
from conftest import SAMPLES

STRONG = SAMPLES / "it-services-agreement-strong.docx"
WEAK_PDF = SAMPLES / "one-sided-agreement-weak.pdf"
SOW = SAMPLES / "statement-of-work.docx"
PLAIN = SAMPLES / "plain-services-agreement.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.output


def test_help_lists_commands():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("review", "batch", "rules"):
        assert cmd in r.output


@pytest.mark.parametrize("sample", [STRONG, WEAK_PDF, SOW, PLAIN], ids=lambda p: p.name)
def test_review_json_schema(sample):
    r = run("review", sample, "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["document"]["path"].endswith(sample.name)
    assert data["document"]["characters"] > 500
    ids = {f["rule_id"] for f in data["findings"]}
    assert {"liability-cap", "change-control", "scope-defined"} <= ids
    for f in data["findings"]:
        assert f["status"] in ("present", "weak", "missing", "not_verified")
        assert set(f) >= {"rule_id", "title", "family", "severity", "status", "score", "message", "evidence",
                          "suggestion", "maps_to"}
        for e in f["evidence"]:
            assert set(e) == {"text", "start", "end", "page", "section", "focus"}
            assert e["focus"] is None or e["start"] <= e["focus"]["start"] < e["focus"]["end"] <= e["end"]


def statuses(path):
    data = json.loads(run("review", path, "--format", "json").output)
    return {f["rule_id"]: f for f in data["findings"]}


def test_strong_agreement_has_core_protections():
    s = statuses(STRONG)
    for rid in ("liability-cap", "consequential-damages-exclusion", "change-control", "acceptance-criteria",
                "breach-notification", "scope-defined"):
        assert s[rid]["status"] == "present", (rid, s[rid]["message"])
    cap = s["liability-cap"]["evidence"][0]
    assert "twelve (12) months" in cap["text"] and cap["section"].startswith("8.1")


def test_weak_pdf_is_flagged_with_pages():
    s = statuses(WEAK_PDF)
    assert s["acceptance-criteria"]["status"] == "weak"
    assert s["indemnification"]["status"] == "weak"
    assert s["liability-cap"]["status"] == "weak"
    assert s["change-control"]["status"] == "missing"
    assert s["consequential-damages-exclusion"]["status"] == "missing"
    assert all(e["page"] for f in s.values() for e in f["evidence"])


def test_txt_offsets_point_into_the_file():
    data = json.loads(run("review", PLAIN, "--format", "json").output)
    text = PLAIN.read_text(encoding="utf-8")
    evidence = [e for f in data["findings"] for e in f["evidence"]]
    assert evidence
    for e in evidence:
        assert text[e["start"]:e["end"]] == e["text"]


def test_text_and_markdown_formats():
    r = run("review", STRONG)
    assert r.exit_code == 0 and "Cap on liability" in r.output and "[present]" in r.output
    assert "\x1b[" not in r.output  # no colour codes when piped
    md = run("review", WEAK_PDF, "--format", "markdown").output
    assert md.startswith("# Contract review") and "| Status | Severity |" in md and "MISSING" in md


def test_output_file(tmp_path):
    out = tmp_path / "r.md"
    r = run("review", SOW, "--format", "markdown", "--output", out)
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# Contract review")


def test_fail_on_gate():
    assert run("review", WEAK_PDF, "--fail-on", "high").exit_code == 1
    assert run("review", WEAK_PDF, "--fail-on", "never").exit_code == 0


@pytest.mark.parametrize("content,name,needle", [
    (b"", "empty.txt", "empty"),
    (b"not a pdf at all", "fake.pdf", "not a valid PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.doc", ".doc is not supported"),
    (b"hello", "x.xyz", "unsupported file type"),
    (b"PK\x03\x04garbage", "broken.docx", "not a readable DOCX"),
])
def test_bad_input_one_line_error(tmp_path, content, name, needle):
    p = tmp_path / name
    p.write_bytes(content)
    r = CliRunner().invoke(cli, ["review", str(p)])
    assert r.exit_code == 2
    assert needle in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


def test_missing_file_is_usage_error(tmp_path):
    r = CliRunner().invoke(cli, ["review", str(tmp_path / "nope.docx")])
    assert r.exit_code == 2


def test_batch_jsonl_goes_on_after_failure(tmp_path):
    (tmp_path / "good.txt").write_text(PLAIN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"garbage")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(cli, ["batch", str(tmp_path), "--output", str(out)])
    assert r.exit_code == 2  # a file failed
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    by_name = {x["document"]["path"].rsplit("/", 1)[-1]: x for x in lines}
    assert by_name["bad.pdf"]["error"]["type"] and by_name["bad.pdf"]["error"]["message"]
    assert by_name["good.txt"]["findings"]


def test_rules_list():
    r = run("rules", "list")
    assert r.exit_code == 0 and "liability-cap" in r.output
