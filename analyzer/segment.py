"""Numbering and headings -> sections, so a finding can cite "12.3 Limitation of Liability".

Also extracts the defined terms and the parties block, which later stages use to read the contract
in its own vocabulary. Levels come from the order numbering styles appear in, not from a fixed
table: the first style seen ("Article I", "1.", an ALL-CAPS heading) is the outermost, a new style
nests under the current one, and a style seen before closes everything opened after it. That is how
a reader follows "1. / (a) / (i)" as well as "ARTICLE I / Section 1.01 / (a)".
"""

from __future__ import annotations

import re

from analyzer.document import Block, DefinedTerm, Document, Party, Section

_ROMAN = r"(?:[IVXLC]+)"
# "Clause Four (Duration of Execution)", as translations of Arabic contracts number their clauses
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                r"|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)")
# "FIRST: OBJECT." / "SECOND. PRICE." / "THIRD CLAUSE - TERM": clauses of Spanish- and Portuguese-tradition
# contracts, numbered by an ordinal in capitals (case-sensitive: "First, the Supplier ..." is a sentence)
_ORDINAL = (r"(?-i:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|THIRTEENTH"
            r"|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|NINETEENTH|TWENTIETH"
            r"|TWENTY-(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH))(?:\s+CLAUSE)?)")
