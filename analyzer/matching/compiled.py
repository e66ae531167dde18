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


# Compiled patterns are kept for the library (~630 sources) and the party-name variants of recent
# documents; bounded, because every new set of party names adds ~100 sources (a batch worker grew
# ~0.2 MB per document without a bound).
PATTERN_CACHE = 4096


@lru_cache(maxsize=PATTERN_CACHE)
def _regex(source: str) -> re.Pattern:
    """Our own cache: the library has more patterns than re's 512-entry cache, which then thrashes."""
    return re.compile(source, FLAGS)


# Party names spliced into a parsed pattern. re.compile parses a pattern (pure Python, most of its
# ~1 ms) and then generates code; a {provider}/{client} pattern is parsed afresh for every new set
# of party names although only the names' group differs. So the library pattern is parsed once with
# a placeholder character standing in each names group, each set of names once, and a document's
# pattern is the template's parse tree with the names' tree put in place of the placeholders. The
# result is the same re.Pattern (re's Pattern equality compares source, flags and generated code;
# tests/test_prefilter.py checks it for the library's patterns), and the same tree gives the
# prefilter its required literals without parsing the expanded source again.
try:  # Python 3.11+
    from re import _compiler as _C, _constants as _K, _parser as _P  # type: ignore[attr-defined]
    import _sre
except ImportError:  # pragma: no cover - older Python: plain re.compile
    _C = None

_IFLAGS = int(FLAGS)  # as re.compile passes them on: RegexFlag arithmetic in re._compiler is slow
_MARK_BASE, _MARK_COUNT = 0xE000, 256  # private-use characters, one per placeholder occurrence


def _is_mark(item) -> bool:
    return item[0] is _K.LITERAL and _MARK_BASE <= item[1] < _MARK_BASE + _MARK_COUNT


@lru_cache(maxsize=None)
def _template(pattern: str):
    """(parse tree of a library pattern with a placeholder character for each names group, which
    role each placeholder stands for), or None when splicing could differ from parsing the expanded
    source: a look-behind holds a placeholder (its fixed-width check reads the names); a placeholder
    character occurs in the pattern; or a placeholder sits in a character set. Where a placeholder starts an alternative, the
    parser's branch optimisations (a common first item moved out, one-character alternatives made a
    set) see the names' first items: each splice is then checked (_branch_as_parsed) and falls back
    when they would apply. Each occurrence has its own character, so the parser never finds two
    placeholders equal and moves them out of a branch as a common prefix."""
    if _C is None or any(_MARK_BASE <= ord(c) < _MARK_BASE + _MARK_COUNT for c in pattern):
        return None
    roles: dict[int, str] = {}

    def mark(m: re.Match) -> str:
        code = _MARK_BASE + len(roles)
        roles[code] = m.group(1)
        return "(?:" + chr(code) + ")"

    try:
        source = PLACEHOLDER_RE.sub(mark, pattern)
        if len(roles) > _MARK_COUNT:
            return None
        tree = _P.parse(source, _IFLAGS)
    except Exception:  # noqa: BLE001 - re.compile of the expanded source reports it
        return None
    if not _spliceable(tree):
        return None
    marked: set[int] = set()
    _marked(tree, marked)
    _stable(tree, marked)
    return tree, roles, marked, _leads_branch(tree)


def _stable(node, marked: set) -> None:
    """Tell the prefilter which of the template's sub-patterns every spliced tree shares (the
    template is kept for the process), so their literals are read once, not once per document."""
    from analyzer.matching.prefilter import STABLE_NODES

    if isinstance(node, _P.SubPattern):
        if id(node) not in marked:
            STABLE_NODES.add(id(node))
        for x in node.data:
            _stable(x, marked)
    elif type(node) in (tuple, list):
        for x in node:
            _stable(x, marked)


def _leads_branch(node) -> bool:
    """Whether a placeholder starts an alternative somewhere (then each splice is checked)."""
    if isinstance(node, _P.SubPattern):
        return any(_leads_branch(x) for x in node.data)
    if type(node) is tuple and len(node) == 2 and node[0] is _K.BRANCH:
        if any(alt.data and _is_mark(alt.data[0]) for alt in node[1][1]):
            return True
    if type(node) in (tuple, list):
        return any(_leads_branch(x) for x in node)
    return False


