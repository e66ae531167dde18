"""Load and validate the YAML clause library. Errors name the file, the line and the field."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from analyzer.errors import RuleError

SEVERITIES = ("info", "low", "medium", "high")
KINDS = ("protection", "risk")
PERSPECTIVES = ("provider", "client")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACEHOLDER_RE = re.compile(r"\{(provider|client)\}")

TOP_KEYS = {"id", "title", "family", "kind", "severity", "rationale", "suggestion", "maps_to", "detect",
            "weak_if", "weak_mode", "examples", "deprecated", "notes"}
WEAK_MODES = ("any", "all")  # weak when any evidence block shows a weakness / only when every block does
DETECT_KEYS = {"headings", "phrases", "patterns", "require", "exclude", "boost", "min_score", "max_evidence",
               "window", "quote_with", "quote_near"}
MAX_QUOTE_NEAR = 3
MAX_EVIDENCE_LIMIT = 30
WEAK_KEYS = {"id", "message", "perspective", "matches", "absent", "number_over", "number_under",
             "duration_over", "no_duration", "read_definitions", "read_section"}
EXAMPLE_KEYS = {"present", "weak", "missing"}


@dataclass(frozen=True)
class WeakCondition:
    id: str
    message: str
    perspective: str | None = None
    matches: tuple[str, ...] = ()  # weak if the evidence matches any
    absent: tuple[str, ...] = ()  # weak if the evidence matches none
    number_over: tuple | None = None  # (("max", 45), ("pattern", regex with group n)): hashable
    duration_over: tuple | None = None  # (("max", 72), ("unit", "hours")); ("shortest", True): only the shortest counts
    number_under: tuple | None = None  # (("min", 12), ("pattern", regex with group n)): a floor, e.g. months of fees
    no_duration: bool = False  # weak if the evidence states no time limit
    # absent / no_duration also read the definitions of the defined terms the clause uses
    # ("not more than the General Cap Amount": the amount is in that term's cover-page row)
    read_definitions: bool = False
    # matches / absent also read the rest of the clause's numbered section: the sibling sub-clauses
    # under the same parent ("12.1 cap" with "12.3 carve-outs", "7.1 duty" with "7.4 survival")
    read_section: bool = False

    def param(self, name: str) -> dict | None:
        value = getattr(self, name)
        return dict(value) if value else None


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    family: str
    severity: str
    rationale: str
    suggestion: str | None
    kind: str | tuple = "protection"  # or (("client", "protection"), ("provider", "risk"))
    maps_to: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    min_score: float = 0.5
    boost: tuple[str, ...] = ()  # a hit whose sentence also matches one of these ranks higher
    max_evidence: int | None = None  # how many clauses to quote (default: the engine's)
    quote_with: tuple[str, ...] = ()  # subject words: a quote grows over adjacent sentences naming one
    quote_near: int = 0  # and sentences naming one up to this many paragraphs away are quoted too
    weak_if: tuple[WeakCondition, ...] = ()
    weak_mode: str = "any"
    examples: dict = field(default_factory=dict, hash=False, compare=False)
    deprecated: bool = False
    source: str = ""

    def kind_for(self, perspective: str) -> str:
        if isinstance(self.kind, tuple):
            return dict(self.kind).get(perspective, "protection")
        return self.kind


class _LineLoader(yaml.SafeLoader):
    """SafeLoader (no object construction) that remembers the line of every mapping key."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
    mapping["__lines__"] = {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path, text: str | None = None) -> Any:
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot be read ({exc})") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(f"{path}{where}: invalid YAML: {problem}") from None


def strip_lines(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: strip_lines(v) for k, v in data.items() if k not in ("__lines__", "__line__")}
    if isinstance(data, list):
        return [strip_lines(v) for v in data]
    return data


class _Checker:
    def __init__(self, path: Path, data: dict):
        self.path = path
        self.data = data
        self.errors: list[str] = []

    def line(self, mapping: dict, key: str | None = None) -> int:
        if key is not None and key in mapping.get("__lines__", {}):
            return mapping["__lines__"][key]
        return mapping.get("__line__", 1)

    def err(self, mapping: dict, key: str | None, msg: str) -> None:
        self.errors.append(f"{self.path}:{self.line(mapping, key)}: {key + ': ' if key else ''}{msg}")

    def text(self, mapping: dict, key: str, required: bool = True) -> str | None:
        v = mapping.get(key)
        if v is None:
            if required:
                self.err(mapping, None, f"missing required field '{key}'")
            return None
        if not isinstance(v, str) or not v.strip():
            self.err(mapping, key, "must be a non-empty string")
            return None
        return v.strip()

    def strings(self, mapping: dict, key: str, regex: bool = False) -> tuple[str, ...]:
        v = mapping.get(key, [])
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            self.err(mapping, key, "must be a list of non-empty strings")
            return ()
        if regex:
            for x in v:
                try:
                    re.compile(PLACEHOLDER_RE.sub("X", x))
                except re.error as exc:
                    self.err(mapping, key, f"bad regular expression {x!r}: {exc}")
        return tuple(v)

    def unknown(self, mapping: dict, allowed: set[str], where: str) -> None:
        for k in mapping:
            if k in ("__lines__", "__line__"):
                continue
            if k not in allowed:
                self.err(mapping, k, f"unknown field in {where} (allowed: {', '.join(sorted(allowed))})")


