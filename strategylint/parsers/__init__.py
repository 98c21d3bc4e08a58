"""Read a file into a `Document`, choosing the parser from the file's bytes, not its name.

Each format has its own module with one entry point, ``parse(path, limits) -> Document``. A parser
raises `InputError` for anything it cannot read; the message names the cause and what to do, and the
caller adds the file name. Nothing else may escape a parser: `read_document` turns any other exception
into an `InputError` so that one bad file never stops a batch.
"""

from __future__ import annotations

import importlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from strategylint.model import Document

SUPPORTED_SUFFIXES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".text": "txt",
}

FORMAT_NAMES = {"pdf": "PDF", "docx": "DOCX", "md": "Markdown", "html": "HTML", "txt": "text"}


class InputError(Exception):
    """A file that cannot be read. `cause` says what is wrong, `remedy` what the user can do.

    Both are required: every message the user sees reads ``cause (remedy)``, and `docs/errors.md`
    lists them all."""

    def __init__(self, cause: str, remedy: str) -> None:
        super().__init__(cause, remedy)
        self.cause = cause
        self.remedy = remedy

    def __str__(self) -> str:
        return f"{self.cause} ({self.remedy})"


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or huge file from exhausting the machine."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_inflated_bytes: int = 512 * 1024 * 1024
    max_pages: int = 5000
    password: str | None = None


def human_size(n: int) -> str:
    """Binary units, as the limits are set: ``512 MB`` for ``512 * 1024 * 1024``, ``1.4 MB`` (one
    decimal below 10, so that a file just over a limit never reads as the limit itself)."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size or unit == "KB":
            value = n / size
            return f"{value:.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


# Bytes that no text file holds in any number (C0 controls other than tab, line ends, form feed and
# escape). Random or binary data is about a tenth of them; a text file with a stray NUL has a few.
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20)])
_BINARY_SHARE = 0.05


def sniff_format(head: bytes, suffix: str) -> str | None:
    """The format the bytes say, or None when they say nothing we read.

    `head` is the start of the file (8 KB is plenty). Text formats cannot be told apart by bytes alone,
    so for those the suffix decides between Markdown, HTML and plain text, with an HTML sniff for
    text files that are clearly markup. Binary data (more than 5% of the head in control bytes that
    text never holds, outside UTF-16 and UTF-32) is none of them.
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"  # a zip; the DOCX parser says so if it is some other zip
    if head.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        return None  # legacy .doc or RTF: named by `describe_unsupported`
    if _looks_binary(head):
        return None
    by_suffix = SUPPORTED_SUFFIXES.get(suffix.lower())
    if by_suffix in ("md", "html", "txt"):
        return by_suffix
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if by_suffix in ("pdf", "docx"):
        return "txt"  # text named .pdf or .docx (no PDF header, not a zip): its bytes say text
    return "txt" if by_suffix is None and suffix.lower() in ("", ".text") else by_suffix


def _looks_binary(head: bytes) -> bool:
    if _looks_like_unicode_with_bom(head):
        return False
    sample = head[:4096]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > _BINARY_SHARE * len(sample)


