"""Playbooks over the clause library: each overlay does what docs/reports.md says, stacking follows the order
given, validation names file and line, and `rules show/validate` help a firm write its own."""

import json
import textwrap

import pytest
from click.testing import CliRunner

from analyzer.cli import cli
from analyzer.engine import Analyzer
from analyzer.errors import RuleError
from analyzer.ingest.text import document_from_text
from analyzer.playbook import build_analyzer, load
from analyzer.rules import builtin_rules
from conftest import SAMPLES

SAMPLE_PLAYBOOK = SAMPLES / "playbook-it-consultancy.yaml"

# Our own wording, written for these tests.
CONTRACT = """SERVICES AGREEMENT

1. Services
1.1 Consultant shall provide the software development services described in Schedule 1.

2. Payment
2.1 Client shall pay each undisputed invoice within forty (40) days of receipt of the invoice.

3. Liability
3.1 Each party's total aggregate liability under this Agreement shall not exceed the fees paid in the nine (9) months preceding the claim.

4. Insurance
4.1 Consultant shall maintain professional indemnity insurance of at least £5,000,000 per claim throughout the term.

5. Place of work
5.1 Consultant may perform the Services remotely from its own offices.
"""


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def write(tmp_path, text, name="pb.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def review(analyzer, text=CONTRACT):
    return {f.rule_id: f for f in analyzer.review_document(document_from_text(text)).findings}


@pytest.fixture(scope="module")
def plain():
    return review(Analyzer())


@pytest.fixture(scope="module")
def house():
    return review(build_analyzer([SAMPLE_PLAYBOOK]))


# --- the example playbook changes results exactly as documented --------------------------------------------

def test_sample_playbook_validates():
    r = run("rules", "validate", SAMPLE_PLAYBOOK)
    assert r.exit_code == 0, r.output
    assert "ok (playbook 'Small IT consultancy standard terms' version 2026.1" in r.output


def test_stricter_payment_term(plain, house):
    assert plain["payment-terms"].status.value == "present"  # 40 days is within the library's 45
    assert house["payment-terms"].status.value == "weak"  # but over the house limit of 30
    assert house["payment-terms"].weak_reasons == ("over-45-days",)


def test_looser_cap_floor(plain, house):
    assert plain["liability-cap-amount"].status.value == "weak"  # 9 months < 12
    assert plain["liability-cap-amount"].weak_reasons == ("few-months",)
    assert house["liability-cap-amount"].status.value == "present"  # 9 months >= 6


def test_insurance_limit_and_require(plain, house):
    assert (plain["insurance"].status.value, plain["insurance"].severity.value) == ("present", "low")
    assert (house["insurance"].status.value, house["insurance"].severity.value) == ("weak", "high")
    assert house["insurance"].weak_reasons == ("disproportionate-limits",)  # 5 million > 2 million


def test_severity_disable_and_new_rule(plain, house):
    assert plain["indemnification"].severity.value == "medium" and house["indemnification"].severity.value == "high"
    assert house["late-payment-remedy"].severity.value == "high"
    assert "source-code-escrow" in plain and "source-code-escrow" not in house
    assert "remote-delivery" not in plain and house["remote-delivery"].status.value == "present"
    assert house["remote-delivery"].family == "scope"


def test_report_names_the_playbook(tmp_path):
    contract = tmp_path / "c.txt"
    contract.write_text(CONTRACT, encoding="utf-8")
    data = json.loads(run("review", contract, "--format", "json", "--playbook", SAMPLE_PLAYBOOK).output)
    assert data["playbooks"] == [{"name": "Small IT consultancy standard terms", "version": "2026.1",
                                  "path": str(SAMPLE_PLAYBOOK)}]
    md = run("review", contract, "--format", "markdown", "--playbook", SAMPLE_PLAYBOOK).output
    assert "Playbook: Small IT consultancy standard terms (version 2026.1)" in md.replace("\\", "")


# --- stacking, require and perspective ---------------------------------------------------------------------

def test_playbooks_stack_in_order(tmp_path):
    first = write(tmp_path, """\
        name: First
        version: 1
        disable: [milestones, insurance]
        severity: {fees: low}
        """, "a.yaml")
    second = write(tmp_path, """\
        name: Second
        version: "2.0"
        require: [milestones]
        severity: {fees: high}
        """, "b.yaml")
    rules, playbooks = load([first, second])
    by_id = {r.id: r for r in rules}
    assert [p.name for p in playbooks] == ["First", "Second"] and playbooks[0].version == "1"
    assert "insurance" not in by_id
    assert by_id["milestones"].severity == "high"  # re-enabled by a later require, and made high
    assert by_id["fees"].severity == "high"  # the later playbook wins
    rules_rev, _ = load([second, first])
    assert "milestones" not in {r.id for r in rules_rev}  # reversed: the disable comes last and wins


def test_playbook_perspective_is_the_default(tmp_path):
    pb = write(tmp_path, "name: Client side\nversion: 1\nperspective: client\n")
    contract = tmp_path / "c.txt"
    contract.write_text(CONTRACT, encoding="utf-8")
    assert json.loads(run("review", contract, "--format", "json", "--playbook", pb).output)["perspective"] == "client"
    explicit = run("review", contract, "--format", "json", "--playbook", pb, "--perspective", "provider")
    assert json.loads(explicit.output)["perspective"] == "provider"  # the command line wins


def test_fail_on_follows_playbook_severities(tmp_path):
    contract = tmp_path / "c.txt"
    contract.write_text(CONTRACT, encoding="utf-8")
    assert run("review", contract, "--fail-on", "high").exit_code == 1
    others = [r.id for r in builtin_rules() if r.id != "milestones"]
    only_milestones = write(tmp_path, f"name: Only milestones\nversion: 1\ndisable: {json.dumps(others)}\n")
    assert run("review", contract, "--fail-on", "high", "--playbook", only_milestones).exit_code == 0
    assert run("review", contract, "--fail-on", "medium", "--playbook", only_milestones).exit_code == 1
    raised = write(tmp_path, "name: Raise\nversion: 1\nseverity: {milestones: high}\n", "raise.yaml")
    r = run("review", contract, "--fail-on", "high", "--playbook", only_milestones, "--playbook", raised)
    assert r.exit_code == 1


# --- validation: line-numbered, human, safe ----------------------------------------------------------------

BAD = """\
name: Bad
perspective: vendor
disable:
  - milestones
  - milestone
severity:
  payment-terms: critical
thresholds:
  payment-terms:
    over-45-days: {max: thirty}
    pay-when-paid: {max: 3}
  breach-notification:
    over-72-hours: {min: 3}
rules:
  - id: fees
    title: Duplicate
    family: payment
    severity: low
    rationale: r
    suggestion: s
    detect: {patterns: ['\\bfee\\b']}
    examples: {present: ["A fee."], missing: ["None."]}
extra: 1
"""


def test_validation_errors_name_file_line_and_fix(tmp_path):
    pb = write(tmp_path, BAD)
    with pytest.raises(RuleError) as exc:
        load([pb])
    msg = exc.value.message
    expected = [
        f"{pb}:1: missing required field 'version'",
        f"{pb}:2: perspective: must be one of provider, client",
        f"{pb}:5: disable: unknown rule id 'milestone' (did you mean 'milestones'?)",
        f"{pb}:7: payment-terms: severity must be one of info, low, medium, high, not 'critical'",
        f"{pb}:10: max: must be a number of at least 0, not 'thirty'",
        f"{pb}:11: pay-when-paid: rule 'payment-terms' has no weak_if 'pay-when-paid' with a numeric threshold",
        f"{pb}:13: min: 'over-72-hours' is a duration_over condition: only max, unit can be changed",
        f"{pb}:15: rules: rule id 'fees' is already in the library",
        f"{pb}:23: extra: unknown field in playbook",
    ]
    for line in expected:
        assert line in msg, line
    r = CliRunner().invoke(cli, ["review", str(SAMPLES / "plain-services-agreement.txt"), "--playbook", str(pb)])
    assert r.exit_code == 2 and "Traceback" not in r.output and "did you mean 'milestones'" in r.output
    r = CliRunner().invoke(cli, ["rules", "validate", str(pb)])
    assert r.exit_code == 2 and f"{pb}:5:" in r.output


def test_invalid_yaml_and_wrong_shapes(tmp_path):
    broken = write(tmp_path, "name: x\nversion: 1\ndisable: [a, b\n", "broken.yaml")
    with pytest.raises(RuleError, match=r"broken.yaml:\d+: invalid YAML"):
        load([broken])
    as_list = write(tmp_path, "- name: x\n", "list.yaml")
    with pytest.raises(RuleError, match="list.yaml:1: a playbook must be a YAML mapping"):
        load([as_list])
    rule_file = write(tmp_path, "id: x\ntitle: y\ndetect: {patterns: [x]}\n", "rule.yaml")
    with pytest.raises(RuleError, match="looks like a rule file, not a playbook"):
        load([rule_file])


def test_only_safe_yaml(tmp_path):
    marker = tmp_path / "pwned"
    evil = write(tmp_path, f"name: !!python/object/apply:os.system ['touch {marker}']\nversion: 1\n")
    with pytest.raises(RuleError):
        load([evil])
    assert not marker.exists()


# --- rules list / show / validate ------------------------------------------------------------------------

def test_rules_list_with_playbook():
    out = run("rules", "list", "--playbook", SAMPLE_PLAYBOOK).output
    assert "remote-delivery" in out and "source-code-escrow" not in out
    assert [line for line in out.splitlines() if line.startswith("indemnification ")][0].split()[2] == "high"


def test_rules_show():
    r = run("rules", "show", "payment-terms")
    assert r.exit_code == 0
    for needle in ("payment-terms: Payment term", "severity:", "Why it matters:", "Suggested language:",
                   "over-45-days", "number_over: max=45", "Examples that must come out present:"):
        assert needle in r.output, needle
    shown = run("rules", "show", "payment-terms", "--playbook", SAMPLE_PLAYBOOK).output
    assert "number_over: max=30" in shown
    r = CliRunner().invoke(cli, ["rules", "show", "payment-term"])
    assert r.exit_code == 2 and "did you mean payment-terms" in r.output


RULE = """\
id: demo-rule
title: Demo
family: demo
severity: low
rationale: Why it matters.
suggestion: Ask for it.
detect:
  patterns: ['\\bdemo\\s+clause\\b']
examples:
  present: ["This is a demo clause."]
  missing: ["{missing}"]
"""


def test_rules_validate_runs_the_examples(tmp_path):
    good = write(tmp_path, RULE.format(missing="Nothing to see."), "demo-rule.yaml")
    r = run("rules", "validate", good)
    assert r.exit_code == 0 and "ok (rule file: 1 rule(s) checked, 2 example(s) pass)" in r.output
    failing = write(tmp_path / "", RULE.format(missing="Another demo clause here."), "failing.yaml")
    r = CliRunner().invoke(cli, ["rules", "validate", str(failing)])
    assert r.exit_code == 2 and "missing example 1 came out present" in r.output
    bad = write(tmp_path, RULE.format(missing="x").replace("severity: low", "severity: huge"), "bad.yaml")
    r = CliRunner().invoke(cli, ["rules", "validate", str(bad)])
    assert r.exit_code == 2 and f"{bad}:4: severity: must be one of" in r.output


def test_rules_validate_a_folder_and_several_files(tmp_path):
    folder = tmp_path / "lib" / "demo"
    folder.mkdir(parents=True)
    (folder / "demo-rule.yaml").write_text(RULE.format(missing="Nothing."), encoding="utf-8")
    r = run("rules", "validate", tmp_path / "lib", SAMPLE_PLAYBOOK)
    assert r.exit_code == 0 and r.output.count(": ok (") == 2


# --- the docs describe what exists --------------------------------------------------------------------------

def test_docs_cover_the_sample_playbook_and_commands():
    from analyzer.playbook import load_yaml, strip_sequences
    from analyzer.rules import strip_lines

    root = SAMPLES.parent
    docs = (root / "docs" / "reports.md").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    data = strip_lines(strip_sequences(load_yaml(SAMPLE_PLAYBOOK)))
    mentioned = list(data["thresholds"]) + list(data["severity"]) + data["disable"] + data["require"]
    mentioned += [r["id"] for r in data["rules"]]
    for rid in mentioned:
        assert rid in docs, f"docs/reports.md does not say what the sample playbook does to {rid}"
    for cmd in ("rules list", "rules show", "rules validate", "--playbook"):
        assert cmd in readme and cmd in docs
        name = cmd.split()[-1]
        if not name.startswith("-"):
            assert run("rules", name, "--help").exit_code == 0
    for fmt in ("html", "docx", "sarif", "markdown", "json"):
        assert f"`{fmt}`" in docs and fmt in readme
