"""Board question 3: whether the strategy knows its users and their biggest needs.

The guidance's board question "Do you understand your users and their biggest needs?": "Your digital
strategy should focus on fixing your biggest problems." Boards "incorporate feedback about digital
services – from both staff and service users – to identify the pain points and problems their digital
strategy needs to solve."

The answer is *addressed* when the document shows research or feedback (user research, surveys,
satisfaction, testing with users) and names what a group of users needs; *partial* when users are
mentioned without either; *missing* when it says nothing of users' needs, research or feedback.

Bad: "We will upgrade the data centre and renew our software licences."

Good: "Our survey of 2,000 patients found that they need to book appointments online, so we will fix that first."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import users
from strategylint.findings import Evidence, Finding

CODE = "SL303"
NAME = "q3-users"
QUESTION = "q3-users"
SEVERITY = "info"
OPTIONS: dict[str, Any] = {}
ASK = "Do you understand your users and their biggest needs?"


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(users.extract)
    yield from (found.research[:2] + found.needs[:1])
    data = {"research": len(found.research), "needs": len(found.needs), "inclusion": len(found.inclusion),
            "groups": list(found.groups[:5])}
    if found.research and found.needs:
        return
    if found.research or found.needs:
        example = (found.research + found.needs)[0]
        lacking = "what they need most" if found.research else "how you found out (research, feedback)"
        yield Finding(
            message=f"The board will ask: '{ASK}' The document mentions users, but not {lacking}.",
            suggestion=("Name the main user groups, their biggest needs and pain points, and the research or "
                        "feedback that shows them."),
            location=example.location,
            quote=example.quote,
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
