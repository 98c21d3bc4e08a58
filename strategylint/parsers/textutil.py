"""Shared helpers for the text formats (Markdown, HTML, plain text): decoding and cleaning.

Decoding
--------
`decode` turns a file's bytes into a string and never fails:

1. A byte-order mark wins (UTF-32, UTF-8, UTF-16, in the order that keeps UTF-32 LE from being read
   as UTF-16 LE).
2. Otherwise UTF-8, when the bytes are valid UTF-8 or mostly so: more valid multi-byte characters
   than broken sequences means a UTF-8 file with a few damaged bytes (replaced and noted), since a
   legacy single-byte encoding almost never forms valid UTF-8 sequences by chance.
3. Then an encoding the file declares (HTML ``<meta charset>``), if Python knows it and it decodes.
4. Then charset-normalizer guesses. It cannot tell Windows-1252 from Windows-1250 on short Western
   text (it renders "naïve" as "naďve"), so among its equally clean and equally coherent candidates
   Windows-1252 is preferred; a clearly better fit (Turkish in Windows-1254, Polish in 1250) keeps
   its own encoding.
5. Windows-1252 with replacement characters is the last resort.

The encoding is reported (as a note for `Metadata.notes`) only when it is not UTF-8.

Cleaning
--------
`clean_source` works on the whole decoded text without moving line numbers:

* ``\\r\\n`` and lone ``\\r`` become ``\\n``; form feeds and vertical tabs (page breaks in
  extracted text) become spaces;
* C1 control characters that stand for Windows-1252 punctuation (U+0091 for a quote, the trace of a
  Latin-1 round trip) become that punctuation;
* NUL and the other C0/C1 control characters except tab and newline are removed, as are stray BOMs;
* the text is NFC-normalised.

`collapse` is for block text: it drops soft hyphens and zero-width characters and collapses every
run of whitespace (no-break spaces included) to one space. `join_lines` turns the physical lines of
a block into one line of text plus the offsets where each source line begins (`Block.line_starts`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from strategylint.parsers import InputError, Limits, human_size

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_READABLE_NAMES = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1254": "Windows-1254",
    "iso8859_1": "ISO-8859-1",
    "iso8859_15": "ISO-8859-15",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16LE",
    "utf_16_be": "UTF-16BE",
    "shift_jis": "Shift_JIS",
    "cp932": "Shift_JIS (cp932)",
    "gb18030": "GB18030",
    "big5": "Big5",
}

# C0 controls except tab (\x09) and newline (\x0a); DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile("[\x80-\x9f]")


def _windows_1252_for_c1() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    return table


# Text that went through a Latin-1 decode carries Windows-1252 punctuation as C1 controls
# (U+0091 for a left quote, U+0096 for an en dash); they are mapped back rather than dropped.
_C1_AS_WINDOWS_1252 = _windows_1252_for_c1()
# Characters that carry no text: soft hyphen and zero-width spaces and joiners.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060]")
_ALPHANUMERIC = re.compile(r"[^\W_]")
_DETECTION_SAMPLE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the Python codec used, and a note for the metadata when it is worth saying."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def read_file(path: Path, limits: Limits) -> bytes:
    """The file's bytes, or `InputError` when it cannot be read or is over the size limit.

    At most one byte more than the limit is read, so a file that grows while it is read (a log, a
    file in /proc) cannot exhaust memory."""
    limit = limits.max_file_bytes
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", "check that the file is readable") from None
    if len(data) > limit:
        raise InputError(f"file is over the {human_size(limit)} limit", "raise --max-file-size if you trust it")
    return data


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data` (see the module docstring for the order of attempts); never raises."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_counting_errors(data[len(bom):], codec)
            notes = [] if codec == "utf-8" else [f"text encoding: {label} (byte-order mark)"]
            return _finish(text, codec, _with_replacements(notes, bad))
    text, bad = _decode_counting_errors(data, "utf-8")
    if bad == 0 or _mostly_utf8(text, bad):
        return _finish(text, "utf-8", _with_replacements([], bad))
    declared_codec = _usable_declared(data, declared)
    codec, how = (declared_codec, "declared") if declared_codec else (_detect(data), "detected")
    text, bad = _decode_counting_errors(data, codec)
    notes = [f"text encoding: {readable_encoding(codec)} ({how}, not UTF-8)"]
    return _finish(text, codec, _with_replacements(notes, bad))


def _decode_counting_errors(data: bytes, codec: str) -> tuple[str, int]:
    """The text, and how many undecodable sequences were replaced (0 when it decodes cleanly)."""
    try:
        return data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        legitimate = data.count("\ufffd".encode(codec)) if codec == "utf-8" else 0
        return text, max(text.count("\ufffd") - legitimate, 1)


def _mostly_utf8(text: str, bad: int) -> bool:
    """UTF-8 with a few damaged bytes: more valid multi-byte characters than broken sequences.

    Bytes of a legacy single-byte encoding almost never form valid UTF-8 sequences by chance, so
    valid sequences mean the file is UTF-8 and the broken ones are damage, not another encoding.
    """
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - bad >= bad


def readable_encoding(codec: str) -> str:
    name = codecs.lookup(codec).name.replace("-", "_")
    return _READABLE_NAMES.get(name, name)


def _finish(text: str, codec: str, notes: tuple[str, ...]) -> Decoded:
    cleaned, removed = clean_source(text)
    if removed:
        notes = (*notes, f"removed {removed} control character(s) (such as NUL bytes)")
    return Decoded(cleaned, codec, notes)


def _usable_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec.replace("-", "_") in ("utf_8", "utf_16", "utf_32"):
        return None  # UTF-8 already failed; a UTF-16 page without a BOM would not say so in ASCII
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


def _detect(data: bytes) -> str:
    """charset-normalizer's pick, preferring Windows-1252 among equally good Western candidates."""
    matches = [m for m in charset_normalizer.from_bytes(data[:_DETECTION_SAMPLE])
               if not m.encoding.startswith("utf_8")]  # UTF-8 was ruled out above
    if not matches:
        return "cp1252"
    least_chaos = min(m.chaos for m in matches)
    clean = [m for m in matches if m.chaos <= least_chaos + 0.01]
    most_coherent = max(m.coherence for m in clean)
    best = [m for m in clean if m.coherence >= most_coherent - 0.005]
    for match in best:
        if match.encoding == "cp1252" or "cp1252" in match.could_be_from_charset:
            return "cp1252"
    codec: str = best[0].encoding
    return codec


