"""Run a rule's regex only where it can match.

Python's ``re`` scans every position of a long contract for every pattern, and case-insensitive
patterns get no literal-prefix speed-up: on a 160k-character contract the patterns cost seconds.
Every pattern, though, needs some literal text ("liabil", "indemnif", "shall|will"). We read that
requirement from the parsed regex once, find the blocks whose lower-cased text contains it with
``str.find`` (C speed), and run the regex only from those blocks (and the block before, since a
match may start there and run on). The matches are the same ones a whole-text scan finds, save
for overlapping matches that a whole-text scan would have skipped.

Which blocks hold a literal is read from the words of each block, not by scanning the whole text
once per literal (a library has over a thousand literals, and scanning for each cost more than the
regexes): a literal made of word characters can only occur inside one word, and which library
literals a word contains is worked out once per distinct word and remembered across documents
(:class:`WordLiterals`). The literals of a match's first word are then looked for only in the
blocks that can hold a match.
"""

from __future__ import annotations

import bisect
import heapq
import re
from functools import cached_property, lru_cache

try:  # Python 3.11+
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

WORD = re.compile(r"\w+")
MIN_LITERAL = 3  # shorter literals ("of", "a") select almost every block: not worth filtering on
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())


def _items(seq):
    """A parsed sequence's item list (indexing a SubPattern goes through Python code each time)."""
    return seq.data if isinstance(seq, P.SubPattern) else seq


# Parse-tree nodes that live as long as the process (the parts of a party-name template that hold
# no names, which every document's spliced tree shares: matching/compiled.py), and their factors.
STABLE_NODES: set[int] = set()
_STABLE_FACTORS: dict[int, list[frozenset[str]]] = {}


def _factors(seq) -> list[frozenset[str]]:
    """Sets of lower-case strings: every match contains one string of EACH set."""
    if id(seq) in STABLE_NODES:
        found = _STABLE_FACTORS.get(id(seq))
        if found is None:
            found = _STABLE_FACTORS[id(seq)] = _factors_of(seq)
        return found
    return _factors_of(seq)


def _factors_of(seq) -> list[frozenset[str]]:
    seq = _items(seq)
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av).lower())
            continue
        flush()
        if op is C.SUBPATTERN:
            f = _factor(av[-1])
        elif op is C.BRANCH:
            parts = [_factor(p) for p in av[1]]
            f = None if any(p is None for p in parts) else frozenset().union(*parts)
        elif op in _REPEATS:
            f = _factor(av[2]) if av[0] >= 1 else None
        elif getattr(C, "ATOMIC_GROUP", None) is not None and op is C.ATOMIC_GROUP:
            f = _factor(av)
        else:
            f = None
        if f:
            candidates.append(f)
    flush()
    return [c for c in candidates if min(len(x) for x in c) >= MIN_LITERAL]


def _factor(seq) -> frozenset[str] | None:
    """The most selective single set (longest shortest string), for use inside a branch."""
    found = _factors(seq)
    return max(found, key=lambda s: (min(len(x) for x in s), -len(s))) if found else None


def _leading(seq, optional: bool = False) -> frozenset[str] | None:
    """Strings one of which every match STARTS with (after zero-width \\b or ^), or None.
    optional=True also reads through an optional opening (see Requirement.search_starts)."""
    seq = _items(seq)
    run: list[str] = []
    for i, (op, av) in enumerate(seq):
        if op is C.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            return frozenset(["".join(run)])
        if op is C.AT:
            continue
        if op is C.SUBPATTERN:
            return _leading(av[-1], optional)
        if op is C.BRANCH:
            parts = [_leading(p, optional) for p in av[1]]
            return None if any(not p for p in parts) else frozenset().union(*parts)
        if op in _REPEATS and av[0] >= 1:
            return _leading(av[2], optional)
        if optional and op in _REPEATS and av[0] == 0 and av[1] == 1:
            # an optional opening ("(?:shall\s+)?automatically"): a match starts with it or with
            # what follows it
            inner, rest = _leading(av[2], True), _leading(seq[i + 1:], True)
            return inner | rest if inner and rest else None
        return None
    return frozenset(["".join(run)]) if run else None


