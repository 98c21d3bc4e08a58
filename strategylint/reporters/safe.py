"""Make document text safe to print in any report.

Document text is untrusted: it may hold ANSI escape sequences that would drive a terminal, control
characters, NUL, lone surrogates, or markup. Every reporter passes document-derived strings through
`clean` (terminal and plain text) or relies on `json.dumps` with `ensure_ascii` after `clean`.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def clean(text: str) -> str:
    """Text with escape sequences removed, control and bidi-override characters made visible as '?',
    and lone surrogates replaced, so that it prints as what it says."""
    text = _ANSI.sub("", text)
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub("?", text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(text: str) -> str:
    return " ".join(clean(text).split())
