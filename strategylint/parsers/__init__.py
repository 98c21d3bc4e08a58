"""Read a file into a `Document`, choosing the parser from the file's bytes, not its name.

Each format has its own module with one entry point, ``parse(path, limits) -> Document``. A parser
raises `InputError` for anything it cannot read; the message names the cause and what to do, and the
caller adds the file name. Nothing else may escape a parser: `read_document` turns any other exception
into an `InputError` so that one bad file never stops a batch.
"""

from __future__ import annotations

import importlib
import os
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
    """A file that cannot be read. `cause` says what is wrong, `remedy` what the user can do."""

    def __init__(self, cause: str, remedy: str | None = None) -> None:
        super().__init__(cause)
        self.cause = cause
        self.remedy = remedy

    def __str__(self) -> str:
        return f"{self.cause} ({self.remedy})" if self.remedy else self.cause


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or huge file from exhausting the machine."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_inflated_bytes: int = 512 * 1024 * 1024
    max_pages: int = 5000
    password: str | None = None


def sniff_format(head: bytes, suffix: str) -> str | None:
    """The format the bytes say, or None when they say nothing we read.

    `head` is the start of the file (8 KB is plenty). Text formats cannot be told apart by bytes alone,
    so for those the suffix decides between Markdown, HTML and plain text, with an HTML sniff for
    text files that are clearly markup.
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"  # a zip; the DOCX parser says so if it is some other zip
    if head.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        return None  # legacy .doc or RTF: named by `describe_unsupported`
    if b"\x00" in head[:4096] and not _looks_like_utf16(head):
        return None
    by_suffix = SUPPORTED_SUFFIXES.get(suffix.lower())
    if by_suffix in ("md", "html", "txt"):
        return by_suffix
    lowered = stripped[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt" if by_suffix is None and suffix.lower() in ("", ".text") else by_suffix


def _looks_like_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def describe_unsupported(head: bytes) -> str:
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "a legacy Word (.doc) or other OLE file, not DOCX"
    if head.startswith(b"{\\rtf"):
        return "an RTF file"
    if not head:
        return "empty"
    return "binary data in no supported format"


def read_document(path: Path, limits: Limits | None = None) -> Document:
    """Parse `path` into a Document, or raise `InputError` saying why it cannot be read."""
    limits = limits or Limits()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8192)
    except PermissionError:
        raise InputError("permission denied", "check the file's read permission") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror or exc}") from None
    if size == 0:
        raise InputError("empty file", "nothing to lint")
    if size > limits.max_file_bytes:
        raise InputError(
            f"file is {size / 1e6:.0f} MB, over the {limits.max_file_bytes / 1e6:.0f} MB limit",
            "raise --max-file-size if you trust it",
        )
    fmt = sniff_format(head, path.suffix)
    if fmt is None:
        raise InputError(f"not a document strategylint reads: {describe_unsupported(head)}",
                         "save it as DOCX, PDF, Markdown, HTML or plain text")
    try:
        module = importlib.import_module(f"strategylint.parsers.{_MODULES[fmt]}")
        document: Document = module.parse(path, limits)
    except InputError:
        raise
    except MemoryError:
        raise InputError("ran out of memory while reading", "split the file or raise the limits") from None
    except RecursionError:
        raise InputError("structure is nested too deeply to read") from None
    except Exception as exc:  # a parser bug or a library's surprise: one line, never a traceback
        raise InputError(f"could not be read as {FORMAT_NAMES[fmt]}: {type(exc).__name__}: {exc}"[:300],
                         "the file may be corrupt") from None
    expected = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if expected and expected != fmt and {expected, fmt} & {"pdf", "docx"}:
        document.meta.notes.append(
            f"named {path.suffix} but the bytes are {FORMAT_NAMES[fmt]}: read as {FORMAT_NAMES[fmt]}")
    return document


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
            problems.append((root, InputError("no such file or folder")))
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
                problems.append((folder, InputError(f"cannot open folder: {exc.strerror or exc}")))
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
                    problems.append((entry_path, InputError(f"cannot stat: {exc.strerror or exc}")))
            stack.extend(reversed(subfolders))
    return files, problems
