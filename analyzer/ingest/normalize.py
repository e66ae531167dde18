"""Character clean-up shared by the DOCX and PDF readers.

Every replacement maps one character to one string *before* the text is assembled, so offsets into
``Document.text`` always agree with the text we quote. Straight quotes matter: defined-term and
party patterns are written with them, and the lawyers' TXT uses them too.
"""

from __future__ import annotations

# U+FFFE is pdfium's mark for a hyphen it removed at a line end; U+00AD is a soft hyphen.
_TRANSLATE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\t": " ", "\u00ad": None, "\ufffe": None, "\u200b": None, "\u200c": None, "\u200d": None,
    "\ufeff": None, "\x00": None,
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
    "\ufb06": "st",
})


def clean(text: str) -> str:
    """Quotes straightened, odd spaces made plain, soft hyphens and ligatures resolved."""
    return text.translate(_TRANSLATE)


