"""The regex prefilter must find exactly what a whole-text scan finds, only faster."""

import re

import pytest

from analyzer.ingest import load
from analyzer.ingest.text import document_from_text
from analyzer.matching.compiled import compile_rules
from analyzer.matching.prefilter import BlockFilter, Searcher, required_literals
from analyzer.roles import detect
from analyzer.rules import builtin_rules
from conftest import SAMPLES


def test_literals_of_a_sequence_are_all_required():
    req = required_literals(r"\btotal\s+liability\b[^.;]{0,200}?(?:shall|will)\s+not\s+exceed")
    assert frozenset({"total"}) in req.all_of and frozenset({"liability"}) in req.all_of
    assert frozenset({"shall", "will"}) in req.all_of and frozenset({"exceed"}) in req.all_of
    assert req.starts == frozenset({"total"})


def test_optional_and_short_parts_are_not_required():
    req = required_literals(r"(?:hereby\s+)?assigns?\s+(?:to|unto)\s+(?:the\s+)?client")
    assert frozenset({"hereby"}) not in req.all_of
    assert req.starts is None  # an optional first word: a match may start at "assign"
    assert req.search_starts == frozenset({"hereby", "assign"})  # the Searcher reads through it
    assert frozenset({"assign"}) in req.all_of and frozenset({"client"}) in req.all_of
    assert required_literals(r"^\s*\w+:") is None


def test_branch_needs_every_alternative():
    req = required_literals(r"\b(?:indemnif\w*|hold\s+harmless|defend)\b")
    assert req.starts == frozenset({"indemnif", "hold", "defend"})
    assert required_literals(r"(?:indemnify|\w+ly)") is None


def _docs():
    texts = [e for r in builtin_rules() for kind in ("present", "weak", "missing") for e in r.examples.get(kind) or []]
    yield document_from_text("\n\n".join(texts))
    yield load(SAMPLES / "it-services-agreement-strong.docx")
    yield load(SAMPLES / "one-sided-agreement-weak.pdf")
    yield load(SAMPLES / "plain-services-agreement.txt")


@pytest.mark.parametrize("words", [True, False], ids=["word-index", "str.find"])
@pytest.mark.parametrize("doc", list(_docs()), ids=lambda d: d.path.rsplit("/", 1)[-1][:30])
def test_same_matches_as_a_whole_text_scan(doc, words):
    lib = compile_rules(builtin_rules(), detect(doc.text))
    bf = BlockFilter(doc.text, [b.start for b in doc.blocks], [b.end for b in doc.blocks],
                     lib.literals if words else None)
    compared = 0
    for cr in lib.rules:
        for _, rx in cr.patterns:
            full = [(m.start(), m.end()) for m in rx.finditer(doc.text)]
            fast = [(m.start(), m.end()) for m in bf.finditer(rx, required_literals(rx.pattern), doc.text)]
            assert fast == full, (cr.rule.id, rx.pattern[:80])
            compared += len(full)
    assert compared > 10  # the documents really exercise the patterns


def test_changed_length_lowercase_falls_back_to_full_scan():
    text = "İstanbul clause: total liability shall not exceed the fees."
    doc = document_from_text(text)
    bf = BlockFilter(text, [b.start for b in doc.blocks], [b.end for b in doc.blocks])
    rx = re.compile(r"total\s+liability", re.I)
    assert [m.start() for m in bf.finditer(rx, required_literals(rx.pattern), text)] == [17]


def test_dotless_i_and_long_s_fall_back_to_full_scan():
    # IGNORECASE reads "ı" as "i" and "ſ" as "s"; lower() does not, so the literal index would miss them
    for text in ("Total lıabılıty shall not exceed the fees.", "The cap ſhall apply: total liability capped."):
        doc = document_from_text(text)
        bf = BlockFilter(text, [b.start for b in doc.blocks], [b.end for b in doc.blocks])
        for pattern in (r"total\s+liability", r"\bshall\b", r"\bcap\b"):
            rx = re.compile(pattern, re.I)
            assert ([m.span() for m in bf.finditer(rx, required_literals(rx.pattern), text)]
                    == [m.span() for m in rx.finditer(text)]), (text, pattern)


