"""The one place that imports spaCy (lazily, so `--help` stays fast) and builds the pipeline once."""

from __future__ import annotations

import re
import string
from functools import cached_property, lru_cache
from typing import NamedTuple

# spaCy refuses texts over nlp.max_length; blocks longer than this are cut at whitespace first,
# so a whole document of any size is tokenised, never truncated.
CHUNK = 100_000


@lru_cache(maxsize=1)
def pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most ``size`` characters, cut at whitespace where possible."""
    out = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind(" ", pos + size // 2, end)
            if cut == -1:
                cut = text.rfind("\n", pos + size // 2, end)
            if cut > pos:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


def analyse(texts: list[str], matcher=None) -> list[tuple[list[tuple[int, int]], list[tuple[str, int, int]]]]:
    """For each text: its sentence (start, end) offsets and the phrase matches (key, start, end).

    One pass of the pipeline serves both, batched over all texts.
    """
    nlp = pipeline()
    pieces = []  # (text index, offset, piece)
    for i, t in enumerate(texts):
        for off, piece in chunks(t):
            pieces.append((i, off, piece))
    result = [([], []) for _ in texts]
    strings = nlp.vocab.strings
    for (i, off, _), doc in zip(pieces, nlp.pipe((p for _, _, p in pieces), batch_size=256)):
        sents, hits = result[i]
        for sent in doc.sents:
            sents.append((off + sent.start_char, off + sent.end_char))
        if matcher is not None:
            for match_id, s, e in matcher(doc):
                span = doc[s:e]
                hits.append((strings[match_id], off + span.start_char, off + span.end_char))
    return result


def phrase_matcher(phrases_by_key: dict[str, list[str]]):
    """A PhraseMatcher on lower-cased tokens; match ids are the keys."""
    from spacy.matcher import PhraseMatcher

    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, phrases in phrases_by_key.items():
        if phrases:
            matcher.add(key, list(nlp.tokenizer.pipe(phrases)))
    return matcher


# ---------------------------------------------------------------------------------------------
# spaCy's tokens without building a Doc: one whitespace-separated span at a time, each distinct
# span tokenised once per process. Sentence splitting and the clause classifier read every block
# and passage of every document; most of their time went into spaCy's tokenizer and the Doc it
# builds, for words the process had seen many times before.
# ---------------------------------------------------------------------------------------------

_RUNS = re.compile(r"\S+|\s+")  # \s is str.isspace, the test spaCy's tokenizer splits on


def spans(text: str) -> list[tuple[int, int]]:
    """The pieces spaCy's tokenizer reads one at a time (Tokenizer._tokenize_affixes): runs of
    non-space and of space characters, where one ' ' that follows a word belongs to that word."""
    out = []
    pos = 0
    for run in _RUNS.findall(text):
        s, pos = pos, pos + len(run)
        if s and run[0] == " ":
            s += 1
            if s == pos:
                continue
        out.append((s, pos))
    return out


def _special_cases(tokenizer) -> tuple[frozenset[tuple[str, str]], "SpecialTexts", dict]:
    """The special cases spaCy re-applies to the whole Doc after splitting it into spans
    (Tokenizer._apply_special_cases: those holding affix characters or spaces, e.g. ":)"): the
    adjacent token pairs of their patterns, their texts, and their patterns (the token texts its
    PhraseMatcher looks for) by first token.

    That pass can match across two spans (":" ending one word, "(" opening the next). Such a match
    changes nothing itself (the text it covers holds a space, so it is no rule), but it stops an
    overlapping match inside a span from applying, and only a span holding a special case's text
    can have one. A text with such a pair across two spans, one of which holds a special case, is
    left to spaCy."""
    from spacy.tokenizer import Tokenizer

    plain = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                      suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                      token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    pairs, keys = set(), []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in tokenizer.rules or {}:
        if tokenizer.faster_heuristics and not (tokenizer.find_prefix(key) or tokenizer.find_infix(key)
                                                or tokenizer.find_suffix(key) or " " in key):
            continue
        keys.append(key)
        toks = [t.text for t in plain(key)]
        pairs.update(zip(toks, toks[1:]))
        by_first.setdefault(toks[0], []).append(tuple(toks))
    return frozenset(pairs), SpecialTexts(keys), by_first


class SpecialTexts:
    """Whether a text holds one of some strings, each of which has a character that is not a letter
    or digit (so a word of letters and digits holds none): each string is looked for only where its
    first such character occurs (a regex of some 370 alternatives took ~10 microseconds a word)."""

    def __init__(self, keys: list[str]):
        self.by_char: dict[str, list[tuple[int, str]]] = {}
        for k in keys:
            j = next((i for i, c in enumerate(k) if not c.isalnum()), None)
            if j is None:
                raise ValueError(f"special case {k!r} has no character that is not a letter or digit")
            self.by_char.setdefault(k[j], []).append((j, k))

    def search(self, text: str) -> bool:
        if text.isalnum():
            return False
        by_char = self.by_char
        for p, c in enumerate(text):
            for j, k in by_char.get(c, ()):
                if p >= j and text.startswith(k, p - j):
                    return True
        return False


class Span(NamedTuple):
    """What one span's tokens tell: their orth ids; the first token's text when it can end a
    special-case pair, the last one's when it can start one; and its sentence summary (see
    :func:`_sentence_summary`)."""

    orths: tuple[int, ...]
    first: str | None
    last: str | None
    sents: tuple | None


class SpanTokens:
    """spaCy's tokenizer, remembered per distinct span (see :func:`spans`).

    Tokenising one span alone gives the tokens it gets inside any text: spaCy splits the text into
    spans and tokenises (and caches) each on its own; only the special-case pass looks across them,
    and a text where it could (:func:`_special_pairs`) is reported by :meth:`crosses` and left to
    spaCy. tests/test_nlp.py compares both uses (sentences, the classifier's bag of words) with
    spaCy's Doc over the corpus."""

    MAX_SPANS = 300_000  # forget and start again past this many distinct spans (bounded memory)

    def __init__(self, tokenizer, punct_chars: frozenset[str] | None = None):
        self.tokenizer = tokenizer
        self.punct_chars = punct_chars  # a sentencizer's: then each span also carries its summary
        self.pairs, self._special, self._patterns = _special_cases(tokenizer)
        self.lefts = frozenset(a for a, _ in self.pairs)
        self.rights = frozenset(b for _, b in self.pairs)
        self._newline_safe = not any(s.isspace() for pair in self.pairs for s in pair)
        self._rules = frozenset(tokenizer.rules or {})
        from spacy.attrs import IS_PUNCT
        from spacy.strings import get_string_id

        self._is_punct = tokenizer.vocab.lex_attr_getters.get(IS_PUNCT)
        self._orth = get_string_id
        self._known: dict[str, Span] = {}
        self._specials_in: dict[str, bool] = {}  # span -> whether it holds a special case's text

    @cached_property
    def plain_whole(self) -> bool:
        """Whether a word of ASCII letters only, or of ASCII digits only, is one token (checked once):
        no prefix, suffix or infix pattern of this tokenizer matches any such word of one or two
        characters. English's affixes need a mark, or a digit beside a letter (units, "10km")."""
        tok = self.tokenizer
        letters, digits = list(string.ascii_letters), list(string.digits)
        probes = letters + digits + [a + b for a in letters for b in letters] + [a + b for a in digits for b in digits]
        return not any(tok.find_prefix(w) or tok.find_suffix(w) or tok.find_infix(w) for w in probes)

    @cached_property
    def simple_marks(self) -> tuple[frozenset[str], frozenset[str]]:
        """The one-character prefixes and suffixes (a bracket, a quote, a comma...) that this
        tokenizer splits off a word of ASCII letters, whatever the letters, checked once on probe
        words; empty where plain words are not known to be whole or a token_match could intervene."""
        tok = self.tokenizer
        if not self.plain_whole or tok.token_match is not None:
            return frozenset(), frozenset()
        cores = list(string.ascii_letters) + ["ab", "Ab", "AB", "abc", "the", "us", "US", "in", "km", "mph", "etc",
                                              "vs", "co", "inc", "em", "cause"]
        pre = frozenset(c for c in "([{\"'“‘" if all(
            tok.find_prefix(c + w) == 1 and not tok.find_suffix(c + w) for w in cores))
        suf = frozenset(c for c in ")]},;:\"'”’!?" if all(
            tok.find_suffix(w + c) == 1 and not tok.find_prefix(w + c) for w in cores))
        pre = frozenset(p for p in pre if all(tok.find_prefix(p + w + c) == 1 and tok.find_suffix(w + c) == 1
                                              for w in cores for c in suf))
        return pre, suf

    def _one_mark_each_side(self, span: str) -> list[str] | None | bool:
        """_split for a word of ASCII letters with a verified one-character prefix, suffix or both
        ("(a)", "agreement,", "\"term\""): the marks and the word, as spaCy's loop would strip them;
        None where a special case takes part; False for any other span (the full steps decide)."""
        pre, suf = self.simple_marks
        a = 1 if span[0] in pre else 0
        b = len(span) - 1 if span[-1] in suf else len(span)
        core = span[a:b]
        if (a == 0 and b == len(span)) or not core or not (core.isascii() and core.isalpha()):
            return False
        rules = self._rules
        if span[a:] in rules or span[:b] in rules or core in rules:
            return None
        toks = ([span[0]] if a else []) + [core] + ([span[-1]] if b < len(span) else [])
        return None if self._holds_pattern(toks) else toks

    @cached_property
    def sparse_ok(self) -> bool:
        """Whether words with no punctuation character may be skipped for sentences (checked once)."""
        return _plain_words_are_words(self)

    def entries(self, pieces: list[str]) -> list[Span]:
        """The entry of each span string, tokenising the unknown ones in one batch."""
        known = self._known
        found = [known.get(p) for p in pieces]
        if None not in found:
            return found
        missing = [p for p in dict.fromkeys(pieces) if p not in known]
        if len(known) + len(missing) > self.MAX_SPANS:
            known.clear()
        self._learn(missing)
        return [known[p] for p in pieces]

    def crosses(self, pieces: list[str], entries: list[Span]) -> bool:
        """Whether a special case may match across two neighbouring spans (then ask spaCy)."""
        prev = None
        for i, e in enumerate(entries):
            if (e.first is not None and prev is not None and prev.last is not None
                    and (prev.last, e.first) in self.pairs
                    and (self._holds_special(pieces[i - 1]) or self._holds_special(pieces[i]))):
                return True
            prev = e
        return False

    def _holds_special(self, piece: str) -> bool:
        found = self._specials_in.get(piece)
        if found is None:
            if len(self._specials_in) >= self.MAX_SPANS:
                self._specials_in.clear()
            found = self._specials_in[piece] = self._special.search(piece)
        return found

    def _one_token(self, span: str) -> bool:
        """Whether spaCy's tokenizer keeps the span whole (Tokenizer._split_affixes and
        _attach_tokens): no special case, and a token_match, or no prefix or suffix to strip and
        a URL or no infix to split at. Most words are; they need no Doc and no lexeme."""
        tok = self.tokenizer
        if span in self._rules or self._is_punct is None:
            return False
        if tok.token_match is not None and tok.token_match(span):
            return True
        return bool(not tok.find_prefix(span) and not tok.find_suffix(span)
                    and ((tok.url_match is not None and tok.url_match(span)) or not tok.find_infix(span)))

    def _split(self, span: str) -> list[str] | None:
        """The texts of the tokens spaCy's tokenizer makes of one span without spaces, by its own
        steps (Tokenizer._split_affixes, then _attach_tokens: prefixes and suffixes off while
        either is found, then the rest cut at infixes), without a Doc or new lexemes. None where a
        special case takes part (the span, or what is left of it, is one; or the span holds one's
        text as tokens, which spaCy's special-case pass would match): those spans go to spaCy. The
        tokenizer's cache only replays these steps for a span seen before."""
        rules = self._rules
        if span in rules:
            return None
        if span.isascii() and (span.isalpha() or span.isdigit()) and self.plain_whole:
            return None if (span,) in self._patterns.get(span, ()) else [span]
        simple = self._one_mark_each_side(span)
        if simple is not False:
            return simple
        tok = self.tokenizer
        token_match, url_match = tok.token_match, tok.url_match
        find_prefix, find_suffix = tok.find_prefix, tok.find_suffix
        prefixes: list[str] = []
        suffixes: list[str] = []
        string, last_size = span, 0
        while string and len(string) != last_size:
            if token_match is not None and token_match(string):
                break
            last_size = len(string)
            pre_len = find_prefix(string)
            if pre_len and string[pre_len:] in rules:
                return None
            suf_len = find_suffix(string[pre_len:])
            if suf_len and string[:-suf_len] in rules:
                return None
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                prefixes.append(string[:pre_len])
                suffixes.append(string[-suf_len:])
                string = string[pre_len:-suf_len]
            elif pre_len:
                prefixes.append(string[:pre_len])
                string = string[pre_len:]
            elif suf_len:
                suffixes.append(string[-suf_len:])
                string = string[:-suf_len]
            if string in rules:
                return None
        out = prefixes
        if string:
            if (token_match is not None and token_match(string)) or (url_match is not None and url_match(string)):
                out.append(string)
            else:
                start = 0
                for m in tok.find_infix(string):
                    a, b = m.start(), m.end()
                    if a == 0:
                        continue
                    if a != start:
                        out.append(string[start:a])
                    if a != b:
                        out.append(string[a:b])
                    start = b
                if start < len(string):
                    out.append(string[start:])
        suffixes.reverse()
        out.extend(suffixes)
        return None if self._holds_pattern(out) else out

    def _holds_pattern(self, toks: list[str]) -> bool:
        """Whether a special case's tokens occur in toks (Tokenizer._apply_special_cases: its
        matcher over a span's tokens)."""
        patterns = self._patterns
        for i, t in enumerate(toks):
            for pattern in patterns.get(t, ()):
                if tuple(toks[i:i + len(pattern)]) == pattern:
                    return True
        return False

    def _learn(self, missing: list[str]) -> None:
        """A span without spaces is split as spaCy's tokenizer splits it (:meth:`_split`). The
        others, where a special case takes part, are tokenised joined by newlines, in one Doc (a
        newline is a span and a token of its own and, checked here, in no special-case pair); spans
        of spaces one by one."""
        rest = []
        is_punct, orth = self._is_punct, self._orth
        for p in missing:
            toks = self._split(p) if is_punct is not None and not p[0].isspace() else None
            if toks is None:
                rest.append(p)
                continue
            rows, pos = [], 0
            for t in toks:
                rows.append((pos, len(t), orth(t), is_punct(t)))
                pos += len(t)
            self._store(p, rows, p, 0)
        missing = rest
        words = [p for p in missing if not p[0].isspace()] if self._newline_safe else []
        for p in missing:
            if not words or p[0].isspace():
                self._store_doc([p], p)
        if words:
            self._store_doc(words, "\n".join(words))

    def _store_doc(self, pieces: list[str], text: str) -> None:
        """Tokenise text (the pieces joined by newlines) and remember each piece's tokens."""
        from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

        rows = self.tokenizer(text).to_array([IDX, LENGTH, ORTH, IS_PUNCT]).tolist()
        k, start, cur = 0, 0, []
        last = len(pieces) - 1
        for row in rows:
            if k < last and row[0] == start + len(pieces[k]):  # the newline after pieces[k]
                self._store(pieces[k], cur, text, start)
                k, start, cur = k + 1, row[0] + 1, []
            else:
                cur.append(row)
        self._store(pieces[k], cur, text, start)

    def _store(self, piece: str, rows: list, text: str, base: int) -> None:
        toks = [(i - base, i - base + n, text[i:i + n], orth, punct) for i, n, orth, punct in rows]
        first, last = toks[0][2], toks[-1][2]
        sents = None if self.punct_chars is None else _sentence_summary(toks, self.punct_chars)
        self._known[piece] = Span(tuple(t[3] for t in toks), first if first in self.rights else None,
                                  last if last in self.lefts else None, sents)


def _sentence_summary(toks, punct_chars) -> tuple:
    """How one span moves spaCy's sentencizer (a sentence starts at the first token that is not
    punctuation after a token in punct_chars): (lead, breaks, after).

    lead: (end of the token before, or None for the previous span's end; start) of the span's first
    word, a break only if the sentencizer arrives having seen an end mark; breaks: the (end of the
    previous sentence, start of the next) pairs the span makes whatever came before; after: True /
    False for the state the span leaves, None when it leaves the state it found."""
    lead, breaks, after = None, [], None
    seen = None  # unknown: what the span found
    prev_end = None
    for s, e, text, _, punct in toks:
        ender = text in punct_chars
        if not punct and not ender:
            if seen is None:
                lead = (prev_end, s)
            elif seen:
                breaks.append((prev_end, s))
            seen = False
        elif ender:
            seen = True
        prev_end = e
    return lead, tuple(breaks), seen


_IRREGULAR = re.compile(r"[^\S ]| {2}|^ | $")  # whitespace other than single spaces between words


def _spans_and_words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """:func:`spans` and their strings; a text whose only whitespace is single spaces between
    words (most PDF paragraphs) is simply split on them."""
    if _IRREGULAR.search(text) is None:
        words = text.split(" ") if text else []
        cuts, pos = [], 0
        for w in words:
            cuts.append((pos, pos + len(w)))
            pos += len(w) + 1
        return cuts, words
    cuts = spans(text)
    return cuts, [text[s:e] for s, e in cuts]


@lru_cache(maxsize=1)
def _pipeline_tokens() -> SpanTokens:
    nlp = pipeline()
    return SpanTokens(nlp.tokenizer, frozenset(nlp.get_pipe("sentencizer").punct_chars))


_MARKED = re.compile(r"(?<!\S)\S*?(?:[^\w\s]|_)\S*")  # a word holding a mark that may be punctuation


def _plain_words_are_words(cache: SpanTokens) -> bool:
    """Whether a word without any mark (see _MARKED) can be skipped: every one of its tokens is then
    a sentencizer "word" (not punctuation, no end mark: those need a mark, as _MARKED reads it), and
    no special-case pair is made of two unmarked tokens, so neighbours of marked words are enough
    to look at for pairs across words."""
    marked = re.compile(r"[^\w\s]|_")
    return (cache.punct_chars is not None and all(marked.search(c) for c in cache.punct_chars)
            and not any(not marked.search(a) and not marked.search(b) for a, b in cache.pairs)
            and not any(x.isspace() for pair in cache.pairs for x in pair))


def sentences(texts: list[str]) -> list[list[tuple[int, int]]]:
    """For each text, the sentence (start, end) offsets ``analyse(texts)`` gives, without Docs.

    The sentencizer starts a sentence at the first token that is not punctuation after a token in
    its punct_chars. A word with no mark that may be punctuation (most words) holds only such
    tokens, whatever spaCy splits it into: it starts a sentence when one has just ended, and that
    is all it can do. So only marked words (and, for special-case pairs, their neighbours) are
    tokenised, through :class:`SpanTokens`; a piece where a special case may join two words is
    analysed by spaCy."""
    cache = _pipeline_tokens()
    sparse = cache.sparse_ok
    out: list[list[tuple[int, int]]] = []
    for t in texts:
        sents: list[tuple[int, int]] = []
        for off, piece in chunks(t):
            found = _sparse_sentences(piece, cache) if sparse else None
            if found is None:
                found = _dense_sentences(piece, cache)
            if found is None:
                found = analyse([piece])[0][0]
            sents.extend((off + s, off + e) for s, e in found)
        out.append(sents)
    return out


def _next_span(piece: str, pos: int) -> int | None:
    """Where the span after a word ending at pos starts (None: no more): one space after a word
    belongs to it, so the next span starts after it (a word, or the rest of a run of spaces)."""
    if pos >= len(piece):
        return None
    if piece[pos] == " ":
        return pos + 1 if pos + 1 < len(piece) else None
    return pos


def _word_before(piece: str, s: int) -> str | None:
    """The word ending one space before s, if one does."""
    if s < 2 or piece[s - 1] != " " or piece[s - 2].isspace():
        return None
    k = s - 2
    while k > 0 and not piece[k - 1].isspace():
        k -= 1
    return piece[k:s - 1]


def _word_after(piece: str, e: int) -> str | None:
    """The word starting one space after e, if one does."""
    n = len(piece)
    if e + 1 >= n or piece[e] != " " or piece[e + 1].isspace():
        return None
    k = e + 1
    while k < n and not piece[k].isspace():
        k += 1
    return piece[e + 1:k]


def _sparse_sentences(piece: str, cache: SpanTokens) -> list[tuple[int, int]] | None:
    if not piece:
        return []
    marked = [(m.start(), m.end()) for m in _MARKED.finditer(piece)]
    entries = cache.entries([piece[s:e] for s, e in marked])
    for (s, e), span in zip(marked, entries):  # special-case pairs across a marked word's edges
        if span.first is not None:
            left = _word_before(piece, s)
            if left is not None and cache.crosses([left, piece[s:e]], [cache.entries([left])[0], span]):
                return None
        if span.last is not None:
            right = _word_after(piece, e)
            if right is not None and cache.crosses([piece[s:e], right], [span, cache.entries([right])[0]]):
                return None
    sents: list[tuple[int, int]] = []
    start, seen, last_end = 0, False, None
    for (s, e), span in zip(marked, entries):
        nxt = _next_span(piece, last_end) if last_end is not None else (0 if s > 0 else None)
        if nxt is not None and nxt < s:  # unmarked spans in between: the first starts a sentence if one ended
            if seen:
                sents.append((start, last_end))
                start = nxt
            seen = False
        start, seen = _fold(sents, span, s, start, seen, last_end)
        last_end = e
    if last_end is not None and seen:
        nxt = _next_span(piece, last_end)
        if nxt is not None:
            sents.append((start, last_end))
            start = nxt
    n = len(piece)
    sents.append((start, n - 1 if n >= 2 and piece[-1] == " " and not piece[-2].isspace() else n))
    return sents


def _fold(sents: list[tuple[int, int]], span, s: int, start: int, seen: bool, prev_end: int | None) -> tuple[int, bool]:
    """Add the sentence ends one span's summary brings (the span starts at s); both paths share it.
    Returns where the open sentence now starts and whether it holds a word yet."""
    lead, breaks, after = span.sents
    if lead is not None and seen:
        sents.append((start, prev_end if lead[0] is None else s + lead[0]))
        start = s + lead[1]
    for pe, st in breaks:
        sents.append((start, s + pe))
        start = s + st
    return start, (seen if after is None else after)


def _dense_sentences(piece: str, cache: SpanTokens) -> list[tuple[int, int]] | None:
    """Every span's summary in turn (the sparse path's reference, and its stand-in when the
    tokenizer's rules do not allow skipping unmarked words)."""
    cuts, words = _spans_and_words(piece)
    entries = cache.entries(words)
    if cache.crosses(words, entries):
        return None
    if not cuts:
        return []
    sents: list[tuple[int, int]] = []
    start, seen, prev_end = cuts[0][0], False, 0
    for (s, e), span in zip(cuts, entries):
        start, seen = _fold(sents, span, s, start, seen, prev_end)
        prev_end = e
    sents.append((start, prev_end))
    return sents
