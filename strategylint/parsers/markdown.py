"""Read a Markdown file into a `Document` with a real CommonMark parser.

Approach
--------
The bytes are decoded by `textutil.decode` (BOM, strict UTF-8, then charset-normalizer) and cleaned
of control characters. Before parsing, a few non-CommonMark dialects that strategy repositories use
are neutralised, always *without changing the number of lines*, so that markdown-it's line maps
stay true to the file:

* YAML (``---``) or TOML (``+++``) front matter at the top (fenced, with at least one ``key:`` line)
  is blanked; its ``title``, ``author`` and ``date`` fill the metadata.
* kramdown attribute lists (``{: .class #id}``, ``{:toc}``, ``{::options /}``) are removed, inline or
  on a line of their own, as are pseudo-containers on a line of their own (``{div .infobox}`` ...
  ``{/div}``).
* Footnote references (``[^1]``) are removed; a footnote definition keeps its text without its
  ``[^1]:`` marker.
* Liquid tags (``{{ site.baseurl }}``, ``{% include x %}``) are removed.
* ATX headings written without the space (``##01 Foreword``, accepted by kramdown and Redcarpet) get
  one: from ``##`` on always, a single ``#`` only before a capital letter on a short line, so that
  ``#hashtags`` stay text.

Parsing is markdown-it-py's ``commonmark`` preset with the GFM table rule. Blocks are read from the
flat token stream (no recursion): ATX and setext headings (their level), paragraphs, list-item
paragraphs (``LIST_ITEM``, level = list nesting depth, one block per paragraph of an item),
table cells and blockquote paragraphs. Code blocks (fenced and indented) are skipped. Raw HTML
blocks (``<div class="infobox">`` and its text, an HTML table) are read by the HTML parser, as a reader
sees them rendered, and located at their lines in the Markdown source; comments, scripts, styles and
``<pre>`` are skipped. Markdown lines an HTML block swallowed after its last markup line (CommonMark
ends a ``<div>`` block only at a blank line, so ``</div>`` directly followed by a paragraph takes the
paragraph with it) are parsed again as Markdown.

Inline markup is flattened to plain text: links keep their text, emphasis and inline code their
content, images and inline HTML are dropped. Each block records ``Location(line, column=1)`` from
the token's line map and ``line_starts`` for its later source lines. The title is the front matter
``title`` or else the first level-1 heading.

Bounded work on hostile input
-----------------------------
* Nesting: markdown-it stops descending at ``maxNesting`` (set to 40 token levels, about 20 nested
  lists or 40 nested quotes) and drops what lies deeper, so 10,000 levels of ``>`` or ``-`` cost
  nothing and cannot raise `RecursionError`; our own loops are iterative. markdown-it would also
  drop every block *after* a list nested that deeply; `_BoundedBlockParser` skips only the lines of
  that list item. The loss is noted.
* Inline markup: markdown-it-py's inline parser costs tens of microseconds per ``[``, ``!`` or ``*``
  (four megabytes of ``[`` take over a minute). A paragraph with more than 20,000 such characters,
  or any paragraph once the document has spent 30,000 of them (real strategies use under 1,000;
  the worst case is then about two seconds), is flattened by simple regular
  expressions instead, and a note says so.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from strategylint.model import Block, BlockKind, Document, Location, Metadata
from strategylint.parsers import InputError, Limits
from strategylint.parsers.html import parse_text as parse_html
from strategylint.parsers.textutil import decode, has_text, join_lines, read_file

MAX_NESTING = 40
_INLINE_MARKUP_PER_BLOCK = 20_000
_INLINE_MARKUP_BUDGET = 30_000
_MARKUP_CHARS = "[]!*_`<&\\"
_MAX_RESCUE_DEPTH = 8
_HTML_BLOCK_BUDGET = 2_000
# HTML blocks that end at their own closing marker, not at a blank line (CommonMark types 1 to 5).
# a heading opened in one HTML block and closed lines later, blank lines and spans between (the MoJ strategy's
# "<h4 ...>" ... "<span class="title-text">Breaking barriers ...</span></h4>"): read as one piece of HTML
_OPENS_HEADING = re.compile(r"<h([1-6])\b", re.IGNORECASE)
_SPLIT_HEADING_LINES = 20  # how far to look for the closing tag
_SELF_ENDING_HTML_BLOCK = re.compile(r"\s*<(?:!|\?|(?:script|pre|style|textarea)(?:[\s>]|$))", re.IGNORECASE)

# --------------------------------------------------------------------------------------------------
# Dialect clean-up, line-preserving

_FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_FRONT_MATTER_MAX_LINES = 500
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$")

_KRAMDOWN_IAL = re.compile(r"\{:[^{}\n]*\}")
_PSEUDO_CONTAINER_LINE = re.compile(
    r"^[ \t]*\{(?:/[A-Za-z][\w-]*|(?:div|section|aside|figure|span|details)\b[^{}\n]*"
    r"|[A-Za-z][\w-]*(?:[ \t]+[.#][\w-]+)+)\}[ \t]*$",
    re.MULTILINE,
)
_FOOTNOTE_DEF = re.compile(r"^([ \t]{0,3})\[\^[^\]\s]{1,100}\]:[ \t]?", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,100}\]")
_LIQUID = re.compile(r"\{\{[^{}]{0,500}\}\}|\{%[^{}]{0,500}%\}")
_ATX_NO_SPACE = re.compile(r"^( {0,3})(#{2,6})(?=[^#\s])", re.MULTILINE)
_ATX_SINGLE_NO_SPACE = re.compile(r"^( {0,3})#(?=[A-Z][^#\n]{0,80}$)", re.MULTILINE)


@dataclass(slots=True)
class _FrontMatter:
    title: str | None = None
    author: str | None = None
    date: datetime | None = None


def _blank_keeping_lines(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


def preprocess(text: str) -> tuple[str, _FrontMatter | None]:
    """Neutralise front matter and kramdown/Liquid/footnote syntax; the line count is unchanged."""
    text, front = _take_front_matter(text)
    text = _LIQUID.sub(_blank_keeping_lines, text)
    text = _PSEUDO_CONTAINER_LINE.sub("", text)
    text = _KRAMDOWN_IAL.sub("", text)
    text = _FOOTNOTE_DEF.sub(r"\1", text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _ATX_NO_SPACE.sub(r"\1\2 ", text)
    text = _ATX_SINGLE_NO_SPACE.sub(r"\1# ", text)
    return text, front


def _take_front_matter(text: str) -> tuple[str, _FrontMatter | None]:
    first, _, rest = text.partition("\n")
    closers = _FRONT_MATTER_FENCES.get(first.rstrip())
    if closers is None:
        return text, None
    lines = rest.split("\n", _FRONT_MATTER_MAX_LINES)
    for index, line in enumerate(lines[:_FRONT_MATTER_MAX_LINES]):
        if line.rstrip() in closers:
            if index and not any(_FRONT_KEY.match(key) for key in lines[:index]):
                return text, None  # a rule, some text and a rule (or a setext underline), not metadata
            front = _read_front_matter(lines[:index])
            tail = "\n".join(lines[index + 1:])
            return "\n" * (index + 2) + tail, front
    return text, None


def _read_front_matter(lines: Sequence[str]) -> _FrontMatter:
    """The few top-level ``key: value`` pairs we use; not a YAML parser, and never runs YAML tags."""
    front = _FrontMatter()
    for line in lines:
        match = _FRONT_KEY.match(line)
        if not match:
            continue
        key, value = match.group(1).lower(), _unquote(match.group(2))
        if not value:
            continue
        if key == "title":
            front.title = value
        elif key in ("author", "authors"):
            front.author = value
        elif key == "date":
            front.date = _parse_date(value)
    return front


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return " ".join(value.split())


def _parse_date(value: str) -> datetime | None:
    for candidate in (value, value[:19], value[:10]):
        try:
            return datetime.fromisoformat(candidate)
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------------------------------
# Parsing


_TOO_DEEP = "strategylint_too_deep"


class _BoundedBlockParser(ParserBlock):
    """markdown-it's block parser, except for what it drops when nesting passes ``maxNesting``.

    markdown-it skips "to the end" of the range it was given. A blockquote passes its own lines, but
    a list item passes the rest of the document, so one list nested too deeply would swallow every
    block after it. Here only the lines indented under that list item are skipped.
    """

    def tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:
        if state.level < state.md.options.maxNesting:
            super().tokenize(state, startLine, endLine)
            return
        state.env[_TOO_DEEP] = True
        if state.parentType != "list":
            state.line = endLine
            return
        line = startLine + 1  # the item's first line is its own
        while line < endLine and (state.isEmpty(line) or state.sCount[line] >= state.blkIndent):
            line += 1
        state.line = min(line, endLine)


def _markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    block = _BoundedBlockParser()
    block.ruler.enableOnly(md.get_active_rules()["block"])
    md.block = block
    # Inline parsing is run per block by `_Reader`, so its cost can be bounded.
    md.disable(["inline", "text_join"])
    return md


_MD = _markdown_parser()


@dataclass(slots=True)
class _Reader:
    """Turns markdown-it's block tokens into `Block`s; keeps the inline-markup budget and notes."""

    blocks: list[Block] = field(default_factory=list)
    budget: int = _INLINE_MARKUP_BUDGET
    html_budget: int = _HTML_BLOCK_BUDGET  # HTML blocks read with the HTML parser; the rest are stripped of tags
    fallback_blocks: int = 0
    env: dict[str, Any] = field(default_factory=dict)

    @property
    def too_deep(self) -> bool:
        return bool(self.env.get(_TOO_DEEP))

    def read(self, source: str, line_offset: int = 0, depth: int = 0) -> None:
        tokens = _MD.parse(source, self.env)
        source_lines: list[str] = []  # split only when a heading is found split over blocks, which is rare
        list_depth = 0
        containers: list[str] = []
        heading_level = 0
        in_cell = False
        read_up_to = 0  # the source lines before this one were read as a heading split over several blocks
        for token in tokens:
            kind = token.type
            if token.map is not None and token.map[0] < read_up_to:
                continue
            if kind == "html_block" and depth < _MAX_RESCUE_DEPTH and token.map is not None \
                    and _unclosed_heading(token.content):
                source_lines = source_lines or source.split("\n")
                end = _split_heading_end(token, source_lines)
                if end is not None:
                    heading = Token("html_block", "", 0)
                    heading.map = [token.map[0], end]
                    heading.content = "\n".join(source_lines[token.map[0]:end]) + "\n"
                    self._read_html_block(heading, line_offset, depth)
                    read_up_to = end
                    continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                list_depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                list_depth -= 1
            elif kind in ("list_item_open", "blockquote_open"):
                containers.append(kind)
            elif kind in ("list_item_close", "blockquote_close"):
                containers.pop()
            elif kind == "heading_open":
                heading_level = int(token.tag[1:])
            elif kind == "heading_close":
                heading_level = 0
            elif kind in ("th_open", "td_open"):
                in_cell = True
            elif kind in ("th_close", "td_close"):
                in_cell = False
            elif kind == "inline":
                if heading_level:
                    block_kind, level = BlockKind.HEADING, heading_level
                elif in_cell:
                    block_kind, level = BlockKind.TABLE_CELL, 0
                elif containers and containers[-1] == "list_item_open":
                    block_kind, level = BlockKind.LIST_ITEM, list_depth
                else:
                    block_kind, level = BlockKind.PARAGRAPH, 0
                self._add(token, block_kind, level, line_offset)
            elif kind == "html_block" and depth < _MAX_RESCUE_DEPTH:
                self._read_html_block(token, line_offset, depth)

    def _add(self, token: Token, kind: BlockKind, level: int, line_offset: int) -> None:
        if token.map is None:
            return
        raw = self._inline_text(token)
        text, starts, skipped = join_lines(raw)
        if not has_text(text):
            return
        line = token.map[0] + 1 + line_offset + skipped
        self.blocks.append(Block(kind, text, Location(line=line, column=1), level, starts))

    def _inline_text(self, token: Token) -> str:
        content = token.content
        cost = sum(content.count(ch) for ch in _MARKUP_CHARS)
        if cost == 0:
            return content  # no character that can start inline markup: the text is the content
        if cost > _INLINE_MARKUP_PER_BLOCK or cost > self.budget:
            self.fallback_blocks += 1
            return flatten_markup_roughly(content)
        self.budget -= cost
        children: list[Token] = []
        _MD.inline.parse(content, _MD, self.env, children)
        return flatten_inline(children)

    def _read_html_block(self, token: Token, line_offset: int, depth: int) -> None:
        """Read the text of an HTML block that ends at a blank line (a ``<div>`` a reader sees as a box of text)
        as HTML, up to its last markup line; parse the lines after that again as Markdown."""
        if token.map is None or _SELF_ENDING_HTML_BLOCK.match(token.content):
            return  # comments, scripts, styles and preformatted code: not prose
        first_line = line_offset + token.map[0]
        lines = token.content.rstrip("\n").split("\n")
        last_markup = max((i for i, line in enumerate(lines)
                           if line.lstrip().startswith("<") or line.rstrip().endswith(">")), default=-1)
        if last_markup >= 0:
            self._add_html("\n".join(lines[:last_markup + 1]), first_line)
        tail = lines[last_markup + 1:]
        if any(line.strip() for line in tail):
            self.read("\n".join(tail), first_line + last_markup + 1, depth + 1)

    def _add_html(self, markup: str, first_line: int) -> None:
        """The blocks of an HTML fragment, located at their lines in the Markdown source."""
        if self.html_budget <= 0:
            self.fallback_blocks += 1
            text, starts, _ = join_lines(flatten_markup_roughly(markup))
            if has_text(text):
                self.blocks.append(Block(BlockKind.PARAGRAPH, text, Location(line=first_line + 1, column=1),
                                         0, starts))
            return
        self.html_budget -= 1
        try:
            fragment = parse_html(markup)
        except InputError:
            return  # markup html.parser rejects outright shows the reader no text either
        for block in fragment.blocks:
            line = first_line + (block.location.line or 1)
            block.location = Location(line=line, column=1)
            self.blocks.append(block)