def _holds_subpattern(item) -> bool:
    if isinstance(item, _P.SubPattern):
        return True
    return type(item) in (tuple, list) and any(_holds_subpattern(x) for x in item)


def _branch_as_parsed(node) -> bool:
    """Whether re's parser would leave this alternation as it is (_parse_sub): it moves a first item
    all alternatives share out of the branch, and makes a branch of single characters a set. Items
    holding sub-patterns never compare equal there (each alternative is parsed into new objects),
    whatever the splice shares. Only a branch the splice copied needs asking: the template's other
    nodes and the names' trees are the parser's own output."""
    items = node[1][1]
    firsts = [alt.data[0] if alt.data else None for alt in items]
    if None not in firsts and not any(_holds_subpattern(f) for f in firsts) and all(f == firsts[0] for f in firsts):
        return False  # the parser would move the common first item out
    if all(len(alt.data) == 1 and (alt.data[0][0] is _K.LITERAL or (alt.data[0][0] is _K.IN
                                                                    and alt.data[0][1][0][0] is not _K.NEGATE))
           for alt in items):
        return False  # the parser would make the branch a character set
    return True


def _spliceable(node) -> bool:
    if isinstance(node, _P.SubPattern):
        return all(_spliceable(x) for x in node.data)
    if type(node) is tuple and len(node) == 2 and node[0] is _K.IN:
        return not any(_is_mark(x) for x in node[1])
    if type(node) is tuple and len(node) == 2 and node[0] in (_K.ASSERT, _K.ASSERT_NOT) and node[1][0] < 0:
        return not _marked(node[1][1], set())  # a look-behind's width was read at parse time
    if type(node) in (tuple, list):
        return all(_spliceable(x) for x in node)
    return True


@lru_cache(maxsize=4096)
def _names_tree(alternation: str) -> tuple:
    """The items "(?:A|B)" parses to (the parser unpacks a plain non-capturing group in place)."""
    return tuple(_P.parse(alternation, _IFLAGS).data)


def _marked(node, out: set) -> bool:
    """Collect into ``out`` the ids of the template's nodes that hold a placeholder."""
    if isinstance(node, _P.SubPattern):
        found = False
        for x in node.data:
            if (type(x) is tuple and _is_mark(x)) | _marked(x, out):
                found = True
    elif type(node) in (tuple, list):
        found = False
        for x in node:
            if _marked(x, out):
                found = True
    else:
        return False
    if found:
        out.add(id(node))
    return found


def _splice(node, names: dict, marked: set, branches: list | None = None):
    """A copy of the template's nodes that hold placeholders, with the names' items in their place;
    the rest of the tree is shared with the template (re only reads it). The copied alternations
    are added to ``branches``."""
    if id(node) not in marked:
        return node
    if isinstance(node, _P.SubPattern):
        data = []
        for x in node.data:
            if type(x) is tuple and _is_mark(x):
                data.extend(names[x[1]])
            else:
                data.append(_splice(x, names, marked, branches))
        return _P.SubPattern(node.state, data)
    if type(node) is tuple:
        copy = tuple([_splice(x, names, marked, branches) for x in node])
        if branches is not None and len(copy) == 2 and copy[0] is _K.BRANCH:
            branches.append(copy)
        return copy
    return [_splice(x, names, marked, branches) for x in node]


def spliced_tree(template: str, roles: Roles):
    """The parse tree of ``expand(template, roles)`` built from the cached template, or None."""
    found = _template(template)
    if found is None:
        return None
    tree, which, marked, check = found
    alts = {w: _names_tree(roles.alternation(w)) for w in ("provider", "client")}
    branches: list = []
    spliced = _splice(tree, {code: alts[w] for code, w in which.items()}, marked, branches if check else None)
    if not all(_branch_as_parsed(b) for b in branches):
        return None  # a placeholder starts an alternative and these names' first items change it
    return spliced


@lru_cache(maxsize=None)
def template_factors(template: str) -> tuple[frozenset[str], ...]:
    """Literal sets every match contains whatever the party names are: the template's requirement
    with each names group read as an unknown character (a names group can only lengthen the
    literal runs next to it, so each set found here holds for every document's names). Empty when
    the template is not spliced or requires nothing but names. A document lacking one of these
    needs no pattern spliced, compiled or analysed for its names (most party-name patterns, in a
    batch where every contract has its own parties)."""
    found = _template(template)
    if found is None:
        return ()
    from analyzer.matching.prefilter import _factors

    tree, which, marked, _ = found
    opaque = _splice(tree, {code: ((_K.ANY, None),) for code in which}, marked)
    return tuple(_factors(opaque))