LINE_START = object()  # in _scan_leading's answer: a match may start where a line does ('^')
Anchors = tuple  # (strings, whether line starts count): see _anchors


def _scan_leading(seq) -> frozenset | None:
    """What every match starts with, or None: lower-case strings, and LINE_START where it may
    start at a '^'. Reads past zero-width items (\\b, look-arounds) and through optional or
    repeated openings ("(?:hereby\\s+)?grants?": "hereby" or "grant"), and takes a class of
    single characters (["“]) as those characters."""
    seq = _items(seq)
    run: list[str] = []
    for i, (op, av) in enumerate(seq):
        if op is C.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            return frozenset(["".join(run)])
        if op is C.AT:
            if av is C.AT_BEGINNING:
                return frozenset([LINE_START])
            continue
        if op is C.ASSERT or op is C.ASSERT_NOT:
            continue
        if op is C.SUBPATTERN:
            return _scan_leading(av[-1])
        if op is C.BRANCH:
            parts = [_scan_leading(p) for p in av[1]]
            return None if any(not p for p in parts) else frozenset().union(*parts)
        if op is C.IN:
            if av and all(o is C.LITERAL for o, _ in av):
                return frozenset(chr(c).lower() for _, c in av)
            return None
        if op in _REPEATS:
            inner = _scan_leading(av[2])
            if av[0] >= 1 or not inner:
                return inner
            rest = _scan_leading(seq[i + 1:])
            return inner | rest if rest else None
        return None
    return frozenset(["".join(run)]) if run else None


def _uncased_or_ascii(s: str) -> bool:
    """lower() and IGNORECASE agree on s: ASCII, or characters with no case ('“', '€')."""
    return s.isascii() or all(c.lower() == c == c.upper() for c in s)


def _anchors(parsed) -> Anchors | None:
    """(strings, line_start): every match of the pattern starts at an occurrence of one of the
    strings in the lower-cased text, or (line_start) at the start of the text or after a newline.
    None when that is unknown, or when the pattern can match an empty string."""
    found = _scan_leading(parsed)
    if not found or parsed.getwidth()[0] == 0:
        return None
    strings = frozenset(x for x in found if x is not LINE_START)
    if not all(strings) or not all(_uncased_or_ascii(x) for x in strings):
        return None
    return strings, LINE_START in found


@lru_cache(maxsize=1024)
def anchors_of(pattern: str) -> Anchors | None:
    """_anchors of a pattern that has no literal requirement (read from its source)."""
    try:
        return _anchors(P.parse(pattern, _IGNORECASE))
    except (re.error, TypeError, ValueError, IndexError, RecursionError):
        return None


class Requirement:
    """What a pattern needs: literals that must all occur, and the strings a match starts with.

    ``search_starts`` also reads through an optional opening ("(?:shall\\s+)?automatically": a
    match starts with "shall" or "automatically"). Only :class:`Searcher` uses it: the block filter
    scans a block's candidates with ``finditer`` up to the next block's end but tries start strings
    with ``match`` to the end of the text, so moving a rule pattern from one path to the other could
    change which long matches it finds (two CUAD findings did)."""

    __slots__ = ("all_of", "starts", "search_starts", "anchors")

    def __init__(self, all_of: tuple[frozenset[str], ...], starts: frozenset[str] | None,
                 search_starts: frozenset[str] | None = None, anchors: Anchors | None = None):
        self.all_of = all_of
        self.starts = starts
        self.search_starts = search_starts if search_starts is not None else starts
        self.anchors = anchors  # where a match may start, for the block filter's scan (see _anchors)


_IGNORECASE = int(re.IGNORECASE)  # an int, as re.compile passes it: RegexFlag arithmetic doubles the parse


@lru_cache(maxsize=8192)
def required_literals(pattern: str) -> Requirement | None:
    """The literal requirements of a regex, or None when it has none worth using."""
    try:
        parsed = P.parse(pattern, _IGNORECASE)
    except (re.error, TypeError, ValueError, IndexError, RecursionError):
        return None
    return requirement_of(parsed)


