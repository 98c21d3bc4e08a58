"""The command line: `strategylint check`, `rules` and `explain`.

Exit codes: 0 clean; 1 findings at or above --fail-on; 2 usage, config or unreadable input. Heavy
modules (spaCy, the PDF and DOCX libraries, the engine) are imported inside the commands, so that
`--help` and `--version` start instantly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from strategylint import __version__

if TYPE_CHECKING:
    from strategylint.config import Config
    from strategylint.engine import DocumentResult
    from strategylint.registry import Rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")


def _fail(message: str) -> NoReturn:
    from strategylint.reporters.safe import clean_line

    click.echo(f"strategylint: error: {clean_line(message)}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="strategylint")
def main() -> None:
    """strategylint: a linter for digital strategy documents.

    It reads DOCX, PDF, Markdown, HTML and plain text, flags the signs of a bad digital strategy (ten-year
    horizons, unproven tech, vague objectives, wish lists) and quotes the evidence.
    """


def _load_config(paths: tuple[Path, ...], config_file: Path | None, isolated: bool) -> Config:
    from strategylint.config import Config, ConfigError, find_config, load_config_file

    if isolated:
        return Config()
    try:
        found = config_file or find_config(paths[0] if paths else Path.cwd())
        return load_config_file(found) if found else Config()
    except ConfigError as exc:
        _fail(str(exc))


def _apply_cli_selection(config: Config, select: str | None, ignore: str | None) -> None:
    if select:
        config.select = [s.strip() for s in select.split(",") if s.strip()]
    if ignore:
        config.ignore = [*config.ignore, *(s.strip() for s in ignore.split(",") if s.strip())]


def _exit_code(results: list[DocumentResult], fail_on: str) -> int:
    from strategylint.findings import SEVERITY_RANK

    if any(r.error for r in results):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_CLEAN
    threshold = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(r.worst() >= threshold for r in results) else EXIT_CLEAN


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to FILE instead of standard output.")
@click.option("--as-of", type=click.IntRange(1960, 2200), metavar="YEAR",
              help="Count the horizon from YEAR instead of the publication year found in the document.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when a finding is at or above this severity (default: warning, or the config's).")
@click.option("--select", metavar="RULES", help="Comma-separated codes, prefixes or names to run (default: all).")
@click.option("--ignore", metavar="RULES", help="Comma-separated codes, prefixes or names to skip.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Use this config file instead of searching for one.")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("-j", "--jobs", type=click.IntRange(0, 256), default=0,
              help="Worker processes (default 0: one per core).")
@click.option("--password", metavar="PASSWORD", help="Password for encrypted PDFs.")
@click.option("--max-file-size", type=click.IntRange(1), default=200, show_default=True, metavar="MB",
              help="Refuse files larger than this.")
@click.option("--max-pages", type=click.IntRange(1), default=5000, show_default=True,
              help="Refuse PDFs with more pages than this.")
@click.option("--max-inflated-size", type=click.IntRange(1), default=512, show_default=True, metavar="MB",
              help="Refuse DOCX files that would inflate to more than this (zip bombs).")
@click.option("--timeout", type=click.FloatRange(0), default=120, show_default=True, metavar="SECONDS",
              help="Give up on a document after this long (0: no limit); the other documents go on.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: on a terminal only).")
def check(paths: tuple[Path, ...], output_format: str, output: Path | None, as_of: int | None,
          fail_on: str | None, select: str | None, ignore: str | None, config_file: Path | None,
          isolated: bool, jobs: int, password: str | None, max_file_size: int, max_pages: int,
          max_inflated_size: int, timeout: float, color: bool | None) -> None:
    """Lint strategy documents. PATHS are files or folders (searched for .docx .pdf .md .html .txt)."""
    from strategylint.engine import DocumentResult, Engine
    from strategylint.parsers import Limits, walk
    from strategylint.registry import RuleError
    from strategylint.reporters.safe import clean_line
    from strategylint.runner import default_jobs, lint_files

    config = _load_config(paths, config_file, isolated)
    _apply_cli_selection(config, select, ignore)
    limits = Limits(max_file_bytes=max_file_size * 1024 * 1024, max_pages=max_pages, password=password,
                    max_inflated_bytes=max_inflated_size * 1024 * 1024)
    try:
        engine = Engine(config, as_of=as_of, limits=limits)
    except RuleError as exc:
        _fail(str(exc))
    files, problems = walk(list(paths))
    if not files and not problems:
        _fail("no supported documents (.docx .pdf .md .html .txt) under " + ", ".join(map(str, paths)))
    results: list[DocumentResult] = [DocumentResult(path=str(p), error=str(e)) for p, e in problems]
    for result in lint_files(files, engine, jobs or default_jobs(), timeout=timeout or None):
        results.append(result)
    for result in results:
        if result.error:
            click.echo(f"strategylint: error: {clean_line(result.path)}: {clean_line(result.error)}", err=True)
    _write_report(results, output_format, output, color)
    sys.exit(_exit_code(results, fail_on or config.fail_on))


def _write_report(results: list[DocumentResult], output_format: str, output: Path | None,
                  color: bool | None) -> None:
    if output_format == "json":
        from strategylint.reporters import json_reporter

        text = json_reporter.render(results)
        if output:
            _write_file(output, text)
        else:
            click.echo(text, nl=False)
        return
    from strategylint.reporters import text as text_reporter

    if output:
        import io

        buffer = io.StringIO()
        text_reporter.render(results, buffer, color=False)
        _write_file(output, buffer.getvalue())
    else:
        text_reporter.render(results, sys.stdout, color=color)


def _write_file(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{path}: cannot write the report: {exc.strerror or exc}")


def _rules() -> list[Rule]:
    from strategylint.registry import RuleError, load_rules

    try:
        return load_rules()
    except RuleError as exc:
        _fail(str(exc))


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(output_format: str) -> None:
    """List the rules: code, name, sign or board question, default severity."""
    rules = _rules()
    if output_format == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "sign": r.sign, "question": r.question,
                                "severity": r.severity, "options": dict(r.options), "summary": r.summary}
                               for r in rules], indent=2))
        return
    click.echo(f"{'code':<7} {'name':<22} {'sign / question':<32} {'severity':<8}  summary")
    for r in rules:
        serves = ", ".join(x for x in (r.sign, r.question) if x) or "-"
        click.echo(f"{r.code:<7} {r.name:<22} {serves:<32} {r.severity:<8}  {r.summary}")


@main.command()
@click.argument("name")
def explain(name: str) -> None:
    """Print a rule's documentation (NAME is its name or code)."""
    import inspect

    from strategylint.registry import find_rule

    rules = _rules()
    rule = find_rule(rules, name)
    if rule is None:
        _fail(f"no rule {name!r}; `strategylint rules` lists them")
    serves = ", ".join(x for x in (rule.sign, rule.question) if x) or "-"
    click.echo(f"{rule.code} {rule.name}  (serves: {serves}; default severity: {rule.severity})\n")
    click.echo(inspect.cleandoc(rule.doc))
    if rule.options:
        click.echo("\nDefaults: " + ", ".join(f"{k} = {v!r}" for k, v in rule.options.items()))
