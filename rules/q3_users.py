"""Board question 3: whether the strategy knows its users and their biggest needs.

The guidance's board question "Do you understand your users and their biggest needs?": "Your digital
strategy should focus on fixing your biggest problems." Boards "incorporate feedback about digital
services – from both staff and service users – to identify the pain points and problems their digital
strategy needs to solve."

The answer is *addressed* when users' needs run through the document rather than pass in a sentence:
either it shows research or feedback with users (user research, surveys of or feedback from a named
group, testing with users, co-design) and names what a group of users needs, with such sentences
coming up at least ``min-per-1000-words`` (default 0.5) times per 1,000 words together; or it names
groups' needs at least three times while equality, inclusion and access run through it, at least
``min-inclusion-per-1000-words`` (default 2.0) times per 1,000 words, as a strategy built around
excluded users does. A consultation on the strategy itself, a
third party's survey quoted for a statistic, or usability as a quality are not research into users'
needs. The answer is *partial* when users' needs or research are mentioned without that weight, or users, stakeholders,
feedback or inclusion are only in view, or users are named at least three times ("customers", "patients");
*missing* when the document says nothing of users' needs, research or feedback.

Bad: "We will upgrade the data centre and renew our software licences."

Good: "Our survey of 2,000 patients found that they need to book appointments online, so we will fix that first."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import users
from strategylint.findings import Evidence, Finding
from strategylint.model import DOCUMENT_LOCATION

CODE = "SL303"
NAME = "q3-users"
QUESTION = "q3-users"
SEVERITY = "info"
OPTIONS: dict[str, Any] = {"min-per-1000-words": 0.5, "min-inclusion-per-1000-words": 2.0}
ASK = "Do you understand your users and their biggest needs?"
MIN_NAMED = 3  # users named this often ("customers", "patients") are in view, though nothing says what they need


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(users.extract)
    yield from found.ranked()[:3]
    data = {"research": len(found.research), "needs": len(found.needs), "inclusion": len(found.inclusion),
            "groups": list(found.groups[:5])}
    per_1000 = 1000 / max(doc.words, 1)
    weight = (len(found.research) + len(found.needs)) * per_1000
    inclusion = len(found.inclusion) * per_1000
    inclusive = len(found.needs) >= 3 and inclusion >= float(options["min-inclusion-per-1000-words"])
    if (found.research and found.needs and weight >= float(options["min-per-1000-words"])) or inclusive:
        return
    named = sum(found.named.values())
    if found.research or found.needs or found.in_view or found.inclusion or named >= MIN_NAMED:
        example = next(iter(found.ranked() + found.in_view + found.inclusion), None)
        if not found.research and not found.needs:
            lacking = "not who they are, what they need most, or how you know"
        elif not found.research:
            lacking = "not how you found out what they need (research, feedback)"
        elif not found.needs:
            lacking = "not what they need most"
        else:
            lacking = (f"only in passing ({len(found.research) + len(found.needs)} sentences in {doc.words:,} "
                       "words)")
        yield Finding(
            message=f"The board will ask: '{ASK}' The document mentions users' needs, but {lacking}.",
            suggestion=("Name the main user groups, their biggest needs and pain points, and the research or "
                        "feedback that shows them."),
            location=example.location if example else DOCUMENT_LOCATION,
            quote=example.quote if example else None,
            decisive=False,
            data=data,
        )
        return
    yield Finding(
        message=f"The board will ask: '{ASK}' The document says nothing of users' needs, research or feedback.",
        suggestion=("Say who the users are, what they need most and how you know: user research, feedback from "
                    "staff and service users."),
        data=data,
    )
