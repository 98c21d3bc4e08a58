"""Fuzz the parsers: mutate seed documents and read each mutant with a time and memory limit.

    python tools/fuzz.py [SEEDS...] [--inputs N] [--jobs J] [--seed S] [--timeout SECONDS]
                         [--memory-mb MB] [--out DIR] [--report-slow SECONDS]

SEEDS are files or folders (default: ``examples/`` plus small documents generated here: PDFs from
fpdf2, compressed and not, a DOCX from python-docx, and Markdown, HTML and text). Each input is a seed
with one to four mutations stacked: bit and byte flips, "interesting" bytes and numbers (0, -1, 2^31,
huge), truncation, chunk deletion, duplication and insertion, splicing two seeds of a format, hostile
snippets for the text formats (deep nesting, unclosed markup, control and bidi characters) and lines
moved, dropped or repeated, PDF keywords and content-stream operators with odd operands, and for
DOCX the zip's members: an XML part mutated and the zip rebuilt, the compressed bytes corrupted, a
central-directory field changed. One input in twenty gets another format's suffix, so sniffing is
exercised too. Inputs are derived from ``--seed`` and their number only, so a run can be repeated.

Every input goes through `read_document(..., strict=True)` in a worker process (the `WorkerPool` of
`strategylint.runner`: workers are reused, one input at a time each) limited to ``--memory-mb`` of
address space (RLIMIT_AS, default 1 GB) and ``--timeout`` seconds (default 60). Outcomes:

* document: a `Document` came back;
* clean error: an `InputError`, the designed refusal;
* crash: any other exception (strict mode lets parser bugs through), or the worker died (a signal);
* hang: past the timeout, the worker was killed;
* memory: `MemoryError` under the address-space limit.

Each crash, hang and memory blow-up is run again alone in a fresh worker to see whether it
reproduces, and saved under ``--out`` (default ``fuzz-findings/``) as the input file plus a ``.txt``
with the outcome and traceback. The run ends with the counts, the distinct crash signatures, and the
slowest inputs. Exit code 1 when anything but documents and clean errors was found.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from strategylint.runner import Died, Done, Failed, Outcome, TimedOut, WorkerPool  # noqa: E402

SUFFIXES = (".pdf", ".docx", ".md", ".html", ".txt")
Mutator = Callable[[bytes, random.Random], bytes]


# --------------------------------------------------------------------------------------------------
# Seeds


@dataclass(frozen=True, slots=True)
class Seed:
    name: str
    suffix: str
    data: bytes


def generated_seeds() -> list[Seed]:
    """Small documents of every format; the PDF and DOCX ones only when fpdf2 and python-docx are there."""
    seeds = [
        Seed("gen-md", ".md", (
            b"---\ntitle: Fuzz strategy\ndate: 2024-03-01\n---\n# Digital Strategy 2024-2027\n\n"
            b"Published March 2024. We will move **80%** of [transactions](https://example.org) online by "
            b"2026.\n\n## Priorities\n\n1. Fix the *basics*\n   - Wi-Fi\n   - laptops\n2. Data {: .x}\n\n"
            b"| Action | Owner |\n|---|---|\n| Wi-Fi | CIO |\n\n> Quote [^1]\n\n[^1]: Note.\n\n"
            b"<div>\nhtml\n</div>\nAfter html.\n\n```\ncode\n```\n")),
        Seed("gen-html", ".html", (
            b"<!doctype html><html><head><meta charset='utf-8'><title>Strategy</title></head><body>"
            b"<nav>menu</nav><main><h1>Digital Strategy</h1><p>We will <b>fix</b> the basics.<br><br>Then"
            b"</p><ul><li>One<ul><li>Two</li></ul></li></ul><table><tr><td>Cell</td><th>Head</th></tr>"
            b"</table><section><header>Own header</header><p>Text &amp; more &#x2014; &nbsp;</p>"
            b"</section><div hidden>no</div><!-- c --></main><footer>f</footer></body></html>")),
        Seed("gen-txt", ".txt", (
            "DIGITAL STRATEGY\n================\n\nContents\n1. Vision ........ 3\n2. Delivery .... 9\n\n"
            "1. Vision\n\nWe will move services online by 2026. The board reviews it every April.\n\n"
            "2. Delivery\n\n• First item\n  o nested item\n• Second item\n\nPage 3 of 10\n\n"
            "Chapter 2: Data\n\nText.\n").encode()),
        Seed("gen-txt-1252", ".txt", "Stratégie numérique\n\n“Quotes” – dash.\n".encode("cp1252")),
    ]
    try:
        from fpdf import FPDF
    except ImportError:  # fpdf2 and python-docx come with the test extra
        pass
    else:
        for compress in (False, True):
            pdf = FPDF()
            pdf.compress = compress
            pdf.set_title("Fuzz strategy")
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 20)
            pdf.cell(text="Digital Strategy 2024-2027", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 5, "We will move 80% of transactions online by 2026. " * 6)
            pdf.cell(text="- a list item", new_x="LMARGIN", new_y="NEXT")
            pdf.link(10, 10, 20, 5, "https://example.org/")
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(text="Priorities", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 5, "The board reviews this strategy every April. " * 4)
            seeds.append(Seed(f"gen-pdf-{'deflate' if compress else 'plain'}", ".pdf", bytes(pdf.output())))
    try:
        import docx
    except ImportError:
        pass
    else:
        word = docx.Document()
        word.core_properties.title = "Fuzz strategy"
        word.add_heading("Digital Strategy", 1)
        word.add_paragraph("We will move 80% of transactions online by 2026.")
        word.add_paragraph("Fix the basics", style="List Bullet")
        word.add_heading("Priorities", 2)
        table = word.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Action"
        table.cell(1, 1).text = "Owner"
        buffer = io.BytesIO()
        word.save(buffer)
        seeds.append(Seed("gen-docx", ".docx", buffer.getvalue()))
    return seeds


def file_seeds(paths: list[Path]) -> list[Seed]:
    seeds: list[Seed] = []
    for path in paths:
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES) if path.is_dir() else [path]
        for file in files:
            data = file.read_bytes()
            if data:
                seeds.append(Seed(file.name, file.suffix.lower(), data))
    return seeds


# --------------------------------------------------------------------------------------------------
# Mutations

INTERESTING_BYTES = b"\x00\x01\x7f\x80\xff()<>[]{}/%\\\n\r\"'&#!*_`-=.:;\x1b"
INTERESTING_NUMBERS = (b"0", b"-1", b"1", b"65535", b"2147483647", b"-2147483648", b"4294967296",
                       b"99999999999999999999", b"1e308", b"-0", b"0.0000001", b"NaN", b"3.4e38")
SNIPPETS = (
    b"<" * 200, b"[" * 500, b"*" * 300, b"_" * 300, b"`" * 200, b"> " * 300, b"- " * 300, b"1. " * 200,
    b"<div>" * 500, b"<ul><li>" * 300, b"<table><tr><td>" * 100, b"<!--", b"<![CDATA[", b"<!x%", b"</",
    b"&#x110000;", b"&#0;", b"&" + b"a" * 100 + b";", b"\x00\x00\x00", b"\xef\xbb\xbf", b"\xff\xfe",
    "\u202e\u2066\u2028".encode(), b"\x1b[2J\x1b]0;t\x07", b"\r" * 50, b"\t" * 200, b"#" * 10 + b" H\n",
    b"---\n" * 5, b"+++\n", b"{{" * 100, b"{%" * 100, b"[^" * 100, b"{:" * 100, b"\n" * 500,
    b"=" * 80 + b"\n", b"\xe2\x80", b"\xed\xa0\x80", b"(" * 100, b"\\" * 100, b" " * 5000,
)
PDF_TOKENS = (b"/Length", b"/Count", b"/Kids", b"/Parent", b"/Type /Page", b"/Resources", b"/Font",
              b"/Contents", b"/Filter /FlateDecode", b"/Root", b"/Size", b"/Prev", b"/XRef", b"/ObjStm",
              b"/Encrypt", b"/Rotate 90", b"/MediaBox [0 0 0 0]", b"/CropBox [1 1 -5 -5]", b"BT", b"ET",
              b"Tf", b"Tj", b"TJ", b"Tm", b"cm", b"q", b"Q", b"startxref", b"trailer", b"xref", b"endobj",
              b"stream", b"endstream", b"R", b"<<", b">>", b"/UserUnit 1e30", b"/ToUnicode")
XML_SNIPPETS = (b"<w:p>" * 200, b"<w:tbl><w:tr><w:tc>" * 50, b"<w:sdt><w:sdtContent>" * 100,
                b"<w:r><w:t>x</w:t></w:r>", b"</w:body>", b"<w:body>", b"<!DOCTYPE x>", b"&amp;", b"&#0;",
                b"<w:pStyle w:val=\"Heading1\"/>", b"<w:outlineLvl w:val=\"-5\"/>", b"<w:sz w:val=\"-99999\"/>",
                b"<w:numPr><w:ilvl w:val=\"999999999999\"/><w:numId w:val=\"1\"/></w:numPr>",
                b"<w:basedOn w:val=\"Normal\"/>", b"\xff\xfe", b"<?xml version='1.0' encoding='ebcdic'?>")


def _position(data: bytes, rng: random.Random) -> int:
    return rng.randrange(len(data) + 1)


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_bytes(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        out[rng.randrange(len(out))] = rng.choice(INTERESTING_BYTES)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))] if data else data


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, min(4096, len(data) - start)):]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    chunk = data[start: start + rng.randint(1, 2048)]
    at = _position(data, rng)
    return data[:at] + chunk * rng.choice((1, 2, 8, 64)) + data[at:]


def insert_random(data: bytes, rng: random.Random) -> bytes:
    at = _position(data, rng)
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


def insert_snippet(data: bytes, rng: random.Random) -> bytes:
    at = _position(data, rng)
    return data[:at] + rng.choice(SNIPPETS) * rng.choice((1, 1, 10)) + data[at:]


_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")


def change_number(data: bytes, rng: random.Random) -> bytes:
    numbers = list(_NUMBER.finditer(data[:200_000]))
    if not numbers:
        return flip_bits(data, rng)
    match = rng.choice(numbers)
    return data[: match.start()] + rng.choice(INTERESTING_NUMBERS) + data[match.end():]


def pdf_token(data: bytes, rng: random.Random) -> bytes:
    """Replace, delete or insert a PDF keyword."""
    token = rng.choice(PDF_TOKENS)
    spots = [m.start() for m in re.finditer(re.escape(token), data[:500_000])]
    if spots and rng.random() < 0.5:
        at = rng.choice(spots)
        return data[:at] + (rng.choice(PDF_TOKENS) if rng.random() < 0.7 else b"") + data[at + len(token):]
    at = _position(data, rng)
    return data[:at] + b" " + token + b" " + data[at:]


CONTENT_SNIPPETS = (  # PDF content-stream operators with odd operands
    b"BT /F1 12 Tf 0 0 0 0 0 0 Tm (Zero matrix) Tj ET", b"q 0 0 0 0 0 0 cm BT /F1 9 Tf 9 9 Td (Zero cm) Tj ET Q",
    b"BT /F1 12 Tf 99999999999 0 0 99999999999 99999999999 99999999999 Tm (Huge) Tj ET",
    b"BT /F1 340282346638528859811704183484516925440 Tf 10 10 Td (Overflow) Tj ET",
    b"BT /F1 12 Tf 0 1 -1 0 100 100 Tm (Rotated) Tj ET", b"BT /F1 -12 Tf 100 100 Td (Negative) Tj ET",
    b"BT /F1 12 Tf 100 400 Td (Same spot) Tj ET " * 20, b"BT 3 Tr /F1 12 Tf 100 300 Td (Invisible) Tj ET",
    b"BT /F1 12 Tf 100 300 Td () Tj ET", b"BT /F1 12 Tf 100 300 Td (\\000\\033[2J\\r\\n) Tj ET",
    b"BT /F1 12 Tf 100 300 Td (trans-) Tj 0 -14 Td (formation) Tj ET", b"BT 100 300 Td (No font) Tj ET",
    b"BT /F1 12 Tf 0 Tz 100 300 Td (Zero scale) Tj ET", b"BT /F1 12 Tf 1e30 TL 100 300 Td (A) Tj T* (B) Tj ET",
    b"BT /F1 30 Tf 100 700 Td (Big Title Line) Tj ET", b"BT /F1 12 Tf 100 30 Td (Page 7 of 9) Tj ET",
    b"BT /F1 12 Tf 100 300 Td [(Spread) -9000 (cells) -9000 (row)] TJ ET",
    b"BT /F1 12 Tf 100 300 Td (Contents) Tj 0 -14 Td (Intro ........ 3) Tj ET", b"q Q " * 200, b"q " * 300,
    b"BT " * 50, b"ET " * 50, b"/F9 12 Tf", b"1 0 0 RG 0 0 1000000 1000000 re f",
)


def pdf_content(data: bytes, rng: random.Random) -> bytes:
    """Insert content-stream operators where a text object ends or a stream starts."""
    spots = [m.end() for m in re.finditer(rb"ET\s|stream\r?\n", data[:500_000])]
    if not spots:
        return pdf_token(data, rng)
    at = rng.choice(spots)
    return data[:at] + rng.choice(CONTENT_SNIPPETS) + b"\n" + data[at:]


def shuffle_lines(data: bytes, rng: random.Random) -> bytes:
    """Duplicate, drop or move whole lines: headings, list items and tables change shape."""
    lines = data.split(b"\n")
    if len(lines) < 2:
        return insert_snippet(data, rng)
    for _ in range(rng.randint(1, 6)):
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        action = rng.random()
        if action < 0.4:
            lines.insert(j, lines[i])
        elif action < 0.6 and len(lines) > 2:
            del lines[i]
        else:
            lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


GENERIC: tuple[Mutator, ...] = (flip_bits, set_bytes, truncate, delete_chunk, duplicate_chunk, insert_random,
                                change_number)
TEXTUAL: tuple[Mutator, ...] = (*GENERIC, insert_snippet, insert_snippet, insert_snippet, shuffle_lines, shuffle_lines)
PDF: tuple[Mutator, ...] = (*GENERIC, change_number, change_number, pdf_token, pdf_token, pdf_token, pdf_content,
                            pdf_content, pdf_content)


def mutate_zip_member(data: bytes, rng: random.Random) -> bytes:
    """Mutate one member of a zip (its XML mostly) and rebuild the zip; plain bytes if it is no zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:
        return rng.choice(GENERIC)(data, rng)
    if not members:
        return data
    weights = [5 if info.filename.endswith(".xml") else 1 for info, _ in members]
    target = rng.choices(range(len(members)), weights)[0]
    info, content = members[target]
    choice = rng.random()
    if choice < 0.45 and info.filename.endswith((".xml", ".rels")):
        content = xml_valid_change(content, rng)
    elif choice < 0.6:
        at = _position(content, rng)
        content = content[:at] + rng.choice(XML_SNIPPETS) * rng.choice((1, 1, 20)) + content[at:]
    elif choice < 0.7:  # duplicate or drop an element-sized stretch between tags
        tags = [m.start() for m in re.finditer(rb"<", content)]
        if len(tags) >= 2:
            a, b = sorted(rng.sample(tags, 2))
            content = content[:a] + (content[a:b] * rng.choice((0, 2, 10))) + content[b:]
    else:
        content = rng.choice(TEXTUAL)(content, rng)
    out = io.BytesIO()
    method = rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))
    with zipfile.ZipFile(out, "w", method) as rebuilt:
        for index, (member, body) in enumerate(members):
            if index == target:
                if rng.random() < 0.05:
                    continue  # drop the member altogether
                body = content
            rebuilt.writestr(member.filename, body)
    return out.getvalue()


