"""Read a PDF's text layer into a `Document` with PDFium (pypdfium2).

Why PDFium
----------
Speed. pdfplumber's layout pass is about 41 times slower than poppler's ``pdftotext`` on the corpus.
PDFium's own text extraction (one ``get_text_range()`` per page) is faster than ``pdftotext``, and
this module adds a layout pass that asks PDFium about a line's first and last characters, never about
every character. On the 28 corpus PDFs (1,148 pages; best of five runs on a busy two-core box,
measured with a script, not a unit test): ``pdftotext`` 3.6 s, raw pypdfium2 text 2.4 s, this
parser 4.0 s, about 1.1 times ``pdftotext``. Parsing a 1,088-page PDF peaks at about 115 MB.

Reading a page
--------------
* One ``get_text_range()`` per page. PDFium ends lines with generated ``\\r\\n``; where a line ends in
  a hyphen it drops the break and writes U+FFFE for the hyphen, so both split lines here. Character
  indexes equal text indexes when ``count_chars()`` equals the text's length (all corpus pages);
  otherwise they are mapped with ``FPDFText_GetCharIndexFromTextIndex``.
* Per line: the first character's size (``FPDFText_GetFontSize`` is the size as set, so it is scaled
  by the character matrix), weight (``FPDFText_GetFontWeight``, or the font name and flags when the
  font gives no weight, as the standard 14 fonts do), baseline origin, and the last character's
  right edge. Lines that may be headings (bold, or larger than the body size seen so far) also get
  the last character's size (a drop cap is not a heading) and the widest gap between PDFium's text
  runs (a table row joined into one line has wide ones).
* Coordinates are turned into the page as shown (visible box, /Rotate applied), so landscape pages
  lay out like the others.
* Each page and text page is closed before the next opens: memory follows the text kept, not the
  page count.

Laying out the document
-----------------------
* Body size: the most common size weighted by characters over the document.
* Running headers and footers (dropped): short lines in the top or bottom tenth of a page whose text,
  digits masked and end numbers trimmed, repeats on at least 10% of the pages with text (at least 3;
  2 in a document under 6 pages), or two such keys run together (a header and footer PDFium joined);
  and the same text at the same height on three nearby pages (every page or every other one) within
  the top fifth or bottom tenth, which catches a chapter's running head. Bare page numbers ("4",
  "- 4 -", "Page 4 of 60", "iv") in the bands go too. On page 1 a line goes only if it repeats in
  place or with the same digit pattern, so a cover's "December 2012" survives "3 December 2012"
  footers. Text drawn twice at one spot is kept once.
* Headings (precision first: anything doubtful stays a paragraph): a run of up to three lines at least
  15% and 1 pt larger than the body, or up to two bold lines at body size when the body is not bold and
  the line stands apart from the paragraph around it (a gap wider than a run's own line step after it
  reads as a whole heading starts the next: a wrapped title, then the first section). The text must
  read like a title: at most 20 words (15 for bold), mostly letters, starting with a capital or a
  section number ("2.3", "IV.") followed by a capital, no sentence break inside, not ending in ".",
  ",", ";", "!", a function word ("and", "of"; a capital "A" after lower-case words is a label:
  "Service A") or, unless it is a short label ("Actions:"), ":"; not a figure or table caption, source
  note, date ("December 2012"), statistic ("1,437k"), address (a lower-case domain, or a site's name
  alone: a title may name "GOV.UK") or table-of-contents line; not in the outer 5% of the page. Not
  headings either: three or more candidates on one baseline (a table row, chart labels); all but the
  first of five or more headings on a page with under 30 words of other text per heading (a chart or
  diagram), unless they open short sections down one left edge, each followed by a smaller heading or
  by body text, mostly sentences (a page of principles); and a heading repeated at one height on three
  nearby pages, after its first appearance (a table header, a running head). Levels: heading sizes
  within 12% share a rank, ranks go largest first, and a size used by only one heading (a cover title)
  shares the rank of the next larger used size, or 1. A heading PDFium lists after text that it sits
  above moves to the top of its page.
* Tables of contents: dot-leader lines anywhere, and on a contents page the lines below its
  "Contents" title (or every line, when five or more end in mostly rising page numbers), are one-line
  paragraphs and never headings.
* List items start at a bullet (•, ▪, a private-use symbol glyph...) or an enumerator ("1.", "a)",
  "(iv)"); dashes, asterisks and enumerators only after a line that ended a clause. Bullet glyphs are
  dropped from the text, enumerators kept. Continuation lines join the item while they stay indented.
* Paragraphs: lines join until a heading, list item or TOC line, a size change, a baseline gap over
  1.3 times the usual step for that size, a move up or to the right of the last line (a new column,
  box or cell), a change of indentation, or a line that ends a sentence well short of the column.
  Blocks never span pages.
* Joining lines: a word broken at a line end ("trans-" / "formation", or PDFium's U+FFFE) is joined
  without the hyphen when the next line starts in lower case and with it otherwise ("non-" / "EU").
  A compound broken at its own hyphen ("well-" / "being") so loses it: rare, and still one word.
  Other lines join with a space. A line PDFium ended early is carried on by the text that starts where it
  stopped (within half an em, at a similar height and size): the rest of a line after a footnote's raised
  marker ("the GAFAM7" / ": Google, ..."), or a label set along a slant in a graphic ("Deputyships by" /
  "June 2014"). Digits ending a line straight after a word or full stop and set under 85% of its size are
  such a marker and are dropped, so "20 billion.1" ends a sentence; so are such digits inside a line ("the
  Action Plan for Jobs4 and", "the Industry Plan 4.051,"), unless they follow a formula or a unit ("CO2").
  A line that may run words together (a
  long run of small letters, a comma with no space after it, a capital straight after small letters) is spaced
  again by where its letters stand: a gap wider than the line's usual gap between letters by 8% of the size,
  and at least half the gap its own spaces leave, is a space (a file that places its words apart without
  space characters and sets them tight: "Modernisingthecurriculum,toembed..."). Text is NFC; control, zero-width and
  private-use characters and soft hyphens are removed (ligatures some fonts map to control codes are lost
  with them); whitespace is collapsed.
* Locations: page (1-based) and line on the page, counting kept lines (headers, footers and page
  numbers dropped) in final order; ``Block.line_starts`` marks where each further line begins.

Metadata: the info title unless it names a file or is a tool's placeholder ("Microsoft Word - x.docx",
"Layout 1"), the author, creation and modification dates (aware; UTC when the date names no zone),
the page count, and the pages with at most 25 visible characters (``pages_without_text``), with notes
for those and for encryption. Encrypted files open with an empty user password or
``limits.password``; files PDFium cannot open become an `InputError` naming the cause and a remedy.
"""

from __future__ import annotations

import ctypes
import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from strategylint.model import Block, BlockKind, Document, Location, Metadata, count_words
from strategylint.parsers import InputError, Limits

# --------------------------------------------------------------------------------------------------
# Tunables

