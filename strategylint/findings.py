"""What rules yield (`Finding`, `Evidence`) and what the engine reports (`Reported`).

A rule says what is wrong and where, or what good it saw and where. The engine, not the rule, stamps
the rule's code, name, sign, question and severity on a finding, and applies suppressions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from strategylint.model import DOCUMENT_LOCATION, Location

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}

BAD_SIGNS = ("it-driven", "cookie-cutter", "unproven-tech", "vague", "too-long-term", "wish-list")
GOOD_SIGNS = ("integrated", "user-centred", "useful-to-teams", "mainstream", "realistic", "focused")
SIGNS = BAD_SIGNS + GOOD_SIGNS
BOARD_QUESTIONS = (
    "q1-integration",
    "q2-mission",
    "q3-users",
    "q4-services",
    "q5-not-prioritising",
    "q6-actions-ownership",
    "q7-measures",
    "q8-system-alignment",
    "q9-org-change",
    "q10-risks",
)

QUOTE_LIMIT = 300


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """ "1 sentence", "3 sentences", "1,200 commitments": a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def excerpt(text: str, phrase: str | None, limit: int) -> str:
    """`text` shortened to `limit` characters so that `phrase` stays in view: from a word a little before
    it when it stands too far in to survive `shorten`."""
    text = " ".join(text.split())
    at = text.lower().find(phrase.lower()) if phrase else -1
    if at <= limit // 2 or len(text) <= limit:
        return shorten(text, limit)
    start = text.rfind(" ", 0, at - limit // 3) + 1
    return "…" + shorten(text[start:], limit - 1)


@dataclass(slots=True)
class Finding:
    """A problem at a place: the quote, why it matters in the guidance's words, and how to fix it.

    `decisive` findings decide their rule's sign; a non-decisive finding only illustrates it (a vague
    sentence in a document whose objectives are mostly measurable does not make the document vague).
    `data` carries structured detail for machine readers, such as the horizon's years.
    `topic` names what the finding says is wrong when several rules judge the same thing (the
    wish-list sign, the focused sign and board question 5 all see "nothing is de-prioritised"): the
    engine reports one finding per topic and names the other rules in its `also`, while each rule's
    verdict still counts in the scorecard.
    `explains_absences` marks a finding that explains why the document says so little (an unfilled
    template, an annex, a one-page statement of principles): the engine keeps the other rules' findings
    about the whole document (no mission, no principles, no risks) in the scorecard instead of listing
    them beside it. Their verdicts are unchanged, and ignoring the explaining rule lists them again.
    """

    message: str
    suggestion: str
    location: Location = DOCUMENT_LOCATION
    quote: str | None = None
    decisive: bool = True
    data: dict[str, Any] = field(default_factory=dict)
    topic: str | None = None
    explains_absences: bool = False


@dataclass(slots=True)
class Evidence:
    """Something seen at a place that bears on a sign, a board question or a fact."""

    about: str
    quote: str
    location: Location = DOCUMENT_LOCATION
    note: str = ""
    phrase: str | None = None  # the words in the quote that made it evidence ("updated annually"), when known

    def _quoted(self) -> str:
        """The quote, shortened; a long one keeps the words that made it evidence in view when they stand past the
        cut ("… for each output, key performance indicators are ...")."""
        quote = " ".join(self.quote.split())
        at = quote.lower().find(self.phrase.lower()) if self.phrase else -1
        if at < 0 or at + len(self.phrase or "") < QUOTE_LIMIT - 1:
            return shorten(quote)
        return excerpt(quote, self.phrase, QUOTE_LIMIT)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"quote": self._quoted(), "location": self.location.as_dict()}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(slots=True)
class Reported:
    """A finding as the engine reports it, with the rule's identity and the effective severity."""

    code: str
    rule: str
    severity: str
    message: str
    suggestion: str
    location: Location
    quote: str | None
    sign: str | None
    question: str | None
    decisive: bool
    data: dict[str, Any] = field(default_factory=dict)
    topic: str | None = None
    also: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }
        if self.sign:
            out["sign"] = self.sign
        if self.question:
            out["question"] = self.question
        out["location"] = self.location.as_dict()
        out["quote"] = shorten(self.quote) if self.quote else None
        out["suggestion"] = self.suggestion
        if self.data:
            out["data"] = self.data
        if self.also:
            out["also"] = self.also
        return out

    def sort_key(self) -> tuple[int, int, int, int, str]:
        loc = self.location
        is_document_level = loc.page is None and loc.line is None and loc.paragraph is None
        return (
            0 if is_document_level else 1,
            loc.page or 0,
            loc.paragraph or 0,
            loc.line or 0,
            self.code,
        )
