"""Growing a quote over the sentences beside it that belong to the same clause.

A rule's patterns match one sentence of a clause ("Licensee shall keep complete records ...");
the clause often runs on in sentences that name the same subject but match nothing on their own
("Any audit shall be at Licensor's expense", "The audit may cover the two preceding years").
A rule that lists such subject words in `detect.quote_with` has its quotes grown over the adjacent
sentences of the same paragraph that mention one, so the reader sees the whole clause and not only
the sentence that triggered it. The growth stops at the first sentence on another subject and at
GROW_CHARS, so a quote stays a clause, not a page. `detect.quote_near: N` also cites, as quotes of
their own, the sentences naming the subject in the paragraphs up to N blocks away in the same section.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analyzer.matching.candidates import Prepared
from analyzer.matching.units import is_heading_line

GROW_CHARS = 1500  # a grown quote is at most this long (the sub-clause limit of engine._clause)


@lru_cache(maxsize=256)
def topic_rx(patterns: tuple[str, ...]) -> re.Pattern | None:
    """One regex for a rule's quote_with list (validated when the rule is loaded)."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def grow(prep: Prepared, block: int, s: int, e: int, rx: re.Pattern | None) -> tuple[int, int]:
    """(s, e) extended over the sentences of `block` next to it that match rx: first those after it
    (a clause runs on), then those before it, while the whole quote stays within GROW_CHARS."""
    if rx is None or e - s >= GROW_CHARS:
        return s, e
    b = prep.doc.blocks[block]
    spans = prep.sentences[block] or ()
    sents = [(b.start + rs, b.start + re_) for rs, re_ in spans]
    text = prep.doc.text
    for ss, se in sents:  # forward: sentences that start at or after the quote's end, in order
        if ss < e:  # the quote's own sentences, and one it stops inside, are not neighbours
            continue
        if se - s > GROW_CHARS or text[e:ss].strip() or not rx.search(text, ss, se):
            break
        e = se
    for ss, se in reversed(sents):  # backward: sentences that end at or before the quote's start
        if se > s:  # likewise backward
            continue
        if e - ss > GROW_CHARS or text[se:s].strip() or not rx.search(text, ss, se):
            break
        s = ss
    return s, e


def neighbours(prep: Prepared, blocks: set[int], rx: re.Pattern | None, reach: int) -> list[tuple[int, int, int]]:
    """(block, start, end) of each sentence naming the rule's subject in the paragraphs up to `reach`
    blocks from a quoted one and in the same (innermost) section, in document order: the next
    paragraph of an audit clause ("Any audit shall be at Licensor's cost") matches nothing on its own.
    Heading lines are not quoted."""
    if rx is None or reach <= 0 or not blocks:
        return []
    doc = prep.doc
    out = []
    for n in sorted({n for b in blocks for n in range(b - reach, b + reach + 1)} - blocks):
        if not 0 <= n < len(doc.blocks):
            continue
        b = doc.blocks[n]
        src = min(blocks, key=lambda x: abs(x - n))
        here, there = doc.enclosing_sections(doc.blocks[src].start), doc.enclosing_sections(b.start)
        if not here or not there or here[-1] is not there[-1]:
            continue
        for rs, re_ in prep.sentences[n] or [(0, b.end - b.start)]:
            s, e = b.start + rs, b.start + re_
            if not is_heading_line(doc.text[s:e].strip()) and rx.search(doc.text, s, e):
                out.append((n, s, e))
    return out