def requirement_of(parsed) -> Requirement | None:
    """required_literals from a parse tree (the MULTILINE flag does not change the tree)."""
    all_of = tuple(_factors(parsed))
    if not all_of:
        return None
    starts = _leading(parsed)
    search = _leading(parsed, True)
    return Requirement(all_of, starts if starts and all(starts) else None, search if search and all(search) else None,
                       _anchors(parsed))


def requirement(rx) -> Requirement | None:
    """required_literals(rx.pattern); a rule's LazyPattern has it from its spliced parse tree."""
    of = getattr(rx, "requirement", None)
    return of() if of is not None else required_literals(rx.pattern)


class WordLiterals:
    """Which of a fixed set of word literals each word contains, remembered per distinct word."""

    MAX_WORDS = 200_000  # forget and start again past this many distinct words (bounded memory)

    def __init__(self, literals: frozenset[str]):
        self.literals = literals
        self.lengths = sorted({len(lit) for lit in literals})
        # literal -> its first MIN_LITERAL characters: a word is looked up once per position
        # instead of once per position and literal length (new words are most of a batch's words)
        self._by_head: dict[str, list[str]] = {}
        for lit in literals:
            self._by_head.setdefault(lit[:MIN_LITERAL], []).append(lit)
        self._short = any(len(lit) < MIN_LITERAL for lit in literals)
        self._cache: dict[str, tuple[str, ...]] = {}

    def of(self, word: str) -> tuple[str, ...]:
        found = self._cache.get(word)
        if found is None:
            if self._short:  # a literal shorter than the head: every substring, as before
                lits, n = self.literals, len(word)
                found = tuple({word[i:i + k] for k in self.lengths if k <= n for i in range(n - k + 1)
                               if word[i:i + k] in lits})
            else:
                by_head = self._by_head
                found = tuple({lit for i in range(len(word) - MIN_LITERAL + 1)
                               for lit in by_head.get(word[i:i + MIN_LITERAL], ()) if word.startswith(lit, i)})
            if len(self._cache) >= self.MAX_WORDS:
                self._cache.clear()
            self._cache[word] = found
        return found


@lru_cache(maxsize=8)
def word_literals(literals: frozenset[str]) -> WordLiterals:
    return WordLiterals(frozenset(lit for lit in literals if WORD.fullmatch(lit)))


