"""Rebuild Word's automatic list numbers from numbering.xml, as the signer sees them ("12.3", "(b)").

python-docx gives paragraph text without its list number, yet contracts cite clauses by number.
Word's model: a paragraph points (directly or through its style) at a ``w:num``; the num points at
an ``w:abstractNum`` whose nine ``w:lvl`` levels carry a start value, a format (decimal,
lowerLetter, upperRoman, bullet...) and a template such as "%1.%2". Counters are shared by every
num of one abstract definition, except that a num with a ``w:lvlOverride`` starts its own list.
"""

from __future__ import annotations

from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9


def _val(el, default=None):
    if el is None:
        return default
    return el.get(f"{W}val", default)


def _int(el, default: int | None = None) -> int | None:
    v = _val(el)
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def _on(el) -> bool:
    return el is not None and _val(el, "true") not in ("0", "false", "off")


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False  # isLgl: show every level as decimal ("1.1" under "Article I")
    suffix: str = " "


def _parse_level(lvl) -> Level:
    text_el = lvl.find(f"{W}lvlText")
    suff = _val(lvl.find(f"{W}suff"), "tab")
    return Level(
        start=_int(lvl.find(f"{W}start"), 1),
        fmt=_val(lvl.find(f"{W}numFmt"), "decimal"),
        text=None if text_el is None else _val(text_el, ""),
        restart=_int(lvl.find(f"{W}lvlRestart")),
        legal=_on(lvl.find(f"{W}isLgl")),
        suffix="" if suff == "nothing" else " ",
    )


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... zz, then aaa."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n) if n > 0 else str(n)
    if fmt == "upperRoman":
        return roman(n).upper() if n > 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt == "none":
        return ""
    return str(n)  # decimal and every format we do not spell out


class Numbering:
    """Numbering definitions of one document plus the running counters, in reading order."""

    def __init__(self, numbering_el=None, styles_el=None):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.abstract_link: dict[str, str] = {}  # abstractNum with numStyleLink -> style id
        self.style_of_abstract: dict[str, str] = {}  # styleLink: style id -> abstractNum id
        self.nums: dict[str, tuple[str, dict[int, tuple[int | None, Level | None]]]] = {}
        self.style_numpr: dict[str, tuple[str | None, int | None]] = {}
        self.style_based_on: dict[str, str] = {}
        self.counters: dict[object, list[int | None]] = {}
        self.started_nums: set[str] = set()
        if numbering_el is not None:
            self._parse_numbering(numbering_el)
        if styles_el is not None:
            self._parse_styles(styles_el)

    def _parse_numbering(self, root) -> None:
        for an in root.iter(f"{W}abstractNum"):
            aid = an.get(f"{W}abstractNumId")
            self.abstract[aid] = {int(lvl.get(f"{W}ilvl", "0")): _parse_level(lvl) for lvl in an.findall(f"{W}lvl")}
            link = _val(an.find(f"{W}numStyleLink"))
            if link:
                self.abstract_link[aid] = link
            style_link = _val(an.find(f"{W}styleLink"))
            if style_link:
                self.style_of_abstract[style_link] = aid
        for num in root.iter(f"{W}num"):
            nid = num.get(f"{W}numId")
            aid = _val(num.find(f"{W}abstractNumId"))
            overrides = {}
            for ov in num.findall(f"{W}lvlOverride"):
                ilvl = int(ov.get(f"{W}ilvl", "0"))
                lvl = ov.find(f"{W}lvl")
                overrides[ilvl] = (_int(ov.find(f"{W}startOverride")), _parse_level(lvl) if lvl is not None else None)
            self.nums[nid] = (aid, overrides)

    def _parse_styles(self, root) -> None:
        for st in root.iter(f"{W}style"):
            sid = st.get(f"{W}styleId")
            based = _val(st.find(f"{W}basedOn"))
            if based:
                self.style_based_on[sid] = based
            numpr = st.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                self.style_numpr[sid] = (_val(numpr.find(f"{W}numId")), _int(numpr.find(f"{W}ilvl")))

    def _levels(self, aid: str | None, depth: int = 0) -> dict[int, Level]:
        if aid is None:
            return {}
        levels = self.abstract.get(aid, {})
        if not levels and aid in self.abstract_link and depth < 5:
            # numStyleLink: the definition lives in the abstractNum linked to a numbering style
            style = self.abstract_link[aid]
            target = self.style_of_abstract.get(style)
            if target is None and style in self.style_numpr:
                nid = self.style_numpr[style][0]
                target = self.nums.get(nid, (None, {}))[0]
            if target and target != aid:
                return self._levels(target, depth + 1)
        return levels

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = 0
        while style_id and seen < 20:
            if style_id in self.style_numpr:
                return self.style_numpr[style_id]
            style_id = self.style_based_on.get(style_id)
            seen += 1
        return None, None

    def label(self, ppr, style_id: str | None) -> tuple[str, str] | None:
        """(label, separator) for a paragraph, advancing the counters; None when not numbered."""
        num_id = ilvl = None
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr.find(f"{W}numId"))
            ilvl = _int(numpr.find(f"{W}ilvl"))
        if num_id is None:
            s_num, s_ilvl = self._style_numpr(style_id)
            num_id = s_num
            ilvl = s_ilvl if ilvl is None else ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        ilvl = min(max(ilvl or 0, 0), LEVELS - 1)
        aid, overrides = self.nums[num_id]
        levels = dict(self._levels(aid))
        for i, (_, lvl) in overrides.items():
            if lvl is not None:
                levels[i] = lvl
        level = levels.get(ilvl, Level())
        key: object = ("num", num_id) if overrides else aid
        counters = self.counters.setdefault(key, [None] * LEVELS)
        if overrides and num_id not in self.started_nums:
            self.started_nums.add(num_id)
            for i, (start, _) in overrides.items():
                if start is not None and 0 <= i < LEVELS:
                    counters[i] = None
        start_of = {i: (overrides.get(i, (None, None))[0] if overrides.get(i, (None, None))[0] is not None
                        else levels.get(i, Level()).start) for i in range(LEVELS)}
        counters[ilvl] = start_of[ilvl] if counters[ilvl] is None else counters[ilvl] + 1
        for j in range(ilvl + 1, LEVELS):
            restart = levels.get(j, Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                counters[j] = None
        if level.fmt == "bullet":
            return "•", " "
        template = level.text if level.text is not None else f"%{ilvl + 1}."
        out = template
        for i in range(LEVELS):
            token = f"%{i + 1}"
            if token in out:
                value = counters[i] if counters[i] is not None else start_of[i]
                fmt = "decimal" if (level.legal and i < ilvl) else levels.get(i, Level()).fmt
                out = out.replace(token, format_number(value, fmt))
        out = out.strip()
        return (out, level.suffix) if out else None