def _compile_tree(source: str, tree) -> re.Pattern:
    """What re.compile(source, FLAGS) returns, from source's parse tree (re._compiler.compile)."""
    flags = _IFLAGS
    code = _C._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _sre.compile(source, flags | tree.state.flags, code, tree.state.groups - 1, groupindex,
                        tuple(indexgroup))


class LazyPattern:
    """A rule regex that is compiled the first time it is used.

    Every document with new party names needs the {provider}/{client} patterns compiled afresh,
    and re.compile costs about a millisecond a pattern; but most patterns never run on a given
    document (the prefilter finds no block holding their literals; exclude, boost and weak_if are
    read only around hits). ``pattern`` is the source, as on ``re.Pattern``; :attr:`compiled` the
    real pattern, which the prefilter takes once it knows the pattern will run."""

    __slots__ = ("pattern", "_compiled", "_template", "_roles", "_tree", "_requirement")
    flags = FLAGS

    def __init__(self, pattern: str, template: str | None = None, roles: Roles | None = None):
        self.pattern = pattern
        self._compiled: re.Pattern | None = None
        self._template, self._roles = template, roles  # how to splice it (see spliced_tree)
        self._tree = self._requirement = None

    def _spliced(self):
        tree = self._tree
        if tree is None and self._template is not None:
            tree = spliced_tree(self._template, self._roles)
            if tree is None:  # not spliceable: parse the expanded source, once for both uses
                self._template = None
                try:
                    tree = _P.parse(self.pattern, _IFLAGS)
                except Exception:  # noqa: BLE001 - re.compile of the source reports it
                    tree = None
            self._tree = tree
        return tree

    @property
    def compiled(self) -> re.Pattern:
        rx = self._compiled
        if rx is None:
            tree = self._spliced()
            if tree is not None:
                rx = _compile_tree(self.pattern, tree)
            else:
                rx = _regex(self.pattern)
            self._compiled = rx
            self._tree = None
        return rx

    def template_factors(self) -> tuple[frozenset[str], ...]:
        """See template_factors(): () for a pattern without party names."""
        return template_factors(self._template) if self._template is not None else ()

    def requirement(self):
        """required_literals(self.pattern), from the spliced tree when there is one."""
        from analyzer.matching.prefilter import required_literals, requirement_of

        req = self._requirement
        if req is None:
            tree = self._spliced() if self._compiled is None else None
            req = requirement_of(tree) if tree is not None else required_literals(self.pattern)
            self._requirement = req if req is not None else False
        return req or None

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


@lru_cache(maxsize=PATTERN_CACHE)
def _lazy(source: str) -> LazyPattern:
    return LazyPattern(source)


def _compile(p: str, roles: Roles) -> LazyPattern:
    if not PLACEHOLDER_RE.search(p):
        return _lazy(p)
    source = expand(p, roles)
    found = _SOURCES.get(source)  # one LazyPattern per expanded source (spliced from its template)
    if found is None:
        if len(_SOURCES) >= PATTERN_CACHE:  # oldest names first: a batch meets new parties every file
            del _SOURCES[next(iter(_SOURCES))]
        found = _SOURCES[source] = LazyPattern(source, p, roles)
    return found


_SOURCES: dict[str, LazyPattern] = {}


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
    """Every literal the library's patterns and exclude patterns require (matching/prefilter.py),
    read with the default role words: the same set for every document, so what each word contains
    is worked out once. Literals of a document's own party names are not in it and are looked for
    directly."""
    from analyzer.matching.prefilter import required_literals
    from analyzer.roles import DEFAULT

    out: set[str] = set()
    for r in rules:
        for p in r.patterns + r.exclude:
            req = required_literals(expand(p, DEFAULT) if "{" in p else p)
            if req is not None:
                for alternatives in req.all_of:
                    out |= alternatives
    return frozenset(out)


def normalise_heading(text: str) -> str:
    text = re.sub(r"^[\s\dIVXivx().\-]*", "", text)  # leading numbering
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))
