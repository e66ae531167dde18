"""Where a batch writes: JSON Lines streamed record by record (flushed, so a killed batch keeps
every finished file), or a table/summary written once the batch ends."""

from __future__ import annotations

import sys

from analyzer.batch.rows import RuleColumn, Row
from analyzer.report.batch_summary import BatchFacts

FORMATS = ("jsonl", "csv", "xlsx", "markdown", "html")


class OutputError(Exception):
    """The output cannot be written; raised before any file is reviewed when possible."""


class BatchOutput:
    def __init__(self, fmt: str, path: str | None):
        if fmt not in FORMATS:
            raise OutputError(f"unknown format {fmt!r}")
        self.fmt = fmt
        self.path = path
        self.stream = None
        if fmt == "xlsx":
            if not path:
                raise OutputError("--format xlsx writes a binary file: give --output FILE.xlsx")
            try:
                import openpyxl  # noqa: F401
            except ImportError:
                from analyzer.report.batch_table import XLSX_MISSING

                raise OutputError(XLSX_MISSING) from None
        if path:
            try:  # open now: a bad --output fails before an hour of work, not after
                self.stream = open(path, "w", encoding="utf-8", newline="" if fmt == "csv" else None)
            except OSError as exc:
                raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        else:
            self.stream = sys.stdout

    def record(self, record: dict) -> None:
        if self.fmt == "jsonl":
            from analyzer.report.json_report import render_line

            self.stream.write(render_line(record) + "\n")
            self.stream.flush()

    def finish(self, rows: list[Row], rules: list[RuleColumn], facts: BatchFacts) -> None:
        try:
            if self.fmt == "csv":
                from analyzer.report.batch_table import render_csv

                self.stream.write(render_csv(rows, rules))
            elif self.fmt == "markdown":
                from analyzer.report.batch_summary import render_markdown

                self.stream.write(render_markdown(rows, rules, facts))
            elif self.fmt == "html":
                from analyzer.report.batch_summary import render_html

                self.stream.write(render_html(rows, rules, facts))
            elif self.fmt == "xlsx":
                from analyzer.report.batch_table import write_xlsx

                self.close()
                write_xlsx(self.path, rows, rules)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path or 'standard output'}: {exc.strerror or exc}") from None
        finally:
            self.close()

    def close(self) -> None:
        if self.stream is not None and self.stream is not sys.stdout:
            self.stream.close()
        elif self.stream is sys.stdout:
            self.stream.flush()
        self.stream = None
