"""Key commercial terms a reader wants at the top of a report, read from the text with cited offsets.

Each term is the first match of a short list of patterns, most specific first; a term that is not
found is null, never guessed. Durations carry a number and a unit, sums of money an amount, so
reports and playbooks can compare them.
"""

from __future__ import annotations

import re

from analyzer.document import Document
from analyzer.matching.prefilter import Searcher, searcher as shared_searcher
from analyzer.numbers import CURRENCY_RE, DURATION_RE, amounts, first_duration
from analyzer.roles import parties as find_parties

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?{_MONTH},?\s+\d{{4}}"
        r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})")
# (under re.I) what each DATE alternative starts with: a digit or a month's first three letters
# ("Sept" and every full name start with their abbreviation); a lookahead implied by DATE itself.
# The class of those first characters goes first: one test rejects most offsets, where the twelve
# abbreviations are each tried in turn (half the search time on the 50 CUAD PDF texts)
DATE_START = r"(?=[\djfmasond])(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
_W = r"(?!(?:without|and|except|excluding|applicable|as|in|that|which|regard|its|other|any|shall|will|to|for|on|by|with|including|provided|the|all|such|this|these|said|laws?|rules)\b)[A-Za-z][A-Za-z'’-]*"
_JURIS = (rf"(?:(?:the\s+)?(?:State|Commonwealth|Province|Republic|Kingdom|Federal\s+Republic|District|Territory|Canton)\s+of\s+{_W}(?:\s+{_W}){{0,2}}"
          rf"|England\s+and\s+Wales|the\s+United\s+States(?:\s+of\s+America)?|\[\s*\*+\s*\]|{_W}(?:\s+{_W})?)")
_I = re.I
_SENT = r"(?:[^.;\n]|\n(?![ \t]*\n))"  # within a sentence; a wrapped line is fine, a blank line is not

