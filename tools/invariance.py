"""Lint the same content as Markdown, DOCX and PDF, and print where the judgements differ.

    python tools/invariance.py [FOLDER_OR_FILES...] [--keep DIR] [--jobs N]

Defaults to the Markdown documents of ../shared/corpus/docs (less the German one, de-hochschule-...).
Each is parsed with strategylint's own Markdown parser; its blocks are then rendered into a DOCX with
python-docx (``Heading N`` styles, ``List Bullet`` / ``List Bullet 2`` / ``List Bullet 3``, a table
per run of table cells, rows rebuilt from the cells' source lines) and into a PDF with fpdf2 (DejaVu
Sans from the system or matplotlib, else Helvetica with the characters Windows-1252 lacks replaced, as
the first line of output says; headings larger and bold and kept with their next lines, as a word
processor keeps them; body text 11 pt; bullets for list items; ruled tables; pages as fpdf2 flows them,
with no running headers or page numbers). The renderings keep the source's file name, so a year in it
counts alike, and the title and author the Markdown gives; no file date is written (python-docx's
template and fpdf2 would stamp 2013 or today), so a date in the metadata cannot decide a publication
year that the text does not.

The original and both renderings are linted in one ``strategylint check --isolated --format json``
run, and per document the script prints what differs from the Markdown: the word count, each sign's
``present``, each board question's ``status``, the horizon's start and end, the publication year, and
the findings as (rule, first 80 characters of the message). Some differences are the PDF's own: it has
no table markup (cells are read as paragraphs, and one-line cells of a row as one line), no marks for
a paragraph that runs on over a page (two blocks), a word too long for its line or a heading of over
20 words, and a line that starts "1)" or "- " after a sentence is a list item however the Markdown
escaped it. Exits 0 whatever it finds: it is a tool for looking, not a test. No network.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

from strategylint.model import Block, BlockKind, Document
from strategylint.parsers import InputError, Limits, read_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
SKIP = ("de-hochschule-",)  # German: the rules judge English
FORMATS = ("md", "docx", "pdf")
FONT_NAMES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_GLOBS = ("/usr/share/fonts/**/{name}", "/usr/local/share/fonts/**/{name}",
              f"{sys.prefix}/lib/python3*/site-packages/matplotlib/mpl-data/fonts/ttf/{{name}}",
              "/usr/share/**/{name}")
# PDF type sizes (points) per heading level: 12% or more apart, so that strategylint's PDF parser can
# tell the levels apart; 13 pt is over the 15%-and-1-pt threshold above the 11 pt body; levels 5 and 6
# are bold at body size, as Word's default styles are.
HEADING_POINTS = {1: 22.0, 2: 18.0, 3: 15.0, 4: 13.0, 5: 11.0, 6: 11.0}
BODY_POINTS = 11.0
LINE_MM = 5.0  # line height of 11 pt text
MESSAGE_CHARS = 80


# --------------------------------------------------------------------------------------------------
# Finding the documents and a font


def collect(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        found = sorted([*path.glob("*.md"), *path.glob("*.markdown")]) if path.is_dir() else [path]
        files.extend(file for file in found if not file.name.startswith(SKIP))
    return files


def find_font() -> tuple[Path, Path] | None:
    """DejaVu Sans regular and bold, from the system's fonts (``fc-list`` when it is there, else a glob)."""
    found: dict[str, Path] = {}
    if shutil.which("fc-list"):
        listing = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True, text=True,
                                 check=False).stdout
        for line in listing.splitlines():
            name = Path(line.strip()).name
            if name in FONT_NAMES:
                found.setdefault(name, Path(line.strip()))
    for name in FONT_NAMES:
        for pattern in FONT_GLOBS:
            if name in found:
                break
            hits = sorted(glob.glob(pattern.format(name=name), recursive=True))
            if hits:
                found[name] = Path(hits[0])
    if all(name in found for name in FONT_NAMES):
        return found[FONT_NAMES[0]], found[FONT_NAMES[1]]
    return None


# --------------------------------------------------------------------------------------------------
# Rendering


def table_rows(cells: Sequence[Block]) -> list[list[str]]:
    """The rows of a run of table cells: cells on one source line are one row (a GFM table row), so
    an HTML table whose cells stand on lines of their own becomes a one-column table."""
    rows: list[list[str]] = []
    line: int | None = -1
    for cell in cells:
        if cell.location.line != line or not rows:
            rows.append([])
            line = cell.location.line
        rows[-1].append(cell.text)
    return rows


def runs(blocks: Sequence[Block]) -> Iterator[tuple[Block | None, list[Block]]]:
    """Each block alone (with an empty list), or None with a run of consecutive table cells."""
    i = 0
    while i < len(blocks):
        if blocks[i].kind is BlockKind.TABLE_CELL:
            j = i
            while j < len(blocks) and blocks[j].kind is BlockKind.TABLE_CELL:
                j += 1
            yield None, list(blocks[i:j])
            i = j
        else:
            yield blocks[i], []
            i += 1