def _both_ways(text: str, starts: list[int], ends: list[int], patterns: list[str]) -> None:
    """The word index finds the same blocks and matches as str.find over the whole text."""
    rules = [re.compile(p, re.I | re.M) for p in patterns]
    literals = frozenset(lit for rx in rules for alts in required_literals(rx.pattern).all_of for lit in alts)
    plain = BlockFilter(text, starts, ends)
    indexed = BlockFilter(text, starts, ends, literals)
    for rx in rules:
        req = required_literals(rx.pattern)
        for alts in req.all_of:
            for lit in alts:
                assert indexed.blocks_with(lit) == plain.blocks_with(lit), lit
        assert ([m.span() for m in indexed.finditer(rx, req, text)]
                == [m.span() for m in plain.finditer(rx, req, text)]), rx.pattern


WORD_PATTERNS = [r"\btotal\s+liability\b", r"indemnif\w*", r"(?:sub)?contractors?\s+shall", r"\bnet\s+30\b",
                 r"e-mail\s+notice", r"time\s+is\s+of\s+the\s+essence", r"liabil", r"\bsame\b"]


def test_word_index_agrees_with_find_inside_words_and_across_blocks():
    text = ("Total liability: subcontractors shall indemnify.\n\nThe Subcontractor shall pay net 30 days."
            "\n\nNotice by e-mail notice; time is of the essence.\n\nliabilities liabilityliability same-same")
    doc = document_from_text(text)
    _both_ways(text, [b.start for b in doc.blocks], [b.end for b in doc.blocks], WORD_PATTERNS)


def test_a_block_start_inside_a_word_falls_back_to_find():
    text = "total liability of the subcontractors shall not exceed the fees"
    cut = text.index("ability")  # a block starts mid-word: "li" | "ability ..."
    _both_ways(text, [0, cut], [cut, len(text)], WORD_PATTERNS)
    bf = BlockFilter(text, [0, cut], [cut, len(text)], frozenset({"liability"}))
    assert bf.blocks_with("liability") == {0}  # the occurrence starts in block 0


def test_blocks_out_of_order_fall_back_to_find():
    text = "first: total liability.\nsecond: indemnify the contractors shall.\nthird: same"
    _both_ways(text, [24, 0, 60], [59, 23, len(text)], WORD_PATTERNS)


def test_literals_outside_the_library_set_are_still_found():
    text = "Acme shall indemnify the Buyer.\n\nAcme's total liability is capped."
    doc = document_from_text(text)
    bf = BlockFilter(text, [b.start for b in doc.blocks], [b.end for b in doc.blocks], frozenset({"indemnif"}))
    assert bf.blocks_with("acme") == {0, 1} and bf.blocks_with("indemnif") == {0}


@pytest.mark.parametrize("doc", list(_docs()), ids=lambda d: d.path.rsplit("/", 1)[-1][:30])
def test_searcher_finds_the_first_match_a_plain_search_finds(doc):
    from analyzer.keyterms import PATTERNS

    lib = compile_rules(builtin_rules(), detect(doc.text))
    searcher = Searcher(doc.text)
    found = 0
    patterns = [rx for rxs in PATTERNS.values() for rx in rxs] + [rx for cr in lib.rules for _, rx in cr.patterns]
    for rx in patterns:
        plain, fast = rx.search(doc.text), searcher.search(rx)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict())), rx.pattern
        found += plain is not None
    assert found > 20


def test_searcher_reads_dotless_i_and_long_s_as_re_does():
    rx = re.compile(r"\bliability\s+cap", re.I)
    for text in ("the lıabılıty cap", "the liabilıty cap applies", "uncapped: ſhall liability cap"):
        assert Searcher(text).search(rx).span() == rx.search(text).span()
    rx = re.compile(r"\bshall\s+not", re.I)
    assert Searcher("it ſhall not").search(rx).span() == (3, 12)
    assert Searcher("nothing here").search(rx) is None


