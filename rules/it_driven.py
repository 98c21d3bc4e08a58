"""Technology and IT outweigh the people and outcomes the strategy is for.

The guidance's sign *IT-driven*: "Digital transformation is enabled by technology, but to truly succeed
it needs to be led by chief executives, not chief information officers. Good digital strategy focuses
more on outcomes for patients and staff than technical changes."

The rule weighs the document's words. On one side, technology and IT (the ``it-vocabulary`` word list:
IT, platforms, servers, hosting, APIs, enterprise architecture, the CIO...); on the other, people and
outcomes (``user-outcomes``: patients, residents, staff, customers, user needs, outcomes, satisfaction,
and for national strategies businesses, jobs and society). Headings and lines set in capitals are not
counted, nor is a technology word that names an industry or a subject of study ("the ICT sector", "IT
graduates").
It gives one finding for the document when technology words are dense, at least
``min-per-1000-words`` (default 9.0) per 1,000 words, and at least ``ratio`` (default 1.0) times the
words for people and outcomes, with at least ``min-tech-mentions`` (default 5) of them. A strategy led
by outcomes names its technology, but not in every other sentence; a national agenda that says "infrastructure" fifty
times in 30,000 words about citizens and businesses is not IT-driven. The finding quotes a goal whose subject is
a system rather than a person ("The new platform will..."), when there is one, and says whom the text
names as owners: IT roles (CIO, CTO, the IT department) or executives and service leads.

Options: ``min-per-1000-words`` (default 9.0), ``ratio`` (default 1.0), ``min-tech-mentions`` (default 5).

Bad: "The new platform will move our servers, APIs and data warehouse to the cloud, and the CIO will lead
the hosting upgrade."

Good: "By March 2026 residents and carers will renew a parking permit online in five minutes and staff
will spend less time on calls; the chief executive owns this outcome, and a new platform is how we get there."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts.framing import Framing
from strategylint.findings import Evidence, Finding
from strategylint.model import DOCUMENT_LOCATION, Location

CODE = "SL101"
NAME = "it-driven"
SIGN = "it-driven"
SEVERITY = "warning"
OPTIONS = {"min-per-1000-words": 9.0, "ratio": 1.0, "min-tech-mentions": 5}
MIN_IT_OWNERS = 2  # one mention of the IT team says little about who owns the strategy


def _typical(doc: AnalysedDocument, framing: Framing) -> tuple[str | None, Location, str]:
    """The quote that shows the framing best: the system-subject goal with the most technology words, else
    the sentence with the most technology words."""
    per_sentence = framing.tech_by_sentence
    if framing.system_subjects:
        best = max(framing.system_subjects, key=lambda s: per_sentence.get(s.sentence.index, 0))
        return (best.sentence.text, best.sentence.location,
                f"a goal whose subject is a system, not a person ({best.subject!r})")
    if per_sentence:
        index = max(per_sentence, key=lambda i: (per_sentence[i], -i))
        sentence = doc.sentence(index)
        return sentence.text, sentence.location, f"the sentence with most technology terms ({per_sentence[index]})"
    return None, DOCUMENT_LOCATION, ""


def _owners(framing: Framing) -> str:
    it, business = framing.it_owner_mentions, framing.business_owner_mentions
    if it >= MIN_IT_OWNERS and it > business:
        return (f" Ownership sits with IT: {it} mentions of IT roles (such as {framing.it_owners[0].note!r}) "
                f"against {business} of executives or service leads.")
    return ""


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    framing = doc.facts.framing
    density = framing.tech_mentions * 1000 / max(doc.words, 1)
    clearly_technical = (framing.tech_mentions >= int(options["min-tech-mentions"])
                         and density >= float(options["min-per-1000-words"])
                         and framing.tech_mentions >= float(options["ratio"]) * max(framing.user_mentions, 1))
    if not clearly_technical:
        yield from framing.business_owners[:3]
        return
    quote, location, why = _typical(doc, framing)
    tech_terms = ", ".join(term for term, _ in framing.tech_terms.most_common(4))
    user_terms = ", ".join(term for term, _ in framing.user_terms.most_common(3)) or "none"
    subjects = len(framing.system_subjects)
    subject_text = (f" In {subjects} goal{'s' if subjects != 1 else ''} a system, not a person, is the subject."
                    if subjects else "")
    yield Finding(
        message=(f"The text is about technology more than outcomes: {framing.tech_mentions} mentions of technology "
                 f"and IT ({tech_terms}), {density:.0f} per 1,000 words, beside {framing.user_mentions} of users and "
                 f"outcomes ({user_terms}).{subject_text}{_owners(framing)} The guidance: good digital strategy "
                 "'focuses more on outcomes for patients and staff than technical changes', and is 'led by chief "
                 "executives, not chief information officers'." + (f" Quoted: {why}." if why else "")),
        suggestion=("Start each goal from the people it serves and the outcome they will see ('Residents will...', "
                    "'Nurses will spend less time...'), say what the technology enables, and name an executive or "
                    "service lead as the owner, with IT in support."),
        location=location,
        quote=quote,
        data={"framing": framing.as_dict(), "tech_per_1000_words": round(density, 1)},
    )
