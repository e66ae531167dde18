"""Security (issue #8): no network, no code run from documents, escaped reports, safe YAML.

A contract comes from a stranger. Reading it must not fetch what it links to (a tracking image,
an external entity, a template), run what it carries (macros, OLE objects), inject markup or
formulas into a report, or build objects from a rule or playbook file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import select
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from analyzer.errors import RuleError, UnsafeDocument
from analyzer.ingest import load
from conftest import ROOT, SAMPLES
from test_hostile_builders import CLAUSE, external_entity, para, with_external_links, write_docx


class Listener:
    """A TCP port on 127.0.0.1 that records whether anything connected (a fetch would)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.setblocking(False)
        self.base = f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def connected(self, wait: float = 0.3) -> bool:
        ready, _, _ = select.select([self.sock], [], [], wait)
        return bool(ready)


@pytest.fixture
def listener():
    srv = Listener()
    yield srv
    srv.sock.close()


@pytest.fixture
def no_network(monkeypatch):
    """socket.socket, create_connection and name lookups raise, and each attempt is recorded.

    spaCy is imported first: its import pulls in requests/urllib3, whose own import probes IPv6
    support by creating (never connecting) a socket. That is library start-up, not the review.
    """
    from analyzer.nlp import pipeline

    pipeline()
    attempts: list[tuple] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(("socket", args))
            raise OSError("network access attempted during a review")

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted during a review")

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


@pytest.fixture
def no_processes(monkeypatch):
    """Nothing in a document may start a program."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("a process was started during a review")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    for name in ("system", "posix_spawn", "posix_spawnp", "execv", "execve", "execvp"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, refuse)
    return attempts


def review_json(path: Path) -> dict:
    r = CliRunner().invoke(cli, ["review", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


# ---------------------------------------------------------------- network and code execution

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".docx", ".pdf", ".txt"))


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_no_socket_is_opened_during_a_review(sample, no_network, no_processes):
    data = review_json(sample)
    assert data["findings"]
    assert no_network == [] and no_processes == []


def test_external_links_macros_and_objects_are_never_fetched_or_run(tmp_path, listener, no_network, no_processes):
    path = with_external_links(tmp_path / "links.docx", base=listener.base)
    data = review_json(path)
    cap = next(f for f in data["findings"] if f["rule_id"] == "liability-cap")
    assert cap["status"] in ("present", "weak")
    assert no_network == [] and no_processes == []
    assert not listener.connected(), "something fetched an external relationship"


def test_lxml_in_python_docx_never_resolves_or_fetches_entities(tmp_path, listener):
    """Behind the guard: even if a DTD got through, python-docx's parser would not expand or fetch.

    python-docx parses with resolve_entities=False; lxml's defaults keep no_network=True and
    huge_tree=False (which caps depth and text size).
    """
    from docx.oxml.parser import parse_xml
    from lxml import etree

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    xml = (f'<!DOCTYPE d [<!ENTITY remote SYSTEM "{listener.base}/x.dtd"> <!ENTITY file SYSTEM "{secret.as_uri()}">'
           f'<!ENTITY % p SYSTEM "{listener.base}/p.dtd"> %p;]><d>&remote;&file;</d>')
    root = parse_xml(xml.encode())
    assert "TOP-SECRET-VALUE" not in etree.tostring(root, encoding="unicode").replace("&file;", "")
    assert not listener.connected(), "lxml fetched an external entity or DTD"
    bomb = ('<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]><d>&j;</d>")
    try:  # libxml2 either keeps the references unexpanded or stops at its amplification limit
        assert len(etree.tostring(parse_xml(bomb.encode()))) < 10_000
    except etree.XMLSyntaxError as exc:
        assert "amplification" in str(exc)
    with pytest.raises(etree.XMLSyntaxError):
        parse_xml(("<d>" * 300 + "</d>" * 300).encode())  # huge_tree is off: depth is capped


def test_guard_refuses_entities_before_python_docx_sees_them(tmp_path, listener):
    path = external_entity(tmp_path / "xxe.docx", url=f"{listener.base}/evil.dtd")
    with pytest.raises(UnsafeDocument):
        load(path)
    assert not listener.connected()


def test_the_whole_cli_process_opens_no_socket(tmp_path):
    """Imports included: a fresh interpreter in which every connect and name lookup refuses."""
    path = with_external_links(tmp_path / "links.docx")
    code = textwrap.dedent(f"""
        import socket, sys
        def refuse(*a, **k):
            sys.stderr.write("NETWORK ATTEMPT\\n")
            raise OSError("no network")
        for name in ("connect", "connect_ex", "sendto", "sendmsg"):
            setattr(socket.socket, name, refuse)
        socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse
        sys.argv = ["contract-analyzer", "review", {str(path)!r}, "--format", "json"]
        from analyzer.cli import main
        main()
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "NETWORK ATTEMPT" not in r.stderr
    assert json.loads(r.stdout)["document"]["format"] == "docx"


