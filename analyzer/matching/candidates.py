"""Propose hits for every rule: regex patterns and phrases in blocks, fuzzy matches on section headings."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from analyzer.document import Document, Section
from analyzer.matching import Hit
from analyzer.matching.prefilter import BlockFilter, requirement
from analyzer.matching.compiled import CompiledLibrary, CompiledRule, normalise_heading

PATTERN_SCORE = 0.75
PHRASE_SCORE = 0.6
HEADING_ONLY_SCORE = 0.55
HEADING_BONUS = 0.2
BOOST_BONUS = 0.1
HEADING_FUZZ = 88
WORD_FUZZ = 85  # rapidfuzz ratio for one heading word to stand for another ("limitations")  # rapidfuzz token_set_ratio needed for a heading to count
SECTION_SCAN = 3000
HEADING_EXCLUDE_CHARS = 300  # the opening of the clause under a heading, read against `exclude`
HEADING_CHARS = 70  # a block this short without sentence punctuation is a heading  # characters of a section body read to confirm a heading-only hit


@dataclass
class Prepared:
    """Per-document facts every rule reuses: block texts, sentences, phrase hits, matched headings."""

    doc: Document
    texts: list[str]
    sentences: "list[list[tuple[int, int]]] | Sentences"  # per block, offsets relative to the block
    phrases: dict[str, list[tuple[int, int, int]]]  # rule id -> (block, start, end) absolute
    heading_rules: dict[int, set[str]]  # index into doc.sections -> rule ids whose heading matched
    block_starts: list[int]
    filter: BlockFilter | None = None  # where each regex can match (matching/prefilter.py)
    # hits_for results by compiled rule: the engine asks twice per rule (the model policy, then decide)
    hits: dict[int, tuple[CompiledRule, list[Hit]]] = field(default_factory=dict)

    def block_index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.block_starts, offset) - 1
        if i >= 0 and offset < self.doc.blocks[i].end:
            return i
        return None

    def sentence(self, block: int, start: int, end: int) -> tuple[int, int]:
        """Absolute span of the sentence(s) covering [start, end) inside block. In a plain-text
        table ("Payment terms | 30 days" rows in one paragraph) a row is a sentence of its own: rows
        rarely end in a full stop, so the sentencizer runs them together, and an exclusion or a
        weak condition read on one row would speak for the others."""
        b = self.doc.blocks[block]
        rel_s, rel_e = start - b.start, end - b.start
        spans = self.sentences[block] or [(0, b.end - b.start)]
        first = next((s for s in spans if s[0] <= rel_s < s[1]), spans[0])
        last = next((s for s in spans if s[0] < rel_e <= s[1]), first)
        lo, hi = first[0], max(first[1], last[1])
        text = self.texts[block]
        if "|" in text and text.find("\n", lo, hi) != -1:
            lo, hi = _table_rows(text, lo, hi, rel_s, rel_e)
        return b.start + lo, b.start + hi


def _table_rows(text: str, lo: int, hi: int, rel_s: int, rel_e: int) -> tuple[int, int]:
    """[lo, hi) narrowed to the lines holding [rel_s, rel_e) when those lines are rows of a pipe
    table (a block with at least two lines holding " | " or starting with "|")."""
    rows = sum(1 for line in text.split("\n") if _is_row(line))
    if rows < 2:
        return lo, hi
    row_s = text.rfind("\n", 0, rel_s) + 1
    row_e = text.find("\n", max(rel_e - 1, rel_s))
    row_e = len(text) if row_e == -1 else row_e
    if not all(_is_row(line) for line in text[row_s:row_e].split("\n")):
        return lo, hi
    return max(lo, row_s), min(hi, row_e)


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") or " | " in stripped


def prepare(doc: Document, lib: CompiledLibrary) -> Prepared:
    from analyzer.nlp import analyse

    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    phrases: dict[str, list[tuple[int, int, int]]] = {}
    if len(lib.matcher):  # phrase rules: tokenise every block once, for phrases and sentences alike
        analysed = analyse(texts, lib.matcher)
        for i, (_, hits) in enumerate(analysed):
            base = doc.blocks[i].start
            for key, s, e in hits:
                phrases.setdefault(key, []).append((i, base + s, base + e))
        sentences: list | Sentences = [a[0] for a in analysed]
    else:  # no phrases to find: only the blocks a rule reads sentences of are tokenised
        sentences = Sentences(texts)
    starts = [b.start for b in doc.blocks]
    return Prepared(doc, texts, sentences, phrases, _heading_matches(doc.sections, lib),
                    starts, BlockFilter(doc.text, starts, [b.end for b in doc.blocks], lib.literals))


class Sentences:
    """Per block sentence offsets, computed on first use: the same as ``analyse(texts)`` gives
    for the whole list, since each block is tokenised on its own either way (``nlp.sentences``
    gives them without building spaCy Docs)."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._done: dict[int, list[tuple[int, int]]] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, block: int) -> list[tuple[int, int]]:
        found = self._done.get(block)
        if found is None:
            from analyzer.nlp import sentences

            found = self._done[block] = sentences([self.texts[block]])[0]
        return found


