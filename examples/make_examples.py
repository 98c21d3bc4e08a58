"""Generate the two binary examples: a DOCX and a PDF strategy, both invented.

* ``mixed-college-it-strategy.docx``: Castlebrook College's IT strategy 2024-2027, built with
  python-docx. Real ``Heading 1``/``Heading 2`` styles, a bulleted list of objectives, a table of
  actions (action / owner / date) and core properties (title, author, created 2024-09-01). Mixed on
  purpose: some objectives are measurable, some are vague, and nothing is de-prioritised.
* ``bad-agency-data-strategy.pdf``: the Brightwater Regional Transport Agency's "Data Strategy
  2024-2034", built with fpdf2 and its core fonts (so the text is latin-1: no curly quotes or en
  dashes). A large bold title, bold section headings, body paragraphs, a bulleted list of priorities,
  a running header and a page number in the footer of every page; PDF creation date 2024-05-01.
  It shows a ten-year horizon, a wish list and vague objectives.

Both organisations and their texts are invented. The output is deterministic: fixed dates, no random
values, and the DOCX zip is rewritten with fixed member timestamps, so re-running the script gives
byte-identical files (for the same python-docx and fpdf2 versions).

Re-run from the project root, with the dev venv (python-docx and fpdf2 installed)::

    .venv/bin/python examples/make_examples.py

The files are written next to this script, replacing the committed ones.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCX_PATH = HERE / "mixed-college-it-strategy.docx"
PDF_PATH = HERE / "bad-agency-data-strategy.pdf"
FIXED_ZIP_TIME = (2024, 9, 1, 9, 0, 0)
NEXT_LINE = {"new_x": "LMARGIN", "new_y": "NEXT"}  # fpdf2: after a multi_cell, start the next line


# --------------------------------------------------------------------------------------------------
# DOCX: Castlebrook College IT Strategy 2024-2027 (mixed)
# --------------------------------------------------------------------------------------------------

COLLEGE_TITLE = "Castlebrook College IT Strategy 2024-2027"

COLLEGE_INTRO = [
    "Castlebrook College teaches around 6,500 students a year, from school leavers on vocational "
    "courses to adults returning to learn in the evenings. This strategy sets out how IT will support "
    "the College's Strategic Plan 2024-2027 and its three aims: excellent teaching, student success "
    "and a sustainable college.",
    "It was written by the IT Services team with input from teaching staff, the Students' Union and "
    "the senior leadership team during the summer term of 2024.",
]

COLLEGE_CONTEXT = [
    "Over the last three years we moved email and file storage to the cloud, replaced the student "
    "records system and gave every teaching room a working projector. Staff survey results for IT "
    "rose from 48% satisfied in 2022 to 63% in 2024.",
    "There is still a lot to do. Wi-Fi in the Riverside building is unreliable, many classroom "
    "computers are more than seven years old, and students tell us the virtual learning environment "
    "is hard to use on a phone.",
]

COLLEGE_OBJECTIVES = [
    "Provide reliable Wi-Fi in every teaching space on all three campuses by July 2025.",
    "Replace all classroom computers older than six years by August 2026, within a budget of \u00a3450,000.",
    "Achieve Cyber Essentials Plus certification by March 2025 and keep it every year.",
    "Raise staff satisfaction with IT services from 63% to 80% by July 2027.",
    "Enhance the student digital experience and embrace innovative approaches to learning.",
    "Foster a culture of digital excellence across the College.",
    "Support teaching staff to make the most of new technologies, including AI.",
    "Work towards a seamless, joined-up experience for students from enquiry to enrolment.",
]

COLLEGE_DIGITAL_SKILLS = [
    "We will continue to support staff and students to develop their digital skills. We will explore "
    "new ways to promote digital confidence, and we will strengthen our partnerships with local "
    "employers so that students leave with the skills that industry needs.",
    "Every new member of staff will complete IT induction training within their first month.",
]

COLLEGE_ACTIONS = [
    ("Survey and upgrade Wi-Fi in the Riverside building", "Network Manager", "December 2024"),
    ("Cyber Essentials Plus assessment", "Head of IT Services", "March 2025"),
    ("Wi-Fi upgrade on Market Street and Hillside campuses", "Network Manager", "July 2025"),
    ("Classroom computer replacement, phase 1 (300 devices)", "IT Operations Lead", "August 2025"),
    ("Mobile-friendly VLE pilot with two curriculum areas", "Head of Digital Learning", "January 2026"),
    ("Classroom computer replacement, phase 2 (280 devices)", "IT Operations Lead", "August 2026"),
]

COLLEGE_GOVERNANCE = [
    "The IT Strategy Group, chaired by the Deputy Principal, meets each term to oversee delivery. The "
    "strategy will be reviewed annually by the Corporation's Finance and Resources Committee, and "
    "progress will be reported to governors every summer term.",
]


def _fix_zip_times(data: bytes) -> bytes:
    """The same zip with fixed member timestamps, so that the file is byte-identical on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build_docx(path: Path = DOCX_PATH) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    props = doc.core_properties
    props.title = COLLEGE_TITLE
    props.author = "Castlebrook College IT Services"
    props.last_modified_by = "Castlebrook College IT Services"
    props.subject = "IT strategy"
    props.keywords = "IT strategy; digital; college"
    props.comments = "Invented example for strategylint. Not a real organisation."
    props.created = datetime(2024, 9, 1, 9, 0, 0)
    props.modified = datetime(2024, 9, 1, 9, 0, 0)
    props.revision = 1

    doc.add_paragraph(COLLEGE_TITLE, style="Title")
    doc.add_paragraph("Approved by the Corporation, September 2024")

    doc.add_heading("1. Introduction", level=1)
    for text in COLLEGE_INTRO:
        doc.add_paragraph(text)

    doc.add_heading("2. Where we are now", level=1)
    for text in COLLEGE_CONTEXT:
        doc.add_paragraph(text)

    doc.add_heading("3. Our objectives", level=1)
    doc.add_paragraph("Over the three years of this strategy, IT Services will:")
    for text in COLLEGE_OBJECTIVES:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("4. Digital skills", level=1)
    for text in COLLEGE_DIGITAL_SKILLS:
        doc.add_paragraph(text)

    doc.add_heading("5. Delivery plan", level=1)
    doc.add_heading("5.1 Key actions", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ("Action", "Owner", "Date"), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(label).bold = True
    for action, owner, when in COLLEGE_ACTIONS:
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = action, owner, when

    doc.add_heading("5.2 Governance", level=2)
    for text in COLLEGE_GOVERNANCE:
        doc.add_paragraph(text)

    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fix_zip_times(buffer.getvalue()))