_BAND = 0.10  # top and bottom share of the page where running headers and footers live
_HEAD_BAND = 0.20  # a running head repeated at one height may sit this far from the top
_MAX_RUNNING_WORDS = 16  # running headers and footers are shorter than this
_HEADING_MARGIN = 0.05  # nothing this close to the page's top or bottom edge is a heading
_LARGE_RATIO = 1.15  # a heading's size over the body size ...
_LARGE_MIN_PT = 1.0  # ... and by at least this many points
_MAX_HEADING_WORDS = 20
_MAX_BOLD_HEADING_WORDS = 15
_MAX_HEADING_LINES = 3
_MAX_HEADING_LEVEL = 6
_WORDS_PER_HEADING = 30  # a page with five or more headings needs this much other text per heading
_SAME_LEVEL_RATIO = 0.88  # heading sizes this close share a level
_SPREAD_EMS = 2.0  # a gap this many ems wide inside a line separates table cells
_WORD_GAP = 0.08  # a gap this much of the font size wider than a line's usual gap between letters is a space
# words maybe run together ("experiencesofstudentsbyhelpingthem", "reality,theStrategywill", "ofICTintegration"): a long
# run of small letters, a comma or full stop with no space after it, or a capital straight after small letters, which a
# file that places its words apart without space characters leaves; the line is then spaced by where its letters stand,
# which leaves "www.gov.uk" and "GitHub" as they are
_LONG_RUN = re.compile(r"[a-z]{20,}")
_RUN_TOGETHER = re.compile(rf"{_LONG_RUN.pattern}|[a-z]{{2,}}[,.;:][a-z]{{2,}}|[a-z]{{2,}}[A-Z]")
_MIN_SPACES = 3  # a line with this many spaces of its own shows how far apart it sets its words
_SUPERSCRIPT = 0.85  # a line's last characters set this much smaller than its first are a footnote's marker
_GAP_RATIO = 1.3  # a baseline step this much over the usual one starts a new paragraph
_ALMOST_NO_TEXT = 25  # a page with at most this many visible characters has no text to speak of
_HINT_CHARS = 3000  # characters read before the most common size so far counts as the body size
_FONT_NAME_BYTES = 128
_FORCE_BOLD_FLAG = 1 << 18
_CORRUPT_REMEDY = "re-download or re-export it"
_PASSWORD_REMEDY = "check the password given with --password"

# --------------------------------------------------------------------------------------------------
# Text patterns

_LINE = re.compile(r"([^\r\n\ufffe]*)(\r\n|[\r\n\ufffe]|$)")
_DROP_CHARS = dict.fromkeys(
    [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0xAD, *range(0x200B, 0x2010),
     0x2028, 0x2029, 0x2060, 0xFEFF, 0xFFFE, 0xFFFF, *range(0xE000, 0xF900)]
)
# "benefi t", "fi eld", "Offi ces", "fl ow", "eff ort": a word broken after its fi, fl or ff ligature (few English
# words end in "fi" or "fl"; those that end in "ff" are kept apart, below)
_SPLIT_LIGATURE = re.compile(r"((?<![-.\w])[A-Za-z]*f[fil]) (?=[a-z]{1,14}\b)")  # not "wi-fi", ".fi"
_MIN_SPLIT_LIGATURES = 2
_FF_WORDS = frozenset({"off", "staff", "stuff", "cliff", "tariff", "sheriff", "bluff", "cuff", "puff", "stiff", "sniff",
                       "whiff", "chaff", "riff", "buff", "scoff", "scuff", "gruff", "tiff", "spinoff", "playoff",
                       "handoff", "kickoff", "layoff", "payoff", "takeoff", "tradeoff", "cutoff", "dropoff", "wifi",
                       "hifi", "scifi", "lofi"})


def _join_ligature(match: re.Match[str]) -> str:
    word = match.group(1)
    if word.lower() not in _FF_WORDS:
        return word
    # "off ered", "off ers": "off" is a word, but never before "er"
    following = match.string[match.end():match.end() + 2]
    return word if word.lower() == "off" and following == "er" else match.group(0)
_JUNK = re.compile(  # the characters of _DROP_CHARS, less the line breaks (U+FFFE is one here)
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u2028\u2029\u2060\ufeff\uffff\ue000-\uf8ff]"
)
_BULLETS = "•▪▫‣◦●○■□◆◇◊►▶▸➢➤➔→✓✔✗❖❑❒·∙⁃"
_SYMBOL_BULLET = re.compile(rf"^[{_BULLETS}]\s*(?=\S)")
_SOFT_BULLET = re.compile(r"^[-–—*]\s+(?=\S)")
_ENUMERATOR = re.compile(
    r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\((?:[ivx]{1,4}|[IVX]{1,4})\)|(?:[ivx]{1,4}|[IVX]{1,4})\.)\s+\S"
)
_CLAUSE_ENDS = frozenset(".!?:;")
_CLOSERS = frozenset("\"”’')]")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—(\[|]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]|]?(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})$|(?:…\s?)+\s*\d{1,4}$|_{4,}\s*\d{1,4}$")
_TOC_TITLE = re.compile(r"^(?:table of )?contents?$", re.IGNORECASE)
_TRAILING_PAGE = re.compile(r"[^\d\s]\s+(\d{1,3})$")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-Z]\.)$")
_CAPTION = re.compile(
    r"^(?:(?:figure|fig\.|table|chart|graph|diagram|exhibit|map)\s*\d|(?:sources?|notes?)\s*:)", re.IGNORECASE
)
# digits closing a line straight after a word or a full stop ("the GAFAM7", "20 billion.1", "breasts7,8"): the
# footnote marker that PDFium ends a line at, when they are set smaller than the text
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:)\]\"'\u2019\u201d])\d{1,3}(?:[,\u2013-]\d{1,3})*$")
_LEAD_MARK = re.compile(  # a number, letter or bullet that leads a line
    rf"^(?:\(?[\dA-Za-z]{{1,3}}[.)]|\d{{1,2}}(?:\.\d{{1,2}})*|[IVX]{{1,4}}\.?|[{_BULLETS}*–-]) "
)
_DATE_ONLY = re.compile(
    r"^(?:[A-Za-z]+:?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+"
    r"(?:\d{1,2},?\s+)?\d{4}$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^\W\d_][.!?][\"”’')]?(?:\s|$)")  # a word that ends a sentence
_SENTENCE_BREAK = re.compile(r"([^\W\d_]{3,})[.!] +[A-Z]")
_ROMAN = re.compile(r"^[IVXLC]+$")
_STATISTIC = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:k|m|bn|%|million|billion))$", re.IGNORECASE)
_NOT_A_TITLE = re.compile(
    r"https?://|www\.|@|\bISBN\b|\bISSN\b|©", re.IGNORECASE
)
_DOMAIN = re.compile(r"\.(?:com|org|net|gov|eu|uk|fi)\b", re.IGNORECASE)
_RUNS_ON = frozenset((  # a heading does not end on these: its sentence goes on
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "that", "the", "to",
    "which", "who", "with", "&", "nor", "but", "than", "its", "their", "our", "your",
))
_BOLD_NAME = re.compile(rb"bold|black|heavy|demi", re.IGNORECASE)
_HEADER_MASK = re.compile(r"\d+")
_HEADER_KEEP = re.compile(r"[^\w#]+")
_FILE_TITLE = re.compile(
    r"\.(?:docx?|pdf|md|markdown|txt|rtf|odt|pages|pptx?|xlsx?|indd|qxp|html?|tex|dotx?)\s*$", re.IGNORECASE
)
_TOOL_TITLE = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel)\b|untitled\b|layout\s*\d+$|document\s*\d*$|slide\s*\d+$|"
    r"new document\b|print\b|pdf$|title$)",
    re.IGNORECASE,
)
_PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?",
)


