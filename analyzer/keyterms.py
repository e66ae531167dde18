"""Key commercial terms a reader wants at the top of a report, read from the text with cited offsets."""

from __future__ import annotations

import re

from analyzer.document import Document
from analyzer.numbers import DURATION_RE, duration_in

_DATE = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"

TERMS = {
    "effective_date": re.compile(
        r"(?:effective\s+(?:as\s+of\s+|date\s+(?:is|of|shall\s+be)\s+|on\s+)|entered\s+into\s+(?:as\s+of|on)\s+|dated\s+(?:as\s+of\s+)?)(?P<v>" + _DATE + ")",
        re.I),
    "governing_law": re.compile(
        r"(?:governed\s+by|construed\s+(?:in\s+accordance\s+with|under)|laws?\s+of)\s+(?:and\s+construed\s+in\s+accordance\s+with\s+)?(?:the\s+)?(?:laws?\s+of\s+)?(?:the\s+)?(?P<v>(?:State|Commonwealth|Province)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|England(?:\s+and\s+Wales)?|Scotland|Ireland|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+law)?",
        ),
    "payment_term": re.compile(
        r"(?:within|net|no\s+later\s+than|not\s+later\s+than)\s+(?P<v>" + DURATION_RE + r"|\d{1,3})\s*(?:days?\s+)?(?:(?:after|of|from|following)\s+(?:the\s+)?(?:receipt|date|issuance|delivery)\s+of\s+(?:an?\s+|the\s+|each\s+|such\s+)?(?:valid\s+|undisputed\s+|correct\s+)?invoice)",
        re.I),
    "liability_cap": re.compile(
        r"(?:aggregate|total|cumulative|maximum|entire)\s+liability[^.;]{0,200}?(?:shall\s+not|will\s+not|not\s+to|may\s+not|does\s+not)\s+exceed\s+(?P<v>[^.;]{3,160})",
        re.I),
    "term": re.compile(
        r"(?:initial\s+term|term\s+of\s+this\s+(?:agreement|contract))[^.;]{0,80}?(?:shall\s+be|of|is|for)\s+(?P<v>" + DURATION_RE + r"|(?:one|two|three|four|five)\s+(?:\(\d\)\s+)?years?)",
        re.I),
    "renewal": re.compile(
        r"(?P<v>(?:automatically|shall\s+automatically|will\s+automatically)\s+renew[^.;]{0,160})", re.I),
    "termination_notice": re.compile(
        r"terminat\w*[^.;]{0,120}?(?P<v>" + DURATION_RE + r")[^.;]{0,20}?(?:prior\s+)?(?:written\s+)?notice",
        re.I),
}

WORD_LIMIT = 30


def extract(doc: Document, roles: dict) -> dict:
    """Each key term with its value and where it was read; absent terms are null."""
    text = doc.text
    out: dict = {"parties": roles}
    for name, rx in TERMS.items():
        m = rx.search(text)
        if not m:
            out[name] = None
            continue
        value = " ".join(m.group("v").split()[:WORD_LIMIT]).rstrip(",")
        item = {"value": value, "start": m.start("v"), "end": m.end("v"), "page": doc.page_at(m.start("v"))}
        if name in ("payment_term", "termination_notice"):
            days = duration_in(value, "days")
            if days is None and value.isdigit():
                days = float(value)
            item["days"] = days
        out[name] = item
    return out
