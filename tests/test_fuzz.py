"""Property tests over every parser, and regression tests for what `tools/fuzz.py` found.

The property: whatever the bytes, `read_document(..., strict=True)` returns a `Document` or raises an
`InputError` whose message ends with its remedy in parentheses. Strict mode lets every other
exception through (in normal use it becomes an `InputError` too), so a parser bug fails the test
instead of hiding behind the catch-all. Inputs are random bytes (with the magic bytes that route them
to each parser) and small generated documents with random mutations: bit flips, bytes set,
truncation, chunks deleted, duplicated or inserted, and for DOCX the same inside one zip member,
rebuilt into a valid zip.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategylint.model import Document
from strategylint.parsers import InputError, Limits, read_document

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    database=None)

MARKDOWN = (b"---\ntitle: Strategy\n---\n# Digital Strategy 2024-2027\n\nWe will move **80%** of "
            b"[services](https://example.org) online by 2026.\n\n## Priorities\n\n1. Fix the basics\n"
            b"   - Wi-Fi\n\n| Action | Owner |\n|---|---|\n| Wi-Fi | CIO |\n\n> Quote\n\n<div>\nx\n</div>\n")
HTML = (b"<!doctype html><html><head><meta charset='utf-8'><title>Strategy</title></head><body><nav>menu"
        b"</nav><main><h1>Digital Strategy</h1><p>We will <b>fix</b> the basics.<br><br>Then</p><ul><li>One"
        b"<ul><li>Two</li></ul></li></ul><table><tr><td>Cell</td></tr></table></main></body></html>")
TEXT = (b"DIGITAL STRATEGY\n================\n\nContents\n1. Vision ........ 3\n\n1. Vision\n\nWe will move "
        b"services online by 2026.\n\n\xe2\x80\xa2 First item\n  o nested item\n\nPage 3 of 10\n")


@functools.cache
def tiny_pdf() -> bytes:
    pdf = FPDF()
    pdf.compress = False  # content streams in the clear, so mutations reach the text operators
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(text="Digital Strategy 2024-2027", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5, "We will move 80% of transactions online by 2026. " * 4)
    pdf.add_page()
    pdf.multi_cell(0, 5, "The board reviews this strategy every April. " * 3)
    return bytes(pdf.output())


@functools.cache
def tiny_docx() -> bytes:
    word = docx.Document()
    word.add_heading("Digital Strategy", 1)
    word.add_paragraph("We will move 80% of transactions online by 2026.")
    word.add_paragraph("Fix the basics", style="List Bullet")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Action"
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


SEEDS = {".pdf": tiny_pdf, ".docx": tiny_docx, ".md": lambda: MARKDOWN, ".html": lambda: HTML,
         ".txt": lambda: TEXT}
MAGIC = {".pdf": b"%PDF-1.7\n", ".docx": b"PK\x03\x04", ".md": b"", ".html": b"<html>", ".txt": b""}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def read(folder: Path, suffix: str, data: bytes) -> Document | InputError:
    """The outcome of reading `data` as a file named with `suffix`; fails on any other exception."""
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    try:
        return read_document(path, Limits(), strict=True)
    except InputError as exc:
        assert exc.cause and exc.remedy, repr(exc)
        assert re.fullmatch(r".+ \(.+\)", str(exc), re.DOTALL), str(exc)
        return exc


# --------------------------------------------------------------------------------------------------
# mutations

Mutation = tuple[str, int, int, bytes]

MUTATION = st.tuples(
    st.sampled_from(["flip", "set", "truncate", "delete", "duplicate", "insert"]),
    st.integers(0, 1 << 30),
    st.integers(0, 1 << 30),
    st.binary(min_size=1, max_size=48),
)


def mutate(data: bytes, mutations: list[Mutation]) -> bytes:
    for kind, a, b, blob in mutations:
        if not data:
            data = blob
            continue
        at = a % len(data)
        if kind == "flip":
            data = data[:at] + bytes([data[at] ^ (1 << (b % 8))]) + data[at + 1:]
        elif kind == "set":
            data = data[:at] + bytes([b % 256]) + data[at + 1:]
        elif kind == "truncate":
            data = data[:at]
        elif kind == "delete":
            data = data[:at] + data[at + 1 + b % 512:]
        elif kind == "duplicate":
            chunk = data[at: at + 1 + b % 512]
            to = b % (len(data) + 1)
            data = data[:to] + chunk * (1 + b % 4) + data[to:]
        else:
            data = data[:at] + blob + data[at:]
    return data


def mutate_member(data: bytes, member: int, mutations: list[Mutation]) -> bytes:
    """`data` (a zip) with one member's bytes mutated, rebuilt as a well-formed zip."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    target = member % len(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rebuilt:
        for index, (name, content) in enumerate(members):
            rebuilt.writestr(name, mutate(content, mutations) if index == target else content)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------
# properties


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@SETTINGS
@given(data=st.binary(max_size=4096))
def test_random_bytes_give_a_document_or_an_input_error(workdir: Path, suffix: str, data: bytes) -> None:
    read(workdir, suffix, MAGIC[suffix] + data)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@SETTINGS
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_documents_give_a_document_or_an_input_error(workdir: Path, suffix: str,
                                                             mutations: list[Mutation]) -> None:
    read(workdir, suffix, mutate(SEEDS[suffix](), mutations))


