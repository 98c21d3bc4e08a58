"""mainstream (SL204): length, reading ease, long sentences, words to avoid."""

from __future__ import annotations

import pytest

from strategylint.engine import Engine
from strategylint.facts import readability
from strategylint.parsers import read_document
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint, make_document

RULE = "mainstream"
PLAIN = "\n\n".join(["We will fix the forms people use most.", "You can pay your rent online.",
                     "We will ask you what works and change what does not."] * 8)
HARD = "\n\n".join([
    "The organisational infrastructure modernisation programme necessitates comprehensive interoperability "
    "considerations regarding institutional information governance arrangements."] * 25)


def test_plain_text_is_mainstream() -> None:
    result = lint(PLAIN, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["mainstream"].present is True


def test_hard_text_is_not_mainstream_and_carries_the_metrics() -> None:
    result = lint(HARD, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive and findings[0].severity == "info"
    assert "reading ease" in findings[0].message and "widely understood" in findings[0].message
    assert findings[0].data["reading_ease"] < 30
    assert set(findings[0].data) >= {"words", "long_sentence_share", "reading_ease", "undefined_acronyms"}
    assert result.signs["mainstream"].present is False


def test_a_short_text_is_not_judged_on_its_averages() -> None:
    result = lint(HARD.split("\n\n")[0], rules=[RULE])
    assert findings_of(result, RULE) == []


def test_options_tune_the_thresholds() -> None:
    assert findings_of(lint(HARD, rules=[RULE], options={RULE: {"min-reading-ease": -200,
                                                                 "max-long-sentence-share": 1.0}}), RULE) == []
    assert len(findings_of(lint(PLAIN, rules=[RULE], options={RULE: {"max-words": 50}}), RULE)) == 1


@pytest.mark.parametrize(("sentence", "word", "replacement"), [
    ("We will leverage our data.", "leverage", "use"),
    ("We will utilise cloud hosting.", "utilise", "use"),
    ("Going forward, we will publish our plans.", "going forward", "from now on"),
    ("We will streamline the process.", "streamline", "simplify"),
])
def test_words_to_avoid_are_non_decisive_with_a_replacement(sentence: str, word: str, replacement: str) -> None:
    result = lint(PLAIN + "\n\n" + sentence, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and not findings[0].decisive
    assert findings[0].quote == sentence
    assert replacement in findings[0].suggestion and findings[0].data["word"] == word
    assert result.signs["mainstream"].present is True


def test_words_to_avoid_are_capped_and_counted() -> None:
    text = PLAIN + "\n\n" + "\n\n".join(
        ["We will leverage data.", "We will leverage skills.", "We will utilise tools.", "We will facilitate.",
         "We will empower staff.", "We will streamline forms.", "We will foster growth."])
    findings = findings_of(lint(text, rules=[RULE]), RULE)
    assert len(findings) == 5
    assert findings[0].data == {"word": "leverage", "count": 2, "replacement": "use, or influence"}
    assert findings_of(lint(text, rules=[RULE], options={RULE: {"max-word-findings": 0}}), RULE) == []


@pytest.mark.parametrize(("word", "count"), [("strategy", 3), ("digital", 3), ("make", 1), ("people", 2),
                                             ("services", 2), ("delivered", 3), ("the", 1)])
def test_syllables(word: str, count: int) -> None:
    assert readability.syllables(word) == count


def test_undefined_acronyms() -> None:
    doc = Engine().analyse(make_document(
        "The Government Digital Service (GDS) works with the CDDO. GDS and the CDDO agree. The NHS helps."))
    found = doc.facts.get(readability.extract)
    assert found.undefined_acronyms == ("CDDO",)


def test_corpus_short_gds_paper_is_mainstream_and_long_uk_strategy_is_not() -> None:
    engine = Engine()
    short = engine.analyse(read_document(corpus_file("uk-gds-assisted-digital-approach-2013.md"), engine.limits))
    long = engine.analyse(read_document(corpus_file("uk-dcms-uk-digital-strategy-2017.docx"), engine.limits))
    assert short.facts.get(readability.extract).words < 15000
    assert long.facts.get(readability.extract).words > 15000
