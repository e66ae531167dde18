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
REPORT_FORMATS = ("text", "json", "markdown", "html", "docx", "sarif")  # = analyzer.report.FORMATS (checked by tests)


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
    f = click.option("--pdf-engine", type=click.Choice(["auto", "pypdfium2", "pdfplumber"]), default="auto",
                     show_default=True, expose_value=False, callback=_load_option,
                     help="PDF text extractor: auto/pypdfium2 is fast; pdfplumber is the old, slower path.")(f)
    f = click.option("--ocr", is_flag=True, expose_value=False, callback=_load_option,
                     help="Read PDF pages without a text layer with tesseract (when it is installed).")(f)
    f = click.option("--max-pages", type=click.IntRange(min=0), default=2000, show_default=True,
                     expose_value=False, callback=_load_option,
                     help="Refuse PDFs with more pages than this (0: no limit).")(f)
    f = click.option("--model", metavar="PATH|none", default="default", expose_value=False, callback=_model_option,
                     help="Clause classifier folder, or 'none' for rules only (default: the packaged model; "
                          "rules only when it is absent).")(f)
    return f


def _model_option(ctx: click.Context, param: click.Parameter, value: str):
    """Keep the classifier choice in the context; a --model folder that cannot be loaded is an error."""
    from analyzer.classifier import resolve

    if value not in ("default", None) and value.strip().lower() not in ("none", "off", "no") \
            and resolve(value) is None:
        raise click.BadParameter(f"no loadable clause classifier at {value}", ctx, param)
    ctx.meta["model"] = value
    return value


def _load_option(ctx: click.Context, param: click.Parameter, value):
    """Keep ingestion options in the context so commands pass them to load() unchanged."""
    ctx.meta.setdefault("load_options", {})[param.name] = value
    return value


def _load_options() -> dict:
    return dict(click.get_current_context().meta.get("load_options", {}))


def playbook_option(f):
    """--playbook FILE (repeatable, stacked in order); pass the value to _analyzer (batch can too)."""
    return click.option("--playbook", "playbooks", multiple=True, metavar="FILE.yaml",
                        type=click.Path(exists=True, dir_okay=False),
                        help="Overlay a firm's playbook on the clause library (repeatable; applied in order).")(f)


def _analyzer(perspective: str, playbooks: tuple[str, ...] = ()):
    """The Analyzer for a command; a playbook's perspective applies unless --perspective was given."""
    from analyzer.errors import RuleError
    from analyzer.playbook import build_analyzer

    ctx = click.get_current_context(silent=True)
    given = ctx is None or ctx.get_parameter_source("perspective") != click.core.ParameterSource.DEFAULT
    try:
        return build_analyzer(playbooks, perspective if given or not playbooks else None,
                              classifier=ctx.meta.get("model", "default") if ctx else "default")
    except RuleError as exc:
        _fail(exc.message)


def _write(text: str | bytes, output: str | None, color: bool | None = None) -> None:
    if output:
        try:
            if isinstance(text, bytes):
                Path(output).write_bytes(text)
            else:
                Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        click.echo(text, nl=not text.endswith("\n"), color=color)


def _gate(problems: int, fail_on: str) -> int:
    return EXIT_FINDINGS if fail_on != "never" and problems else EXIT_OK


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="contract-analyzer")
def cli() -> None:
    """Review contracts and statements of work: which protections are present, weak or missing."""


@cli.command()
@click.argument("path", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text",
              show_default=True, help="Report format: " + ", ".join(REPORT_FORMATS) + " (docx needs --output).")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal).")
@click.option("--timeout", type=click.FloatRange(min=0), default=300, show_default=True,
              help="Give up on the file after this many seconds (0: no limit); exit 2.")
@playbook_option
@common_options
def review(path: Path, fmt: str, color: bool | None, timeout: float, playbooks: tuple[str, ...], perspective: str,
           fail_on: str, output: str | None, max_size: int) -> None:
    """Review one contract (DOCX, PDF, TXT or MD) and print a gap report."""
    from analyzer.errors import AnalyzerError
    from analyzer.findings import Severity
    from analyzer.report import REGISTRY, render

    if REGISTRY[fmt].binary and not output:
        _fail(f"--format {fmt} writes a binary file: give --output FILE{REGISTRY[fmt].suffix}")
    analyzer = _analyzer(perspective, playbooks)
    from analyzer.ingest.guard import run_with_time_limit

    options = _load_options()
    try:
        result = run_with_time_limit(
            lambda: analyzer.review_path(path, max_bytes=max_size * 1024 * 1024, **options), timeout, path.name)
    except AnalyzerError as exc:
        _fail(exc.message)
    if fmt == "text":
        use_color = color if color is not None else (output is None and sys.stdout.isatty())
        width = 100
        if output is None and sys.stdout.isatty():  # wrap to the terminal; rich indents wrapped lines
            import shutil

            width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
        text = render(result, "text", color=use_color, width=width)
    else:
        text = render(result, fmt)
    _write(text, output, color=True if fmt == "text" and color else None)
    problems = len(result.problems(Severity(fail_on))) if fail_on != "never" else 0
    sys.exit(_gate(problems, fail_on))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--recursive/--no-recursive", default=True, show_default=True,
              help="Look in sub-folders too.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only review files whose name or relative path matches (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Skip files and folders whose name or relative path matches (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "xlsx", "markdown", "html"]),
              default="jsonl", show_default=True,
              help="jsonl: one review per line, streamed; csv/xlsx: one row per document, one column per "
                   "rule; markdown/html: summary, worst documents first.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Worker processes (default: one per CPU; 1 runs in this process).")
