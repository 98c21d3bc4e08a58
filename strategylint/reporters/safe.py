"""Make untrusted text safe to print in any report: the one helper every reporter goes through.

Document text, and a file's name, are untrusted. A hostile document may hold ANSI escape sequences
(which would clear a terminal, retitle it, plant a hyperlink or fake a prompt), other control
characters, NUL, bidirectional overrides (which make a line display in a different order than it
reads: "Trojan Source"), rich markup such as ``[bold red]x[/]``, or, through a file name that is not
valid UTF-8, lone surrogates (which no UTF-8 encoder accepts). Python's JSON encoder copes with most
of these, but not with NaN, and not every consumer of JSON copes with raw U+2028.

The rule for reporters
----------------------
* Text for people (a terminal or a text file): put every document-derived string through `clean`
  (multi-line) or `clean_line` (one line), or build it with `inert`, which returns a
  ``rich.text.Text``. Never pass document text to ``Console.print`` as a ``str``: rich would read it
  as markup (and emoji codes). Colour then comes only from styles the reporter sets.
* Data for machines (JSON now; SARIF, CSV, HTML and the like later): pass the whole report through
  `clean_data`, then the format's own serialiser with its escaping switched on (`to_json` does both
  for JSON). `clean_data` cleans every string, keys included, turns NaN and infinities into None and
  anything that is not plain data into its cleaned ``str``, so the serialiser can never fail.

After `clean`, a string holds no C0 or C1 control character except the newline, no ESC, no lone
surrogate, and no bidirectional embedding, override or isolate. Escape sequences are removed whole
(their parameters too); other controls and bidi characters become a visible ``?``; bytes of a file
name that were not UTF-8 (Python's surrogate escapes) are shown as ``\\xNN``.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from rich.text import Text

# CSI sequences (ESC [ or the 8-bit CSI, parameters, final byte); OSC, DCS, SOS, PM and APC strings
# up to their terminator (BEL, ESC \ or ST); other escapes (ESC c, ESC ( B, ESC 7 ...). A string with
# no terminator loses its introducer (ESC ]), and what followed is left as plain, inert text; a lone
# ESC or 8-bit introducer is a control character for _CONTROL.
_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
# C0 controls but tab and newline, DEL, C1 controls; line and paragraph separators; bidi embeddings,
# overrides (U+202A-U+202E) and isolates (U+2066-U+2069).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _surrogate(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's escape for an undecodable byte of a file name
        return f"\\x{code - 0xDC00:02x}"
    return "\N{REPLACEMENT CHARACTER}"


def clean(text: str) -> str:
    """`text` with escape sequences removed, control and bidi characters shown as '?', lone surrogates
    replaced, tabs as spaces and line ends as ``\\n``: it prints as what it says."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(_surrogate, text)
    text = _ESCAPE.sub("", text)
    return _CONTROL.sub("?", text)


def clean_line(text: str) -> str:
    """`clean`, on one line with single spaces."""
    return " ".join(clean(text).split())


def inert(text: str, style: str = "", *, one_line: bool = False) -> Text:
    """A rich ``Text`` of cleaned `text` in `style`: printed as written, never read as markup."""
    return Text(clean_line(text) if one_line else clean(text), style=style)


def clean_data(value: Any) -> Any:
    """A copy of `value` (dicts, lists, tuples, strings, numbers) that any serialiser can write safely."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {clean(str(key)): clean_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_data(item) for item in value]
    return clean(str(value))


def to_json(value: Any) -> str:
    """`value` as JSON text (indented, UTF-8 characters kept), after `clean_data`; ends with a newline."""
    return json.dumps(clean_data(value), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