PATTERNS: dict[str, list[re.Pattern]] = {
    "effective_date": [
        # every DATE starts with a digit or a month's first letter: the lookahead lets re reject most
        # positions with one class test instead of trying some thirty alternatives (same matches)
        re.compile(rf"{DATE_START}(?P<v>{DATE})\s*\(\s*(?:the\s+)?[\"“]Effective\s+Date[\"”]", _I),
        re.compile(rf"Effective\s+Date\s*(?:[|:]|means|is|shall\s+be)\s*(?:the\s+)?(?P<v>{DATE})", _I),
        re.compile(rf"(?:effective\s+(?:as\s+(?:of|from)\s+|on\s+|from\s+)|(?:starts|begins|commences)\s+on\s+|entered\s+into\s+(?:as\s+of|on)\s+(?:this\s+)?|(?:is\s+)?dated\s+(?:as\s+of\s+)?|made\s+(?:on|as\s+of)\s+(?:this\s+)?)(?P<v>{DATE})", _I),
    ],
    "term": [
        re.compile(rf"(?:initial\s+term|term\s+of\s+(?:this|the)\s+(?:agreement|contract))\s+(?:shall\s+|will\s+)?(?:be|is|commence\w*|begin\w*|start\w*|run|continue\w*|last|expire\w*)\b"
                   rf"{_SENT}{{0,100}}?\b(?:for\s+(?:a\s+(?:period|term)\s+of\s+)?|of\s+|be\s+|until\s+|through\s+)?(?P<v>{DURATION_RE}|{DATE}|(?:the\s+)?(?:completion|expiry|expiration|end)\s+of\s+{_SENT}{{3,60}})(?!\w*\s*(?:thereafter|after|following))", _I),
        re.compile(rf"this\s+(?:agreement|contract)\s+(?:(?:shall|will)\s+)?(?:commence|begin|continue|remain\s+in\s+(?:full\s+)?(?:force|effect))\w*{_SENT}{{0,100}}?(?:for\s+(?:a\s+(?:period|term)\s+of\s+)?|until\s+|through\s+)(?P<v>{DURATION_RE}|{DATE}|(?:the\s+)?(?:completion|expiry|expiration|end)\s+of\s+{_SENT}{{3,60}}|[^.;,\n]{{3,80}})(?!\w*\s*(?:thereafter|after|following))", _I),
        re.compile(rf"\bfor\s+(?:an?\s+)?(?:initial\s+)?term\s+of\s+(?P<v>{DURATION_RE})(?!\w*\s*(?:thereafter|after|following))", _I),
        re.compile(rf"\bperiod\s+of\s+performance\s+(?:will|shall|is)\s+(?:include\s+|be\s+)?(?P<v>{_SENT}{{3,100}})", _I),
        re.compile(rf"^\s*(?:term|period\s+of\s+performance|contract\s+period)\s*[|:]\s*(?P<v>{_SENT}{{3,80}})", _I | re.M),
    ],
    "renewal": [
        re.compile(rf"(?:(?:shall|will)\s+)?(?P<v>(?:automatically|tacitly)\s+(?:be\s+)?(?:renew|extend)\w*{_SENT}{{0,180}})", _I),
        re.compile(rf"(?P<v>(?:renew\w*|extend\w*)\s+for\s+(?:an?\s+)?(?:additional|successive|further|consecutive){_SENT}{{0,160}})", _I),
    ],
    "governing_law": [
        re.compile(rf"(?:governed\s+by|(?:agreement|contract)\s+(?:is|shall\s+be)\s+subject\s+to|construed\s+(?:and\s+\w+\s+)?(?:in\s+accordance\s+with|under)|interpreted\s+(?:in\s+accordance\s+with|according\s+to|under))"
                   rf"{_SENT}{{0,60}}?\blaws?\s+(?:(?:and|or)\s+[a-z ]{{3,30}}\s+)?(?:of|in\s+force\s+in)\s+(?P<v>{_JURIS})", _I),
        re.compile(rf"(?:governed|construed|interpreted){_SENT}{{0,60}}?\b(?:by|under|with)\s+(?:the\s+)?(?P<v>[A-Z]{{2,5}})\s+laws?\b"),
        re.compile(rf"\blaws?\s+of\s+(?P<v>{_JURIS}){_SENT}{{0,100}}\bgovern", _I),
        re.compile(rf"(?P<v>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+law\s+(?:governs|shall\s+govern|will\s+govern)"),
        re.compile(rf"(?:governed\s+by|in\s+accordance\s+with)\s+(?P<v>[A-Z][a-z]+)\s+law\b"),
        # a key-terms row: its value ends with the row ("Governing Law | The laws of X\nChosen Courts | ...")
        re.compile(r"Governing\s+Law\s*[|:]\s*(?:[Tt]he\s+laws\s+of\s+)?(?P<v>[^.;\n|]{2,60})"),
    ],
    "fees": [
        re.compile(rf"(?P<v>(?:fixed|firm|total|contract)\s+(?:price|fee|fees|sum){_SENT}{{0,40}}?{CURRENCY_RE}\s?\d[\d,.]*(?:\s*(?:million|m|k))?)", _I),
        re.compile(rf"(?P<v>(?:fees?|charges?|price|compensation){_SENT}{{0,80}}?{CURRENCY_RE}\s?\d[\d,.]*(?:\s*(?:million|m|k))?(?:\s+(?:per|a|an)\s+(?:hour|day|month|year|person-day))?)", _I),
        re.compile(rf"(?P<v>(?:day|hourly|daily)\s+rates?[^.;]{{0,120}}?{CURRENCY_RE}\s?\d[\d,.]*)", _I),
        re.compile(rf"(?P<v>(?:time[- ]and[- ]materials?|rate\s+card){_SENT}{{0,80}})", _I),
    ],
    "payment_term": [
        re.compile(rf"(?:within|no\s+later\s+than|not\s+later\s+than)\s+(?P<v>{DURATION_RE})\s*(?:after|of|from|following)\s+(?:the\s+)?(?:date\s+of\s+|receipt\s+of\s+|issu\w+\s+of\s+|the\s+end\s+of\s+the\s+month\s+in\s+which\s+|receiving\s+)?(?:an?\s+|the\s+|each\s+|such\s+|its\s+)?(?:valid\s+|undisputed\s+|correct\s+|proper\s+)?(?:invoice|receipt|it\s+is\s+received|billing)", _I),
        re.compile(rf"(?:invoices?|payments?|amounts?){_SENT}{{0,60}}?(?:payable|due|paid){_SENT}{{0,20}}?(?:within\s+)?(?P<v>{DURATION_RE})\s*(?:after|of|from|following)", _I),
        re.compile(rf"\b(?P<v>net\s+(?:\d{{1,3}}|thirty|sixty|forty[- ]five|fifteen|ninety))\b", _I),
        re.compile(rf"(?:pay|settle)\s+(?:each|all|any|the|every)?\s*(?:undisputed\s+)?(?:\w+(?:\s+\w+)?(?:'s|’s)\s+)?invoices?{_SENT}{{0,30}}?within\s+(?P<v>{DURATION_RE})", _I),
        re.compile(rf"(?P<v>due\s+(?:and\s+payable\s+)?(?:up)?on\s+receipt)", _I),
    ],
    "liability_cap": [
        re.compile(rf"(?:aggregate|total|cumulative|maximum|entire|overall)\s+(?:\w+\s+){{0,3}}liability{_SENT}{{0,200}}?(?:shall|will|may|does|to)\s+not\s+(?:in\s+(?:the\s+)?aggregate\s+)?(?:exceed|be\s+more\s+than)\s+(?P<v>{_SENT}{{3,160}})", _I),
        re.compile(rf"liab(?:le|ility){_SENT}{{0,150}}?(?:shall|will|is|be)\s+(?:\w+\s+)?(?:limited|capped)\s+(?:in\s+(?:the\s+)?aggregate\s+)?(?:to|at)\s+(?P<v>{_SENT}{{3,160}})", _I),
        re.compile(rf"(?:in\s+no\s+event|under\s+no\s+circumstances){_SENT}{{0,150}}?liab(?:le|ility){_SENT}{{0,100}}?(?:exceed|in\s+excess\s+of|more\s+than)\s+(?P<v>{_SENT}{{3,160}})", _I),
    ],
    "termination_notice": [
        re.compile(rf"terminat\w*{_SENT}{{0,120}}?(?:for\s+convenience|without\s+cause|for\s+any\s+(?:or\s+no\s+)?reason|at\s+any\s+time){_SENT}{{0,80}}?(?P<v>{DURATION_RE})(?:'|’)?\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice", _I),
        re.compile(rf"terminat\w*{_SENT}{{0,120}}?(?:by\s+giving|upon|on|with)\s+(?:\w+\s+){{0,4}}?(?:(?:not\s+less\s+than|at\s+least)\s+)?(?P<v>{DURATION_RE})(?:'|’)?\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice", _I),
    ],
    "renewal_notice": [
        re.compile(rf"(?:at\s+least|not\s+less\s+than|no\s+later\s+than)\s+(?P<v>{DURATION_RE})\s*(?:'|’)?\s*(?:prior\s+)?(?:written\s+)?(?:notice\s+)?(?:before|prior\s+to)\s+(?:the\s+)?(?:end|expir\w+){_SENT}{{0,60}}?(?:term|period)", _I),
        re.compile(rf"(?:notice\s+of\s+non-?renewal|not\s+to\s+renew){_SENT}{{0,80}}?(?P<v>{DURATION_RE})", _I),
    ],
}
WORD_LIMIT = 30
_MONTHS_PER = {"year": 12, "month": 1, "week": 7 / 30.4, "day": 1 / 30.4, "calendar day": 1 / 30.4}
DAY_TERMS = ("payment_term", "termination_notice", "renewal_notice")
_DAYS_PER = {"hour": 1 / 24, "day": 1, "calendar day": 1, "business day": 1, "working day": 1, "week": 7,
             "month": 30, "year": 365}