def test_a_match_running_into_the_next_candidate_blocks_is_not_matched_again_inside():
    blocks = ["Either party shall pay", "the fees. Either party", "shall pay the costs.", "filler", "filler",
              "Either party shall pay the costs."]
    text = "\n".join(blocks)
    starts = [text.index(b) for b in blocks]
    ends = [s + len(b) for s, b in zip(starts, blocks)]
    _both_ways(text, starts, ends, [r"either\s+party\s+shall\s+pay[^.]*", r"party\s+shall\s+pay\s+the\s+(?:fees|costs)"])
    # a match from block 0 runs through block 1 (no candidate) into blocks 2-3 (candidates again)
    blocks = ["Either party shall pay", "filler text", "and either", "party pays."]
    text = "\n".join(blocks)
    starts = [text.index(b) for b in blocks]
    ends = [s + len(b) for s, b in zip(starts, blocks)]
    rx = re.compile(r"either\s+party[^.]*\.", re.I)
    bf = BlockFilter(text, starts, ends, frozenset({"either", "party"}))
    spans = [m.span() for m in bf.finditer(rx, required_literals(rx.pattern), text)]
    assert spans == [m.span() for m in rx.finditer(text)] == [(0, len(text))]


def test_rule_patterns_are_compiled_only_when_they_can_match():
    from analyzer.matching.compiled import LazyPattern
    from analyzer.roles import Roles

    roles = Roles(("Zorblax Provider Unit",), ("Quibble Buyer Unit",), True)  # party names no test uses
    lib = compile_rules(builtin_rules(), roles)
    mine = [rx for cr in lib.rules for _, rx in cr.patterns if "Zorblax" in rx.pattern]
    assert mine and all(isinstance(rx, LazyPattern) and rx._compiled is None for rx in mine)
    text = ("Nothing about the parties here.\n\nQuibble Buyer Unit shall pay Zorblax Provider Unit within 30 days "
            "of invoice. Zorblax Provider Unit may not assign this Agreement.")
    doc = document_from_text(text)
    bf = BlockFilter(text, [b.start for b in doc.blocks], [b.end for b in doc.blocks], lib.literals)
    for rx in mine:
        fast = [m.span() for m in bf.finditer(rx, required_literals(rx.pattern), text)]
        assert fast == [m.span() for m in re.compile(rx.pattern, rx.flags).finditer(text)]
    compiled = [rx for rx in mine if rx._compiled is not None]
    assert 0 < len(compiled) < len(mine)  # those whose words never occur stayed uncompiled


def _library_sources():
    for r in builtin_rules():
        yield from _library_sources_of(r)


def test_spliced_party_names_compile_to_the_same_pattern_as_the_expanded_source():
    """A {provider}/{client} pattern built from the parsed template with the names' parse tree put in
    equals re.compile of the expanded source (Pattern equality compares source, flags and code), and
    gives the prefilter the same required literals; so does one that cannot be spliced, compiled from
    the one parse of its expanded source that also gave its literals."""
    import re

    from analyzer.matching.compiled import FLAGS, LazyPattern, _compile, expand
    from analyzer.matching.prefilter import required_literals
    from analyzer.roles import DEFAULT, Roles

    role_sets = [
        DEFAULT,
        Roles(("Acme",), ("Customer",), True),
        Roles(("Acme Corp.", "Acme", "Seller"), ("Big (Holdings) Ltd", "Buyer"), True),
        Roles(("X",), ("X",), True),  # same names on both sides: falls back to re.compile
        Roles(("Provider",), ("Provider", "Client"), True),
        Roles(("Ünïcode GmbH", "A+B*C?"), ("s", "sh"), True),
        Roles((), ("Client",), True),
        Roles(("A",), ("B",), True),  # one-character names: a branch of them is a character set
        Roles(("a", "b"), ("ab", "x"), True),
        Roles(("Acme", "Acme Corp"), ("Acme",), True),  # names sharing their first items
    ]
    templates = sorted({p for p in _library_sources() if "{provider}" in p or "{client}" in p})
    assert len(templates) > 50
    templates += [r"(?:{provider}|{client})\s+shall", r"{provider}?s\b", r"(?:{provider})+ and {client}{{2}}",
                  r"(?<!not )by {client}", r"^(?P<who>{provider}|the {client})\b", r"(?:{provider} may|{provider} will)",
                  r"(?:{client}|x)", r"(?:{provider}|[a-z])", r"(?:{client}|the {provider})", r"(?:{client}|{client}s)",
                  r"(?:{provider}|A)", r"(?:a|{client})\b", r"(?:{client} x|{provider} x)",
                  r"(?<![\w-]){provider}\s+shall", r"(?<=\bthe ){client}\b(?<!xyz)"]
    for roles in role_sets:
        for t in templates:
            source = expand(t, roles)
            lazy = LazyPattern(source, t, roles)
            req, want = lazy.requirement(), required_literals(source)
            assert ((req and (req.all_of, req.starts, req.search_starts, req.anchors))
                    == (want and (want.all_of, want.starts, want.search_starts, want.anchors))), (t, roles)
            assert lazy.compiled == re.compile(source, FLAGS), (t, roles)
            assert lazy.compiled.pattern == source and lazy.compiled.groupindex == re.compile(source, FLAGS).groupindex
            assert _compile(t, roles).pattern == source