@SETTINGS
@given(member=st.integers(0, 100), mutations=st.lists(MUTATION, min_size=1, max_size=4))
def test_docx_with_a_mutated_member_gives_a_document_or_an_input_error(workdir: Path, member: int,
                                                                       mutations: list[Mutation]) -> None:
    read(workdir, ".docx", mutate_member(tiny_docx(), member, mutations))


@SETTINGS
@given(text=st.text(max_size=400))
def test_any_text_as_markdown_html_or_plain_text(workdir: Path, text: str) -> None:
    for suffix in (".md", ".html", ".txt"):
        outcome = read(workdir, suffix, text.encode("utf-8", "surrogatepass"))
        if isinstance(outcome, Document):
            assert all("\x00" not in block.text for block in outcome.blocks)


def test_the_seeds_themselves_are_documents(workdir: Path) -> None:
    for suffix, seed in SEEDS.items():
        outcome = read(workdir, suffix, seed())
        assert isinstance(outcome, Document) and outcome.words > 5, (suffix, outcome)


# --------------------------------------------------------------------------------------------------
# regressions: one test per crash or hang tools/fuzz.py found, each input rebuilt here


def mutate_member_named(data: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    """`data` (a zip) with the member called `member` changed by `change`."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rebuilt:
        for name, content in members:
            rebuilt.writestr(name, change(content) if name == member else content)
    return out.getvalue()


def test_zip_central_directory_offset_past_its_place_is_an_input_error(workdir: Path) -> None:
    """Found by the fuzzer: an end record that puts the central directory later than it is makes
    zipfile compute negative header offsets, and its seek raised OSError (ValueError in memory)."""
    data = bytearray(tiny_docx())
    end = data.rfind(b"PK\x05\x06")
    (offset,) = struct.unpack("<I", data[end + 16: end + 20])
    data[end + 16: end + 20] = struct.pack("<I", offset + 5000)
    outcome = read(workdir, ".docx", bytes(data))
    assert isinstance(outcome, InputError) and outcome.cause.startswith("not a readable zip")


def test_zip_member_claiming_more_bytes_than_the_file_is_refused_before_reading(workdir: Path) -> None:
    """Found by the fuzzer: a compressed size of 2 GB in the central directory made zipfile allocate
    2 GB for one read of a 36 KB file (a MemoryError under a 1 GB address-space limit)."""
    data = bytearray(tiny_docx())
    entry = data.find(b"PK\x01\x02")
    data[entry + 20: entry + 24] = struct.pack("<I", 0x7FFFFFF0)
    outcome = read(workdir, ".docx", bytes(data))
    assert isinstance(outcome, InputError)
    assert "claims more bytes than the file holds" in outcome.cause


def test_styles_relationship_to_a_part_that_is_not_xml(workdir: Path) -> None:
    """Found by the fuzzer: a styles part whose content type is not XML is loaded by python-docx as a
    blob without ``element``: AttributeError. Now the document is read without styles."""
    data = mutate_member_named(
        tiny_docx(), "[Content_Types].xml",
        lambda xml: re.sub(rb'(PartName="/word/styles.xml" ContentType=")[^"]+', rb"\1application/octet-stream",
                           xml))
    outcome = read(workdir, ".docx", data)
    assert isinstance(outcome, Document), outcome
    assert "We will move 80% of transactions online by 2026." in [b.text for b in outcome.blocks]


ENCODING = re.compile(rb"""encoding=["'][^"']+["']""")


def test_content_types_in_an_unknown_encoding(workdir: Path) -> None:
    """Found by the fuzzer: ``encoding="UTF99999999999999999999"`` in [Content_Types].xml raised
    LookupError from the XML parser."""
    data = mutate_member_named(tiny_docx(), "[Content_Types].xml",
                               lambda xml: ENCODING.sub(b'encoding="UTF99999999999999999999"', xml, count=1))
    outcome = read(workdir, ".docx", data)
    assert isinstance(outcome, InputError) and "[Content_Types].xml" in outcome.cause


def test_xml_part_in_an_unknown_encoding(workdir: Path) -> None:
    """Found by the fuzzer: ``encoding="UTF65535"`` in a part raised LookupError from pyexpat's
    well-formedness check (which asks Python's codecs about encodings it does not know)."""
    data = mutate_member_named(tiny_docx(), "word/settings.xml",
                               lambda xml: ENCODING.sub(b'encoding="UTF65535"', xml, count=1))
    read(workdir, ".docx", data)  # a Document or an InputError, whichever python-docx makes of it


def test_markdown_inline_markup_budget_bounds_the_work(workdir: Path) -> None:
    """Found by the fuzzer (a 47 KB file that took 2 s, 6 s under load): markdown-it spends about
    60 microseconds per ``[`` or ``![``, so the document-wide budget of fully parsed markup is now
    30,000 characters; the rest is flattened by regular expressions, with a note."""
    paragraphs = ["Intro with a [link](https://example.org)."] + ["[" * 15_000 + " text"] * 3
    outcome = read(workdir, ".md", "\n\n".join(paragraphs).encode())
    assert isinstance(outcome, Document)
    assert outcome.blocks[0].text == "Intro with a link."
    assert len(outcome.blocks) == 4
    assert any("flattened without full Markdown parsing" in note for note in outcome.meta.notes)