def _heading_matches(sections: list[Section], lib: CompiledLibrary) -> dict[int, set[str]]:
    """Section index -> ids of the rules one of whose headings the section heading matches: a
    token_set_ratio of at least HEADING_FUZZ, and the heading covers the phrase's content words.

    The cover test is the cheap, selective one, so it runs first and on words, not pairs: which
    content word of which library phrase each distinct heading word stands for (equal, or close by
    rapidfuzz ratio), then only the phrases all of whose words a heading covers are scored with
    token_set_ratio. Same result as scoring every heading against every phrase and then checking
    :func:`_covers` (tests/test_matching.py compares the two), without the all-pairs fuzzy matrix."""
    if not sections or not lib.headings:
        return {}
    from rapidfuzz import fuzz

    index = _heading_index(tuple(lib.headings))
    names = [normalise_heading(s.heading or "") for s in sections]
    covers = _word_covers({w for name in names if name and len(name) <= 120 for w in _content(name)}, index)
    out: dict[int, set[str]] = {}
    for i, name in enumerate(names):
        if not name or len(name) > 120:
            continue
        words = _content(name)
        covered: set[str] = set()
        for h in words:
            covered |= covers[h]
        candidates = {j for w in covered for j in index.by_word[w]}
        for j in sorted(candidates):
            wanted = index.wanted[j]
            if len(wanted) == 1 and len(words) > 1:
                continue  # see _covers
            if not covered.issuperset(wanted):
                continue
            rid, phrase = lib.headings[j]
            if fuzz.token_set_ratio(name, phrase, score_cutoff=HEADING_FUZZ) >= HEADING_FUZZ:
                out.setdefault(i, set()).add(rid)
    return out


@dataclass(frozen=True)
class _HeadingIndex:
    wanted: tuple[tuple[str, ...], ...]  # per library heading phrase: the words a heading must cover
    by_word: dict[str, tuple[int, ...]]  # wanted word -> the phrases that want it
    long_words: tuple[str, ...]  # wanted words a near-miss may stand for (longer than 4 characters)


@lru_cache(maxsize=8)
def _heading_index(headings: tuple[tuple[str, str], ...]) -> _HeadingIndex:
    wanted = tuple(tuple(_content(phrase) or phrase.split()) for _, phrase in headings)
    by_word: dict[str, list[int]] = {}
    for j, ws in enumerate(wanted):
        for w in dict.fromkeys(ws):
            by_word.setdefault(w, []).append(j)
    return _HeadingIndex(wanted, {w: tuple(js) for w, js in by_word.items()},
                         tuple(w for w in by_word if len(w) > 4))