def test_a_look_behind_without_names_is_spliced_and_one_with_names_is_not():
    from analyzer.matching.compiled import _template

    assert _template(r"(?<![\w-]){provider}\s+shall") is not None
    assert _template(r"(?<!{client} )shall") is None  # the look-behind's width depends on the names


def test_literals_every_party_name_pattern_needs_hold_in_its_examples_whatever_the_names():
    """template_factors reads a {provider}/{client} pattern's literals with the names unknown, so a
    document lacking one skips the pattern without building it for its names: each literal set must
    hold in every match, or a clause would be missed. Checked on every rule's own examples, with the
    default role words and with the names of a contract that defines its parties."""
    from analyzer.matching.compiled import _compile, template_factors
    from analyzer.roles import DEFAULT, Roles

    named = Roles(("Acme Corp.", "Acme", "Consultant"), ("Big (Holdings) Ltd", "Customer"), True)
    checked = 0
    for r in builtin_rules():
        texts = [t for k in ("present", "weak", "missing") for t in r.examples.get(k, ())]
        for p in {p for p in _library_sources_of(r) if "{provider}" in p or "{client}" in p}:
            factors = template_factors(p)
            for roles in (DEFAULT, named):
                rx = _compile(p, roles).compiled
                for text in texts:
                    for m in rx.finditer(text):
                        low = m.group(0).lower()
                        assert all(any(lit in low for lit in f) for f in factors), (r.id, p, m.group(0))
                        checked += 1
    assert checked > 100


def _library_sources_of(r):
    yield from r.patterns
    yield from r.require
    yield from r.exclude
    yield from r.boost
    for w in r.weak_if:
        yield from w.matches
        yield from w.absent


def test_party_name_patterns_are_kept_for_a_bounded_number_of_names(monkeypatch):
    """A batch meets new party names in every file; their compiled patterns must not pile up."""
    from analyzer.matching import compiled
    from analyzer.roles import Roles

    monkeypatch.setattr(compiled, "PATTERN_CACHE", 50)
    monkeypatch.setattr(compiled, "_SOURCES", {})
    compiled._compile_cached.cache_clear()
    doc = document_from_text("The Supplier shall indemnify the Customer. Total liability shall not exceed the fees.")
    first = None
    for i in range(30):
        roles = Roles((f"Zorblax{i}", "Supplier"), (f"Quentor{i}", "Customer"), True)
        lib = compile_rules(builtin_rules(), roles)
        assert len(compiled._SOURCES) <= 50
        hits = [(cr.rule.id, [(m.span()) for _, rx in cr.patterns for m in rx.finditer(doc.text)]) for cr in lib.rules]
        first = first or hits
        assert hits == first  # evicted names change nothing for a text that never names the parties
    compiled._compile_cached.cache_clear()


def test_word_literals_by_head_are_every_contained_literal():
    """WordLiterals looks literals up by their first three characters; the result must be every
    library literal the word contains, as a scan of all its substrings finds."""
    from analyzer.matching.compiled import _literals
    from analyzer.matching.prefilter import WORD, word_literals, WordLiterals

    lits = word_literals(_literals(builtin_rules())).literals
    words = set(WORD.findall(load(SAMPLES / "it-services-agreement-strong.docx").text.lower()))
    words |= {"indemnification", "liabilities", "subcontractors", "x", "ab", "terminated"}
    fast = WordLiterals(lits)
    assert not fast._short
    for w in words:
        every = {w[i:j] for i in range(len(w)) for j in range(i + 1, len(w) + 1)} & lits
        assert set(fast.of(w)) == every, w
    assert sum(bool(fast.of(w)) for w in words) > 50


