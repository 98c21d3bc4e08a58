"""The folded lower-case text that facts test for plain substrings before their patterns."""

from __future__ import annotations

import re
import string

import pytest

from strategylint.analysis import fold


@pytest.mark.parametrize(("text", "folded"), [
    ("Our PRINCIPLES", "our principles"),
    ("Miſſion", "mission"),  # the long s
    ("PRİNCİPLES", "principles"),  # the dotted capital I, which lower() makes an i and a combining dot
    ("prıncıples", "principles"),  # the dotless i
    ("Digital – ‘services’", "digital – ‘services’"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_keeps_every_letter_an_ignorecase_pattern_takes_for_an_ascii_letter() -> None:
    for code in (*range(0x80, 0x250), 0x130, 0x131, 0x17F, 0x212A, 0x1E9E, *range(0xFB00, 0xFB07)):
        char = chr(code)
        for letter in string.ascii_lowercase:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert fold(char) == letter, (hex(code), letter)
