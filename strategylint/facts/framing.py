"""How the document frames digital change: as technology, or as outcomes for people.

Three measures, each with its evidence:

* vocabulary: mentions of the `it-vocabulary` list (IT, platforms, servers, hosting, APIs...) against
  the `user-outcomes` list (patients, residents, staff, user needs, outcomes, businesses...), counted in
  running text only: headings and lines in capitals are left out ("WHAT IT MEANS" is not about IT), and
  so is a technology word that names an industry, a job or a subject of study ("the ICT sector", "IT
  graduates", "software skills"), which is about the economy, not the organisation's technical change;
* system subjects: goals whose subject, before "will", "shall" or "should", is a system rather than a
  person or a team ("The new platform will...", "Our cloud infrastructure shall..."); "The platform
  team will..." is a team and "The education system will..." a system of society, and neither counts;
* owners: mentions of IT roles (the `it-owners` list: CIO, CTO, the IT department) against executive and
  service roles (`business-owners`: the chief executive, the board, clinical and service leads).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts.patterns import LEADING_NUMBERING
from strategylint.findings import Evidence
from strategylint.lexicons import is_case_sensitive

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Mention, Sentence

# systems of society are not technology: "the education system will..."
_NOT_SOCIETAL = "".join(f"(?<!{word} )" for word in (
    "education", "health", "healthcare", "care", "school", "justice", "welfare", "tax", "benefits", "legal",
    "political", "economic", "financial", "social", "transport", "energy", "food", "innovation", "court", "pension"))
SYSTEM_NOUN = (rf"(?:platforms?|{_NOT_SOCIETAL}systems?|solutions?|software|infrastructure|architecture|applications?"
               r"|apps?|portals?|cloud|servers?|data\s+(?:centres?|centers?|warehouse|lake|platform)|databases?|tools?"
               r"|technology|technologies|tech\s+stack|ERP|CRM|EPR|EHR|APIs?|middleware|intranet|website"
               r"|chatbots?|hardware)")
# words that may stand between the determiner and the system noun: adjectives and other nouns, never a
# function word, a verb of reporting or a word for people ("The platform team will..." is a team)
_NOT_MODIFIER = (r"(?:of|for|to|in|on|at|by|with|from|that|which|who|whose|and|or|but|if|when|once|as|because|how"
                 r"|what|where|why|whether|we|they|you|it|is|are|was|were|be|been|means?|shows?|says?|team|teams"
                 r"|staff|users?|people|customers?|patients?|residents?|citizens?|owners?|leads?|managers?|companies"
                 r"|company|firms?|businesses|organi[sz]ations?|government|governments|developing|using|providing)")
_MODIFIER = rf"(?!{_NOT_MODIFIER}\b)[\w&/-]+"
_DETERMINER = r"(?:the|our|a|an|this|these|each|every|all|its|their|new)"
SYSTEM_SUBJECT = re.compile(
    rf"^(?:[\w ]{{1,30}}:\s*)?(?=(?-i:[A-Z]))(?:{_DETERMINER}\s+)*(?:{_MODIFIER}\s+){{0,3}}?{SYSTEM_NOUN}\s+"
    rf"(?:will|shall|should|is\s+going\s+to|are\s+going\s+to)\s+(?!be\s+(?:used|designed|chosen|selected|procured"
    rf"|bought|built|replaced|retired|decommissioned|reviewed|led|owned|needed|required)\b|not\b)",
    re.IGNORECASE)
# a technology word naming an industry, a job or a subject of study ("the ICT sector", "IT graduates",
# "software skills") is about the economy, not about the organisation's own technical change
DOMAIN_NOUN = re.compile(
    r"^[\s-]*(?:sectors?|industry|industries|companies|company|firms|businesses|enterprises|SMEs|start-?ups|clusters?"
    r"|markets?|economy|exports|employers|employment|jobs|careers|workforce|talent|skills|professionals?|graduates"
    r"|specialists|experts|engineers|developers|testers|practitioners|workers|researchers|research|education|courses"
    r"|qualifications|apprenticeships|training|curriculum|lessons|teaching|literacy|students|teachers|occupations"
    r"|roles|vacancies|labour|labor)\b",
    re.IGNORECASE)
SHOUTING_CHARS = 6
# a goal needs one of these before a system can be its subject
_MODALS = (" will ", " shall ", " should ", " going to ")
MAX_EVIDENCE = 5


@dataclass(frozen=True, slots=True)
class SystemSubject:
    """A goal whose subject is a system: "The new platform will..."."""

    sentence: Sentence
    subject: str

    @property
    def evidence(self) -> Evidence:
        return Evidence("system_subject", self.sentence.text, self.sentence.location, f"subject: {self.subject!r}")


@dataclass(slots=True)
class Framing:
    """Counts of technology against user and outcome vocabulary, system-subject sentences and owners."""

    tech_mentions: int = 0
    user_mentions: int = 0
    tech_terms: Counter[str] = field(default_factory=Counter)
    user_terms: Counter[str] = field(default_factory=Counter)
    tech_by_sentence: Counter[int] = field(default_factory=Counter)
    system_subjects: list[SystemSubject] = field(default_factory=list)
    it_owners: list[Evidence] = field(default_factory=list)
    business_owners: list[Evidence] = field(default_factory=list)
    it_owner_mentions: int = 0
    business_owner_mentions: int = 0

    @property
    def ratio(self) -> float:
        """Technology mentions per user or outcome mention (the user count floored at one)."""
        return self.tech_mentions / max(self.user_mentions, 1)

    def as_dict(self) -> dict[str, object]:
        return {
            "tech_mentions": self.tech_mentions,
            "user_mentions": self.user_mentions,
            "ratio": round(self.ratio, 2),
            "top_tech_terms": [t for t, _ in self.tech_terms.most_common(5)],
            "top_user_terms": [t for t, _ in self.user_terms.most_common(5)],
            "system_subject_sentences": len(self.system_subjects),
            "it_owner_mentions": self.it_owner_mentions,
            "business_owner_mentions": self.business_owner_mentions,
            "evidence": [s.evidence.as_dict() for s in self.system_subjects[:3]],
        }


def shouting(text: str) -> bool:
    """A line in capitals ("WHAT IT MEANS FOR YOU"), where IT and the like are not acronyms."""
    return len(text) >= SHOUTING_CHARS and text.isupper()


def _running(doc: AnalysedDocument) -> list[Sentence]:
    return [s for s in doc.body_sentences if not shouting(s.text)]


def _normal(text: str, exact: frozenset[str]) -> str:
    """One spelling per term: a word-list term in capitals ("IT", "APIs") as listed, the rest in lower case."""
    return text if text in exact else text.lower()


def _owners(doc: AnalysedDocument, found: Framing, counted: set[int]) -> None:
    it: dict[int, list[Mention]] = {}
    business: dict[int, list[Mention]] = {}
    for lexicon, by_sentence in (("it-owners", it), ("business-owners", business)):
        for mention in doc.mentions(lexicon):
            if mention.sentence in counted:
                by_sentence.setdefault(mention.sentence, []).append(mention)
    found.it_owner_mentions = sum(map(len, it.values()))
    found.business_owner_mentions = sum(map(len, business.values()))
    for index, mentions in sorted(it.items())[:MAX_EVIDENCE]:
        found.it_owners.append(doc.evidence("it_owner", doc.sentence(index), mentions[0].text))
    for index, mentions in sorted(business.items()):
        # an executive who leads, with IT in support, is the good sign: the executive comes first
        if index in it and it[index][0].start < mentions[0].start:
            continue
        found.business_owners.append(doc.evidence("business_owner", doc.sentence(index), mentions[0].text))
        if len(found.business_owners) >= MAX_EVIDENCE:
            break


def extract(doc: AnalysedDocument) -> Framing:
    found = Framing()
    running = _running(doc)
    counted = {s.index for s in running}
    for lexicon, counter in (("it-vocabulary", found.tech_terms), ("user-outcomes", found.user_terms)):
        exact = frozenset(t for t in doc.lexicons.get(lexicon, ()) if is_case_sensitive(t))
        for mention in doc.mentions(lexicon):
            if mention.sentence not in counted:
                continue
            if lexicon == "it-vocabulary":
                sentence = doc.sentence(mention.sentence)
                if DOMAIN_NOUN.match(sentence.text[mention.end - sentence.start :]):
                    continue
                found.tech_by_sentence[mention.sentence] += 1
            counter[_normal(mention.text, exact)] += 1
    found.tech_mentions = sum(found.tech_terms.values())
    found.user_mentions = sum(found.user_terms.values())
    for sentence in running:
        text = sentence.text
        if any(modal in text for modal in _MODALS):
            match = SYSTEM_SUBJECT.search(LEADING_NUMBERING.sub("", text))
            if match:
                found.system_subjects.append(SystemSubject(sentence, match.group(0).split(":")[-1].strip()))
    _owners(doc, found, counted)
    return found
