"""Hostile and broken files, end to end through the command line: they never crash, hang, leak or lie.

Every fixture is generated here (the one corpus file skips when the shared corpus is absent). For each
bad file the run gives one line ``strategylint: error: FILE: cause (what to do)`` on standard error,
exits 2, and the good files beside it keep their results; a file that is readable gets a real result.
The parsers' own tests (tests/parsers/) pin the details; these pin the behaviour a user sees.
"""

from __future__ import annotations

import ast
import io
import json
import multiprocessing
import os
import pickle
import random
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner, Result
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from fpdf import FPDF

from strategylint.cli import main
from strategylint.model import Document
from strategylint.parsers import InputError, Limits, read_document
from strategylint.reporters.safe import clean, inert, to_json
from strategylint.runner import Died, Done, Failed, TimedOut, WorkerPool, WorkerStartError
from tests.conftest import ROOT, corpus_file

ERROR_LINE = re.compile(
    r"^strategylint: error: (?P<file>.+?): (?P<cause>.+) \((?P<remedy>[^()]+(?:\([^()]*\)[^()]*)*)\)$")

GOOD = """# Digital Strategy

Published March 2024

Over the next ten years we will move every service to the cloud.
"""
GOOD_QUOTE = "Over the next ten years we will move every service to the cloud."
SENTENCE = "The council will move its services online so that residents can apply and pay at any time. "


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def errors(result: Result) -> dict[str, re.Match[str]]:
    """The error lines by file name; every stderr line must be one, with a cause and a remedy."""
    found: dict[str, re.Match[str]] = {}
    for line in result.stderr.splitlines():
        if not line.strip():
            continue
        match = ERROR_LINE.match(line)
        assert match, f"not a one-line error with a remedy: {line!r}"
        found[Path(match.group("file")).name] = match
    return found


def report(result: Result) -> dict[str, dict[str, Any]]:
    data = json.loads(result.stdout)
    return {Path(doc["path"]).name: doc for doc in data["documents"]}


def good_file(folder: Path, name: str = "good.md") -> Path:
    path = folder / name
    path.write_text(GOOD, encoding="utf-8")
    return path


def assert_good_result(docs: dict[str, dict[str, Any]], name: str = "good.md") -> None:
    doc = docs[name]
    assert doc["error"] is None
    assert any(f["rule"] == "too-long-term" and f["quote"] == GOOD_QUOTE for f in doc["findings"])


def pdf_bytes(fill: str = "text", setup: Any = None) -> bytes:
    pdf = FPDF()
    if setup:
        setup(pdf)
    pdf.add_page()
    if fill == "text":
        pdf.set_font("Helvetica", "B", 18)
        pdf.cell(text="Digital Strategy", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 5, "Published March 2024. Over the next ten years we will move every service to the "
                             "cloud. " + SENTENCE * 3)
    else:  # image-only: a filled shape on each of two pages, no text layer at all
        pdf.set_fill_color(200, 30, 30)
        pdf.rect(20, 20, 150, 200, style="F")
        pdf.add_page()
        pdf.rect(20, 20, 150, 200, style="F")
    return bytes(pdf.output())


def docx_bytes(paragraphs: int = 3, fill: Any = None) -> bytes:
    word = docx.Document()
    word.add_heading("Digital Strategy", 1)
    word.add_paragraph("Published March 2024.")
    for _ in range(paragraphs):
        word.add_paragraph("Over the next ten years we will move every service to the cloud.")
    if fill:
        fill(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info)))
    return out.getvalue()


# --------------------------------------------------------------------------------------------------
# broken files in a batch: one error line each, the good file keeps its result


