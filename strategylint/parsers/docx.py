"""Read a Word (DOCX) file into a `Document`.

Safety first, before python-docx sees a byte
--------------------------------------------
A DOCX is a zip of XML parts, so a hostile one can be a zip bomb or carry an XML external entity.
`_check_package` opens the file with `zipfile` and refuses it (`InputError`) when:

* it is not a zip, or a zip that holds no Word document (an Excel or OpenDocument file, say);
* the declared uncompressed sizes add up to more than ``limits.max_inflated_bytes``, or one member
  inflates more than 200 times and past 10 MB (a zip bomb);
* any part python-docx may parse as XML (relationships and XML-typed parts, not images or HTML
  chunks) declares a DTD or an entity, or is not well-formed (the error names the part). A broken
  ``docProps/core.xml`` alone is dropped with a note instead: the text is still readable.

Every XML part is stream-decompressed with a byte budget to look for the DTD, so the size check rests
on bytes actually inflated, not only on the sizes the zip declares. Reads by python-docx afterwards
are bounded too: `zipfile` never returns more than a member's declared size (surplus data fails the
CRC check), and the declared total was checked. As a second line of defence python-docx's own lxml
parser is built with ``resolve_entities=False`` (and libxml2 defaults to no network and no DTD
loading), which a test pins. Truncated zips, bad CRCs and malformed XML become `InputError`s that
name the cause.

Reading
-------
The body is walked in document order straight from the XML (python-docx opens the package and parses
the parts): paragraphs and tables, also inside content controls (``w:sdt``) that python-docx's own
iterators skip. Each ``w:tc`` element is read once, so cells that python-docx repeats for horizontal
or vertical merges are not duplicated. Deleted revisions, field codes and text boxes are left out.

* Locations: ``Location.paragraph`` is the 1-based number of the *non-empty* paragraph in body order,
  counting the paragraphs inside table cells (nested tables included) where they occur. Empty
  paragraphs are skipped and get no number.
* Headings come from styles: ``Title`` is level 1, ``Heading N`` is level N, and a paragraph outline
  level (``w:outlineLvl`` in the paragraph or its style chain, 0-based) gives level ``lvl + 1``.
* When no paragraph uses a heading style (``Title`` aside), headings are inferred from formatting:
  a short (at most 12 words) paragraph that is wholly bold or set larger than the body's most
  common size, starts with a capital or a number, does not end like a sentence and is not a
  ``Label: value`` or "Published ..." line. Levels come from size ranks (larger is higher); bold
  text at body size comes last, or, when the document also marks outline levels (GOV.UK pastes
  do), takes the most common of those. Under a ``Title`` they start at level 2. Numbered list
  paragraphs are never promoted: a missed heading costs less than a wrong one.
* List items: paragraphs with numbering (``w:numPr`` in the paragraph or its style) or a ``List*``
  style, level ``ilvl + 1`` (or N for a ``List Bullet N`` style, if larger).
* Table cells: one block per cell with text, its paragraphs joined by newlines, located at the
  number of its first paragraph.
* Text: NFC, control characters and soft hyphens removed, whitespace (tabs, breaks, no-break
  spaces) collapsed to single spaces.
* Metadata comes from the core properties (title, author, created, modified) when the package has
  them; pages are unknown for DOCX.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

import docx
from defusedxml import ElementTree as SafeET
from docx.opc.constants import RELATIONSHIP_TYPE

from strategylint.model import Block, BlockKind, Document, Location, Metadata
from strategylint.parsers import InputError, Limits, human_size

# --------------------------------------------------------------------------------------------------
# Package safety

_MAX_MEMBERS = 20_000
_BOMB_RATIO = 200
_BOMB_MIN_BYTES = 10 * 1024 * 1024
_CHUNK = 1024 * 1024
_TRUST_REMEDY = "raise --max-inflated-size if you trust it"
_RESAVE_REMEDY = "open it in Word or LibreOffice and save it again as .docx"
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_DTD_OVERLAP = max(len(marker) for marker in _DTD_MARKERS) - 1
_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
)
_OTHER_ZIPS = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint presentation",
    "mimetype": "an OpenDocument or EPUB file",
}
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_CORE_PART = "docProps/core.xml"


def _check_package(handle: IO[bytes], limits: Limits) -> str | None:
    """Refuse anything that is not a safe, readable Word package, before python-docx opens it.

    Returns why the core properties part cannot be read, when that is the only damage."""
    file_size = handle.seek(0, io.SEEK_END)
    handle.seek(0)
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            _check_members(infos, limits, file_size)
            content_types = _content_types(archive)
            _check_is_word(archive, content_types)
            return _scan_xml_parts(archive, infos, content_types, limits)
    except (zipfile.BadZipFile, struct.error) as exc:
        raise InputError(f"not a readable zip: the file is truncated or damaged ({exc})",
                         "download or copy it again, or re-save it from Word") from None
    except (OSError, ValueError) as exc:  # a header offset or size that points outside the file
        raise InputError(f"not a readable zip: the file is truncated or damaged ({_zip_problem(exc)})",
                         "download or copy it again, or re-save it from Word") from None
    except (zlib.error, EOFError) as exc:
        raise InputError(f"a compressed part is truncated or damaged ({exc})", _RESAVE_REMEDY) from None
    except NotImplementedError as exc:
        raise InputError(f"uses a zip feature that cannot be read ({exc})", _RESAVE_REMEDY) from None
    except RecursionError:
        raise
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        raise InputError(f"the zip is encrypted ({exc})", "save an unencrypted copy") from None


def _zip_problem(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"a part lies outside the file: {exc.strerror}"
    return str(exc) or type(exc).__name__


def _check_members(infos: list[zipfile.ZipInfo], limits: Limits, file_size: int) -> None:
    if len(infos) > _MAX_MEMBERS:
        raise InputError(f"a zip of {len(infos)} parts, far more than any Word document has",
                         "check where the file came from")
    for info in infos:
        # zipfile reads a member in one go up to its compressed size, allocating that much at once:
        # a size past the end of the file is damage (or an attack), never a Word document
        if info.compress_size > file_size or info.header_offset + info.compress_size > file_size:
            raise InputError(f"not a readable zip: {info.filename} claims more bytes than the file holds",
                             "download or copy it again, or re-save it from Word")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_inflated_bytes:
        raise InputError(
            f"inflates to {human_size(declared)}, over the {human_size(limits.max_inflated_bytes)} limit",
            _TRUST_REMEDY)
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _BOMB_MIN_BYTES and ratio > _BOMB_RATIO:
            raise InputError(
                f"looks like a zip bomb: {info.filename} inflates {ratio:.0f} times to "
                f"{human_size(info.file_size)}", _TRUST_REMEDY)


def _content_types(archive: zipfile.ZipFile) -> tuple[dict[str, str], dict[str, str]]:
    """The package's (extension -> type, part name -> type) maps; empty when it has none."""
    try:
        info = archive.getinfo("[Content_Types].xml")
    except KeyError:
        return {}, {}
    data = _read_capped(archive, info, 4 * 1024 * 1024)
    _refuse_dtd(data, info.filename)
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except (SyntaxError, LookupError, ValueError) as exc:  # ParseError; an unknown declared encoding
        raise InputError(f"[Content_Types].xml is not well-formed XML ({exc})", _RESAVE_REMEDY) from None
    defaults = {el.get("Extension", "").lower(): el.get("ContentType", "").lower()
                for el in root.iter(f"{_CT_NS}Default")}
    overrides = {el.get("PartName", "").lstrip("/").lower(): el.get("ContentType", "").lower()
                 for el in root.iter(f"{_CT_NS}Override")}
    return defaults, overrides


