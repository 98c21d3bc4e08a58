"""Build documents and lint them in tests, without any parser.

`make_document` builds a `Document` straight from blocks, so rule tests do not depend on the Markdown
(or any other) parser. It takes either a list of ``(kind, text)`` / ``(kind, text, level)`` tuples, or a
small Markdown-like text:

* ``# Title``, ``## Section`` ... give headings of that level;
* ``- item`` / ``* item`` / ``1. item`` give list items (two spaces of indent per nesting level);
* ``| cell | cell |`` gives one table cell per cell;
* anything else is a paragraph; consecutive lines join into one paragraph, blank lines separate them.

Every block gets ``Location(line=n, column=1)`` with its 1-based source line (for tuples: its index + 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from strategylint.config import Config
from strategylint.engine import DocumentResult, Engine
from strategylint.findings import Reported
from strategylint.model import Block, BlockKind, Document, Location, Metadata

BlockSpec = tuple[str | BlockKind, str] | tuple[str | BlockKind, str, int]
Source = str | Sequence[BlockSpec] | Document

KIND_ALIASES: dict[str, BlockKind] = {
    "h": BlockKind.HEADING,
    "heading": BlockKind.HEADING,
    "p": BlockKind.PARAGRAPH,
    "paragraph": BlockKind.PARAGRAPH,
    "li": BlockKind.LIST_ITEM,
    "item": BlockKind.LIST_ITEM,
    "list-item": BlockKind.LIST_ITEM,
    "td": BlockKind.TABLE_CELL,
    "cell": BlockKind.TABLE_CELL,
    "table-cell": BlockKind.TABLE_CELL,
}

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$")


def _kind(kind: str | BlockKind) -> BlockKind:
    if isinstance(kind, BlockKind):
        return kind
    try:
        return KIND_ALIASES[kind]
    except KeyError:
        raise ValueError(f"unknown block kind {kind!r}; use one of {sorted(KIND_ALIASES)}") from None


def blocks_from_specs(specs: Iterable[BlockSpec]) -> list[Block]:
    blocks: list[Block] = []
    for number, spec in enumerate(specs, start=1):
        kind = _kind(spec[0])
        text = spec[1]
        level = spec[2] if len(spec) > 2 else (1 if kind in (BlockKind.HEADING, BlockKind.LIST_ITEM) else 0)
        blocks.append(Block(kind, text, Location(line=number, column=1), level=level))
    return blocks


def blocks_from_text(text: str) -> list[Block]:
    """Blocks from Markdown-like text (see the module docstring); not the real Markdown parser."""
    blocks: list[Block] = []
    para: list[str] = []
    para_line = 0

    def flush() -> None:
        nonlocal para
        if para:
            joined = ""
            starts: list[int] = []
            for i, line in enumerate(para):
                if i:
                    joined += " "
                    starts.append(len(joined))
                joined += line
            blocks.append(
                Block(
                    BlockKind.PARAGRAPH, joined, Location(line=para_line, column=1), line_starts=tuple(starts)
                )
            )
            para = []

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        heading = _HEADING.match(stripped)
        item = _ITEM.match(line)
        if heading:
            flush()
            blocks.append(
                Block(
                    BlockKind.HEADING,
                    heading.group(2),
                    Location(line=number, column=1),
                    level=len(heading.group(1)),
                )
            )
        elif item:
            flush()
            indent = len(item.group(1).expandtabs(4))
            blocks.append(
                Block(
                    BlockKind.LIST_ITEM,
                    item.group(2).strip(),
                    Location(line=number, column=1),
                    level=1 + indent // 2,
                )
            )
        elif stripped.startswith("|") and stripped.endswith("|"):
            flush()
            for cell in stripped.strip("|").split("|"):
                cell = cell.strip()
                if cell and not set(cell) <= set("-: "):
                    blocks.append(Block(BlockKind.TABLE_CELL, cell, Location(line=number, column=1)))
        else:
            if not para:
                para_line = number
            para.append(stripped)
    flush()
    return blocks


def make_document(
    source: Source,
    *,
    title: str | None = None,
    pages: int | None = None,
    pages_without_text: Sequence[int] = (),
    created: datetime | None = None,
    path: str = "test.md",
    fmt: str = "md",
) -> Document:
    """A Document from Markdown-like text or block tuples (a Document is returned unchanged)."""
    if isinstance(source, Document):
        return source
    blocks = blocks_from_text(source) if isinstance(source, str) else blocks_from_specs(source)
    meta = Metadata(title=title, pages=pages, pages_without_text=list(pages_without_text), created=created)
    return Document(path=path, format=fmt, blocks=blocks, meta=meta)


def lint(
    source: Source,
    rules: Sequence[str] = (),
    as_of: int | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    **document_args: Any,
) -> DocumentResult:
    """Run `Engine(Config(select=rules), as_of=...)` on one document, shown as ``test.md``.

    `rules` are codes or names (empty: every rule); `options` maps a rule name to its option values;
    `document_args` go to `make_document` (title, pages, pages_without_text, created).
    """
    config = Config(select=list(rules), options={k: dict(v) for k, v in (options or {}).items()})
    engine = Engine(config, as_of=as_of)
    return engine.lint_document(make_document(source, **document_args), "test.md")


def findings_of(result: DocumentResult, rule_name: str) -> list[Reported]:
    """The findings `rule_name` (a name or a code) gave in `result`: those listed, and a board question's
    partial answer, which the engine keeps in the scorecard instead of the list."""
    return [f for f in (*result.findings, *result.in_scorecard) if rule_name in (f.rule, f.code)]


def write_source(folder: Path, name: str, source: str | bytes) -> Path:
    """Write a parser fixture (text as UTF-8, or raw bytes) and return its path."""
    path = folder / name
    if isinstance(source, str):
        path.write_text(source, encoding="utf-8")
    else:
        path.write_bytes(source)
    return path