def _broken_files() -> dict[str, bytes]:
    rng = random.Random(5)
    pdf, word = pdf_bytes(), docx_bytes()
    flipped_pdf = pdf[:9] + bytes(b ^ 0xA5 for b in pdf[9:])
    flipped_docx = word[:4] + bytes(b ^ 0x5A for b in word[4:])
    files = {f"empty{suffix}": b"" for suffix in (".md", ".pdf", ".docx", ".html", ".txt")}
    files.update({f"random{suffix}": rng.randbytes(4096) for suffix in (".md", ".pdf", ".docx", ".html", ".txt")})
    files.update({
        "truncated.pdf": pdf[: len(pdf) // 3],
        "flipped.pdf": flipped_pdf,
        "truncated.docx": word[: len(word) // 2],
        "flipped.docx": flipped_docx,
        "legacy.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000),
        "sheet.docx": _excel_zip(),
    })
    return files


def _excel_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def test_broken_files_each_give_one_error_line_and_the_good_file_its_result(tmp_path: Path) -> None:
    good = good_file(tmp_path)
    broken = {name: write(tmp_path, name, data) for name, data in _broken_files().items()}
    result = run("check", good, *broken.values(), "--format", "json", "-j", "2")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = errors(result)
    assert set(lines) == set(broken), set(broken) ^ set(lines)
    docs = report(result)
    assert_good_result(docs)
    for name in broken:
        match = lines[name]
        assert docs[name]["error"] == f"{match.group('cause')} ({match.group('remedy')})"
        assert docs[name]["findings"] == []
    assert lines["empty.pdf"].group("cause") == "empty file"
    assert "binary data" in lines["random.md"].group("cause")
    assert lines["truncated.pdf"].group("cause").startswith("corrupt or truncated PDF")
    assert "truncated or damaged" in lines["truncated.docx"].group("cause")
    assert "legacy Word" in lines["legacy.docx"].group("cause")
    assert "Excel workbook" in lines["sheet.docx"].group("cause")


def test_output_is_the_same_whatever_the_number_of_jobs(tmp_path: Path) -> None:
    good_file(tmp_path)
    for name, data in list(_broken_files().items())[::3]:
        write(tmp_path, name, data)
    write(tmp_path, "paper.pdf", pdf_bytes())
    serial = run("check", tmp_path, "--format", "json", "-j", "1")
    parallel = run("check", tmp_path, "--format", "json", "-j", "2")
    in_process = run("check", tmp_path, "--format", "json", "-j", "1", "--timeout", "0")
    assert serial.stdout_bytes == parallel.stdout_bytes == in_process.stdout_bytes
    assert serial.stderr == parallel.stderr == in_process.stderr
    assert serial.exit_code == parallel.exit_code == 2


# --------------------------------------------------------------------------------------------------
# files that are readable get a real result


def test_pdf_named_docx_and_docx_named_pdf_are_read_by_their_bytes(tmp_path: Path) -> None:
    pdf = write(tmp_path, "really-a-pdf.docx", pdf_bytes())
    word = write(tmp_path, "really-a-docx.pdf", docx_bytes())
    result = run("check", pdf, word, "--format", "json")
    assert result.exit_code == 1 and result.stderr == ""
    docs = report(result)
    assert docs["really-a-pdf.docx"]["format"] == "PDF"
    assert "named .docx but the bytes are PDF: read as PDF" in docs["really-a-pdf.docx"]["notes"]
    assert docs["really-a-docx.pdf"]["format"] == "DOCX"
    assert "named .pdf but the bytes are DOCX: read as DOCX" in docs["really-a-docx.pdf"]["notes"]
    for doc in docs.values():
        assert any(f["rule"] == "too-long-term" for f in doc["findings"])


def test_text_and_html_named_pdf_or_docx_are_read_by_their_bytes(tmp_path: Path) -> None:
    text = write(tmp_path, "notes.pdf", b"Our digital strategy\n\nBy 2035 we will move every service online.\n")
    page = write(tmp_path, "page.docx", b"<!DOCTYPE html><html><body><p>By 2035 we will move every service online."
                                        b"</p></body></html>")
    result = run("check", text, page, "--format", "json")
    assert result.stderr == ""
    docs = report(result)
    assert docs["notes.pdf"]["format"] == "text" and docs["notes.pdf"]["error"] is None
    assert "named .pdf but the bytes are text: read as text" in docs["notes.pdf"]["notes"]
    assert docs["page.docx"]["format"] == "HTML"
    assert "named .docx but the bytes are HTML: read as HTML" in docs["page.docx"]["notes"]


def test_pdf_with_a_user_password(tmp_path: Path) -> None:
    def lock(pdf: FPDF) -> None:
        pdf.set_encryption(owner_password="owner-secret", user_password="open-sesame")

    path = write(tmp_path, "locked.pdf", pdf_bytes(setup=lock))
    missing = run("check", path)
    assert missing.exit_code == 2
    assert errors(missing)["locked.pdf"].group(0) == f"strategylint: error: {path}: encrypted: needs a password " \
                                                     "(pass --password)"
    wrong = run("check", path, "--password", "guess")
    assert errors(wrong)["locked.pdf"].group("cause") == "encrypted: wrong password"
    right = run("check", path, "--password", "open-sesame", "--format", "json")
    assert right.exit_code == 1 and right.stderr == ""
    doc = report(right)["locked.pdf"]
    assert "encrypted: opened with the password given" in doc["notes"]
    assert any(f["rule"] == "too-long-term" for f in doc["findings"])


def test_pdf_with_an_empty_user_password_just_opens() -> None:
    path = corpus_file("se-ict-for-everyone-digital-agenda-2011.pdf")
    result = run("check", path, "--format", "json", "--select", "too-long-term")
    assert result.stderr == ""
    doc = report(result)[path.name]
    assert doc["error"] is None and doc["words"] > 25_000
    assert any("encrypted with an empty user password" in note for note in doc["notes"])


def test_image_only_pdf_gets_the_no_text_layer_finding(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", pdf_bytes(fill="image"))
    result = run("check", path, "--format", "json")
    assert result.exit_code == 1 and result.stderr == ""
    findings = report(result)["scan.pdf"]["findings"]
    assert [f["code"] for f in findings] == ["SL001"]
    assert "scanned?" in findings[0]["message"] and "Run OCR first" in findings[0]["suggestion"]
    text = run("check", path)
    assert "no-text-layer (SL001)" in text.stdout and "scanned?" in text.stdout


@pytest.mark.parametrize(("name", "data", "note"), [
    ("windows-1252.md", "# Stratégie\n\nOver the next ten years we will move “every” service.\n".encode("cp1252"),
     "Windows-1252"),
    ("latin.txt", "Stratégie numérique\n\nOver the next ten years we will move every service.\n".encode("latin-1"),
     "text encoding"),
    ("page.html", b"<meta charset='iso-8859-1'><h1>Strat\xe9gie</h1><p>Over the next ten years we will move.</p>",
     "ISO-8859-1"),
    ("utf16.md", "# Strategy\n\nOver the next ten years we will move every service.\n".encode("utf-16"), "UTF-16"),
    ("nul.md", b"# Digital\x00 Strategy\n\nOver the next ten years we will\x00 move every service.\n",
     "control character"),
])
def test_non_utf8_text_and_nul_bytes_are_read_with_a_note(tmp_path: Path, name: str, data: bytes,
                                                          note: str) -> None:
    path = write(tmp_path, name, data)
    result = run("check", path, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0 and result.stderr == ""
    doc = report(result)[name]
    assert doc["words"] >= 8
    assert any(note in n for n in doc["notes"]), doc["notes"]
    assert "\x00" not in result.stdout


def test_huge_and_deep_markdown_is_read_in_bounded_time(tmp_path: Path) -> None:
    files = {
        "one-line.md": "Over the next ten years " + "word " * 800_000 + "end\n",
        "deep.md": "# Deep\n\n" + ">" * 10_000 + " deep\n\n" + "- " * 10_000 + "deep\n\nOver the next ten years.\n",
        "headings.md": "".join(f"## Heading {i}\n\nText {i}.\n\n" for i in range(20_000)),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    started = time.monotonic()
    # one rule: what is timed is the reading and the NLP pass, not the cost of every fact extractor
    result = run("check", tmp_path, "--format", "json", "--select", "too-long-term", "--timeout", "60")
    assert time.monotonic() - started < 60
    assert result.stderr == ""
    docs = report(result)
    assert docs["one-line.md"]["words"] == 800_006
    assert any("nested deeper" in note for note in docs["deep.md"]["notes"])
    assert docs["headings.md"]["words"] == 40_000  # "Heading" and "Text": numbers are not words


# --------------------------------------------------------------------------------------------------
# hostile DOCX


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(20):
                member.write(bytes(1024 * 1024))
    assert path.stat().st_size < 100_000
    result = run("check", good_file(tmp_path), path, "--format", "json")
    line = errors(result)["bomb.docx"]
    assert line.group("cause").startswith("looks like a zip bomb: word/document.xml inflates")
    assert line.group("remedy") == "raise --max-inflated-size if you trust it"
    assert_good_result(report(result))


def test_max_inflated_size_option(tmp_path: Path) -> None:
    def long_paragraphs(word: Any) -> None:
        for _ in range(150):
            word.add_paragraph("strategy " * 900)

    path = write(tmp_path, "long.docx", docx_bytes(fill=long_paragraphs))
    assert path.stat().st_size < 100_000
    refused = run("check", path, "--max-inflated-size", "1")
    assert errors(refused)["long.docx"].group("cause").endswith("over the 1 MB limit")
    accepted = run("check", path, "--format", "json", "--select", "too-long-term")
    assert accepted.stderr == "" and report(accepted)["long.docx"]["words"] > 135_000


def test_max_file_size_option(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text(GOOD + "word " * 300_000, encoding="utf-8")
    line = errors(run("check", path, "--max-file-size", "1"))["big.md"]
    assert line.group("cause") == "file is 1.4 MB, over the 1 MB limit"
    assert line.group("remedy") == "raise --max-file-size if you trust it"


def test_docx_with_an_external_entity_is_refused_and_leaks_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-91c2", encoding="utf-8")
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
           f'<w:document xmlns:w="{ns}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
    path = write(tmp_path, "xxe.docx", rezip(docx_bytes(), {"word/document.xml": xml.encode()}))
    result = run("check", path, "--format", "json")
    assert "contains a DTD/external entity; refused" in errors(result)["xxe.docx"].group("cause")
    assert "TOP-SECRET" not in result.output


# --------------------------------------------------------------------------------------------------
# folders: symlink loops, dangling links, pipes, unreadable files


def test_folder_with_a_symlink_loop_dangling_link_and_pipe(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    good_file(root / "sub")
    (root / "sub" / "loop").symlink_to(root)
    (root / "self.md").symlink_to(root / "self.md")
    (root / "dangling.md").symlink_to(root / "missing.md")
    os.mkfifo(root / "pipe.md")
    started = time.monotonic()
    result = run("check", root, "--format", "json")
    assert time.monotonic() - started < 30
    lines = errors(result)
    assert set(lines) == {"self.md", "dangling.md", "pipe.md"}
    assert "symbolic links" in lines["self.md"].group("cause")
    assert lines["dangling.md"].group("cause") == "a symbolic link to a file that does not exist"
    assert lines["pipe.md"].group("cause") == "not a regular file (a pipe, socket or device)"
    docs = report(result)
    assert_good_result(docs)
    assert len(docs) == 4, "the loop is not followed: good.md is linted once"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode; "
                    "test_permission_denied_simulated covers this")
def test_unreadable_file(tmp_path: Path) -> None:
    path = good_file(tmp_path, "secret.md")
    path.chmod(0)
    try:
        result = run("check", good_file(tmp_path), path, "--format", "json")
    finally:
        path.chmod(0o644)
    line = errors(result)["secret.md"]
    assert (line.group("cause"), line.group("remedy")) == ("permission denied", "check the file's read permission")
    assert_good_result(report(result))


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root a chmod 000 file is still readable, so the refusal is simulated in-process."""
    path = good_file(tmp_path, "secret.md")
    original = os.open

    def refusing(name: Any, *args: Any, **kwargs: Any) -> Any:
        if str(name).endswith("secret.md"):
            raise PermissionError(13, "Permission denied", str(name))
        return original(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    result = run("check", good_file(tmp_path), path, "--format", "json", "-j", "1", "--timeout", "0")
    line = errors(result)["secret.md"]
    assert (line.group("cause"), line.group("remedy")) == ("permission denied", "check the file's read permission")
    assert_good_result(report(result))


# --------------------------------------------------------------------------------------------------
# time limits, crashes and bugs: a rule plugin that misbehaves on request stands in for a hostile file

MISBEHAVING_RULE = '''
"""Misbehaves on request: hangs, crashes or raises when the document says so."""
import faulthandler
import os
import signal
import time
from pathlib import Path

CODE = "TST1"
NAME = "misbehave"
SEVERITY = "info"
NEEDS_TEXT = False


def check(doc, options):
    text = " ".join(block.text for block in doc.blocks)
    if "HANG-FOREVER" in text:
        time.sleep(600)
    if "CRASH-NOW" in text:
        faulthandler.disable()  # pytest's handler would print the crash to the terminal
        os.kill(os.getpid(), signal.SIGSEGV)
    if "CRASH-ONCE" in text:
        marker = Path(doc.document.path + ".crashed")
        if not marker.exists():
            marker.touch()
            faulthandler.disable()
            os.kill(os.getpid(), signal.SIGSEGV)
    if "RAISE-BUG" in text:
        raise RuntimeError("a bug in a rule")
    return iter(())
'''


def misbehaving_project(tmp_path: Path, *words: str) -> list[Path]:
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "misbehave.py").write_text(MISBEHAVING_RULE, encoding="utf-8")
    (tmp_path / "strategylint.toml").write_text('rule-paths = ["plugins"]\n', encoding="utf-8")
    files = [good_file(tmp_path, "a-good.md")]
    for word in words:
        files.append(tmp_path / f"{word.lower()}.md")
        files[-1].write_text(GOOD + f"\n{word}\n", encoding="utf-8")
    files.append(good_file(tmp_path, "z-good.md"))
    return files


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_past_the_timeout_is_killed_and_the_others_go_on(tmp_path: Path, jobs: str) -> None:
    files = misbehaving_project(tmp_path, "HANG-FOREVER")
    started = time.monotonic()
    result = run("check", *files, "--format", "json", "--timeout", "2", "-j", jobs)
    assert time.monotonic() - started < 30
    assert result.exit_code == 2
    line = errors(result)["hang-forever.md"]
    assert line.group(0).endswith(": timed out after 2 s (the file may be hostile; raise --timeout if it is just big)")
    docs = report(result)
    assert list(docs) == ["a-good.md", "hang-forever.md", "z-good.md"]
    assert_good_result(docs, "a-good.md")
    assert_good_result(docs, "z-good.md")


def test_the_timeout_holds_for_a_single_file(tmp_path: Path) -> None:
    files = misbehaving_project(tmp_path, "HANG-FOREVER")
    started = time.monotonic()
    result = run("check", files[1], "--timeout", "1.5")
    assert time.monotonic() - started < 20
    assert "timed out after 1.5 s" in errors(result)["hang-forever.md"].group("cause")


def test_a_crashing_reader_costs_only_its_own_document(tmp_path: Path) -> None:
    files = misbehaving_project(tmp_path, "CRASH-NOW")
    result = run("check", *files, "--format", "json", "-j", "2")
    assert result.exit_code == 2
    line = errors(result)["crash-now.md"]
    assert line.group("cause") == "the reader crashed on this file: killed by SIGSEGV"
    assert line.group("remedy").startswith("the file may be corrupt or hostile")
    docs = report(result)
    assert list(docs) == ["a-good.md", "crash-now.md", "z-good.md"]
    assert_good_result(docs, "a-good.md")
    assert_good_result(docs, "z-good.md")


def test_a_crash_is_blamed_only_if_it_happens_again_alone(tmp_path: Path) -> None:
    files = misbehaving_project(tmp_path, "CRASH-ONCE")
    result = run("check", *files, "--format", "json", "-j", "2")
    assert (tmp_path / "crash-once.md.crashed").exists(), "the first reading crashed"
    assert result.exit_code == 1 and result.stderr == ""
    assert_good_result(report(result), "crash-once.md")


@pytest.mark.parametrize("mode", [["-j", "2"], ["-j", "1", "--timeout", "0"]], ids=["workers", "in-process"])
def test_a_bug_in_a_rule_is_an_internal_error_for_that_document_only(tmp_path: Path, mode: list[str]) -> None:
    files = misbehaving_project(tmp_path, "RAISE-BUG")
    result = run("check", *files, "--format", "json", *mode)
    line = errors(result)["raise-bug.md"]
    assert line.group("cause") == "internal error while linting: RuntimeError: a bug in a rule"
    assert line.group("remedy") == "report it as a strategylint bug, with the file if you can"
    assert_good_result(report(result), "z-good.md")


def _pool_task(kind: str) -> str:
    if kind == "sleep":
        time.sleep(60)
    if kind == "raise":
        raise ValueError("a bad task")
    if kind == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    return kind.upper()


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_worker_pool_outcomes_under_every_start_method(method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    context = multiprocessing.get_context(method)
    started = time.monotonic()
    with WorkerPool(_pool_task, jobs=2, timeout=1.5, context=context) as pool:
        outcomes = dict(pool.run(["a", "sleep", "raise", "die", "b"]))
    assert time.monotonic() - started < 30
    assert outcomes[0] == Done("A") and outcomes[4] == Done("B")
    assert outcomes[1] == TimedOut(1.5)
    failed = outcomes[2]
    assert isinstance(failed, Failed) and failed.error == "ValueError: a bad task" and "_pool_task" in failed.details
    assert outcomes[3] == Died(-signal.SIGKILL)


def test_without_worker_processes_documents_are_still_linted(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def cannot_start(self: WorkerPool[Any, Any]) -> None:
        raise WorkerStartError("cannot start a worker process: Resource temporarily unavailable")

    monkeypatch.setattr(WorkerPool, "_start", cannot_start)
    result = run("check", good_file(tmp_path), "--format", "json")
    doc = report(result)["good.md"]
    assert_good_result(report(result))
    assert doc["notes"][-1] == ("linted without a time limit: worker processes could not start (cannot start a "
                                "worker process: Resource temporarily unavailable)")


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found.update(int(child) for child in task.read_text().split())
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_workers_die_with_the_main_process(tmp_path: Path) -> None:
    """Even SIGKILL on strategylint leaves no worker behind spinning on a hostile file."""
    files = misbehaving_project(tmp_path, "HANG-FOREVER")
    process = subprocess.Popen([sys.executable, "-m", "strategylint", "check", *map(str, files), "-j", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 30
        while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) >= 2, "the workers started"
    finally:
        process.kill()
        process.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived strategylint"
        time.sleep(0.1)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


def test_timeout_option_is_documented() -> None:
    help_text = run("check", "--help").stdout
    for option in ("--timeout", "--max-inflated-size", "--max-file-size", "--max-pages", "--password"):
        assert option in help_text


# --------------------------------------------------------------------------------------------------
# reports cannot be injected

HOSTILE_TEXT = (
    "# Digital Strategy \u202eevil\u202c [bold red]x[/]\n\nPublished March 2024\n\n"
    "Over the next ten years we will move \x1b[2J\x1b]0;owned\x07 every \x1b]8;;http://evil.example\x1b\\"
    "service\x1b]8;;\x1b\\ \x9b31m to the \x00 cloud\x7f \u2066[link](x)\u2069 \u2028 [bold red]x[/] :warning:.\n"
)


def _hostile_file(tmp_path: Path) -> Path:
    folder = os.fsencode(tmp_path)
    name = folder + b"/hostile\xff\x1b[31m\xe2\x80\xaename.md"
    with open(name, "wb") as handle:
        handle.write(HOSTILE_TEXT.encode("utf-8", "surrogatepass"))
    return Path(os.fsdecode(name))


DANGEROUS = ("\x1b", "\x00", "\x07", "\x9b", "\x7f", "\u202e", "\u2066", "\u2028")


def test_json_report_is_well_formed_whatever_the_document_holds(tmp_path: Path) -> None:
    path = _hostile_file(tmp_path)
    result = run("check", path, "--format", "json")
    assert result.exit_code == 1
    raw = result.stdout
    raw.encode("utf-8")  # no lone surrogate: it would not encode
    for char in DANGEROUS:
        assert char not in raw, repr(char)
        assert f"\\u{ord(char):04x}" not in raw.lower(), repr(char)
    doc = json.loads(raw)["documents"][0]
    assert doc["path"].endswith("hostile\\xff?name.md")
    quotes = " ".join(f["quote"] or "" for f in doc["findings"])
    assert "[bold red]x[/]" in quotes, "markup is data, printed as written"
    # the escape characters are gone; what followed them is printable text now, and stays
    assert "every ]8;;http://evil.example\\service]8;;\\" in quotes


def test_text_report_has_no_escape_bytes_when_not_a_terminal(tmp_path: Path) -> None:
    result = run("check", _hostile_file(tmp_path))
    assert result.exit_code == 1
    for char in DANGEROUS:
        assert char not in result.stdout, repr(char)
    assert "[bold red]x[/]" in result.stdout and ":warning:" in result.stdout
    assert "hostile\\xff?name.md" in result.stdout


def test_forced_colour_carries_only_our_own_styling(tmp_path: Path) -> None:
    result = run("check", _hostile_file(tmp_path), "--color")
    assert "\x1b[" in result.stdout, "colour is on"
    styling = re.compile(r"\x1b\[[0-9;]*m")
    assert "\x1b" not in styling.sub("", result.stdout), "an escape that is not an SGR colour code"
    for sequence in ("\x1b[2J", "\x1b]", "\x1b[31m\u202e"):
        assert sequence not in result.stdout
    for char in DANGEROUS[1:]:
        assert char not in result.stdout, repr(char)


@pytest.mark.parametrize(("raw", "shown"), [
    ("plain text, kept", "plain text, kept"),
    ("\x1b[31mred\x1b[0m and \x1b[2J", "red and "),
    ("\x1b]0;title\x07x\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "xlink"),
    ("\x1bPdevice\x1b\\ \x9b31m \x90dcs\x9c.", "  ."),  # DCS, 8-bit CSI and 8-bit DCS, whole
    ("unterminated \x1b]0;title", "unterminated 0;title"),  # no terminator: the rest is only text
    ("nul\x00 bell\x07 del\x7f c1\x85", "nul? bell? del? c1?"),
    ("\u202eevil\u202c \u2066iso\u2069 \u2028", "?evil? ?iso? ?"),
    ("tab\there\r\nline", "tab here\nline"),
    ("lone \ud800 surrogate, file byte \udcff", "lone \ufffd surrogate, file byte \\xff"),
    ("[bold red]x[/] :warning:", "[bold red]x[/] :warning:"),
])
def test_clean_makes_text_inert(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_clean_data_always_serialises() -> None:
    data = {"nan": float("nan"), "inf": [float("-inf"), 1.5], "k\x1b[1m": ("\ud800", 2), "when": time,
            "ok": True, "none": None}
    text = to_json(data)
    parsed = json.loads(text)
    assert parsed == {"nan": None, "inf": [None, 1.5], "k": ["\ufffd", 2], "when": clean(str(time)),
                      "ok": True, "none": None}
    assert "NaN" not in text and "Infinity" not in text
    assert inert("\x1b[2Jx [b]y[/b]", "bold").plain == "x [b]y[/b]"


def test_error_lines_are_cleaned_too(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    name = folder + b"/empty\x1b]0;title\x07\xff.md"
    with open(name, "wb"):
        pass
    result = run("check", os.fsdecode(name))
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert result.stderr.strip().endswith("empty\\xff.md: empty file (nothing to lint)")


# --------------------------------------------------------------------------------------------------
# nothing is fetched, and only configured plugins run


ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"


def _fetching_fixtures(folder: Path) -> list[Path]:
    html = ('<html><head><link rel="stylesheet" href="http://127.0.0.1:9/s.css">'
            '<script src="http://127.0.0.1:9/s.js"></script></head><body><h1>Strategy</h1>'
            '<img src="http://127.0.0.1:9/i.png"><iframe src="http://127.0.0.1:9/f"></iframe>'
            '<p>Over the next ten years we will move <a href="http://127.0.0.1:9/">every</a> service.</p>'
            '<object data="http://127.0.0.1:9/o"></object></body></html>')
    markdown = ("# Strategy\n\n![chart](http://127.0.0.1:9/chart.png)\n\nOver the next ten years [we]"
                "(http://127.0.0.1:9/) will move.\n\n<img src='http://127.0.0.1:9/x.png'>\n")

    def external(word: Any) -> None:
        part = word.part
        image = part.relate_to("http://127.0.0.1:9/remote.png", RT.IMAGE, is_external=True)
        link = part.relate_to("http://127.0.0.1:9/page", RT.HYPERLINK, is_external=True)
        word.add_paragraph(f"External image {image} and link {link}.")
        part._settings_part.relate_to("http://127.0.0.1:9/template.dotm", ATTACHED_TEMPLATE, is_external=True)

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(text="Over the next ten years we will move.", link="http://127.0.0.1:9/pdf")
    return [write(folder, "page.html", html.encode()), write(folder, "doc.md", markdown.encode()),
            write(folder, "external.docx", docx_bytes(fill=external)),
            write(folder, "linked.pdf", bytes(pdf.output()))]


def test_nothing_is_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[1:]!r}")
            raise OSError("network access in a test")
        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urlopen"))
    files = _fetching_fixtures(tmp_path)
    for path in files:
        assert isinstance(read_document(path, Limits(), strict=True), Document)
    result = run("check", *files, "--format", "json", "-j", "1", "--timeout", "0")  # in this process
    assert result.stderr == ""
    assert len(report(result)) == 4
    assert attempts == []


def test_only_configured_plugins_run(tmp_path: Path) -> None:
    """A rule module lying beside the documents is not imported; one named by `rule-paths` in the
    config found upward from the files is (a plugin is code that runs), unless --isolated."""
    marker = tmp_path / "plugin-ran"
    plugin = (f"from pathlib import Path\nPath({str(marker)!r}).touch()\n"
              'CODE = "TST2"\nNAME = "ran"\nSEVERITY = "info"\ndef check(doc, options):\n    return iter(())\n')
    for folder in ("rules", "plugins"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "ran.py").write_text(plugin, encoding="utf-8")
    doc = good_file(tmp_path)
    run("check", doc)
    assert not marker.exists()
    (tmp_path / "strategylint.toml").write_text('rule-paths = ["plugins"]\n', encoding="utf-8")
    run("check", doc, "--isolated")
    assert not marker.exists()
    run("check", doc)
    assert marker.exists()


# --------------------------------------------------------------------------------------------------
# the messages themselves


def test_every_input_error_names_a_remedy() -> None:
    """InputError takes the remedy as a required argument, and prints it in parentheses."""
    error = InputError("the cause", "what to do")
    assert str(error) == "the cause (what to do)"
    assert str(pickle.loads(pickle.dumps(error))) == str(error), "it crosses process boundaries whole"
    with pytest.raises(TypeError):
        InputError("no remedy")  # type: ignore[call-arg]


def _input_error_causes() -> list[tuple[str, str]]:
    """(file, the literal text of the cause) for every ``InputError(...)`` in the package's source."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "strategylint").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "InputError" and node.args):
                continue
            cause = node.args[0]
            if isinstance(cause, ast.Constant) and isinstance(cause.value, str):
                found.append((path.name, cause.value))
            elif isinstance(cause, ast.JoinedStr):
                parts = [v.value for v in cause.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                longest = max(parts, key=len, default="")
                if longest.strip(" :"):
                    found.append((path.name, longest))
    return found


def test_every_input_error_is_in_the_error_catalogue() -> None:
    catalogue = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    causes = _input_error_causes()
    assert len(causes) > 40
    missing = [(name, cause) for name, cause in causes if cause.strip(" :(") not in catalogue]
    assert missing == []


def test_crash_exit_codes_name_the_signal() -> None:
    assert Died(-signal.SIGSEGV).describe() == "killed by SIGSEGV"
    assert Died(-signal.SIGKILL).describe() == "killed by SIGKILL, perhaps for using too much memory"
    assert Died(3).describe() == "the worker exited with code 3"


def test_the_remedy_is_the_last_parenthesis() -> None:
    match = ERROR_LINE.match("strategylint: error: a.docx: not a readable zip: the file is truncated or damaged "
                             "(File is not a zip file) (download or copy it again, or re-save it from Word)")
    assert match and match.group("remedy") == "download or copy it again, or re-save it from Word"
