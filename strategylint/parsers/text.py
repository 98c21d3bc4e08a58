"""Read a plain-text file into a `Document`, finding headings and lists by careful heuristics.

Approach
--------
The bytes are decoded by `textutil.decode` (BOM, strict UTF-8, then charset-normalizer). Lines are
read one at a time with a little look-around; a blank line ends a block, and within a run of
lines:

* **List items** start at a bullet (``•``, ``-``, ``*``, ``–``, ``▪``, ``o`` before a capital ...)
  or an enumerator (``1.``, ``1)``, ``(1)``, ``a)``, ``(a)``, ``iv.``); lines that follow belong to
  the item unless the item ended a sentence and the line starts a new one at the item's indent.
  The level comes from the indentation or, when extraction flattened the indentation, from a
  change of marker on consecutive lines (``•`` then ``o`` then ``•`` is levels 1, 2, 1); after a
  blank line a new kind of marker starts a new list.
* **Headings** are recognised with precision first, since a wrong heading misleads every section
  that follows while a missed one only makes a section longer. Every candidate must be heading
  shaped (at most 12 words and 90 characters, a capital or a digit first, not ending in ``.``,
  ``,``, ``;``, ``:`` or ``!``, no dot leaders). A line underlined with ``===`` (level 1) or ``---``
  (level 2) at least half its length is a heading. Any other candidate must be followed by text
  that does not start in lower case (which would make it the first line of a wrapped sentence)
  and be one of:

  - a numbered section title (``1. Introduction``, ``2.3 Our priorities``; level = depth), where
    the number carries a dot (``1 Conduct a survey`` is a flattened table row, not a heading) and
    the line is not one of a run ``1.``, ``2.``, ``3.`` with nothing between (that is a list);
  - a labelled number (``Chapter 2``, ``Part II``, ``Annex A``, ``Priority Area 3: Data``; level 1
    for parts, chapters, annexes and appendices, 2 for the others);
  - an ALL-CAPS line of at least four letters after a blank line; a single word only when a blank
    line follows too, and never a ``MINICT/RURA`` slash list (flattened tables leave the responsible
    bodies on lines of their own);
  - a title-case line after a blank line that introduces text: either it stands alone and a real
    paragraph follows the blank line, or the lines under it form a paragraph (flattened PDF text
    often has no blank line after a heading);
  - a line that repeats an entry of the table of contents.

* A **table of contents** (after a ``Contents`` line) is read as one paragraph per entry, never as
  headings, until a line repeats one of its entries or prose starts.
* Everything else is a **paragraph**, its lines joined with spaces and `Block.line_starts`
  recording where each source line begins. Lines of only punctuation (``* * *``) end a block and
  are skipped; lone page numbers (``12``, ``Page 3 of 10``, but not a year) are skipped without
  ending the paragraph they interrupt.

The title is the first heading if it comes within the first ten non-blank lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from strategylint.model import Block, BlockKind, Document, Location, Metadata
from strategylint.parsers import Limits
from strategylint.parsers.textutil import decode, has_text, join_lines, read_file

_MAX_HEADING_WORDS = 12
_MAX_HEADING_CHARS = 90
_TITLE_WITHIN_LINES = 10

_BULLET = re.compile(
    r"^(?P<marker>[•◦▪▫‣∙·●○■□►▶✓✔➢➤*+\-–]|o(?=\s+[A-Z])|\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]"
    r"|\([a-z]\)|\(?[ivx]{1,5}[.)]|\([ivx]{1,5}\))\s+(?P<text>\S.*)$"
)
_NUMBERED_HEADING = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,4})(?P<dot>\.?)\s+(?P<title>\S.*)$")
_LABELLED_HEADING = re.compile(
    r"^(?P<label>part|chapter|section|annex|appendix|pillar|theme|goal|objective|outcome|principle|"
    r"workstream|phase|step|priority(?:\s+area)?|strategic\s+(?:goal|objective|priority|pillar|theme)|"
    r"action\s+area|focus\s+area)\s+(?:\d{1,2}|[IVXLC]{1,6}|[A-Z])(?:\s*[:.\-–—]\s*\S.*)?$",
    re.IGNORECASE,
)
_TOC_TITLE = re.compile(r"^(?:table\s+of\s+contents?|contents|inhalt(?:sverzeichnis)?|sommaire|"
                        r"table\s+des\s+mati[èe]res|[íi]ndice)$", re.IGNORECASE)
_DOT_LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\. ){3,}")
_TOC_PAGE = re.compile(r"(?:\s|\.)\d{1,3}$")
_DECORATION = re.compile(r"^[\W_]{3,}$")
_SETEXT = re.compile(r"^(=+|-+)$")
# Three digits at most: a year alone on a line is a value (a flattened table's target), not a page.
_PAGE_NUMBER = re.compile(r"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,3})$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*$")
_MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "or", "nor", "but", "of", "for", "to", "in", "on", "at", "by", "with",
    "from", "as", "into", "via", "vs", "per", "&", "und", "der", "die", "das", "des", "den", "dem",
    "für", "von", "zu", "im", "mit", "de", "la", "le", "les", "du", "et", "en", "y", "del", "el",
})


@dataclass(frozen=True, slots=True)
class _Line:
    number: int  # 1-based line number in the file
    text: str  # stripped
    indent: int


@dataclass(slots=True)
class _Pending:
    kind: BlockKind
    level: int
    lines: list[_Line] = field(default_factory=list)
    first_text: str = ""  # the first line's text without its list marker


class _Reader:
    """Reads the lines in order, looking around each one, and emits blocks."""

    def __init__(self, raw_lines: list[str]) -> None:
        self.raw = raw_lines
        self.texts = [line.strip() for line in raw_lines]
        self.blocks: list[Block] = []
        self.pending: _Pending | None = None
        self.list_stack: list[tuple[int, str]] = []
        self.in_toc = False
        self.toc_keys: set[str] = set()

    # -- driving ------------------------------------------------------------------------------

    def read(self) -> list[Block]:
        index, end = 0, len(self.texts)
        while index < end:
            if self.texts[index]:
                index = self._step(index)
            else:
                if self.pending is not None:
                    self._flush()
                index += 1
        self._flush()
        return self.blocks

    def _line(self, i: int) -> _Line:
        return _Line(i + 1, self.texts[i], _indent(self.raw[i]))

    def _step(self, i: int) -> int:
        """Read non-blank line `i` (and its underline, if it has one); return the next line's index."""
        line = self._line(i)
        text = line.text
        if text[0].islower() and not self.in_toc and _BULLET.match(text) is None:
            self._continue(line)  # prose goes on: no heading, page number or rule starts in lower case
            return i + 1
        level = self._setext_level(i)
        if level is not None:
            self._heading(line, text, level)
            return i + 2
        if _PAGE_NUMBER.match(text):
            return i + 1  # a page number: the paragraph may go on after it
        if _DECORATION.match(text):
            self._flush()
            return i + 1
        if self.in_toc and self._toc_entry(i):
            return i + 1
        if _TOC_TITLE.match(text):
            self._heading(line, text, 1)
            self.in_toc = True
            return i + 1
        level = self._heading_level(i)
        if level is not None:
            self._heading(line, text, level)
            return i + 1
        bullet = _BULLET.match(text)
        if bullet is not None:
            self._list_item(line, bullet.group("marker"), bullet.group("text"), self._after_blank(i))
            return i + 1
        self._continue(line)
        return i + 1

    # -- emitting -----------------------------------------------------------------------------

    def _flush(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None or not pending.lines:
            return
        first = pending.lines[0].number
        raw: list[str] = [pending.first_text]
        previous = first
        for line in pending.lines[1:]:
            raw.extend([""] * (line.number - previous - 1))  # skipped page-number lines
            raw.append(line.text)
            previous = line.number
        text, starts, skipped = join_lines("\n".join(raw))
        if has_text(text):
            location = Location(line=first + skipped, column=pending.lines[0].indent + 1)
            self.blocks.append(Block(pending.kind, text, location, pending.level, starts))

    def _heading(self, line: _Line, text: str, level: int) -> None:
        self._flush()
        self.list_stack.clear()
        self.pending = _Pending(BlockKind.HEADING, level, [line], text)
        self._flush()

    def _list_item(self, line: _Line, marker: str, text: str, after_blank: bool) -> None:
        self._flush()
        marker = _marker_class(marker)
        stack = self.list_stack
        if after_blank and (line.indent, marker) not in stack and (not stack or line.indent <= stack[0][0]):
            stack.clear()  # a new kind of marker after a blank line starts a new list
        level = self._list_level(line.indent, marker)
        self.pending = _Pending(BlockKind.LIST_ITEM, level, [line], text)

    def _continue(self, line: _Line) -> None:
        pending = self.pending
        if pending is not None and pending.kind is BlockKind.LIST_ITEM and self._leaves_list(pending, line):
            self._flush()
            pending = None
        if pending is None:
            self.list_stack.clear()
            self.pending = _Pending(BlockKind.PARAGRAPH, 0, [line], line.text)
        else:
            pending.lines.append(line)

    def _leaves_list(self, item: _Pending, line: _Line) -> bool:
        if line.indent > item.lines[0].indent:
            return False
        return bool(_SENTENCE_END.search(item.lines[-1].text)) and line.text[:1].isupper()

    def _list_level(self, indent: int, marker: str) -> int:
        stack = self.list_stack
        while stack and stack[-1][0] > indent:
            stack.pop()
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth] == (indent, marker):
                del stack[depth + 1:]
                return depth + 1
            if stack[depth][0] < indent:
                break
        stack.append((indent, marker))
        return len(stack)

    # -- setext underlines and the table of contents ------------------------------------------

    def _setext_level(self, i: int) -> int | None:
        """1 or 2 when the next line underlines this one with ``=`` or ``-``."""
        if i + 1 >= len(self.texts) or self.texts[i + 1][:1] not in ("=", "-"):
            return None
        match = _SETEXT.match(self.texts[i + 1].replace(" ", ""))
        text = self.texts[i]
        if match is None or not _heading_shaped(text) or len(match.group(1)) < max(3, len(text) // 2):
            return None
        return 1 if match.group(1)[0] == "=" else 2

    def _toc_entry(self, i: int) -> bool:
        """Read line `i` as a contents entry, or leave contents mode and return False."""
        text = self.texts[i]
        key = _toc_key(text)
        leaders = bool(_DOT_LEADERS.search(text))
        entry_like = leaders or (len(text) <= 100 and len(text.split()) <= 15 and not text.endswith("."))
        if not entry_like or (key in self.toc_keys and not leaders) or len(self.toc_keys) > 300:
            self.in_toc = False
            return False
        self.toc_keys.add(key)
        self._flush()
        self.pending = _Pending(BlockKind.PARAGRAPH, 0, [self._line(i)], text)
        self._flush()
        return True

    # -- headings -----------------------------------------------------------------------------

    def _heading_level(self, i: int) -> int | None:
        text = self.texts[i]
        if not _heading_shaped(text) or not self._introduces_text(i):
            return None
        numbered = _NUMBERED_HEADING.match(text)
        if numbered is not None:
            return self._numbered_level(i, numbered)
        if _LABELLED_HEADING.match(text):
            return 1 if text.split()[0].lower() in ("part", "chapter", "annex", "appendix") else 2
        if _toc_key(text) in self.toc_keys:
            return 1
        if not self._after_blank(i) or text.endswith("?"):
            return None
        if _all_caps(text) and (len(text.split()) > 1 or self._before_blank(i)):
            return 1
        if _title_case(text) and len(text.split()) <= 10 and self._title_case_context(i):
            return 1
        return None

    def _numbered_level(self, i: int, match: re.Match[str]) -> int | None:
        number, title = match.group("number"), match.group("title")
        if not match.group("dot") and "." not in number:
            return None  # "1 Conduct a survey": a flattened table row
        if not (title[0].isupper() or title[0].isdigit()) or _SENTENCE_END.search(title):
            return None
        parts = [int(p) for p in number.split(".")]
        if self._in_numbered_run(i, parts):
            return None
        return len(parts)

    def _in_numbered_run(self, i: int, parts: list[int]) -> bool:
        """Whether the nearest non-blank line before or after is the previous or next number."""
        for j, step in ((self._nonblank(i, -1), -1), (self._nonblank(i, 1), 1)):
            if j is None:
                continue
            other = _NUMBERED_HEADING.match(self.texts[j])
            if other is None:
                continue
            other_parts = [int(p) for p in other.group("number").split(".")]
            if len(other_parts) == len(parts) and other_parts[:-1] == parts[:-1] \
                    and other_parts[-1] == parts[-1] + step:
                return True
        return False

    def _introduces_text(self, i: int) -> bool:
        j = self._nonblank(i, 1)
        if j is None:
            return False
        first = self.texts[j][:1]
        return not first.islower()

    def _after_blank(self, i: int) -> bool:
        return i == 0 or not self.texts[i - 1]

    def _before_blank(self, i: int) -> bool:
        return i + 1 < len(self.texts) and not self.texts[i + 1]

    def _title_case_context(self, i: int) -> bool:
        """A stand-alone line before a real paragraph, or the first line of a paragraph-like run."""
        nxt = i + 1
        if nxt >= len(self.texts):
            return False
        if not self.texts[nxt]:
            j = self._nonblank(i, 1)
            return j is not None and self._paragraph_follows(j)
        return self._paragraph_follows(nxt)

    def _paragraph_follows(self, j: int) -> bool:
        run = self._run_from(j)
        first = run[0]
        if _BULLET.match(first):
            return len(run) >= 2
        if not (first[:1].isupper() or first[:1].isdigit() or first[:1] in "\"'“‘("):
            return False
        return len(run) >= 3 or len(first) >= 60 or bool(_SENTENCE_END.search(run[-1]))

    def _run_from(self, j: int) -> list[str]:
        """Up to four lines of the run of non-blank lines starting at `j`."""
        run: list[str] = []
        while j < len(self.texts) and self.texts[j] and len(run) < 4:
            run.append(self.texts[j])
            j += 1
        return run

    def _nonblank(self, i: int, step: int) -> int | None:
        j = i + step
        while 0 <= j < len(self.texts):
            if self.texts[j]:
                return j
            j += step
        return None


def _indent(line: str) -> int:
    if "\t" in line:
        line = line.expandtabs(4)
    return len(line) - len(line.lstrip())


def _marker_class(marker: str) -> str:
    """Markers of one kind share a class: ``1.`` and ``12.`` are ``9.``, ``b)`` and ``iv)`` are ``a)``."""
    if marker == "o":
        return marker
    return re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", marker))


# words a heading never ends on, though a line of a wrapped sentence often does
_NEVER_LAST = frozenset({"the", "a", "an", "of", "and", "or", "that", "which", "whose"})


def _heading_shaped(text: str) -> bool:
    if not text or len(text) > _MAX_HEADING_CHARS or text[-1] in ".,;:!":
        return False
    if text.rsplit(None, 1)[-1] in _NEVER_LAST:
        return False  # "3. The Industrial Strategy AI Mission sets the UK the target of": a sentence runs on
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘"):
        return False
    return (len(text.split()) <= _MAX_HEADING_WORDS and not _DOT_LEADERS.search(text)
            and any(c.isalpha() for c in text))


def _all_caps(text: str) -> bool:
    """Capitals only, four letters or more, and no digit or slash in a lone word (``MINICT/RURA``,
    ``C4IR``: the responsible bodies a flattened table leaves on lines of their own)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters) or "/" in text:
        return False
    words = text.split()
    return len(words) <= 10 and not (len(words) == 1 and any(c.isdigit() for c in text))


def _title_case(text: str) -> bool:
    """Capitalised major words (and some lower case: all-capitals lines have their own rule)."""
    if not any(c.islower() for c in text):
        return False
    words = [w for w in re.split(r"[\s/]+", text) if any(c.isalpha() for c in w)]
    if not words:
        return False
    first = words[0].lstrip("\"'“‘(")
    if not first[:1].isupper():
        return False
    major = [w for w in words[1:] if w.lower() not in _MINOR_WORDS]
    capitalised = sum(1 for w in major if w.lstrip("\"'“‘(")[:1].isupper() or w[:1].isdigit())
    return not major or capitalised / len(major) >= 0.75


def _toc_key(text: str) -> str:
    """A contents entry or heading reduced to its words: numbering, leaders and page number gone."""
    text = _DOT_LEADERS.sub(" ", text)
    text = re.sub(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+", "", text)
    text = _TOC_PAGE.sub("", text.rstrip())
    return " ".join(text.lower().split())


def parse_text(text: str, path: str = "<string>") -> Document:
    """Parse decoded plain text (the work of `parse`, without the file and the decoding)."""
    reader = _Reader(text.split("\n"))
    blocks = reader.read()
    meta = Metadata(title=_title(reader.texts, blocks))
    return Document(path=path, format="txt", blocks=blocks, meta=meta)


def _title(texts: list[str], blocks: list[Block]) -> str | None:
    nonblank = [number for number, text in enumerate(texts, start=1) if text][:_TITLE_WITHIN_LINES]
    if not nonblank:
        return None
    for block in blocks:
        if block.kind is BlockKind.HEADING and block.location.line is not None:
            return block.text if block.location.line <= nonblank[-1] else None
    return None


def parse(path: Path, limits: Limits) -> Document:
    """Read the plain-text file at `path`."""
    decoded = decode(read_file(path, limits))
    document = parse_text(decoded.text, str(path))
    document.meta.notes[:0] = decoded.notes
    return document
