"""The HTML parser: blocks, locations, skipped chrome, decoding and hostile input from small fixtures
written here, and the shared corpus (skipped when absent)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from strategylint.model import Block, BlockKind, Document, Location
from strategylint.parsers import Limits, read_document
from strategylint.parsers.html import parse
from tests.conftest import corpus_file
from tests.helpers import write_source

# --------------------------------------------------------------------------------------------------
# helpers


def parse_html(tmp_path: Path, source: str | bytes, name: str = "page.html") -> Document:
    return parse(write_source(tmp_path, name, source), Limits())


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def block_with(doc: Document, fragment: str) -> Block:
    found = [b for b in doc.blocks if fragment in b.text]
    assert len(found) == 1, (fragment, texts(doc))
    return found[0]


# --------------------------------------------------------------------------------------------------
# structure and locations


def test_headings_paragraphs_and_their_source_positions(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<html><body>\n<h1>Digital   Strategy</h1>\n  <p>We will <b>act</b>.</p>\n"
                               "<section><h3 id=x>Aims</h3></section>\n</body></html>\n")
    assert [(b.kind, b.level, b.text, b.location.line, b.location.column) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, "Digital Strategy", 2, 1),
        (BlockKind.PARAGRAPH, 0, "We will act.", 3, 3),
        (BlockKind.HEADING, 3, "Aims", 4, 10),
    ]


def test_a_heading_that_repeats_its_title_for_a_sticky_copy_says_it_once(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<h4><span>Theme 02<span> Transforming the way we work</span></span>\n"
                               "<span>Transforming the way we work</span></h4><h2>Data Data</h2>")
    assert [b.text for b in doc.headings] == ["Theme 02 Transforming the way we work", "Data Data"]


def test_multi_line_paragraph_has_line_starts(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<p>\n  First line\n  second <a href='#'>line</a>\n\n  third line</p>\n")
    para = doc.blocks[0]
    assert para.text == "First line second line third line"
    assert para.location.line == 1
    assert para.location_at(0).line == 2
    assert para.location_at(para.text.index("second")).line == 3
    assert para.location_at(para.text.index("third")).line == 5


def test_nested_lists_give_levels(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<ul>\n<li>One\n  <ol><li>Two</li><li><p>Three</p></li></ol>\n"
                               "  tail of one</li>\n"
                               "<li>Four</li></ul>")
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "One", 1), (BlockKind.LIST_ITEM, "Two", 2), (BlockKind.LIST_ITEM, "Three", 2),
        (BlockKind.LIST_ITEM, "tail of one", 1), (BlockKind.LIST_ITEM, "Four", 1)]
    assert block_with(doc, "tail").location.line == 4


def test_table_cells_blockquotes_and_definitions(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<table><tr><th>Goal</th><th>Year</th></tr>\n"
                               "<tr><td>Cut cost</td><td>2027</td>"
                               "</tr></table>\n<blockquote><p>Quoted.</p></blockquote>\n"
                               "<dl><dt>API</dt><dd>An interface.</dd></dl>")
    assert [(b.kind, b.text, b.location.line) for b in doc.blocks] == [
        (BlockKind.TABLE_CELL, "Goal", 1), (BlockKind.TABLE_CELL, "Year", 1),
        (BlockKind.TABLE_CELL, "Cut cost", 2), (BlockKind.TABLE_CELL, "2027", 2),
        (BlockKind.PARAGRAPH, "Quoted.", 3), (BlockKind.PARAGRAPH, "API", 4),
        (BlockKind.PARAGRAPH, "An interface.", 4)]


def test_div_soup_and_unclosed_paragraphs_become_separate_blocks(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<div>Bare text in a div\n<div>Inner div text</div>\nafter inner</div>\n"
                               "<p>First para<p>Second para\n<main>Main text <span>with span</span></main>")
    assert texts(doc) == ["Bare text in a div", "Inner div text", "after inner", "First para",
                          "Second para", "Main text with span"]
    assert block_with(doc, "after inner").location == Location(line=3, column=None)  # bare text: no column
    assert block_with(doc, "Second para").location == Location(line=4, column=14)


def test_line_breaks_one_is_a_space_two_split(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<div>Line one<br>line two<br/><br>New block</div>")
    assert texts(doc) == ["Line one line two", "New block"]


def test_inline_elements_join_without_spurious_spaces(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<p>Digi<b>tal</b> &amp; data&nbsp;strategy<img src='x.png' alt='chart'>.</p>")
    assert texts(doc) == ["Digital & data strategy."]


def test_navigation_scripts_and_chrome_are_skipped(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>
<script>var tracking = "script text";</script></head><body>
<header><a href="/">Council home</a></header>
<nav><ul><li>Nav link</li></ul></nav>
<div role="navigation">Role nav</div><div role="banner">Role banner</div>
<div role="contentinfo">Role contentinfo</div>
<aside>Aside text</aside><noscript>Enable JavaScript</noscript>
<template><p>Template text</p></template><form><label>Search box</label></form>
<svg><text>Svg text</text></svg><iframe>Iframe text</iframe><button>Button text</button>
<span aria-hidden="true">Hidden icon</span><p hidden>Hidden attr</p>
<p style="display: none">Display none</p><!-- a comment -->
<main><article><header><h1>Article title</h1></header><p>Real content.</p>
<footer>Article footer</footer></article></main>
<footer>Site footer</footer>
</body></html>"""
    doc = parse_html(tmp_path, page)
    assert texts(doc) == ["Article title", "Real content.", "Article footer"]
    assert doc.meta.title == "T"