# --------------------------------------------------------------------------------------------------
# Records


@dataclass(slots=True)
class _Line:
    """One physical line of text as PDFium reported it, measured at its first and last characters."""

    text: str
    x0: float  # origin of the first character
    y: float  # baseline of the first character, PDF units from the bottom of the page
    x1: float  # right edge of the last character
    size: float  # font size of the first character, as set on the page
    size_end: float  # font size of the last character
    bold: bool  # first and last characters bold
    hyphen_after: bool = False  # the line ends with a word broken by a hyphen that PDFium removed
    spread: bool = False  # wide gaps between its runs of text: cells of a table row, not one line
    toc: bool = False


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    visible_chars: int


@dataclass(slots=True)
class _Running:
    """What repeats as running headers and footers: `keys` (letters only, digits masked) of lines seen
    anywhere in the band on many pages; `shapes` (the same with the masked digits in place) seen on
    two or more pages; and `places`, the heights at which an exact text repeats on nearby pages (with
    the number of pages in the run)."""

    keys: set[str] = field(default_factory=set)
    shapes: set[str] = field(default_factory=set)
    places: dict[str, list[tuple[float, float, int]]] = field(default_factory=dict)


@dataclass(slots=True)
class _Style:
    """What the document as a whole looks like: the body text and its usual line step per size."""

    body_size: float
    body_bold: bool
    steps: dict[int, float]
    running: _Running

    def step(self, size: float) -> float:
        return self.steps.get(round(size), 1.2 * size)


@dataclass(slots=True)
class _Draft:
    """A block being built: its kind and lines (and, for paragraphs, the right edge of its column)."""

    kind: BlockKind
    lines: list[_Line]
    level: int = 0
    strip_bullet: bool = False
    right: float = 0.0

    def __post_init__(self) -> None:
        self.right = max(line.x1 for line in self.lines)

    def add(self, line: _Line) -> None:
        self.lines.append(line)
        self.right = max(self.right, line.x1)

    def extend_last(self, line: _Line) -> None:
        """Carry the last line on with `line`, which continues it where it ended (see `_continues_along`)."""
        last = self.lines[-1]
        text, sep = _joint(last.text, last, line)
        self.lines[-1] = replace(last, text=text + sep + line.text, x1=line.x1, size_end=line.size_end,
                                 hyphen_after=line.hyphen_after)
        self.right = max(self.right, line.x1)

    @property
    def top(self) -> float:
        return self.lines[0].y


@dataclass(slots=True)
class _HeadingGroup:
    lines: list[_Line] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# Entry point


def parse(path: Path, limits: Limits) -> Document:
    """Parse the PDF at `path`; raise `InputError` for anything that cannot be read."""
    pdf, with_password = _open(path, limits.password)
    try:
        meta = _metadata(pdf)
        n_pages = len(pdf)
        if n_pages > limits.max_pages:
            raise InputError(f"has {n_pages} pages, over the {limits.max_pages}-page limit",
                             "raise --max-pages if you trust it")
        if n_pages == 0:
            raise InputError("corrupt or truncated PDF: it has no pages", _CORRUPT_REMEDY)
        _note_encryption(pdf, meta, with_password)
        sizes: Counter[float] = Counter()  # characters per font size so far: a running body size
        pages = [_read_page(pdf, index, meta, sizes) for index in range(n_pages)]
    finally:
        pdf.close()
    meta.pages = n_pages
    meta.pages_without_text = [page.number for page in pages if page.visible_chars <= _ALMOST_NO_TEXT]
    if meta.pages_without_text:
        meta.notes.append(f"{len(meta.pages_without_text)} of {n_pages} pages have no text layer to speak of")
    blocks = _layout(pages, sizes)
    return Document(path=str(path), format="pdf", blocks=blocks, meta=meta)


# --------------------------------------------------------------------------------------------------
# Opening


def _open(path: Path, password: str | None) -> tuple[Any, bool]:
    """The open PDF, and whether `password` opened it. A file with an empty user password opens
    without one (PDFium tries the empty password itself), even when a password was given for others."""
    try:
        return pdfium.PdfDocument(str(path), password=password), bool(password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD and password:
            try:
                return pdfium.PdfDocument(str(path), password=None), False
            except pdfium.PdfiumError:
                raise InputError("encrypted: wrong password", _PASSWORD_REMEDY) from None
        raise _open_error(code, exc) from None


def _open_error(code: int | None, exc: Exception) -> InputError:
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return InputError("encrypted: needs a password", "pass --password")
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return InputError("encrypted with a security handler PDFium does not support",
                          "save an unencrypted copy")
    if code == pdfium_c.FPDF_ERR_FILE:
        return InputError("cannot open the file", "check that it exists and is readable")
    return InputError(f"corrupt or truncated PDF: {_reason(exc)}", _CORRUPT_REMEDY)


def _reason(exc: Exception) -> str:
    text = str(exc)
    match = re.search(r"\(PDFium: ([^)]*)\)", text)
    return (match.group(1) if match else text).strip().rstrip(".") or type(exc).__name__


def _note_encryption(pdf: Any, meta: Metadata, with_password: bool) -> None:
    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) < 0:
        return
    if with_password:
        meta.notes.append("encrypted: opened with the password given")
    else:
        meta.notes.append("encrypted with an empty user password (permissions only): opened without one")


# --------------------------------------------------------------------------------------------------
# Metadata


def _metadata(pdf: Any) -> Metadata:
    return Metadata(
        title=_title(_info(pdf, "Title")),
        author=_info(pdf, "Author") or None,
        created=_pdf_date(_info(pdf, "CreationDate")),
        modified=_pdf_date(_info(pdf, "ModDate")),
    )


def _info(pdf: Any, key: str) -> str:
    try:
        value = pdf.get_metadata_value(key)
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
        return ""
    return " ".join(_clean(str(value or "")).split())


def _title(raw: str) -> str | None:
    """The info title if it names the document, not a file or a tool's placeholder."""
    if len(raw) < 3 or sum(ch.isalpha() for ch in raw) < 3:
        return None
    if _FILE_TITLE.search(raw) or _TOOL_TITLE.match(raw):
        return None
    return raw


def _pdf_date(raw: str) -> datetime | None:
    """A PDF date string (``D:20160512093000+02'00'``) as an aware datetime; UTC when no zone is given."""
    match = _PDF_DATE.match(raw.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zulu, sign, tz_hours, tz_minutes = match.groups()
    zone = UTC
    if sign and not zulu:
        offset = timedelta(hours=int(tz_hours), minutes=int(tz_minutes or 0))
        try:
            zone = timezone(offset if sign == "+" else -offset)
        except ValueError:
            zone = UTC
    try:
        return datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
                        int(second or 0), tzinfo=zone)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# Reading pages