def _unclosed_heading(content: str) -> bool:
    opened = _OPENS_HEADING.search(content)
    return opened is not None and f"</h{opened.group(1)}" not in content.lower()


def _split_heading_end(token: Token, source_lines: list[str]) -> int | None:
    """The line after the one that closes the heading this HTML block opens (`_unclosed_heading`)."""
    opened = _OPENS_HEADING.search(token.content)
    if opened is None or token.map is None:
        return None
    closing = f"</h{opened.group(1)}"
    start = token.map[1]
    for index in range(start, min(len(source_lines), start + _SPLIT_HEADING_LINES)):
        if closing in source_lines[index].lower():
            return index + 1
    return None


def flatten_inline(children: Iterable[Token]) -> str:
    """Plain text of inline tokens, with ``\\n`` where a source line ends."""
    out: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "text_special", "code_inline"):
            out.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "html_inline":
            breaks = child.content.count("\n")
            out.append("\n" * breaks if breaks else (" " if child.content.lower().startswith("<br") else ""))
        elif kind == "image":
            out.append("\n" * child.content.count("\n"))
    return "".join(out)


_ROUGH_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # Every repeated class excludes its own opening character, so each scan stops at the next
    # candidate and the total work stays linear.
    (re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)"), ""),
    (re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)"), r"\1"),
    (re.compile(r"\[([^\[\]\n]*)\]\[[^\[\]\n]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^<>\s]*)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][^<>\n]*>"), ""),
    (re.compile(r"\*{1,3}|_{2,3}|`+"), ""),
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),
)


