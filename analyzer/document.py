"""The one document model every ingester produces and every later stage reads.

Offsets are Python ``str`` indices into ``Document.text``; for plain-text input that text is
the file's own text, so offsets point into the file.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Block:
    """A paragraph, list item, heading or table cell: the unit clauses are found in."""

    start: int
    end: int
    kind: str = "paragraph"  # paragraph | heading | list_item | table_cell
    page: int | None = None
    style: str | None = None  # the source's style name, e.g. "Heading 1"
    bold: bool = False  # whole block set in bold: a heading cue in DOCX and PDF
    bold_prefix: int = 0  # length of a leading bold run ("Payment. Client shall...") in DOCX


@dataclass
class Section:
    """A numbered or headed part of the contract, e.g. number "12.3", heading "Limitation of Liability"."""

    start: int
    end: int
    number: str | None = None
    heading: str | None = None
    level: int = 1

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.number, self.heading) if p)


@dataclass
class DefinedTerm:
    """A term the contract defines: "Services" means ...; (the "Deliverables")."""

    term: str
    start: int  # offsets of the term inside its quotes
    end: int
    kind: str = "means"  # means | parenthetical


@dataclass
class Party:
    """A contracting party named in the opening "between ... and ..." block."""

    name: str
    alias: str | None
    start: int  # offsets of the name
    end: int


@dataclass
class Coverage:
    """What was read, so a reader can tell "missing" from "never seen"."""

    pages: int | None = None
    pages_without_text: list[int] = field(default_factory=list)
    characters: int = 0
    words: int = 0
    tables: int = 0
    tracked_changes: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.pages_without_text

    def to_dict(self) -> dict:
        return {
            "pages": self.pages,
            "pages_without_text": list(self.pages_without_text),
            "characters": self.characters,
            "words": self.words,
            "tables": self.tables,
            "tracked_changes": self.tracked_changes,
            "warnings": list(self.warnings),
        }


@dataclass
class Document:
    path: str
    format: str  # docx | pdf | txt | md
    text: str
    blocks: list[Block] = field(default_factory=list)
    page_starts: list[int] | None = None  # offset where page i+1 starts (PDF only)
    sections: list[Section] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)
    header_footer_text: list[str] = field(default_factory=list)  # kept apart from the body
    defined_terms: list[DefinedTerm] = field(default_factory=list)  # filled by segment.segment
    parties: list[Party] = field(default_factory=list)  # filled by segment.segment

    def __post_init__(self) -> None:
        self._block_starts = [b.start for b in self.blocks]
        self._section_starts = [s.start for s in self.sections]

    def set_sections(self, sections: list[Section]) -> None:
        self.sections = sections
        self._section_starts = [s.start for s in sections]

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) if self.page_starts else self.coverage.pages

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing offset (sections are sorted by start)."""
        i = bisect.bisect_right(self._section_starts, offset) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= offset < s.end:
                return s
            i -= 1
        return None

    def enclosing_sections(self, offset: int) -> list[Section]:
        """All sections containing offset, outermost first (e.g. "12 Liability", then "12.3 Cap")."""
        i = bisect.bisect_right(self._section_starts, offset)
        found = [s for s in self.sections[:i] if s.start <= offset < s.end]
        return sorted(found, key=lambda s: (s.level, s.start))

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]
