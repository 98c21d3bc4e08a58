"""Read an HTML file into a `Document`: the page's own text, without its navigation and chrome.

Approach
--------
The bytes are decoded by `textutil.decode` (BOM, strict UTF-8, the ``<meta charset>`` the page
declares, then charset-normalizer). BeautifulSoup builds the tree with the standard library's
``html.parser``, which records every tag's line and column (lxml would fix up unclosed ``<p>`` and
``<li>`` tags better, but gives no columns through BeautifulSoup). Nothing is ever fetched: no
stylesheets, scripts, frames or images are loaded.

The tree is walked iteratively (10,000 nested ``<div>`` cost nothing and cannot raise
`RecursionError`), collecting text into *runs*. Every block-level element (``p``, ``h1``-``h6``,
``li``, ``td``/``th``, ``blockquote``, ``dd``/``dt``, ``div``, ``section`` ...) starts and ends a run,
so text that ``html.parser`` leaves wrongly nested (``<p>a<p>b`` puts the second paragraph inside
the first) still comes out as separate blocks, and bare text in a ``div``/``section``/``main``/
``article`` ("div soup") becomes a paragraph of its own. Two ``<br>`` in a row also end a run; one is
a space. Inline elements (``a``, ``em``, ``span`` ...) just contribute their text, with whitespace
collapsed as a browser would.

A run's kind comes from its innermost enclosing structure: ``h1``-``h6`` make a ``HEADING`` of that
level; ``li`` a ``LIST_ITEM`` whose level is the number of enclosing ``ul``/``ol``/``menu``;
``td``/``th`` a ``TABLE_CELL``; ``blockquote``/``dd``/``dt`` and everything else a ``PARAGRAPH``.
A ``p`` inside an ``li`` or a cell keeps the item's or the cell's kind, as in Markdown.

Skipped with everything inside: ``nav``, ``aside``, ``script``, ``style``, ``noscript``,
``template``, ``form``, ``svg``, ``iframe``, ``button``, ``pre`` (code, as in Markdown), ``head`` and
other non-content elements; ``header`` and ``footer`` unless they sit inside an ``article``,
``main`` or ``section`` (where they are the section's own header, not the site's banner); elements
with ``role`` navigation, banner, contentinfo or search, ``aria-hidden="true"``, the ``hidden``
attribute or an inline ``display:none``/``visibility:hidden`` style; comments and doctypes.

Locations: a run opened by an element is located at that element's start tag (line, and column
from ``sourcepos``); bare text is located at the line its first character is on (no column).
``line_starts`` records where later source lines begin, counting the newlines in text nodes and
resynchronising on each tag's own line number. The title is ``<title>`` or else the first ``h1``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.element import NavigableString, PageElement, PreformattedString, Tag
from bs4.exceptions import ParserRejectedMarkup

from strategylint.model import Block, BlockKind, Document, Location, Metadata
from strategylint.parsers import InputError, Limits
from strategylint.parsers.textutil import collapse, decode, has_text, read_file

_SKIPPED = frozenset({
    "nav", "aside", "script", "style", "noscript", "template", "form", "svg", "iframe", "button",
    "pre", "head", "title", "meta", "link", "select", "option", "textarea", "input", "canvas", "object",
    "embed", "video", "audio", "map", "math", "dialog", "frame", "frameset", "rp",
})
_CHROME = frozenset({"header", "footer"})
_SECTIONING = frozenset({"article", "main", "section"})
_SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_LISTS = frozenset({"ul", "ol", "menu"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_PARAGRAPH_CONTAINERS = frozenset({"blockquote", "dd", "dt", "caption", "figcaption", "summary"})
_BOUNDARIES = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "hr", "html", "li", "main",
    "menu", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    *_HEADINGS,
})
# "<![^" or "<!x%" make html.parser raise; anything after "<!" other than a comment or a doctype is
# turned into text on a second attempt (the line count does not change).
_ODD_DECLARATION = re.compile(r"<!(?!--|doctype)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                           re.IGNORECASE)


@dataclass(slots=True)
class _Run:
    """Text being gathered for one block."""

    kind: BlockKind
    level: int
    line: int
    column: int | None
    parts: list[str] = field(default_factory=list)
    length: int = 0
    starts: list[int] = field(default_factory=list)
    last_line: int = 0


@dataclass(slots=True)
class _Walker:
    """Walks the tree in document order and cuts its text into blocks."""

    blocks: list[Block] = field(default_factory=list)
    line: int = 1
    run: _Run | None = None
    origin: tuple[int, int | None] | None = None  # start tag position of the element that opens a run
    space: bool = False  # whitespace seen since the last text of the run
    breaks: int = 0  # <br> elements in a row
    list_depth: int = 0
    sectioning: int = 0
    structure: list[tuple[BlockKind, int]] = field(default_factory=list)

    def walk(self, root: Tag) -> None:
        stack: list[tuple[PageElement, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if isinstance(node, Tag):
                if leaving:
                    self._leave(node)
                elif not self._skipped(node):
                    self._enter(node)
                    stack.append((node, True))
                    stack.extend((child, False) for child in reversed(node.contents))
            elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
                self._text(str(node))
        self._flush()

    def _skipped(self, tag: Tag) -> bool:
        name = tag.name
        if name in _SKIPPED or (name in _CHROME and not self.sectioning):
            return True
        if _attr(tag, "role").lower() in _SKIPPED_ROLES or _attr(tag, "aria-hidden").lower() == "true":
            return True
        return tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(_attr(tag, "style")))

    def _enter(self, tag: Tag) -> None:
        name = tag.name
        if tag.sourceline is not None:
            self.line = max(self.line, tag.sourceline)
        if name == "br":
            self.breaks += 1
            self.space = True
            if self.breaks >= 2:
                self._flush()
            return
        if name in _BOUNDARIES:
            self._flush()
            column = tag.sourcepos + 1 if tag.sourcepos is not None else None
            self.origin = (tag.sourceline, column) if tag.sourceline is not None else None
        if name in _SECTIONING:
            self.sectioning += 1
        if name in _LISTS:
            self.list_depth += 1
        structure = self._structure(name)
        if structure is not None:
            self.structure.append(structure)

    def _leave(self, tag: Tag) -> None:
        name = tag.name
        if name in _BOUNDARIES:
            self._flush()
        if name in _SECTIONING:
            self.sectioning -= 1
        if name in _LISTS:
            self.list_depth -= 1
        if self._structure(name) is not None:
            self.structure.pop()

    def _structure(self, name: str) -> tuple[BlockKind, int] | None:
        if name in _HEADINGS:
            return BlockKind.HEADING, _HEADINGS[name]
        if name == "li":
            return BlockKind.LIST_ITEM, max(self.list_depth, 1)
        if name in ("td", "th"):
            return BlockKind.TABLE_CELL, 0
        if name in _PARAGRAPH_CONTAINERS:
            return BlockKind.PARAGRAPH, 0
        return None

    def _text(self, text: str) -> None:
        for index, segment in enumerate(text.split("\n")):
            if index:
                self.line += 1
                self.space = True
            words = collapse(segment)
            if not words:
                self.space = self.space or bool(segment)
                continue
            if segment[0].isspace():
                self.space = True
            self._append(words)
            self.space = segment[-1].isspace()

    def _append(self, words: str) -> None:
        self.breaks = 0
        run = self.run
        if run is None:
            kind, level = self.structure[-1] if self.structure else (BlockKind.PARAGRAPH, 0)
            line, column = self.origin if self.origin is not None else (self.line, None)
            run = self.run = _Run(kind, level, line, column, last_line=line)
        elif self.space:
            run.parts.append(" ")
            run.length += 1
        if self.line > run.last_line:
            run.starts.extend([run.length] * (self.line - run.last_line))
            run.last_line = self.line
        run.parts.append(words)
        run.length += len(words)

    def _flush(self) -> None:
        run, self.run, self.origin, self.space, self.breaks = self.run, None, None, False, 0
        if run is None:
            return
        text = "".join(run.parts)
        starts = tuple(run.starts)
        if run.kind is BlockKind.HEADING:
            text = _said_once(text)
            starts = tuple(start for start in starts if start < len(text))
        if has_text(text):
            location = Location(line=run.line, column=run.column)
            self.blocks.append(Block(run.kind, text, location, run.level, starts))


def _said_once(heading: str) -> str:
    """A heading whose last words come twice, once for the screen and once for a sticky or printed copy ("Theme 02
    Transforming the way we work Transforming the way we work"), said once."""
    words = heading.split(" ")
    count = len(words)
    for size in range(count // 2, 1, -1):
        if words[count - 2 * size:count - size] == words[count - size:]:
            return " ".join(words[:count - size])
    return heading


def _attr(tag: Tag, name: str) -> str:
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _title(soup: BeautifulSoup, blocks: list[Block]) -> str | None:
    title = soup.find("title")
    if isinstance(title, Tag):
        text = collapse(title.get_text())
        if text:
            return text
    return next((b.text for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)


def _defuse_tail(text: str) -> str:
    """Escape every ``<`` after the last ``>``: none can open a tag, comment or declaration there,
    and ``html.parser`` rescans to the end of the input for each of them (four megabytes of ``<a``
    would take hours)."""
    last = text.rfind(">")
    tail = text[last + 1:]
    return text[:last + 1] + tail.replace("<", "&lt;") if "<" in tail else text


def _soup(text: str) -> BeautifulSoup:
    """The parsed tree; malformed declarations that ``html.parser`` chokes on are made text first."""
    text = _defuse_tail(text)
    for attempt in (text, _ODD_DECLARATION.sub("&lt;!", text)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
                return BeautifulSoup(attempt, "html.parser")
        except ParserRejectedMarkup as exc:
            error = exc
    raise InputError(f"the HTML parser rejected the markup: {error}"[:200], "check that the file is HTML")


def parse_text(text: str, path: str = "<string>") -> Document:
    """Parse decoded HTML (the work of `parse`, without the file and the decoding)."""
    soup = _soup(text)
    walker = _Walker()
    walker.walk(soup)
    meta = Metadata(title=_title(soup, walker.blocks))
    return Document(path=path, format="html", blocks=walker.blocks, meta=meta)


def parse(path: Path, limits: Limits) -> Document:
    """Read the HTML file at `path`."""
    data = read_file(path, limits)
    decoded = decode(data, declared=_declared_charset(data))
    document = parse_text(decoded.text, str(path))
    document.meta.notes[:0] = decoded.notes
    return document