def flatten_markup_roughly(content: str) -> str:
    """A linear-time approximation of `flatten_inline`, for paragraphs with too much markup."""
    for pattern, replacement in _ROUGH_RULES:
        content = pattern.sub(replacement, content)
    return html.unescape(content)


def parse_text(text: str, path: str = "<string>") -> Document:
    """Parse decoded Markdown text (the work of `parse`, without the file and the decoding)."""
    source, front = preprocess(text)
    reader = _Reader()
    reader.read(source)
    meta = Metadata()
    if front is not None:
        meta.title, meta.author, meta.created = front.title, front.author, front.date
    if meta.title is None:
        meta.title = next((b.text for b in reader.blocks if b.kind is BlockKind.HEADING and b.level == 1),
                          None)
    if reader.too_deep:
        meta.notes.append(f"lists or quotes nested deeper than {MAX_NESTING // 2} levels: "
                          "the deeper content was skipped")
    if reader.fallback_blocks:
        meta.notes.append(f"{reader.fallback_blocks} block(s) with unusually heavy inline markup were "
                          "flattened without full Markdown parsing")
    return Document(path=path, format="md", blocks=reader.blocks, meta=meta)


def parse(path: Path, limits: Limits) -> Document:
    """Read the Markdown file at `path`."""
    decoded = decode(read_file(path, limits))
    document = parse_text(decoded.text, str(path))
    document.meta.notes[:0] = decoded.notes
    return document