def parse_rule(path: Path, data: Any, family_hint: str | None = None) -> Rule:
    """Validate one rule mapping; raise RuleError listing every problem with its line."""
    if not isinstance(data, dict):
        raise RuleError(f"{path}:1: a rule must be a YAML mapping (id: ..., title: ...)")
    c = _Checker(path, data)
    c.unknown(data, TOP_KEYS, "rule")
    rid = c.text(data, "id")
    if rid and not ID_RE.match(rid):
        c.err(data, "id", "use lower-case words joined by hyphens, e.g. 'liability-cap'")
    if rid and path.suffix in (".yaml", ".yml") and path.stem != rid and family_hint is not None:
        c.err(data, "id", f"must equal the file name '{path.stem}'")
    title = c.text(data, "title")
    family = c.text(data, "family")
    if family and family_hint and family != family_hint:
        c.err(data, "family", f"must equal the folder name '{family_hint}'")
    severity = c.text(data, "severity")
    if severity and severity not in SEVERITIES:
        c.err(data, "severity", f"must be one of {', '.join(SEVERITIES)}")
    kind = data.get("kind", "protection")
    if isinstance(kind, dict):
        for p, k in kind.items():
            if p in ("__lines__", "__line__"):
                continue
            if p not in PERSPECTIVES or k not in KINDS:
                c.err(data, "kind", f"per-perspective kind must map provider/client to {' or '.join(KINDS)}")
        kind = tuple(sorted((p, k) for p, k in kind.items() if p in PERSPECTIVES))
    elif kind not in KINDS:
        c.err(data, "kind", f"must be one of {', '.join(KINDS)} or a provider/client mapping")
    rationale = c.text(data, "rationale")
    suggestion = c.text(data, "suggestion", required=kind != "risk")
    maps_to = c.strings(data, "maps_to")
    detect = data.get("detect")
    headings = phrases = patterns = require = exclude = boost = quote_with = ()
    min_score = 0.5
    max_evidence = None
    quote_near = 0
    if not isinstance(detect, dict):
        c.err(data, "detect" if "detect" in data else None,
              "missing or invalid 'detect' mapping (headings, phrases, patterns, require, exclude)")
    else:
        c.unknown(detect, DETECT_KEYS, "detect")
        headings = c.strings(detect, "headings")
        phrases = c.strings(detect, "phrases")
        patterns = c.strings(detect, "patterns", regex=True)
        require = c.strings(detect, "require", regex=True)
        exclude = c.strings(detect, "exclude", regex=True)
        boost = c.strings(detect, "boost", regex=True)
        quote_with = c.strings(detect, "quote_with", regex=True)
        for x in quote_with:
            if PLACEHOLDER_RE.search(x):
                c.err(detect, "quote_with", f"{x!r}: {{provider}} / {{client}} are not expanded here")
        qn = detect.get("quote_near", 0)
        if isinstance(qn, bool) or not isinstance(qn, int) or not 0 <= qn <= MAX_QUOTE_NEAR:
            c.err(detect, "quote_near", f"must be a whole number from 0 to {MAX_QUOTE_NEAR}")
        elif qn and not quote_with:
            c.err(detect, "quote_near", "needs quote_with: the subject words a nearby sentence must name")
        else:
            quote_near = qn
        me = detect.get("max_evidence")
        if me is not None:
            if isinstance(me, bool) or not isinstance(me, int) or not 1 <= me <= MAX_EVIDENCE_LIMIT:
                c.err(detect, "max_evidence", f"must be a whole number from 1 to {MAX_EVIDENCE_LIMIT}")
            else:
                max_evidence = me
        if not (headings or phrases or patterns):
            c.err(detect, None, "detect needs at least one of headings, phrases or patterns")
        ms = detect.get("min_score", 0.5)
        if not isinstance(ms, (int, float)) or not 0 < ms <= 1:
            c.err(detect, "min_score", "must be a number in (0, 1]")
        else:
            min_score = float(ms)
    weak = []
    for i, w in enumerate(data.get("weak_if") or []):
        if not isinstance(w, dict):
            c.err(data, "weak_if", f"item {i + 1} must be a mapping")
            continue
        c.unknown(w, WEAK_KEYS, "weak_if item")
        wid = c.text(w, "id")
        msg = c.text(w, "message")
        persp = w.get("perspective")
        if persp is not None and persp not in PERSPECTIVES:
            c.err(w, "perspective", f"must be one of {', '.join(PERSPECTIVES)}")
        matches = c.strings(w, "matches", regex=True)
        absent = c.strings(w, "absent", regex=True)
        nov = w.get("number_over")
        if nov is not None and not (isinstance(nov, dict) and "pattern" in nov and isinstance(nov.get("max"), (int, float))):
            c.err(w, "number_over", "must be {pattern: regex with a group 'n', max: number}")
            nov = None
        nun = w.get("number_under")
        if nun is not None and not (isinstance(nun, dict) and "pattern" in nun and isinstance(nun.get("min"), (int, float))):
            c.err(w, "number_under", "must be {pattern: regex with a group 'n', min: number}")
            nun = None
        if nun is not None:
            c.strings(nun, "pattern", regex=True)
        dov = w.get("duration_over")
        if dov is not None and not (isinstance(dov, dict) and isinstance(dov.get("max"), (int, float))
                                    and dov.get("unit", "hours") in ("hours", "days")
                                    and isinstance(dov.get("shortest", False), bool)):
            c.err(w, "duration_over", "must be {max: number, unit: hours|days, shortest: true|false}")
            dov = None
        if not (matches or absent or nov or nun or dov or w.get("no_duration")):
            c.err(w, None, "a weak_if item needs matches, absent, number_over, number_under, duration_over"
                           " or no_duration")
        reads = w.get("read_definitions", False)
        if not isinstance(reads, bool):
            c.err(w, "read_definitions", "must be true or false")
            reads = False
        elif reads and not (absent or w.get("no_duration")):
            c.err(w, "read_definitions", "applies only to absent and no_duration (what a clause names)")
        section = w.get("read_section", False)
        if not isinstance(section, bool):
            c.err(w, "read_section", "must be true or false")
            section = False
        elif section and not (matches or absent):
            c.err(w, "read_section", "applies only to matches and absent")
        weak.append(WeakCondition(wid or f"weak-{i}", msg or "", persp, matches, absent,
                                  number_over=_frozen(nov), duration_over=_frozen(dov),
                                  no_duration=bool(w.get("no_duration")), number_under=_frozen(nun),
                                  read_definitions=reads, read_section=section))
    weak_mode = data.get("weak_mode", "any")
    if weak_mode not in WEAK_MODES:
        c.err(data, "weak_mode", f"must be one of {', '.join(WEAK_MODES)}")
    examples = data.get("examples") or {}
    if not isinstance(examples, dict):
        c.err(data, "examples", "must be a mapping with present / weak / missing lists")
        examples = {}
    else:
        c.unknown(examples, EXAMPLE_KEYS, "examples")
        for k in EXAMPLE_KEYS:
            c.strings(examples, k)
        if not data.get("deprecated") and (not examples.get("present") or not examples.get("missing")):
            c.err(data, "examples", "every rule needs at least one 'present' and one 'missing' example")
    if c.errors:
        raise RuleError("\n".join(c.errors))
    return Rule(id=rid, title=title, family=family, severity=severity, rationale=rationale,
                suggestion=suggestion, kind=kind, maps_to=maps_to, headings=headings,
                phrases=phrases, patterns=patterns, require=require, exclude=exclude, min_score=min_score,
                boost=boost, max_evidence=max_evidence, quote_with=quote_with,
                quote_near=quote_near,
                weak_if=tuple(weak), weak_mode=weak_mode, examples=strip_lines(examples), deprecated=bool(data.get("deprecated")),
                source=str(path))


