"""Is this document one that leans on another agreement (an SOW, order form or task order), on terms
incorporated by reference, or on annexes and schedules that are not in the file?

Such documents usually leave liability, indemnities and IP to the master agreement they
incorporate. The review still judges only the text it was given, but it must say that the
"missing" protections may live in a document it never saw.
"""

from __future__ import annotations

import re

HEAD_CHARS = 4000
TITLE_LINES = 3  # the kind must be in the title: an MSA that mentions SOWs is not an SOW
_KIND = re.compile(r"\b(?:statement\s+of\s+work|SOW|order\s+form|task\s+order|work\s+order|purchase\s+order|"
                   r"call[- ]off\s+(?:contract|order)|project\s+order)\b", re.IGNORECASE)
_PARENT = re.compile(
    r"\b(?:incorporates?|governed\s+by|subject\s+to|issued\s+under|entered\s+into\s+under|made\s+under|"
    r"pursuant\s+to|forms?\s+part\s+of|under\s+the\s+terms\s+of)\b[^.\n]{0,100}?"
    r"\b(?:master|framework|(?:the|that)\s+agreement|MSA|general\s+terms|terms\s+and\s+conditions|"
    r"professional\s+services\s+agreement|services\s+agreement)\b", re.IGNORECASE)


# Sections a master agreement has: a file titled as an agreement, whose SOW or order-form cover comes
# first, carries the agreement's own terms when several of them follow (Common Paper's forms).
_MASTER_SECTIONS = re.compile(
    r"^[ \t]*(?:(?:section|article|clause)\s+)?(?:\d+(?:\.\d+)*\.?[ \t]+)?"
    r"(?P<kind>limitations?\s+(?:of|on)\s+liability|indemnif\w*|confidential\w*|governing\s+law|"
    r"warrant\w*|disclaimers?|term\s+and\s+termination|assignment)\b",
    re.IGNORECASE | re.MULTILINE)
MASTER_SECTIONS_NEEDED = 4


def _carries_master_terms(text: str) -> bool:
    kinds = {m.group("kind").lower()[:6] for m in _MASTER_SECTIONS.finditer(text)}
    return len(kinds) >= MASTER_SECTIONS_NEEDED


def incorporated_terms_note(text: str) -> str | None:
    """A warning for reports when the document says it sits under another agreement, else None
    (also None when the file carries that agreement's terms itself)."""
    title = "\n".join([ln for ln in text[:HEAD_CHARS].splitlines() if ln.strip()][:TITLE_LINES])
    kind = _KIND.search(title[:300])
    head = text[:HEAD_CHARS]
    parent = next((m for m in _PARENT.finditer(head) if not re.search(r"\bthis\b", m.group(0), re.I)
                   and not re.match(r"\s+of\s+this\b", head[m.end():], re.I)), None)
    if not (kind and parent):
        return None
    # a form titled as the agreement, with the SOW or order cover first and the terms after it
    if not _KIND.search(title.split("\n", 1)[0]) and _carries_master_terms(text):
        return None
    quote = " ".join(parent.group(0).split())[:90]
    return (f"This {kind.group(0).strip()} sits under another agreement (\"{quote}\"): protections reported "
            "missing here may be in that agreement, which this review did not read.")


_EXTERNAL = re.compile(
    r"\b(?:incorporated\s+(?:herein\s+|into\s+this\s+\w+\s+)?by\s+reference|incorporates?\s+by\s+reference|"
    r"(?:FAR|DFARS|GSAR|HHSAR)\s+(?:clause\s+)?\d{2}\.\d{3}-\d+)", re.IGNORECASE)


def external_terms_note(text: str) -> str | None:
    """A warning when the document pulls in terms by reference (e.g. FAR clauses) that are not in it."""
    from analyzer.matching.prefilter import searcher

    found = []
    for m in searcher(text).finditer(_EXTERNAL):  # _EXTERNAL.finditer(text), tried only where a match can start
        ref = " ".join(m.group(0).split())
        if ref.lower() not in (f.lower() for f in found):
            found.append(ref)
        if len(found) == 3:
            break
    if not found:
        return None
    return (f"The document relies on terms incorporated from elsewhere ({'; '.join(found)}): "
            "this review read only the text in the file, so protections in those terms are not seen.")


# "Annex 2", "Schedule B", "Attachment I", "Exhibit C", "Appendix 4"; not an EDGAR exhibit number
# ("Exhibit 10.1") and not a schedule of a statute ("Schedule 1 to the Data Protection Act 2018")
_ATTACHMENT_NAME = r"(?P<kind>Annex|Schedule|Attachment|Appendix|Exhibit)\s+(?P<id>[A-Z]|\d{1,2}|[IVX]{1,4})\b"
_ATTACHMENT = re.compile(
    rf"\b{_ATTACHMENT_NAME}(?!\.\d)"
    r"(?!\s+(?:to|of)\s+the\s+(?:[\w-]+\s+){0,4}(?:Act|Regulations?|Law|Code|Directive|Convention|Rules)\b)")
ATTACHMENTS_NAMED = 4  # how many missing attachments the note names


# a line that starts with an attachment's name: "ANNEX 2 - Fees", "## Schedule B", "| Appendix III |"
_ATTACHMENT_HEADING = re.compile(rf"^[ \t#*|>-]*{_ATTACHMENT_NAME}", re.IGNORECASE | re.MULTILINE)


def missing_attachments(text: str) -> list[str]:
    """Annexes, schedules, attachments, appendices and exhibits the text refers to but does not
    contain (no line of the file starts with their name): each kind in order of first mention, its
    labels in their own order ("Annex I, Annex II, Annex III")."""
    present = {(m.group("kind").lower(), m.group("id").lower()) for m in _ATTACHMENT_HEADING.finditer(text)}
    kinds: dict[str, list[str]] = {}
    for m in _ATTACHMENT.finditer(text):
        key = (m.group("kind").lower(), m.group("id").lower())
        labels = kinds.setdefault(m.group("kind"), [])
        if key not in present and m.group("id") not in labels:
            labels.append(m.group("id"))
    return [f"{kind} {ident}" for kind, ids in kinds.items() for ident in sorted(ids, key=_label_order)]


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _label_order(ident: str) -> tuple[int, int]:
    """Sort key of an attachment label: numbers, then roman numerals, then letters, each by value."""
    if ident.isdigit():
        return 0, int(ident)
    if set(ident) <= set(_ROMAN):
        values = [_ROMAN[c] for c in ident]
        return 1, sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return 2, ord(ident[0])


def unattached_note(text: str) -> str | None:
    """A warning when the contract points to annexes or schedules that are not in the file: the
    scope, fees or service levels they hold were not read, and may be missing from the deal."""
    missing = missing_attachments(text)
    if not missing:
        return None
    named = ", ".join(missing[:ATTACHMENTS_NAMED]) + (f" and {len(missing) - ATTACHMENTS_NAMED} more"
                                                      if len(missing) > ATTACHMENTS_NAMED else "")
    one = len(missing) == 1
    return (f"The document refers to {named}, which {'is' if one else 'are'} not in the file: "
            f"what {'it holds' if one else 'they hold'} (scope, fees, service levels) was not read; "
            f"ask for {'it' if one else 'them'} before signing.")
