"""The wording helpers findings share: counts in the right number, quotes cut around their words."""

from __future__ import annotations

from strategylint.findings import Evidence, counted, excerpt, shorten


def test_counted_puts_the_noun_in_the_right_number() -> None:
    assert counted(1, "sentence") == "1 sentence"
    assert counted(0, "sentence") == "0 sentences"
    assert counted(1200, "commitment") == "1,200 commitments"
    assert counted(2, "body", "bodies") == "2 bodies"


def test_shorten_and_excerpt_keep_the_phrase_in_view() -> None:
    text = "word " * 60 + "updated annually by the board"
    assert len(shorten(text, 80)) == 80 and shorten(text, 80).endswith("…")
    cut = excerpt(text, "updated annually", 80)
    assert cut.startswith("…") and "updated annually" in cut and len(cut) <= 80
    assert excerpt("Short text.", "text", 80) == "Short text."


def test_a_long_quote_keeps_the_words_that_made_it_evidence_in_view() -> None:
    long = "Highlights: " + "six areas with many activities and recommendations, " * 8 + "each with key indicators."
    shown = Evidence("indicators", long, phrase="indicators").as_dict()["quote"]
    assert shown.startswith("…") and shown.endswith("each with key indicators.") and len(shown) <= 300
    early = Evidence("indicators", "Key indicators, " + long, phrase="indicators").as_dict()["quote"]
    assert early.startswith("Key indicators, Highlights:") and early.endswith("…")
