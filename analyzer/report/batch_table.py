"""The batch matrix: one row per document, one column per rule (present/weak/missing), key
terms and the error, as CSV or XLSX. Spreadsheet cells are escaped against formula injection:
contract text and file names are untrusted."""

from __future__ import annotations

import csv
import io
import re

from analyzer.batch.rows import KEY_TERMS, SEVERITIES, RuleColumn, Row

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
XLSX_MISSING = "--format xlsx needs openpyxl: pip install 'contract-analyzer[xlsx]'"
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value) -> str | int:
    """Text a spreadsheet shows as text: a leading = + - @ (or tab/CR) gets a quote in front (OWASP)."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def header(rules: list[RuleColumn]) -> list[str]:
    return (["path", "outcome", "duplicate_of", "error", "format", "pages"]
            + [f"problems_{s}" for s in SEVERITIES] + list(KEY_TERMS) + [r.id for r in rules])


def cells(row: Row, rules: list[RuleColumn]) -> list:
    return ([row.path, row.outcome, row.duplicate_of, row.error, row.format, row.pages]
            + [row.problems.get(s, 0) if row.outcome != "failed" else None for s in SEVERITIES]
            + [row.key_terms.get(k, "") for k in KEY_TERMS]
            + [row.statuses.get(r.id, "") for r in rules])


def render_csv(rows: list[Row], rules: list[RuleColumn]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header(rules))
    for row in sorted(rows, key=lambda r: r.path):
        w.writerow([safe_cell(c) for c in cells(row, rules)])
    return buf.getvalue()


def write_xlsx(path: str, rows: list[Row], rules: list[RuleColumn]) -> None:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font, PatternFill
    except ImportError:
        raise RuntimeError(XLSX_MISSING) from None
    fills = {"present": "C6EFCE", "weak": "FFEB9C", "missing": "FFC7CE", "not_verified": "E4DFEC"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Documents"
    ws.append(header(rules))
    for c in ws[1]:
        c.font = Font(bold=True)
    first_rule_col = len(header(rules)) - len(rules) + 1
    for row in sorted(rows, key=lambda r: r.path):
        values = [safe_cell(c) for c in cells(row, rules)]
        ws.append([_ILLEGAL_XML.sub("", v) if isinstance(v, str) else v for v in values])
        for col, rule in enumerate(rules, start=first_rule_col):
            cell = ws.cell(row=ws.max_row, column=col)
            if cell.value in fills:
                cell.fill = PatternFill("solid", fgColor=fills[cell.value])
    ws.freeze_panes = "B2"
    legend = wb.create_sheet("Rules")
    legend.append(["rule_id", "title", "family", "severity"])
    for r in rules:
        legend.append([safe_cell(r.id), safe_cell(r.title), safe_cell(r.family), safe_cell(r.severity)])
    wb.save(path)
