"""Board question 2: is there a succinct mission or vision the organisation can understand and repeat.

Board question 2 asks: "Does your digital strategy have a succinct mission that is understood across
the trust?" The guidance: "Having a simple, clear and consistent message about your digital aspirations
will help. Everyone on the board should recognise this mission and understand what sits behind it." Its
example is a trust known by a short phrase that is "repeated throughout their work".

The answer is addressed when the document states its mission or vision as such ("Our mission is ...", "Vision:
...", the first sentence under a Mission or Vision heading) or as a headline ambition ("Our ambition is ...",
"Our goal is a society in which ...", "Finland will be a safe and democratic society that produces the world's
best services"), in at most ``max-words`` words (default 30). It is partial when the only statement is long,
or is some narrower purpose or aim stated in passing, or when no statement is found but the document opens
with an aim ("Our data must be published on the web to become easy to find and use"); missing when it states
no aim at all. A vision or aim of something other than the strategy, the organisation or the subject it is
about ("the vision for Data Trusts is ...", "The purpose of this platform is ...", "The 2013 Action Plan for
Jobs aims to ...") is not its mission. Whether the board understands the mission cannot be read from the page,
so a phrase of it repeated elsewhere is shown as supporting evidence but not required.

Bad: "This document sets out the many things the directorate will do over the coming years."

Good: "Our mission is to be the work from anywhere trust. Every team plans how its staff can work from anywhere."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import mission
from strategylint.findings import Evidence, Finding

CODE = "SL302"
NAME = "q2-mission"
QUESTION = "q2-mission"
SIGN = None
SEVERITY = "info"
OPTIONS = {"max-words": 30}


ASK = "Does your digital strategy have a succinct mission that is understood across the organisation?"
STATE_IT = ("State the mission in one short sentence near the start ('Our mission is to ...') and use the same "
            "phrase throughout the strategy.")


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(mission.extract)
    if found is None and (aim := doc.facts.get(mission.opening_aim)) is not None:
        yield aim
        yield Finding(
            message=f"{ASK} No mission or vision is stated as such; the nearest is the aim it opens with.",
            suggestion=STATE_IT,
            location=aim.location,
            quote=aim.quote,
            decisive=False,
        )
        return
    if found is None:
        yield Finding(message=f"{ASK} No mission or vision statement was found.", suggestion=STATE_IT)
        return
    yield found.evidence
    yield from found.repeated_in[:2]
    max_words = int(options["max-words"])
    gaps = []
    if found.words > max_words:
        gaps.append(f"it runs to {found.words} words, more than {max_words}")
    if not found.headline:
        gaps.append("it is a narrower purpose or aim, not a mission or vision for the whole strategy")
    if gaps:
        yield Finding(
            message=("Is the mission succinct and understood across the organisation? A statement was found, but "
                     + " and ".join(gaps) + "."),
            suggestion=("State the mission in one memorable sentence near the start ('Our mission is to ...') and "
                        "repeat it where the strategy turns it into action."),
            location=found.evidence.location,
            quote=found.evidence.quote,
            decisive=False,
            data={"words": found.words, "repeated": len(found.repeated_in)},
        )
