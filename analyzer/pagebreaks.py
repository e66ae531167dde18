"""Sentences that a page break cut in two, in text exported from paged documents (EDGAR filings,
PDF-to-text): "... incidental or consequential" / "-7-" / "Distributor Agreement" / "damages ...".

The plain-text reader joins such a sentence into one block over the page's furniture (its number,
running header and footer), which stays in the text, since offsets point into the file; clause units
(analyzer.matching.units) then skip the furniture lines inside the block, so the sentence is matched
and quoted whole. PDFs do not need this: their reader removes furniture by position and joins
paragraphs across pages itself.
"""

from __future__ import annotations

import re
from collections import Counter

from analyzer.document import Block

BLANK_LINE = re.compile(r"(?:\r?\n|\r)[ \t\f\v]*(?:\r?\n|\r)")
# A bare page number: "7", "- 7 -", "Page 7 of 20", "ii".
PAGE_NUMBER = re.compile(r"[-\u2013\u2014_\s]*(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?"
                         r"[-\u2013\u2014_\s]*", re.IGNORECASE)
RUNNING_MIN_REPEATS = 3  # a short paragraph on this many pages is a running header or footer
RUNNING_MAX_CHARS = 400
_DIGITS = re.compile(r"\d+")
# A paragraph that stops without closing punctuation and one that opens in lower case (not with a list
# marker such as "a." or "ii)") are one sentence.
_OPEN_END = re.compile(r"[^.;:!?\"\u201d)\]]\Z")
_CONTINUES = re.compile(r"\s*[a-z](?![a-z]{0,2}[.)]\s)")


def _carries_on(text: str, start: int, end: int, nxt: int) -> bool:
    """The paragraph text[start:end] stops mid-sentence and the one at nxt carries the sentence on."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return _OPEN_END.search(text, start, end) is not None and continues(text, nxt)


def continues(text: str, pos: int) -> bool:
    """The paragraph at pos carries on a sentence: it opens in lower case, and is no page number."""
    if _CONTINUES.match(text, pos) is None:
        return False
    nl = text.find("\n", pos)
    return PAGE_NUMBER.fullmatch(text, pos, len(text) if nl == -1 else nl) is None


def join_page_breaks(text: str, blocks: list[Block]) -> list[Block]:
    """One block for each sentence that runs over a page break (the furniture between its halves
    inside it); every other block as it was."""
    if len(blocks) < 2:
        return blocks
    keys = [_DIGITS.sub("#", " ".join(text[b.start:b.end].split()).lower())  # "... parties. 44" on every page
            if b.end - b.start <= RUNNING_MAX_CHARS else None for b in blocks]
    repeats = Counter(k for k in keys if k)

    def furniture(i: int) -> bool:
        k = keys[i]
        return k is not None and (PAGE_NUMBER.fullmatch(text, blocks[i].start, blocks[i].end) is not None
                                  or (repeats[k] >= RUNNING_MIN_REPEATS and len(k) >= 8))

    out: list[Block] = []
    i = 0
    while i < len(blocks):
        cur = blocks[i]
        j = i + 1
        while not furniture(i):
            k = j
            while k < len(blocks) and furniture(k):
                k += 1
            if k >= len(blocks) or not _carries_on(text, cur.start, cur.end, blocks[k].start):
                break
            cur = Block(cur.start, blocks[k].end, cur.kind)
            j = k + 1
        out.append(cur)
        i = j
    return out


def furniture_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the furniture inside a block the reader joined: the blank-line-separated groups
    between a group that stops mid-sentence and the group that carries the sentence on."""
    if BLANK_LINE.search(text, start, end) is None:
        return []
    out: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    last_content_end = None
    pos = start
    for g in [*BLANK_LINE.finditer(text, start, end), None]:
        s, e = pos, (g.start() if g else end)
        pos = g.end() if g else end
        if last_content_end is None:
            last_content_end = e
        elif _carries_on(text, start, last_content_end, s):
            out.extend(pending)
            pending = []
            last_content_end = e
        else:
            pending.append((s, e))
    return out
