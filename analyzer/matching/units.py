"""Clause units inside a block, so evidence quotes the sub-clause that matched, not the whole section.

Text without blank lines (a TXT export, a Markdown list, a terse SOW table) puts several clauses in
one block. A unit is one line that ends a sentence (or a numbered or bulleted line) with the hard-wrapped
lines that continue it, one key | value row or a run of rows of a wider table, or a heading line with the clause under it; a
lead-in line ending in ':' keeps its list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analyzer.pagebreaks import furniture_lines

ITEM_RE = re.compile(
    r"""^\s*(?:[-*•▪–]\s
        |\(?[a-z0-9]{1,3}[.)]\s
        |\d+(?:\.\d+)+\.?\s
        |\d+\.\s
        |(?:section|article|clause|schedule)\s+[\dIVX]
        |\#{1,6}\s)""", re.IGNORECASE | re.VERBOSE)
HEADING_LINE_CHARS = 80
MAX_LIST_ITEMS = 15


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines, without the page furniture inside a sentence the reader joined over a page break."""
    skip = furniture_lines(text, start, end)
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip() and not any(s <= pos < e for s, e in skip):
            out.append((pos, stop))
        pos = stop + 1
    return out


def _is_table(line: str) -> bool:
    return " | " in line or "\t" in line.strip()


def _cells(line: str) -> int:
    return line.count(" | ") + 1 if " | " in line else len(line.strip().split("\t"))


def is_heading_line(line: str) -> bool:
    """ "5. TESTING AND SIGN-OFF", "## Timeline", "Delivery Dates": short, no sentence punctuation."""
    if line.lstrip().startswith("#"):
        return True
    s = re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+", "", line).strip()
    return (0 < len(s) <= HEADING_LINE_CHARS and s[:1].isupper() and not re.search(r"[.;,:|]", s)
            and not _is_table(line) and len(s.split()) <= 10)


def _ends_paragraph(line: str) -> bool:
    """A line ending a sentence ends its paragraph; a hard-wrapped line stops mid-sentence."""
    return line.rstrip().endswith((".", ":", ";", "!", "?", ".)", '."', ".”")) and not _is_table(line)


@lru_cache(maxsize=4096)
def units(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause unit in text[start:end]; one unit when the block is one clause.
    Cached: every hit in a block asks for the same split (str hashes are cached, so the key is cheap)."""
    lines = _lines(text, start, end)
    if len(lines) <= 1:
        return ((start, end),)
    out: list[list[int]] = []
    prev = ""
    for s, e in lines:
        line = text[s:e]
        same_table = _is_table(line) and _is_table(prev) and _cells(line) >= 3 and _cells(line) == _cells(prev)
        new = not same_table and (
            not out or ITEM_RE.match(line) is not None or is_heading_line(prev) or is_heading_line(line)
            or _is_table(line) != _is_table(prev) or _ends_paragraph(prev) or _is_table(line))
        if new:
            out.append([s, e])
        else:
            out[-1][1] = e
        prev = line
    return tuple((s, e) for s, e in out)


def unit_at(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    """The unit holding offset; a heading line brings the clause under it, a lead-in its list."""
    us = units(text, start, end)
    if len(us) == 1:
        return us[0]
    i = next((k for k, (s, e) in enumerate(us) if s <= offset < e), None)
    if i is None:
        i = max((k for k, (s, _) in enumerate(us) if s <= offset), default=0)
    s, e = us[i]
    first = i
    while is_heading_line(text[us[i][0]:us[i][1]]) and i + 1 < len(us) and i < first + 3:
        i += 1  # "2.0 Scope, ... Period of Performance" then "2.1 Scope": run on to the clause
        e = us[i][1]
    if text[s:e].rstrip().endswith(":"):
        j = i + 1
        while j < len(us) and j <= i + MAX_LIST_ITEMS and (ITEM_RE.match(text[us[j][0]:us[j][1]])
                                                            or _is_table(text[us[j][0]:us[j][1]])):
            e = us[j][1]
            j += 1
    return s, e
