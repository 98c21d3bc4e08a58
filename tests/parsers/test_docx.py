"""The DOCX parser: structure, locations and metadata from small built fixtures, refusal of hostile or
broken packages, and the shared corpus (skipped when absent)."""

from __future__ import annotations

import csv
import re
import struct
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from strategylint.model import Block, BlockKind, Document
from strategylint.parsers import InputError, Limits, read_document
from strategylint.parsers.docx import parse
from tests.conftest import CORPUS_DIR, corpus_file

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------------------------------
# helpers


def build(tmp_path: Path, fill: Callable[[Any], None], name: str = "doc.docx") -> Path:
    """Save a python-docx document that `fill` has written, and return its path."""
    word = docx.Document()
    fill(word)
    path = tmp_path / name
    word.save(str(path))
    return path


def parse_built(tmp_path: Path, fill: Callable[[Any], None]) -> Document:
    return parse(build(tmp_path, fill), Limits())


def insert_xml(word: Any, xml: str) -> None:
    """Put a raw body element (with the w: namespace declared for it) before the section properties."""
    element = parse_xml(xml.replace(">", f" {nsdecls('w')}>", 1))
    word.element.body.find(qn("w:sectPr")).addprevious(element)


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes],
                drop: tuple[str, ...] = ()) -> Path:
    """Copy a zip, replacing or dropping members."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return target


def texts(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind is kind]


def by_text(doc: Document, text: str) -> Block:
    return next(b for b in doc.blocks if b.text == text)


def plain_docx(tmp_path: Path) -> Path:
    return build(tmp_path, lambda w: w.add_paragraph("Plain body text."), "plain.docx")


# --------------------------------------------------------------------------------------------------
# structure


def test_heading_styles_give_levels_and_sections(tmp_path: Path) -> None:
    def fill(word: Any) -> None:
        word.add_heading("Digital Strategy 2030", 0)  # Title style
        word.add_paragraph("Opening paragraph.")
        word.add_heading("Our goals", 1)
        word.add_heading("Connectivity", 2)
        word.add_paragraph("Every home online by 2028.")
        word.add_heading("Funding", 1)
        word.add_paragraph("We will spend money.")
        bold = word.add_paragraph().add_run("Bold but not a heading")
        bold.bold = True

    doc = parse_built(tmp_path, fill)
    assert [(h.text, h.level) for h in doc.headings] == [
        ("Digital Strategy 2030", 1), ("Our goals", 1), ("Connectivity", 2), ("Funding", 1)]
    target = by_text(doc, "Every home online by 2028.")
    assert target.kind is BlockKind.PARAGRAPH
    assert target.section_path == ("Our goals", "Connectivity")
    assert by_text(doc, "We will spend money.").section == "Funding"
    # heading styles present: bold body text is not promoted
    assert by_text(doc, "Bold but not a heading").kind is BlockKind.PARAGRAPH


def test_custom_style_based_on_heading_and_outline_levels(tmp_path: Path) -> None:
    def fill(word: Any) -> None:
        custom = word.styles.add_style("Chapter Head", WD_STYLE_TYPE.PARAGRAPH)
        custom.base_style = word.styles["Heading 2"]
        word.add_heading("Top", 1)
        word.add_paragraph("Chapter by custom style", style="Chapter Head")
        insert_xml(word, '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>'
                         "<w:r><w:t>Outline level three</w:t></w:r></w:p>")
        insert_xml(word, '<w:p><w:pPr><w:outlineLvl w:val="9"/></w:pPr>'
                         "<w:r><w:t>Body level text</w:t></w:r></w:p>")

    doc = parse_built(tmp_path, fill)
    assert (by_text(doc, "Chapter by custom style").kind, by_text(doc, "Chapter by custom style").level) \
        == (BlockKind.HEADING, 2)
    assert (by_text(doc, "Outline level three").kind, by_text(doc, "Outline level three").level) \
        == (BlockKind.HEADING, 3)
    assert by_text(doc, "Body level text").kind is BlockKind.PARAGRAPH


def _styled(word: Any, text: str, *, bold: bool | None = None, size: float | None = None) -> None:
    run = word.add_paragraph().add_run(text)
    run.bold = bold
    if size is not None:
        run.font.size = Pt(size)


def test_headings_inferred_from_formatting_without_heading_styles(tmp_path: Path) -> None:
    body = "This paragraph is ordinary body text that carries the argument of the strategy."

    def fill(word: Any) -> None:
        _styled(word, "National Digital Strategy", bold=True, size=20)
        _styled(word, "Version Number: 1.0", bold=True)
        _styled(word, "Published 1 March 2017", bold=True)
        word.add_paragraph(body)
        _styled(word, "Vision and Mission", size=16)
        word.add_paragraph(body)
        _styled(word, "1. Connectivity", bold=True)
        word.add_paragraph(body)
        _styled(word, "We will connect every school by 2025.", bold=True)  # a sentence
        _styled(word, "a bold fragment in lower case", bold=True)
        _styled(word, "Strategy Review Process:", bold=True)
        word.add_paragraph(body)
        _styled(word, "This bold line is far too long to be a heading in any real document here",
                bold=True)
        word.add_paragraph(body)

    doc = parse_built(tmp_path, fill)
    assert [(h.text, h.level) for h in doc.headings] == [
        ("National Digital Strategy", 1),
        ("Vision and Mission", 2),
        ("1. Connectivity", 3),
        ("Strategy Review Process:", 3),
    ]
    assert doc.blocks[-1].section_path == ("National Digital Strategy", "Vision and Mission",
                                           "Strategy Review Process:")


def test_inferred_headings_nest_under_a_title_and_accept_numbered_labels(tmp_path: Path) -> None:
    body = "Body text that explains the goal in a full sentence."

    def fill(word: Any) -> None:
        word.add_heading("Regional Data Strategy", 0)  # Title only: still no heading styles
        _styled(word, "Goal 1: Trusted data", bold=True)
        word.add_paragraph(body)
        _styled(word, "Note: this line is a label", bold=True)
        word.add_paragraph(body)

    doc = parse_built(tmp_path, fill)
    assert [(h.text, h.level) for h in doc.headings] == [
        ("Regional Data Strategy", 1), ("Goal 1: Trusted data", 2)]
    assert doc.blocks[-1].section_path == ("Regional Data Strategy", "Goal 1: Trusted data")


def test_lists_get_levels_from_numbering_and_list_styles(tmp_path: Path) -> None:
    def fill(word: Any) -> None:
        word.add_paragraph("Intro text.")
        word.add_paragraph("First bullet", style="List Bullet")
        word.add_paragraph("Nested bullet", style="List Bullet 2")
        word.add_paragraph("Numbered one", style="List Number")
        insert_xml(word, '<w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                         "<w:r><w:t>Direct numbering at ilvl 2</w:t></w:r></w:p>")
        insert_xml(word, '<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/>'
                         "</w:numPr></w:pPr><w:r><w:t>Numbering removed</w:t></w:r></w:p>")

    doc = parse_built(tmp_path, fill)
    items = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("First bullet", 1), ("Nested bullet", 2), ("Numbered one", 1),
                     ("Direct numbering at ilvl 2", 3)]
    assert by_text(doc, "Numbering removed").kind is BlockKind.PARAGRAPH
    assert by_text(doc, "Intro text.").kind is BlockKind.PARAGRAPH


def test_tables_one_block_per_cell_with_merges_and_nesting(tmp_path: Path) -> None:
    def fill(word: Any) -> None:
        word.add_paragraph("Before the table.")
        table = word.add_table(rows=2, cols=3)
        merged = table.cell(0, 0).merge(table.cell(0, 1))  # python-docx repeats merged cells
        merged.text = "Goal"
        table.cell(0, 2).text = "Owner"
        table.cell(1, 0).text = "Broadband"
        table.cell(1, 0).add_paragraph("for all")
        inner = table.cell(1, 1).add_table(rows=1, cols=2)
        inner.cell(0, 0).text = "Inner A"
        inner.cell(0, 1).text = "Inner B"
        table.cell(1, 2).text = "DCMS"
        word.add_paragraph("After the table.")

    doc = parse_built(tmp_path, fill)
    cells = [(b.text, b.location.paragraph) for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells == [("Goal", 2), ("Owner", 3), ("Broadband\nfor all", 4), ("Inner A", 6),
                     ("Inner B", 7), ("DCMS", 8)]
    assert by_text(doc, "After the table.").location.paragraph == 9
    assert texts(doc).count("Goal") == 1


def test_paragraph_numbers_skip_empty_paragraphs(tmp_path: Path) -> None:
    def fill(word: Any) -> None:
        word.add_paragraph("One.")
        word.add_paragraph("")
        word.add_paragraph("   \t ")
        word.add_paragraph("Two.")
        word.add_paragraph("Three.")

    doc = parse_built(tmp_path, fill)
    assert [(b.text, b.location.paragraph) for b in doc.blocks] == [("One.", 1), ("Two.", 2), ("Three.", 3)]
    assert doc.blocks[1].location.describe() == "¶2"


def test_text_normalised_and_hidden_text_left_out(tmp_path: Path) -> None:
    def fill(word: Any) -> None:
        word.add_paragraph("Digi\u00adtal\tstrat\u200begy\u00a0 2030 \x7f\u0085 Ünïcode ✓")
        insert_xml(word, "<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>Deleted</w:delText>"
                         "</w:r></w:del><w:r><w:instrText>PAGEREF _Toc1</w:instrText></w:r>"
                         '<w:hyperlink><w:r><w:t xml:space="preserve"> and linked</w:t></w:r></w:hyperlink>'
                         "<w:r><w:br/><w:t>after break</w:t></w:r></w:p>")
        insert_xml(word, "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Inside a content control"
                         "</w:t></w:r></w:p></w:sdtContent></w:sdt>")

    doc = parse_built(tmp_path, fill)
    assert texts(doc) == ["Digital strategy 2030 Ünïcode ✓", "Kept and linked after break",
                          "Inside a content control"]


def test_core_properties_become_metadata(tmp_path: Path) -> None:
    created = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    modified = datetime(2025, 1, 2, 17, 0, tzinfo=UTC)

    def fill(word: Any) -> None:
        props = word.core_properties
        props.title, props.author, props.created, props.modified = (
            "Data Strategy", "Jane Smith", created, modified)
        word.add_paragraph("Text.")

    doc = parse_built(tmp_path, fill)
    assert (doc.meta.title, doc.meta.author, doc.meta.created, doc.meta.modified) == (
        "Data Strategy", "Jane Smith", created, modified)
    assert doc.meta.pages is None
    assert doc.format == "docx"
    assert doc.words == 1


def test_broken_or_missing_core_properties_do_not_sink_the_document(tmp_path: Path) -> None:
    source = plain_docx(tmp_path)
    broken = (b'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
              b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
              b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
              b"<dc:title>  Kept   title </dc:title><dcterms:created>not a date</dcterms:created>"
              b"</cp:coreProperties>")
    doc = parse(rewrite_zip(source, tmp_path / "broken.docx", {"docProps/core.xml": broken}), Limits())
    assert (doc.meta.title, doc.meta.created, doc.meta.modified) == ("Kept title", None, None)
    rels = zipfile.ZipFile(source).read("_rels/.rels")
    rels = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", rels)
    missing = rewrite_zip(source, tmp_path / "nocore.docx", {"_rels/.rels": rels},
                          drop=("docProps/core.xml",))
    doc = parse(missing, Limits())
    assert (doc.meta.author, doc.meta.created) == (None, None)  # not python-docx's invented defaults
    assert texts(doc) == ["Plain body text."]


def test_malformed_core_properties_are_dropped_with_a_note(tmp_path: Path) -> None:
    path = rewrite_zip(plain_docx(tmp_path), tmp_path / "badcore.docx",
                       {"docProps/core.xml": b"<cp:coreProperties><dc:title>Unclosed"})
    doc = parse(path, Limits())
    assert texts(doc) == ["Plain body text."]
    assert (doc.meta.title, doc.meta.author, doc.meta.created) == (None, None, None)
    assert len(doc.meta.notes) == 1 and "docProps/core.xml" in doc.meta.notes[0]


def test_read_document_dispatches_to_this_parser(tmp_path: Path) -> None:
    doc = read_document(plain_docx(tmp_path))
    assert doc.format == "docx" and texts(doc) == ["Plain body text."]


# --------------------------------------------------------------------------------------------------
# bad and hostile inputs


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match=r"not a Word document: a zip without word/document\.xml"):
        parse(path, Limits())
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="Excel workbook") as caught:
        read_document(path)
    assert caught.value.remedy == "save it as .docx"


def test_truncated_docx(tmp_path: Path) -> None:
    data = plain_docx(tmp_path).read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="truncated or damaged"):
        parse(path, Limits())
    with pytest.raises(InputError, match="truncated or damaged"):
        read_document(path)  # reaches the parser (sniffed as a zip), still one clear line


def test_damaged_compressed_data(tmp_path: Path) -> None:
    source = build(tmp_path, lambda w: [w.add_paragraph(f"Paragraph number {i}.") for i in range(300)])
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("word/document.xml")
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26: info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    for offset in range(start + 20, start + info.compress_size - 20, 7):
        data[offset] ^= 0x5A
    path = tmp_path / "damaged.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"truncated or damaged|not well-formed"):
        parse(path, Limits())


def test_garbage_xml_in_document_part(tmp_path: Path) -> None:
    path = rewrite_zip(plain_docx(tmp_path), tmp_path / "garbage.docx",
                       {"word/document.xml": b"<?xml version='1.0'?><w:document \x01\xfe garbage <<"})
    with pytest.raises(InputError, match=r"word/document\.xml is not well-formed XML \(.*line 1"):
        parse(path, Limits())


@pytest.mark.parametrize(("member", "content"), [
    ("word/document.xml", f'<w:document xmlns:w="{W_NS}"></w:document>'.encode()),  # no body
    ("word/document.xml", b"<unrelated/>"),
    ("word/document.xml", b""),
    ("[Content_Types].xml", b"<Types/>"),
    ("_rels/.rels", b"<Relationships/>"),
    ("word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body>'.encode() + b"<w:p>" * 300),
])
def test_parts_of_the_wrong_shape_give_an_input_error(tmp_path: Path, member: str, content: bytes) -> None:
    path = rewrite_zip(plain_docx(tmp_path), tmp_path / "odd.docx", {member: content})
    with pytest.raises(InputError, match=r"not a valid Word package|not well-formed XML"):
        parse(path, Limits())


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="not a readable zip"):
        parse(path, Limits())


def _zip_with_zeros(path: Path, megabytes: int, level: int = 1) -> Path:
    """A DOCX-shaped zip whose document.xml is padded with zeros, written in chunks (small on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(megabytes):
                member.write(chunk)
    return path


def test_zip_bomb_over_the_inflated_limit(tmp_path: Path) -> None:
    path = _zip_with_zeros(tmp_path / "bomb.docx", 600)
    assert path.stat().st_size < 5_000_000
    started = time.perf_counter()
    with pytest.raises(InputError, match="inflates to 600 MB, over the 512 MB limit") as caught:
        parse(path, Limits())
    assert time.perf_counter() - started < 1.0  # refused from the declared sizes, nothing inflated
    assert caught.value.remedy == "raise --max-inflated-size if you trust it"


def test_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    path = _zip_with_zeros(tmp_path / "ratio.docx", 20, level=9)
    with pytest.raises(InputError, match="looks like a zip bomb"):
        parse(path, Limits())


def test_small_inflated_limit_is_honoured(tmp_path: Path) -> None:
    path = build(tmp_path, lambda w: [w.add_paragraph("Word " * 50) for _ in range(400)])
    with pytest.raises(InputError, match="over the 49 KB limit"):
        parse(path, Limits(max_inflated_bytes=50_000))
    assert parse(path, Limits()).words == 400 * 50


def test_declared_sizes_that_lie_cannot_inflate_more(tmp_path: Path) -> None:
    """A central directory that understates a member's size: reads stop there and the CRC fails."""
    source = plain_docx(tmp_path)
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("word/padding.xml", b"<a>" + b" " * (8 * 1024 * 1024) + b"</a>")
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    while data[central + 46: central + 46 + 16] != b"word/padding.xml":
        central = data.find(b"PK\x01\x02", central + 4)
        assert central != -1
    data[central + 24: central + 28] = struct.pack("<I", 1000)  # uncompressed size: 1000 bytes
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/padding.xml").file_size == 1000
    with pytest.raises(InputError, match="truncated or damaged"):
        parse(path, Limits(max_inflated_bytes=1_000_000))


def _xxe_document(secret_file: Path) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p>'
            f"</w:body></w:document>").encode()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_external_entity_is_never_resolved(tmp_path: Path, encoding: str) -> None:
    secret = "TOP-SECRET-4f9a1c"
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(secret)
    xml = _xxe_document(secret_file).decode().replace('encoding="UTF-8"', f'encoding="{encoding}"')
    path = rewrite_zip(plain_docx(tmp_path), tmp_path / "xxe.docx",
                       {"word/document.xml": xml.encode(encoding)})
    try:
        doc = parse(path, Limits())
    except InputError as exc:
        assert "DTD/external entity; refused" in str(exc)
        assert secret not in str(exc)
    else:  # pragma: no cover - the parser refuses DTDs, but never leaking is what matters
        assert all(secret not in block.text for block in doc.blocks)
        pytest.fail("a DOCX with a DTD should be refused")


