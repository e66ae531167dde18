"""What a defined term stands for, so a clause that hands its value to one can be read whole.

Cover-page contracts (Common Paper, Bonterms and many SaaS forms) write "each party's liability
will not be more than the General Cap Amount" and put the amount in a key-terms table row labelled
"General Cap Amount". A weak check asking "does the cap name an amount?" must read that row, or it
calls every such contract weak. Only weak conditions that opt in (``read_definitions`` in the rule)
read definitions, and only to find what a clause names, never to find fault with it.
"""

from __future__ import annotations

import re

from analyzer.document import Document

DEFINITION_CHARS = 800  # a definition is read this far at most
# Two to five capitalised words ("General Cap Amount", "Payment Period", "Non-Renewal Notice Date"),
# the shape of a defined term written in a clause.
TERM_RE = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*(?:\s+(?:of\s+)?[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*){1,4}\b")
# A line that is only a short capitalised label: where the next key-terms row starts.
LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][A-Za-z-]*){0,5}[ \t]*$", re.MULTILINE)


def terms_in(text: str) -> list[str]:
    """Capitalised multi-word phrases in a clause, each once, in order of appearance."""
    return list(dict.fromkeys(m.group(0) for m in TERM_RE.finditer(text)))


def definition(doc: Document, term: str) -> str | None:
    """The text that defines ``term``: its '"Term" means ...' definition, else a key-terms row
    labelled with it (a line that is the term alone, or the term then '|' or ':'), read up to the
    next such label line; None when the document defines it neither way."""
    text = doc.text
    for d in doc.defined_terms:
        if d.kind == "means" and d.term == term:
            end = text.find("\n", d.end)
            return text[d.start:min(d.start + DEFINITION_CHARS, len(text) if end == -1 else end)]
    row = re.compile(r"^[ \t]*" + re.escape(term) + r"[ \t]*(?:\||:|$)", re.MULTILINE)
    m = row.search(text)
    if m is None:
        return None
    stop = min(len(text), m.start() + DEFINITION_CHARS)
    nl = text.find("\n", m.end(), stop)  # the next label is looked for from the line after the term's
    nxt = LABEL_LINE.search(text, nl + 1, stop) if nl != -1 else None
    return text[m.start():nxt.start() if nxt else stop]


def definitions_used(doc: Document, clause: str) -> str:
    """The definitions of the defined terms a clause uses, one per line ("" when there are none)."""
    found = []
    for term in terms_in(clause):
        d = definition(doc, term)
        if d and d not in clause:
            found.append(d)
    return "\n".join(found)