def _looks_like_unicode_with_bom(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def describe_unsupported(head: bytes) -> str:
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "a legacy Word (.doc) or other OLE file, not DOCX"
    if head.startswith(b"{\\rtf"):
        return "an RTF file"
    if not head:
        return "empty"
    return "binary data in no supported format"


_OPEN_REMEDY = "check the path and the file's permissions"
_SUPPORTED_REMEDY = "save it as DOCX, PDF, Markdown, HTML or plain text"


def _open_error(path: Path, exc: OSError) -> InputError:
    if isinstance(exc, PermissionError):
        return InputError("permission denied", "check the file's read permission")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a folder, not a file", "pass the folder itself to search it for documents")
    if isinstance(exc, FileNotFoundError):
        if path.is_symlink():
            return InputError("a symbolic link to a file that does not exist", "fix or remove the link")
        return InputError("no such file", "check the path")
    return InputError(f"cannot open: {exc.strerror or exc}", _OPEN_REMEDY)


def _head_and_format(path: Path, limits: Limits) -> str:
    """Check that `path` is a regular file within the size limit and return the format its bytes say."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(info.st_mode):
            # a FIFO or a device would block or never end: refuse before opening it
            raise InputError("not a regular file (a pipe, socket or device)",
                             "name the document file itself, or save the stream to a file first")
        # O_NONBLOCK: should the file have been swapped for a FIFO since the stat, opening it must
        # not wait for a writer; fstat then tells
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(path, flags), "rb") as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise InputError("not a regular file (a pipe, socket or device)",
                                 "name the document file itself, or save the stream to a file first")
            size = opened.st_size
            head = handle.read(8192)
    except OSError as exc:
        raise _open_error(path, exc) from None
    if size == 0 or not head:
        raise InputError("empty file", "nothing to lint")
    if size > limits.max_file_bytes:
        raise InputError(f"file is {human_size(size)}, over the {human_size(limits.max_file_bytes)} limit",
                         "raise --max-file-size if you trust it")
    fmt = sniff_format(head, path.suffix)
    if fmt is None:
        raise InputError(f"not a document strategylint reads: {describe_unsupported(head)}", _SUPPORTED_REMEDY)
    return fmt


def read_document(path: Path, limits: Limits | None = None, *, strict: bool = False) -> Document:
    """Parse `path` into a Document, or raise `InputError` saying why it cannot be read.

    Any other exception from a parser is a parser bug or a library's surprise; it becomes an
    `InputError` too, so that one file never stops a batch. With `strict` (for tests and the fuzzer)
    such exceptions, `MemoryError` and `RecursionError` propagate instead, so that they can be found.
    """
    limits = limits or Limits()
    fmt = _head_and_format(path, limits)
    try:
        module = importlib.import_module(f"strategylint.parsers.{_MODULES[fmt]}")
        document: Document = module.parse(path, limits)
    except InputError:
        raise
    except Exception as exc:  # a parser bug or a library's surprise: one line, never a traceback
        if strict:
            raise
        raise _unexpected(exc, fmt) from None
    expected = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if expected and expected != fmt and {expected, fmt} & {"pdf", "docx"}:
        document.meta.notes.append(
            f"named {path.suffix} but the bytes are {FORMAT_NAMES[fmt]}: read as {FORMAT_NAMES[fmt]}")
    return document


def _unexpected(exc: BaseException, fmt: str) -> InputError:
    if isinstance(exc, MemoryError):
        return InputError("ran out of memory while reading",
                          "the file may be hostile; lower --max-file-size or --max-pages, or split it")
    if isinstance(exc, RecursionError):
        return InputError("structure is nested too deeply to read",
                          "the file may be hostile; re-save it from the program that made it")
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    return InputError(f"could not be read as {FORMAT_NAMES[fmt]}: {detail}",
                      "the file may be corrupt: re-export it; if it opens elsewhere, report it as a "
                      "strategylint bug")


_MODULES = {"pdf": "pdf", "docx": "docx", "md": "markdown", "html": "html", "txt": "text"}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


PROJECT_FILES = ("readme", "changelog", "license", "licence", "contributing", "code_of_conduct", "security")


def is_project_file(path: Path) -> bool:
    """README, CHANGELOG, LICENSE and the like: a repository's own papers, not strategies.

    They are skipped when a folder is searched, and linted when named on the command line."""
    return path.stem.lower().replace("-", "_") in PROJECT_FILES


def walk(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, InputError]]]:
    """Expand folders into the supported files under them, in a stable order.

    Files named on the command line are kept whatever their suffix (the bytes decide); in folders,
    README, CHANGELOG, LICENSE and the like are skipped (`is_project_file`). Symlink loops
    and unreadable folders are reported, not followed forever.
    """
    files: list[Path] = []
    problems: list[tuple[Path, InputError]] = []
    seen_dirs: set[tuple[int, int]] = set()
    for root in paths:
        if not root.exists() and not root.is_symlink():
            problems.append((root, InputError("no such file or folder", "check the path")))
            continue
        if not root.is_dir():
            files.append(root)
            continue
        stack = [root]
        while stack:
            folder = stack.pop()
            try:
                st = folder.stat()
            except OSError as exc:
                problems.append((folder, InputError(f"cannot open folder: {exc.strerror or exc}",
                                                    "check its permissions")))
                continue
            if (st.st_dev, st.st_ino) in seen_dirs:
                continue  # a symlink loop or a folder reached twice
            seen_dirs.add((st.st_dev, st.st_ino))
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                problems.append((folder, InputError(f"cannot list folder: {exc.strerror or exc}",
                                                    "check its permissions")))
                continue
            subfolders: list[Path] = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                entry_path = Path(entry.path)
                try:
                    if entry.is_dir():
                        subfolders.append(entry_path)
                    elif is_supported(entry_path) and not is_project_file(entry_path):
                        files.append(entry_path)
                except OSError as exc:
                    problems.append((entry_path, InputError(f"cannot stat: {exc.strerror or exc}",
                                                        "check its permissions")))
            stack.extend(reversed(subfolders))
    return files, problems
