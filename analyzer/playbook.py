"""Playbooks: a firm's own standards laid over the built-in clause library, as YAML, without Python.

A playbook can disable rules, change severities, move ``weak_if`` thresholds, require rules (turned
back on and made high severity), add rules in the library's own schema and set the default
perspective. Several playbooks stack in the order given; each is validated against the library as
it stands after the ones before it, and every problem is reported with its file and line.

    name: Small IT consultancy standard terms        # required
    version: "2026.1"                                # required; printed in every report
    perspective: provider                            # default when --perspective is not given
    disable: [source-code-escrow]
    severity: {indemnification: high}
    thresholds: {payment-terms: {over-45-days: {max: 30}}}   # rule -> weak_if id -> parameter
    require: [insurance]
    rules: [ {id: ..., title: ..., detect: ..., examples: ...} ]
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from analyzer.errors import RuleError
from analyzer.rules import PERSPECTIVES, SEVERITIES, Rule, _Checker, _LineLoader, parse_rule, strip_lines

KEYS = {"name", "version", "description", "perspective", "disable", "severity", "thresholds", "require", "rules"}
# The numeric parameters a playbook may move, per kind of weak_if condition.
THRESHOLD_PARAMS = {"number_over": {"max"}, "number_under": {"min"}, "duration_over": {"max", "unit"}}
UNITS = ("hours", "days")


@dataclass(frozen=True)
class Playbook:
    name: str
    version: str
    path: str
    perspective: str | None = None
    description: str | None = None

    def summary(self) -> dict:
        """What a report names: the playbook and its version (Review.playbooks)."""
        return {"name": self.name, "version": self.version, "path": self.path}


@dataclass
class Library:
    """The rules as the playbooks so far have left them: every known rule, and which are switched off."""

    rules: dict[str, Rule]
    disabled: set[str]

    @classmethod
    def of(cls, rules) -> "Library":
        return cls({r.id: r for r in rules}, set())

    def active(self) -> tuple[Rule, ...]:
        return tuple(r for rid, r in self.rules.items() if rid not in self.disabled)


class _SeqLines(list):
    """A YAML list that remembers the line of each item, so 'disable: [typo]' points at the typo."""

    lines: list[int]


class _PlaybookLoader(_LineLoader):
    pass


def _construct_sequence(loader, node):
    seq = _SeqLines(loader.construct_sequence(node, deep=True))
    seq.lines = [item.start_mark.line + 1 for item in node.value]
    return seq


_PlaybookLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(path: Path) -> Any:
    """Safe YAML only (no object construction), with line numbers kept for messages."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot be read ({exc})") from None
    try:
        return yaml.load(text, Loader=_PlaybookLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(f"{path}{f':{mark.line + 1}' if mark else ''}: invalid YAML: {problem}") from None


def is_playbook(data: Any) -> bool:
    """A playbook has a name and no detect block; a rule file has id/detect."""
    return isinstance(data, dict) and "detect" not in data and "id" not in data


def _hint(rid: Any, known) -> str:
    close = difflib.get_close_matches(str(rid), list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else " (see `contract-analyzer rules list`)"


def _keys(mapping: dict):
    return [k for k in mapping if k not in ("__lines__", "__line__")]


class _Overlay(_Checker):
    """Checks one playbook against the library and applies it; errors collect with their lines."""

    def item_line(self, mapping: dict, key: str, index: int) -> int:
        seq = mapping.get(key)
        lines = getattr(seq, "lines", None)
        return lines[index] if lines and index < len(lines) else self.line(mapping, key)

    def err_at(self, line: int, key: str, msg: str) -> None:
        self.errors.append(f"{self.path}:{line}: {key}: {msg}")

    def ids(self, key: str, known) -> list[str]:
        data = self.data
        values = data.get(key) or []
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list):
            self.err(data, key, "must be a list of rule ids, e.g. [milestones, insurance]")
            return []
        out = []
        for i, rid in enumerate(values):
            if not isinstance(rid, str) or rid not in known:
                self.err_at(self.item_line(data, key, i), key, f"unknown rule id '{rid}'{_hint(rid, known)}")
            else:
                out.append(rid)
        return out

    def mapping(self, key: str, example: str) -> dict:
        v = self.data.get(key)
        if v is None:
            return {}
        if not isinstance(v, dict):
            self.err(self.data, key, f"must be a mapping, e.g. {example}")
            return {}
        return v


def apply(library: Library, path: Path, data: Any) -> Playbook:
    """Validate one playbook against the library and apply it in place; RuleError lists every problem."""
    if not isinstance(data, dict):
        raise RuleError(f"{path}:1: a playbook must be a YAML mapping (name: ..., version: ...)")
    c = _Overlay(path, data)
    c.unknown(data, KEYS, "playbook")
    name = c.text(data, "name")
    version = data.get("version")
    if version is None:
        c.err(data, None, "missing required field 'version' (e.g. version: \"1.0\")")
    elif not isinstance(version, (str, int, float)) or isinstance(version, bool) or not str(version).strip():
        c.err(data, "version", "must be a version string such as \"1.0\"")
    perspective = data.get("perspective")
    if perspective is not None and perspective not in PERSPECTIVES:
        c.err(data, "perspective", f"must be one of {', '.join(PERSPECTIVES)}")
    description = data.get("description")

    # new rules first, so the same playbook can change, disable or require them
    new: list[Rule] = []
    items = data.get("rules") or []
    if not isinstance(items, list):
        c.err(data, "rules", "must be a list of rules in the clause library schema (id, title, family, ...)")
        items = []
    for i, item in enumerate(items):
        try:
            rule = parse_rule(path, item)
        except RuleError as exc:
            c.errors.extend(exc.message.splitlines())
            continue
        line = item.get("__line__", c.item_line(data, "rules", i)) if isinstance(item, dict) else 1
        if rule.id in library.rules or any(r.id == rule.id for r in new):
            c.err_at(line, "rules", f"rule id '{rule.id}' is already in the library; change it with severity or "
                                    "thresholds, or give the new rule another id")
            continue
        new.append(replace(rule, source=f"{path} (playbook)"))
    known = dict(library.rules)
    known.update({r.id: r for r in new})

    disable = c.ids("disable", known)
    require = c.ids("require", known)
    severity: dict[str, str] = {}
    sev_map = c.mapping("severity", "{indemnification: high}")
    for rid in _keys(sev_map):
        level = sev_map[rid]
        if rid not in known:
            c.err(sev_map, rid, f"unknown rule id '{rid}'{_hint(rid, known)}")
        elif level not in SEVERITIES:
            c.err(sev_map, rid, f"severity must be one of {', '.join(SEVERITIES)}, not {level!r}")
        else:
            severity[rid] = level
    thresholds = _thresholds(c, known)
    if c.errors:
        raise RuleError("\n".join(c.errors))

    library.rules.update({r.id: r for r in new})
    library.disabled.update(disable)
    for rid, level in severity.items():
        library.rules[rid] = replace(library.rules[rid], severity=level)
    for rid, by_cond in thresholds.items():
        rule = library.rules[rid]
        conds = tuple(replace(w, **by_cond[w.id]) if w.id in by_cond else w for w in rule.weak_if)
        library.rules[rid] = replace(rule, weak_if=conds)
    for rid in require:  # required: reported even if disabled before, and a gap in it is high severity
        library.disabled.discard(rid)
        library.rules[rid] = replace(library.rules[rid], severity="high")
    return Playbook(name=name or "", version=str(version).strip() if version is not None else "",
                    path=str(path), perspective=perspective,
                    description=" ".join(description.split()) if isinstance(description, str) else None)


def _thresholds(c: _Overlay, known: dict[str, Rule]) -> dict[str, dict[str, dict]]:
    """{rule id: {weak_if id: {field: new frozen parameter tuple}}} for WeakCondition replacement."""
    out: dict[str, dict[str, dict]] = {}
    example = "{payment-terms: {over-45-days: {max: 30}}}"
    tmap = c.mapping("thresholds", example)
    for rid in _keys(tmap):
        conds = tmap[rid]
        if rid not in known:
            c.err(tmap, rid, f"unknown rule id '{rid}'{_hint(rid, known)}")
            continue
        if not isinstance(conds, dict):
            c.err(tmap, rid, f"must map weak_if ids to parameters, e.g. {example}")
            continue
        rule = known[rid]
        tunable = {w.id: w for w in rule.weak_if if any(getattr(w, f, None) for f in THRESHOLD_PARAMS)}
        for wid in _keys(conds):
            params = conds[wid]
            if wid not in tunable:
                have = ", ".join(sorted(tunable)) or "none"
                c.err(conds, wid, f"rule '{rid}' has no weak_if '{wid}' with a numeric threshold "
                                  f"(thresholds it has: {have})")
                continue
            cond = tunable[wid]
            field = next(f for f in THRESHOLD_PARAMS if getattr(cond, f, None))
            allowed = THRESHOLD_PARAMS[field]
            if not isinstance(params, dict) or not _keys(params):
                c.err(conds, wid, f"give the new value(s) of {', '.join(sorted(allowed))}, e.g. "
                                  f"{{{sorted(allowed)[0]}: 30}}")
                continue
            current = dict(getattr(cond, field))
            ok = True
            for key in _keys(params):
                value = params[key]
                if key not in allowed:
                    c.err(params, key, f"'{wid}' is a {field} condition: only {', '.join(sorted(allowed))} "
                                       "can be changed")
                    ok = False
                elif key == "unit" and value not in UNITS:
                    c.err(params, key, f"must be one of {', '.join(UNITS)}")
                    ok = False
                elif key != "unit" and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
                    c.err(params, key, f"must be a number of at least 0, not {value!r}")
                    ok = False
                else:
                    current[key] = value
            if ok:
                out.setdefault(rid, {})[wid] = {field: tuple(sorted(strip_lines(current).items()))}
    return out


def load(paths, base: tuple[Rule, ...] | None = None) -> tuple[tuple[Rule, ...], list[Playbook]]:
    """Stack playbooks in order over the library: the active rules and the playbooks applied."""
    from analyzer.rules import builtin_rules

    library = Library.of(builtin_rules() if base is None else base)
    playbooks = []
    errors: list[str] = []
    for p in paths:
        path = Path(p)
        try:
            data = load_yaml(path)
            if isinstance(data, dict) and not is_playbook(data):
                raise RuleError(f"{path}:1: this looks like a rule file, not a playbook (a playbook has name, "
                                "version and disable/severity/thresholds/require/rules)")
            playbooks.append(apply(library, path, data))
        except RuleError as exc:
            errors.append(exc.message)
    if errors:
        raise RuleError("\n".join(errors))
    return library.active(), playbooks


def default_perspective(playbooks: list[Playbook]) -> str | None:
    """The default perspective the playbooks set: the last one that sets it wins."""
    return next((p.perspective for p in reversed(playbooks) if p.perspective), None)


def build_analyzer(paths=(), perspective: str | None = None, **kwargs):
    """An Analyzer with the playbooks applied: what `review` uses, and what a batch worker can call.

    perspective=None means "the playbooks' default, else provider"; RuleError on a bad playbook.
    """
    from analyzer.engine import Analyzer

    rules, playbooks = load(paths) if paths else (None, [])
    return Analyzer(rules=rules, perspective=perspective or default_perspective(playbooks) or "provider",
                    playbooks=[p.summary() for p in playbooks], **kwargs)


# --- `rules show` and `rules validate`: helping a firm write its own rules and playbooks ---------------

def describe(rule: Rule) -> str:
    """A rule's fields, weak_if conditions and examples, as plain text."""
    kind = rule.kind if isinstance(rule.kind, str) else ", ".join(f"{k} for the {p}" for p, k in rule.kind)
    lines = [f"{rule.id}: {rule.title}", f"  family:     {rule.family}", f"  severity:   {rule.severity}",
             f"  kind:       {kind}", f"  source:     {rule.source}"]
    if rule.maps_to:
        lines.append(f"  maps_to:    {', '.join(rule.maps_to)}")
    lines += ["", "Why it matters:", f"  {' '.join(rule.rationale.split())}"]
    if rule.suggestion:
        lines += ["", "Suggested language:", f"  {' '.join(rule.suggestion.split())}"]
    lines += ["", f"Detect (min_score {rule.min_score}):"]
    for name in ("headings", "phrases", "patterns", "require", "exclude"):
        for v in getattr(rule, name):
            lines.append(f"  {name[:-1] if name.endswith('s') else name}: {v}")
    if rule.weak_if:
        mode = getattr(rule, "weak_mode", "any")
        lines += ["", f"Weak if ({'every' if mode == 'all' else 'any'} evidence block shows it):"]
        for w in rule.weak_if:
            lines.append(f"  {w.id}: {w.message}" + (f"  [{w.perspective} only]" if w.perspective else ""))
            for field in THRESHOLD_PARAMS:
                p = w.param(field) if getattr(w, field, None) else None
                if p:
                    shown = ", ".join(f"{k}={v}" for k, v in p.items() if k != "pattern")
                    lines.append(f"    {field}: {shown}" + (f"  (pattern {p['pattern']})" if "pattern" in p else ""))
            if w.no_duration:
                lines.append("    no_duration: true")
            for v in w.matches:
                lines.append(f"    matches: {v}")
            for v in w.absent:
                lines.append(f"    absent: {v}")
    for kind_name in ("present", "weak", "missing"):
        examples = rule.examples.get(kind_name) or []
        if examples:
            lines += ["", f"Examples that must come out {kind_name}:"]
            lines += [f"  - {' '.join(str(e).split())}" for e in examples]
    return "\n".join(lines)


def _rule_family_hint(path: Path) -> str | None:
    """Inside a clause_library/<family>/ folder the folder and file names must match the rule."""
    return path.parent.name if path.parent.parent.name == "clause_library" else None


def validate(path: Path) -> tuple[bool, list[str]]:
    """(ok, messages) for a rule file, a folder of rule files, or a playbook: schema, then examples."""
    from analyzer.examples import check_rule
    from analyzer.rules import load_dir

    path = Path(path)
    try:
        if path.is_dir():
            rules, what = load_dir(path), "rule folder"
        else:
            data = load_yaml(path)
            if is_playbook(data):
                library = Library.of(_builtin())
                before = set(library.rules)
                pb = apply(library, path, data)
                rules = [r for rid, r in library.rules.items() if rid not in before]
                what = f"playbook '{pb.name}' version {pb.version}"
            else:
                rules, what = [parse_rule(path, strip_sequences(data), _rule_family_hint(path))], "rule file"
    except RuleError as exc:
        return False, exc.message.splitlines()
    failures = [msg for r in rules for msg in check_rule(r)]
    if failures:
        return False, [f"{path}: example failed: {m}" for m in failures]
    n = sum(len(r.examples.get(k) or []) for r in rules for k in ("present", "weak", "missing"))
    return True, [f"{path}: ok ({what}: {len(rules)} rule(s) checked, {n} example(s) pass)"]


def strip_sequences(data: Any) -> Any:
    """Plain lists again (rules.parse_rule does not need the item lines)."""
    if isinstance(data, dict):
        return {k: strip_sequences(v) for k, v in data.items()}
    if isinstance(data, list):
        return [strip_sequences(v) for v in data]
    return data


def _builtin() -> tuple[Rule, ...]:
    from analyzer.rules import builtin_rules

    return builtin_rules()
