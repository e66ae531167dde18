"""The click command line: review one file, batch a folder, list rules.

Exit codes follow linters: 0 clean, 1 findings at or above --fail-on, 2 bad input or usage.
Heavy imports (spaCy, pdfplumber) happen inside commands so `--help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from analyzer import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("never", "info", "low", "medium", "high")
BATCH_SUFFIXES = (".docx", ".pdf", ".txt", ".md")


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def common_options(f):
    f = click.option("--perspective", type=click.Choice(["provider", "client"]), default="provider",
                     show_default=True, help="Whose protections to look for.")(f)
    f = click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", show_default=True,
                     help="Exit 1 when a problem at or above this severity is found.")(f)
    f = click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
                     help="Write the report to this file instead of standard output.")(f)
    f = click.option("--max-size", type=int, default=100, show_default=True,
                     help="Largest input file to read, in MB.")(f)
    return f


def _analyzer(perspective: str):
    from analyzer.engine import Analyzer
    from analyzer.errors import RuleError

    try:
        return Analyzer(perspective=perspective)
    except RuleError as exc:
        _fail(exc.message)


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        click.echo(text, nl=not text.endswith("\n"))


def _gate(problems: int, fail_on: str) -> int:
    return EXIT_FINDINGS if fail_on != "never" and problems else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="contract-analyzer")
def cli() -> None:
    """Review contracts and statements of work: which protections are present, weak or missing."""


@cli.command()
@click.argument("path", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="Report format.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal).")
@common_options
def review(path: Path, fmt: str, color: bool | None, perspective: str, fail_on: str, output: str | None,
           max_size: int) -> None:
    """Review one contract (DOCX, PDF, TXT or MD) and print a gap report."""
    from analyzer.errors import AnalyzerError
    from analyzer.findings import Severity
    from analyzer.report import render

    analyzer = _analyzer(perspective)
    try:
        result = analyzer.review_path(path, max_bytes=max_size * 1024 * 1024)
    except AnalyzerError as exc:
        _fail(exc.message)
    if fmt == "text":
        use_color = color if color is not None else (output is None and sys.stdout.isatty())
        text = render(result, "text", color=use_color)
    else:
        text = render(result, fmt)
    _write(text, output)
    problems = len(result.problems(Severity(fail_on))) if fail_on != "never" else 0
    sys.exit(_gate(problems, fail_on))


def _discover(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in BATCH_SUFFIXES
                  and not p.name.startswith((".", "~$")))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one review JSON object per line.")
@common_options
def batch(paths: tuple[Path, ...], fmt: str, perspective: str, fail_on: str, output: str | None,
          max_size: int) -> None:
    """Review every contract in folders (and files) given; failures become error records."""
    from analyzer.errors import AnalyzerError
    from analyzer.findings import Severity
    from analyzer.report.json_report import render_line

    files: list[Path] = []
    for p in paths:
        files.extend(_discover(p) if p.is_dir() else [p])
    analyzer = _analyzer(perspective)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    failed = problems = 0
    try:
        for f in files:
            try:
                result = analyzer.review_path(f, max_bytes=max_size * 1024 * 1024)
                record = result.to_dict()
                if fail_on != "never":
                    problems += len(result.problems(Severity(fail_on)))
            except AnalyzerError as exc:
                failed += 1
                record = {"document": {"path": str(f)}, "error": {"type": exc.type, "code": exc.code,
                                                                   "message": exc.message}}
            except Exception as exc:  # a bug on one file must not stop the batch
                failed += 1
                record = {"document": {"path": str(f)},
                          "error": {"type": type(exc).__name__, "code": "E999", "message": str(exc)[:500]}}
            out.write(render_line(record) + "\n")
            out.flush()
    finally:
        if output:
            out.close()
    click.echo(f"{len(files)} file(s) reviewed, {failed} failed", err=True)
    sys.exit(EXIT_ERROR if failed else _gate(problems, fail_on))


@cli.group()
def rules() -> None:
    """Inspect the clause library."""


@rules.command("list")
def rules_list() -> None:
    """List every rule: id, family, severity, title."""
    from analyzer.errors import RuleError
    from analyzer.rules import builtin_rules

    try:
        all_rules = builtin_rules()
    except RuleError as exc:
        _fail(exc.message)
    for r in sorted(all_rules, key=lambda r: (r.family, r.id)):
        click.echo(f"{r.id:40} {r.family:12} {r.severity:7} {r.title}")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