W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BALANCED_XML = (  # well-formed in a WordprocessingML part: they reach python-docx and the reader
    b"<w:p><w:r><w:t>Inserted text 2024</w:t></w:r></w:p>",
    b"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Heading</w:t></w:r></w:p>",
    b"<w:p><w:pPr><w:outlineLvl w:val=\"-7\"/><w:numPr><w:ilvl w:val=\"99999999999\"/>"
    b"<w:numId w:val=\"-1\"/></w:numPr></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"x\"/></w:rPr>"
    b"<w:t>Odd</w:t></w:r></w:p>",
    b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    b"<w:sdt><w:sdtContent>" * 60 + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + b"</w:sdtContent></w:sdt>" * 60,
    b"<w:tbl><w:tr><w:tc>" * 40 + b"<w:p/>" + b"</w:tc></w:tr></w:tbl>" * 40,
    b"<w:customXml>" * 100 + b"<w:p><w:r><w:t>c</w:t></w:r></w:p>" + b"</w:customXml>" * 100,
    b"<w:p>" + b"<w:hyperlink>" * 100 + b"<w:r><w:t>link</w:t></w:r>" + b"</w:hyperlink>" * 100 + b"</w:p>",
    b"<w:p><w:r><w:t>" + "\u202e\x1b[2J".encode() + b"&#x9;&#xD;</w:t><w:tab/><w:br/><w:cr/></w:r></w:p>",
    b"<w:style w:type=\"paragraph\" w:styleId=\"Loop\"><w:name w:val=\"heading 9\"/>"
    b"<w:basedOn w:val=\"Loop\"/></w:style>",
    b"<w:p><w:r><w:t>" + b"x " * 50_000 + b"</w:t></w:r></w:p>",
    b"<w:p/>" * 5_000,
)
_ATTRIBUTE_VALUE = re.compile(rb'(w:val|w:styleId|w:basedOn|r:id|Target|ContentType|PartName)="([^"]{0,200})"')
ODD_VALUES = (b"", b"-1", b"0", b"999999999999999999999", b"NaN", b"heading 1", b"Title", b"../../etc/passwd",
              b"http://127.0.0.1:9/x", b"/word/document.xml", b"rId1", b"Normal", b"List Bullet 9", b"\xc3\xa9")