# ---------------------------------------------------------------- reports escape contract text

INJECTION = ("<script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) "
             "| --- | **bold** `code` # heading")


def _injected(tmp_path: Path) -> Path:
    path = tmp_path / "inject.txt"
    path.write_text(f"Services Agreement\n\n8. Liability\n{CLAUSE} {INJECTION}\n", encoding="utf-8")
    return path


def _render(tmp_path: Path, fmt: str) -> str:
    from analyzer.report import FORMATS

    if fmt not in FORMATS:
        pytest.skip(f"the {fmt} report does not exist yet (formats: {', '.join(FORMATS)})")
    r = CliRunner().invoke(cli, ["review", str(_injected(tmp_path)), "--format", fmt])
    assert r.exit_code == 0, r.output
    assert "twelve" in r.stdout and "the claim" in r.stdout  # the clause is quoted (escaped)
    return r.stdout


def test_markdown_report_escapes_contract_text(tmp_path):
    out = _render(tmp_path, "markdown")
    assert not re.search(r"(?<!\\)<(?:script|img)", out)  # every < of the contract is escaped
    assert not re.search(r"(?<!\\)\]\(javascript:", out)  # no live link
    assert "\\<script\\>" in out


def test_html_report_escapes_contract_text(tmp_path):
    out = _render(tmp_path, "html")
    assert "<script>" not in out.lower() and "<img src=x" not in out
    assert "&lt;script&gt;" in out


def test_batch_csv_cells_cannot_start_a_formula(tmp_path):
    """Cells that start with = + - @ are formulas in a spreadsheet; the CSV must defuse them."""
    r = CliRunner().invoke(cli, ["batch", "--help"])
    if "csv" not in r.output:
        pytest.skip("batch has no csv output yet")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("=HYPERLINK(1).txt", "+1+1.txt", "-2.txt", "@SUM(1).txt"):
        (folder / name).write_bytes(b"")  # empty: the error message starts with the file name
    (folder / "ok.txt").write_text(f"Agreement\n\n8. Liability\n{CLAUSE}\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    r = CliRunner().invoke(cli, ["batch", str(folder), "--format", "csv", "-o", str(out), "-j", "1",
                                 "--cache-dir", str(tmp_path / "cache")])
    assert r.exit_code == 2, r.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    cells = [c for row in rows[1:] for c in row]
    assert any("empty" in c for c in cells), rows
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], rows


# ---------------------------------------------------------------- YAML builds no objects

def test_python_tag_in_a_rule_file_is_refused_with_its_line(tmp_path):
    from analyzer.rules import load_dir

    sentinel = tmp_path / "pwned"
    family = tmp_path / "lib" / "liability"
    family.mkdir(parents=True)
    (family / "evil.yaml").write_text(
        f'id: evil\ntitle: !!python/object/apply:os.system ["touch {sentinel}"]\nseverity: high\n', encoding="utf-8")
    with pytest.raises(RuleError) as exc:
        load_dir(tmp_path / "lib")
    assert "evil.yaml:2" in exc.value.message and "python/object" in exc.value.message
    assert not sentinel.exists()


def test_python_tag_in_a_playbook_is_refused_with_its_line(tmp_path):
    sentinel = tmp_path / "pwned"
    playbook = tmp_path / "firm.yaml"
    playbook.write_text(f'name: firm\nversion: 1\ndisable: !!python/object/apply:os.system ["touch {sentinel}"]\n',
                        encoding="utf-8")
    r = CliRunner().invoke(cli, ["review", str(SAMPLES / "plain-services-agreement.txt"), "--playbook", str(playbook)])
    assert r.exit_code == 2
    assert "firm.yaml:3" in r.stderr and "Traceback" not in r.output
    assert not sentinel.exists()


def test_malformed_playbook_gives_a_line_numbered_error(tmp_path):
    playbook = tmp_path / "broken.yaml"
    playbook.write_text("name: firm\nversion: 1\ndisable: [liability-cap\nseverity: {\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["review", str(SAMPLES / "plain-services-agreement.txt"), "--playbook", str(playbook)])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "broken.yaml:" in r.stderr and "invalid YAML" in r.stderr


def test_docx_body_text_is_data_not_markup(tmp_path):
    """A DOCX whose text looks like XML or a template stays text: nothing is interpreted."""
    path = write_docx(tmp_path / "t.docx", body=para("8. Liability") + para(CLAUSE + " {{ 7*7 }} &lt;b&gt;"))
    data = review_json(path)
    cap = next(f for f in data["findings"] if f["rule_id"] == "liability-cap")
    assert "{{ 7*7 }} <b>" in cap["evidence"][0]["text"]