def test_title_falls_back_to_first_h1(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<body><h2>Sub</h2><h1>Main title</h1><p>x y</p></body>")
    assert doc.meta.title == "Main title"


def test_nothing_is_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML parser tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    doc = parse_html(tmp_path, '<link rel="stylesheet" href="http://example.com/s.css">'
                               '<script src="http://example.com/x.js"></script><img src="http://example.com/i.png">'
                               '<iframe src="http://example.com/"></iframe><p>Text.</p>')
    assert texts(doc) == ["Text."]


def test_read_document_dispatches_html(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text("<h1>Strategy</h1><p>Text.</p>", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html" and texts(doc) == ["Strategy", "Text."]


# --------------------------------------------------------------------------------------------------
# decoding


def test_declared_windows_1252_is_used(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93plan\x94 \x96 na\xefve</p>'
    doc = parse_html(tmp_path, page.encode("latin-1"))
    assert texts(doc) == ["Café “plan” – naïve"]
    assert any("Windows-1252" in note and "declared" in note for note in doc.meta.notes), doc.meta.notes


def test_utf16_html_with_bom(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<h1>Übersicht</h1>\r\n<p>Ziele</p>".encode("utf-16"))
    assert [(b.text, b.location.line) for b in doc.blocks] == [("Übersicht", 1), ("Ziele", 2)]


def test_nul_bytes_in_html(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, b"<p>Str\x00ategy</p>\x00<p>Two</p>")
    assert texts(doc) == ["Strategy", "Two"]


# --------------------------------------------------------------------------------------------------
# hostile and huge input


def test_ten_thousand_nested_divs(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<div>" * 10_000 + "deep text" + "</div>" * 10_000 + "<p>After.</p>")
    assert texts(doc) == ["deep text", "After."]


def test_ten_thousand_unclosed_lists(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<ul><li>" * 10_000 + "deep item")
    assert [(b.text, b.level) for b in doc.blocks] == [("deep item", 10_000)]


def test_unterminated_tags_at_the_end_do_not_make_the_parser_quadratic(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<p>Intro.</p>" + "<a " * 200_000)
    assert doc.blocks[0].text == "Intro."
    assert doc.blocks[1].text.startswith("<a <a <a")


def test_malformed_declarations_are_read_as_text(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<p>Before <![^ odd</p><p>After.</p>")
    assert texts(doc) == ["Before <![^ odd", "After."]


def test_four_megabyte_paragraph(tmp_path: Path) -> None:
    doc = parse_html(tmp_path, "<p>" + "word " * 800_000 + "</p>")
    assert doc.words == 800_000


# --------------------------------------------------------------------------------------------------
# shared corpus

OXFORD = "oxford-city-council-digital-strategy-2016.html"


@pytest.mark.corpus
def test_corpus_oxford_words_headings_and_locations() -> None:
    started = time.perf_counter()
    doc = parse(corpus_file(OXFORD), Limits())
    assert time.perf_counter() - started < 3.0
    assert abs(doc.words - 3_600) <= 0.15 * 3_600, doc.words
    assert doc.meta.title == "Oxford City Council Digital Strategy 2016"
    headings = {(b.text, b.level) for b in doc.headings}
    for expected in [("Oxford City Council Digital Strategy", 1), ("Digital by Design", 1),
                     ("Where we are now", 2), ("Key Facts", 2), ("Glossary", 1)]:
        assert expected in headings, expected
    assert (block_with(doc, "Why Digital is important").location.line,
            block_with(doc, "Why Digital is important").location.column) == (5, 1)
    cell = block_with(doc, "A hackathon (also known as a hack day")
    assert cell.kind is BlockKind.TABLE_CELL
    assert all(b.text == " ".join(b.text.split()) and "<" not in b.text for b in doc.blocks)


@pytest.mark.corpus
def test_corpus_oxford_with_site_chrome_added_reads_the_same(tmp_path: Path) -> None:
    original = corpus_file(OXFORD).read_text(encoding="utf-8")
    chrome = ('<header role="banner"><a href="/">Skip to main content</a> Oxford City Council</header>'
              '<nav aria-label="Main"><ul><li>Bins and recycling</li><li>Council tax</li></ul></nav>'
              '<script>window.analytics = "tracking code";</script><style>.x{}</style>')
    footer = '<footer><p>Copyright Oxford City Council, Town Hall</p></footer>'
    wrapped = original.replace("<body>", "<body>" + chrome, 1).replace("</body>", footer + "</body>", 1)
    assert wrapped != original
    plain = parse(corpus_file(OXFORD), Limits())
    doc = parse_html(tmp_path, wrapped)
    joined = " ".join(texts(doc))
    for chrome_text in ("Skip to main content", "Bins and recycling", "Council tax", "tracking code",
                        "Copyright Oxford City Council"):
        assert chrome_text not in joined
    assert texts(doc) == texts(plain)