def xml_valid_change(content: bytes, rng: random.Random) -> bytes:
    """A change that keeps the part well-formed: a balanced element before a tag, or an attribute value."""
    if rng.random() < 0.5:
        values = list(_ATTRIBUTE_VALUE.finditer(content))
        if values:
            match = rng.choice(values)
            return content[: match.start(2)] + rng.choice(ODD_VALUES) + content[match.end(2):]
    tags = [m.start() for m in re.finditer(rb"<w:(?:p|tbl|style|r)\b", content)]
    if not tags:
        return content
    at = rng.choice(tags)
    return content[:at] + rng.choice(BALANCED_XML) * rng.choice((1, 1, 3)) + content[at:]


def corrupt_zip_structure(data: bytes, rng: random.Random) -> bytes:
    """Change a field of a local header or the central directory (sizes, offsets, method, name length)."""
    out = bytearray(data)
    headers = [m.start() for m in re.finditer(rb"PK\x01\x02|PK\x03\x04|PK\x05\x06", data)]
    if not headers:
        return flip_bits(data, rng)
    at = rng.choice(headers) + rng.randrange(4, 46)
    for offset in range(at, min(at + rng.choice((1, 2, 4)), len(out))):
        out[offset] = rng.choice((0x00, 0xFF, 0x7F, 0x80, rng.randrange(256)))
    return bytes(out)