def _word_covers(heading_words: set[str], index: _HeadingIndex) -> dict[str, set[str]]:
    """heading word -> the wanted words it stands for (the per-word test of :func:`_covers`)."""
    from rapidfuzz import fuzz, process

    words = sorted(heading_words)
    out = {h: ({h} if h in index.by_word else set()) for h in words}
    if words and index.long_words:
        # cdist only narrows the pairs (a lower cutoff than the test); the test itself is _covers'
        near = process.cdist(index.long_words, words, scorer=fuzz.ratio, score_cutoff=WORD_FUZZ - 5)
        for a, b in zip(*near.nonzero()):
            w, h = index.long_words[a], words[b]
            if _near(w, h):
                out[h].add(w)
    return out


STOPWORDS = frozenset("a an and the of to in for on by with or its our your their this that".split())


def _content(text: str) -> list[str]:
    return [w for w in text.split() if w not in STOPWORDS]


def _covers(heading: str, phrase: str) -> bool:
    """Each content word of the phrase appears in the heading, allowing small spelling variants."""
    words = _content(heading)
    wanted = _content(phrase) or phrase.split()
    if len(wanted) == 1 and len(words) > 1:
        return False  # "Deliverables" names the clause; "Licensed Deliverables" is about something else
    return all(any(w == h or _near(w, h) for h in words) for w in wanted)


def _near(wanted: str, word: str) -> bool:
    """A small spelling variant of a wanted word, not another word built on it: "remediation" is
    not "mediation" and "determination" is not "termination", though rapidfuzz scores both 90+."""
    from rapidfuzz import fuzz

    if len(wanted) <= 4 or (len(word) > len(wanted) and word.endswith(wanted)):
        return False
    return fuzz.ratio(wanted, word) >= WORD_FUZZ


def _in_matching_section(prep: Prepared, rule_id: str, offset: int) -> bool:
    doc = prep.doc
    for idx, rids in prep.heading_rules.items():
        if rule_id in rids:
            s = doc.sections[idx]
            if s.start <= offset < s.end:
                return True
    return False


def _excluded(prep: Prepared, cr: CompiledRule, block: int, start: int, end: int) -> bool:
    """An exclude pattern matches the hit's sentence. Patterns whose required literals the block
    lacks cannot match any sentence of it: when that leaves none, the block is not split into
    sentences at all (most hits' blocks; splitting was most of the time spent here)."""
    if not cr.exclude:
        return False
    may = [rx for rx in cr.exclude if prep.filter is None or prep.filter.may_match(rx, block)]
    if not may:
        return False
    s, e = prep.sentence(block, start, end)
    sent = prep.doc.text[s:e]
    return any(rx.search(sent) for rx in may)


def _boosted(prep: Prepared, cr: CompiledRule, block: int, start: int, end: int) -> bool:
    """The hit's sentence carries a word the rule cares most about (e.g. a price next to a blank)."""
    if not cr.boost:
        return False
    s, e = prep.sentence(block, start, end)
    sent = prep.doc.text[s:e]
    return any(rx.search(sent) for rx in cr.boost)


def _required(prep: Prepared, cr: CompiledRule, text: str) -> bool:
    return not cr.require or any(rx.search(text) for rx in cr.require)


def _body_block(prep: Prepared, block: int) -> int | None:
    """A heading block on its own ("4. Change Orders", "Delivery Dates") stands for the clause that
    follows it: the evidence is that clause, not the bare heading. None when the heading opens
    several headed sub-clauses ("3 Milestones, Delays and Force Majeure" over "3.1 Milestones"):
    which one it means is unknown, and the sub-clauses speak for themselves."""
    doc = prep.doc
    if block + 1 >= len(doc.blocks):
        return block
    sec = doc.section_at(doc.blocks[block].start)
    text = prep.texts[block].strip()
    bare = (sec is not None and sec.start == doc.blocks[block].start and len(text) <= len(sec.label) + 3
            and doc.blocks[block + 1].start < sec.end)
    if not bare and not (_looks_like_heading(text) and doc.blocks[block].kind != "table_cell"):
        return block
    nxt = doc.section_at(doc.blocks[block + 1].start)
    if nxt is not None and nxt is not sec and nxt.start == doc.blocks[block + 1].start and nxt.heading:
        return None
    body = block + 1
    while body + 1 < len(doc.blocks) and body < block + 3 and _looks_like_heading(prep.texts[body].strip()):
        body += 1  # "Project Timeline" then "Timing": skip stacked headings to the clause
    return body


