"""The PDF parser: layout, locations and metadata from small PDFs built with fpdf2, refusal of encrypted,
broken and oversized files, and the shared corpus (skipped when absent)."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from strategylint.model import Block, BlockKind, Document, count_words
from strategylint.parsers import InputError, Limits, read_document
from strategylint.parsers.pdf import _clean_line, _pdf_date, _title, parse
from tests.conftest import corpus_file

SENTENCE = ("The council will move its services online so that residents can apply, pay and report "
            "problems at any time of day without waiting on the phone. ")


# --------------------------------------------------------------------------------------------------
# helpers


def build(tmp_path: Path, fill: Callable[[FPDF], None], name: str = "doc.pdf",
          setup: Callable[[FPDF], None] | None = None) -> Path:
    """Save a PDF that `fill` has written (core fonts with Windows-1252, so "•" works) and return it."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    if setup:
        setup(pdf)
    fill(pdf)
    path = tmp_path / name
    pdf.output(str(path))
    return path


def line(pdf: FPDF, text: str, size: float = 11, style: str = "", x: float | None = None,
         height: float | None = None) -> None:
    """One line of text at the left margin (or at `x` mm), then move to the next line."""
    pdf.set_font("Helvetica", style, size)
    if x is not None:
        pdf.set_x(x)
    pdf.cell(text=text, h=height or size * 0.5, new_x="LMARGIN", new_y="NEXT")


def para(pdf: FPDF, text: str, size: float = 11) -> None:
    """A wrapped paragraph, then a paragraph gap."""
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(size * 0.5)


def pages_of_text(count: int) -> Callable[[FPDF], None]:
    """A filler that writes `count` pages with one paragraph each."""
    def fill(pdf: FPDF) -> None:
        for _ in range(count):
            pdf.add_page()
            para(pdf, SENTENCE)
    return fill


def texts(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind is kind]


def block_with(doc: Document, fragment: str) -> Block:
    return next(b for b in doc.blocks if fragment in b.text)


# --------------------------------------------------------------------------------------------------
# layout


def test_headings_from_size_and_bold_with_levels_and_sections(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "Digital Strategy 2024", size=26, style="B", height=14)
        para(pdf, SENTENCE * 2)
        for chapter in ("1. Our Vision", "2. How We Will Deliver"):
            pdf.ln(4)
            line(pdf, chapter, size=16, height=10)
            para(pdf, SENTENCE * 3)
            line(pdf, "Better online services", style="B", height=7)
            para(pdf, SENTENCE * 2)
        line(pdf, "This bold sentence sits alone but ends like a sentence.", style="B")
        para(pdf, SENTENCE)
        line(pdf, "The plan sets out how the council will")
        line(pdf, "Deliver Better Services", style="B")
        line(pdf, "for residents across the county.")

    doc = parse(build(tmp_path, fill), Limits())
    levels = {h.text: h.level for h in doc.headings}
    # A one-off cover size does not push the chapters down: both rank first, bold body text next.
    assert levels == {"Digital Strategy 2024": 1, "1. Our Vision": 1, "2. How We Will Deliver": 1,
                      "Better online services": 2}
    assert [h.text for h in doc.headings].count("Better online services") == 2
    assert "This bold sentence sits alone but ends like a sentence." in texts(doc, BlockKind.PARAGRAPH)
    assert texts(doc)[-1] == "The plan sets out how the council will Deliver Better Services for residents " \
                             "across the county."
    under = [b for b in doc.blocks if b.section == "Better online services"]
    assert under and under[-1].section_path == ("2. How We Will Deliver", "Better online services")


def test_running_headers_footers_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        for number in range(1, 6):
            pdf.add_page()
            pdf.set_y(8)
            line(pdf, f"Springfield Council Digital Strategy {number}", size=8)
            pdf.set_y(40)
            para(pdf, f"Chapter {number} body. " + " ".join(SENTENCE.split()[number:]) + SENTENCE)
            pdf.set_y(284)
            line(pdf, f"Page {number} of 5", size=8)
            pdf.set_y(290)
            line(pdf, f"- {number} -", size=8)

    doc = parse(build(tmp_path, fill), Limits())
    joined = " ".join(texts(doc))
    assert "Springfield" not in joined and "Page " not in joined and "- 3 -" not in joined
    assert [b.location.page for b in doc.blocks] == [1, 2, 3, 4, 5]
    assert all(b.location.line == 1 and b.text.startswith("Chapter") for b in doc.blocks)