DOCX: tuple[Mutator, ...] = (*(mutate_zip_member,) * 14, corrupt_zip_structure, *GENERIC)


def make_input(number: int, seeds: list[Seed], base_seed: int) -> tuple[str, str, bytes, list[str]]:
    """(seed name, suffix, bytes, mutation names) of input `number`; deterministic."""
    rng = random.Random(f"{base_seed}:{number}")
    seed = seeds[number % len(seeds)]
    data = seed.data
    kinds = {".pdf": PDF, ".docx": DOCX}.get(seed.suffix, TEXTUAL)
    if kinds is DOCX and rng.random() < 0.75:
        kinds = (mutate_zip_member,)  # a zip that stays a zip, so the parts reach python-docx
    applied: list[str] = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
        if rng.random() < 0.04:
            partners = [s for s in seeds if s.suffix == seed.suffix and s is not seed]
            if partners:
                other = rng.choice(partners).data
                cut = rng.randrange(len(data) + 1)
                data = data[:cut] + other[rng.randrange(len(other) + 1):]
                applied.append("splice")
                continue
        mutator = rng.choice(kinds)
        data = mutator(data, rng)
        applied.append(mutator.__name__)
    suffix = seed.suffix if rng.random() >= 0.05 else rng.choice(SUFFIXES)
    return seed.name, suffix, data, applied


