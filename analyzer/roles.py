"""Who is the provider and who is the client, from the parties block and defined terms.

Rules say ``{provider}`` and ``{client}``; this module turns those into the names the contract
actually uses ("Supplier", "Customer"), so one rule reads every drafting style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PROVIDER_TERMS = ("Service Provider", "Provider", "Consultant", "Contractor", "Vendor", "Supplier",
                  "Developer", "Agency Provider", "Licensor", "Seller", "Company Provider", "Freelancer",
                  "Offeror", "Quoter")
CLIENT_TERMS = ("Client", "Customer", "Company", "Buyer", "Purchaser", "Agency", "Licensee",
                "Government", "Owner", "Recipient", "Authority")

_DEFINED = re.compile(r"""\(\s*(?:the\s+|hereinafter\s+(?:called\s+|referred\s+to\s+as\s+)?)?["“”']+([A-Z][A-Za-z ]{1,30}?)["“”']+\s*\)""")
_PREAMBLE_CHARS = 4000


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


DEFAULT = Roles(PROVIDER_TERMS, CLIENT_TERMS, False)


def detect(text: str) -> Roles:
    """Roles from defined terms in the preamble, e.g. ("Supplier") ... ("Customer")."""
    head = text[:_PREAMBLE_CHARS]
    provider: list[str] = []
    client: list[str] = []
    for m in _DEFINED.finditer(head):
        term = m.group(1).strip()
        low = term.lower()
        if any(low == p.lower() for p in PROVIDER_TERMS) and term not in provider:
            provider.append(term)
        elif any(low == c.lower() for c in CLIENT_TERMS) and term not in client:
            client.append(term)
    if not provider or not client:
        # Look for bare role words used as parties ("Consultant shall ...") in the first pages.
        for term in PROVIDER_TERMS:
            if not provider and re.search(rf"\b{re.escape(term)}\b", head):
                provider.append(term)
        for term in CLIENT_TERMS:
            if not client and re.search(rf"\b{re.escape(term)}\b", head):
                client.append(term)
    if not provider or not client:
        return DEFAULT
    # "Company" is the client in a Contractor/Company contract but the provider elsewhere:
    # keep what the preamble said and add generic words so rules still read "the Service Provider".
    return Roles(tuple(provider) + ("Service Provider", "Provider"), tuple(client), True)