def _read_page(pdf: Any, index: int, meta: Metadata, sizes: Counter[float]) -> _Page:
    """Read page `index` (0-based) into lines, closing PDFium's page objects before returning, and
    count its characters per font size into `sizes`. A page PDFium cannot load is noted and read as
    empty."""
    number = index + 1
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        meta.notes.append(f"page {number} could not be read: {_reason(exc)}")
        return _Page(number, 0.0, 0.0, [], 0)
    try:
        frame = _Frame.of(page)
        width, height = frame.shown_size
        try:
            textpage = page.get_textpage()
        except pdfium.PdfiumError as exc:
            meta.notes.append(f"page {number} text could not be read: {_reason(exc)}")
            return _Page(number, width, height, [], 0)
        try:
            text = textpage.get_text_range()
            body_hint = sizes.most_common(1)[0][0] if sizes.total() >= _HINT_CHARS else 0.0
            lines = list(_measure_lines(textpage, frame, text, body_hint))
        finally:
            textpage.close()
    finally:
        page.close()
    for line in lines:
        sizes[_size_key(line.size)] += len(line.text)
    visible = len(text) - sum(text.count(ch) for ch in " \r\n\t\ufffe\xa0")
    return _Page(number, width, height, lines, visible)


# digits set straight after a word or a mark inside a line ("the Action Plan for Jobs4 and", "the Industry Plan
# 4.051, companies", "breasts7,8 ,"): a footnote's marker when they are set smaller than what they follow. Runs of
# digits are found first and their neighbours tested in Python: a pattern that looks behind at every character of
# every page costs more than the whole test
_DIGITS = re.compile(r"\d{1,4}(?:,\d{1,3})*")
_MARK_BEFORE = frozenset(".)]\u2019\u201d")
_MARK_AFTER = frozenset(" ,;:.)\u2019\u201d")
_UNIT_BEFORE = ("CO", "NO", "SO", "CH", "m", "km", "cm")  # "CO2", "m2": a formula or a unit, not a marker


def _blank_inline_markers(text: str, probe: _Probe) -> str:
    """The page text with the footnote markers inside its lines set to a junk character, which cleaning drops, so
    that the text keeps its length and the characters their indexes."""
    spans: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        if not start or end >= len(text) or text[end] not in _MARK_AFTER:
            continue
        before = text[start - 1]
        if not (before.isalpha() or before in _MARK_BEFORE) or text[max(0, start - 2):start].endswith(_UNIT_BEFORE):
            continue
        base = probe.size(start - 1)
        # the marker may follow a number's own digits ("4.0" then "51"): it starts where the size drops
        at = next((i for i in range(start, end) if probe.size(i) < _SUPERSCRIPT * base), end)
        if at < end and all(probe.size(i) < _SUPERSCRIPT * base for i in range(at + 1, end) if text[i] != ","):
            spans.append((at, end))
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], "\x00" * (end - start)]
        last = end
    return "".join(parts) + text[last:]


def _size_key(size: float) -> float:
    return round(size * 2) / 2


def _measure_lines(textpage: Any, frame: _Frame, text: str, body_hint: float) -> Iterator[_Line]:
    """The page text's lines, each measured at its first and last visible characters. Lines that may
    be headings (bold, or larger than `body_hint`, the most common size so far) get a closer look:
    the last character's size (a drop cap differs) and the gaps between the runs of text (a table row
    that PDFium joined into one line has wide ones). Body text, most lines, skips both."""
    probe = _Probe(textpage, frame)
    aligned = textpage.count_chars() == len(text)
    if aligned:
        text = _blank_inline_markers(text, probe)
    junk = _JUNK.search(text) is not None  # checked once per page: most pages need no cleaning
    normal = text.isascii() or unicodedata.is_normalized("NFC", text)
    # a font whose fi and fl ligatures map to "fi " leaves "benefi t", "fi eld", "diffi cult" all over a page: where
    # a page shows several, they are joined on it
    split_ligatures = sum(m.group(1).lower() not in _FF_WORDS
                          for m in _SPLIT_LIGATURE.finditer(text)) >= _MIN_SPLIT_LIGATURES
    for match in _LINE.finditer(text):
        segment = match.group(1)
        stripped = segment.strip()
        if not stripped:
            continue
        cleaned = _clean_line(stripped) if junk or not normal else " ".join(stripped.split())
        if split_ligatures:
            cleaned = _SPLIT_LIGATURE.sub(_join_ligature, cleaned)
        if not cleaned:
            continue
        first = match.start() + len(segment) - len(segment.lstrip())
        last = match.start() + len(segment.rstrip()) - 1
        if aligned and _RUN_TOGETHER.search(cleaned):
            cleaned = _clean_line(probe.respaced(text[first:last + 1], first))
        if not aligned:
            first, last = probe.char_index(first), probe.char_index(last)
        size = probe.size(first)
        marker = _FOOTNOTE_MARK.search(cleaned) if last != first else None
        if marker and probe.size(last) < _SUPERSCRIPT * size:
            cleaned = cleaned[:marker.start()]
        bold = probe.bold(first) and (last == first or probe.bold(last))
        size_end, spread = size, False
        if (bold or size > body_hint * 1.1) and last != first:
            size_end = probe.size(last)
            numbered = bool(_LEAD_MARK.match(cleaned))  # "2.<tab>Title" is one line, not two cells
            spread = probe.widest_gap(first, last, skip_first=numbered) > _SPREAD_EMS * size
        x0, y = probe.origin(first)
        yield _Line(text=cleaned, x0=x0, y=y, x1=probe.right(last), size=size, size_end=size_end,
                    bold=bold, hyphen_after=match.group(2) == "\ufffe" or stripped[-1] == "\xad",
                    spread=spread)


@dataclass(frozen=True, slots=True)
class _Frame:
    """Turns PDF user space into the page as shown: origin at the bottom left of the visible box, the
    page's /Rotate applied, so that text reads left to right and top to bottom on every page."""

    rotation: int
    left: float
    bottom: float
    width: float  # of the visible box, before rotation
    height: float

    @classmethod
    def of(cls, page: Any) -> _Frame:
        try:
            box = page.get_bbox()  # the media box cut to the crop box
        except pdfium.PdfiumError:
            box = page.get_mediabox()
        left, bottom, right, top = (float(value) for value in box)
        return cls(int(page.get_rotation()) % 360, left, bottom, right - left, top - bottom)

    @property
    def shown_size(self) -> tuple[float, float]:
        return (self.height, self.width) if self.rotation in (90, 270) else (self.width, self.height)

    def point(self, x: float, y: float) -> tuple[float, float]:
        x, y = x - self.left, y - self.bottom
        if self.rotation == 90:
            return y, self.width - x
        if self.rotation == 180:
            return self.width - x, self.height - y
        if self.rotation == 270:
            return self.height - y, x
        return x, y

    def span(self, left: float, right: float, bottom: float, top: float) -> tuple[float, float]:
        """The left and right edges, as shown, of a box given in user space."""
        if self.rotation == 90:
            return bottom - self.bottom, top - self.bottom
        if self.rotation == 180:
            return self.width - (right - self.left), self.width - (left - self.left)
        if self.rotation == 270:
            return self.height - (top - self.bottom), self.height - (bottom - self.bottom)
        return left - self.left, right - self.left