# --------------------------------------------------------------------------------------------------
# The worker side


_WORK_DIR: Path | None = None


def _init(base: str, memory_mb: int) -> None:
    global _WORK_DIR
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    import strategylint.parsers.docx
    import strategylint.parsers.html
    import strategylint.parsers.markdown
    import strategylint.parsers.pdf
    import strategylint.parsers.text  # noqa: F401  (imported once per worker, not per input)

    _WORK_DIR = Path(base) / f"worker-{os.getpid()}"
    _WORK_DIR.mkdir(parents=True, exist_ok=True)


def _read_one(task: tuple[int, str, bytes]) -> tuple[str, str, float]:
    """("document" | "error", detail, seconds); any other exception propagates to the pool."""
    from strategylint.parsers import InputError, Limits, read_document

    number, suffix, data = task
    assert _WORK_DIR is not None
    path = _WORK_DIR / f"input-{number}{suffix}"
    path.write_bytes(data)
    limits = Limits()
    started = time.perf_counter()
    try:
        document = read_document(path, limits, strict=True)
    except InputError as exc:
        return "error", str(exc), time.perf_counter() - started
    finally:
        path.unlink(missing_ok=True)
    return "document", f"{len(document.blocks)} blocks, {document.words} words", time.perf_counter() - started


# --------------------------------------------------------------------------------------------------
# The run


