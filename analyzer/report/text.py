"""Terminal report with rich: colour on a terminal, plain and readable when piped."""

from __future__ import annotations

import io

from analyzer.findings import Review, Status
from analyzer.report.common import coverage_line, key_term_lines, label, ordered

STYLE = {"present": "green", "WEAK": "yellow", "MISSING": "red", "RISK": "red", "not verified": "magenta",
         "absent (good)": "green"}
QUOTE_CHARS = 300


def render(review: Review, color: bool | None = None, width: int = 100) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=bool(color), no_color=not color, width=width,
                      highlight=False, emoji=False)
    console.print(Text(f"Contract review: {review.path}", style="bold"))
    console.print(Text(f"Perspective: {review.perspective}. {coverage_line(review)}"))
    for w in review.coverage.get("warnings", []):
        console.print(Text(f"Warning: {w}", style="yellow"))
    kt = Table(title="Key terms", show_header=False, title_justify="left", box=None, padding=(0, 2))
    for k, v in key_term_lines(review):
        kt.add_row(Text(k, style="bold"), Text(v))
    console.print(kt)
    counts: dict[str, int] = {}
    for f in review.findings:
        counts[label(f)] = counts.get(label(f), 0) + 1
    console.print(Text("Summary: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))))
    console.print()
    for f in ordered(review):
        lab = label(f)
        head = Text()
        head.append(f"[{lab}]", style=STYLE.get(lab, ""))
        head.append(f" {f.title}", style="bold")
        head.append(f"  ({f.severity.value}, {f.rule_id})")
        console.print(head)
        console.print(Text(f"  {f.message}"))
        for e in f.evidence[:2]:
            quote = " ".join(e.text.split())
            if len(quote) > QUOTE_CHARS:
                quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " ..."
            console.print(Text(f'  > "{quote}"', style="dim" if f.status == Status.PRESENT else ""))
        if f.is_problem and f.suggestion:
            console.print(Text(f"  Suggest: {' '.join(f.suggestion.split())}", style="cyan"))
        console.print()
    return buf.getvalue().rstrip() + "\n"
