"""Terminal report with rich: colour and tables on a terminal, plain and readable when piped.

Every line of a finding wraps under its own indent, so a piped report still reads finding by finding.
"""

from __future__ import annotations

import io

from analyzer.findings import Evidence, Review, Status
from analyzer.report import Options
from analyzer.report.common import (DISCLAIMER, SCORE_FORMULA, by_family, coverage_line, family_name, headline,
                                    key_term_lines, label, location, method_line, one_line, playbook_line,
                                    quoted_and_rest, score, severity_rows, status_counts)

STYLE = {"present": "green", "WEAK": "yellow", "MISSING": "red", "RISK": "red", "not verified": "magenta",
         "absent (good)": "green"}
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
QUOTE_CHARS = 300
LEAD_CHARS = 60  # the opening words kept before a jump to the matched words
QUOTED_PLACES_TEXT = 2  # the terminal report quotes two places per finding; the others are listed by location
INDENT = 4


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0] + " ..."


def _quote(e: Evidence) -> str:
    """At most QUOTE_CHARS of the clause. When the words that matched lie past that point (a long
    sub-clause whose audit or notice sentence comes last), keep the clause's opening words, so the
    reader sees which clause it is, then jump to the matched words."""
    quote = one_line(e.text)
    if len(quote) <= QUOTE_CHARS or e.focus is None:
        return _cut(quote, QUOTE_CHARS)
    before = one_line(e.text[:e.focus[0] - e.start])
    matched = one_line(e.text[e.focus[0] - e.start:e.focus[1] - e.start])
    if not before or len(before) + 1 + len(matched) <= QUOTE_CHARS:
        return _cut(quote, QUOTE_CHARS)
    opening = _cut(before, LEAD_CHARS).removesuffix(" ...")
    rest = one_line(e.text[e.focus[0] - e.start:])
    return opening + " ... " + _cut(rest, QUOTE_CHARS - len(opening))


def render(review: Review, options: Options = Options()) -> str:
    from rich import box
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    color = options.color
    console = Console(file=buf, force_terminal=color, no_color=not color, color_system="standard" if color else None,
                      width=options.width, highlight=False, emoji=False, markup=False)

    def para(text: str | Text, indent: int = 0, style: str = "") -> None:
        console.print(Padding(text if isinstance(text, Text) else Text(text, style=style), (0, 0, 0, indent), expand=False))

    console.print(Text(f"Contract review: {review.path}", style="bold"))
    para(f"Perspective: {review.perspective}. {coverage_line(review)}")
    if playbook_line(review):
        para(f"Playbook: {playbook_line(review)}")
    para(method_line(review))
    for w in review.coverage.get("warnings", []):
        para(f"Warning: {one_line(w)}", style="yellow")
    console.print()

    s = score(review)
    head = Text()
    head.append(f"Protection score: {s if s is not None else 'n/a'}/100. ", style="bold")
    head.append(headline(review))
    para(head)
    para(SCORE_FORMULA, indent=2, style="dim")
    counts = Text("Summary: ")
    for i, (lab, n) in enumerate(status_counts(review)):
        counts.append(", " if i else "")
        counts.append(f"{n} {lab}", style=STYLE.get(lab, ""))
    para(counts)
    console.print()
    sev = Table(box=box.SIMPLE, title="Problems by severity", title_justify="left", padding=(0, 1),
                show_edge=False)
    for col in ("Severity", "Problems", "Missing / risk", "Weak"):
        sev.add_column(col, justify="left" if col == "Severity" else "right")
    for name, n, missing, weak in severity_rows(review):
        sev.add_row(Text(name, style=SEVERITY_STYLE[name] if n else ""), str(n), str(missing), str(weak))
    console.print(sev)
    console.print()

    kt = Table(title="Key terms", show_header=False, title_justify="left", box=None, padding=(0, 2))
    kt.add_column(no_wrap=True)
    kt.add_column()
    for k, v in key_term_lines(review):
        kt.add_row(Text(k, style="bold"), Text(v, style="dim" if v == "not found" else ""))
    console.print(kt)
    console.print()

    for family, findings in by_family(review):
        console.print(Text(f"== {family_name(family)} ==", style="bold underline"))
        console.print()
        for f in findings:
            lab = label(f)
            line = Text()
            line.append(f"[{lab}]", style=STYLE.get(lab, ""))
            line.append(f" {f.title}", style="bold")
            line.append(f"  ({f.severity.value}, {f.rule_id})", style=SEVERITY_STYLE[f.severity.value]
                        if f.is_problem else "dim")
            para(line)
            para(one_line(f.message), indent=INDENT)
            shown, also = quoted_and_rest(f, QUOTED_PLACES_TEXT)
            for e in shown:
                where = location(e)
                para(f'> "{_quote(e)}"' + (f"  ({where})" if where else ""), indent=INDENT,
                     style="dim" if f.status == Status.PRESENT else "")
            if also:
                para(also, indent=INDENT, style="dim")
            if f.is_problem and f.rationale:
                para(f"Why it matters: {one_line(f.rationale)}", indent=INDENT)
            if f.is_problem and f.suggestion:
                para(f"Suggest: {one_line(f.suggestion)}", indent=INDENT, style="cyan")
            console.print()
    para(DISCLAIMER, style="dim")
    return "\n".join(line.rstrip() for line in buf.getvalue().rstrip().splitlines()) + "\n"