# --------------------------------------------------------------------------------------------------
# PDF: Brightwater Regional Transport Agency Data Strategy 2024-2034 (bad)
# --------------------------------------------------------------------------------------------------

AGENCY = "Brightwater Regional Transport Agency"
AGENCY_TITLE = "Data Strategy 2024-2034"

AGENCY_SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Foreword",
        [
            "Data is the lifeblood of a modern transport network. Every journey, every ticket and every "
            "sensor on our roads and railways creates data that could help us serve the region better. "
            "This strategy sets out our ten-year ambition to become a truly data-driven agency by 2034.",
            "Over the next ten years we will unlock the full value of our data for passengers, operators, "
            "local authorities and the wider economy. The journey will not always be easy, but we are "
            "confident that together we can make Brightwater a leader in transport data.",
        ],
    ),
    (
        "Our vision",
        [
            "By 2034, Brightwater will be a world-class, insight-led organisation where data drives every "
            "decision and every passenger enjoys a seamless, personalised journey across all modes of "
            "transport.",
        ],
    ),
    (
        "The opportunity",
        [
            "The volume of transport data is growing rapidly. Smart ticketing, connected vehicles and "
            "real-time information are creating new opportunities to understand how people travel. "
            "Advances in analytics and artificial intelligence mean that we can now do things that were "
            "impossible only a few years ago.",
            "At the same time, passengers expect more. They want accurate information, easy payment and "
            "journeys that fit around their lives. We must rise to meet these expectations.",
        ],
    ),
]