class _Probe:
    """Asks PDFium about single characters of one text page, reusing the ctypes out-parameters."""

    def __init__(self, textpage: Any, frame: _Frame) -> None:
        self._handle = textpage.raw
        self._frame = frame
        self._plain = frame.rotation == 0 and frame.left == 0 and frame.bottom == 0
        self._rect = pdfium_c.FS_RECTF()
        self._rect_ref = ctypes.byref(self._rect)
        self._matrix = pdfium_c.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._doubles = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(value) for value in self._doubles]
        self._name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
        self._flags = ctypes.c_int()
        self._flags_ref = ctypes.byref(self._flags)

    def char_index(self, text_index: int) -> int:
        """PDFium's character index for an index into the page text (when the two differ)."""
        return int(pdfium_c.FPDFText_GetCharIndexFromTextIndex(self._handle, text_index))

    def size(self, i: int) -> float:
        """The font size as it appears on the page: the set size scaled by the text matrix."""
        size = float(pdfium_c.FPDFText_GetFontSize(self._handle, i))
        if pdfium_c.FPDFText_GetMatrix(self._handle, i, self._matrix_ref):
            scale = math.hypot(self._matrix.c, self._matrix.d)
            if scale > 0:
                size *= scale
        return size

    def bold(self, i: int) -> bool:
        weight = int(pdfium_c.FPDFText_GetFontWeight(self._handle, i))
        if weight >= 700:
            return True
        if weight >= 100:
            return False  # the font says how heavy it is: trust that over its name
        if pdfium_c.FPDFText_GetFontInfo(self._handle, i, self._name, _FONT_NAME_BYTES, self._flags_ref) <= 0:
            return False
        return bool(self._flags.value & _FORCE_BOLD_FLAG) or bool(_BOLD_NAME.search(self._name.value))

    def origin(self, i: int) -> tuple[float, float]:
        """Where the character sits on its baseline, as shown."""
        if not pdfium_c.FPDFText_GetCharOrigin(self._handle, i, self._refs[0], self._refs[1]):
            return 0.0, 0.0
        x, y = self._doubles[0].value, self._doubles[1].value
        return (x, y) if self._plain else self._frame.point(x, y)

    def widest_gap(self, first: int, last: int, skip_first: bool) -> float:
        """The widest horizontal gap between the runs of text PDFium finds from `first` to `last`
        (leaving out the first gap when `skip_first`)."""
        count = int(pdfium_c.FPDFText_CountRects(self._handle, first, last - first + 1))
        left, top, right, bottom = self._refs
        gaps: list[float] = []
        prev_right: float | None = None
        for index in range(min(count, 64)):
            if not pdfium_c.FPDFText_GetRect(self._handle, index, left, top, right, bottom):
                continue
            values = [value.value for value in self._doubles]
            shown_left, shown_right = self._frame.span(values[0], values[2], values[3], values[1])
            if prev_right is not None:
                gaps.append(shown_left - prev_right)
            prev_right = shown_right
        return max(gaps[1:] if skip_first else gaps, default=0.0)

    def respaced(self, text: str, first: int) -> str:
        """`text`, the page text from character `first` on, with a space put back between two characters set
        further apart than the line's usual gap between letters, by more than `_WORD_GAP` of the size, and at least
        half as far apart as the words its own spaces part: a file that places its words apart without space
        characters (and often sets them tight, so the usual gap is below zero), which PDFium reads run together."""
        gaps: list[float | None] = []  # before each character, from the one before; None after a space or unknown
        spaced: list[float] = []  # the gaps across the line's own spaces
        prev_right: float | None = None
        across_space: float | None = None  # the right edge before the last space
        for offset, char in enumerate(text):
            if char.isspace():
                gaps.append(None)
                across_space = prev_right if prev_right is not None else across_space
                prev_right = None
                continue
            if not pdfium_c.FPDFText_GetLooseCharBox(self._handle, first + offset, self._rect_ref):
                gaps.append(None)
                prev_right = across_space = None
                continue
            rect = self._rect
            left, right = ((rect.left, rect.right) if self._plain
                           else self._frame.span(rect.left, rect.right, rect.bottom, rect.top))
            gaps.append(None if prev_right is None else left - prev_right)
            if across_space is not None:
                spaced.append(left - across_space)
            prev_right, across_space = right, None
        letters = [gap for gap in gaps if gap is not None]
        if not letters or (len(spaced) < _MIN_SPACES and not _LONG_RUN.search(text)):
            return text  # too few spaces of its own to measure a word's gap by ("• Allfuture..."; a letter-spaced
            # "www.tekoälyaika.fi"), and no run of letters too long to be one word
        wide = statistics.median(letters) + _WORD_GAP * self.size(first)
        if len(spaced) >= _MIN_SPACES:
            wide = max(wide, statistics.median(spaced) / 2)
        return "".join(f" {char}" if gap is not None and gap > wide else char
                       for char, gap in zip(text, gaps, strict=True))

    def right(self, i: int) -> float:
        """The right edge of the character (its advance, not its ink), as shown."""
        if not pdfium_c.FPDFText_GetLooseCharBox(self._handle, i, self._rect_ref):
            return 0.0
        rect = self._rect
        return rect.right if self._plain else self._frame.span(rect.left, rect.right, rect.bottom, rect.top)[1]


def _ends_clause(text: str) -> bool:
    """Whether a line ends a sentence or clause (".", "!", "?", ":", ";", maybe before a quote or bracket)."""
    end = text[-1]
    if end in _CLOSERS and len(text) > 1:
        end = text[-2]
    return end in _CLAUSE_ENDS


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_DROP_CHARS))


def _clean_line(text: str) -> str:
    """One line's text: a leading symbol-font bullet kept as •, other junk characters removed."""
    if "\ue000" <= text[0] <= "\uf8ff" and len(text) > 1 and text[1].isspace():
        text = "•" + text[1:]
    return " ".join(_clean(text).split())


# --------------------------------------------------------------------------------------------------
# Document-wide style: body size, line steps, running headers


def _document_style(pages: Sequence[_Page], sizes: Counter[float]) -> _Style:
    """The style of `pages`; `sizes` holds the characters per font size (`_size_key`) of all their lines."""
    bold_chars = 0
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    total = 0
    for page in pages:
        for line in page.lines:
            if abs(line.size - body_size) <= 0.5:
                total += len(line.text)
                bold_chars += len(line.text) if line.bold else 0
    return _Style(body_size, bold_chars * 2 > total, _line_steps(pages), _running_lines(pages))


def _line_steps(pages: Sequence[_Page]) -> dict[int, float]:
    """The usual baseline-to-baseline distance for each (rounded) font size."""
    samples: defaultdict[int, list[float]] = defaultdict(list)
    for page in pages:
        for prev, line in pairwise(page.lines):
            if abs(prev.size - line.size) > 0.3 or prev.hyphen_after:
                continue
            dy = prev.y - line.y
            if 0.8 * line.size < dy < 2.5 * line.size:
                samples[round(line.size)].append(dy)
    return {size: statistics.median(values) for size, values in samples.items() if len(values) >= 5}


def _in_band(line: _Line, page: _Page, top: float = _BAND) -> bool:
    return line.y > page.height * (1 - top) or line.y < page.height * _BAND


def _header_shape(text: str) -> str:
    """The text in lower case without spaces and punctuation, its numbers masked: "#december#"."""
    return _HEADER_KEEP.sub("", _HEADER_MASK.sub("#", text.lower()))


def _header_key(text: str) -> str:
    """The shape without numbers at its ends, so "4 Title" on even pages matches "Title 5" on odd."""
    return _header_shape(text).strip("#")


