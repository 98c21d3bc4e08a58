"""The plain-text parser and the shared decoding helpers: paragraphs, lists, heading heuristics
(precision first), encodings and hostile input from small fixtures written here, and the shared
corpus (skipped when absent)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from strategylint.model import BlockKind, Document
from strategylint.parsers import Limits, read_document
from strategylint.parsers.text import parse
from strategylint.parsers.textutil import decode, join_lines
from tests.conftest import corpus_file
from tests.helpers import write_source

# --------------------------------------------------------------------------------------------------
# helpers


def parse_txt(tmp_path: Path, source: str | bytes, name: str = "doc.txt") -> Document:
    return parse(write_source(tmp_path, name, source), Limits())


def shape(doc: Document) -> list[tuple[str, int, str]]:
    return [(b.kind.value, b.level, b.text) for b in doc.blocks]


def headings(doc: Document) -> list[str]:
    return [b.text for b in doc.headings]


# --------------------------------------------------------------------------------------------------
# decoding (shared by all three text formats)


@pytest.mark.parametrize(("data", "text", "note"), [
    ("Plan “naïve” – café".encode("cp1252"), "Plan “naïve” – café", "Windows-1252"),
    ("Größe und Übersicht".encode("latin-1"), "Größe und Übersicht", "Windows-1252"),
    ("Strategie – ünd €".encode("utf-16"), "Strategie – ünd €", "UTF-16"),
    (b"\xfe\xff" + "Strategie – ünd €".encode("utf-16-be"), "Strategie – ünd €", "UTF-16"),
    ("Strategie".encode("utf-32"), "Strategie", "UTF-32"),
    (b"\xef\xbb\xbfPlan \xe2\x80\x93 ok", "Plan – ok", None),
    ("Plan – ok".encode(), "Plan – ok", None),
])
def test_decode_detects_the_encoding_and_notes_only_non_utf8(data: bytes, text: str,
                                                              note: str | None) -> None:
    decoded = decode(data)
    assert decoded.text == text
    if note is None:
        assert decoded.notes == ()
    else:
        assert any(note in n for n in decoded.notes), decoded.notes


def test_decode_keeps_utf8_with_a_few_damaged_bytes() -> None:
    decoded = decode("Größe und “Übersicht” – ".encode() * 20 + b"\x92 end")
    assert decoded.encoding == "utf-8"
    assert decoded.text.endswith("– \ufffd end") and "Größe" in decoded.text
    assert decoded.notes == ("1 undecodable byte sequence(s) replaced with \ufffd",)


def test_decode_cleans_controls_and_line_ends_but_keeps_tabs() -> None:
    decoded = decode(b"a\x00b\r\nc\rd\te\x1b\x7f\x0cf")
    assert decoded.text == "ab\nc\nd\te f"
    assert any("3 control character" in n for n in decoded.notes)


def test_decode_never_raises_on_garbage() -> None:
    for data in (bytes(range(256)) * 50, b"\xff\xfe\x00", b"\x81\x8d\x8f\x90\x9d" * 10, b"\xc3"):
        assert isinstance(decode(data).text, str)


def test_join_lines_records_where_each_line_starts() -> None:
    assert join_lines("\n  one  two \n\nthree\nfour ") == ("one two three four", (8, 8, 14), 1)


# --------------------------------------------------------------------------------------------------
# paragraphs and lists


def test_paragraphs_are_separated_by_blank_lines_and_keep_their_lines(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "We will modernise services\nacross the whole council\nby 2027.\n\n\n"
                              "Second paragraph here.\n")
    assert shape(doc) == [("paragraph", 0, "We will modernise services across the whole council by 2027."),
                          ("paragraph", 0, "Second paragraph here.")]
    first = doc.blocks[0]
    assert first.location.line == 1 and first.location_at(first.text.index("across")).line == 2
    assert first.location_at(first.text.index("by 2027")).line == 3
    assert doc.blocks[1].location.line == 6


def test_windows_line_endings_keep_line_numbers(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, b"One line.\r\n\r\nTwo\r\nthree.\r\n")
    assert [(b.text, b.location.line, b.line_starts) for b in doc.blocks] == [
        ("One line.", 1, ()), ("Two three.", 3, (4,))]


def test_bullets_numbers_and_letters_make_list_items(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "We will:\n• cut costs\n• share data\n\n- dash one\n- dash two\n\n* star\n\n"
                              "1. First step\n2. Second step\n   a) sub point\n   b) other point\n"
                              "3. Third step\n")
    assert shape(doc) == [
        ("paragraph", 0, "We will:"), ("list-item", 1, "cut costs"), ("list-item", 1, "share data"),
        ("list-item", 1, "dash one"), ("list-item", 1, "dash two"), ("list-item", 1, "star"),
        ("list-item", 1, "First step"), ("list-item", 1, "Second step"), ("list-item", 2, "sub point"),
        ("list-item", 2, "other point"), ("list-item", 1, "Third step")]
    assert [b.location.column for b in doc.blocks[-3:]] == [4, 4, 1]


def test_list_levels_from_indentation_and_continuation_lines(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "- Top item that wraps\n  onto a second line\n    - Nested item\n"
                              "- Back to top\nstill the same item\n")
    assert shape(doc) == [("list-item", 1, "Top item that wraps onto a second line"),
                          ("list-item", 2, "Nested item"),
                          ("list-item", 1, "Back to top still the same item")]
    assert doc.blocks[0].location_at(doc.blocks[0].text.index("onto")).line == 2


def test_flattened_bullets_nest_by_marker_change(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "• Outer one\no Inner one\no Inner two\n• Outer two\n")
    assert [(b.level, b.text) for b in doc.blocks] == [(1, "Outer one"), (2, "Inner one"), (2, "Inner two"),
                                                       (1, "Outer two")]


def test_a_new_sentence_after_a_list_item_starts_a_paragraph(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "- The last item.\nThis is a new paragraph.\n")
    assert shape(doc) == [("list-item", 1, "The last item."), ("paragraph", 0, "This is a new paragraph.")]


def test_decoration_lines_and_page_numbers_are_skipped(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "Text before the break\n12\ncontinues here.\n\n* * *\n\nPage 3 of 10\n\n"
                              "Target year\n2030\n")
    assert shape(doc) == [("paragraph", 0, "Text before the break continues here."),
                          ("paragraph", 0, "Target year 2030")]
    assert doc.blocks[0].location_at(doc.blocks[0].text.index("continues")).line == 3


# --------------------------------------------------------------------------------------------------
# headings


def test_setext_underlines(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "Digital Strategy\n================\n\nOur aims\n--------\nWe aim high.\n\n"
                              "Not a heading because it is a sentence.\n---\n")
    assert [(b.text, b.level, b.location.line) for b in doc.headings] == [("Digital Strategy", 1, 1),
                                                                           ("Our aims", 2, 4)]
    assert doc.meta.title == "Digital Strategy"


def test_numbered_section_titles(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "1. Introduction\n\nThis strategy explains our plans.\n\n2.3 Our priorities\n"
                              "We have three.\n\n2.3.1. Data\n\nData matters.\n")
    assert [(b.text, b.level) for b in doc.headings] == [("1. Introduction", 1), ("2.3 Our priorities", 2),
                                                         ("2.3.1. Data", 3)]


def test_numbered_runs_are_lists_not_headings(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "Our goals:\n\n1. Improve services\n2. Reduce costs\n\n3. Train staff\n\n"
                              "Afterwards we report.\n")
    assert headings(doc) == []
    assert [b.text for b in doc.blocks if b.kind is BlockKind.LIST_ITEM] == [
        "Improve services", "Reduce costs", "Train staff"]


def test_a_numbered_line_that_runs_on_into_the_next_is_not_a_heading(tmp_path: Path) -> None:
    # pdftotext's lines of a numbered list: a heading never ends on "of", "the" or "and"
    doc = parse_txt(tmp_path, "Three documents set the context.\n"
                              "3. The Industrial Strategy AI Mission sets the UK the target of\n"
                              "“using data to transform the early diagnosis of chronic diseases by 2030.”\n"
                              "We believe the UK can lead.\n\n4. Our approach and\nits principles follow.\n")
    assert headings(doc) == []


def test_table_rows_and_sentences_are_not_headings(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "1 Conduct a skills gap assessment MINEDUC\n"
                              "2 Establish a Training Program RDB\n\n"
                              "We will deliver this\nby the end of the year.\n\nThe plan is ready.\n\n"
                              "Vision Mission\nTo become a global centre\n\n"
                              "MINICT\nfunds focused on startups\n")
    assert headings(doc) == []


def test_all_caps_headings_but_not_lone_acronyms(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "EXECUTIVE SUMMARY\nThe council will change how it works.\n\nMINICT\n"
                              "Responsible body above.\n\nNCSA/RURA\n\nAnother body.\n\n"
                              "C4IR\n\nA third body.\n\n"
                              "BACKGROUND\n\nWe begin here with a long enough line of text.\n")
    assert headings(doc) == ["EXECUTIVE SUMMARY", "BACKGROUND"]


def test_title_case_lines_before_paragraphs(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "Key Facts\n\n"
                              "Over 120,000 people visit our website each month, most on phones.\n\n"
                              "Executive Summary\n"
                              "Artificial intelligence can improve lives and livelihoods across\n"
                              "the whole country and the region.\n\n"
                              "Next Steps\nwe will do things\n\n"
                              "Lonely Title Line\n\nshort\n")
    assert [(b.text, b.level) for b in doc.headings] == [("Key Facts", 1), ("Executive Summary", 1)]
    assert doc.blocks[-1].text == "short"


def test_labelled_numbers_are_headings(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "Chapter 2\nHow we work in practice, explained over many lines and words.\n\n"
                              "Priority Area 3: Robust data strategy\nOutput: more data\n")
    assert [(b.text, b.level) for b in doc.headings] == [("Chapter 2", 1),
                                                         ("Priority Area 3: Robust data strategy", 2)]


def test_table_of_contents_entries_are_not_headings(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "Contents\n\nIntroduction ........ 3\n1. Our vision 5\n2. Delivery 9\n\n"
                              "Introduction\nThis document sets out the plan for the next five years.\n\n"
                              "1. Our vision\n\nA vision.\n")
    assert [(b.text, b.location.line) for b in doc.headings] == [("Contents", 1), ("Introduction", 7),
                                                                  ("1. Our vision", 10)]
    assert [b.text for b in doc.blocks[1:4]] == ["Introduction ........ 3", "1. Our vision 5",
                                                 "2. Delivery 9"]
    assert doc.blocks[5].text.startswith("This document") and doc.blocks[5].section == "Introduction"


def test_read_document_dispatches_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Plain words.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "txt" and shape(doc) == [("paragraph", 0, "Plain words.")]


# --------------------------------------------------------------------------------------------------
# hostile and huge input


def test_four_megabyte_single_line(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "word " * 800_000)
    assert len(doc.blocks) == 1 and doc.words == 800_000


def test_twenty_thousand_headings(tmp_path: Path) -> None:
    source = "".join(f"Section {i}\n==========\nText of section {i}.\n\n" for i in range(20_000))
    doc = parse_txt(tmp_path, source)
    assert len(doc.headings) == 20_000
    assert doc.headings[-1].location.line == 4 * 19_999 + 1


def test_deeply_indented_bullets(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, "".join(" " * depth + "- item\n" for depth in range(3_000)))
    assert [b.level for b in doc.blocks] == list(range(1, 3_001))


def test_binary_garbage_does_not_crash(tmp_path: Path) -> None:
    doc = parse_txt(tmp_path, bytes(range(256)) * 400)
    assert isinstance(doc.blocks, list)


# --------------------------------------------------------------------------------------------------
# shared corpus

RWANDA = "rw-national-ai-policy-2022.txt"


@pytest.mark.corpus
def test_corpus_rwanda_policy_words_and_headings() -> None:
    started = time.perf_counter()
    doc = parse(corpus_file(RWANDA), Limits())
    assert time.perf_counter() - started < 3.0
    assert abs(doc.words - 4_646) <= 0.15 * 4_646, doc.words
    assert [(b.text, b.level) for b in doc.headings] == [
        ("Republic of Rwanda", 1), ("List of Abbreviations", 1), ("Table of Content", 1),
        ("Executive Summary", 1), ("Key Policy Recommendations", 1), ("Highlights", 1),
        ("Implementation Plan Summary", 1),
        ("Priority Area 1: 21st Century Skills & High AI Literacy", 2),
        ("Priority Area 2: Reliable infrastructure and compute capacity", 2),
        ("Priority Area 3: Robust data strategy", 2),
        ("Priority Area 4: Trustworthy AI adoption in the public sector", 2),
        ("Priority Area 5: Widely beneficial AI adoption in the private sector", 2),
        ("Priority Area 6: Practical AI ethics guidelines", 2),
    ]
    executive = next(b for b in doc.headings if b.text == "Executive Summary")
    assert executive.location.line == 45


@pytest.mark.corpus
def test_corpus_rwanda_table_rows_and_contents_stay_text() -> None:
    doc = parse(corpus_file(RWANDA), Limits())
    table_row = re.compile(r"^\d{1,3} [A-Z]")
    assert not [b.text for b in doc.headings if table_row.match(b.text)]
    toc = [b for b in doc.blocks if b.section == "Table of Content"]
    assert [b.text for b in toc][:3] == ["Table of Content", "Executive Summary 1",
                                         "Implementation Plan Summary 7"]
    assert all(b.kind is BlockKind.PARAGRAPH for b in toc[1:])
    bullets = [b.text for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert len(bullets) == 5
    assert bullets[0] == "Positioning Rwanda as Africa's AI Lab and Responsible AI Champion"
    priority = next(b for b in doc.blocks if b.text.startswith("Priority Area 3"))
    assert priority.section_path == ("Implementation Plan Summary", "Priority Area 3: Robust data strategy")
    row = next(b for b in doc.blocks if "Conduct a skills gap assessment" in b.text)
    assert row.location_at(row.text.index("Conduct a skills gap")).line == 233
