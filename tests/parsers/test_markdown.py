"""The Markdown parser: structure, locations, dialect clean-up, decoding and hostile input from small
fixtures written here, and the shared corpus (skipped when absent)."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import pytest

from strategylint.model import Block, BlockKind, Document
from strategylint.parsers import Limits, read_document
from strategylint.parsers.markdown import _HTML_BLOCK_BUDGET, MAX_NESTING, parse
from tests.conftest import CORPUS_DIR, corpus_file
from tests.helpers import write_source

# --------------------------------------------------------------------------------------------------
# helpers


def parse_md(tmp_path: Path, source: str | bytes, name: str = "doc.md") -> Document:
    return parse(write_source(tmp_path, name, source), Limits())


def texts(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind is kind]


def block_with(doc: Document, fragment: str) -> Block:
    found = [b for b in doc.blocks if fragment in b.text]
    assert len(found) == 1, (fragment, [b.text for b in doc.blocks])
    return found[0]


# --------------------------------------------------------------------------------------------------
# structure and locations


def test_atx_and_setext_headings_with_levels_and_lines(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "# Title\n\nIntro.\n\n## Goals ##\n\nSetext one\n==========\n\n"
                             "Setext two\n----------\n\n###### Deep\n")
    headings = [(b.text, b.level, b.location.line, b.location.column) for b in doc.headings]
    assert headings == [("Title", 1, 1, 1), ("Goals", 2, 5, 1), ("Setext one", 1, 7, 1),
                        ("Setext two", 2, 10, 1), ("Deep", 6, 13, 1)]
    assert block_with(doc, "Intro").location.line == 3
    assert doc.meta.title == "Title"


def test_headings_written_without_a_space_are_headings(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "##01 Foreword\n\n####The need\n\nText here.\n\n#hashtag stays text\n")
    assert [(b.text, b.level) for b in doc.headings] == [("01 Foreword", 2), ("The need", 4)]
    assert "#hashtag stays text" in texts(doc, BlockKind.PARAGRAPH)


def test_paragraph_lines_are_located_on_their_own_line(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "# H\n\nFirst line of it\nsecond line here\n  third   line.\n")
    para = block_with(doc, "First line")
    assert para.text == "First line of it second line here third line."
    assert para.location.line == 3
    assert para.location_at(para.text.index("second")).line == 4
    assert para.location_at(para.text.index("third")).line == 5
    assert para.location_at(0).line == 3


def test_nested_lists_give_list_items_with_depth(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "- one\n  - two\n    - three\n- four\n\n1. first\n2. second\n   * inner\n")
    items = [(b.text, b.level, b.location.line) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("one", 1, 1), ("two", 2, 2), ("three", 3, 3), ("four", 1, 4),
                     ("first", 1, 6), ("second", 1, 7), ("inner", 2, 8)]


def test_each_paragraph_of_a_loose_list_item_is_a_list_item(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "- Item para one.\n\n  Item para two.\n\n- Next item.\n\nAfter the list.\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.LIST_ITEM, "Item para one."), (BlockKind.LIST_ITEM, "Item para two."),
        (BlockKind.LIST_ITEM, "Next item."), (BlockKind.PARAGRAPH, "After the list.")]


def test_table_cells_are_blocks_on_their_row_line(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "Intro\n\n| Goal | Target |\n|------|--------|\n| Cut *cost* | 20% |\n"
                             "| Grow | 2027 |\n")
    cells = [(b.text, b.location.line) for b in doc.blocks if b.kind is BlockKind.TABLE_CELL]
    assert cells == [("Goal", 3), ("Target", 3), ("Cut cost", 5), ("20%", 5), ("Grow", 6), ("2027", 6)]


def test_blockquote_paragraphs_are_paragraphs(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "> Quoted one\n> continues.\n>\n> Quoted two.\n")
    assert [(b.kind, b.text, b.location.line) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Quoted one continues.", 1), (BlockKind.PARAGRAPH, "Quoted two.", 4)]


def test_code_blocks_comments_and_scripts_are_skipped(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "Before.\n\n```python\nsecret_code = 1\n```\n\n    indented_code()\n\n"
                             "<script>\nvar hidden = 1;\n</script>\n\n"
                             "<!-- a comment -->\n\n<!--\nmulti-line comment\n-->\n"
                             "<div>\n<!--\nnote\n-->\nAfter.\n")
    assert texts(doc) == ["Before.", "After."]
    assert block_with(doc, "After").location.line == 22


def test_the_text_of_a_raw_html_block_is_read_as_a_reader_sees_it(tmp_path: Path) -> None:
    # GOV.UK's Markdown puts call-out boxes and headings in raw HTML: their text is the strategy's
    doc = parse_md(tmp_path, "# Strategy\n\nBefore.\n\n<div class=\"infobox\">\nNearly all of our users want "
                             "simple, relevant information.\n</div>\n\n<h4 class=\"section-title\">\n<span>Theme 02"
                             "</span> Transforming the way we work</h4>\n\n<table><tr><td>Prison visits</td>"
                             "<td>4,600,000</td></tr></table>\n\nAfter.\n")
    assert [(b.kind, b.text, b.location.line) for b in doc.blocks] == [
        (BlockKind.HEADING, "Strategy", 1),
        (BlockKind.PARAGRAPH, "Before.", 3),
        (BlockKind.PARAGRAPH, "Nearly all of our users want simple, relevant information.", 5),
        (BlockKind.HEADING, "Theme 02 Transforming the way we work", 9),
        (BlockKind.TABLE_CELL, "Prison visits", 12),
        (BlockKind.TABLE_CELL, "4,600,000", 12),
        (BlockKind.PARAGRAPH, "After.", 14),
    ]
    assert block_with(doc, "Theme 02").level == 4


def test_a_heading_split_over_html_blocks_by_blank_lines_is_one_heading(tmp_path: Path) -> None:
    # the MoJ strategy's theme headings: the <h4> opens in one HTML block, its text comes in spans after blank lines
    doc = parse_md(tmp_path, "## Themes\n\nIntro.\n\n<h4 id=\"theme-03\" class=\"section-title\">\n\n"
                             "<span class=\"sticky-wrapper\">\n\n<span class=\"title-index\">Theme 03<span> Breaking "
                             "barriers</span>\n</span>\n\n</span></h4>\n\nIncreasing the pace, through:\n\n"
                             "1. Prioritising open source.\n")
    assert [(b.kind, b.text, b.location.line) for b in doc.blocks] == [
        (BlockKind.HEADING, "Themes", 1),
        (BlockKind.PARAGRAPH, "Intro.", 3),
        (BlockKind.HEADING, "Theme 03 Breaking barriers", 5),
        (BlockKind.PARAGRAPH, "Increasing the pace, through:", 14),
        (BlockKind.LIST_ITEM, "Prioritising open source.", 16),
    ]
    assert block_with(doc, "Prioritising").section_path == ("Themes", "Theme 03 Breaking barriers")


def test_an_html_heading_never_closed_loses_no_text(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "<h4 class=\"x\">\n\nTheme text with no closing tag.\n\nAfter.\n")
    assert [b.text for b in doc.blocks] == ["Theme text with no closing tag.", "After."]


def test_html_blocks_past_the_budget_are_stripped_of_tags(tmp_path: Path) -> None:
    many = "".join(f"<div class=\"box\">\nBox {i} text.\n</div>\n\n" for i in range(_HTML_BLOCK_BUDGET + 3))
    doc = parse_md(tmp_path, many)
    assert len(doc.blocks) == _HTML_BLOCK_BUDGET + 3
    last = doc.blocks[-1]
    assert last.text == f"Box {_HTML_BLOCK_BUDGET + 2} text." and last.kind is BlockKind.PARAGRAPH


def test_markdown_swallowed_by_an_html_block_is_recovered(tmp_path: Path) -> None:
    # CommonMark ends an HTML block only at a blank line, so this paragraph is inside the block.
    doc = parse_md(tmp_path, "# H\n\n<div>\n<p>player</p>\n</div>\nThe [strategy](/s) set out\n"
                             "how we *work*.\n\nNext.\n")
    para = block_with(doc, "The strategy")
    assert para.text == "The strategy set out how we work."
    assert para.location.line == 6
    assert para.location_at(para.text.index("how")).line == 7
    assert block_with(doc, "player").location.line == 4  # the block's own text is its own paragraph


def test_inline_markup_is_flattened_to_plain_text(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "We **will** use [open data](http://x.org \"t\") and `APIs`, see "
                             "<https://example.org> ![a chart](c.png) &amp; \\*not emphasis\\* "
                             "<span>kept</span> [ref link][r].\n\n[r]: /somewhere\n")
    assert texts(doc) == ["We will use open data and APIs, see https://example.org & *not emphasis* "
                          "kept ref link."]


def test_front_matter_gives_metadata_and_keeps_line_numbers(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "---\ntitle: \"Our Digital Strategy\"\nauthor: Jo Bloggs\ndate: 2021-03-04\n"
                             "layout: page\n---\n# Heading one\n\nBody text.\n")
    assert doc.meta.title == "Our Digital Strategy"
    assert doc.meta.author == "Jo Bloggs"
    assert doc.meta.created is not None and doc.meta.created.year == 2021
    assert [(b.text, b.location.line) for b in doc.blocks] == [("Heading one", 7), ("Body text.", 9)]


def test_rules_that_are_not_front_matter_are_left_alone(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "---\n\nJust a rule and text.\n")
    assert texts(doc) == ["Just a rule and text."]
    assert doc.meta.title is None
    doc = parse_md(tmp_path, "---\nA setext heading\n---\n\nText.\n")
    assert [(b.kind, b.text, b.location.line) for b in doc.blocks] == [
        (BlockKind.HEADING, "A setext heading", 2), (BlockKind.PARAGRAPH, "Text.", 5)]


def test_title_is_none_without_front_matter_or_level_one_heading(tmp_path: Path) -> None:
    assert parse_md(tmp_path, "## Only level two\n\nText.\n").meta.title is None


def test_kramdown_footnotes_liquid_and_pseudo_divs_are_stripped(tmp_path: Path) -> None:
    source = ("## Principles\n{:.no_toc}\n\nWe act fast.[^1] Really{: .big} fast.\n{: .action}\n\n"
              "{div .infobox}\n\nBoxed text.\n\n{/div}\n\nSee [mandate]({{ site.baseurl }}/m.html) "
              "{% include note.html %}now.\n\n[^1]: A footnote with\n    more words.\n")
    doc = parse_md(tmp_path, source)
    assert [(b.kind, b.text, b.location.line) for b in doc.blocks] == [
        (BlockKind.HEADING, "Principles", 1),
        (BlockKind.PARAGRAPH, "We act fast. Really fast.", 4),
        (BlockKind.PARAGRAPH, "Boxed text.", 9),
        (BlockKind.PARAGRAPH, "See mandate now.", 13),
        (BlockKind.PARAGRAPH, "A footnote with more words.", 15),
    ]


def test_blocks_with_no_letters_or_digits_are_dropped(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "| % | Share |\n|---|---|\n| — | 5 |\n\n* * *\n\n...\n")
    assert texts(doc) == ["Share", "5"]


def test_read_document_dispatches_markdown(tmp_path: Path) -> None:
    path = tmp_path / "s.markdown"
    path.write_text("# Strategy\n\nText.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "md" and doc.path == str(path)
    assert texts(doc) == ["Strategy", "Text."]
    path.write_bytes("# Strategie\n\nZiele.\n".encode("utf-16"))  # NUL bytes, but a BOM says UTF-16
    assert texts(read_document(path)) == ["Strategie", "Ziele."]


# --------------------------------------------------------------------------------------------------
# decoding


def test_windows_1252_markdown_is_decoded_and_noted(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "# Café strategy\n\nA naïve “plan” – costed.\n".encode("cp1252"))
    assert texts(doc) == ["Café strategy", "A naïve “plan” – costed."]
    assert any("Windows-1252" in note for note in doc.meta.notes), doc.meta.notes


def test_utf16_with_bom_markdown(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "# Überblick\r\n\r\nZiele für 2030.\r\n".encode("utf-16"))
    assert [(b.text, b.location.line) for b in doc.blocks] == [("Überblick", 1), ("Ziele für 2030.", 3)]
    assert any("UTF-16" in note for note in doc.meta.notes)


def test_utf8_bom_is_not_noted_and_does_not_break_the_heading(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, b"\xef\xbb\xbf# Title\n\nText.\n")
    assert [b.kind for b in doc.blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH]
    assert doc.meta.notes == []


def test_nul_and_control_bytes_are_removed(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, b"# Ti\x00tle\r\n\r\nSome\x07 text\x00.\r\n")
    assert texts(doc) == ["Title", "Some text."]
    assert [b.location.line for b in doc.blocks] == [1, 3]
    assert any("control character" in note for note in doc.meta.notes)


def test_latin1_round_trip_punctuation_is_repaired(tmp_path: Path) -> None:
    # UTF-8 text holding C1 controls where Windows-1252 quotes were (U+0091, U+0092, U+0096).
    doc = parse_md(tmp_path, "We will be \u0091digital by default\u0092 \u0096 soon.\n")
    assert texts(doc) == ["We will be ‘digital by default’ – soon."]


# --------------------------------------------------------------------------------------------------
# hostile and huge input: must finish quickly (pytest --durations shows the times) and stay correct


def test_four_megabyte_single_line(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "word " * 800_000 + "end\n")
    assert len(doc.blocks) == 1
    assert doc.words == 800_001


def test_four_megabytes_of_link_brackets_fall_back_to_rough_flattening(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "Intro text.\n\n" + "[" * 4_000_000 + "x\n")
    assert texts(doc) == ["Intro text.", "[" * 4_000_000 + "x"]
    assert any("inline markup" in note for note in doc.meta.notes)


def test_ten_thousand_levels_of_blockquote(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "Top.\n\n" + ">" * 10_000 + " deep\n\nAfter.\n")
    assert texts(doc) == ["Top.", "After."]
    assert any("nested deeper" in note for note in doc.meta.notes)


def test_ten_thousand_levels_of_list(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "- " * 10_000 + "deep\n\nAfter.\n")
    assert texts(doc) == ["After."]
    assert any("nested deeper" in note for note in doc.meta.notes)


def test_deep_nesting_line_by_line_keeps_the_shallow_levels(tmp_path: Path) -> None:
    source = "".join("  " * depth + f"- item {depth}\n" for depth in range(2_000))
    doc = parse_md(tmp_path, source)
    items = [(b.text, b.level) for b in doc.blocks]
    assert items[:3] == [("item 0", 1), ("item 1", 2), ("item 2", 3)]
    assert len(items) == MAX_NESTING // 2 - 1
    assert any("nested deeper" in note for note in doc.meta.notes)


def test_twenty_thousand_headings(tmp_path: Path) -> None:
    doc = parse_md(tmp_path, "".join(f"## Heading {i}\n\nText {i}.\n\n" for i in range(20_000)))
    assert len(doc.headings) == 20_000
    last = doc.headings[-1]
    assert (last.text, last.location.line) == ("Heading 19999", 4 * 19_999 + 1)
    assert doc.blocks[-1].section == "Heading 19999"


# --------------------------------------------------------------------------------------------------
# shared corpus

CORPUS_MD = {
    # name: headings (text, level) that must be found
    "akvaplan-niva-data-strategy-2020.md": [("Data strategy for Akvaplan-niva", 1), ("1. Introduction", 2),
                                            ("FAIR", 3), ("Appendix", 2)],
    "bupa-it-strategy-context-ready-proposal-2026.md": [("1. Purpose", 2), ("Relationship to DORA", 3),
                                                        ("12. Open Questions for Review", 2)],
    "ca-esdc-it-strategy-2019.md": [("Our Approach to Strategy", 1), ("Long Term Vision - 2030", 2),
                                    ("Cultural", 4)],
    "de-hochschule-hannover-digitalstrategie-2025-2030.md": [("Künstliche Intelligenz", 3),
                                                             ("Organisation und Governance", 1)],
    "uk-gds-assisted-digital-approach-2013.md": [("01 Executive Summary", 2), ("The need", 4),
                                                 ("Footnotes", 2)],
    "uk-gds-government-digital-strategy-2012.md": [("01 Executive summary", 2),
                                                   ("Principle: Improve departmental digital leadership", 3),
                                                   ("Annex 1 - Glossary", 2), ("The standard", 3)],
    "uk-moj-digital-strategy-2012.md": [("01 Foreword", 2), ("06 Themes and actions", 2),
                                        ("07 Glossary", 2), ("Exemplar services", 3)],
}
_LEFTOVER_MARKUP = re.compile(r"\{:|\[\^|\{\{|\{%|\]\(|\*\*|\{/?div|</?[a-z]+[ >]|^#")


def _manifest_words(name: str) -> int:
    manifest = CORPUS_DIR / "MANIFEST.tsv"
    if not manifest.exists():
        pytest.skip(f"needs {manifest}")
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = {row["file"]: row["pages_or_words"] for row in csv.DictReader(handle, delimiter="\t")}
    match = re.search(r"~([\d,]+) words", rows[name])
    assert match, rows[name]
    return int(match.group(1).replace(",", ""))


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(CORPUS_MD))
def test_corpus_markdown_words_headings_and_clean_text(name: str) -> None:
    path = corpus_file(name)
    started = time.perf_counter()
    doc = parse(path, Limits())
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0, f"{name} took {elapsed:.2f} s"
    expected = _manifest_words(name)
    # The manifest counts the raw file (URLs and markup included), so the text is a little shorter.
    assert abs(doc.words - expected) <= 0.15 * expected, (doc.words, expected)
    headings = {(b.text, b.level) for b in doc.headings}
    for heading in CORPUS_MD[name]:
        assert heading in headings, (heading, sorted(headings)[:20])
    for block in doc.blocks:
        assert not _LEFTOVER_MARKUP.search(block.text), (block.location, block.text[:120])
        assert block.text == " ".join(block.text.split())
    lines = [b.location.line or 0 for b in doc.blocks]
    assert all(lines) and lines == sorted(lines)


@pytest.mark.corpus
def test_corpus_gds_strategy_tables_and_word_count() -> None:
    doc = parse(corpus_file("uk-gds-government-digital-strategy-2012.md"), Limits())
    assert abs(doc.words - 14_300) <= 0.15 * 14_300
    cell = block_with(doc, "Online (access the Internet regularly or occasionally)")
    assert cell.kind is BlockKind.TABLE_CELL and cell.location.line == 347
    assert doc.meta.title is None  # the file has no front matter and no level-1 heading


@pytest.mark.corpus
def test_corpus_assisted_digital_paragraph_after_html_block() -> None:
    doc = parse(corpus_file("uk-gds-assisted-digital-approach-2013.md"), Limits())
    para = block_with(doc, "The Government Digital Strategy set out how government will become digital")
    assert para.location.line == 15
    assert para.location_at(para.text.index("whilst those")).line == 18
    assert "Watch on YouTube" not in para.text  # the player's link is a block of its own, not run into the text


@pytest.mark.corpus
def test_corpus_esdc_liquid_links_keep_their_text() -> None:
    doc = parse(corpus_file("ca-esdc-it-strategy-2019.md"), Limits())
    para = block_with(doc, "Instead, the core of ESDC's IT Strategy focuses on reducing the risks")
    assert para.location_at(para.text.index("Instead")).line == 47


@pytest.mark.corpus
def test_corpus_moj_repairs_quotes_and_the_heading_after_a_stray_bom() -> None:
    doc = parse(corpus_file("uk-moj-digital-strategy-2012.md"), Limits())
    joined = " ".join(texts(doc))
    assert "will become ‘digital by default’" in joined
    assert "\u0091" not in joined and "\ufeff" not in joined
    assert doc.meta.notes == []