_NUMBERED = re.compile(
    r"""^\s*(?:
        (?P<kw>(?:section|article|clause|schedule|exhibit|annex|appendix|attachment|part)\s+)
            (?P<kwnum>[0-9]+(?:\.[0-9]+)*[A-Za-z]?|""" + _ROMAN + r"""|[A-Z]|\([0-9]{1,3}\)|""" + _NUMBER_WORD + r""")
            (?![\w.]*\w)\.?[:.]?
      | (?P<ordinal>""" + _ORDINAL + r""")\s*[:.\u2013\u2014-](?=\s)
      | (?P<num>[0-9]{1,4}(?:\.[0-9]{1,3})*)(?:\.|\))?(?=\s)
      | (?P<paren>\((?:[a-z]{1,2}|[ivxl]{1,6}|[A-Z]{1,2}|[IVXL]{1,6}|[0-9]{1,2})\))
      | (?P<letter>[A-Z])\.(?=\s)
      | (?P<roman>""" + _ROMAN + r""")\.(?=\s)
    )\s*(?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# "## Fees", "**Fees**", and "*Fees*" (bold in Slack and WhatsApp), alone on a line
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+(?P<h>[^\n#]*[^\s#])[ \t#]*|(?P<m>\*\*|__|\*(?!\s))(?P<b>[^*_\n]+)(?P=m)[ \t]*:?")
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{2,4}\b")
_NEW_LINE_STARTS = re.compile(r"[ \t]*(?:[A-Z0-9(\"\u201c]|[a-z][.)]\s)")  # a sentence or an item, not a wrapped line
_BRACKETED_TITLE = re.compile(r"\(([^()\n]{2,80})\)")
_TITLE_THEN_BODY = re.compile(r"^(?P<title>[A-Z][^.:\n]{1,80}?)[.:](?:\s+|$)(?P<body>.*)$", re.DOTALL)
_MAX_HEADING_WORDS = 12
_TOP_KEYWORDS = ("schedule", "exhibit", "annex", "appendix", "attachment")
# after these letters, "(i)", "(v)", "(x)" continue a letter list instead of starting a roman one
_ROMAN_AMBIGUOUS = {"i": "h", "v": "u", "x": "w", "l": "k", "c": "b"}


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 3 and all(c.isupper() for c in letters)
            and len(text) <= 100 and not text.rstrip().endswith((",", ";")))


def _title_of(rest: str) -> str | None:
    """Heading words at the start of a clause: "Change Orders. Either party..." -> "Change Orders"
    ("Part 1 - Scope of Works": the dash after the number is no part of the title)."""
    rest = rest.strip().lstrip("-\u2013\u2014:").strip()
    if not rest:
        return None
    lines = rest.splitlines()
    first_line = lines[0].strip()
    bracketed = _BRACKETED_TITLE.fullmatch(first_line)
    if bracketed and _title_case(bracketed.group(1)):
        return bracketed.group(1)  # "Clause Four (Duration of Execution)"
    m = _TITLE_THEN_BODY.match(rest)
    if m and len(m.group("title").split()) <= 8 and _title_case(m.group("title")):
        return m.group("title").strip()  # "Change Orders. Either party may..."
    if len(first_line.split()) <= _MAX_HEADING_WORDS and not first_line.endswith((",", ";")) and (
        _is_caps_heading(first_line)
        or (first_line == rest and not first_line.endswith(".") and _title_case(first_line))
    ):
        return first_line.rstrip(".:")
    if first_line == rest and _sentence_heading(first_line):
        return first_line  # "2. What you will receive": plain-language letters head clauses this way
    if first_line != rest and _short_title(first_line) \
            and _NEW_LINE_STARTS.match(rest, len(lines[0]) + 1) and not _toc_line(lines[1]):
        return first_line.rstrip(":")  # "Article 1. Subject of the Agreement" over "1.1. The Contractor ..."
    return None


def _short_title(line: str) -> bool:
    return len(line.split()) <= 8 and not line.endswith((".", ",", ";")) and _title_case(line)


def _toc_line(line: str) -> bool:
    """ "Annex D - Prices" under "Annex C - Exclusions": a list of titles (contents, annexes), no body."""
    m = _NUMBERED.match(line.strip())
    return bool(m) and _short_title(m.group("rest").strip().lstrip("-\u2013\u2014:").strip())


_PLAIN_HEADING = re.compile(r"[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){1,7}\??")
_NOT_HEADINGS = ("dear ", "yours ", "kind regards", "best ", "regards", "sincerely", "many thanks", "thank you")


def _sentence_heading(line: str) -> bool:
    """A short sentence-case line with no closing mark but a question's ("What you will receive",
    "What happens if we're late?"): two to eight words of letters, one of them lower-case after the
    first. A name ("Ms Ada Achebe") or an address has none lower-case or has digits; a greeting or
    a sign-off is not a heading."""
    return (bool(_PLAIN_HEADING.fullmatch(line)) and any(w.islower() for w in line.split()[1:])
            and not line.lower().startswith(_NOT_HEADINGS))


def _title_case(title: str) -> bool:
    """A real title is Title Case or ALL CAPS, not the start of a sentence."""
    words = re.findall(r"[A-Za-z]+", title)
    words = [w for w in words if len(w) > 3] or words  # "Cap", "Fees", "IP" are titles too
    return bool(words) and sum(w[0].isupper() for w in words) >= max(1, len(words) - 1)


def _family(m: re.Match, last: dict[str, str]) -> tuple[str, str]:
    """(numbering family, value) of a match: "1.2" -> ("dec2", "1.2"), "(b)" -> ("(a)", "b")."""
    if m.group("kw"):
        return "kw:" + m.group("kw").strip().lower(), m.group("kwnum")
    if m.group("num"):
        return f"dec{m.group('num').count('.') + 1}", m.group("num")
    if m.group("ordinal"):
        return "ordinal", m.group("ordinal")
    if m.group("paren"):
        v = m.group("paren")[1:-1]
        if v.isdigit():
            return "(1)", v
        lower = v.islower()
        alpha, roman = ("(a)", "(i)") if lower else ("(A)", "(I)")
        if re.fullmatch(r"[ivxlIVXL]+", v):
            prev = last.get(alpha)
            if len(v) == 1 and prev is not None and prev.lower() == _ROMAN_AMBIGUOUS.get(v.lower()):
                return alpha, v  # "(i)" right after "(h)"
            if len(v) > 1 or prev is None or v.lower() in ("i", "v", "x"):
                return roman, v
        return alpha, v
    if m.group("letter"):
        v = m.group("letter")
        if v in "IVX" and last.get("A.", "") != chr(ord(v) - 1):
            return "I.", v
        return "A.", v
    return "I.", m.group("roman")


def _label(m: re.Match) -> str:
    if m.group("kw"):
        return f"{m.group('kw').strip().title()} {m.group('kwnum')}"
    if m.group("num"):
        return m.group("num")
    if m.group("ordinal"):
        return m.group("ordinal")
    if m.group("paren"):
        return m.group("paren")
    return (m.group("letter") or m.group("roman")) + "."


PLAIN_BODY_CHARS = 80  # the clause under a plain heading: a paragraph, not another short line


def _plain_heading(doc: Document, i: int) -> tuple[Section, str] | None:
    """An unnumbered sentence-case heading line ("What we need from you") over a paragraph: the way
    plain-language letters and terms head their clauses, which no numbering, capitals or bold mark."""
    block = doc.blocks[i]
    text = doc.block_text(block).strip()
    if "\n" in text or not _sentence_heading(text) or i + 1 >= len(doc.blocks):
        return None
    body = doc.blocks[i + 1]
    if body.kind == "table_cell" or body.end - body.start < PLAIN_BODY_CHARS:
        return None
    return Section(block.start, block.end, None, text, 1), "plain"


def _classify(block: Block, text: str, last: dict[str, str]) -> tuple[Section, str] | None:
    """A section start and its numbering family, or None for body text."""
    first = text.strip()
    if not any(c.isalnum() for c in first):
        return None  # a signature rule "_____", "* * *" or a blank line names no section
    m = _NUMBERED.match(first)
    if m:
        rest = m.group("rest")
        if m.group("num") and "." not in m.group("num") and len(m.group("num")) > 2 and not rest[:1].isupper():
            return None  # "100 days" is a sentence, not a heading
        if m.group("num") and "." not in first[:len(m.group(0)) - len(rest)] and _MONTH.match(rest):
            return None  # "14 March 2025" is a letter's date, not section 14
        if m.group("kw") and rest[:1].islower():
            return None  # "Section 5.2 shall survive..." is a sentence about a section
        family, value = _family(m, last)
        last[family] = value
        heading = _title_of(rest)
        if heading is None and 0 < block.bold_prefix < len(text):
            prefix = text[:block.bold_prefix].strip()
            pm = _NUMBERED.match(prefix)
            prefix = (pm.group("rest") if pm else prefix).strip()
            if prefix.endswith((".", ":")) and len(prefix.split()) <= 8:
                heading = prefix.rstrip(".:") or None
        return Section(block.start, block.end, _label(m), heading, 1), family
    if block.kind == "heading":
        style = (block.style or "").lower()
        level = int(style[-1]) if style[-1:].isdigit() else 0
        return Section(block.start, block.end, None, first.splitlines()[0].rstrip(".:"), 1), f"heading{level}"
    if "\n" not in first and len(first.split()) <= _MAX_HEADING_WORDS and (
        _is_caps_heading(first) or (block.bold and not first.endswith((".", ",", ";")))
    ):
        return Section(block.start, block.end, None, first.rstrip(".:"), 1), "caps"
    marked = _MARKDOWN_HEADING.fullmatch(first.split("\n", 1)[0].strip())  # over its body or alone
    heading = marked and (marked.group("h") or marked.group("b")).strip().rstrip(".:")
    if heading and len(heading.split()) <= _MAX_HEADING_WORDS:
        # "**What you'll get**" or "## Fees" in a plain-text or Markdown file: a heading by its markup
        return Section(block.start, block.end, None, heading, 1), "markdown"
    if 0 < block.bold_prefix < len(first):
        prefix = text[:block.bold_prefix].strip()
        if prefix.endswith((".", ":")) and len(prefix.split()) <= 8 and prefix[:1].isupper():
            return Section(block.start, block.end, None, prefix.rstrip(".:"), 1), "boldrun"
    return None


def classify(block: Block, text: str) -> Section | None:
    """A section start if the block opens with numbering or is a heading; None otherwise."""
    found = _classify(block, text, {})
    return found[0] if found else None


def segment(doc: Document) -> list[Section]:
    """Sections with spans that run to the next section of the same or a higher level.

    Also fills ``doc.defined_terms`` and ``doc.parties``.
    """
    starts: list[Section] = []
    stack: list[str] = []
    last: dict[str, str] = {}
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind in ("table_cell",) or block.style == "footnote":
            continue
        found = _classify(block, doc.block_text(block), last)
        if found is None:
            found = _plain_heading(doc, i)
        if found is None:
            continue
        s, family = found
        if family.startswith("kw:") and family[3:] in _TOP_KEYWORDS:
            stack = [family]  # a schedule or exhibit starts a new outermost part
        elif family in stack:
            del stack[stack.index(family) + 1:]
        elif family.startswith("dec") and any(f.startswith("dec") for f in stack):
            # "1.2" after "1." nests; "1." after "1.2.3" closes back to the shallower one
            depth = int(family[3:])
            keep = [i for i, f in enumerate(stack) if f.startswith("dec") and int(f[3:]) < depth]
            cut = keep[-1] + 1 if keep else next(i for i, f in enumerate(stack) if f.startswith("dec"))
            del stack[cut:]
            stack.append(family)
        elif family.startswith("heading") and any(f.startswith("heading") for f in stack):
            depth = int(family[7:])
            keep = [i for i, f in enumerate(stack) if f.startswith("heading") and int(f[7:]) < depth]
            cut = keep[-1] + 1 if keep else next(i for i, f in enumerate(stack) if f.startswith("heading"))
            del stack[cut:]
            stack.append(family)
        else:
            stack.append(family)
        s.level = len(stack)
        starts.append(s)
    for i, s in enumerate(starts):
        end = len(doc.text)
        for nxt in starts[i + 1:]:
            if nxt.level <= s.level:
                end = nxt.start
                break
        s.end = end
    doc.defined_terms = defined_terms(doc.text)
    doc.parties = parties(doc)
    return starts


# -- defined terms ---------------------------------------------------------------------------------
_Q_OPEN, _Q_CLOSE = "\"\u201c", "\"\u201d"
_TERM = r"[\"\u201c](?P<term>[A-Z0-9][^\"\u201c\u201d\n]{0,80}?)[\"\u201d]"
_MEANS = re.compile(
    _TERM + r"\s*(?:\([^()\n]{0,80}\)\s*)?[,:]?\s*(?:means|shall mean|will mean|has the meaning|shall have the meaning"
    r"|have the meaning|refers to|is defined|includes|shall include)\b")
_PAREN = re.compile(r"\((?P<body>[^()\n]{0,240})\)")
_PAREN_TERM = re.compile(_TERM)
_PAREN_FILLER = re.compile(
    r"\b(?:the|a|an|each|any|all|and|or|together|collectively|individually|hereinafter|herein|referred|to|as"
    r"|called|jointly|severally|its|their|this|such|respectively|also|known|being|with|in|each\s+a|separately)\b",
    re.IGNORECASE)


def defined_terms(text: str) -> list[DefinedTerm]:
    """Terms defined by "X" means ... and by parentheticals such as (the "Deliverables")."""
    found: dict[tuple[int, int], DefinedTerm] = {}
    for m in _MEANS.finditer(text):
        found[m.span("term")] = DefinedTerm(m.group("term").strip(), m.start("term"), m.end("term"), "means")
    for m in _PAREN.finditer(text):
        body = m.group("body")
        terms = list(_PAREN_TERM.finditer(body))
        if not terms:
            continue
        outside = _PAREN_TERM.sub(" ", body)
        outside = _PAREN_FILLER.sub(" ", outside)
        if len(re.sub(r"[\s,;:'\-]+", "", outside)) > 12:
            continue  # a parenthesis that quotes something, not one that defines a term
        base = m.start("body")
        for t in terms:
            span = (base + t.start("term"), base + t.end("term"))
            found.setdefault(span, DefinedTerm(t.group("term").strip(), span[0], span[1], "parenthetical"))
    return sorted(found.values(), key=lambda d: d.start)


# -- parties ---------------------------------------------------------------------------------------
PARTIES_WINDOW = 4000  # the parties block sits in the opening of the contract
_NOT_PARTIES = {"agreement", "effective date", "commencement date", "term", "services", "sow", "contract",
                "statement of work", "order", "order form", "msa", "master agreement", "deliverables",
                "work", "project", "parties", "party", "confidential information", "territory", "products"}
_BETWEEN = re.compile(r"\b(?:by and between|between|among|made by|entered into by|by and among)\b"
                      r"|^\s*(?:BETWEEN|PARTIES)\b", re.IGNORECASE | re.MULTILINE)
_PARTIES_END = re.compile(r"\b(?:WHEREAS|RECITALS?|BACKGROUND|AGREED TERMS|NOW,? THEREFORE|IT IS (?:HEREBY )?AGREED)\b"
                          r"|\bthe parties agree\b", re.IGNORECASE)
_NAME_CUT = re.compile(r"(?:,\s*(?:a|an|the|whose|with|having|located|organi[sz]ed|incorporated)\b|\s+(?:a|an)\s+"
                       r"(?:[A-Z][a-z]+\s+){0,3}(?:corporation|company|limited|partnership|llc)\b)")


def parties(doc: Document) -> list[Party]:
    """Names and aliases from the opening "between X ("Client") and Y ("Consultant")" block."""
    text = doc.text[:PARTIES_WINDOW]
    m = _BETWEEN.search(text)
    if not m:
        return []
    out: list[Party] = []
    region_end = min(len(text), m.end() + 1500)
    stop = _PARTIES_END.search(text, m.end(), region_end)
    if stop:
        region_end = stop.start()
    cursor = m.end()
    for pm in _PAREN.finditer(text, m.end(), region_end):
        terms = [t for t in _PAREN_TERM.finditer(pm.group("body"))]
        if not terms:
            continue
        alias = terms[-1].group("term").strip()
        if alias.lower() in _NOT_PARTIES:
            cursor = pm.end()
            continue
        chunk = text[cursor:pm.start()]
        # the name follows the last "and" / "between" / numbering before the parenthesis
        seps = list(re.finditer(r"(?:\band\b|\bbetween\b|\bamong\b|;|\n|\(\d\)|\b[0-9]\.)", chunk))
        s = cursor + (seps[-1].end() if seps else 0)
        name = text[s:pm.start()]
        cut = _NAME_CUT.search(name)
        if cut:
            name = name[:cut.start()]
        lead = len(name) - len(name.lstrip(" ,:\t\"'"))
        name = name.strip(" ,:\t\"'")
        if name and name[:1].isupper() and len(name) <= 120:
            out.append(Party(name, alias, s + lead, s + lead + len(name)))
        cursor = pm.end()
        if len(out) >= 6:
            break
    return out
