"""The document model every parser produces and every later stage reads.

A `Document` is an ordered list of `Block`s (headings, paragraphs, list items, table cells), each with
its text and a `Location` a person can follow: the PDF page and line on the page, the DOCX paragraph
number, or the line and column in a Markdown, HTML or text file. Headings form sections.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Location:
    """Where a piece of text is, in the terms its format allows. All numbers are 1-based."""

    page: int | None = None
    line: int | None = None
    column: int | None = None
    paragraph: int | None = None
    section: str | None = None

    def describe(self) -> str:
        """Short human form, such as ``p.4 l.12`` or ``¶31`` or ``l.88``."""
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.paragraph is not None:
            parts.append(f"¶{self.paragraph}")
        if self.line is not None:
            parts.append(f"l.{self.line}")
        return " ".join(parts) or "document"

    def as_dict(self) -> dict[str, int | str]:
        out: dict[str, int | str] = {}
        for key in ("page", "paragraph", "line", "column", "section"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


DOCUMENT_LOCATION = Location()


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    TABLE_CELL = "table-cell"


@dataclass(slots=True)
class Block:
    """One unit of text as the author laid it out.

    `line_starts` holds the character offsets in `text` at which a new physical line begins (after the
    first), so that a sentence in the middle of a multi-line PDF paragraph is located on its own line.
    """

    kind: BlockKind
    text: str
    location: Location
    level: int = 0
    line_starts: tuple[int, ...] = ()
    section: str | None = None
    section_path: tuple[str, ...] = ()

    def location_at(self, offset: int) -> Location:
        """The location of the character at `offset` in this block's text."""
        loc = self.location
        if loc.line is not None and self.line_starts:
            extra = bisect.bisect_right(self.line_starts, offset)
            if extra:
                return replace(loc, line=loc.line + extra, column=None, section=self.section)
        return replace(loc, section=self.section)


@dataclass(slots=True)
class Metadata:
    """What the file says about itself, plus what the parser noticed."""

    title: str | None = None
    author: str | None = None
    created: datetime | None = None
    modified: datetime | None = None
    pages: int | None = None
    pages_without_text: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# A word starts on a letter and runs on through letters, digits, apostrophes and hyphens. For counting, the
# trailing apostrophes and hyphens need not be trimmed off (as "[^\W\d_](?:[\w'’-]*\w)?" would): either way each
# run of those characters that holds a letter is one word, and this form never backtracks.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(slots=True)
class Document:
    """A parsed strategy document: blocks in reading order, with sections assigned."""

    path: str
    format: str
    blocks: list[Block]
    meta: Metadata = field(default_factory=Metadata)

    def __post_init__(self) -> None:
        self.assign_sections()

    def assign_sections(self) -> None:
        """Give every block the heading path it sits under (the heading itself opens its section)."""
        path: list[tuple[int, str]] = []
        for block in self.blocks:
            if block.kind is BlockKind.HEADING:
                level = max(block.level, 1)
                while path and path[-1][0] >= level:
                    path.pop()
                path.append((level, _heading_label(block.text)))
            block.section_path = tuple(title for _, title in path)
            block.section = path[-1][1] if path else None

    @property
    def words(self) -> int:
        return sum(count_words(block.text) for block in self.blocks)

    @property
    def headings(self) -> list[Block]:
        return [block for block in self.blocks if block.kind is BlockKind.HEADING]

    def section_blocks(self, heading: Block) -> list[Block]:
        """The blocks under `heading`, up to the next heading of the same or a higher level."""
        start = self.blocks.index(heading)
        out: list[Block] = []
        for block in self.blocks[start + 1 :]:
            if block.kind is BlockKind.HEADING and block.level <= heading.level:
                break
            out.append(block)
        return out


def _heading_label(text: str) -> str:
    label = " ".join(text.split())
    return label if len(label) <= 80 else label[:77].rstrip() + "..."
