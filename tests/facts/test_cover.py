"""The cover: where a document names itself when its metadata does not."""

from __future__ import annotations

from strategylint.engine import Engine
from strategylint.facts import cover
from tests.helpers import make_document


def test_cover_lines_end_at_the_running_text() -> None:
    text = ("# DIGITAL STRATEGY\n\nMontessori Mantra Teachers Training College\n\n"
            "The college will double its online enrolment within two years by putting its courses online, "
            "one department at a time, starting with the teacher training diploma.\n\n## Later heading\n")
    doc = Engine().analyse(make_document(text))
    assert doc.facts.get(cover.title_texts) == ["DIGITAL STRATEGY", "Montessori Mantra Teachers Training College"]


def test_title_words_hold_the_words_and_their_initials() -> None:
    text = "# Information Security Management Strategy\n\nThe organisation will move its ageing services to the cloud."
    doc = Engine().analyse(make_document(text))
    words = doc.facts.get(cover.title_words)
    assert {"information", "security", "strategy", "ism", "sms"} <= words
    assert "cloud" not in words


def test_possessives_are_read_as_the_name() -> None:
    assert cover.name_words("The Government’s Plan") == ["the", "government", "plan"]


def test_a_document_with_no_cover_and_no_title_is_named_by_its_file() -> None:
    note = ("On July 20, China's State Council issued a seminal document, entitled A Next Generation Artificial "
            "Intelligence Development Plan. Please find the full text of the document below.")
    doc = Engine().analyse(make_document(note, path="docs/cn-next-generation-ai-development-plan-2017.pdf"))
    assert doc.facts.get(cover.title_texts) == ["cn next generation ai development plan 2017"]
    assert {"next", "generation", "development"} <= doc.facts.get(cover.title_words)
    titled = Engine().analyse(make_document(note, title="A Next Generation Plan", path="docs/other-name.pdf"))
    assert doc.facts.get(cover.title_texts) != titled.facts.get(cover.title_texts) == ["A Next Generation Plan"]
