"""Numbering and headings -> sections, so a finding can cite "12.3 Limitation of Liability"."""

from __future__ import annotations

import re

from analyzer.document import Block, Document, Section

_ROMAN = r"(?:[IVXLC]+)"
_NUMBERED = re.compile(
    r"""^\s*(?:
        (?P<kw>(?:section|article|clause|schedule|exhibit|annex|appendix|part)\s+)(?P<kwnum>[0-9]+(?:\.[0-9]+)*|""" + _ROMAN + r"""|[A-Z])\.?[:.]?
      | (?P<num>[0-9]{1,3}(?:\.[0-9]{1,3})*)(?:\.|\))?(?=\s)
      | (?P<paren>\((?:[a-z]{1,2}|[ivx]{1,5}|[0-9]{1,2})\))
      | (?P<roman>""" + _ROMAN + r""")\.(?=\s)
    )\s*(?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_TITLE_THEN_BODY = re.compile(r"^(?P<title>[A-Z][^.:\n]{1,80}?)[.:](?:\s+|$)(?P<body>.*)$", re.DOTALL)
_MAX_HEADING_WORDS = 12


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 3 and all(c.isupper() for c in letters)
            and len(text) <= 100 and not text.rstrip().endswith((",", ";")))


def _title_of(rest: str) -> str | None:
    """Heading words at the start of a clause: "Change Orders. Either party..." -> "Change Orders"."""
    rest = rest.strip()
    if not rest:
        return None
    first_line = rest.splitlines()[0].strip()
    if len(first_line.split()) <= _MAX_HEADING_WORDS and not first_line.endswith((",", ";")) and (
        first_line == rest or _is_caps_heading(first_line)
    ):
        return first_line.rstrip(".:")
    m = _TITLE_THEN_BODY.match(rest)
    if m and len(m.group("title").split()) <= 8:
        title = m.group("title").strip()
        # A real title is Title Case or ALL CAPS, not the start of a sentence.
        words = [w for w in re.findall(r"[A-Za-z]+", title) if len(w) > 3]
        if words and sum(w[0].isupper() for w in words) >= max(1, len(words) - 1):
            return title
    return None


def _level(number: str | None, kw: str | None) -> int:
    if kw:
        kw = kw.strip().lower()
        return 1 if kw in ("article", "schedule", "exhibit", "annex", "appendix", "part") else 2
    if not number:
        return 1
    if number.startswith("("):
        return 4 if re.fullmatch(r"\([ivx]+\)", number) and number not in ("(i)", "(v)", "(x)") else 3
    return number.rstrip(".").count(".") + 1


def classify(block: Block, text: str) -> Section | None:
    """A section start if the block opens with numbering or is a heading; None otherwise."""
    first = text.strip()
    if not first:
        return None
    m = _NUMBERED.match(first)
    if m:
        kw = m.group("kw")
        number = (m.group("kwnum") and f"{kw.strip().title()} {m.group('kwnum')}") or m.group("num") \
            or m.group("paren") or (m.group("roman") and m.group("roman") + ".")
        if m.group("num") and "." not in m.group("num") and len(m.group("num")) > 2 and not m.group("rest")[:1].isupper():
            return None  # "100 days" is a sentence, not a heading
        heading = _title_of(m.group("rest"))
        return Section(block.start, block.end, number, heading, _level(m.group("num") or m.group("paren"), kw))
    if block.kind == "heading":
        style = (block.style or "").lower()
        level = int(style[-1]) if style[-1:].isdigit() else 1
        return Section(block.start, block.end, None, first.splitlines()[0].rstrip(".:"), level)
    if "\n" not in first and len(first.split()) <= _MAX_HEADING_WORDS and (
        _is_caps_heading(first) or (block.bold and not first.endswith((".", ",", ";")))
    ):
        return Section(block.start, block.end, None, first.rstrip(".:"), 1)
    return None


def segment(doc: Document) -> list[Section]:
    """Sections with spans that run to the next section of the same or a higher level."""
    starts: list[Section] = []
    for block in doc.blocks:
        if block.kind == "table_cell":
            continue
        s = classify(block, doc.block_text(block))
        if s is not None:
            starts.append(s)
    # Unnumbered headings sit above numbered clauses: give them the outermost level.
    for i, s in enumerate(starts):
        end = len(doc.text)
        for nxt in starts[i + 1:]:
            if nxt.level <= s.level:
                end = nxt.start
                break
        s.end = end
    return starts