def test_an_optional_opening_adds_what_follows_it_to_the_starts():
    req = required_literals(r"(?:(?:shall|will)\s+)?(?:automatically|tacitly)\s+renew")
    assert req.search_starts == frozenset({"shall", "will", "automatically", "tacitly"})
    assert req.starts is None  # the block filter's path keeps its starts (see Requirement)
    assert required_literals(r"(?:hereby\s+)?\w+\s+assigns").search_starts is None  # no literal follows
    assert required_literals(r"(?:a\s+)*assign\w+").search_starts is None  # repeated, not just optional
    text = "It will not renew. The term shall automatically renew; it may also tacitly renew."
    for pattern in (r"(?:(?:shall|will)\s+)?(?:automatically|tacitly)\s+renew", r"(?:shall\s+)?renew"):
        rx = re.compile(pattern, re.I)
        assert Searcher(text).search(rx).span() == rx.search(text).span()


def test_anchors_say_where_every_match_starts():
    from analyzer.matching.prefilter import anchors_of

    assert anchors_of(r"^\s*governing\s+law\s*[|:]") == (frozenset(), True)  # a line start
    assert anchors_of(r"[\"“]specifications?[\"”]\s+means\b") == (frozenset({'"', "“"}), False)
    assert anchors_of(r"(?<!\bnot\s)\b(?:automatically|tacitly)\s+renew") == (frozenset({"automatically", "tacitly"}), False)
    assert anchors_of(r"\b(?:hereby\s+)?grants?\b") == (frozenset({"hereby", "grant"}), False)
    assert anchors_of(r"\b\S+\s+days") is None  # may start anywhere
    assert anchors_of(r"^\s*") is None  # may match empty: finditer would report empty matches
    assert anchors_of(r"[Σσ]\w+") is None  # lower() and IGNORECASE disagree on 'ς'


@pytest.mark.parametrize("doc", list(_docs()), ids=lambda d: d.path.rsplit("/", 1)[-1][:30])
def test_anchored_scans_find_what_the_plain_scans_find(doc):
    """Patterns without a leading literal are tried only at their anchors: the same matches as the
    block scan they replace (anchors off), and, for patterns with no literal at all, as finditer."""
    from analyzer.matching.prefilter import Requirement, anchors_of, requirement

    lib = compile_rules(builtin_rules(), detect(doc.text))
    bf = BlockFilter(doc.text, [b.start for b in doc.blocks], [b.end for b in doc.blocks], lib.literals)
    anchored = 0
    for cr in lib.rules:
        for _, rx in cr.patterns:
            req = requirement(rx)
            fast = [m.span() for m in bf.finditer(rx, req, doc.text)]
            if req is None:
                assert fast == [m.span() for m in rx.finditer(doc.text)], rx.pattern
                anchored += anchors_of(rx.pattern) is not None
            elif req.starts is None:
                plain = Requirement(req.all_of, req.starts, req.search_starts, None)
                assert fast == [m.span() for m in bf.finditer(rx, plain, doc.text)], rx.pattern
                anchored += req.anchors is not None
    assert anchored > 20


@pytest.mark.parametrize("doc", list(_docs()), ids=lambda d: d.path.rsplit("/", 1)[-1][:30])
def test_searcher_finds_every_match_finditer_finds(doc):
    from analyzer.doctype import _EXTERNAL
    from analyzer.keyterms import PATTERNS

    lib = compile_rules(builtin_rules(), detect(doc.text))
    searcher = Searcher(doc.text)
    found = 0
    patterns = [_EXTERNAL] + [rx for rxs in PATTERNS.values() for rx in rxs] + [rx for cr in lib.rules for _, rx in cr.patterns]
    for rx in patterns:
        plain = [(m.span(), m.groupdict()) for m in rx.finditer(doc.text)]
        assert [(m.span(), m.groupdict()) for m in searcher.finditer(rx)] == plain, rx.pattern
        found += len(plain)
    assert found > 20
    text = "Terms incorporated herein by reference; FAR 52.212-4 and DFARS clause 252.204-7012 apply."
    assert [m.span() for m in Searcher(text).finditer(_EXTERNAL)] == [m.span() for m in _EXTERNAL.finditer(text)]