def _with_replacements(notes: list[str], bad: int) -> tuple[str, ...]:
    if bad:
        notes.append(f"{bad} undecodable byte sequence(s) replaced with \N{REPLACEMENT CHARACTER}")
    return tuple(notes)


def clean_source(text: str) -> tuple[str, int]:
    """Normalise line ends, drop control characters (keeping tab and newline), NFC-normalise.

    Returns the text and how many control characters were removed. Line numbers are unchanged.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", " ").replace("\v", " ")
    if _C1.search(text):
        text = text.translate(_C1_AS_WINDOWS_1252)
    cleaned, removed = _CONTROL.subn("", text.replace("\ufeff", ""))  # stray BOMs go without a note
    return unicodedata.normalize("NFC", cleaned), removed


def collapse(text: str) -> str:
    """Block text: invisible characters dropped, whitespace runs collapsed to one space, trimmed."""
    return " ".join(_INVISIBLE.sub("", text).split())


def has_text(text: str) -> bool:
    """Whether `text` has a letter or digit (a block of only punctuation or symbols is dropped)."""
    return _ALPHANUMERIC.search(text) is not None


def join_lines(raw: str) -> tuple[str, tuple[int, ...], int]:
    """Join the physical lines of a block (separated by ``\\n``) into one line of clean text.

    Returns ``(text, line_starts, skipped)``: `line_starts` has, for each source line after the line
    the text starts on, the offset in `text` where that line's text begins (an offset repeats when
    a line has no text of its own), and `skipped` counts the empty lines before the text starts,
    to add to the block's first line number.
    """
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    skipped = 0
    pending = 0  # source lines passed since the last line that had text
    for line in raw.split("\n"):
        piece = collapse(line)
        if not parts:
            if piece:
                parts.append(piece)
                length = len(piece)
            else:
                skipped += 1
            continue
        pending += 1
        if piece:
            length += 1  # the joining space
            starts.extend([length] * pending)
            pending = 0
            parts.append(piece)
            length += len(piece)
    return " ".join(parts), tuple(starts), skipped