def _running_lines(pages: Sequence[_Page]) -> _Running:
    """Short band lines that repeat: on many pages anywhere in the band (digits masked), or as the
    same text at one height on a run of nearby pages (a chapter's running head, maybe a little
    lower on the page)."""
    keyed: defaultdict[str, set[int]] = defaultdict(set)
    shaped: defaultdict[str, set[int]] = defaultdict(set)
    placed: defaultdict[str, list[tuple[float, int]]] = defaultdict(list)
    with_text = 0
    for page in pages:
        with_text += bool(page.lines)
        for line in page.lines:
            if not _in_band(line, page, _HEAD_BAND) or line.text.count(" ") >= _MAX_RUNNING_WORDS:
                continue
            placed[line.text.lower()].append((line.y, page.number))
            if _in_band(line, page) and (key := _header_key(line.text)):
                keyed[key].add(page.number)
                shaped[_header_shape(line.text)].add(page.number)
    running = _Running()
    if with_text < 2:
        return running
    need = 2 if with_text < 6 else max(3, math.ceil(0.1 * with_text))
    running.keys = {key for key, found in keyed.items() if len(found) >= need}
    running.shapes = {shape for shape, found in shaped.items() if len(found) >= 2}
    for text, spots in placed.items():
        if len(spots) >= 2:
            running.places[text] = _repeated_places(spots)
    return running


def _repeated_places(spots: list[tuple[float, int]]) -> list[tuple[float, float, int]]:
    """Height ranges (within 2 pt) where a text sits on two or more pages, each at most two pages
    after the one before (every page, or every other page of a spread), with the longest such run."""
    spots.sort()
    ranges: list[tuple[float, float, int]] = []
    start = 0
    for end in range(1, len(spots) + 1):
        if end < len(spots) and spots[end][0] - spots[end - 1][0] <= 2.0:
            continue
        cluster = spots[start:end]
        run = _longest_run(sorted({number for _, number in cluster}))
        if run >= 2:
            ranges.append((cluster[0][0], cluster[-1][0], run))
        start = end
    return ranges


def _longest_run(numbers: list[int]) -> int:
    """The most numbers in a row in sorted `numbers`, each at most two after the one before."""
    best = run = 1 if numbers else 0
    for before, after in pairwise(numbers):
        run = run + 1 if after - before <= 2 else 1
        best = max(best, run)
    return best


def _is_furniture(line: _Line, page: _Page, running: _Running) -> bool:
    """A running header, footer or page number."""
    if not _in_band(line, page, _HEAD_BAND):
        return False
    for low, high, run in running.places.get(line.text.lower(), ()):
        if run >= 3 and low - 0.5 <= line.y <= high + 0.5:
            return True
    if not _in_band(line, page):
        return False
    if _PAGE_NUMBER.match(line.text):
        return True
    key = _header_key(line.text)
    if page.number == 1:  # a cover may carry a footer's words: "December 2012" is no "3 December 2012"
        return key in running.keys and _header_shape(line.text) in running.shapes
    return key in running.keys or _joins_two(key, running.keys)


def _joins_two(key: str, keys: set[str]) -> bool:
    """Whether `key` is two running keys run together (PDFium may join a header and a footer that
    share a baseline, as on a landscape page)."""
    return any(key.startswith(first) and key[len(first):].strip("#") in keys for first in keys)


# --------------------------------------------------------------------------------------------------
# Layout: lines to blocks


def _layout(pages: Sequence[_Page], sizes: Counter[float]) -> list[Block]:
    style = _document_style(pages, sizes)
    drafts_by_page: list[tuple[int, list[_Draft]]] = []
    for page in pages:
        lines = _kept_lines(page, style)
        _mark_toc(lines)
        drafts = _hoist_headings(_page_drafts(lines, page, style))
        _demote_chart_labels(drafts, style)
        drafts_by_page.append((page.number, drafts))
    _demote_repeated_headings(drafts_by_page)
    _assign_levels([draft for _, drafts in drafts_by_page for draft in drafts])
    blocks: list[Block] = []
    for number, drafts in drafts_by_page:
        line_no = 1
        for draft in drafts:
            blocks.append(_to_block(draft, number, line_no))
            line_no += len(draft.lines)
    return blocks


def _kept_lines(page: _Page, style: _Style) -> list[_Line]:
    """The page's lines without running headers, footers, page numbers and exact duplicates (text
    drawn twice at the same spot, which PDFium reports twice)."""
    kept: list[_Line] = []
    seen: set[tuple[str, int, int]] = set()
    for line in page.lines:
        spot = (line.text, round(line.x0), round(line.y))
        if spot in seen or _is_furniture(line, page, style.running):
            continue
        seen.add(spot)
        kept.append(line)
    return kept


def _mark_toc(lines: list[_Line]) -> None:
    """Flag table-of-contents entries: dot-leader lines anywhere, and on a contents page the lines
    below its "Contents" title (or all of them, on a page recognised by its page numbers)."""
    below = _toc_top(lines)
    for line in lines:
        line.toc = _has_dot_leader(line.text) or line.y < below


def _toc_top(lines: list[_Line]) -> float:
    """The baseline of a contents page's title (infinite for an untitled contents page, where five or
    more lines end in page numbers that mostly rise); minus infinity on other pages."""
    for line in lines:
        if _is_toc_title(line.text):
            return line.y - 1.0
    numbers = [int(match.group(1)) for line in lines
               if line.text[-1].isdigit() and (match := _TRAILING_PAGE.search(line.text))]
    if len(numbers) < 5:
        return -math.inf
    rising = sum(after >= before for before, after in pairwise(numbers))
    return math.inf if rising >= 0.8 * (len(numbers) - 1) else -math.inf


def _is_toc_title(text: str) -> bool:
    return len(text) <= 17 and bool(_TOC_TITLE.match(text))


def _has_dot_leader(text: str) -> bool:
    if "...." in text or ". . ." in text or "…" in text or "____" in text:
        return bool(_DOT_LEADER.search(text))
    return False


def _page_drafts(lines: list[_Line], page: _Page, style: _Style) -> list[_Draft]:
    headings = _heading_groups(lines, page, style)
    drafts: list[_Draft] = []
    current: _Draft | None = None
    i = 0
    while i < len(lines):
        group = headings.get(i)
        if group is not None:
            drafts.append(_Draft(BlockKind.HEADING, group.lines))
            current = None
            i += len(group.lines)
            continue
        line = lines[i]
        prev = lines[i - 1] if i and current is not None else None
        starts_list, strip = _list_start(line, prev, current)
        if current is not None and not starts_list and _continues_along(current.lines[-1], line, style):
            current.extend_last(line)
            i += 1
            continue
        if current is None or starts_list or line.toc or current.lines[-1].toc or \
                _breaks(current, line, style):
            kind = BlockKind.LIST_ITEM if starts_list else BlockKind.PARAGRAPH
            current = _Draft(kind, [line], level=1 if starts_list else 0, strip_bullet=strip)
            drafts.append(current)
        else:
            current.add(line)
        i += 1
    return drafts


def _list_start(line: _Line, prev: _Line | None, current: _Draft | None) -> tuple[bool, bool]:
    """(starts a list item, its leading bullet should be removed)."""
    text = line.text
    if _SYMBOL_BULLET.match(text):
        return True, True
    soft = _SOFT_BULLET.match(text)
    if not soft and not _ENUMERATOR.match(text):
        return False, False
    after_break = (prev is None or current is None or current.kind is BlockKind.LIST_ITEM
                   or _ends_clause(prev.text))
    return after_break, bool(soft) and after_break