def test_entity_in_core_properties_or_billion_laughs_refused(tmp_path: Path) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
              b"<cp:coreProperties xmlns:cp="
              b'"http://schemas.openxmlformats.org/package/2006/metadata/core-properties">&lol2;'
              b"</cp:coreProperties>")
    path = rewrite_zip(plain_docx(tmp_path), tmp_path / "lol.docx", {"docProps/core.xml": laughs})
    with pytest.raises(InputError, match=r"docProps/core\.xml contains a DTD/external entity; refused"):
        parse(path, Limits())


def test_python_docx_parser_does_not_resolve_entities(tmp_path: Path) -> None:
    """The second line of defence: were a DTD to slip past the scan, python-docx would not expand it."""
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("SECOND-LAYER-SECRET")
    root = parse_xml(_xxe_document(secret_file))
    assert "SECOND-LAYER-SECRET" not in "".join(root.itertext())


def test_doctype_in_svg_image_or_html_chunk_is_not_refused(tmp_path: Path) -> None:
    """Only parts python-docx parses as XML are held to the no-DTD rule."""
    svg = (b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>')
    source = plain_docx(tmp_path)
    types = zipfile.ZipFile(source).read("[Content_Types].xml").replace(
        b"</Types>", b'<Default Extension="svg" ContentType="image/svg+xml"/>'
                     b'<Default Extension="htm" ContentType="text/html"/></Types>')
    path = rewrite_zip(source, tmp_path / "svg.docx", {"[Content_Types].xml": types})
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/media/image1.svg", svg)
        archive.writestr("word/afchunk.htm", b"<!DOCTYPE html><html><body>Imported</body></html>")
    assert texts(parse(path, Limits())) == ["Plain body text."]


# --------------------------------------------------------------------------------------------------
# shared corpus

CORPUS_DOCX = [
    "lftfield-digital-strategy-template.docx",
    "lftfield-montessori-college-digital-marketing-strategy-2024.docx",
    "ronesans-data-governance-strategy-2025.docx",
    "student-ism-security-strategy-2026.docx",
    "tr-mone-fatih-strategic-it-report-2023.docx",
    "uk-dcms-uk-digital-strategy-2017.docx",
]


def _manifest() -> dict[str, str]:
    manifest = CORPUS_DIR / "MANIFEST.tsv"
    if not manifest.exists():
        pytest.skip(f"needs {manifest}")
    with manifest.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["pages_or_words"] for row in csv.DictReader(handle, delimiter="\t")}