def _content_type(name: str, content_types: tuple[dict[str, str], dict[str, str]]) -> str:
    defaults, overrides = content_types
    lowered = name.lower()
    if lowered in overrides:
        return overrides[lowered]
    return defaults.get(lowered.rsplit(".", 1)[-1] if "." in lowered else "", "")


def _check_is_word(archive: zipfile.ZipFile, content_types: tuple[dict[str, str], dict[str, str]]) -> None:
    names = set(archive.namelist())
    if "word/document.xml" in names or any(t in _WORD_MAIN_TYPES for t in content_types[1].values()):
        return
    kind = next((what for member, what in _OTHER_ZIPS.items() if member in names), None)
    cause = "not a Word document: a zip without word/document.xml"
    raise InputError(f"{cause} ({kind})" if kind else cause,
                     "save it as .docx" if kind else "check that this is the file you meant")


def _scan_xml_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                    content_types: tuple[dict[str, str], dict[str, str]], limits: Limits) -> str | None:
    """Inflate every part python-docx may parse as XML, within the budget, refusing any DTD and
    naming a part that is not well-formed. A broken core properties part is only reported back."""
    budget = limits.max_inflated_bytes
    broken_core: str | None = None
    for info in infos:
        if info.is_dir() or not _parsed_as_xml(info.filename, content_types):
            continue
        inflated, problem = _scan_member(archive, info, budget)
        budget -= inflated
        if problem and info.filename == _CORE_PART:
            broken_core = problem
        elif problem:
            raise InputError(f"{info.filename} is not well-formed XML ({problem})", _RESAVE_REMEDY)
    return broken_core


