"""Text output for people: findings grouped by document, in reading order, with the quote and the fix.

Colour only on a terminal (rich decides, and honours NO_COLOR). Document text goes into `rich.text.Text`
objects, never into markup strings, so nothing a document says is interpreted as markup.
"""

from __future__ import annotations

from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from strategylint.engine import DocumentResult
from strategylint.findings import BAD_SIGNS, GOOD_SIGNS, Reported
from strategylint.model import Location
from strategylint.reporters.safe import clean, clean_line

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
WIDTH = 100


def _header(result: DocumentResult) -> Text:
    parts: list[str] = []
    if result.format:
        parts.append(result.format)
    if result.pages:
        parts.append(f"{result.pages} pages")
    parts.append(f"{result.words:,} words")
    if result.published:
        parts.append(f"published {result.published}")
    if result.horizon:
        h = result.horizon
        parts.append(f"horizon {h['start']}-{h['end']}: {h['years']} years")
    if result.language and result.language != "en":
        parts.append(f"language {result.language}")
    text = Text(clean_line(result.path), style="bold")
    text.append(f"  ({', '.join(parts)})", style="dim")
    return text


def _where(finding: Reported) -> str:
    where = finding.location.describe()
    if finding.location.section:
        where += f"  §{clean_line(finding.location.section)[:40]}"
    return where


def _finding(finding: Reported) -> list[Text]:
    head = Text("  ")
    head.append(f"{_where(finding):<42}", style="dim")
    head.append(f" {finding.severity:<8}", style=SEVERITY_STYLE[finding.severity])
    head.append(f" {finding.rule} ({finding.code})")
    if finding.also:
        head.append(f" also {', '.join(finding.also)}", style="dim")
    lines = [head]
    if finding.quote:
        lines.append(Text(f'    "{clean_line(finding.quote)[:400]}"', style="italic"))
    lines.append(Text(f"    {clean(finding.message)}"))
    lines.append(Text(f"    Fix: {clean(finding.suggestion)}", style="green"))
    return lines


def _signs(result: DocumentResult) -> Text | None:
    if not result.signs:
        return None
    bad = [k for k in BAD_SIGNS if k in result.signs and result.signs[k].present]
    clear = [k for k in BAD_SIGNS if k in result.signs and not result.signs[k].present]
    good = [k for k in GOOD_SIGNS if k in result.signs and result.signs[k].present]
    text = Text("  Signs     ")
    text.append("bad: ", style="bold")
    text.append(", ".join(bad) or "none found", style="yellow" if bad else "green")
    if clear:
        text.append("   not shown: ", style="bold")
        text.append(", ".join(clear), style="green")
    details = [k for k in clear if any(f.sign == k for f in result.findings)]
    if details:
        text.append(f"   ({', '.join(details)}: passages only, not the document as a whole)", style="dim")
    if good:
        text.append("   good: ", style="bold")
        text.append(", ".join(good), style="green")
    return text


def _gap(note: str) -> str:
    """What a partial answer lacks: its note without the board's question ("How will you know ...? ")."""
    asked = max(note.find("?' "), note.find("? "))
    return note[asked + 2:].lstrip("' ") if asked >= 0 else note


def _evidence_cell(evidence: list[dict[str, Any]], partial: bool = False, board: bool = False) -> Text:
    if not evidence:
        return Text("no evidence found", style="dim")
    first = evidence[0]
    location = first.get("location") or {}
    where = Location(page=location.get("page"), paragraph=location.get("paragraph"), line=location.get("line"))
    text = Text(f"{where.describe()}  ", style="dim")
    if first.get("quote"):
        text.append(f'"{clean_line(str(first["quote"]))[:90]}"')
        if partial and first.get("note"):
            text.append(f"  {clean_line(_gap(str(first['note'])))[:140]}", style="yellow")
    elif first.get("note"):
        note = str(first["note"])
        text.append(clean_line(_gap(note) if board else note)[:140])
    return text


SIGN_VERDICT = {True: ("present", "yellow"), False: ("not shown", "green")}
GOOD_VERDICT = {True: ("present", "green"), False: ("missing", "yellow")}
BOARD_STYLE = {"addressed": "green", "partial": "yellow", "missing": "red"}


def _scorecard(result: DocumentResult) -> Table | None:
    if not result.signs and not result.board:
        return None
    table = Table(title="Scorecard", title_justify="left", show_edge=False, pad_edge=False, box=None,
                  padding=(0, 2, 0, 2))
    table.add_column("sign / board question", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("evidence", overflow="fold")
    for key, sign in result.signs.items():
        label, style = (SIGN_VERDICT if key in BAD_SIGNS else GOOD_VERDICT)[sign.present]
        table.add_row(f"{'bad' if key in BAD_SIGNS else 'good'}: {key}", Text(label, style=style),
                      _evidence_cell(sign.evidence))
    for key, answer in result.board.items():
        table.add_row(key, Text(answer.status, style=BOARD_STYLE[answer.status]),
                      _evidence_cell(answer.evidence, partial=answer.status == "partial", board=True))
    return table


def _summary(results: list[DocumentResult]) -> Text:
    counts = {"error": 0, "warning": 0, "info": 0}
    for result in results:
        for finding in result.findings:
            counts[finding.severity] += 1
    failed = sum(1 for r in results if r.error)
    parts = [f"{n} {name}{'s' if n != 1 else ''}" for name, n in counts.items() if n]
    docs = len(results)
    line = f"{', '.join(parts) or 'No findings'} in {docs} document{'s' if docs != 1 else ''}"
    if failed:
        line += f"; {failed} could not be read"
    line += ". Run `strategylint explain RULE` for the why."
    return Text(line, style="bold")


def render(results: list[DocumentResult], stream: IO[str], *, color: bool | None = None) -> None:
    console = Console(file=stream, width=WIDTH if not stream.isatty() else None, highlight=False,
                      force_terminal=color if color else None, no_color=color is False, soft_wrap=True)
    for result in results:
        if result.error:
            console.print(Text(f"{clean_line(result.path)}  error: {clean_line(result.error)}", style="bold red"))
            console.print()
            continue
        console.print(_header(result))
        for note in result.notes:
            console.print(Text(f"  note: {clean_line(note)}", style="dim"))
        console.print()
        for finding in result.findings:
            for line in _finding(finding):
                console.print(line)
            console.print()
        signs = _signs(result)
        if signs is not None:
            console.print(signs)
            console.print()
        scorecard = _scorecard(result)
        if scorecard is not None:
            console.print(scorecard)
            console.print()
    console.print(_summary(results))
