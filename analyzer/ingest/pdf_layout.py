"""Page geometry -> contract text: engine-independent, so pypdfium2 and pdfplumber give the same text.

Each PDF engine only has to produce ``Line`` objects (text plus the box of its first and last
character). From those this module removes running headers, footers and page numbers (kept aside),
rebuilds paragraphs from vertical gaps, numbering and font changes instead of one line per paragraph,
joins words hyphenated across line ends, and lays the pages out into one text whose every character
keeps its page.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from analyzer.document import Block
from analyzer.ingest.normalize import clean  # noqa: F401  (engines import it from here)

# Lines that are only a page number: "3", "- 3 -", "Page 3", "Page 3 of 10", "3/10", "ii", "[3]".
PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—)\]]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
# "E - 5", "A-12", "S-3": exhibit and schedule page numbers (counted only when they repeat)
LABELLED_PAGE_NUMBER = re.compile(r"^\s*[A-Z]{1,2}\s?[-–—]\s?\d{1,4}\s*$")
_NEW_ITEM = re.compile(
    r"^\s*(?:(?:section|article|clause|schedule|exhibit|annex|appendix)\s+[0-9IVXLC]+\b"
    r"|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)](?=\s)|[0-9]{1,3}(?:\.[0-9]{1,3})+(?=\s)"
    r"|\((?:[a-z]{1,2}|[ivx]{1,5}|[A-Z])\)|[A-Z]\.(?=\s)|[•▪●◦\-–]\s)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.:;!?][\"'”’)]?$")
_HYPHEN_END = re.compile(r"[A-Za-z]-$")
EDGE_ZONE = 0.15  # running headers/footers sit in the top or bottom 15% of the page
SHORT_LINE = 60  # a line repeated on only two pages must be this short to count as running
EDGE_LINES = 3  # ... and are among the first or last three lines there
@dataclass(slots=True)
class Line:
    """One text line with its geometry in points from the page's top-left corner."""

    text: str
    top: float  # top of the first character
    bottom: float  # bottom of the last character (a pdfium "line" may wrap across hyphen joins)
    x0: float
    x1: float
    size: float = 0.0
    bold: bool = False


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    readable: bool = True  # False when the engine failed on this page


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _masked(text: str) -> str:
    return re.sub(r"\d+", "#", _key(text))


def _edge_candidates(page: Page) -> dict[int, bool]:
    """Lines where running headers and footers live: {line index: inside the edge zone}.

    The first three and last three lines count when they sit in the top or bottom 15% of the page;
    the very first and last line always count (a typed exhibit page number like "E - 5" often sits
    right under short text, far from the bottom edge), but need stronger evidence.
    """
    if not page.lines or page.height <= 0:
        return {}
    by_top = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
    cands: dict[int, bool] = {by_top[0]: False, by_top[-1]: False}
    for i in by_top[:EDGE_LINES]:
        if page.lines[i].top <= page.height * EDGE_ZONE:
            cands[i] = True
    for i in by_top[-EDGE_LINES:]:
        if page.lines[i].bottom >= page.height * (1 - EDGE_ZONE):
            cands[i] = True
    return cands


def running_lines(pages: list[Page]) -> set[tuple[int, int]]:
    """(page index, line index) of running headers, footers and page numbers.

    A line near a page edge is running when it is a bare page number, when the same text sits near
    the edge of three pages (or two, for a short line on a quarter of the pages with text), or when it repeats with
    only its digits changing on at least three pages (and half): "Page 3 of 10", "Source: X, 10-K, 3/1/2020".
    """
    cands = {pi: _edge_candidates(p) for pi, p in enumerate(pages)}
    text_pages = max(1, sum(1 for p in pages if p.lines))
    exact: dict[tuple[bool, str], set[int]] = defaultdict(set)
    masked: dict[tuple[bool, str], set[int]] = defaultdict(set)
    for pi, idxs in cands.items():
        page = pages[pi]
        for li in idxs:
            line = page.lines[li]
            top = line.top <= page.height / 2
            exact[(top, _key(line.text))].add(pi)
            masked[(top, _masked(line.text))].add(pi)
    out: set[tuple[int, int]] = set()
    for pi, idxs in cands.items():
        page = pages[pi]
        for li, in_zone in idxs.items():
            line = page.lines[li]
            top = line.top <= page.height / 2
            text = line.text.strip()
            if not text:
                continue
            if PAGE_NUMBER.match(text) or (LABELLED_PAGE_NUMBER.match(text) and len(masked[(top, _masked(text))]) >= 2):
                out.add((pi, li))
                continue
            n_exact = len(exact[(top, _key(text))])
            n_masked = len(masked[(top, _masked(text))])
            if not in_zone:  # far from the edge: only a numbered line repeated on most pages
                if (n_masked >= 3 and n_masked >= 0.5 * text_pages and len(text) <= 40
                        and any(c.isdigit() for c in text)):
                    out.add((pi, li))
                continue
            if (n_exact >= 3 and len(text) <= 200) or (
                    n_exact == 2 and n_exact >= 0.25 * text_pages and len(text) <= SHORT_LINE) or (
                    n_masked >= 3 and n_masked >= 0.5 * text_pages and len(text) <= 120):
                out.add((pi, li))
    return out