@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_DOCX)
def test_corpus_docx_parses_close_to_manifest(name: str) -> None:
    path = corpus_file(name)
    started = time.perf_counter()
    doc = parse(path, Limits())
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0, f"{name} took {elapsed:.2f} s"
    described = _manifest()[name]
    match = re.search(r"~([\d,]+) words", described)
    assert match, described
    words = int(match.group(1).replace(",", ""))
    assert abs(doc.words - words) <= 0.1 * words, (doc.words, words)
    styled = re.search(r"(\d+) heading-styled", described)
    assert len(doc.headings) >= max(int(styled.group(1)) if styled else 0, 1)
    numbers = [b.location.paragraph for b in doc.blocks]
    assert all(isinstance(n, int) for n in numbers)
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert all(b.text and b.text == " ".join(b.text.split()) for b in doc.blocks
               if b.kind is not BlockKind.TABLE_CELL)


@pytest.mark.corpus
def test_corpus_styled_heading_counts_match_manifest() -> None:
    for name, expected in [("ronesans-data-governance-strategy-2025.docx", 7),
                           ("tr-mone-fatih-strategic-it-report-2023.docx", 14)]:
        assert len(parse(corpus_file(name), Limits()).headings) == expected, name


@pytest.mark.corpus
def test_corpus_uk_dcms_headings_without_heading_styles() -> None:
    doc = parse(corpus_file("uk-dcms-uk-digital-strategy-2017.docx"), Limits())
    headings = {h.text: h.level for h in doc.headings}
    assert 20 <= len(headings) <= 400
    assert headings["UK Digital Strategy 2017"] == 1
    for chapter in ["Ministerial foreword", "Executive summary",
                    "1. Connectivity - building world-class digital infrastructure for the UK",
                    "2. Digital skills and inclusion - giving everyone access to the digital skills "
                    "they need",
                    "7. Data - unlocking the power of data in the UK economy and improving public "
                    "confidence in its use",
                    "Next steps", "Annex: Embedding digital in public service delivery"]:
        assert headings[chapter] == 2, chapter
    for section in ["Business connectivity", "Broadband", "Cyber security", "GOV.UK Verify",
                    "A digital strategy for a digital economy", "Retail"]:
        assert section in headings, section
    assert "Published 1 March 2017" not in headings
    assert all(len(text.split()) <= 25 and not text.endswith(".") for text in headings)
    funding = next(b for b in doc.blocks if b.text.startswith("£1.7 billion of public funding"))
    assert funding.section_path[1:] == ("1. Connectivity - building world-class digital infrastructure "
                                        "for the UK", "Better connectivity for all", "Broadband")
    assert sum(b.kind is BlockKind.LIST_ITEM for b in doc.blocks) > 100


