"""The YAML schema: bad rules fail with file, line and field named."""

from pathlib import Path

import pytest

from analyzer.errors import RuleError
from analyzer.rules import load_dir, load_yaml, parse_rule

GOOD = """\
id: sample-rule
title: Sample
family: demo
severity: low
rationale: Why it matters.
suggestion: Ask for it.
detect:
  patterns: ['\\bsample\\b']
examples:
  present: ["A sample clause."]
  missing: ["Nothing here."]
"""


def write(tmp_path: Path, text: str, name: str = "sample-rule.yaml", family: str = "demo") -> Path:
    d = tmp_path / family
    d.mkdir(exist_ok=True)
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_rule_loads(tmp_path):
    write(tmp_path, GOOD)
    (rule,) = load_dir(tmp_path)
    assert rule.id == "sample-rule" and rule.patterns == ("\\bsample\\b",)


def test_bad_severity_names_line(tmp_path):
    write(tmp_path, GOOD.replace("severity: low", "severity: extreme"))
    with pytest.raises(RuleError) as exc:
        load_dir(tmp_path)
    assert "sample-rule.yaml:4: severity: must be one of" in exc.value.message


def test_bad_regex_is_reported(tmp_path):
    write(tmp_path, GOOD.replace("['\\bsample\\b']", "['(unclosed']"))
    with pytest.raises(RuleError) as exc:
        load_dir(tmp_path)
    assert "bad regular expression" in exc.value.message


def test_unknown_field_and_missing_field(tmp_path):
    write(tmp_path, GOOD.replace("title: Sample\n", "").replace("rationale:", "rationel:"))
    with pytest.raises(RuleError) as exc:
        load_dir(tmp_path)
    msg = exc.value.message
    assert "missing required field 'title'" in msg
    assert "rationel: unknown field" in msg


def test_id_must_match_file_name_and_family_folder(tmp_path):
    write(tmp_path, GOOD, name="other-name.yaml", family="scope")
    with pytest.raises(RuleError) as exc:
        load_dir(tmp_path)
    assert "must equal the file name 'other-name'" in exc.value.message
    assert "must equal the folder name 'scope'" in exc.value.message


def test_invalid_yaml_gives_line(tmp_path):
    p = write(tmp_path, "id: x\ntitle: [unclosed\n")
    with pytest.raises(RuleError) as exc:
        load_yaml(p)
    assert f"{p}:" in exc.value.message and "invalid YAML" in exc.value.message


def test_yaml_object_construction_is_refused(tmp_path):
    p = write(tmp_path, "!!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(RuleError):
        parse_rule(p, load_yaml(p), "demo")


def test_duplicate_ids_rejected(tmp_path):
    write(tmp_path, GOOD)
    write(tmp_path, GOOD.replace("family: demo", "family: other"), family="other")
    with pytest.raises(RuleError) as exc:
        load_dir(tmp_path)
    assert "already used" in exc.value.message