class BlockFilter:
    """Per-document index: which blocks contain a literal, computed lazily and cached.

    ``literals``: the library's required literals; those made of word characters are found through
    the words of each block (one pass over the document for all of them). Any other literal, and
    every literal when the words cannot be told apart by block, is found with ``str.find``.

    Sets of blocks are bit masks (bit b: block b): a pattern's candidate blocks are the AND of its
    factors' masks, and the runs of consecutive candidates are read off the mask's bits.
    """

    def __init__(self, text: str, block_starts: list[int], block_ends: list[int],
                 literals: frozenset[str] | None = None):
        lowered = text.lower()
        # lower() may change the length of rare characters (offsets would not line up), and keeps
        # "ı"/"ſ" apart from "i"/"s" where IGNORECASE does not: either way, scan the whole text.
        ok = len(lowered) == len(text) and not any(c in text for c in _FOLDS_TO_ASCII)
        self.lowered = lowered if ok else None
        self.starts = block_starts
        self.ends = block_ends
        self._masks: dict[str, int] = {}  # literal -> blocks holding it
        self._positions: dict[str, list[int]] = {}
        self._words = word_literals(literals) if literals else None
        self._index: dict[str, list[int]] | None = None
        self._factors: dict[frozenset[str], int] = {}  # factor -> blocks a match may start in

    def positions(self, literal: str) -> list[int]:
        """Every offset where literal occurs in the lower-cased text, ascending (cached)."""
        found = self._positions.get(literal)
        if found is None:
            found = self._positions[literal] = _occurrences(self.lowered, (literal,))
        return found

    def _region_end(self, b: int) -> int:
        """Offsets from starts[b] up to here belong to block b (bisect on the starts, as everywhere here)."""
        return self.starts[b + 1] if b + 1 < len(self.starts) else len(self.lowered)

    @cached_property
    def _region_ends(self) -> list[int]:
        """_region_end of every block."""
        return self.starts[1:] + [len(self.lowered)] if self.starts else []

    def _word_index(self) -> dict[str, list[int]]:
        """Word literal -> blocks (ascending), from the distinct words of each block's stretch of
        text. Empty (so every literal goes to ``str.find``) when block starts are out of order or a
        word runs across a block start: then a word would not be wholly inside the block its
        literals map to."""
        if self._index is None:
            self._index = {}
            low, starts = self.lowered, self.starts
            if self._words is None or any(starts[k] > starts[k + 1] for k in range(len(starts) - 1)) or any(
                    0 < s < len(low) and WORD.fullmatch(low, s - 1, s + 1) for s in starts[1:]):
                self._words = None
                return self._index
            index, of, known = self._index, self._words.of, self._words._cache
            shortest = self._words.lengths[0] if self._words.lengths else 0
            ends = self._region_ends
            for b in range(len(starts)):
                for w in set(WORD.findall(low, starts[b], ends[b])):
                    if len(w) < shortest:
                        continue  # too short to hold a literal
                    lits = known.get(w)
                    if lits is None:
                        lits = of(w)
                    for lit in lits:
                        found = index.get(lit)
                        if found is None:
                            index[lit] = [b]
                        elif found[-1] != b:
                            found.append(b)
        return self._index

    def _mask(self, literal: str) -> int:
        """The blocks holding literal, as a bit mask (cached)."""
        found = self._masks.get(literal)
        if found is None:
            index = self._index if self._index is not None else self._word_index()
            if self._words is not None and literal in self._words.literals:
                blocks = index.get(literal, ())
            else:
                starts = self.starts
                blocks = {bisect.bisect_right(starts, i) - 1 for i in self.positions(literal)}
                blocks.discard(-1)
            found = 0
            for b in blocks:
                found |= 1 << b
            self._masks[literal] = found
        return found

    def blocks_with(self, literal: str) -> set[int]:
        return set(_bits(self._mask(literal)))

    def may_match(self, rx, block: int) -> bool:
        """False when rx cannot match anywhere inside the block (so in no sentence of it either):
        one of the literals it requires occurs nowhere in the block's text."""
        if self.lowered is None or not self.starts:
            return True
        of = getattr(rx, "template_factors", None)
        if of is not None and not self._holds(of(), block):  # before the names are spliced in
            return False
        req = requirement(rx)
        return req is None or self._holds(req.all_of, block)

    def _holds(self, all_of, block: int) -> bool:
        """The block holds one literal of each set."""
        return all(any(self._mask(lit) >> block & 1 for lit in alternatives) for alternatives in all_of)

    def _possible(self, all_of) -> int:
        """The blocks a match may start in, as a mask: it holds one literal of each set, and may
        start in the block before the literal's block and run into it."""
        possible = -1
        factors = self._factors
        for alternatives in all_of:
            blocks = factors.get(alternatives)
            if blocks is None:  # many patterns share a factor ("shall|will"): worked out once
                blocks = 0
                for lit in alternatives:
                    blocks |= self._mask(lit)
                blocks |= blocks >> 1
                factors[alternatives] = blocks
            possible &= blocks
            if not possible:
                break
        return possible

    def ruled_out(self, rx) -> bool:
        """True when the literals a party-name pattern needs whatever the names are (see
        compiled.template_factors) leave no block a match could start in: finditer would find
        nothing, and the pattern need not be built for this document's names at all."""
        of = getattr(rx, "template_factors", None)
        if of is None or self.lowered is None or not self.starts:
            return False
        factors = of()
        return bool(factors) and not self._possible(factors)

    def finditer(self, rx: re.Pattern, req: Requirement | None, text: str):
        """Matches of rx, scanning only the blocks that can hold one (all of text if unknown)."""
        if req is None or self.lowered is None or not self.starts:
            anchors = anchors_of(rx.pattern) if req is None and self.lowered is not None else None
            if anchors is None:
                yield from rx.finditer(text)
                return
            # no literal to choose blocks by, but where a match starts is known: try only there
            found = self._anchored(anchors, 0, len(text))
            if found:
                yield from _match_in_order(getattr(rx, "compiled", rx).match, text, found, -1)[0]
            return
        possible = self._possible(req.all_of)
        if not possible:
            return
        if req.starts is not None:
            yield from self._match_at_starts(rx, req.starts, possible, text)
            return
        if req.anchors is not None:
            yield from self._scan_anchored(rx, req.anchors, possible, text)
            return
        rx = getattr(rx, "compiled", rx)  # a LazyPattern (matching/compiled.py) is compiled only now
        last_end = -1
        starts, ends, n = self.starts, self.ends, len(text)
        for b in _bits(possible):
            start = max(starts[b] if b else 0, last_end)
            stop = ends[b + 1] if b + 1 < len(ends) else n
            for m in rx.finditer(text, start, stop):
                if m.start() >= (starts[b + 1] if b + 1 < len(starts) else n):
                    break  # starts in the next block: that block's own scan finds it
                last_end = m.end()
                yield m

    def _anchored(self, anchors: Anchors, lo: int, hi: int) -> list[int]:
        """Ascending offsets in [lo, hi) where a match with these anchors may start."""
        strings, line_start = anchors
        found = _occurrences(self.lowered, strings, lo, hi) if strings else []
        if line_start:
            lines = [k + 1 for k in _occurrences(self.lowered, ("\n",), max(lo - 1, 0), hi - 1)]
            if lo == 0 and hi > 0:
                lines.insert(0, 0)
            found = sorted(set(found).union(lines)) if found else lines
        return found

    def _scan_anchored(self, rx, anchors: Anchors, blocks: int, text: str):
        """The matches the scan of each candidate block finds (``rx.finditer`` from the block's start,
        or the end of the last match, up to the next block's end, keeping those that start in the
        block), trying the pattern only at its anchors: the same attempts that scan would make at
        those offsets, and no other offset can start a match."""
        starts, ends, n = self.starts, self.ends, len(text)
        match = None
        last_end = -1
        for b in _bits(blocks):
            lo = max(starts[b] if b else 0, last_end)
            found = self._anchored(anchors, lo, self._region_end(b))
            if not found:
                continue
            if match is None:
                match = getattr(rx, "compiled", rx).match
            stop = ends[b + 1] if b + 1 < len(ends) else n
            for p in found:
                if p < last_end:
                    continue
                m = match(text, p, stop)
                if m is not None:
                    last_end = m.end()
                    yield m

    def _match_at_starts(self, rx: re.Pattern, starts: frozenset[str], blocks: int, text: str):
        """Try rx only where one of its leading strings occurs: one match attempt per occurrence."""
        self._word_index()  # settles whether block starts are in order
        if self._words is None:  # no ordered block starts to search between
            positions = sorted({i for lit in starts for i in self.positions(lit)
                                if (b := bisect.bisect_right(self.starts, i) - 1) >= 0 and blocks >> b & 1})
            yield from _match_in_order(rx.match, text, positions, -1)[0]
            return
        # The occurrences in each run of consecutive candidate blocks (an occurrence may start in
        # the run and end past it), tried in order. A string the word index knows is looked for only
        # in the candidate blocks that hold it.
        low, words, block_starts = self.lowered, self._words.literals, self.starts
        region_ends = self._region_ends
        found: list[int] = []
        for lit in starts:
            extra = len(lit) - 1
            for first, last in _runs(blocks & self._mask(lit) if lit in words else blocks):
                stop = region_ends[last] + extra
                k = low.find(lit, block_starts[first], stop)
                while k != -1:
                    found.append(k)
                    k = low.find(lit, k + 1, stop)
        if not found:
            return
        if len(starts) > 1:
            found = sorted(set(found))
        yield from _match_in_order(getattr(rx, "compiled", rx).match, text, found, -1)[0]


