"""Tiny dependency-free PDF writer for the project's sample contracts and tests.

Why: the analyzer must ingest PDFs, and the tests need PDFs with known text,
headers, footers, blank ("scanned") pages and line-end hyphenation.  Using
only the standard library keeps test fixtures reproducible without reportlab.

Usage::

    from simplepdf import write_pdf
    write_pdf("out.pdf", [("heading", "1. Scope"), ("paragraph", "Text..."),
                          ("bullet", "An item"), ("pagebreak", ""),
                          ("blankpage", "")],
              header="CONFIDENTIAL", footer=True)

Text uses the standard Type1 fonts Helvetica / Helvetica-Bold with
WinAnsiEncoding (cp1252); characters outside cp1252 become "?".
Output is byte-for-byte deterministic (no dates, no random IDs).
"""

from __future__ import annotations

from typing import Iterable, Sequence

__all__ = ["write_pdf", "wrap_text", "text_width"]

PAGE_W, PAGE_H = 612.0, 792.0  # US Letter in points
MARGIN = 72.0
BULLET_INDENT = 18.0

# Advance widths (1/1000 em) of chars 32..126, from the standard Adobe AFM
# metrics; needed because word wrapping must know how wide text really is.
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_HELV_B = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
           556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
           975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
           667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
           333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
           611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
_EXTRA = {"\u2022": 350, "\u2013": 556, "\u2014": 1000}  # bullet, en/em dash


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` in points; unknown glyphs count as 556 (a digit)."""
    table = _HELV_B if bold else _HELV
    total = 0
    for ch in text:
        o = ord(ch)
        total += table[o - 32] if 32 <= o <= 126 else _EXTRA.get(ch, 556)
    return total * size / 1000.0


def _split_word(word: str, room: float, size: float, bold: bool) -> int:
    """Longest prefix length (>=3, leaving >=3 chars) that fits with a '-'."""
    best = 0
    for i in range(3, len(word) - 2):
        if not word[:i].isalpha():
            break
        if text_width(word[:i] + "-", size, bold) <= room:
            best = i
        else:
            break
    return best


def wrap_text(text: str, width: float, size: float, bold: bool = False,
              hyphenate: bool = False) -> list[str]:
    """Greedy word wrap to `width` points.

    With hyphenate=True a word that does not fit is split with a trailing
    '-' when a >=3-letter prefix fits, so ingestion tests can exercise
    de-hyphenation of line-end breaks.
    """
    lines: list[str] = []
    cur = ""
    words = text.split()
    i = 0
    while i < len(words):
        w = words[i]
        cand = f"{cur} {w}" if cur else w
        if text_width(cand, size, bold) <= width:
            cur = cand
            i += 1
            continue
        if hyphenate and w.isalpha() and len(w) >= 6:
            prefix = f"{cur} " if cur else ""
            cut = _split_word(w, width - text_width(prefix, size, bold), size, bold)
            if cut:
                lines.append(prefix + w[:cut] + "-")
                words[i] = w[cut:]
                cur = ""
                continue
        if cur:
            lines.append(cur)
            cur = ""
        else:  # single word wider than the line: put it alone
            lines.append(w)
            i += 1
    if cur:
        lines.append(cur)
    return lines


def _esc(s: str) -> bytes:
    """Encode to WinAnsi and escape PDF string delimiters."""
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _layout(blocks: Iterable[Sequence[str]], size: float, hyphenate: bool,
            has_header: bool, has_footer: bool):
    """Turn blocks into pages: list of (is_blank, [(font, size, x, y, text)])."""
    top = PAGE_H - MARGIN - (6 if has_header else 0)
    bottom = MARGIN + (6 if has_footer else 0)
    body_w = PAGE_W - 2 * MARGIN
    pages: list[tuple[bool, list]] = [(False, [])]
    y = top

    def new_page(blank: bool = False) -> None:
        nonlocal y
        pages.append((blank, []))
        y = top

    for kind, text in blocks:
        if kind == "pagebreak":
            new_page()
            continue
        if kind == "blankpage":
            if not pages[-1][1]:
                pages.pop()  # drop an empty current page
            new_page(blank=True)
            new_page()
            continue
        if kind == "heading":
            fsize, bold, x, gap_before = size + 2, True, MARGIN, size * 0.8
        elif kind == "paragraph":
            fsize, bold, x, gap_before = size, False, MARGIN, size * 0.5
        elif kind == "bullet":
            fsize, bold, x, gap_before = size, False, MARGIN + BULLET_INDENT, size * 0.25
        else:
            raise ValueError(f"unknown block kind: {kind!r}")
        lead = fsize * 1.4
        lines = wrap_text(text, body_w - (x - MARGIN), fsize, bold, hyphenate)
        if pages[-1][1]:
            y -= gap_before
        if kind == "heading" and y - lead * (len(lines) + 2) < bottom:
            new_page()  # keep a heading with its first body lines
        for n, line in enumerate(lines):
            if y - lead < bottom:
                new_page()
            y -= lead
            font = "F2" if bold else "F1"
            if kind == "bullet" and n == 0:
                pages[-1][1].append(("F1", fsize, MARGIN + 4, y, "\u2022"))
            pages[-1][1].append((font, fsize, x, y, line))
    if not pages[-1][1] and not pages[-1][0] and len(pages) > 1:
        pages.pop()  # trailing empty page after a final break
    return pages


def write_pdf(path, blocks, header: str | None = None, footer: bool = True,
              font_size: float = 11.0, hyphenate: bool = False) -> int:
    """Write `blocks` to a PDF at `path`; return the number of pages.

    blocks: iterable of (kind, text) with kind in "heading", "paragraph",
    "bullet", "pagebreak" (start a new page) or "blankpage" (insert a page
    with no text at all, not even header/footer, like a scanned image page).
    header: running header text drawn at the top of every non-blank page.
    footer: draw "Page N of M" at the bottom of every non-blank page.
    """
    pages = _layout(blocks, font_size, hyphenate, header is not None, footer)
    total = len(pages)
    objs: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # Pages tree, filled below once page object numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for num, (blank, items) in enumerate(pages, start=1):
        runs = []  # header first, footer last: extractors then agree on order
        if not blank and header:
            runs.append(("F1", 9, MARGIN, PAGE_H - 45, header))
        runs.extend(items)
        if not blank:
            if footer:
                label = f"Page {num} of {total}"
                runs.append(("F1", 9, (PAGE_W - text_width(label, 9)) / 2, 40, label))
        ops = []
        for font, fsize, x, y, text in runs:
            ops.append(b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET"
                       % (font.encode(), fsize, x, y, _esc(text)))
        stream = b"\n".join(ops)
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                    % (PAGE_W, PAGE_H, content_no))
        kids.append(b"%d 0 R" % len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), total)

    with open(path, "wb") as fh:
        fh.write(assemble(objs, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
    return total


def assemble(objs: list[bytes], header: bytes = b"%PDF-1.4\n", trailer_extra: bytes = b"") -> bytes:
    """Numbered objects (object 1 is the catalog), an exact xref table and the trailer: the one
    place that knows PDF file syntax, so tests can build odd PDFs (encrypted, hand-placed text)."""
    out = bytearray(header)
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, trailer_extra, xref_at))
    return bytes(out)