def _frozen(mapping: dict | None) -> tuple | None:
    return tuple(sorted(strip_lines(mapping).items())) if mapping else None


def library_dir() -> Path:
    """The built-in library: packaged as analyzer.clause_library, or the checkout's clause_library/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "clause_library", here.parent / "clause_library"):
        if candidate.is_dir():
            return candidate
    try:
        from importlib.resources import files

        return Path(str(files("analyzer.clause_library")))
    except (ModuleNotFoundError, TypeError):
        raise RuleError("the built-in clause library was not found; reinstall contract-analyzer") from None


def load_dir(root: Path) -> list[Rule]:
    rules: list[Rule] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*.yaml")):
        family = path.parent.name if path.parent != root else None
        try:
            rule = parse_rule(path, load_yaml(path), family)
        except RuleError as exc:
            errors.append(exc.message)
            continue
        if rule.id in seen:
            errors.append(f"{path}:1: id: '{rule.id}' is already used by {seen[rule.id]}")
            continue
        seen[rule.id] = str(path)
        rules.append(rule)
    if errors:
        raise RuleError("\n".join(errors))
    return rules


@lru_cache(maxsize=4)
def builtin_rules() -> tuple[Rule, ...]:
    return tuple(r for r in load_dir(library_dir()) if not r.deprecated)