def _looks_like_heading(text: str) -> bool:
    """A short line with no sentence punctuation: "Project Timeline", "3.2 Delivery Dates"."""
    return (0 < len(text) <= HEADING_CHARS and "\n" not in text and len(text.split()) <= 8
            and not text.endswith((".", ";", ",", ":", "|")) and (text[:1].isupper() or text[:1].isdigit()))


def hits_for(prep: Prepared, cr: CompiledRule) -> list[Hit]:
    """Every candidate hit of one rule in the prepared document (computed once per rule, then reused)."""
    cached = prep.hits.get(id(cr))
    if cached is None or cached[0] is not cr:
        cached = prep.hits[id(cr)] = (cr, _hits_for(prep, cr))
    return list(cached[1])


def _hits_for(prep: Prepared, cr: CompiledRule) -> list[Hit]:
    doc = prep.doc
    rid = cr.rule.id
    hits: list[Hit] = []
    for source, rx in cr.patterns:
        if prep.filter.ruled_out(rx):
            continue
        for m in prep.filter.finditer(rx, requirement(rx), doc.text):
            lead = len(m.group(0)) - len(m.group(0).lstrip())  # '^\s*' may start on a blank line
            b = prep.block_index(m.start() + lead)
            if b is None or _excluded(prep, cr, b, m.start() + lead, m.end()):
                continue
            score = PATTERN_SCORE + (HEADING_BONUS if _in_matching_section(prep, rid, m.start()) else 0)
            score += BOOST_BONUS if _boosted(prep, cr, b, m.start() + lead, m.end()) else 0
            body = _body_block(prep, b)
            if body is None:
                continue
            s, e = (m.start() + lead, m.end()) if body == b else (doc.blocks[body].start, doc.blocks[body].end)
            hits.append(Hit(rid, body, s, e, score, "pattern", source))
    for b, s, e in prep.phrases.get(rid, ()):
        if _excluded(prep, cr, b, s, e) or not _required(prep, cr, prep.texts[b]):
            continue
        score = PHRASE_SCORE + (HEADING_BONUS if _in_matching_section(prep, rid, s) else 0)
        body = _body_block(prep, b)
        if body is None:
            continue
        if body != b:
            s, e = doc.blocks[body].start, doc.blocks[body].end
        hits.append(Hit(rid, body, s, e, score, "phrase", doc.text[s:e][:80]))
    for idx, rids in prep.heading_rules.items():
        if rid not in rids:
            continue
        hit = _heading_hit(prep, cr, doc.sections[idx])
        if hit is not None:
            hits.append(hit)
    return hits


def _heading_hit(prep: Prepared, cr: CompiledRule, section: Section) -> Hit | None:
    """The section's first body block, when the heading alone names the protection."""
    doc = prep.doc
    first = prep.block_index(section.start)
    if first is None:
        return None
    body = first
    head_text = prep.texts[first]
    if section.heading and len(head_text.strip()) <= len(section.label) + 2 and first + 1 < len(doc.blocks):
        body = first + 1  # the heading is a block of its own; the clause follows
    if doc.blocks[body].start >= section.end:
        return None
    sub = doc.section_at(doc.blocks[body].start)
    if body != first and sub is not None and sub is not section and sub.heading \
            and sub.start == doc.blocks[body].start:
        return None  # the heading opens headed sub-clauses; they are matched on their own
    scan = doc.text[doc.blocks[body].start:min(section.end, doc.blocks[body].start + SECTION_SCAN)]
    if not _required(prep, cr, scan):
        return None
    if cr.exclude and any(rx.search(scan[:HEADING_EXCLUDE_CHARS]) for rx in cr.exclude):
        return None  # the heading says it, but the clause under it is one the rule rules out
    b = doc.blocks[body]
    return Hit(cr.rule.id, body, b.start, b.end, HEADING_ONLY_SCORE, "heading", section.heading or "")
