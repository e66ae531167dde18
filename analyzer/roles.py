"""Who is the provider and who is the client, from the parties block and defined terms.

Rules say ``{provider}`` and ``{client}``; this module turns those into the names the contract
actually uses ("Supplier", "Customer"), so one rule reads every drafting style. It also reads the
parties' legal names ("Northgate Systems Limited ("Supplier")") for the key-terms block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from analyzer.matching.prefilter import searcher

PROVIDER_TERMS = ("Service Provider", "Provider", "Consultant", "Contractor", "Vendor", "Supplier",
                  "Developer", "Licensor", "Seller", "Freelancer", "Offeror", "Quoter", "Agency Provider",
                  "Subcontractor", "Servicer", "Processor", "Subrecipient", "Sub-recipient", "Tester", "Prestador",
                  "Party B",  # in Chinese contracts Party B (yifang) serves Party A (jiafang)
                  "Executor", "Performer",  # the Ispolnitel of Russian-tradition contracts, in translation
                  "Contracted Party")  # the contratada of Brazilian contracts, opposite the Contracting Party
CLIENT_TERMS = ("Client", "Customer", "Company", "Buyer", "Purchaser", "Agency", "Licensee",
                "Government", "Owner", "Authority", "Employer", "Principal", "Controller", "Prime Recipient", "Principal Recipient",
                "Orderer", "Ordering Party", "End Customer", "School", "University", "Hospital", "Reseller",
                "Procuring Entity", "Party A", "Trust", "Contracting Authority", "Contracting Entity")
# Words whose role depends on the counterpart: "Company" is the client of a Contractor but the
# provider when the other side is the Client or Customer.
AMBIGUOUS = {"company": {"client", "customer", "buyer", "purchaser", "licensee"},
             "agency": {"client", "customer"},
             "reseller": {"end customer", "customer", "client"}}  # resells a product, or serves an end customer
GENERIC_PROVIDER = ("Service Provider", "Provider")

_Q_OPEN = "\"“”'‘"
# ("the Bank", which expression shall where the context so admits include its successors): the
# successors-and-assigns rider of Commonwealth and Indian drafting may close the definition
_DEFINED = re.compile(
    r"""\(\s*(?:each\s+|individually\s+)?(?:the\s+|a\s+|an\s+|(?i:hereinafter)\s+(?:called\s+|referred\s+to\s+as\s+)?|(?i:referred)\s+to\s+(?:herein\s+)?as\s+)?(?:the\s+)?["“”'‘]+(?:the\s+)?(?P<term>[A-Z][A-Za-z&.\- ]{0,40}?|we|you)["“”'’]+(?P<aliases>(?:\s*(?:,|or|and)\s*(?:the\s+)?["“”'‘][A-Za-z ]{1,20}["“”'’])*)(?:\s*,?\s*which\s+expression\b[^()]{0,200})?\s*\)""")
# The same without brackets, as many translated contracts write it: '..., represented by its
# Director, hereinafter called the "Employer", of the one part'
# ('..., hereinafter "THE PROVIDER"; and ...') and, unquoted in capitals, '..., who for the purposes of this
# contract shall be called THE CONTRACTOR, have agreed ...'.
_DEFINED_BARE = re.compile(
    r"""\b(?i:hereinafter)\s+(?:(?:called|referred\s+to\s+as|named|designated\s+as|known\s+as)\s+)?(?i:the\s+)?["“”'‘]+(?i:the\s+)?(?P<term>[A-Z][A-Za-z&.\- ]{0,40}?)["“”'’]+(?P<aliases>)(?=\s*[,.;)]|\s+(?:of|and)\b)"""
    r"""|\b(?:shall|will)\s+be\s+(?:hereinafter\s+)?(?:called|referred\s+to\s+as|designated(?:\s+as)?|named|known\s+as)\s+(?:THE\s+)?(?P<caps>[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})(?=\s*[,.;)]|\s+(?:of|and)\b)""")
_ALIAS = re.compile(r"""["“”'‘](?:the\s+)?([A-Za-z][A-Za-z ]{0,19}?)["“”'’]""")  # each of (the "State" or the "Agency")
_PREAMBLE_CHARS = 4000
_LABEL_ROW_CHARS = 1500  # party label rows sit at the top of an order form or a letter
_COUNTERPART_CHARS = 600  # how far apart two parties' definitions in one parties block may be
_NUMBERING = re.compile(r"^\s*(?:\(\d\)|\d\.)?\s*(?:the\s+|THE\s+)?")  # "(2) " before the second party
_AND_NEXT = re.compile(r"""["”’']*\s*\)\s*[;,]?\s*(?:and|AND)\b""")  # after the first side's defined term
_NAME_START = re.compile(r"(?:\bbetween\b|\band\b|\bby\b|\bwith\b|\bamong\b|;|:|\n|^)\s*", re.I)
_ROLE_VERBS = {
    "provider": re.compile(r"\s+(?:shall|will|agrees\s+to|must)\s+(?:\w+\s+)?(?:provide|perform|deliver|supply|develop|render)\b", re.I),
    "client": re.compile(r"\s+(?:shall|will|agrees\s+to|must)\s+(?:\w+\s+)?(?:pay|compensate|reimburse)\b", re.I),
}
# The same, as plain-English drafting writes it ("Acme invoices monthly", "Beta pays each invoice")
# and from the other side ("Beta will pay Acme": Acme is paid; "Acme invoices Beta": Beta pays).
# Read only as a last resort, when neither defined terms nor role words tell the sides apart.
_PLAIN_VERBS = {
    "provider": (re.compile(r"\s+(?:provides|performs|delivers|supplies|develops|invoices|hands\s+over)\b", re.I),
                 re.compile(r"\b(?:pay|pays|paid\s+to|compensate|reimburse)\s+$", re.I)),
    "client": (re.compile(r"\s+(?:pays|has\s+paid|reimburses|compensates)\b", re.I),
               re.compile(r"\b(?:invoice|invoices|bill|bills)\s+$", re.I)),
}


@dataclass(frozen=True)
class Roles:
    provider: tuple[str, ...]
    client: tuple[str, ...]
    detected: bool  # False when the defaults were used

    def to_dict(self) -> dict:
        return {"provider": list(self.provider), "client": list(self.client), "detected": self.detected}

    def alternation(self, which: str) -> str:
        names = self.provider if which == "provider" else self.client
        return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Party:
    """One contracting party as the preamble defines it."""

    name: str | None  # legal name, when the preamble gives one
    term: str  # the defined term the contract uses ("Supplier", "Acme")
    role: str | None  # "provider", "client" or None when it cannot be told
    start: int  # offsets of the defined term's mention in the text
    end: int
    aliases: tuple[str, ...] = ()  # other names defined with it: (the "State" or the "Agency")

    def to_dict(self) -> dict:
        return {"name": self.name, "term": self.term, "role": self.role, "start": self.start, "end": self.end}


DEFAULT = Roles(PROVIDER_TERMS, CLIENT_TERMS, False)


PLAIN = {"we": "provider", "you": "client"}  # plain-English terms: "we" do the work, "you" pay


def _role_of(term: str) -> str | None:
    low = term.lower()
    if low in PLAIN:
        return PLAIN[low]
    if any(low == p.lower() for p in PROVIDER_TERMS):
        return "provider"
    if any(low == c.lower() for c in CLIENT_TERMS):
        return "client"
    return None


_SUFFIX = re.compile(r"\b(?:Ltd|Limited|LLC|L\.L\.C|Inc|Incorporated|Corp|Corporation|Co|plc|PLC|LLP|LP|GmbH|AG|SA|S\.A|BV|B\.V|NV|DAC|Pty|SAS|SARL|AB|Oy|KK|Company"
                     r"|S\.A\.S|S\.R\.L|SRL|S\.A\.E|SAE|S\.p\.A|SpA|Ltda|Lda|d\.o\.o|s\.r\.o|Kft|Zrt|JSC|ApS"
                     r"|LTD|LIMITED|INC|INCORPORATED|CORP|CORPORATION|COMPANY)\b\.?$"
                     r"|^(?:PT|CV)\.?\s+[A-Z]")  # Indonesian company forms stand before the name: "PT Lintas Guna"
_NAME = re.compile(r"(?:\b(?i:between|and|by|with|among|on\s+behalf\s+of)|^|\n|\(\w{1,3}\))\s+(?:the\s+)?(?P<n>[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9&][\w&.'’-]*|of|and|de|the|for|d\.o\.o\.|s\.r\.o\.|a\.s\.|d\.d\.|sp\.\s?z\s?o\.o\.))*(?:,\s*(?:Inc|LLC|Ltd|L\.L\.C|Corp|LLP|L\.P)\.?)?)\s*(?=,|\(|$)")


_LEAD_WORD = re.compile(r"^(?:(?:BETWEEN|AND|BY|WITH|AMONG|\(?\d{1,2}[.)])\s+)+")  # "BETWEEN\n\nACME PLC", "1. ACME PLC"
_NAME_WINDOW = 400  # how far before its defined term a party's name may stand


def _legal_name(text: str, paren: int, floor: int = 0) -> str | None:
    """The party's name written before its defined term: 'between Acme Ltd, a company ... ("Supplier")'.
    The nearest name with a company suffix wins; else the nearest capitalised name after 'between'/'and'."""
    window = text[max(0, floor, paren - _NAME_WINDOW):paren]
    names = [m.group("n").strip() for m in _NAME.finditer(window)]
    names = [n for n in names if 1 < len(n) <= 120 and len(n.split()) <= 10]
    if not names:
        return None
    names = [_LEAD_WORD.sub("", " ".join(n.split())) for n in names]
    with_suffix = [n for n in names if _SUFFIX.search(n)]
    return (with_suffix or names)[-1]


def parties(text: str) -> list[Party]:
    """Parties defined in the preamble, each with its defined term, legal name and role."""
    return list(_parties(text))


# the parties themselves, not "the Disclosing Party"; "the Contracting Party" is the client of "the Contractor" in
# translations of Spanish and Portuguese contracts (la parte contratante / el contratista)
_ORDINAL_PARTIES = ("first party", "second party", "contracting party", "contracted party")


def _term_group(m: re.Match) -> str:
    """The group that holds a definition's term: quoted, or bare capitals ("shall be called THE CONTRACTOR")."""
    return "term" if m.group("term") is not None else "caps"


def _definitions(head: str) -> list[re.Match]:
    """Defined terms of the preamble in text order, bracketed or not."""
    found = list(_DEFINED.finditer(head))
    spans = [(m.start(), m.end()) for m in found]
    found += [m for m in _DEFINED_BARE.finditer(head) if not any(a <= m.start() < b for a, b in spans)]
    return sorted(found, key=lambda m: m.start())


@lru_cache(maxsize=2)
def _parties(text: str) -> tuple[Party, ...]:
    """parties(), read once per text: a review asks twice (roles, then key terms)."""
    head = text[:_PREAMBLE_CHARS]
    found: list[Party] = []
    unsure: list[Party] = []  # named, but with no company suffix: a party only if the other side is missing
    seen: set[str] = set()
    floor = 0
    for m in _definitions(head):
        term = " ".join((m.group("term") or m.group("caps")).split())
        low = term.lower()
        prev, floor = floor, m.end()
        if low in seen or low in ("agreement", "effective date", "services", "sow") or (
                low.endswith(("party", "parties")) and low not in _ORDINAL_PARTIES):
            continue
        aliases = tuple(a for a in _ALIAS.findall(m.group("aliases") or "")
                        if a.lower() != low and (a[0].isupper() or a in PLAIN))  # not "us", "our"
        role = _role_of(term) or next((r for r in map(_role_of, aliases) if r), None)
        name = _legal_name(head, m.start(), prev)
        if role is None and low not in _ORDINAL_PARTIES and (name is None or not _SUFFIX.search(name)):
            if name is not None:
                unsure.append(Party(name, term, None, *m.span(_term_group(m)), aliases))
            continue  # a defined term that is not a party ("Confidential Information")
        seen.add(low)
        found.append(Party(name, term, role, *m.span(_term_group(m)), aliases))
    if len(found) < 2:
        found += [p for p in _label_rows(head) if p.term.lower() not in seen]
    return tuple(_pair(_resolve(_with_counterpart(found, unsure, head), text)))


# "Agency: Northgate Resourcing Ltd" / "Customer | Harlow & Vine LLP": an order form's or a letter
# head's party rows, a role word as the label and a name as the value.
_LABEL_ROW = re.compile(r"^[ \t]*(?P<term>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+| [AB](?=[ \t]*[:|(]))?)"
                        r"(?:[ \t]*\([^()\n]{2,40}\))?[ \t]*[:|][ \t]*(?P<name>[A-Z0-9][^\n|,(]{2,120})",
                        re.MULTILINE)  # "PARTY A (Service User): SONG LAM LOGISTICS JSC" names Party A
_LETTER_PARTY = re.compile(r"party [ab]")


def _label_rows(head: str) -> list[Party]:
    """Parties named by label rows near the top, used when the preamble defines fewer than two;
    only role words count as labels, and only while both sides are named that way."""
    rows = [(m, _role_of(m.group("term"))) for m in _LABEL_ROW.finditer(head, 0, _LABEL_ROW_CHARS)]
    rows = [(m, r) for m, r in rows if (r is not None or m.group("term").lower() in AMBIGUOUS
                                        or m.group("term").lower() in _ORDINAL_PARTIES)  # "First Party: X"
            and (not m.group("term").isupper() or _LETTER_PARTY.fullmatch(m.group("term").lower())
                 or m.group("term").lower() in _ORDINAL_PARTIES)]
    # "CONTRACTOR:" on a government cover sheet: its role words say more; but "PARTY A" is the term
    out, seen = [], set()
    for m, role in rows:
        term = m.group("term")
        if term.lower() not in seen:
            seen.add(term.lower())
            out.append(Party(" ".join(m.group("name").split()), term, role, m.start("term"), m.end("term")))
    return out if len(out) == 2 else []


def _with_counterpart(found: list[Party], unsure: list[Party], text: str) -> list[Party]:
    """A parties block of two where one side is a role word ("the Developer") and the other a
    name that is neither a role word nor a company ("the University", "the Trust"): the named side
    is the other role. Only the nearest such name next to the role word's definition counts."""
    roles = {p.role for p in found}
    if len(found) != 1 or None in roles or not unsure:
        return found
    (known,) = found
    near = [p for p in unsure if abs(p.start - known.start) <= _COUNTERPART_CHARS]
    if not near:
        return found
    other = min(near, key=lambda p: abs(p.start - known.start))
    first, second = sorted((known, other), key=lambda p: p.start)
    joined = _AND_NEXT.match(text, first.end)
    lead = _NUMBERING.sub("", text[joined.end():joined.end() + 80]) if joined else ""
    if not joined or (second.name and not lead.startswith(second.name.split()[0])):
        return found  # not the two sides of one parties block: 'X (the "A"); and Y (the "B")'
    # (a second name the reader could not take apart, 'SIA "Perkons Digital", ...', is taken on the word
    # "and" that joins the two definitions)
    return _opposite(known, other)


def _pair(found: list[Party]) -> list[Party]:
    """Two companies define themselves and the role of one is known (a role word, "the Contractor",
    or what it does): the other ("the Bank", "the FIRST PARTY") is its counterpart."""
    if len(found) != 2 or sum(p.role is None for p in found) != 1:
        return found
    known, other = sorted(found, key=lambda p: p.role is None)
    if abs(other.start - known.start) > _COUNTERPART_CHARS:
        return found
    return _opposite(known, other)


def _opposite(known: Party, other: Party) -> list[Party]:
    """The two parties in text order, other given the role opposite known's."""
    other = replace(other, role="client" if known.role == "provider" else "provider")
    return sorted([known, other], key=lambda p: p.start)


def _resolve(found: list[Party], text: str) -> list[Party]:
    """Settle ambiguous words ("Company") by their counterpart, and alias names by what they do."""
    terms = {p.term.lower() for p in found}
    out = []
    for p in found:
        role = p.role
        low = p.term.lower()
        if low in AMBIGUOUS and terms & AMBIGUOUS[low]:
            role = "provider"
        if role is None:
            # how often the term is followed by a provider's or a client's verb (re.findall over the
            # text, tried only where the term occurs: prefilter.Searcher.finditer)
            counts = {r: len(searcher(text).finditer(re.compile(re.escape(p.term) + rx.pattern, re.I)))
                      for r, rx in _ROLE_VERBS.items()}
            if counts["provider"] != counts["client"]:
                role = max(counts, key=counts.get)
        out.append(replace(p, role=role))
    return out


_PLAIN_USES = 3  # how often "we" and "you" must each commit to something to stand for the parties
_WE = re.compile(r"\b[Ww]e(?:['’]ll\b|\s+(?:will|shall|must|agree|undertake|won['’]t|do\s+not|don['’]t|cannot|can['’]t)\b)")
_YOU = re.compile(r"\b[Yy]ou(?:['’]ll\b|\s+(?:will|shall|must|agree|undertake|won['’]t|do\s+not|don['’]t|cannot|can['’]t|pay)\b)")


def _plain_role(term: str, text: str) -> str | None:
    """The role plain-English drafting gives the term by what it does ("Acme invoices monthly",
    "Beta will pay Acme"), or None when that does not tell."""
    counts = {"provider": 0, "client": 0}
    for m in re.finditer(re.escape(term) + r"(?!\w)", text):
        for role, (after, before) in _PLAIN_VERBS.items():
            if after.match(text, m.end()) or before.search(text, max(0, m.start() - 20), m.start()):
                counts[role] += 1
    if counts["provider"] == counts["client"]:
        return None
    return max(counts, key=counts.get)


def _sides(found, role_of) -> tuple[list[str], list[str]]:
    """The provider's and the client's names (each party's term and aliases), by role_of(party)."""
    provider: list[str] = []
    client: list[str] = []
    for p in found:
        role = role_of(p)
        bucket = provider if role == "provider" else client if role == "client" else None
        for term in (p.term, *p.aliases) if bucket is not None else ():
            if term not in bucket:
                bucket.append(term)
    return provider, client


def detect(text: str) -> Roles:
    """Roles from defined terms in the preamble, e.g. ("Supplier") ... ("Customer")."""
    provider, client = _sides(parties(text), lambda p: p.role)
    head = text[:_PREAMBLE_CHARS]
    if not provider or not client:
        # Bare role words used as parties ("Consultant shall ...") in the first pages.
        for term in PROVIDER_TERMS:
            if not provider and re.search(rf"\b{re.escape(term)}\b", head):
                provider.append(term)
        for term in CLIENT_TERMS:
            if not client and term not in provider and re.search(rf"\b{re.escape(term)}\b", head):
                client.append(term)
    if not provider or not client:
        # short names and no role word to fall back on: what each party does, in plain English
        provider, client = _sides(parties(text), lambda p: p.role or _plain_role(p.term, text))
        if not provider or not client:
            if len(_WE.findall(text)) >= _PLAIN_USES and len(_YOU.findall(text)) >= _PLAIN_USES:
                # a letter or plain-English terms with no parties block: "we will ...", "you will ..."
                return Roles(("we",) + GENERIC_PROVIDER, ("you",), True)
            return DEFAULT
    # Keep what the preamble said and add generic words so rules still read "the Service Provider".
    extra = tuple(g for g in GENERIC_PROVIDER if g not in provider and g not in client)
    return Roles(tuple(provider) + extra, tuple(client), True)
