"""Present / weak / missing decisions: hits in, findings out."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from analyzer.definitions import definitions_used
from analyzer.doctype import external_terms_note, incorporated_terms_note, unattached_note
from analyzer.document import Document
from analyzer.findings import Evidence, Finding, Review, Severity, Status
from analyzer.matching import Hit
from analyzer.matching.candidates import Prepared, hits_for, prepare
from analyzer.matching.compiled import CompiledRule, compile_rules
from analyzer.matching.units import is_heading_line, unit_at
from analyzer.numbers import durations, to_number
from analyzer.quoting import grow, neighbours, topic_rx
from analyzer.roles import Roles, detect
from analyzer.rules import Rule, builtin_rules

MAX_EVIDENCE = 8  # clauses read together for the present / weak call
EVIDENCE_MARGIN = 0.25  # other blocks count for the call when their score is this close to the best one
MAX_CITED = 12  # every distinct place the rule matched is cited, up to this many per finding
MAX_LIST_ITEMS = 15
LIST_ITEM_RE = re.compile(r"^(?:[-*•▪–]\s|\(?[a-z0-9]{1,3}[.)]\s|[ivx]{1,4}[.)]\s)", re.IGNORECASE)
WHOLE_BLOCK_CHARS = 700  # quote the whole paragraph when it is this short, else the sentence(s)
CLAUSE_CHARS = 1500  # inside a longer paragraph, quote the sub-clause around the sentence when it is this short
# Where a sub-clause starts inside a long paragraph: a line break, a run of 3+ spaces (how plain-text
# exports mark paragraphs) or, after a sentence ends, numbering such as "(b)", "3.5", "Section 7.4".
SUBCLAUSE_BREAK = re.compile(
    r"\n|[ \t\u00a0]{3,}"
    r"|(?<=[.;:])\s+(?=(?:\([a-zA-Z0-9]{1,4}\)|[a-z]{1,3}\)|\d{1,3}\.(?:\d{1,3}\.?)*|[A-Z]\."
    r"|(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+[\dIVX][\dIVX.]*)\s)")
# A sentence that opens like this carries on the one before it ("Such audit shall occur once a year").
CONTINUES_RE = re.compile(
    r"^[\"“(]?(?:such|any\s+such|each\s+such|all\s+such|the\s+foregoing|notwithstanding\s+the\s+foregoing|"
    r"th(?:is|ese|at|ose)\s+(?!agreement\b)\w+\s+(?:shall|will|may|must|is|are)|thereafter|provided|"
    r"in\s+(?:such|that|either|any)\s+(?:event|case)|in\s+addition|(?:further(?:more)?|moreover|however)(?=,)|"
    r"for\s+the\s+avoidance)\b", re.IGNORECASE)
# A sentence that opens like this means nothing without the one before it: quoted, it brings that one.
REFERS_BACK_RE = re.compile(
    r"^[\"“(]?(?:such|any\s+such|each\s+such|all\s+such|"
    r"th(?:is|ese|at|ose)\s+(?!agreement\b)\w+\s+(?:shall|will|may|must|is|are))\b", re.IGNORECASE)
PERSPECTIVES = ("provider", "client")


def _section_label(doc: Document, offset: int) -> str | None:
    chain = doc.enclosing_sections(offset)
    if not chain:
        return None
    inner = chain[-1]
    heading = next((s.heading for s in reversed(chain) if s.heading), None)
    number = inner.number or next((s.number for s in reversed(chain) if s.number), None)
    return " ".join(p for p in (number, heading) if p) or None


def _span(prep: Prepared, hit: Hit) -> tuple[int, int]:
    """The smallest unit that shows the clause: the paragraph, or in a block that holds several
    clauses (lines without blank lines between them) the numbered line, table or list hit; failing
    that, the sentence(s) hit."""
    doc = prep.doc
    b = doc.blocks[hit.block]
    if hit.matcher == "heading" and b.end - b.start <= WHOLE_BLOCK_CHARS:
        return b.start, b.end  # the heading names the clause; its whole (short) body is the clause
    s, e = unit_at(doc.text, b.start, b.end, hit.start)
    if e - s <= WHOLE_BLOCK_CHARS:
        return s, e
    if hit.matcher == "heading":
        return prep.sentence(hit.block, b.start, b.start + 1)
    row = _table_row(doc.text, b.start, b.end, hit.start)
    if row is not None:
        return row  # "| SC-2 | Extension of time | ... apply ... The Employer may, at its sole discretion, ..." whole
    return prep.sentence(hit.block, hit.start, hit.end)


def _table_row(text: str, start: int, end: int, offset: int) -> tuple[int, int] | None:
    """The pipe-table row holding offset, when it is short enough to read whole: a row of a long table
    is one term, however many sentences its cells hold."""
    s = max(start, text.rfind("\n", start, offset) + 1)
    nl = text.find("\n", offset, end)
    e = end if nl == -1 else nl
    return (s, e) if " | " in text[s:e] and e - s <= WHOLE_BLOCK_CHARS else None


def _clause(prep: Prepared, hit: Hit, s: int, e: int) -> tuple[int, int]:
    """The quote for a sentence (s, e) cut from a paragraph too long to quote whole: the sub-clause
    around it when that is short ("3.5 Records and Audits ... Such records shall be retained ..."),
    else the sentence with the ones around it that carry it on: the one before when it refers back
    ("Such audit shall occur ..."), and those after it that carry it on ("Such ...", "However, ...")."""
    doc = prep.doc
    b = doc.blocks[hit.block]
    us, ue = unit_at(doc.text, b.start, b.end, hit.start)
    if ue - us <= WHOLE_BLOCK_CHARS or not us <= s < e <= ue:
        return s, e
    cs = us
    # the search runs a little past s: the numbering that opens the sentence itself ends a break
    for m in SUBCLAUSE_BREAK.finditer(doc.text, max(us, s - CLAUSE_CHARS), min(ue, s + 40)):
        if m.end() <= s:
            cs = m.end()
    m = SUBCLAUSE_BREAK.search(doc.text, e, ue)
    ce = m.start() if m else ue
    if ce - cs <= CLAUSE_CHARS:
        return min(cs, s), max(ce, e)
    sents = [(b.start + rs, b.start + re_) for rs, re_ in prep.sentences[hit.block] or ()]
    before = [(ss, se) for ss, se in sents if se <= s and ss >= cs]
    while before and REFERS_BACK_RE.match(doc.text[s:e].lstrip()) and e - before[-1][0] <= CLAUSE_CHARS:
        s = before.pop()[0]
    for ss, se in sents:
        if ss < e:
            continue
        if ss >= ce or se - s > CLAUSE_CHARS or not CONTINUES_RE.match(doc.text[ss:se].lstrip()):
            break
        e = se
    return s, e


def _evidence(prep: Prepared, hit: Hit, quote: bool = False, topic: re.Pattern | None = None) -> Evidence:
    """The clause a hit stands for. quote=True: as cited to the reader, a sentence of a long
    paragraph grown to its sub-clause (see _clause) and over the sentences beside it that name the
    rule's subject (`topic`, from detect.quote_with; see analyzer.quoting); False: as read for the
    present / weak call."""
    doc = prep.doc
    b = doc.blocks[hit.block]
    s, e = _span(prep, hit)
    # the sentence that matched (a heading or model hit stands for its whole clause: no focus)
    focus = prep.sentence(hit.block, hit.start, hit.end) if hit.matcher in ("pattern", "phrase") else None
    if quote:
        s, e = _clause(prep, hit, s, e)
        s, e = grow(prep, hit.block, s, e, topic)
    if b.kind == "table_cell":  # quote the whole table row, not one cell
        s = doc.text.rfind("\n", 0, s) + 1
        nl = doc.text.find("\n", e)
        e = len(doc.text) if nl == -1 else nl
    e = _with_list(prep, hit.block, s, e)
    e = _continued(prep, hit.block, s, e)
    while s < e and doc.text[s].isspace():
        s += 1
    while e > s and doc.text[e - 1].isspace():
        e -= 1
    if focus is not None:
        focus = (max(focus[0], s), min(focus[1], e))
    return Evidence(doc.text[s:e], s, e, doc.page_at(s), _section_label(doc, s),
                    focus if focus and focus[0] < focus[1] else None)


def _continued(prep: Prepared, block: int, s: int, e: int) -> int:
    """A quote that stops mid-sentence at the end of its block (a PDF line split off as its own
    block) runs on into the next block's first clause unit, or only to the end of its first
    sentence when that unit is too long to quote whole (a plain-text export's next article)."""
    doc = prep.doc
    b = doc.blocks[block]
    tail = doc.text[s:e].rstrip()
    if (e < b.end - 1 or e > b.end or not tail or tail.endswith((".", ":", ";", "!", "?", ")", '"', "”"))
            or b.kind == "table_cell" or block + 1 >= len(doc.blocks) or is_heading_line(tail)):
        return e
    nb = doc.blocks[block + 1]
    if nb.kind == "table_cell":
        return e
    ue = unit_at(doc.text, nb.start, nb.end, nb.start)[1]
    if ue - nb.start <= WHOLE_BLOCK_CHARS:
        return ue
    return min(ue, prep.sentence(block + 1, nb.start, nb.start + 1)[1])


def _with_list(prep: Prepared, block: int, s: int, e: int) -> int:
    """A lead-in line ending in ':' shows nothing without its list: extend the quote over the items."""
    doc = prep.doc
    if not doc.text[s:e].rstrip().endswith(":"):
        return e
    i = block + 1
    while i < len(doc.blocks) and i <= block + MAX_LIST_ITEMS:
        nb = doc.blocks[i]
        t = prep.texts[i].lstrip()
        if not (nb.kind == "list_item" or LIST_ITEM_RE.match(t)) or nb.end - nb.start > WHOLE_BLOCK_CHARS:
            break
        e = nb.end
        i += 1
    return e


def _best_hits(prep: Prepared, hits: list[Hit], floor: float, limit: int | None = None) -> list[Hit]:
    """Best hit per block; the strongest first, then every other block that clears the rule's bar
    and is close to the strongest (a clause often spans several paragraphs or table rows)."""
    best: dict[tuple[int, int], Hit] = {}
    for h in hits:
        unit = (h.block, _span(prep, h)[0])  # a paragraph, or a line / sentence of a long one
        if unit not in best or h.score > best[unit].score:
            best[unit] = h
    ranked = sorted(best.values(), key=lambda h: (-h.score, h.start))
    if not ranked:
        return []
    bar = max(floor, ranked[0].score - EVIDENCE_MARGIN)
    return [h for h in ranked if h.score >= bar][:limit or MAX_EVIDENCE]


def _cited(prep: Prepared, best: list[Hit], hits: list[Hit], floor: float, cap: int,
           topic: re.Pattern | None = None, near: int = 0) -> tuple[Evidence, ...]:
    """Every distinct place the rule matched, not only the best: the clauses that made the call
    come first (in the order they were read for it), then each other clause that clears the rule's
    bar, in document order, up to `cap` items; last, with detect.quote_near, the sentences on the
    rule's subject in the paragraphs around those (see analyzer.quoting.neighbours). A clause
    already quoted is not quoted again."""
    taken = {(h.block, _span(prep, h)[0]) for h in best}
    others: dict[tuple[int, int], Hit] = {}
    for h in hits:
        if h.score < floor:
            continue
        unit = (h.block, _span(prep, h)[0])
        if unit not in taken and (unit not in others or h.score > others[unit].score):
            others[unit] = h
    out: list[Evidence] = []
    for h in best:  # two sentences of one sub-clause are quoted once
        ev = _evidence(prep, h, quote=True, topic=topic)
        if not any(o.start <= ev.start and ev.end <= o.end for o in out):
            out.append(ev)
    for h in sorted(others.values(), key=lambda h: h.start):
        if len(out) >= cap:
            break
        ev = _evidence(prep, h, quote=True, topic=topic)
        if not any(ev.start < o.end and o.start < ev.end for o in out):
            out.append(ev)
    # then the sentences on the rule's subject in the paragraphs around them (detect.quote_near)
    quoted = {h.block for h in best} | {h.block for h in others.values()}
    for n, s, e in neighbours(prep, quoted, topic, near):
        if len(out) >= cap:
            break
        ev = _evidence(prep, Hit(best[0].rule_id, n, s, e, 0.0, "context", "quote_with"), quote=True, topic=topic)
        if not any(ev.start < o.end and o.start < ev.end for o in out):
            out.append(ev)
    return tuple(out)


def weak_reasons(cr: CompiledRule, text: str, perspective: str, defined: str = "",
                 section: str = "") -> list[tuple[str, str]]:
    """(id, message) of each weak_if condition that holds for the evidence text. ``defined``: the
    definitions of the defined terms the text uses, read by conditions with read_definitions;
    ``section``: the rest of the text's numbered section, read by conditions with read_section."""
    reasons = []
    for cond, matches, absent, number_rx in cr.weak:
        if cond.perspective and cond.perspective != perspective:
            continue
        checks = []
        read = f"{text}\n{section}" if cond.read_section and section else text
        named = f"{read}\n{defined}" if cond.read_definitions and defined else read
        if matches:
            checks.append(any(rx.search(read) for rx in matches))
        if absent:
            checks.append(not any(rx.search(named) for rx in absent))
        if number_rx is not None:
            limit = cond.param("number_over")["max"]
            values = []
            for m in number_rx.finditer(text):
                n = to_number(m.group("n") if "n" in number_rx.groupindex else m.group(0))
                if n is not None:
                    values.append(n)
            checks.append(any(v > limit for v in values))
        if cond.number_under:
            p = cond.param("number_under")
            values = [_number(m) for m in _under_rx(p["pattern"]).finditer(text)]
            checks.append(any(v is not None and v < p["min"] for v in values))
        if cond.duration_over:
            p = cond.param("duration_over")
            factor = 24 if p.get("unit", "hours") == "days" else 1
            found = durations(text)
            if p.get("shortest") and found:
                found = [min(found)]  # "within one hour, full report within 30 days": the deadline is one hour
            checks.append(any(h / factor > p["max"] for h in found))
        if cond.no_duration:
            checks.append(not durations(named))
        if checks and all(checks):
            reasons.append((cond.id, cond.message))
    return reasons


@lru_cache(maxsize=256)
def _under_rx(pattern: str) -> re.Pattern:
    """number_under patterns are compiled here; {provider}/{client} read as any role word."""
    from analyzer.matching.compiled import FLAGS, expand
    from analyzer.roles import DEFAULT

    return re.compile(expand(pattern, DEFAULT), FLAGS)


def _number(m: re.Match) -> float | None:
    return to_number(m.group("n") if "n" in m.re.groupindex else m.group(0))


# An option a form offers but nobody ticked ("[  ] Breach of Section 11" in a key-terms cell or line):
# not a term of the contract, so weak checks do not read it. "$[ ]" inside a sentence is a blank, kept.
UNTICKED = re.compile(r"(?m)(?:^|(?<=\|))[ \t]*(?:\[[ \t]*\]|\u2610)[^|\n]*")


def _in_force(text: str) -> str:
    return UNTICKED.sub("", text)


def _weakness(prep: Prepared, cr: CompiledRule, best: list[Hit], evidence: tuple[Evidence, ...],
              perspective: str) -> tuple[list[tuple[str, str]], int | None]:
    """Weak reasons and the index of the evidence that shows them.

    weak_mode "any": the clause is read as a whole (all quoted blocks together) and one weakness
    anywhere counts. weak_mode "all": one clean block (e.g. a real scope description next to a
    "see the SOW" sentence) makes the protection present; weak only if every block is weak.
    """
    texts = [_in_force(ev.text) for ev in evidence]  # the quoted clause decides, not its neighbours
    reads = any(cond.read_definitions for cond, *_ in cr.weak)
    sections = ([_in_force(_rest_of_section(prep.doc, ev.start)) for ev in evidence]
                if any(cond.read_section for cond, *_ in cr.weak) else [""] * len(texts))

    def defined(text: str) -> str:
        return _in_force(definitions_used(prep.doc, text)) if reads else ""

    if cr.rule.weak_mode == "all":
        per_block = [weak_reasons(cr, t, perspective, defined(t), sec) for t, sec in zip(texts, sections)]
        if any(not r for r in per_block):
            return [], None
        seen: dict[str, str] = {}
        for r in per_block:
            seen.update(r)
        return list(seen.items()), 0
    whole = "\n".join(texts)
    reasons = weak_reasons(cr, whole, perspective, defined(whole), "\n".join(dict.fromkeys(s for s in sections if s)))
    if not reasons:
        return [], None
    for i, (t, sec) in enumerate(zip(texts, sections)):
        if weak_reasons(cr, t, perspective, defined(t), sec):
            return reasons, i
    return reasons, 0


SECTION_CHARS = 4000  # read_section reads at most this much of a clause's section


def _rest_of_section(doc, start: int) -> str:
    """The text of the numbered section that holds a quote's own sub-clause: "12 Liability" for a
    quote in 12.1, so its siblings 12.2 and 12.3 are read; the quote's own section when it has no
    parent. At most SECTION_CHARS from the section's start, and "" when the quote has no section."""
    sections = doc.enclosing_sections(start)
    numbered = [s for s in sections if s.number]
    if not numbered:
        return ""
    section = numbered[-2] if len(numbered) > 1 and _is_sub_clause(numbered[-1], numbered[-2]) else numbered[-1]
    return doc.text[section.start:min(section.end, section.start + SECTION_CHARS)]


_WHOLE_NUMBER = re.compile(r"\d+\.?")
_DECIMAL_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")


def _is_sub_clause(child, parent) -> bool:
    """ "12.3" under "12", "(b)" under "7.1": parts of one clause. Not clause "04" under a part "B. TERMS
    AND CONDITIONS": whole-numbered clauses under a lettered part are separate clauses."""
    return not (_WHOLE_NUMBER.fullmatch(child.number) and not _DECIMAL_NUMBER.fullmatch(parent.number))


def decide(prep: Prepared, cr: CompiledRule, perspective: str, extra_hits: list[Hit] = ()) -> Finding:
    rule = cr.rule
    kind = rule.kind_for(perspective)
    hits = hits_for(prep, cr) + list(extra_hits)
    best = _best_hits(prep, hits, rule.min_score, rule.max_evidence)
    severity = Severity(rule.severity)
    common = dict(rule_id=rule.id, title=rule.title, family=rule.family, severity=severity, kind=kind,
                  suggestion=rule.suggestion, rationale=rule.rationale, maps_to=rule.maps_to)
    if best and best[0].score >= rule.min_score:
        evidence = tuple(_evidence(prep, h) for h in best)
        reasons, decisive = _weakness(prep, cr, best, evidence, perspective)
        if decisive is not None:  # the clause that decides the call is quoted first
            best = [best[decisive]] + best[:decisive] + best[decisive + 1:]
        evidence = _cited(prep, best, hits, rule.min_score, rule.max_evidence or MAX_CITED,
                          topic_rx(rule.quote_with), rule.quote_near)
        score = min(1.0, best[0].score + 0.05 * (len(best) - 1))
        where = _where(evidence[0])
        matched = tuple(sorted({f"{h.matcher}: {h.detail}"[:120] for h in best}))
        if reasons:
            why = "; ".join(m for _, m in reasons)
            msg = f"{rule.title} is weak{where}: {why}"
            return Finding(status=Status.WEAK, score=score, message=msg, evidence=evidence,
                           weak_reasons=tuple(i for i, _ in reasons), matched_by=matched, **common)
        msg = (f"{rule.title} found{where}" if kind == "protection"
               else f"Risk: {_lower_first(rule.title)} found{where}")
        return Finding(status=Status.PRESENT, score=score, message=msg, evidence=evidence,
                       matched_by=matched, **common)
    unread = prep.doc.coverage.pages_without_text
    if unread:
        pages = ", ".join(str(p) for p in unread[:10]) + (" ..." if len(unread) > 10 else "")
        return Finding(status=Status.NOT_VERIFIED, score=0.0,
                       message=f"{rule.title} not found, but page(s) {pages} could not be read", **common)
    msg = (f"No {_lower_first(rule.title)} clause found" if kind == "protection"
           else f"No {_lower_first(rule.title)} clause found (good for you)")
    return Finding(status=Status.MISSING, score=0.0, message=msg, **common)


def _lower_first(title: str) -> str:
    """ "Unfilled blanks, TBD ..." -> "unfilled blanks, TBD ...": only the first word, and not an acronym."""
    first = title.split(" ", 1)[0]
    return title if first.isupper() and len(first) > 1 else title[:1].lower() + title[1:]


def _where(ev: Evidence) -> str:
    return f" ({ev.location})" if ev.location else ""


class Analyzer:
    """Rules compiled and the pipeline loaded once; review as many documents as you like."""

    def __init__(self, rules: tuple[Rule, ...] | None = None, perspective: str = "provider",
                 playbooks: list[dict] | None = None, classifier="default"):
        """classifier: "default" loads the packaged model once per process (rules only when it is
        absent or $CONTRACT_ANALYZER_MODEL=none); None for rules only; a model folder; or a loaded
        ClauseClassifier."""
        from analyzer.classifier import resolve

        if perspective not in PERSPECTIVES:
            raise ValueError(f"perspective must be one of {PERSPECTIVES}")
        self.rules = tuple(rules) if rules is not None else builtin_rules()
        self.perspective = perspective
        self.playbooks = playbooks or []
        self.classifier = resolve(classifier)

    def review_path(self, path: str | Path, **load_options) -> Review:
        from analyzer.ingest import load

        return self.review_document(load(path, **load_options))

    def review_document(self, doc: Document, roles: Roles | None = None) -> Review:
        from analyzer import keyterms

        roles = roles or detect(doc.text)
        lib = compile_rules(self.rules, roles)
        prep = prepare(doc, lib)
        model_hits = self._model_hits(prep, lib)
        findings = [decide(prep, cr, self.perspective, model_hits.get(cr.rule.id, ())) for cr in lib.rules]
        coverage = doc.coverage.to_dict()
        for note in (incorporated_terms_note(doc.text), external_terms_note(doc.text), unattached_note(doc.text)):
            if note:
                coverage["warnings"].append(note)
        return Review(path=doc.path, format=doc.format, pages=doc.pages, characters=len(doc.text),
                      coverage=coverage, findings=findings,
                      key_terms=keyterms.extract(doc, roles.to_dict()), perspective=self.perspective,
                      roles=roles.to_dict(), playbooks=self.playbooks,
                      model=None if self.classifier is None else getattr(self.classifier, "name", "classifier"))

    def _model_hits(self, prep: Prepared, lib) -> dict[str, list[Hit]]:
        """Hits from the classifier, only where its policy (policy.json, fitted on held-out documents)
        lets a label stand for a rule, only for rules that found nothing themselves, and scored at the
        rule's bar: a model hit can turn "missing" into "present" but never displaces rule evidence."""
        policy = getattr(self.classifier, "policy", None)
        if not policy:
            return {}
        from analyzer.classifier import model_candidates

        rules = {cr.rule.id: cr for cr in lib.rules}
        # the rules decide: the model only speaks where they found nothing, so it reads the document
        # only for those rules (and not at all when every rule in its policy found its clause)
        wanted = {rid: labels for rid, labels in policy.items() if rid in rules
                  and not any(h.score >= rules[rid].rule.min_score for h in hits_for(prep, rules[rid]))}
        out: dict[str, list[Hit]] = {}
        if not any(wanted.values()):
            return out
        for rid, found in model_candidates(self.classifier, prep, rules, wanted).items():
            cr = rules[rid]
            out[rid] = [Hit(rid, blk, s, e, cr.rule.min_score + 0.01 * p, "model", label)
                        for blk, s, e, label, p in found[:3]]  # the best three passages
        return out