def _breaks(current: _Draft, line: _Line, style: _Style) -> bool:
    """Whether `line` starts a new block after the lines of `current`."""
    prev = current.lines[-1]
    size = max(prev.size, line.size)
    if abs(line.size - prev.size) > max(1.0, 0.12 * size):
        return True
    step = style.step(size)
    dy = prev.y - line.y
    if dy < 0.5 * step or dy > _GAP_RATIO * step:
        return True  # moved up or sideways (a new column, box or cell), or a paragraph gap
    if line.x0 > prev.x1:
        return True  # starts right of where the last line ended: not the same column
    first = current.lines[0]
    if current.kind is BlockKind.LIST_ITEM:
        hang = min((ln.x0 for ln in current.lines[1:]), default=first.x0)
        return line.x0 < min(first.x0, hang) - 2
    em = line.size
    if len(current.lines) > 1 and abs(line.x0 - prev.x0) > 1.5 * em:
        return True  # indentation changed inside a paragraph
    ended = _ends_clause(prev.text)
    if ended and line.x0 > prev.x0 + 0.8 * em:
        return True  # an indented first line after a finished sentence
    right = max(current.right, line.x1)
    left = min(first.x0, line.x0)
    return ended and prev.x1 < right - max(4 * em, 0.15 * (right - left))


def _continues_along(prev: _Line, line: _Line, style: _Style) -> bool:
    """Whether `line` is the rest of the physical line `prev`, which PDFium ended early: at a footnote's raised
    marker ("the GAFAM7" then ": Google, Amazon ..." on the same baseline), or where a label set along a slant
    in a graphic moves its baseline ("Deputyships by" then "June 2014" a little higher)."""
    if line.spread or prev.spread or line.toc or prev.toc:
        return False
    size = max(prev.size, line.size)
    return (_touching(prev, line) and abs(line.size - prev.size) <= max(1.0, 0.12 * size)
            and abs(prev.y - line.y) < 1.6 * style.step(size))


def _touching(prev: _Line, line: _Line) -> bool:
    """Whether `line` starts where `prev` ends, as the next word of the same line would."""
    return -0.1 * line.size <= line.x0 - prev.x1 < 0.5 * line.size


# --------------------------------------------------------------------------------------------------
# Headings


def _heading_groups(lines: list[_Line], page: _Page, style: _Style) -> dict[int, _HeadingGroup]:
    """Runs of heading-like lines, keyed by the index of their first line, that pass as headings."""
    kinds = _side_by_side_removed(lines, [_candidate(line, page, style) for line in lines])
    found: dict[int, _HeadingGroup] = {}
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind is None:
            i += 1
            continue
        group = _HeadingGroup([lines[i]])
        j = i + 1
        while j < len(lines) and kinds[j] == kind and _continues_heading(group.lines[-1], lines[j]):
            if _spaced_apart(group.lines, lines[j]) and _accept(group, kind, lines, i, j, style):
                break  # a whole heading, then a gap wider than its own line step: the next heading
            group.lines.append(lines[j])
            j += 1
        if _accept(group, kind, lines, i, j, style):
            found[i] = group
        i = j
    return found


def _side_by_side_removed(lines: list[_Line], kinds: list[str | None]) -> list[str | None]:
    """Three or more candidates of one size on one baseline are the cells of a table row or the
    labels of a chart, not headings. (Two may be headings atop the two columns of a page.)"""
    picked = [i for i, kind in enumerate(kinds) if kind is not None]
    out = list(kinds)
    for i in picked:
        one = lines[i]
        row = [j for j in picked if abs(lines[j].y - one.y) < 0.3 * one.size
               and abs(lines[j].size - one.size) <= 0.1 * one.size]
        if len(row) >= 3:
            for j in row:
                out[j] = None
    return out


def _candidate(line: _Line, page: _Page, style: _Style) -> str | None:
    """'large' or 'bold' if the line's look could make it a heading, else None."""
    if line.toc or line.spread or style.body_size <= 0:
        return None
    if line.y > page.height * (1 - _HEADING_MARGIN) or line.y < page.height * _HEADING_MARGIN:
        return None
    body = style.body_size
    smallest = min(line.size, line.size_end)
    if smallest >= body * _LARGE_RATIO and smallest >= body + _LARGE_MIN_PT:
        return "large"
    if line.bold and not style.body_bold and smallest >= body - 0.5:
        return "bold"
    return None


def _continues_heading(prev: _Line, line: _Line) -> bool:
    if abs(prev.size - line.size) > 0.1 * prev.size or prev.bold != line.bold:
        return False
    if _LEAD_MARK.match(line.text) or _ENUMERATOR.match(line.text):
        return False  # the next numbered heading or item, not the rest of this one
    dy = prev.y - line.y
    overlap = min(prev.x1, line.x1) - max(prev.x0, line.x0)
    return 0.5 * line.size < dy <= 2.5 * line.size and overlap > 0


def _spaced_apart(group: list[_Line], line: _Line) -> bool:
    """Whether `line` lies further below the group's last line than the group's own line step."""
    return len(group) >= 2 and group[-1].y - line.y > _GAP_RATIO * (group[-2].y - group[-1].y)


def _accept(group: _HeadingGroup, kind: str, lines: list[_Line], start: int, end: int, style: _Style) -> bool:
    bold_only = kind == "bold"
    max_lines = 2 if bold_only else _MAX_HEADING_LINES
    if len(group.lines) > max_lines or not _reads_like_heading(_joined_text(group.lines), bold_only):
        return False
    if not bold_only:
        return True
    return _stands_apart(lines, start, end, style)


def _stands_apart(lines: list[_Line], start: int, end: int, style: _Style) -> bool:
    """A bold line is a heading only if it is not a bold phrase inside a paragraph."""
    first, last = lines[start], lines[end - 1]
    if start > 0:
        prev = lines[start - 1]
        dy = prev.y - first.y
        gap = dy > _GAP_RATIO * style.step(first.size) or dy < 0
        if not gap and not _ends_clause(prev.text) and not prev.toc:
            return False
    if end < len(lines):
        nxt = lines[end]
        dy = last.y - nxt.y
        close = 0 < dy <= _GAP_RATIO * style.step(last.size)
        if close and nxt.text[:1].islower():
            return False  # the sentence runs on into the next line
    return True


def _reads_like_heading(text: str, bold_only: bool) -> bool:
    words = text.split()
    limit = _MAX_BOLD_HEADING_WORDS if bold_only else _MAX_HEADING_WORDS
    if not words or len(words) > limit or len(text) > 160:
        return False
    letters = sum(ch.isalpha() for ch in text)
    visible = sum(not ch.isspace() for ch in text)
    if letters < 2 or letters < 0.5 * visible:
        return False
    if _PAGE_NUMBER.match(text) or _has_dot_leader(text) or _SYMBOL_BULLET.match(text):
        return False
    if _CAPTION.match(text) or _DATE_ONLY.match(text) or _STATISTIC.search(text):
        return False  # "Figure 3: ...", "Source: ...", a cover's "December 2012", "Money claims 1,437k"
    first_word = words[0]
    if _SECTION_NUMBER.match(first_word):
        if len(words) < 2 or not words[1][:1].isupper():
            return False
    elif not (first_word[:1].isupper() or first_word[:1] in "“\"'‘("):
        return False
    if _NOT_A_TITLE.search(text) or _has_sentence_break(text) or _names_a_site(text, words):
        return False  # an address or "... GOVERNMENT. THE GOVERNMENT MUST ...": not a title
    if words[-1].lower() in _RUNS_ON and (words[-1] != "A" or text.isupper()):
        return False  # "... Governments and": the sentence goes on below ("Service A" ends in a label)
    end = text[-1]
    if end == ":":
        return not bold_only and len(words) <= 4  # "Actions:" heads a section, a longer one leads in
    return end not in ".,;!"