def _parsed_as_xml(name: str, content_types: tuple[dict[str, str], dict[str, str]]) -> bool:
    """Whether python-docx may parse this member as XML: relationships, the content types, and parts
    whose type is XML. Images (an SVG may legitimately carry a DTD) and imported HTML chunks
    (``<!DOCTYPE html>``) stay opaque blobs, bounded by their declared sizes."""
    lowered = name.lower()
    if lowered.endswith((".rels", ".xml")):
        return True
    kind = _content_type(name, content_types)
    return kind.endswith("xml") and not kind.startswith("image/")


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> tuple[int, str | None]:
    """(bytes inflated, why the XML is not well-formed or None). The DTD check comes before any
    byte reaches the (non-validating, non-fetching) expat parser used for the well-formedness check."""
    inflated = 0
    tail = b""
    checker: Any = expat.ParserCreate()
    problem: str | None = None
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            inflated += len(chunk)
            if inflated > budget:
                raise InputError(
                    f"inflates past the {human_size(budget)} left in the limit at {info.filename}",
                    _TRUST_REMEDY)
            _refuse_dtd(tail + chunk, info.filename)
            tail = chunk[-_DTD_OVERLAP:]
            checker, problem = _feed(checker, chunk, final=False, problem=problem)
    _, problem = _feed(checker, b"", final=True, problem=problem)
    return inflated, problem


def _feed(checker: Any, data: bytes, *, final: bool, problem: str | None) -> tuple[Any, str | None]:
    """Feed the well-formedness checker; stop checking (None) at its first error or an encoding
    expat does not know but lxml may."""
    if checker is None or problem:
        return None, problem
    try:
        checker.Parse(data, final)
    except expat.ExpatError as exc:
        if exc.code == expat.errors.codes[expat.errors.XML_ERROR_UNKNOWN_ENCODING]:
            return None, None
        return None, str(exc)
    except LookupError:  # pyexpat asks Python's codecs about an encoding neither knows
        return None, None
    return checker, None


def _refuse_dtd(data: bytes, name: str) -> None:
    if any(marker in data for marker in _DTD_MARKERS):
        raise InputError(f"{name} contains a DTD/external entity; refused",
                         "Word never writes one: the file was made by hand or to attack XML readers")


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    with archive.open(info) as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise InputError(f"{info.filename} is implausibly large ({human_size(info.file_size)})",
                         "check where the file came from")
    return data


# --------------------------------------------------------------------------------------------------
# Opening with python-docx


def _without_core_properties(handle: IO[bytes]) -> IO[bytes]:
    """An in-memory copy of the package without its (broken) core properties part, stored uncompressed:
    the sizes were checked, and python-docx reads it all anyway."""
    handle.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(handle) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            if info.filename == _CORE_PART:
                continue
            data = source.read(info)
            if info.filename == "_rels/.rels":
                data = re.sub(rb"<Relationship\b[^>]*?/metadata/core-properties\"[^>]*>", b"", data)
            target.writestr(info.filename, data)
    return out