def _bits(mask: int) -> list[int]:
    """The set bits of a mask, ascending."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _runs(mask: int):
    """(first, last) of each run of consecutive set bits of a mask, ascending."""
    while mask:
        low = mask & -mask
        top = (mask + low) & ~mask  # the bit just past the lowest run
        yield low.bit_length() - 1, top.bit_length() - 2
        mask &= -top


# re's IGNORECASE lets these match an ASCII letter ("ı" ~ "i", "ſ" ~ "s") although lower() keeps them
# apart: a text holding one is searched with the plain regex.
_FOLDS_TO_ASCII = ("\u0131", "\u017f")


class Searcher:
    """``rx.search(text)`` for many patterns over one text, exactly, without trying every position.

    A pattern whose required literals (see :func:`required_literals`) are absent cannot match, and
    a pattern whose matches all start with one of a few literals is tried only where they occur,
    in order, until the first match. Patterns with no literal requirement, non-ASCII literals, or a
    text whose lower case does not line up with IGNORECASE, take the plain ``rx.search``.
    """

    def __init__(self, text: str):
        self.text = text
        lowered = text.lower()
        ok = len(lowered) == len(text) and not any(c in text for c in _FOLDS_TO_ASCII)
        self.lowered = lowered if ok else None
        self._contains: dict[str, bool] = {}

    def _has(self, literal: str) -> bool:
        found = self._contains.get(literal)
        if found is None:
            found = self._contains[literal] = literal in self.lowered
        return found

    def search(self, rx: re.Pattern) -> re.Match | None:
        req = requirement(rx)
        if req is None or self.lowered is None or not _ascii(req):
            return rx.search(self.text)
        if not all(any(self._has(lit) for lit in alternatives) for alternatives in req.all_of):
            return None
        if req.search_starts is None:
            return rx.search(self.text)
        return _first_match(rx.match, self.text, self.lowered, req.search_starts)

    def finditer(self, rx: re.Pattern) -> list[re.Match]:
        """``list(rx.finditer(text))``, exactly: tried only where a match can start, in order (every
        match holds a required literal, so none is empty and each next one starts past the last)."""
        req = requirement(rx)
        if req is None or self.lowered is None or not _ascii(req) or req.search_starts is None:
            return list(rx.finditer(self.text))
        if not all(any(self._has(lit) for lit in alternatives) for alternatives in req.all_of):
            return []
        return _match_in_order(rx.match, self.text, _occurrences(self.lowered, req.search_starts), -1)[0]


@lru_cache(maxsize=2)
def searcher(text: str) -> Searcher:
    """One Searcher per text for the review's several readers (key terms, notes)."""
    return Searcher(text)