@pytest.mark.corpus
def test_corpus_student_ism_headings_from_bold_and_size() -> None:
    doc = parse(corpus_file("student-ism-security-strategy-2026.docx"), Limits())
    headings = [h.text for h in doc.headings]
    for expected in ["Executive Summary", "Introduction", "Risk Management Approach",
                     "Incident Management and Response", "Conclusion:"]:
        assert expected in headings
    assert 8 <= len(headings) <= 20
    assert not any(h.startswith(("Version Number", "Author", "Document Title", "Date of Creation"))
                   for h in headings)
    toc_entry = next(b for b in doc.blocks if b.text == "Overview of ISM Strategy")
    assert toc_entry.kind is BlockKind.LIST_ITEM
    purpose = next(b for b in doc.blocks if b.text.startswith("Purpose: The Purpose"))
    assert purpose.section == "Introduction"


@pytest.mark.corpus
def test_corpus_tables_and_content_controls() -> None:
    ronesans = parse(corpus_file("ronesans-data-governance-strategy-2025.docx"), Limits())
    cells = [b for b in ronesans.blocks if b.kind is BlockKind.TABLE_CELL]
    assert len(cells) >= 20 and cells[0].text == "Rule_ID"
    report = parse(corpus_file("tr-mone-fatih-strategic-it-report-2023.docx"), Limits())
    assert "TABLE OF CONTENTS" in texts(report)  # inside a w:sdt that python-docx's iterators skip