def _open_word(handle: IO[bytes]) -> Any:
    handle.seek(0)
    try:
        return docx.Document(handle)
    except SyntaxError as exc:  # lxml's XMLSyntaxError
        raise InputError(f"a part is not well-formed XML ({exc})", _RESAVE_REMEDY) from None
    except KeyError as exc:
        raise InputError(f"the package is missing a part it refers to ({exc})", _RESAVE_REMEDY) from None
    except ValueError as exc:  # python-docx: "file ... is not a Word file, content type is ..."
        raise InputError(f"not a Word document: {exc}", "save it as .docx") from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(f"a compressed part is truncated or damaged ({exc})", _RESAVE_REMEDY) from None
    except (MemoryError, RecursionError):
        raise  # read_document names these
    except Exception as exc:  # python-docx meeting parts of the wrong shape: AttributeError, TypeError...
        raise InputError(f"not a valid Word package: {type(exc).__name__}: {exc}"[:300],
                         _RESAVE_REMEDY) from None


# --------------------------------------------------------------------------------------------------
# WordprocessingML helpers

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{_W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_R = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r")
W_PPR, W_RPR, W_VAL = _w("pPr"), _w("rPr"), _w("val")
W_SDT, W_SDT_CONTENT = _w("sdt"), _w("sdtContent")
W_T, W_B, W_SZ, W_NUM_PR = _w("t"), _w("b"), _w("sz"), _w("numPr")
W_P_STYLE, W_R_STYLE, W_OUTLINE = _w("pStyle"), _w("rStyle"), _w("outlineLvl")
_W_PREFIX = f"{{{_W_NS}}}"
_BLOCK_WRAPPERS = {_w("customXml"), _w("ins"), _w("moveTo"), W_SDT_CONTENT}
_TEXT_SKIP = {W_PPR, W_RPR, _w("del"), _w("moveFrom"), _w("sdtPr"), _w("sdtEndPr"),
              _w("fldData"), _w("bookmarkStart"), _w("bookmarkEnd"), _w("proofErr")}
_RUN_CHARS = {_w("tab"): " ", _w("br"): " ", _w("cr"): " ", _w("noBreakHyphen"): "-",
              _w("ptab"): " "}
_LIST_STYLE = re.compile(r"^list\b(?!\s*table)", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_DEFAULT_HALF_POINTS = 20  # Word's size when nothing says otherwise: 10 pt


def _val(parent: Any, tag: str) -> str | None:
    """The ``w:val`` of child `tag` of `parent`, ``""`` when present without one, None when absent."""
    if parent is None:
        return None
    child = parent.find(tag)
    if child is None:
        return None
    value: str | None = child.get(W_VAL)
    return "" if value is None else value


def _on(value: str | None) -> bool | None:
    if value is None:
        return None
    return value.lower() not in ("0", "false", "off", "none")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


@dataclass(slots=True)
class _Format:
    bold: bool | None = None
    half_points: int | None = None

    def under(self, base: _Format) -> _Format:
        """These properties, falling back to `base` where unset."""
        return _Format(self.bold if self.bold is not None else base.bold,
                       self.half_points if self.half_points is not None else base.half_points)


def _run_format(rpr: Any) -> _Format:
    if rpr is None:
        return _Format()
    return _Format(_on(_val(rpr, W_B)), _int(_val(rpr, W_SZ)))


@dataclass(slots=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # 0-based outline level; 9 means body text
    num_id: int | None
    ilvl: int | None
    fmt: _Format


@dataclass(slots=True)
class _Resolved:
    """A paragraph style with its chain folded in."""

    heading: int | None = None
    is_title: bool = False
    list_level: int | None = None
    name_level: int | None = None  # from a "List Bullet 2"-style name, whatever its numbering says
    fmt: _Format = field(default_factory=_Format)


class _Styles:
    """Paragraph and character styles from ``styles.xml``, resolved along ``w:basedOn`` (no loops)."""

    def __init__(self, root: Any) -> None:
        self._styles: dict[str, _Style] = {}
        self._cache: dict[str, _Resolved] = {}
        self._char_cache: dict[str, _Format] = {}
        self.default_paragraph: str | None = None
        self.defaults = _Format()
        if root is None:
            return
        rpr_default = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{W_RPR}")
        self.defaults = _run_format(rpr_default)
        for el in root.iter(_w("style")):
            self._add(el)

    def _add(self, el: Any) -> None:
        style_id = el.get(_w("styleId"))
        if not style_id:
            return
        ppr = el.find(W_PPR)
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        self._styles[style_id] = _Style(
            name=_val(el, _w("name")) or style_id,
            based_on=_val(el, _w("basedOn")),
            outline=_int(_val(ppr, _w("outlineLvl"))),
            num_id=_int(_val(num_pr, _w("numId"))),
            ilvl=_int(_val(num_pr, _w("ilvl"))),
            fmt=_run_format(el.find(W_RPR)),
        )
        if el.get(_w("type")) == "paragraph" and _on(el.get(_w("default"))):
            self.default_paragraph = style_id

    def _chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = style.based_on

    def paragraph(self, style_id: str | None) -> _Resolved:
        key = style_id or self.default_paragraph or ""
        if key not in self._cache:
            self._cache[key] = self._resolve(key)
        return self._cache[key]

    def _resolve(self, style_id: str) -> _Resolved:
        out = _Resolved()
        heading_known = False
        numbered: bool | None = None  # the nearest style with w:numPr decides
        ilvl = 0
        fmt = _Format()
        for style in self._chain(style_id):
            fmt = fmt.under(style.fmt)
            if not heading_known:
                heading_known, out.heading = _style_heading(style)
                out.is_title = heading_known and style.name.strip().lower() == "title"
            if numbered is None and style.num_id is not None:
                numbered, ilvl = style.num_id > 0, style.ilvl or 0
            if out.name_level is None and _LIST_STYLE.match(style.name):
                digits = re.search(r"(\d)$", style.name.strip())
                out.name_level = int(digits.group(1)) if digits else 1
        if numbered:
            out.list_level = max(ilvl + 1, out.name_level or 1)
        elif numbered is None:
            out.list_level = out.name_level
        out.fmt = fmt.under(self.defaults)
        return out

    def character(self, style_id: str | None) -> _Format:
        if not style_id:
            return _Format()
        if style_id not in self._char_cache:
            fmt = _Format()
            for style in self._chain(style_id):
                fmt = fmt.under(style.fmt)
            self._char_cache[style_id] = fmt
        return self._char_cache[style_id]


def _style_heading(style: _Style) -> tuple[bool, int | None]:
    """(whether this style decides, the heading level it gives)."""
    name = style.name.strip().lower()
    if name == "title":
        return True, 1
    if name == "subtitle":
        return True, None  # even when based on Title
    match = _HEADING_STYLE.match(name)
    if match:
        return True, int(match.group(1))
    if style.outline is not None:
        return True, style.outline + 1 if 0 <= style.outline <= 8 else None
    return False, None


# --------------------------------------------------------------------------------------------------
# Paragraph reading

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\ufffe\uffff]")


def normalise(text: str) -> str:
    """NFC, no control characters or soft hyphens, whitespace collapsed to single spaces."""
    return " ".join(_CONTROL.sub("", unicodedata.normalize("NFC", text)).split())


@dataclass(slots=True)
class _Para:
    """A non-empty paragraph with what heading detection needs to know about it."""

    text: str
    number: int
    style_heading: int | None
    is_title: bool  # styled "Title"
    outline_heading: int | None
    list_level: int | None
    bold: bool
    points: float | None  # the smallest size of its text
    sizes: Counter[float]  # characters per size, for the body-size vote


class _Reader:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.count = 0

    def items(self, body: Any) -> Iterator[_Para | Block]:
        """Paragraphs and table-cell blocks in body order."""
        for el in _block_children(body):
            if el.tag == W_P:
                para = self.paragraph(el)
                if para is not None:
                    yield para
            else:
                yield from self.table(el)

    def table(self, tbl: Any) -> Iterator[Block]:
        for row in _children(tbl, W_TR):
            for cell in _children(row, W_TC):
                yield from self.cell(cell)

    def cell(self, tc: Any) -> Iterator[Block]:
        texts: list[str] = []
        first: int | None = None
        nested: list[Block] = []
        for el in _block_children(tc):
            if el.tag == W_P:
                para = self.paragraph(el)
                if para is not None:
                    first = first or para.number
                    texts.append(para.text)
            else:
                nested.extend(self.table(el))
        if texts:
            yield Block(BlockKind.TABLE_CELL, "\n".join(texts), Location(paragraph=first))
        yield from nested

    def paragraph(self, p: Any) -> _Para | None:
        ppr = p.find(W_PPR)
        style = self.styles.paragraph(_val(ppr, W_P_STYLE))
        pieces: list[str] = []
        sizes: Counter[float] = Counter()
        bold = True
        for run in _runs(p):
            text = _run_text(run)
            pieces.append(text)
            visible = len(text.strip())
            if not visible:
                continue
            rpr = run.find(W_RPR)
            fmt = _run_format(rpr).under(self.styles.character(_val(rpr, W_R_STYLE))).under(style.fmt)
            bold = bold and bool(fmt.bold)
            sizes[(fmt.half_points or _DEFAULT_HALF_POINTS) / 2] += visible
        text = normalise("".join(pieces))
        if not text:
            return None
        self.count += 1
        outline = _int(_val(ppr, W_OUTLINE))
        return _Para(text, self.count,
                     style_heading=None if outline == 9 else style.heading,  # 9: explicitly body text
                     is_title=style.is_title,
                     outline_heading=outline + 1 if outline is not None and 0 <= outline <= 8 else None,
                     list_level=_list_level(ppr, style), bold=bold and bool(sizes),
                     points=min(sizes) if sizes else None, sizes=sizes)


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _children(child, tag)


def _block_children(parent: Any) -> Iterator[Any]:
    for child in parent:
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _block_children(content)
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _block_children(child)


def _runs(p: Any) -> Iterator[Any]:
    """The runs of a paragraph, through hyperlinks, fields, insertions and content controls."""
    for child in p:
        tag = child.tag
        if tag == W_R:
            yield child
        elif isinstance(tag, str) and tag not in _TEXT_SKIP and tag.startswith(_W_PREFIX):
            yield from _runs(child)


def _run_text(run: Any) -> str:
    out: list[str] = []
    for child in run:
        tag = child.tag
        if tag == W_T:
            out.append(child.text or "")
        elif tag in _RUN_CHARS:
            out.append(_RUN_CHARS[tag])
    return "".join(out)


def _list_level(ppr: Any, style: _Resolved) -> int | None:
    num_pr = ppr.find(W_NUM_PR) if ppr is not None else None
    if num_pr is None:
        return style.list_level
    num_id = _int(_val(num_pr, _w("numId")))
    if num_id == 0:
        return None  # numbering explicitly removed
    ilvl = _int(_val(num_pr, _w("ilvl"))) or 0
    return max(min(max(ilvl, 0), 8) + 1, style.name_level or 1)


# --------------------------------------------------------------------------------------------------
# Headings from formatting

_MAX_HEADING_WORDS = 12
_NUMBERING = re.compile(
    r"^(?:(?:section|part|chapter|annex|appendix|pillar|theme|step|stage|phase|goal|objective|priority"
    r"|principle|outcome|action|recommendation|strand|mission)\s+[\dA-Z]{1,4}\b[.:)]?\s*"
    r"|\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[A-Z][.)]\s+|[IVX]{1,5}[.)]\s+)",
    re.IGNORECASE)
_METADATA = re.compile(
    r"^(?:(?:first\s+)?published|(?:last\s+)?updated|date|version|prepared\s+by|author|status"
    r"|document\s+(?:owner|control|status)|copyright|©)\b",
    re.IGNORECASE)
_LABEL_VALUE = re.compile(r"^([^:]{1,60}):\s*\S")
_SENTENCE_END = (".", ",", ";", "!")


def _looks_like_heading(para: _Para, body_points: float) -> bool:
    """Whether a paragraph without a heading style reads as a heading by its form."""
    if para.list_level is not None or para.outline_heading is not None:
        return False
    larger = para.points is not None and para.points > body_points + 0.5
    if not (para.bold or larger):
        return False
    text = para.text
    if len(text.split()) > _MAX_HEADING_WORDS or (text.endswith(_SENTENCE_END) and not text.endswith("...")):
        return False
    if _METADATA.match(text):
        return False
    label = _LABEL_VALUE.match(text)
    if label and not _NUMBERING.match(label.group(1) + " "):
        return False  # "Version Number: 1.0", "Author: ..." are document-control lines
    rest = _NUMBERING.sub("", text, count=1)
    first = next((ch for ch in rest if ch.isalnum()), "")
    return bool(first) and not first.islower() and any(ch.isalpha() for ch in rest)


def _inferred_levels(candidates: list[_Para], body_points: float,
                     outline_levels: list[int]) -> dict[int, int]:
    """Heading level per paragraph number: size ranks first, then bold at body size."""
    larger = sorted({p.points for p in candidates if p.points and p.points > body_points + 0.5}, reverse=True)
    rank = {points: index + 1 for index, points in enumerate(larger)}
    body_level = Counter(outline_levels).most_common(1)[0][0] if outline_levels else len(larger) + 1
    return {p.number: rank.get(p.points or 0.0, body_level) for p in candidates}


def _body_points(paras: Iterable[_Para]) -> float:
    sizes: Counter[float] = Counter()
    for para in paras:
        sizes.update(para.sizes)
    return sizes.most_common(1)[0][0] if sizes else _DEFAULT_HALF_POINTS / 2


def _blocks(items: list[_Para | Block]) -> list[Block]:
    paras = [item for item in items if isinstance(item, _Para)]
    inferred: dict[int, int] = {}
    if not any(p.style_heading and not p.is_title for p in paras):  # no heading styles: infer
        body = _body_points(paras)
        candidates = [p for p in paras if p.style_heading is None and _looks_like_heading(p, body)]
        outline_levels = [p.outline_heading for p in paras if p.outline_heading]
        below_title = int(any(p.is_title and p.style_heading for p in paras))
        inferred = {number: level + below_title
                    for number, level in _inferred_levels(candidates, body, outline_levels).items()}
    return [item if isinstance(item, Block) else _para_block(item, inferred) for item in items]


def _para_block(para: _Para, inferred: dict[int, int]) -> Block:
    location = Location(paragraph=para.number)
    heading = para.outline_heading or para.style_heading or inferred.get(para.number)
    if heading:
        return Block(BlockKind.HEADING, para.text, location, level=heading)
    if para.list_level:
        return Block(BlockKind.LIST_ITEM, para.text, location, level=para.list_level)
    return Block(BlockKind.PARAGRAPH, para.text, location)


# --------------------------------------------------------------------------------------------------
# Metadata


def _metadata(word: Any) -> Metadata:
    meta = Metadata()
    try:
        word.part.package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
    except KeyError:
        meta.notes.append("no core properties (title, author, dates) in the file")
        return meta  # asking python-docx would invent defaults ("python-docx", today's date)
    try:
        props = word.core_properties
    except Exception:  # a core.xml of the wrong shape
        meta.notes.append("core properties unreadable")
        return meta
    meta.title = _prop(lambda: props.title)
    meta.author = _prop(lambda: props.author)
    meta.created = _date(lambda: props.created)
    meta.modified = _date(lambda: props.modified)
    return meta


def _prop(get: Callable[[], object]) -> str | None:
    try:
        value = get()
    except Exception:  # a broken core.xml must not sink the document
        return None
    text = normalise(value) if isinstance(value, str) else ""
    return text or None


def _date(get: Callable[[], object]) -> datetime | None:
    try:
        value = get()
    except Exception:
        return None
    return value if isinstance(value, datetime) else None


# --------------------------------------------------------------------------------------------------
# Entry point


def parse(path: Path, limits: Limits) -> Document:
    """Parse the DOCX at `path`, or raise `InputError` saying why it cannot be read safely."""
    with path.open("rb") as handle:
        broken_core = _check_package(handle, limits)
        word = _open_word(_without_core_properties(handle) if broken_core else handle)
    body = getattr(word.element, "body", None)
    if body is None:
        raise InputError("not a valid Word package: word/document.xml has no body", _RESAVE_REMEDY)
    reader = _Reader(_Styles(_styles_root(word)))
    items = list(reader.items(body))
    meta = _metadata(word)
    if broken_core:
        meta.notes[:] = [f"core properties ({_CORE_PART}) unreadable and ignored: {broken_core}"]
    return Document(path=str(path), format="docx", blocks=_blocks(items), meta=meta)


def _styles_root(word: Any) -> Any:
    """The ``w:styles`` element, or None when the package has no styles part (or the relationship
    points at a part of another type, which python-docx loads as an opaque blob)."""
    try:
        part = word.part.part_related_by(RELATIONSHIP_TYPE.STYLES)
    except KeyError:
        return None
    element = getattr(part, "element", None)
    return element if getattr(element, "tag", None) == _w("styles") else None