def _occurrences(low: str, literals, lo: int = 0, hi: int | None = None) -> list[int]:
    """Ascending offsets in low where one of the literals starts, at or after lo and before hi
    (an occurrence may run past hi)."""
    found = []
    for lit in literals:
        stop = len(low) if hi is None else hi + len(lit) - 1
        k = low.find(lit, lo, stop)
        while k != -1:
            found.append(k)
            k = low.find(lit, k + 1, stop)
    return sorted(set(found)) if len(literals) > 1 else found


def _first_match(match, text: str, low: str, literals) -> re.Match | None:
    """The first match(text, p) over the offsets where a literal starts, in ascending order: the
    literals' occurrences are found one at a time (a merge), so a match early in the text ends
    the search without listing every later occurrence."""
    heads = []
    for lit in literals:
        k = low.find(lit)
        if k != -1:
            heads.append((k, lit))
    heapq.heapify(heads)
    last = -1
    while heads:
        k, lit = heads[0]
        if k != last:  # two literals may start at one offset: try it once
            m = match(text, k)
            if m is not None:
                return m
            last = k
        nxt = low.find(lit, k + 1)
        if nxt == -1:
            heapq.heappop(heads)
        else:
            heapq.heapreplace(heads, (nxt, lit))
    return None


def _match_in_order(match, text: str, positions: list[int], last_end: int) -> tuple[list[re.Match], int]:
    """match(text, p) at each position in order, skipping those inside the previous match; the
    matches, and where the last one ended (an empty match counts as one character)."""
    out = []
    for p in positions:
        if p < last_end:
            continue
        m = match(text, p)
        if m is not None:
            last_end = m.end() if m.end() > p else p + 1
            out.append(m)
    return out, last_end


def _ascii(req: Requirement) -> bool:
    return all(lit.isascii() for alternatives in req.all_of for lit in alternatives) and (
        req.search_starts is None or all(lit.isascii() for lit in req.search_starts))