@dataclass(slots=True)
class Finding:
    number: int
    seed: str
    suffix: str
    mutations: list[str]
    category: str
    detail: str
    data: bytes
    reproduced: bool | None = None


@dataclass(slots=True)
class Tally:
    tried: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    by_seed: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)
    slow: list[tuple[float, int, str]] = field(default_factory=list)


def classify(outcome: Outcome[tuple[str, str, float]]) -> tuple[str, str, float]:
    if isinstance(outcome, Done):
        kind, detail, seconds = outcome.value
        return ("document" if kind == "document" else "clean error"), detail, seconds
    if isinstance(outcome, TimedOut):
        return "hang", f"no answer within {outcome.seconds:g} s", outcome.seconds
    if isinstance(outcome, Died):
        return "crash", f"worker died: {outcome.describe()}", 0.0
    assert isinstance(outcome, Failed)
    kind = "memory" if outcome.error.startswith("MemoryError") else "crash"
    return kind, f"{outcome.error}\n{outcome.details}", 0.0


def signature(detail: str) -> str:
    """The exception type and the innermost strategylint frame, to group crashes."""
    first = detail.splitlines()[0] if detail else ""
    frames = re.findall(r'File "([^"]*strategylint[^"]*)", line (\d+), in (\w+)', detail)
    where = f" at {Path(frames[-1][0]).name}:{frames[-1][1]} {frames[-1][2]}" if frames else ""
    return f"{first.split(':')[0]}{where}"


