"""Numbers and durations as contracts write them: "thirty (30) days", "72 hours", "five Business Days"."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_WORD = "|".join(sorted(list(_UNITS) + list(_TENS) + ["hundred", "a", "an"], key=len, reverse=True))
# a number word starts a word: "than ninety days" is ninety days, not "an ninety"
# "1x24 hours", "2 × 24 hours": Indonesian drafting counts hours in days of 24 ("1x24 jam")
_TIMES = r"\d{1,2}\s*[x×]\s*24\b(?=\s*(?:\([^()]{1,40}\)\s*)?hours?\b)"
NUMBER_RE = rf"(?:{_TIMES}|\d[\d,]*(?:\.\d+)?|\b(?:(?:{_WORD})(?:[\s-]+(?:{_WORD}|and))*)(?:\s*\(\s*\d[\d,]*\s*\))?)"
_UNIT_RE = r"(?:business\s+days?|working\s+days?|calendar\s+days?|days?|hours?|weeks?|months?|years?)"
# the number again in brackets, in digits ("thirty (30) days") or in words ("15 (fifteen) days")
_AGAIN = rf"(?:\(\s*(?:(?P<d>\d+)|(?:{_WORD})(?:[\s-]+(?:{_WORD}|and|times))*)\s*\)\s*)?"
DURATION_RE = rf"{NUMBER_RE}\s*{_AGAIN.replace('?P<d>', '')}{_UNIT_RE}"
_DURATION = re.compile(rf"(?P<n>{NUMBER_RE})\s*{_AGAIN}(?P<u>{_UNIT_RE})", re.I)
_HOURS = {"hour": 1, "day": 24, "business day": 36, "working day": 36, "calendar day": 24, "week": 168,
          "month": 730, "year": 8760}


def to_number(text: str) -> float | None:
    """ "thirty (30)" -> 30, "forty-five" -> 45, "1,000" -> 1000, "a" -> 1, "2x24" -> 48."""
    text = text.strip().lower()
    times = re.match(r"(\d{1,2})\s*[x×]\s*24\b", text)
    if times:
        return float(times.group(1)) * 24
    paren = re.search(r"\(\s*(\d[\d,]*)\s*\)", text)
    if paren:
        return float(paren.group(1).replace(",", ""))
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", text)
    if digits:
        return float(digits.group(0).replace(",", ""))
    total = 0
    seen = False
    for w in re.split(r"[\s-]+", text):
        if w in _UNITS:
            total += _UNITS[w]
            seen = True
        elif w in _TENS:
            total += _TENS[w]
            seen = True
        elif w == "hundred":
            total = max(total, 1) * 100
            seen = True
        elif w in ("a", "an"):
            total += 1
            seen = True
    return float(total) if seen else None


def durations(text: str) -> list[float]:
    """Every duration in text, in hours (a business day counts 36 h: it is longer than a calendar day)."""
    out = []
    for m in _DURATION.finditer(text):
        n = float(m.group("d")) if m.group("d") else to_number(m.group("n"))
        if n is None:
            continue
        unit = " ".join(m.group("u").lower().split()).rstrip("s")
        out.append(n * _HOURS.get(unit, 24))
    return out


def duration_in(text: str, unit: str) -> float | None:
    found = durations(text)
    if not found:
        return None
    return found[0] / (24 if unit == "days" else 1)


_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "£": "GBP", "gbp": "GBP", "pounds": "GBP",
             "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
             "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD",
             "hk$": "HKD", "hkd": "HKD", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "rupees": "INR",
             "chf": "CHF", "zar": "ZAR", "r": "ZAR", "rand": "ZAR", "¥": "JPY", "jpy": "JPY"}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# A currency written before the amount: symbols, ISO codes, "Rs." (the longer forms first).
CURRENCY_RE = (r"(?:US\$|C\$|CA\$|A\$|AU\$|NZ\$|S\$|HK\$|\$|£|€|₹|¥|\bRs\.?|\b(?:USD|CAD|AUD|NZD|SGD|HKD|GBP|EUR|INR|CHF|ZAR|JPY)(?![A-Za-z]))")
# An amount: thousands by commas (1,284,000), Indian lakh grouping (38,50,000), dots with a decimal
# comma or two dots (120.000,00; 1.200.000) or spaces (150 000); else plain digits (0.0001; 1.500 is 1.5).
_DOT_THOUSANDS = r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?|\d{1,3}\.\d{3},\d{1,2}"
_AMOUNT = (rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?|{_DOT_THOUSANDS}"
           r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:\.\d+)?")
_SCALE_RE = r"k|m|mm|bn|thousand|million|billion|lakhs?|crores?"
MONEY_RE = (rf"(?:(?P<c1>{CURRENCY_RE}|\bR(?=\s?\d{{1,3}}[ ,]\d{{3}}))\s?(?P<n1>{_AMOUNT})(?:\s*(?P<s1>{_SCALE_RE})\b)?"
            rf"|(?P<n2>{_AMOUNT})\s*(?P<s2>thousand|million|billion|lakhs?|crores?)?\s*"
            r"(?P<c2>USD|GBP|EUR|CAD|AUD|NZD|SGD|HKD|INR|CHF|ZAR|JPY|dollars|pounds|euros?|rupees|rand)\b)")
_MONEY = re.compile(MONEY_RE, re.I)


def _amount_value(num: str) -> float:
    """The value of an amount as _AMOUNT reads it ("120.000,00" -> 120000.0, "38,50,000" -> 3850000.0)."""
    num = num.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(_DOT_THOUSANDS, num):
        return float(num.replace(".", "").replace(",", "."))
    if " " in num:
        return float(num.replace(" ", "").replace(",", "."))
    return float(num.replace(",", ""))


def amounts(text: str) -> list[tuple[str, float, int, int]]:
    """Every sum of money: (currency, amount, start, end); "£2m" -> ("GBP", 2000000.0, ...)."""
    out = []
    for m in _MONEY.finditer(text):
        cur = (m.group("c1") or m.group("c2")).lower()
        scale = (m.group("s1") or m.group("s2") or "").lower()
        try:
            value = _amount_value(m.group("n1") or m.group("n2")) * _SCALE.get(scale, 1)
        except ValueError:
            continue
        out.append((_CURRENCY.get(cur, cur.upper()), value, m.start(), m.end()))
    return out


def first_duration(text: str) -> tuple[float, str] | None:
    """The first duration as written: "five (5) Business Days" -> (5.0, "business day")."""
    for m in _DURATION.finditer(text):
        n = float(m.group("d")) if m.group("d") else to_number(m.group("n"))
        if n is not None:
            return n, " ".join(m.group("u").lower().split()).rstrip("s")
    return None
