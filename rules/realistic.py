"""Nothing says what has already been delivered: the strategy does not build on a track record.

The guidance's sign *Realistic*: "It is important to build trust – many staff have experience of being
let down by the promise of new technology. Talk about what you've already delivered and set realistic
goals."

A delivery is a sentence saying the organisation has done something specific: a verb of delivery in the
past ("we have launched", "the council moved", "were rolled out") with a number, a year or a named
service ("since 2015 we have saved £2m", "we launched the Report It app in 2019"), or an earlier plan
that worked ("the policies pursued by this Action Plan worked, boosting ... in 2013"). Writing or publishing
a plan does not count ("The Plan has been developed as a collaboration ...", "the government published
its green paper"), nor do other countries' and bodies' deliveries ("The US and China have developed
ambitious plans"), nor the world's ("Global AI policymaking has already begun"), nor the field's history
("Artificial intelligence has been developed since the 1950s"), nor a proposal put forward or drawn up ("has
developed a proposal for funding support"), nor progress claimed in general ("China has achieved important
progress in the field of AI") unless the sentence says what it was ("for example ..."), nor what a target says
will have happened ("by 2025, ... has made positive progress"), nor forecasts
("55% expect to have implemented it"), nor a trend no one is said to have delivered ("The number of firms
registered in Northern Ireland has increased"). The rule fires once, for the document, with fewer than ``min-
deliveries`` such sentences.

Options: ``min-deliveries`` (default 1).

Bad: "We will become a world-leading digital organisation."

Good: "Since 2019 we have moved 40 services online and saved £2m a year."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import track_record
from strategylint.findings import Evidence, Finding
from strategylint.model import DOCUMENT_LOCATION

CODE = "SL205"
NAME = "realistic"
SIGN = "realistic"
SEVERITY = "info"
OPTIONS = {"min-deliveries": 1}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(track_record.extract)
    yield from found.deliveries[:3]
    if len(found.deliveries) >= int(options["min-deliveries"]):
        return
    claim = found.progress_claims[0] if found.progress_claims else None
    said = ("Nothing says what has already been delivered" if claim is None else
            "Nothing specific says what has already been delivered: progress is claimed only in general")
    yield Finding(
        message=f"{said}. The guidance: 'Talk about what you've already delivered and set realistic goals.'",
        suggestion=("Open with the track record: what you launched, moved or saved, with numbers and dates, and "
                    "what you learned from it."),
        location=claim.location if claim else DOCUMENT_LOCATION,
        quote=claim.quote if claim else None,
        data={"deliveries": len(found.deliveries), "progress_claims": len(found.progress_claims)},
    )
