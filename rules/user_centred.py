"""Nothing shows the strategy starts from its users' needs.

The guidance's sign *User centred*: "Digital transformation should address the most important needs of
patients, service users and staff." Board question 3 adds feedback "from both staff and service users"
and "equality, diversity and inclusion at the heart of their approach".

The rule reads what the document says about its users: research and feedback (user research,
surveys, satisfaction, testing with users), the needs of named groups ("what residents need"), and
equality, inclusion and accessibility. It fires once, for the document, when it finds fewer than
``min-mentions`` (default 2) sentences about research, feedback or users' needs: the strategy never
says what its users need or how it found out.

Options: ``min-mentions`` (default 2).

Bad: "We will modernise our infrastructure and migrate every server to the cloud."

Good: "User research with 200 residents showed that they need to report a missed bin in under a minute."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import users
from strategylint.findings import Evidence, Finding

CODE = "SL202"
NAME = "user-centred"
SIGN = "user-centred"
SEVERITY = "info"
OPTIONS = {"min-mentions": 2}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(users.extract)
    seen = {e.quote: e for e in found.research + found.needs}
    yield from list(seen.values())[:3]
    yield from found.inclusion[:1]
    minimum = int(options["min-mentions"])
    # one sentence about users in a one-paragraph text is as much as it can say
    if len(seen) >= minimum or (seen and len(doc.body_sentences) < 5):
        return
    yield Finding(
        message=(f"{len(seen)} sentence(s) about users' needs, research or feedback. The guidance: digital "
                 "transformation 'should address the most important needs of patients, service users and staff'."),
        suggestion=("Say who the users are, what they need most and how you know: user research, feedback, "
                    "complaints, satisfaction; and how the strategy includes people who struggle with digital."),
        data={"research": len(found.research), "needs": len(found.needs), "inclusion": len(found.inclusion)},
    )
