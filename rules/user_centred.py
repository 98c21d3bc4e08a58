"""Nothing shows the strategy starts from its users' needs.

The guidance's sign *User centred*: "Digital transformation should address the most important needs of
patients, service users and staff." Board question 3 adds feedback "from both staff and service users"
and "equality, diversity and inclusion at the heart of their approach".

The rule reads what the document says about its users: research and feedback (user research,
surveys, satisfaction, testing with users, meeting them to review what they ask for), the needs of named
groups ("what residents need", "stakeholder needs", the users of a data strategy) and the
challenges of its personas, and equality, inclusion and accessibility (services accessible to people, not
data that is "accessible, useful and timely"); not what it says of competitors' students or other countries'
citizens. Users run through a user-centred strategy; a technology plan
mentions them in passing. So the rule fires once, for the document, when such sentences come up fewer
than ``min-per-1000-words`` times per 1,000 words (default 1.75), counting research, needs and
inclusion sentences together. A section given to users (a heading on users, citizens, inclusion,
accessibility or equality with at least three such sentences under it) shows the sign whatever the rate, and
so does research the document reports having done into needs ("43 firms responded to the survey on their
digital skills needs", "commissioned Oxford Economics to conduct research into the skills needs of the
sector"). When it fires, it quotes what the document does say: research or feedback it mentions, or a
consultation on the strategy it reports ("a comprehensive public consultation process"), which is not yet
research into what users need.

Options: ``min-per-1000-words`` (default 1.75).

Bad: "We will modernise our infrastructure and migrate every server to the cloud."

Good: "User research with 200 residents showed that they need to report a missed bin in under a minute."
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import users
from strategylint.findings import Evidence, Finding, excerpt

CODE = "SL202"
NAME = "user-centred"
SIGN = "user-centred"
SEVERITY = "info"
OPTIONS = {"min-per-1000-words": 1.75}
# research that is plainly finding out from people, worth quoting back ("co-design" and "user-centred" are
# often said of software or of the plan itself)
FINDING_OUT = re.compile(r"survey|interview|feedback|user research|satisfaction|test", re.IGNORECASE)
RESEARCH_QUOTE = 80  # characters of the research sentence quoted in the message
NAMED_OFTEN_PER_1000 = 5  # users named this often are in view, even when their needs are not set out
NEARLY = 0.9  # a rate this close to the threshold is short of it, not users "in passing"


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(users.extract)
    yield from found.sections[:1]
    yield from found.ranked()[:3]
    yield from found.inclusion[:1]
    mentions = len(found.research) + len(found.needs) + len(found.inclusion)
    rate = mentions * 1000 / max(doc.words, 1)
    if (mentions and rate >= float(options["min-per-1000-words"])) or found.sections or found.needs_research:
        return
    sentences = f"{mentions} sentence{'s' if mentions != 1 else ''} of {doc.words:,} words ({rate:.1f} per 1,000 words)"
    named = sum(found.named.values())
    if named * 1000 / max(doc.words, 1) >= NAMED_OFTEN_PER_1000:
        group, times = found.named.most_common(1)[0]
        said = (f"It names its users often ('{group}' {times} times), but says little of what they need or how it "
                f"knows: their needs, research, feedback or inclusion come up in {sentences}.")
    elif first := next((e for e in found.research if FINDING_OUT.search(e.phrase or "")), None):
        said = (f"It does mention research or feedback ('{excerpt(first.quote, first.phrase, RESEARCH_QUOTE)}', "
                f"{first.location.describe()}), but users' needs, research or inclusion come up in only {sentences}: "
                "users are not yet the strategy's starting point.")
    elif consulted := doc.facts.get(users.consultation):
        said = (f"It reports consulting on the strategy ('{excerpt(consulted.quote, consulted.phrase, RESEARCH_QUOTE)}"
                f"', {consulted.location.describe()}), but users' needs, research or inclusion come up in only "
                f"{sentences}: what users need is not yet its starting point.")
    elif mentions and rate >= NEARLY * float(options["min-per-1000-words"]):
        said = (f"Users' needs, research or inclusion come up in {sentences}, a little short of the "
                f"{float(options['min-per-1000-words']):g} per 1,000 words of a strategy that starts from its users.")
    elif mentions:
        said = (f"Users' needs, research or inclusion come up in {sentences}: users appear in passing, not as the "
                "strategy's starting point.")
    else:
        said = "Nothing is said of users' needs, research, feedback or inclusion."
    yield Finding(
        message=(f"{said} The guidance: digital transformation 'should address the most important needs of "
                 "patients, service users and staff'."),
        suggestion=("Say who the users are, what they need most and how you know: user research, feedback, "
                    "complaints, satisfaction; and how the strategy includes people who struggle with digital."),
        data={"research": len(found.research), "needs": len(found.needs), "inclusion": len(found.inclusion),
              "per_1000_words": round(rate, 2), "users_named": named},
    )
