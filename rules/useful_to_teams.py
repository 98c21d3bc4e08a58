"""No guiding principles that help teams make the right decisions.

The guidance's sign *Useful to teams*: "Digital strategies can't detail everything you're planning to
deliver. Instead, focus on providing guiding principles to help people make the right decisions." Its
example: "The Royal Borough of Greenwich settled on six principles that guide all their digital
transformation."

The rule looks for a list of principles: the items under a heading that names principles ("Our principles",
"Design principles"), a list introduced as principles ("The principles are:"), or a count in the text ("six
principles guide our work"). A named set of principles the document follows without listing them, published
elsewhere ("guided by the Identity and Privacy Principles"; an annual action plan under a strategy that
"provided a Mission Statement, Principles, and Practices"; a named body's set the work is bound to, "data
publishing should incorporate the guidelines and principles from W3C", not one foreseen, "more research data
will comply with FAIR principles") counts too: its teams have the principles. So do defaults and exceptions
that run through the text, at least two distinct ones in three sentences or more ("As the default, assisted
digital support will be provided through the private sector"; "In exceptional circumstances, departments may
seek an exemption"; "a digital-first approach"): they tell a team what to do when the strategy is silent, as
principles do. One slogan ("digital by default") said once is not enough. Principles of another text are not
the strategy's: "social media guidelines ... based on six principles", "Article 5 of the GDPR summarizes these
principles". The rule fires once, for the document, when there is none, and says what comes close: principles
stated in passing.

Bad: "This strategy lists the 40 projects we will deliver over the next three years."

Good: "Six principles guide all our digital work, starting with: design with users, not for them."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import principles
from strategylint.findings import Evidence, Finding

CODE = "SL203"
NAME = "useful-to-teams"
SIGN = "useful-to-teams"
SEVERITY = "info"
OPTIONS: dict[str, Any] = {}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(principles.extract)
    if found is not None:
        yield Evidence("useful-to-teams", found.evidence.quote, found.evidence.location,
                       note=f"{found.count} principles ({found.basis})")
        return
    named = doc.facts.get(principles.named_set)
    if named is not None:
        # an action plan that follows its parent strategy's principles, published elsewhere: the teams have them
        yield Evidence("useful-to-teams", named.quote, named.location,
                       note=f"follows a named set of principles published elsewhere ({named.phrase!r})")
        return
    rules = doc.facts.get(principles.decision_rules)
    if rules:
        named_rules = ", ".join(repr(e.phrase) for e in rules[:4])
        yield from (Evidence("useful-to-teams", e.quote, e.location,
                             note=f"sets defaults and exceptions teams can decide by ({named_rules})")
                    for e in rules[:3])
        return
    passing = doc.facts.get(principles.stated)
    aside = ""
    if passing is not None:
        aside = (" Some principles are stated in passing (" + ", ".join(repr(n) for n in passing.items[:4])
                 + "), but not gathered into a list a team can apply.")
    yield Finding(
        message=("No guiding principles: the guidance asks strategies to 'focus on providing guiding principles "
                 "to help people make the right decisions'." + aside),
        suggestion=("Add a short list of principles (five to ten) that a team can apply to a decision the strategy "
                    "does not cover, e.g. 'design with users', 'fix the basics first'."),
    )