def render_docx(doc: Document, target: Path) -> None:
    word: Any = docx.Document()
    props = word.core_properties
    props.title = doc.meta.title or ""
    props.author = doc.meta.author or ""
    props.last_modified_by = ""
    core = props._element  # the template's 2013 dates would stand for the document's own
    for child in list(core):
        if str(child.tag).endswith(("}created", "}modified")):
            core.remove(child)
    if doc.meta.created:
        props.created = doc.meta.created
    if doc.meta.modified:
        props.modified = doc.meta.modified
    for block, cells in runs(doc.blocks):
        if block is None:
            rows = table_rows(cells)
            table = word.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif block.kind is BlockKind.HEADING:
            word.add_heading(block.text, level=min(max(block.level, 1), 9))
        elif block.kind is BlockKind.LIST_ITEM:
            level = min(max(block.level, 1), 3)
            word.add_paragraph(block.text, style="List Bullet" if level == 1 else f"List Bullet {level}")
        else:
            word.add_paragraph(block.text)
    word.save(str(target))


class _Pdf(FPDF):
    def __init__(self, font: tuple[Path, Path] | None) -> None:
        super().__init__(format="A4")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.family = "Helvetica"
        if font:
            self.add_font("DejaVu", "", str(font[0]))
            self.add_font("DejaVu", "B", str(font[1]))
            self.family = "DejaVu"
        else:
            self.core_fonts_encoding = "windows-1252"
        self.replaced = 0

    def text_for(self, text: str) -> str:
        """The text as the font can show it: as it is with a Unicode font, else each character that
        Windows-1252 lacks is replaced with '?' (and counted)."""
        if self.family != "Helvetica":
            return text
        out = text.encode("cp1252", errors="replace").decode("cp1252")
        self.replaced += sum(a != b for a, b in zip(text, out, strict=True))
        return out