def _pitch(lines: list[Line]) -> float | None:
    """The usual white gap between consecutive lines of body text on a page (may be negative)."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])
            if -a.size < b.top - a.bottom < 2 * max(a.size, 6.0) and abs(a.size - b.size) < 0.5]
    return statistics.median(gaps) if gaps else None


def _is_heading_line(text: str) -> bool:
    return len(text) < 80 and text.isupper() and sum(c.isalpha() for c in text) >= 3


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text[-3:]))


def _breaks(prev: Line, cur: Line, pitch: float | None, right: float) -> bool:
    """Does cur start a new paragraph after prev (same page)?"""
    gap = cur.top - prev.bottom  # white space between prev's last line and cur's first line
    if cur.top < prev.top - 1:  # reading order jumped up: a new column or a floating block
        return True
    height = max(prev.size, cur.size, 6.0)
    if gap > (pitch if pitch is not None else 0.2 * height) + max(0.35 * height, 2.0):
        return True
    full = prev.x1 >= right - 3 * height  # prev runs to the right margin: a wrapped line
    if abs(prev.size - cur.size) > 0.9:
        return True
    if prev.bold != cur.bold and not full:  # bold is read from a line's first character only
        return True
    if _NEW_ITEM.match(cur.text):
        return True
    if " | " in cur.text or (" | " in prev.text and cur.x0 <= prev.x0 + 1):
        return True  # a table row is a paragraph of its own; a wrapped cell line stays in its row
    p = prev.text.rstrip()
    if _is_heading_line(p) or _is_heading_line(cur.text.strip()):
        return True
    # A sentence that ends well short of the right margin ends its paragraph.
    return _ends_sentence(p) and prev.x1 < right - max(height * 4, 0.1 * right)


def _join(a: str, b: str) -> str:
    if _HYPHEN_END.search(a[-2:]) and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"


@dataclass
class Layout:
    text: str
    blocks: list[Block]
    page_starts: list[int]
    header_footer_text: list[str]
    removed: list[tuple[int, str]] = field(default_factory=list)  # (page number, line) of every running line


def lay_out(pages: list[Page]) -> Layout:
    """Pages of lines -> one text with paragraphs, page starts and the running lines kept aside."""
    running = running_lines(pages)
    aside: list[str] = []
    removed: list[tuple[int, str]] = []
    seen_aside: set[str] = set()
    # paragraphs: [page number, text, bold]
    paras: list[list] = []
    para_page_first: dict[int, int] = {}  # page index -> index of its first paragraph (or continuation)
    continued_from: dict[int, int] = {}  # page index -> offset inside the continued paragraph
    last_full = False  # the last body line so far ran to the right margin: its paragraph goes on
    for pi, page in enumerate(pages):
        body = []
        for li, line in enumerate(page.lines):
            if (pi, li) in running:
                removed.append((page.number, line.text))
                k = _masked(line.text)
                if k not in seen_aside:
                    seen_aside.add(k)
                    aside.append(line.text.strip())
            elif line.text.strip():
                body.append(line)
        pitch = _pitch(body)
        right = max((ln.x1 for ln in body), default=page.width)
        prev = None
        row: list[Line] = []  # lines of the current paragraph on this page
        for line in body:
            text = line.text.strip()
            if prev is not None and line.top < prev.top - 1 and any(
                    abs(r.top - line.top) <= 1.5 and line.x0 >= r.x1 - 0.5 for r in row):
                # back up to the baseline of a line already in this paragraph, to its right: the
                # next cell of the same table row ("D1 Discovery report ... | PDF")
                paras[-1][1] = f"{paras[-1][1]} | {text}"
                row.append(line)
                prev = line
                continue
            if prev is None:
                last = paras[-1] if paras else None
                if (last is not None and last[0] < page.number
                        and not _ends_sentence(last[1]) and not _is_heading_line(last[1])
                        and (text[:1].islower() or _HYPHEN_END.search(last[1][-2:]) or last_full)
                        and not _NEW_ITEM.match(text)):
                    # the paragraph runs on from the previous page
                    joined = _join(last[1], text)
                    continued_from[pi] = len(joined) - len(text)
                    para_page_first[pi] = len(paras) - 1
                    last[1] = joined
                    prev = line
                    continue
                paras.append([page.number, text, line.bold])
                para_page_first[pi] = len(paras) - 1
                row = [line]
            elif _breaks(prev, line, pitch, right):
                paras.append([page.number, text, line.bold])
                row = [line]
            else:
                paras[-1][1] = _join(paras[-1][1], text)
                paras[-1][2] = paras[-1][2] and line.bold
                row.append(line)
            prev = line
        if body:
            size = max(body[-1].size, 6.0)
            last_full = body[-1].x1 >= right - 3 * size
    parts: list[str] = []
    blocks: list[Block] = []
    starts_of_para: list[int] = []
    length = 0
    for number, text, bold in paras:
        if length:
            parts.append("\n\n")
            length += 2
        starts_of_para.append(length)
        blocks.append(Block(length, length + len(text), "paragraph", page=number, bold=bold))
        parts.append(text)
        length += len(text)
    page_starts: list[int] = []
    for pi in range(len(pages)):
        if pi in para_page_first:
            start = starts_of_para[para_page_first[pi]] + continued_from.get(pi, 0)
        else:  # a page with no body text starts where the next text starts
            start = length
            for pj in range(pi + 1, len(pages)):
                if pj in para_page_first:
                    start = starts_of_para[para_page_first[pj]] + continued_from.get(pj, 0)
                    break
        page_starts.append(min(start, length))
    # keep page_starts monotonic (a page whose text is all running lines borrows the next start)
    for i in range(len(page_starts) - 2, -1, -1):
        page_starts[i] = min(page_starts[i], page_starts[i + 1])
    return Layout("".join(parts), blocks, page_starts, aside, removed)