AGENCY_PRIORITIES_INTRO = (
    "To realise our vision we have identified nine strategic priorities. All of them matter, and we "
    "will take them forward together over the life of this strategy:"
)

AGENCY_PRIORITIES = [
    "Data as a strategic asset: we will foster a culture that values data across the agency.",
    "Open data: we will strive to open up our data to drive innovation and economic growth.",
    "Insight for decision-making: we will enhance our analytical capability to support better decisions.",
    "Passenger-centred data: we will harness data to deliver seamless, personalised journeys.",
    "Partnerships: we will strengthen partnerships with operators, academia and industry.",
    "Advanced analytics and AI: we will explore how artificial intelligence and predictive analytics "
    "can transform our services.",
    "Smart infrastructure: we will work towards a connected, intelligent transport network.",
    "Data ethics and trust: we will promote the ethical and transparent use of data.",
    "Skills and culture: we will empower our people to become confident, data-literate leaders.",
]

AGENCY_CLOSING: list[tuple[str, list[str]]] = [
    (
        "How we will get there",
        [
            "Delivering this strategy will require sustained commitment and investment over the coming "
            "decade. We will work closely with our partners to identify funding opportunities and to "
            "develop innovative delivery models.",
            "We will establish a Data Leadership Forum to champion the strategy and to encourage best "
            "practice across the organisation. Detailed plans will be developed as the strategy is "
            "implemented.",
        ],
    ),
    (
        "Measuring success",
        [
            "Success will mean a transformed agency in which data is valued, trusted and used to improve "
            "every journey. We will know we have succeeded when Brightwater is recognised as a leader in "
            "transport data, nationally and internationally.",
        ],
    ),
    (
        "Conclusion",
        [
            "This is an ambitious strategy for an ambitious region. By 2034 we will have transformed the "
            "way we collect, share and use data, and we will have created a data-driven agency fit for "
            "the future. We look forward to working with all of our partners to make this vision a "
            "reality.",
        ],
    ),
]


class AgencyPDF(FPDF):
    """A4 pages with a running header and a page-numbered footer."""

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"{AGENCY} | {AGENCY_TITLE}", align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.set_text_color(110, 110, 110)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, text, **NEXT_LINE)
    pdf.ln(1)


def _paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, text, **NEXT_LINE)
    pdf.ln(3)


def _bullet(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 11)
    indent = 6
    pdf.set_x(pdf.l_margin + 2)
    pdf.cell(indent - 2, 6, "-")
    pdf.multi_cell(0, 6, text, **NEXT_LINE)
    pdf.ln(1)


def build_pdf(path: Path = PDF_PATH) -> None:
    pdf = AgencyPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(f"{AGENCY}: {AGENCY_TITLE}")
    pdf.set_author(AGENCY)
    pdf.set_subject("Data strategy")
    pdf.set_creator("strategylint examples/make_examples.py")
    pdf.set_keywords("data strategy, transport")
    pdf.set_creation_date(datetime(2024, 5, 1))
    pdf.add_page()

    pdf.ln(18)
    pdf.set_font("Helvetica", "B", 26)
    pdf.multi_cell(0, 12, AGENCY_TITLE, **NEXT_LINE)
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 9, AGENCY, **NEXT_LINE)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Published May 2024", **NEXT_LINE)
    pdf.ln(8)

    for title, paragraphs in AGENCY_SECTIONS:
        _heading(pdf, title)
        for text in paragraphs:
            _paragraph(pdf, text)

    _heading(pdf, "Our strategic priorities")
    _paragraph(pdf, AGENCY_PRIORITIES_INTRO)
    for text in AGENCY_PRIORITIES:
        _bullet(pdf, text)
    pdf.ln(2)

    for title, paragraphs in AGENCY_CLOSING:
        _heading(pdf, title)
        for text in paragraphs:
            _paragraph(pdf, text)

    pdf.output(str(path))


def main() -> None:
    build_docx()
    build_pdf()
    for path in (DOCX_PATH, PDF_PATH):
        print(f"wrote {path.relative_to(HERE.parent)} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