def render_pdf(doc: Document, target: Path, font: tuple[Path, Path] | None) -> int:
    """Write the PDF; return how many characters the core font could not show."""
    pdf = _Pdf(font)
    if doc.meta.title:
        pdf.set_title(doc.meta.title)
    if doc.meta.author:
        pdf.set_author(doc.meta.author)
    pdf.add_page()
    bullet = "•"
    for block, cells in runs(doc.blocks):
        if block is None:
            pdf_table(pdf, table_rows(cells))
        elif block.kind is BlockKind.HEADING:
            level = min(max(block.level, 1), 6)
            points = HEADING_POINTS[level]
            pdf.ln(3 if level > 2 else 5)
            pdf.set_font(pdf.family, "B", points)
            text = pdf.text_for(block.text)
            lines = pdf.multi_cell(0, points * 0.45, text, dry_run=True, output=MethodReturnValue.LINES)
            count = len(lines) if isinstance(lines, list) else 1
            if pdf.will_page_break(count * points * 0.45 + 2 + 2 * LINE_MM):
                pdf.add_page()  # as a word processor keeps a heading's lines together and with what follows
            pdf.multi_cell(0, points * 0.45, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif block.kind is BlockKind.LIST_ITEM:
            indent = 6.0 * min(max(block.level, 1), 3)
            pdf.set_font(pdf.family, "", BODY_POINTS)
            if pdf.will_page_break(LINE_MM):
                pdf.add_page()
            pdf.set_x(pdf.l_margin + indent - 4)
            pdf.cell(4, LINE_MM, bullet)
            pdf.multi_cell(pdf.epw - indent, LINE_MM, pdf.text_for(block.text), new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(1.5)
        else:
            pdf.set_font(pdf.family, "", BODY_POINTS)
            pdf.multi_cell(0, LINE_MM, pdf.text_for(block.text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
    pdf.output(str(target))
    _drop_creation_date(target)
    return pdf.replaced


def pdf_table(pdf: _Pdf, rows: list[list[str]]) -> None:
    width = max(len(row) for row in rows)
    pdf.set_font(pdf.family, "", 10)
    pdf.ln(2)
    with pdf.table(first_row_as_headings=False, line_height=4.5, padding=1.5) as table:
        for row in rows:
            out = table.row()
            for text in [*row, *[""] * (width - len(row))]:
                out.cell(pdf.text_for(text))
    pdf.ln(3)


_CREATION_DATE = re.compile(rb"/CreationDate \(D:[^)]*\)")


def _drop_creation_date(path: Path) -> None:
    """fpdf2 always writes the time of writing as /CreationDate; blank it with spaces of the same
    length (the cross-reference offsets stay true), so that the PDF has no date, as the Markdown."""
    data = path.read_bytes()
    path.write_bytes(_CREATION_DATE.sub(lambda m: b" " * len(m.group(0)), data))


# --------------------------------------------------------------------------------------------------
# Linting and comparing


@dataclass(frozen=True)
class Verdict:
    words: int
    published: int | None
    horizon: tuple[int, int] | None
    signs: dict[str, bool]
    board: dict[str, str]
    findings: frozenset[tuple[str, str]]
    error: str | None


def verdict(result: dict[str, Any]) -> Verdict:
    horizon = result.get("horizon")
    return Verdict(
        words=result.get("words", 0),
        published=result.get("published"),
        horizon=(horizon["start"], horizon["end"]) if horizon else None,
        signs={key: bool(value.get("present")) for key, value in (result.get("signs") or {}).items()},
        board={key: str(value.get("status")) for key, value in (result.get("board") or {}).items()},
        findings=frozenset((f["rule"], f["message"][:MESSAGE_CHARS]) for f in result.get("findings", [])),
        error=result.get("error"),
    )


def lint(files: list[Path], out: Path, jobs: int) -> dict[str, Verdict]:
    command = [sys.executable, "-m", "strategylint", "check", "--isolated", "--format", "json", "--fail-on", "never",
               "--jobs", str(jobs), "-o", str(out), *map(str, files)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if not out.exists():
        raise SystemExit(f"strategylint check failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    return {str(Path(result["path"]).resolve()): verdict(result) for result in report["documents"]}


def differences(base: Verdict, other: Verdict) -> list[tuple[str, str, str]]:
    """(what, Markdown's value, the rendering's value) for each difference."""
    rows: list[tuple[str, str, str]] = []

    def add(what: str, left: object, right: object) -> None:
        if left != right:
            rows.append((what, str(left), str(right)))

    add("error", base.error, other.error)
    add("words", base.words, other.words)
    add("published", base.published, other.published)
    add("horizon", "-".join(map(str, base.horizon)) if base.horizon else None,
        "-".join(map(str, other.horizon)) if other.horizon else None)
    for key in sorted(base.signs.keys() | other.signs.keys()):
        add(f"sign {key}", base.signs.get(key), other.signs.get(key))
    for key in sorted(base.board.keys() | other.board.keys()):
        add(f"board {key}", base.board.get(key), other.board.get(key))
    for rule, message in sorted(base.findings - other.findings):
        rows.append((f"finding {rule}", message, "-"))
    for rule, message in sorted(other.findings - base.findings):
        rows.append((f"finding {rule}", "-", message))
    return rows


def print_table(name: str, by_format: dict[str, list[tuple[str, str, str]]], words: int) -> None:
    print(f"\n## {name} ({words} words as Markdown)")
    if not any(by_format.values()):
        print("   no difference")
        return
    for fmt, rows in by_format.items():
        if not rows:
            print(f"   {fmt}: no difference")
            continue
        print(f"   {fmt}: {len(rows)} difference(s)")
        for what, left, right in rows:
            print(f"     {what:<32} md: {left:<40} {fmt}: {right}")


# --------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_CORPUS],
                        help="Markdown files or folders of them (default: the corpus, less the German one)")
    parser.add_argument("--keep", type=Path, help="write the renderings and the report to DIR and keep them")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes for strategylint check (0: per core)")
    args = parser.parse_args(argv)
    sources = collect(args.paths)
    if not sources:
        print("no Markdown documents to compare", file=sys.stderr)
        return 2
    font = find_font()
    print(f"PDF font: {font[0]} and {font[1]}" if font else
          "PDF font: no DejaVu Sans found; Helvetica (Windows-1252), other characters replaced with '?'")
    with tempfile.TemporaryDirectory(prefix="invariance-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        to_lint: list[Path] = []
        renderings: dict[Path, dict[str, Path]] = {}
        for source in sources:
            try:
                doc = read_document(source, Limits())
            except InputError as exc:
                print(f"{source.name}: cannot be read: {exc}", file=sys.stderr)
                continue
            docx_path, pdf_path = folder / f"{source.stem}.docx", folder / f"{source.stem}.pdf"
            render_docx(doc, docx_path)
            replaced = render_pdf(doc, pdf_path, font)
            if replaced:
                print(f"{source.name}: {replaced} character(s) the core font cannot show replaced in the PDF")
            renderings[source] = {"md": source, "docx": docx_path, "pdf": pdf_path}
            to_lint.extend(renderings[source].values())
        results = lint(to_lint, folder / "report.json", args.jobs)
        total = 0
        for source, paths in renderings.items():
            base = results[str(source.resolve())]
            by_format = {fmt: differences(base, results[str(paths[fmt].resolve())]) for fmt in FORMATS[1:]}
            total += sum(len(rows) for rows in by_format.values())
            print_table(source.name, by_format, base.words)
        print(f"\n{len(renderings)} documents, {total} difference(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