@click.option("--timeout", type=click.FloatRange(min=0), default=300, show_default=True,
              help="Seconds one file may take before it is stopped and reported (0: no limit).")
@click.option("--no-cache", is_flag=True, help="Review every file again; do not read or write the cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Result cache folder (default: $CONTRACT_ANALYZER_CACHE_DIR or ~/.cache/contract-analyzer).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Run on a Dask distributed cluster (extra [dask]); workers must see the same paths.")
@playbook_option
@common_options
def batch(paths: tuple[Path, ...], recursive: bool, include: tuple[str, ...], exclude: tuple[str, ...], fmt: str,
          jobs: int, timeout: float, no_cache: bool, cache_dir: Path | None, scheduler: str | None,
          playbooks: tuple[str, ...], perspective: str, fail_on: str, output: str | None, max_size: int) -> None:
    """Review every contract in folders (and files) given; failures become error records.

    Finds .docx, .pdf, .txt and .md files (skipping hidden, temporary and lock files), reviews
    each distinct content once in parallel, and remembers results so a re-run only reviews
    new or changed files. Exit 2 if any file failed, else 1 when --fail-on finds problems.
    """
    from analyzer.batch import progress as batch_progress
    from analyzer.batch.executor import BatchAborted
    from analyzer.batch.outputs import BatchOutput, OutputError
    from analyzer.batch.runner import BatchConfig, rule_columns, run_batch
    from analyzer.findings import Severity

    # rules (with playbooks) are parsed here only when needed: for the table's columns, or to reject
    # a bad playbook before any work; a cached jsonl re-run never parses the library
    rules = rule_columns(_analyzer(perspective, playbooks).rules) if fmt != "jsonl" or playbooks else []
    try:
        out = BatchOutput(fmt, output)
    except OutputError as exc:
        _fail(str(exc))
    given = click.get_current_context().get_parameter_source("perspective") != click.core.ParameterSource.DEFAULT
    config = BatchConfig(perspective=perspective if given or not playbooks else None,
                         max_bytes=max_size * 1024 * 1024, load_options=_load_options(), playbooks=playbooks,
                         recursive=recursive, include=include, exclude=exclude, jobs=jobs, timeout=timeout or None,
                         use_cache=not no_cache, cache_dir=str(cache_dir) if cache_dir else None,
                         scheduler=scheduler, table_rows=fmt != "jsonl",
                         model=click.get_current_context().meta.get("model", "default"))
    try:
        result = run_batch([str(p) for p in paths], config, out.record, batch_progress.for_terminal())
        out.finish(result.rows, rules, result.facts)
    except (BatchAborted, OutputError) as exc:
        out.close()
        _fail(str(exc))
    _batch_summary(result, timeout if scheduler else None)
    if result.facts.failed:
        sys.exit(EXIT_ERROR)
    problems = result.problems_at(Severity(fail_on).rank) if fail_on != "never" else 0
    sys.exit(_gate(problems, fail_on))


def _batch_summary(result, unenforced_timeout: float | None) -> None:
    """The summary on standard error: counts, every failure, and what was skipped."""
    f = result.facts
    click.echo(f"{len(result.rows)} file(s): {f.reviewed} reviewed ({f.cached} from cache), "
               f"{f.duplicates} duplicate(s), {f.failed} failed, {len(f.skipped)} skipped "
               f"in {f.seconds:.1f} s", err=True)
    for row in result.failures:
        click.echo(f"  failed: {row.path}: {row.error}", err=True)
    by_reason: dict[str, list[str]] = {}
    for path, reason in f.skipped:
        by_reason.setdefault(reason, []).append(path)
    for reason, items in sorted(by_reason.items()):
        shown = ", ".join(items[:10]) + (f" and {len(items) - 10} more" if len(items) > 10 else "")
        click.echo(f"  skipped ({reason}): {shown}", err=True)
    if result.cache_warning:
        click.echo(f"  warning: {result.cache_warning}", err=True)
    if unenforced_timeout:
        click.echo("  note: --timeout is not enforced on Dask workers", err=True)


@cli.group()
def rules() -> None:
    """Inspect the clause library."""


def _rules(playbooks: tuple[str, ...]):
    from analyzer.errors import RuleError
    from analyzer.playbook import load

    try:
        return load(playbooks)[0]
    except RuleError as exc:
        _fail(exc.message)


@rules.command("list")
@playbook_option
def rules_list(playbooks: tuple[str, ...]) -> None:
    """List every rule: id, family, severity, title (as the playbooks leave them)."""
    for r in sorted(_rules(playbooks), key=lambda r: (r.family, r.id)):
        click.echo(f"{r.id:40} {r.family:12} {r.severity:7} {r.title}")


@rules.command("show")
@click.argument("rule_id")
@playbook_option
def rules_show(rule_id: str, playbooks: tuple[str, ...]) -> None:
    """Print one rule's fields, weak_if conditions and examples."""
    from analyzer.playbook import describe

    by_id = {r.id: r for r in _rules(playbooks)}
    if rule_id not in by_id:
        import difflib

        close = difflib.get_close_matches(rule_id, list(by_id), n=3)
        _fail(f"no rule '{rule_id}'" + (f"; did you mean {', '.join(close)}?" if close else
                                         "; see `contract-analyzer rules list`"))
    click.echo(describe(by_id[rule_id]))


@rules.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def rules_validate(files: tuple[Path, ...]) -> None:
    """Check rule files, rule folders or playbooks: schema (with line numbers), then each rule's examples.

    Exit 0 when everything passes, 2 when anything is wrong.
    """
    from analyzer.playbook import validate

    failed = False
    for path in files:
        ok, lines = validate(path)
        failed |= not ok
        for line in lines:
            click.echo(line, err=not ok)
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