def _clip(value: str) -> str:
    value = " ".join(value.split()[:WORD_LIMIT])
    return re.sub(r"(?<=\d)\.$", "", value.rstrip(" ,;:("))


def _item(doc: Document, m: re.Match) -> dict:
    value = _clip(m.group("v"))
    start = m.start("v")
    lead = re.match(r"(?:the|THE)\s+(?=[A-Z])", value)  # "the State of New York" -> "State of New York"
    if lead:
        value, start = value[lead.end():], start + lead.end()
    return {"value": value, "start": start, "end": m.start("v") + len(m.group("v").rstrip(" ,;:(")),
            "page": doc.page_at(start)}


def _first(doc: Document, name: str, searcher: Searcher | None = None) -> dict | None:
    searcher = searcher or Searcher(doc.text)
    for rx in PATTERNS[name]:
        m = searcher.search(rx)  # rx.search(doc.text), skipping what cannot match
        if m and m.group("v").strip():
            return _item(doc, m)
    return None


def _annotate(name: str, item: dict) -> None:
    """Numbers a playbook can compare: days for notice and payment periods, amounts for money."""
    if name in DAY_TERMS:
        if item["value"].lower().startswith("net"):
            parts = item["value"].split()
            from analyzer.numbers import to_number

            n = to_number(parts[-1]) if len(parts) > 1 else None
            item["days"] = n
        elif "receipt" in item["value"].lower():
            item["days"] = 0.0
        else:
            d = first_duration(item["value"])
            item["days"] = round(d[0] * _DAYS_PER.get(d[1], 1), 1) if d else None
            if d and d[1] in ("business day", "working day"):
                item["business_days"] = True
    if name in ("fees", "liability_cap"):
        found = amounts(item["value"])
        if found:
            item["amount"], item["currency"] = found[0][1], found[0][0]
    if name == "term":
        d = first_duration(item["value"])
        if d and d[1] in _MONTHS_PER:
            item["months"] = round(d[0] * _MONTHS_PER[d[1]], 1)


def _defined(doc: Document, item: dict) -> None:
    """A value that is a defined term ("the General Cap Amount") says nothing until its definition is
    read: add what the contract defines it as, and any amount found there."""
    from analyzer.definitions import TERM_RE, definition

    m = TERM_RE.match(item["value"])
    found = definition(doc, m.group(0)) if m else None
    if not found:
        return
    text = found[len(m.group(0)):].lstrip(" \t\"\u201d:|")
    text = re.sub(r"^(?:means|shall\s+mean|will\s+mean)\s+", "", text)
    item["definition"] = _clip(text)
    if "amount" not in item:
        amounts_found = amounts(text)
        if amounts_found:
            item["amount"], item["currency"] = amounts_found[0][1], amounts_found[0][0]


def extract(doc: Document, roles: dict) -> dict:
    """Each key term with its value and where it was read; absent terms are null."""
    named = [p.to_dict() for p in find_parties(doc.text)]
    for p in named:
        p["page"] = doc.page_at(p["start"])
    out: dict = {"parties": dict(roles, names=named)}
    searcher = shared_searcher(doc.text)
    for name in PATTERNS:
        item = _first(doc, name, searcher)
        if item is not None:
            _annotate(name, item)
            _defined(doc, item)
        out[name] = item
    return out