def run(args: argparse.Namespace) -> int:
    seeds = generated_seeds() if not args.no_generated else []
    seeds += file_seeds([Path(p) for p in args.seeds] if args.seeds else [ROOT / "examples"])
    if not seeds:
        print("no seeds", file=sys.stderr)
        return 2
    print(f"{len(seeds)} seeds: " + ", ".join(s.name for s in seeds), flush=True)
    out = Path(args.out)
    work = Path(tempfile.mkdtemp(prefix="strategylint-fuzz-"))
    tally = Tally()
    started = time.monotonic()
    batch = 2000
    try:
        with WorkerPool(_read_one, jobs=args.jobs, timeout=args.timeout, initializer=_init,
                        initargs=(str(work), args.memory_mb)) as pool:
            for first in range(0, args.inputs, batch):
                numbers = list(range(first, min(first + batch, args.inputs)))
                inputs = [make_input(n, seeds, args.seed) for n in numbers]
                tasks = [(n, suffix, data) for n, (_, suffix, data, _) in zip(numbers, inputs, strict=True)]
                for position, outcome in pool.run(tasks):
                    number = numbers[position]
                    seed_name, suffix, data, mutations = inputs[position]
                    category, detail, seconds = classify(outcome)
                    tally.tried += 1
                    tally.outcomes[category] += 1
                    tally.by_seed[(seed_name, category)] += 1
                    if category == "clean error":
                        tally.errors[re.sub(r"\d+", "N", detail.split(" (")[0])[:90]] += 1
                    if seconds >= args.report_slow:
                        tally.slow.append((seconds, number, seed_name))
                    if category not in ("document", "clean error"):
                        tally.findings.append(Finding(number, seed_name, suffix, mutations, category, detail, data))
                        print(f"  #{number} {category} ({seed_name}, {'+'.join(mutations)}): "
                              f"{detail.splitlines()[0] if detail else ''}", flush=True)
                elapsed = time.monotonic() - started
                print(f"{tally.tried} inputs in {elapsed:.0f} s ({tally.tried / elapsed:.1f}/s): "
                      + ", ".join(f"{k} {v}" for k, v in sorted(tally.outcomes.items())), flush=True)
        confirm(tally.findings, work, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    save(tally.findings, out)
    report(tally, time.monotonic() - started, out)
    return 1 if tally.findings else 0


def confirm(findings: list[Finding], work: Path, args: argparse.Namespace) -> None:
    """Run each finding again alone, in a fresh worker, to see whether it reproduces."""
    if not findings:
        return
    with WorkerPool(_read_one, jobs=1, timeout=args.timeout, initializer=_init,
                    initargs=(str(work), args.memory_mb)) as alone:
        for finding in findings:
            outcome = next(iter(alone.run([(finding.number, finding.suffix, finding.data)])))[1]
            finding.reproduced = classify(outcome)[0] == finding.category


def save(findings: list[Finding], out: Path) -> None:
    if not findings:
        return
    out.mkdir(parents=True, exist_ok=True)
    for finding in findings:
        stem = f"{finding.category.replace(' ', '-')}-{finding.seed}-{finding.number}"
        (out / f"{stem}{finding.suffix}").write_bytes(finding.data)
        (out / f"{stem}.txt").write_text(
            f"input {finding.number} from {finding.seed} ({'+'.join(finding.mutations)})\n"
            f"outcome: {finding.category} (reproduced alone: {finding.reproduced})\n\n{finding.detail}\n",
            encoding="utf-8")


def report(tally: Tally, elapsed: float, out: Path) -> None:
    print(f"\n{tally.tried} inputs tried in {elapsed:.0f} s ({tally.tried / max(elapsed, 1e-9):.1f}/s)")
    for category in ("document", "clean error", "crash", "hang", "memory"):
        print(f"  {category:<12} {tally.outcomes[category]}")
    print("\nby seed:")
    for seed in sorted({name for name, _ in tally.by_seed}):
        counts = ", ".join(f"{c} {tally.by_seed[(seed, c)]}" for c in ("document", "clean error", "crash", "hang",
                                                                      "memory") if tally.by_seed[(seed, c)])
        print(f"  {seed}: {counts}")
    print("\nmost common clean errors:")
    for message, count in tally.errors.most_common(12):
        print(f"  {count:>6}  {message}")
    if tally.slow:
        print("\nslowest inputs:")
        for seconds, number, seed in sorted(tally.slow, reverse=True)[:10]:
            print(f"  {seconds:6.1f} s  #{number} ({seed})")
    if tally.findings:
        groups = Counter(f"{f.category}: {signature(f.detail)}" for f in tally.findings)
        print(f"\n{len(tally.findings)} findings, saved in {out}/:")
        for group, count in groups.most_common():
            print(f"  {count:>5}  {group}")
        reproduced = sum(1 for f in tally.findings if f.reproduced)
        print(f"  reproduced alone: {reproduced} of {len(tally.findings)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seeds", nargs="*", help="seed files or folders (default: examples/)")
    parser.add_argument("--inputs", type=int, default=10_000, help="mutated inputs to try (default 10000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same inputs")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per input before it is a hang")
    parser.add_argument("--memory-mb", type=int, default=1024, help="address-space limit per worker (0: none)")
    parser.add_argument("--out", default=str(ROOT / "fuzz-findings"), help="where crashing inputs are saved")
    parser.add_argument("--report-slow", type=float, default=2.0, help="list inputs that took this long")
    parser.add_argument("--no-generated", action="store_true", help="only the seeds given, no generated ones")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