def test_a_cover_line_like_the_footer_survives_on_page_one(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        for number in range(1, 5):
            pdf.add_page()
            pdf.set_y(40)
            para(pdf, SENTENCE * 2)
            pdf.set_y(284)
            line(pdf, "December 2012" if number == 1 else f"{number} December 2012", size=8)

    doc = parse(build(tmp_path, fill), Limits())
    dated = [b for b in doc.blocks if "December 2012" in b.text]
    assert [(b.location.page, b.text) for b in dated] == [(1, "December 2012")]


def test_hyphenated_line_breaks_are_joined(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "We will complete the digital trans-")
        line(pdf, "formation of services for all non-")
        line(pdf, "EU residents by the end of 2026.")

    doc = parse(build(tmp_path, fill), Limits())
    [block] = doc.blocks
    assert block.text == ("We will complete the digital transformation of services for all non-EU "
                          "residents by the end of 2026.")
    assert [block.text[start:][:9] for start in block.line_starts] == ["formation", "EU reside"]


def test_words_broken_after_a_ligature_are_joined_on_a_page_full_of_them(tmp_path: Path) -> None:
    # a font whose ligatures map to "fi " leaves its words broken all over the page
    def broken(pdf: FPDF) -> None:
        pdf.add_page()
        para(pdf, "The benefi t of the fi eld is that it is diffi cult to reach. Services are off ered to all, "
                  "with an eff ort from our staff and a wi-fi network in every office.")

    doc = parse(build(tmp_path, broken), Limits())
    assert texts(doc) == ["The benefit of the field is that it is difficult to reach. Services are offered to all, "
                          "with an effort from our staff and a wi-fi network in every office."]

    # one such break alone, on an ordinary page, is left as written
    def ordinary(pdf: FPDF) -> None:
        pdf.add_page()
        para(pdf, "Our staff are trained. The sci-fi fans and the hi fi shop stay as written.")

    assert texts(parse(build(tmp_path, ordinary, name="plain.pdf"), Limits())) == [
        "Our staff are trained. The sci-fi fans and the hi fi shop stay as written."]


def test_list_items_bullets_dashes_and_numbers(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "We will:")
        line(pdf, "\u2022 publish open data on every service we run")
        line(pdf, "and report on its use each year;", x=15)
        line(pdf, "- close the old data centre;")
        line(pdf, "1. train every member of staff;")
        line(pdf, "a) and hire twenty developers.")
        pdf.ln(6)
        para(pdf, SENTENCE)

    doc = parse(build(tmp_path, fill), Limits())
    assert texts(doc, BlockKind.LIST_ITEM) == [
        "publish open data on every service we run and report on its use each year;",
        "close the old data centre;",
        "1. train every member of staff;",
        "a) and hire twenty developers.",
    ]
    assert texts(doc, BlockKind.PARAGRAPH) == ["We will:", SENTENCE.strip()]


def test_a_dash_inside_a_sentence_does_not_start_a_list_item(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "Everyone across the organisation")
        line(pdf, "- not only specialists - will take part.")

    doc = parse(build(tmp_path, fill), Limits())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Everyone across the organisation - not only specialists - will take part.")]


def test_paragraphs_split_on_gaps_and_locations_count_kept_lines(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_y(8)
        line(pdf, "Running header of the strategy", size=8)
        pdf.set_y(40)
        para(pdf, SENTENCE)
        pdf.add_page()
        pdf.set_y(8)
        line(pdf, "Running header of the strategy", size=8)
        pdf.set_y(40)
        line(pdf, "Funding the Plan", size=18, style="B", height=10)
        line(pdf, "We have agreed a budget of four million pounds over three")
        line(pdf, "years for the programme. The board reviews spending every")
        line(pdf, "quarter. Savings are reinvested in front-line services.")
        pdf.ln(8)
        line(pdf, "A second paragraph starts after a clear gap.")

    doc = parse(build(tmp_path, fill), Limits())
    second = [b for b in doc.blocks if b.location.page == 2]
    assert [(b.kind, b.location.line) for b in second] == [
        (BlockKind.HEADING, 1), (BlockKind.PARAGRAPH, 2), (BlockKind.PARAGRAPH, 5)]
    budget = second[1]
    assert budget.location_at(budget.text.index("The board")).line == 3
    assert budget.location_at(budget.text.index("Savings")).line == 4
    assert budget.location_at(0).line == 2
    assert budget.section == "Funding the Plan"


def write_with_marker(pdf: FPDF, before: str, marker: str, after: str, scale: float = 0.7) -> None:
    """`before`, then `marker` raised as a footnote's and set at `scale` times the size, then `after`, all
    on one line of the current paragraph."""
    pdf.write(5.5, before)
    pdf.sup_scale = scale
    pdf.char_vpos = "SUP"
    pdf.write(5.5, marker)
    pdf.char_vpos = "LINE"
    pdf.write(5.5, after)


def test_a_line_broken_at_a_footnote_marker_runs_on_and_the_marker_is_dropped(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        write_with_marker(pdf, "The market is held by a few large firms (the GAFAM", "7",
                          ": Google, Amazon, Facebook and Apple)")
        pdf.ln(5.5)
        write_with_marker(pdf, "and a few in China. By 2020 the devices will number 20 billion.", "1",
                          " This means the physical")
        pdf.ln(5.5)
        pdf.write(5.5, "and digital economies will merge.")

    doc = parse(build(tmp_path, fill), Limits())
    [block] = doc.blocks  # PDFium ends a line at each raised marker: the text after it is the same line
    assert block.text == ("The market is held by a few large firms (the GAFAM: Google, Amazon, Facebook and Apple) "
                          "and a few in China. By 2020 the devices will number 20 billion. This means the physical "
                          "and digital economies will merge.")
    assert [block.location_at(block.text.index(words)).line for words in ("GAFAM", "and a few", "and digital")] == [
        1, 2, 3]


def test_a_footnote_marker_inside_a_line_is_dropped(tmp_path: Path) -> None:
    def small(pdf: FPDF, text: str) -> None:
        pdf.set_font_size(7)
        pdf.write(5.5, text)
        pdf.set_font_size(11)

    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        pdf.write(5.5, "It serves the Action Plan for Jobs")
        small(pdf, "4")
        pdf.write(5.5, " and, thanks to the Industry Plan 4.0")
        small(pdf, "51")
        pdf.write(5.5, ", the G7 goals. CO")
        small(pdf, "2")
        pdf.write(5.5, " falls.")

    doc = parse(build(tmp_path, fill), Limits())
    assert texts(doc) == ["It serves the Action Plan for Jobs and, thanks to the Industry Plan 4.0, the G7 goals. CO2 "
                          "falls."]


def test_digits_at_a_lines_end_in_the_texts_own_size_are_kept(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        write_with_marker(pdf, "We will move the first services to the cloud in phase", "2",
                          " of the programme,", scale=1.0)
        pdf.ln(5.5)
        pdf.write(5.5, "after the review of COVID19")
        pdf.ln(5.5)

    doc = parse(build(tmp_path, fill), Limits())
    assert "in phase2 of the programme, after the review of COVID19" in texts(doc)[0]


def test_a_label_set_along_a_slant_is_read_as_one_line(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 10)
        pdf.text(60, 100, "Deputyships by")
        pdf.text(60 + pdf.get_string_width("Deputyships by "), 95, "June 2014")  # 5 mm higher, where it ended
        pdf.text(60, 140, "Electronic Register")
        pdf.text(60 + pdf.get_string_width("Electronic Register") + 12, 135, "by March 2015")  # a gap: apart

    doc = parse(build(tmp_path, fill), Limits())
    assert texts(doc) == ["Deputyships by June 2014", "Electronic Register", "by March 2015"]


def place_words(pdf: FPDF, lines: list[str], gap: float) -> None:
    """Each word drawn on its own, `gap` times a space's width after the last, with no space characters: a file
    whose words are only placed apart."""
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for row, text in enumerate(lines):
        x = 20.0
        for word in text.split():
            pdf.text(x, 40 + 6 * row, word)
            x += pdf.get_string_width(word) + pdf.get_string_width(" ") * gap


def test_words_placed_apart_without_spaces_are_spaced_by_where_they_stand(tmp_path: Path) -> None:
    lines = ["Modernising the curriculum, to embed digital learning, will be a very important part",
             "of our work over the life of the Strategy and this will be particularly important."]
    # set close (under half a space apart), PDFium reads them run together: "Modernisingthecurriculum,toembed..."
    doc = parse(build(tmp_path, lambda pdf: place_words(pdf, lines, gap=0.4)), Limits())
    assert texts(doc) == [" ".join(lines)]


def test_names_written_together_are_left_together(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "We publish our code on GitHub and our JavaScript guides at www.example.gov.uk, and")
        line(pdf, "the NHSmail service stays as it is.")

    doc = parse(build(tmp_path, fill), Limits())
    assert texts(doc) == ["We publish our code on GitHub and our JavaScript guides at www.example.gov.uk, and the "
                          "NHSmail service stays as it is."]


def test_sizes_changing_inside_a_run_of_lines_start_new_blocks(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "Body text set at the normal size runs on")
        line(pdf, "A footnote in a small size follows directly", size=7)

    doc = parse(build(tmp_path, fill), Limits())
    assert len(doc.blocks) == 2


@pytest.mark.parametrize("leader", [" " + "." * 40 + " ", " "])
def test_table_of_contents_lines_never_become_headings(tmp_path: Path, leader: str) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "Contents", size=20, style="B", height=12)
        for entry, page in (("Introduction", 3), ("Our Vision", 5), ("Delivery Plan", 9)):
            line(pdf, f"{entry}{leader}{page}", size=14, style="B", height=9)
        pdf.add_page()
        para(pdf, SENTENCE * 4)

    doc = parse(build(tmp_path, fill), Limits())
    assert [h.text for h in doc.headings] == ["Contents"]
    toc = [b.text for b in doc.blocks if b.location.page == 1 and b.kind is BlockKind.PARAGRAPH]
    assert toc == [f"{entry}{leader}{page}".strip() for entry, page in
                   (("Introduction", 3), ("Our Vision", 5), ("Delivery Plan", 9))]


def test_contents_page_is_recognised_by_rising_page_numbers_without_a_title(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        for number, entry in enumerate(["Foreword", "Summary", "Introduction", "Digital Agenda",
                                        "Easy and Safe to Use", "Need for Infrastructure"]):
            line(pdf, f"{entry} {3 + 4 * number}", size=14, style="B", height=9)
        pdf.add_page()
        para(pdf, SENTENCE * 4)

    doc = parse(build(tmp_path, fill), Limits())
    assert doc.headings == []
    assert len([b for b in doc.blocks if b.location.page == 1]) == 6


@pytest.mark.parametrize("order", ["row by row", "column by column"])
def test_table_header_cells_on_one_baseline_are_not_headings(tmp_path: Path, order: str) -> None:
    # Written row by row, PDFium joins a row's cells into one line with wide gaps; written column by
    # column, it reports each cell as a line, three of them on each baseline. Neither is a heading.
    columns: list[tuple[int, tuple[str, str]]] = [
        (10, ("Action", "Name")), (80, ("Lead", "Owner")), (150, ("Target", "Date"))]

    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        para(pdf, SENTENCE * 3)
        pdf.set_font("Helvetica", "B", 11)
        top = pdf.get_y()
        if order == "row by row":
            cells = [(x, top + 6 * row, heads[row]) for row in (0, 1) for x, heads in columns]
        else:
            cells = [(x, top + 6 * row, heads[row]) for x, heads in columns for row in (0, 1)]
        for x, y, text in cells:
            pdf.set_xy(x, y)
            pdf.cell(text=text)
        pdf.set_y(top + 20)
        para(pdf, SENTENCE * 2)

    doc = parse(build(tmp_path, fill), Limits())
    assert doc.headings == []
    assert {"Action", "Owner", "Date"} <= set(" ".join(texts(doc)).split())


def test_a_page_of_labels_keeps_only_its_title_as_a_heading(tmp_path: Path) -> None:
    labels = ["Ethics", "Technology", "Skills", "Role of Data", "Legal Context", "Human Being"]

    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "The Challenges Ahead", size=22, style="B", height=14)
        for index, label in enumerate(labels):
            pdf.set_y(60 + 25 * index)
            line(pdf, label, size=16, style="B", height=9)
            line(pdf, f"Challenge {index + 1} of six.", size=9)
        pdf.add_page()
        line(pdf, "Ethics", size=16, style="B", height=9)
        para(pdf, SENTENCE * 3)

    doc = parse(build(tmp_path, fill), Limits())
    assert [(h.location.page, h.text) for h in doc.headings] == [(1, "The Challenges Ahead"), (2, "Ethics")]
    assert set(labels) <= set(texts(doc, BlockKind.PARAGRAPH))


def test_a_page_of_short_sections_keeps_its_headings(tmp_path: Path) -> None:
    # Not a chart: the headings share the left margin, run down the page, and each opens a sentence of
    # body text, though there are fewer than 30 words of it per heading. (Found by rendering ESDC's
    # 'Team's Guiding Principles' from its Markdown: the principles lost their headings.)
    principles = ["Work collaboratively", "Continuous learning", "Lead by example", "Teamwork",
                  "Working in the open", "Security by design"]

    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        line(pdf, "Our Guiding Principles", size=18, style="B", height=10)
        for principle in principles:
            pdf.ln(3)
            line(pdf, principle, size=14, style="B", height=8)
            para(pdf, "Teams share their work in the open so that others can reuse it and improve it"
                 + ("" if principle == "Teamwork" else "."))  # the author left one full stop out

    doc = parse(build(tmp_path, fill), Limits())
    assert [h.text for h in doc.headings] == ["Our Guiding Principles", *principles]
    assert doc.blocks[-1].section == "Security by design"


def test_a_wrapped_title_does_not_swallow_the_heading_after_it(tmp_path: Path) -> None:
    # Two headings of one size, the first wrapped over three lines: the wider gap before the second
    # ends the first, so neither is lost as a four-line "heading". (Found in ESDC's IT strategy.)
    title = "ESDC IT Strategy (working draft, Employment and Social Development Canada, IITB IT Strategy team)"

    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_y(30)
        pdf.set_font("Helvetica", "B", 22)
        pdf.multi_cell(170, 10, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(7)
        line(pdf, "Our Approach to Strategy", size=22, style="B", height=10)
        para(pdf, SENTENCE * 2)

    doc = parse(build(tmp_path, fill), Limits())
    assert len(doc.blocks[0].line_starts) == 2  # the title took three lines
    assert [h.text for h in doc.headings] == [title, "Our Approach to Strategy"]


def test_a_heading_may_end_in_a_capital_letter_label_or_a_web_name(tmp_path: Path) -> None:
    # "Service A" ends in a label, not the article "a"; "GOV.UK" in capitals is a name, not an address,
    # though alone it is a printed page's banner. (Found by rendering GDS's strategies from Markdown.)
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        for heading in ("1. Service A", "2. Service B", "Complete the transition to GOV.UK", "GOV.UK",
                        "Services for a", "Write to us at www.gov.uk/digital", "Visit digital.gov.uk"):
            pdf.ln(4)
            line(pdf, heading, size=14, style="B", height=8)
            para(pdf, SENTENCE)

    doc = parse(build(tmp_path, fill), Limits())
    assert [h.text for h in doc.headings] == ["1. Service A", "2. Service B", "Complete the transition to GOV.UK"]


def test_a_heading_repeated_in_place_on_following_pages_is_a_table_header(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        for number in range(1, 4):
            pdf.add_page()
            pdf.set_y(40)
            para(pdf, f"Part {number}. " + " ".join(SENTENCE.split()[number:]))
            pdf.set_y(80)
            line(pdf, "Lead Responsibility", size=16, style="B", height=9)
            para(pdf, SENTENCE * 2)

    doc = parse(build(tmp_path, fill), Limits())
    assert [(h.location.page, h.text) for h in doc.headings] == [(1, "Lead Responsibility")]
    assert len([b for b in doc.blocks if b.text == "Lead Responsibility"]) == 3


def test_a_heading_listed_after_the_text_below_it_moves_to_the_top(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        pdf.set_y(60)
        para(pdf, SENTENCE * 3)
        pdf.set_y(35)  # drawn last, shown first
        line(pdf, "Denmark on the Way", size=20, style="B", height=12)

    doc = parse(build(tmp_path, fill), Limits())
    assert [(b.kind, b.location.line) for b in doc.blocks] == [
        (BlockKind.HEADING, 1), (BlockKind.PARAGRAPH, 2)]
    assert doc.blocks[1].section == "Denmark on the Way"


def test_dot_leader_lines_are_never_headings_even_without_a_contents_title(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        pdf.add_page()
        para(pdf, SENTENCE * 3)
        for entry, page in (("Introduction", 3), ("Delivering Our Vision", 5)):
            line(pdf, f"{entry} " + "." * 8 + f" {page}", size=14, style="B", height=9)
        para(pdf, SENTENCE * 3)

    doc = parse(build(tmp_path, fill), Limits())
    assert doc.headings == []


def test_multi_page_document_metadata_and_blocks_within_pages(tmp_path: Path) -> None:
    created = datetime(2016, 5, 12, 9, 30, tzinfo=UTC)

    def setup(pdf: FPDF) -> None:
        pdf.set_title("A Stronger Digital Council")
        pdf.set_author("Policy Unit")
        pdf.set_creation_date(created)

    def fill(pdf: FPDF) -> None:
        for number in range(1, 4):
            pdf.add_page()
            pdf.set_y(30)
            line(pdf, f"Chapter {number} Title", size=18, style="B", height=10)
            para(pdf, SENTENCE * 6)

    doc = parse(build(tmp_path, fill, setup=setup), Limits())
    assert doc.format == "pdf" and doc.path.endswith("doc.pdf")
    assert doc.meta.title == "A Stronger Digital Council"
    assert doc.meta.author == "Policy Unit"
    assert doc.meta.created == created
    assert doc.meta.pages == 3 and doc.meta.pages_without_text == []
    assert not doc.meta.notes
    assert [h.location.page for h in doc.headings] == [1, 2, 3]
    for block in doc.blocks:  # every block sits on one page, its lines numbered from 1 on that page
        assert block.location.page in (1, 2, 3) and block.location.line is not None
    assert [b.location.line for b in doc.blocks if b.location.page == 2] == [1, 2]
    assert read_document(tmp_path / "doc.pdf").words == doc.words


def test_a_file_name_as_title_is_dropped_and_the_info_dictionary_is_read_safely(tmp_path: Path) -> None:
    def setup(pdf: FPDF) -> None:
        pdf.set_title("Microsoft Word - digital-strategy-v3.docx")
        pdf.set_author("  Jane\x00 Doe  ")

    doc = parse(build(tmp_path, pages_of_text(1), setup=setup), Limits())
    assert doc.meta.title is None
    assert doc.meta.author == "Jane Doe"


def test_image_only_pdf_has_no_blocks_and_every_page_without_text(tmp_path: Path) -> None:
    def fill(pdf: FPDF) -> None:
        for _ in range(2):
            pdf.add_page()
            pdf.set_fill_color(200, 30, 30)
            pdf.rect(20, 20, 150, 200, style="F")

    doc = parse(build(tmp_path, fill), Limits())
    assert doc.blocks == [] and doc.words == 0
    assert doc.meta.pages == 2 and doc.meta.pages_without_text == [1, 2]
    assert any("no text" in note for note in doc.meta.notes)


def test_text_cleaning_removes_control_characters_and_keeps_symbol_bullets() -> None:
    assert _clean_line("arti\x0bcial\u00ad intel\u200bligence\x00  now") == "articial intelligence now"
    assert _clean_line("\uf0b7 Private-use bullet glyph") == "• Private-use bullet glyph"
    assert _clean_line("\uf0b7") == ""
    assert _clean_line("Cafe\u0301") == "Café"


# --------------------------------------------------------------------------------------------------
# metadata helpers


@pytest.mark.parametrize(("raw", "expected"), [
    ("D:20160512093000+02'00'", datetime(2016, 5, 12, 9, 30, tzinfo=timezone(timedelta(hours=2)))),
    ("D:20170703044112-05'00'", datetime(2017, 7, 3, 4, 41, 12, tzinfo=timezone(timedelta(hours=-5)))),
    ("D:20170531152454Z00'00'", datetime(2017, 5, 31, 15, 24, 54, tzinfo=UTC)),
    ("D:20151124164345Z", datetime(2015, 11, 24, 16, 43, 45, tzinfo=UTC)),
    ("D:2012", datetime(2012, 1, 1, tzinfo=UTC)),
    ("20121221", datetime(2012, 12, 21, tzinfo=UTC)),
    ("D:20121399", None),
    ("yesterday", None),
    ("", None),
])
def test_pdf_dates(raw: str, expected: datetime | None) -> None:
    assert _pdf_date(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("A Stronger and More Secure Digital Denmark", "A Stronger and More Secure Digital Denmark"),
    ("bupa-it-strategy-proposal-outline.md", None),
    ("Microsoft Word - translation-fulltext-8.1.17.docx", None),
    ("Microsoft Word - Strategy", None),
    ("2018-CATS-1931-REV_DOC--Attachment1.docx", None),
    ("Layout 1", None),
    ("Untitled", None),
    ("x", None),
    ("", None),
])
def test_titles_that_name_a_file_or_a_tool_are_dropped(raw: str, expected: str | None) -> None:
    assert _title(raw) == expected


# --------------------------------------------------------------------------------------------------
# refusals


def _encrypted(tmp_path: Path, user_password: str | None) -> Path:
    def setup(pdf: FPDF) -> None:
        if user_password is None:
            pdf.set_encryption(owner_password="owner-secret")
        else:
            pdf.set_encryption(owner_password="owner-secret", user_password=user_password)

    return build(tmp_path, pages_of_text(1), setup=setup)


def test_encrypted_pdf_needs_the_password(tmp_path: Path) -> None:
    path = _encrypted(tmp_path, "open-sesame")
    with pytest.raises(InputError) as missing:
        parse(path, Limits())
    assert (missing.value.cause, missing.value.remedy) == ("encrypted: needs a password", "pass --password")
    with pytest.raises(InputError) as wrong:
        parse(path, Limits(password="guess"))
    assert wrong.value.cause == "encrypted: wrong password" and "--password" in (wrong.value.remedy or "")
    doc = parse(path, Limits(password="open-sesame"))
    assert texts(doc) == [SENTENCE.strip()]
    assert any("encrypted" in note for note in doc.meta.notes)
    with pytest.raises(InputError, match="needs a password"):
        read_document(path)


def test_encrypted_pdf_with_an_empty_user_password_just_opens(tmp_path: Path) -> None:
    path = _encrypted(tmp_path, None)
    for limits in (Limits(), Limits(password="for-another-file")):
        doc = parse(path, limits)
        assert texts(doc) == [SENTENCE.strip()]
        assert any("empty user password" in note for note in doc.meta.notes)


@pytest.mark.parametrize("damage", ["truncated", "tail-cut", "flipped", "garbage"])
def test_corrupt_pdf_is_an_input_error(tmp_path: Path, damage: str) -> None:
    data = build(tmp_path, pages_of_text(1)).read_bytes()
    damaged = {
        "truncated": data[: len(data) // 3],
        "tail-cut": data[:-300],
        "flipped": data[:9] + bytes(b ^ 0xA5 for b in data[9:]),
        "garbage": b"%PDF-1.7\n" + b"\x00\xff garbage" * 200,
    }[damage]
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damaged)
    with pytest.raises(InputError) as caught:
        parse(path, Limits())
    assert caught.value.cause.startswith("corrupt or truncated PDF: ")
    assert caught.value.remedy == "re-download or re-export it"
    with pytest.raises(InputError, match="corrupt or truncated PDF"):
        read_document(path)


def test_page_limit(tmp_path: Path) -> None:
    path = build(tmp_path, pages_of_text(3))
    with pytest.raises(InputError) as caught:
        parse(path, Limits(max_pages=2))
    assert caught.value.cause == "has 3 pages, over the 2-page limit"
    assert "--max-pages" in (caught.value.remedy or "")
    assert parse(path, Limits(max_pages=3)).meta.pages == 3


# --------------------------------------------------------------------------------------------------
# shared corpus

CORPUS_PDF = [
    "be-digital-belgium-status-2017.pdf",
    "bupa-it-strategy-proposal-outline-2026.pdf",
    "ca-bc-hosting-and-application-development-strategy-2020.pdf",
    "cn-state-council-next-generation-ai-development-plan-2017-en.pdf",
    "de-federal-ai-strategy-2018.pdf",
    "dk-digital-strategy-2016-2020.pdf",
    "dk-national-strategy-for-ai-2019.pdf",
    "fi-age-of-artificial-intelligence-2017.pdf",
    "fr-villani-meaningful-ai-strategy-2018.pdf",
    "ie-digital-strategy-for-schools-2015-2020.pdf",
    "ie-ict-skills-action-plan-2014-2018.pdf",
    "ie-national-digital-strategy-phase1-2013.pdf",
    "it-agid-ai-white-paper-2018.pdf",
    "mx-towards-an-ai-strategy-white-paper-2018.pdf",
    "ni-cbi-digital-skills-action-plan-2019.pdf",
    "ni-del-ict-action-plan-2012.pdf",
    "ni-investni-digital-northern-ireland-2020-2017.pdf",
    "nl-digital-agenda-2016.pdf",
    "se-ict-for-everyone-digital-agenda-2011.pdf",
    "se-national-approach-to-ai-2018.pdf",
    "uk-beis-dcms-ai-sector-deal-2019.pdf",
    "uk-moj-digital-roadmap-annex1-2012.pdf",
    "uk-moj-digital-strategy-2012.pdf",
    "uk-nhsx-artificial-intelligence-how-to-get-it-right-2019.pdf",
    "us-federal-data-strategy-action-plan-2021.pdf",
    "us-federal-data-strategy-framework-2019.pdf",
    "us-federal-data-strategy-principles-2018.pdf",
    "us-federal-financial-data-strategy-draft-2020.pdf",
]

# pdftotext breaks the rotated labels of this roadmap into letter fragments and counts each as a word.
PDFTOTEXT_OUTLIERS = {"uk-moj-digital-roadmap-annex1-2012.pdf"}


@functools.cache
def parsed(name: str) -> Document:
    return parse(corpus_file(name), Limits())


def headings(name: str) -> dict[str, int]:
    return {h.text: h.level for h in parsed(name).headings}


def reference_words(path: Path) -> int:
    """Words in pdftotext's output or, without poppler, in PDFium's raw page text."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, check=False)
        return count_words(out.stdout.decode("utf-8", "replace"))
    pdf = pdfium.PdfDocument(str(path))
    try:
        return sum(count_words(pdf[i].get_textpage().get_text_range().replace("\ufffe", ""))
                   for i in range(len(pdf)))
    finally:
        pdf.close()


@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_PDF)
def test_corpus_pdf_parses_with_sane_words_pages_and_locations(name: str) -> None:
    path = corpus_file(name)
    doc = parsed(name)
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert doc.meta.pages == len(pdf)
    finally:
        pdf.close()
    if name not in PDFTOTEXT_OUTLIERS:
        expected = reference_words(path)
        assert abs(doc.words - expected) <= 0.15 * expected, (doc.words, expected)
    assert doc.words > 400
    pages = doc.meta.pages or 0
    last = (0, 0)
    for block in doc.blocks:
        page, line_no = block.location.page or 0, block.location.line or 0
        assert 1 <= page <= pages and line_no >= 1
        assert (page, line_no) > last, block  # reading order: pages ascend, lines ascend on a page
        last = (page, line_no + len(block.line_starts))
        assert block.text and block.text == " ".join(block.text.split())
        assert list(block.line_starts) == sorted(set(block.line_starts))
        assert all(0 < start < len(block.text) for start in block.line_starts)
    for heading in doc.headings:
        assert 1 <= heading.level <= 6
        assert re.search(r"[^\W\d_]", heading.text), heading.text  # never a bare number
        assert not heading.text.endswith((".", ",", ";")), heading.text
        assert len(heading.text.split()) <= 20, heading.text


@pytest.mark.corpus
def test_corpus_moj_headings_levels_and_running_header() -> None:
    name = "uk-moj-digital-strategy-2012.pdf"
    found = headings(name)
    for chapter in ["3. VISION", "4. SCOPE", "6. THEMES & ACTIONS", "7. GLOSSARY"]:
        assert chapter in found, chapter
    for section in ["6.1 TRANSFORMING OUR SERVICES", "6.2 TRANSFORMING THE WAY WE WORK"]:
        assert found[section] > found["3. VISION"], section
    for sub in ["6.1.1 EXEMPLAR SERVICES", "6.2.4 ADOPTING AGILE DEVELOPMENT",
                "6.3.2 USING ‘OPEN SOURCE’ SOLUTIONS"]:
        assert found[sub] > found["6.1 TRANSFORMING OUR SERVICES"], sub
    assert "TRANSFORMING THE WAY WE WORK" in found  # two lines joined into one heading
    assert "December 2012" not in found  # the cover's date is not a heading
    doc = parsed(name)
    # Pages from 3 on carry "MINISTRY OF JUSTICE DIGITAL STRATEGY" at the top and "<page - 2> December
    # 2012" at the foot (both on one line on the landscape annex pages); none may survive as text.
    assert not [b for b in doc.blocks if "MINISTRY OF JUSTICE DIGITAL STRATEGY" in b.text.upper()]
    footers = [b for b in doc.blocks if b.text == f"{(b.location.page or 0) - 2} December 2012"]
    assert not footers
    assert block_with(doc, "20 December 2012").location.page == 3  # the foreword's date stays
    assert [b.text for b in doc.blocks if b.location.page == 1] == ["December 2012"]
    contents = [b for b in doc.blocks if b.location.page == 2]
    assert contents[0].text == "CONTENTS" and contents[0].kind is BlockKind.HEADING
    assert all(b.kind is not BlockKind.HEADING for b in contents[1:])
    vision = block_with(doc, "We will achieve this by:")
    items = doc.blocks[doc.blocks.index(vision) + 1: doc.blocks.index(vision) + 6]
    assert [b.kind for b in items] == [BlockKind.LIST_ITEM] * 5
    assert items[0].text == "Establishing a digital by default approach to all services by 2013."


@pytest.mark.corpus
def test_corpus_dk_headings_hoisted_and_running_header_removed() -> None:
    name = "dk-digital-strategy-2016-2020.pdf"
    doc = parsed(name)
    found = headings(name)
    for expected in ["We must seize the digital opportunities", "Continuous modernisation necessary",
                     "WHO IS PARTICIPATING?", "Expenditures and revenues will come under pressure",
                     "A user-friendly and simple digital public sector", "Robust digital infrastructure"]:
        assert expected in found, expected
    assert found["Continuous modernisation necessary"] > found["Denmark on the way"]
    # PDFium lists this page title after the page's text; it sits above it, so it opens the page.
    on_the_way = next(h for h in doc.headings if h.text == "Denmark on the way")
    assert (on_the_way.location.page, on_the_way.location.line) == (10, 1)
    assert block_with(doc, "Although Denmark has already become far").section_path[-1] == "Denmark on the way"
    # Running header "A STRONGER AND MORE SECURE DIGITAL DENMARK <n>" (or "<n> A STRONGER ...") on
    # every page; what is left is the contents entry (p.3) and the foreword's title (p.4).
    header = re.compile(r"^(\d+ )?A STRONGER AND MORE SECURE DIGITAL DENMARK( \d+)?$")
    assert [(b.location.page, b.kind) for b in doc.blocks if header.match(b.text)] == [
        (3, BlockKind.PARAGRAPH), (4, BlockKind.HEADING)]
    assert doc.meta.pages_without_text == [18, 32, 44]
    assert "everyday life" in block_with(doc, "high expectations for digital public services").text


@pytest.mark.corpus
def test_corpus_word_and_chrome_exports() -> None:
    found = headings("ca-bc-hosting-and-application-development-strategy-2020.pdf")
    for expected in ["Executive Summary", "1. Introduction", "2. Opportunities for modern hosting and "
                     "application development", "Vision and principles", "Next Steps"]:
        assert expected in found, expected
    cbi = parsed("ni-cbi-digital-skills-action-plan-2019.pdf")
    assert "Digital skills are increasingly demanded throughout the economy" in headings(
        "ni-cbi-digital-skills-action-plan-2019.pdf")
    assert not [b for b in cbi.blocks if "Towards a Digital Skills Action Plan for Northern Ireland" in b.text
                and re.search(r"^\d+ |\d+$", b.text)]
    cn = headings("cn-state-council-next-generation-ai-development-plan-2017-en.pdf")
    assert {"I. The Strategic Situation", "II. The Overall Requirements", "III. Focus Tasks"} <= set(cn)
    assert cn["(1) Guiding Ideology"] > cn["II. The Overall Requirements"]


@pytest.mark.corpus
def test_corpus_metadata_encryption_and_pages_without_text() -> None:
    sweden = parsed("se-ict-for-everyone-digital-agenda-2011.pdf")
    assert any("encrypted" in note for note in sweden.meta.notes) and sweden.words > 25000
    assert len(parsed("dk-national-strategy-for-ai-2019.pdf").meta.pages_without_text) == 13
    assert parsed("be-digital-belgium-status-2017.pdf").meta.pages_without_text == [1, 8, 20]
    assert parsed("bupa-it-strategy-proposal-outline-2026.pdf").meta.title is None  # a .md file name
    assert parsed("cn-state-council-next-generation-ai-development-plan-2017-en.pdf").meta.title is None
    moj = parsed("uk-moj-digital-strategy-2012.pdf").meta
    assert moj.title == "Ministry of Justice: Digital Strategy December 2012"
    assert moj.author == "Ministry of Justice"
    assert moj.created == datetime(2012, 12, 21, 10, 10, 27, tzinfo=UTC)
    assert parsed("dk-digital-strategy-2016-2020.pdf").meta.modified == datetime(
        2016, 12, 9, 13, 43, 21, tzinfo=timezone(timedelta(hours=1)))
