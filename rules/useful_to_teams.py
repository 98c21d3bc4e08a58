"""No guiding principles that help teams make the right decisions.

The guidance's sign *Useful to teams*: "Digital strategies can't detail everything you're planning to
deliver. Instead, focus on providing guiding principles to help people make the right decisions." Its
example: "The Royal Borough of Greenwich settled on six principles that guide all their digital
transformation."

The rule looks for a list of principles: the items under a heading that names principles ("Our
principles", "Design principles"), a list introduced as principles ("The principles are:"), or a count
in the text ("six principles guide our work"). It fires once, for the document, when there is none, and
says what comes close: principles stated in passing, or a named set of principles the document follows
without listing them ("guided by the Identity and Privacy Principles").

Bad: "This strategy lists the 40 projects we will deliver over the next three years."

Good: "Six principles guide all our digital work, starting with: design with users, not for them."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import principles
from strategylint.findings import Evidence, Finding, excerpt

CODE = "SL203"
NAME = "useful-to-teams"
SIGN = "useful-to-teams"
SEVERITY = "info"
OPTIONS: dict[str, Any] = {}
NAMED_QUOTE = 100  # characters of the sentence that names a set of principles


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(principles.extract)
    if found is not None:
        yield Evidence("useful-to-teams", found.evidence.quote, found.evidence.location,
                       note=f"{found.count} principles ({found.basis})")
        return
    passing = doc.facts.get(principles.stated)
    named = doc.facts.get(principles.named_set)
    aside = ""
    if passing is not None:
        aside = (" Some principles are stated in passing (" + ", ".join(repr(n) for n in passing.items[:4])
                 + "), but not gathered into a list a team can apply.")
    elif named is not None:
        aside = (f" It refers to a set of principles ('{excerpt(named.quote, named.phrase, NAMED_QUOTE)}', "
                 f"{named.location.describe()}) but does not say which of them guide this plan's decisions.")
    yield Finding(
        message=("No guiding principles: the guidance asks strategies to 'focus on providing guiding principles "
                 "to help people make the right decisions'." + aside),
        suggestion=("Add a short list of principles (five to ten) that a team can apply to a decision the strategy "
                    "does not cover, e.g. 'design with users', 'fix the basics first'."),
    )
