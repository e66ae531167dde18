"""Rules compiled for one set of party names: regexes with {provider}/{client} filled in, phrases in a
PhraseMatcher. Compiled once per distinct role set and reused across documents."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analyzer.roles import Roles
from analyzer.rules import PLACEHOLDER_RE, Rule

FLAGS = re.IGNORECASE | re.MULTILINE  # '^' means the start of a line, as rule authors expect


def expand(pattern: str, roles: Roles) -> str:
    return PLACEHOLDER_RE.sub(lambda m: roles.alternation(m.group(1)), pattern)


@dataclass
class CompiledRule:
    rule: Rule
    patterns: list[tuple[str, LazyPattern]]  # (source as written, with the party names filled in)
    require: list[LazyPattern]
    exclude: list[LazyPattern]
    boost: list[LazyPattern]
    weak: list[tuple[object, list[LazyPattern], list[LazyPattern], LazyPattern | None]]


@dataclass
class CompiledLibrary:
    rules: list[CompiledRule]
    matcher: object  # spaCy PhraseMatcher keyed by rule id
    headings: list[tuple[str, str]]  # (rule id, normalised heading phrase)
    literals: frozenset[str] = frozenset()  # what the patterns require, with the default role words


@lru_cache(maxsize=None)
def _regex(source: str) -> re.Pattern:
    """Our own cache: the library has more patterns than re's 512-entry cache, which then thrashes."""
    return re.compile(source, FLAGS)


class LazyPattern:
    """A rule regex that is compiled the first time it is used.

    Every document with new party names needs the {provider}/{client} patterns compiled afresh,
    and re.compile costs about a millisecond a pattern; but most patterns never run on a given
    document (the prefilter finds no block holding their literals; exclude, boost and weak_if are
    read only around hits). ``pattern`` is the source, as on ``re.Pattern``; :attr:`compiled` the
    real pattern, which the prefilter takes once it knows the pattern will run."""

    __slots__ = ("pattern", "_compiled")
    flags = FLAGS

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        rx = self._compiled
        if rx is None:
            rx = self._compiled = _regex(self.pattern)
        return rx

    def search(self, *args):
        return self.compiled.search(*args)

    def match(self, *args):
        return self.compiled.match(*args)

    def finditer(self, *args):
        return self.compiled.finditer(*args)

    @property
    def groupindex(self):
        return self.compiled.groupindex

    def __getattr__(self, name):  # anything else re.Pattern offers
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


@lru_cache(maxsize=None)
def _lazy(source: str) -> LazyPattern:
    return LazyPattern(source)


def _compile(p: str, roles: Roles) -> LazyPattern:
    return _lazy(expand(p, roles) if "{" in p else p)


@lru_cache(maxsize=8)
def _phrases(rules: tuple[Rule, ...]):
    """The PhraseMatcher does not depend on party names: build it once per library."""
    from analyzer.nlp import phrase_matcher

    return phrase_matcher({r.id: list(r.phrases) for r in rules})


def compile_rules(rules: tuple[Rule, ...], roles: Roles) -> CompiledLibrary:
    return _compile_cached(rules, roles)


@lru_cache(maxsize=32)
def _compile_cached(rules: tuple[Rule, ...], roles: Roles) -> CompiledLibrary:
    compiled = []
    for r in rules:
        weak = []
        for w in r.weak_if:
            num = _compile(w.param("number_over")["pattern"], roles) if w.number_over else None
            weak.append((w, [_compile(p, roles) for p in w.matches], [_compile(p, roles) for p in w.absent], num))
        compiled.append(CompiledRule(
            rule=r,
            patterns=[(p, _compile(p, roles)) for p in r.patterns],
            require=[_compile(p, roles) for p in r.require],
            exclude=[_compile(p, roles) for p in r.exclude],
            boost=[_compile(p, roles) for p in r.boost],
            weak=weak,
        ))
    matcher = _phrases(rules)
    headings = [(r.id, normalise_heading(h)) for r in rules for h in r.headings]
    return CompiledLibrary(compiled, matcher, headings, _literals(rules))


@lru_cache(maxsize=8)
def _literals(rules: tuple[Rule, ...]) -> frozenset[str]:
    """Every literal the library's patterns require (matching/prefilter.py), read with the default
    role words: the same set for every document, so what each word contains is worked out once.
    Literals of a document's own party names are not in it and are looked for directly."""
    from analyzer.matching.prefilter import required_literals
    from analyzer.roles import DEFAULT

    out: set[str] = set()
    for r in rules:
        for p in r.patterns:
            req = required_literals(expand(p, DEFAULT) if "{" in p else p)
            if req is not None:
                for alternatives in req.all_of:
                    out |= alternatives
    return frozenset(out)


def normalise_heading(text: str) -> str:
    text = re.sub(r"^[\s\dIVXivx().\-]*", "", text)  # leading numbering
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))