def _names_a_site(text: str, words: list[str]) -> bool:
    """A web address ("digital.gov.uk"), or a site's name alone (a printed page's "GOV.UK" banner); a
    heading that names a service in capitals ("Complete the transition to GOV.UK") is still a heading."""
    return any(match.group().islower() or len(words) == 1 for match in _DOMAIN.finditer(text))


def _has_sentence_break(text: str) -> bool:
    """A full stop or "!" after a word (not a Roman numeral or an abbreviation) and then a capital."""
    return any(not _ROMAN.match(match.group(1)) for match in _SENTENCE_BREAK.finditer(text))


def _hoist_headings(drafts: list[_Draft]) -> list[_Draft]:
    """Move headings PDFium lists after text they sit clearly above to the top of the page."""
    hoisted: list[_Draft] = []
    rest: list[_Draft] = []
    highest = -math.inf  # the highest baseline of the text kept in place so far
    for draft in drafts:
        if draft.kind is BlockKind.HEADING and rest and draft.top > highest + draft.lines[0].size:
            hoisted.append(draft)
            continue
        rest.append(draft)
        highest = max(highest, *(line.y for line in draft.lines))
    return hoisted + rest


def _demote_chart_labels(drafts: list[_Draft], style: _Style) -> None:
    """On a page of many headings and little else (a chart, diagram or overview graphic: five or more
    headings with fewer than 30 words of other text each) only the first stays a heading, unless the
    page is one of short sections of running text."""
    headings = [draft for draft in drafts if draft.kind is BlockKind.HEADING]
    if len(headings) < 5:
        return
    words = sum(count_words(line.text) for draft in drafts if draft.kind is not BlockKind.HEADING
                for line in draft.lines)
    if words < _WORDS_PER_HEADING * len(headings) and not _short_sections(drafts, headings, style):
        for draft in headings[1:]:
            draft.kind = BlockKind.PARAGRAPH


def _short_sections(drafts: list[_Draft], headings: list[_Draft], style: _Style) -> bool:
    """Whether the page's headings open short sections of running text, as a list of principles does:
    they share one left edge and follow each other down the page (a chart's labels stand side by side
    or anywhere); each is followed by a smaller heading or by body-size text (a label by another
    label or a caption); and most of those texts hold a sentence (not a fragment or a list of names).
    The page's last block may be a heading."""
    left = headings[0].lines[0].x0
    if any(abs(draft.lines[0].x0 - left) > 2.0 for draft in headings):
        return False
    if any(below.top >= above.top for above, below in pairwise(headings)):
        return False
    texts = sentences = 0
    for draft, after in pairwise(drafts):
        if draft.kind is not BlockKind.HEADING:
            continue
        if after.kind is BlockKind.HEADING:
            if after.lines[0].size > draft.lines[0].size - 1.0:
                return False
            continue
        if abs(after.lines[0].size - style.body_size) > 0.5:
            return False
        texts += 1
        sentences += _SENTENCE.search(_joined_text(after.lines)) is not None
    return 2 * sentences > texts


def _demote_repeated_headings(drafts_by_page: list[tuple[int, list[_Draft]]]) -> None:
    """A heading repeated at the same height on three or more nearby pages is a table's header row or
    a running head: only its first appearance stays a heading. (A heading repeated elsewhere on the
    page, such as each chapter's "Actions", is left alone.)"""
    spots: defaultdict[str, list[tuple[float, int]]] = defaultdict(list)
    for number, drafts in drafts_by_page:
        for draft in drafts:
            if draft.kind is BlockKind.HEADING:
                spots[_joined_text(draft.lines).lower()].append((draft.top, number))
    places = {text: [(low, high) for low, high, run in _repeated_places(found) if run >= 3]
              for text, found in spots.items() if len(found) >= 3}
    first_page: dict[tuple[str, float], int] = {}
    for number, drafts in drafts_by_page:
        for draft in drafts:
            if draft.kind is not BlockKind.HEADING:
                continue
            text = _joined_text(draft.lines).lower()
            for low, high in places.get(text, ()):
                if low <= draft.top <= high and first_page.setdefault((text, low), number) != number:
                    draft.kind, draft.level = BlockKind.PARAGRAPH, 0


def _assign_levels(drafts: list[_Draft]) -> None:
    """Levels from size ranks: sizes within 12% of each other share a rank, and only sizes used by two
    or more headings get a rank of their own (a one-off size, such as a cover title, takes the rank
    of the nearest larger size that has one, or 1)."""
    headings = [draft for draft in drafts if draft.kind is BlockKind.HEADING]
    counts = Counter(round(draft.lines[0].size) for draft in headings)
    clusters: list[list[int]] = []
    for size in sorted(counts, reverse=True):
        if clusters and size >= _SAME_LEVEL_RATIO * clusters[-1][0]:
            clusters[-1].append(size)
        else:
            clusters.append([size])
    level_of: dict[int, int] = {}
    level = 0
    for cluster in clusters:
        if sum(counts[size] for size in cluster) >= 2:
            level = min(level + 1, _MAX_HEADING_LEVEL)
        level_of.update(dict.fromkeys(cluster, max(level, 1)))
    for draft in headings:
        draft.level = level_of[round(draft.lines[0].size)]


# --------------------------------------------------------------------------------------------------
# Blocks


def _joined_text(lines: Sequence[_Line]) -> str:
    return _join(lines)[0]


def _join(lines: Sequence[_Line]) -> tuple[str, tuple[int, ...]]:
    """The lines as one text, with the offsets where the second and later lines begin."""
    text = lines[0].text
    starts: list[int] = []
    for prev, line in pairwise(lines):
        text, sep = _joint(text, prev, line)
        starts.append(len(text) + len(sep))
        text = text + sep + line.text
    return text, tuple(starts)


def _joint(text: str, prev: _Line, line: _Line) -> tuple[str, str]:
    """`text` (maybe without its trailing hyphen) and the separator to put before `line`."""
    lower_next = line.text[:1].islower()
    if prev.hyphen_after:  # PDFium already removed the hyphen
        return text, "" if lower_next else "-"
    if len(text) >= 2 and text[-1] in "-‐" and text[-2].isalpha():
        return (text[:-1], "") if lower_next else (text, "")
    if line.text[0] in ".,;:!?)" and _touching(prev, line):
        return text, ""  # the rest of a sentence that PDFium split at a footnote's marker
    return text, " "


def _to_block(draft: _Draft, page: int, line_no: int) -> Block:
    text, starts = _join(draft.lines)
    if draft.strip_bullet:
        bullet = _SYMBOL_BULLET.match(text) or _SOFT_BULLET.match(text)
        if bullet:
            cut = bullet.end()
            text = text[cut:]
            starts = tuple(offset - cut for offset in starts)
    return Block(kind=draft.kind, text=text, location=Location(page=page, line=line_no),
                 level=draft.level, line_starts=starts)
