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
    row = _label_row(text, term)
    if row is None:
        return None
    start, after = row
    stop = min(len(text), start + DEFINITION_CHARS)
    nl = text.find("\n", after, stop)  # the next label is looked for from the line after the term's
    nxt = LABEL_LINE.search(text, nl + 1, stop) if nl != -1 else None
    return text[start:nxt.start() if nxt else stop]


def _label_row(text: str, term: str) -> tuple[int, int] | None:
    """(start of the line, end of the label) of the first line that is ``term`` alone, or ``term``
    then '|' or ':' (spaces and tabs allowed around it); found with str.find rather than a regex
    compiled per term, which cost more than the rest of a review's weak checks."""
    i = text.find(term)
    while i != -1:
        line = text.rfind("\n", 0, i) + 1
        if not text[line:i].strip(" \t"):
            j = i + len(term)
            while j < len(text) and text[j] in " \t":
                j += 1
            if j == len(text) or text[j] == "\n":
                return line, j
            if text[j] in "|:":
                return line, j + 1
        i = text.find(term, i + 1)
    return None


def definitions_used(doc: Document, clause: str) -> str:
    """The definitions of the defined terms a clause uses, one per line ("" when there are none)."""
    found = []
    for term in terms_in(clause):
        d = definition(doc, term)
        if d and d not in clause:
            found.append(d)
    return "\n".join(found)
