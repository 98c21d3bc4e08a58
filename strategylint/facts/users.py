"""What the document knows about its users: research and feedback, named groups and their needs, and
equality, inclusion and accessibility.

The guidance asks for strategies that "address the most important needs of patients, service users
and staff", built on feedback "from both staff and service users", with "equality, diversity and
inclusion at the heart". Research counts when the text speaks of finding out (user research, feedback,
surveys, satisfaction, testing with users, meeting users to review what they ask for); needs count when a
group's needs are named ("residents need", "the needs of patients"), and so do the skills needs a skills plan
starts from ("the skills needs of the industry"), and so do the items under a persona's "Challenges:" or "Pain
points:" in a section on target customers or personas. Inclusion counts on the words for equality,
accessibility and digital exclusion. Nothing in a section on competitors or on another country counts: their
students and citizens are not the organisation's users.

Research it has done into what its users need is a strong sign whatever the rate: a sentence that
reports research carried out (a survey conducted, people who responded, interviews held) and names needs
or demand ("43 firms responded to the survey on their digital skills needs"). A plan to do it ("a survey
will be conducted") is not research done.

A section given to users is also a stronger sign than any rate: a heading that names users, citizens,
customers, patients or residents, or inclusion, accessibility, equality or diversity ("Part 6 — Inclusive
and Diverse AI", "Redesigning services around the needs of users"), with at least ``SECTION_SENTENCES``
such sentences under it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts.patterns import IMPERATIVE, CuedBranches, folded_sentences
from strategylint.facts.patterns import has_any as _has_any
from strategylint.facts.places import about_others, home
from strategylint.facts.topics import headings_on, running_text
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

GROUPS = (r"(?:users?|service users?|patients?|residents?|citizens?|customers?|carers?|staff|clinicians?|students?"
          r"|pupils?|learners?|teachers?|parents?|families|employees?|colleagues?|businesses|companies|SMEs?"
          r"|the public|people|communities|claimants|taxpayers|visitors|researchers|tenants|members|employers"
          r"|stakeholders?)")
# RESEARCH's branches in groups, each with words one of which stands wherever it matches: a sentence that speaks
# of research is not searched for feedback from each of the GROUPS
RESEARCH = CuedBranches((
    (("research",), r"\buser research\b|\bresearch with (?:\w+\s+){0,2}" + GROUPS),
    (("feedback",),
     r"\bfeedback (?:from|of|by) (?:\w+\s+){0,3}?" + GROUPS + r"|\b" + GROUPS + r"(?:'|’|'s|’s)? feedback\b"),
    (("surveyed", "interviewed", "asked", "listened to"),
     r"\b(?:we|they|it) (?:surveyed|interviewed|asked|listened to)\b"),
    (("survey", "satisf"),
     r"\bsurvey(?:s|ed)? (?:of|with|among) (?:[\w,.-]+\s+){0,3}?" + GROUPS
     + r"|\b(?:user|customer|patient|citizen|resident|student|staff|public) (?:satisfaction|surveys?)\b"
     r"|\bsatisfaction (?:surveys?|scores?|ratings?|levels?)\b"),
    (("test",), r"\buser testing\b|\btest(?:ed|ing|s)? (?:\w+ ){0,4}?with (?:\w+ )?" + GROUPS + r"\b"),
    (("codesign", "co-design", "coproduc", "co-produc", "lived experience", "focus group", "interview", "persona",
      "journey", "consult", "user centred", "user-centred", "user centered", "user-centered", "user focused",
      "user-focused", "insight", "you said", "pain point"),
     r"\bco-?design(?:ed)?\b"
     r"|\bco-?produc(?:e|ed|tion)\b|\blived experience\b|\bfocus groups? (?:with|of|among)\b"
     r"|\b(?:held|ran|run|conducted|organi[sz]ed) (?:\w+ ){0,3}?focus groups?\b|\binterview(?:s|ed)? with \w+"
     r"|\bpersonas?\b|\buser journeys?\b"
     r"|\bconsult(?:ation|ations|ed|ing)? (?:with )?(?:\w+\s+){0,3}?" + GROUPS
     + r"|\buser[- ]centred\b|\buser[- ]centered\b|\buser[- ]focused\b|\bcustomer insight\b|\buser insight\b"
     r"|\byou said,? we did\b|\bpain points?\b"),
    (("research stud",), r"\bresearch stud(?:y|ies) (?:on|of|into) (?:[\w-]+\s+){0,4}?needs\b"),
    # working with users on what they ask for: "our team meets with the customer to review all requested rules",
    # "review sessions with the customer", "The customer and your team review the reports", "The customer logs new
    # data quality rules, asks questions, and reports issues"
    (("meet", "met ", "review", "logs", "reports", "raises", "submits"),
     r"\b(?:meet|meets|met|meeting)\s+with\s+(?:the\s+|our\s+|your\s+)?" + GROUPS + r"\b"
     r"|\breview(?:s|ed|ing)?\s+(?:sessions?\s+)?(?:\w+\s+){0,4}?with\s+(?:the|our|your)\s+" + GROUPS + r"\b"
     r"|\b" + GROUPS + r"\s+and\s+(?:our|your|the)\s+(?:\w+\s+)?team\s+review\b"
     r"|\b(?:the|our|your)\s+" + GROUPS + r"\s+(?:logs?|reports?|raises?|submits?)\s+(?:[\w,]+\s+){0,6}?(?:issues"
     r"|problems|requests|requirements|rules|feedback|questions)\b"),
    # feedback in other words: "a range of issues have been raised by employers and other stakeholders"
    (("raised by", "expressed by", "reported by", "identified by"),
     r"\b(?:issues|concerns|problems|views|needs|difficulties|frustrations)\s+(?:have\s+been\s+|were\s+|was\s+)?"
     r"(?:raised|expressed|reported|identified)\s+by\s+(?:\w+\s+){0,3}?" + GROUPS),
), re.IGNORECASE)
NEEDS = re.compile(
    r"\b(?:user|customer|citizen|patient|business|learner|student)s?(?:'|’s|'s)? needs?\b"
    r"|\bskills? needs\b"  # what learners and employers need in a skills plan: "the skills needs of the industry"
    r"|\bneeds of (?:\w+\s+){0,3}?" + GROUPS + r"\b"
    # "businesses' needs", "employers' skills needs"; without the apostrophe, "businesses needs to be digitally
    # involved" is the verb
    r"|\b" + GROUPS + r"(?:(?:'|’|'s|’s) (?:\w+\s+)?needs\b| (?:\w+\s+)?needs\b(?! to\b))"
    r"|\b" + GROUPS + r" (?:need|want|expect|tell us|told us|said|asked)\b"
    r"|\bwhat (?:\w+\s+){0,2}" + GROUPS + r" (?:need|want|expect)\b"
    r"|\b" + GROUPS + r"\b[^.;]{0,40}\bthey (?:need|want|expect)\b"
    # a second verb of theirs: "Nearly all of our users find themselves in a ... stressful situation, want simple,
    # relevant information"
    r"|\b(?:our|the|most|many|all)\s+(?:\w+\s+)?" + GROUPS + r"\s+[a-z]+\b[^.;:]{0,80}?,\s+(?:and\s+)?(?:need|want"
    r"|expect)\s"
    # a need stated from the user's side, as a requirement or a user story: "Human users should be able to find our
    # data", "As a resident, I want to ..." (not "businesses will be able to": an outcome, not a need)
    r"|\b(?:users?|service users?) (?:should|must) be able to\b"
    r"|\b(?:end )?(?:users?|customers?|citizens|patients|residents) in mind\b"  # "with the end uses and users in mind"
    # the users' problems, as they raised them: "issues have been raised by employers and other stakeholders"
    r"|\b(?:issues|concerns|problems|pain points|barriers|difficulties)\s+(?:have been\s+|were\s+|are\s+)?"
    r"(?:raised|reported|highlighted|expressed)\s+by\s+(?:\w+\s+){0,2}?" + GROUPS + r"\b"
    r"|\bas an? (?:\w+\s+){0,2}?" + GROUPS + r",? I (?:want|need)\b",
    re.IGNORECASE)
# cheap tests first: each pattern below can only match where one of these words stands
# (the longer forms, such as "co-design" for "design", spare the patterns the many sentences on product design)
_INCLUSION_WORDS = ("equalit", "diversity", "inclusion", "inclusive", "accessib", "exclu", "assisted", "disabilit",
                    "disabled", "digital divide", "behind", "skills for all", "liner", "never")
_NEED_WORDS = ("need", "want", "expect", "tell us", "told us", "said", "asked", "able to", "raised", "reported",
               "highlighted", "expressed", "in mind")
# and NEEDS only where one of the GROUPS stands too
_GROUP_WORDS = ("user", "patient", "resident", "citizen", "customer", "carer", "staff", "clinician", "student", "pupil",
                "learner", "teacher", "parent", "families", "employee", "colleague", "business", "companies", "sme",
                "public", "people", "communities", "claimant", "taxpayer", "visitor", "researcher", "tenant", "member",
                "employer", "skill", "stakeholder")


# Any word that shows users are in view at all: enough for a partial answer, never for an addressed one.
USERS_IN_VIEW = re.compile(
    r"\b(?:users?|user needs|stakeholders?|feedback|consult(?:ation|ations|ed|ing)?|surveys?|satisfaction|usability"
    r"|engag(?:e|ed|ing|ement) with)\b", re.IGNORECASE)
_IN_VIEW_WORDS = ("user", "stakeholder", "feedback", "consult", "survey", "satisf", "usabil", "engag")

INCLUSION = re.compile(
    # diversity of people: not "biological diversity data" or "a diversity of suppliers"
    r"\bequalit(?:y|ies)\b|(?<!biological )(?<!a )\bdiversity\b(?! of)|\binclusion\b|\binclusive\b"
    # accessible to people, not data "accessible, useful, understandable and timely"
    r"|\baccessibility\b|\baccessible\s+(?:and usable\b|(?:[\w,]+\s+){0,3}?(?:to|for|so that)\s+(?:all|everyone"
    r"|everybody|people|persons|the disabled|disabled|users|citizens|learners|customers|patients|residents)\b)"
    r"|\bdigital(?:ly)? exclu"
    r"|\bexcluded\b|\bassisted digital\b|\bdisabilit(?:y|ies)\b|\bdisabled\b|\bdigital divide\b|\binequalit"
    r"|\bdigital skills for all\b|\bleave (?:no one|nobody) behind\b|\bnon-?liners?\b"
    r"|\bnever (?:been online|used the internet)\b",
    re.IGNORECASE)

# research reported as done, into needs: "conducted a survey ... to understand the demand for digital skills"
RESEARCH_DONE = re.compile(
    r"\b(?:conducted|carried out|undertook|undertaken|commissioned|held|surveyed|interviewed|responded|respondents"
    r"|took part|participated)\b", re.IGNORECASE)
RESEARCH_METHOD = re.compile(r"\b(?:surveys?|consultations?|interviews|focus groups|user research|questionnaires?"
                             r"|research\s+into|stud(?:y|ies)\s+(?:of|into|on))\b", re.IGNORECASE)
NEEDS_OR_DEMAND = re.compile(r"\b(?:needs|demand|requirements|expectations|pain points)\b", re.IGNORECASE)
PLANNED = re.compile(r"\b(?:will|shall|plan(?:s|ned)? to|intends? to|is to be|are to be)\b", re.IGNORECASE)
_RESEARCH_DONE_WORDS = ("conducted", "carried out", "undert", "commissioned", "held", "surveyed", "interviewed",
                        "respon", "took part", "participated")


def _needs_research(text: str) -> bool:
    return (bool(RESEARCH_DONE.search(text)) and bool(RESEARCH_METHOD.search(text))
            and bool(NEEDS_OR_DEMAND.search(text)) and not PLANNED.search(text))


@dataclass(frozen=True, slots=True)
class Users:
    research: list[Evidence] = field(default_factory=list)
    needs: list[Evidence] = field(default_factory=list)
    inclusion: list[Evidence] = field(default_factory=list)
    groups: tuple[str, ...] = ()
    in_view: list[Evidence] = field(default_factory=list)
    sections: list[Evidence] = field(default_factory=list)  # headings of sections given to users
    named: Counter[str] = field(default_factory=Counter)  # how often each kind of service user is named
    needs_research: list[Evidence] = field(default_factory=list)  # research done into needs: a strong sign

    @property
    def mentions_users_needs(self) -> bool:
        return bool(self.research or self.needs)

    def ranked(self) -> list[Evidence]:
        """The sentences on users' needs and research, once each: research done into needs first, then research and
        then needs, each in the text's order; research only planned ("we will gather feedback") after them, since it
        shows how the plan will find out, not what it knows; and needs in a body's name last."""
        planned = {e.quote for e in self.research if PLANNED.search(e.quote) or IMPERATIVE.match(e.quote)}
        # needs in a name ("informed by the work of the Expert Group on Future Skills Needs") still count, since the
        # body studies them, but show a reader no need: quoted last
        named = {e.quote for e in self.needs if _NAMED.search(e.phrase or "")}
        ordered = sorted(self.research + self.needs, key=lambda e: (e.quote in named, e.quote in planned))
        return list({e.quote: e for e in [*self.needs_research, *ordered]}.values())

    def as_dict(self) -> dict[str, object]:
        return {"research": len(self.research), "needs": len(self.needs), "inclusion": len(self.inclusion),
                "groups": list(self.groups)}


def extract(doc: AnalysedDocument) -> Users:
    research: list[Evidence] = []
    needs: list[Evidence] = []
    inclusion: list[Evidence] = []
    groups: dict[str, None] = {}
    in_view: list[Evidence] = []
    named: Counter[str] = Counter()
    needs_research: list[Evidence] = []
    # the sentences that pass each cheap test, found in one pass over the document per word
    folded = doc.facts.get(folded_sentences)
    with_research_words = folded.with_any(RESEARCH.words)  # every branch's cue words
    with_need_words = folded.with_any(_NEED_WORDS)
    with_inclusion_words = folded.with_any(_INCLUSION_WORDS)
    with_service_users = folded.with_any(_SERVICE_USER_WORDS)
    with_research_done = folded.with_any(_RESEARCH_DONE_WORDS)
    own_places = doc.facts.get(home)
    persona_label: str | None = None  # the persona field the list items stand under ("Challenges:")
    persona_path: tuple[str, ...] = ()
    for sentence in doc.facts.get(running_text):
        if about_others(sentence.block, own_places):
            continue  # a competitor's students, another country's citizens
        text = sentence.text
        lowered = doc.lowered[sentence.index]
        if (label := PERSONA_FIELD.match(text)) is not None:
            in_personas = any(PERSONA_SECTION.search(title) for title in sentence.block.section_path)
            persona_label = label.group(1) if in_personas and PAIN_FIELD.match(label.group(1)) else None
            persona_path = sentence.block.section_path
            continue
        if persona_label is not None:
            if sentence.block.section_path != persona_path or PERSONA_NUMBER.match(text):
                persona_label = None
            else:  # "Challenges: • Limited financial resources for further education": a persona's need
                needs.append(doc.evidence("mentions_users_needs", sentence,
                                          f"a persona's {persona_label.lower()}"))
                continue
        if sentence.index in with_research_words and (match := RESEARCH.search(text, lowered)):
            research.append(doc.said("mentions_users_needs", sentence, match.group(0)))
        if (sentence.index in with_need_words and _has_any(lowered, _GROUP_WORDS)
                and (match := NEEDS.search(text))):
            needs.append(doc.said("mentions_users_needs", sentence, match.group(0)))
            group = re.search(GROUPS, match.group(0), re.IGNORECASE)
            if group:
                groups.setdefault(group.group(0).lower(), None)
        if sentence.index in with_inclusion_words and (match := INCLUSION.search(text)):
            inclusion.append(doc.said("mentions_equality_inclusion", sentence, match.group(0)))
        if len(in_view) < 3 and _has_any(lowered, _IN_VIEW_WORDS) and (match := USERS_IN_VIEW.search(text)):
            in_view.append(doc.said("mentions_users_needs", sentence, match.group(0)))
        if sentence.index in with_research_done and _needs_research(text):
            needs_research.append(doc.evidence("mentions_users_needs", sentence, "reports research into needs"))
        if sentence.index in with_service_users:
            named.update(_plural(word) for word in SERVICE_USER.findall(lowered))
    return Users(research, needs, inclusion, tuple(list(groups)[:10]), in_view,
                 _user_sections(doc, research + needs + inclusion), named, needs_research)


# needs in a body's or a report's name: "the Expert Group on Future Skills Needs", "Research Study on High-Level Skill
# Needs in the Northern Ireland ICT Sector"
_NAMED = re.compile(r"\b[A-Z][\w-]*\s+Needs?\b")


# a persona's fields, as marketing and service strategies set them out under "Target customers": "• Challenges:" and
# the items after it are what that kind of user struggles with
PERSONA_FIELD = re.compile(r"^\W*([A-Z][\w ]{2,30}?)\s*:\s*$")
PAIN_FIELD = re.compile(r"^(?:challenges|pain points?|needs|frustrations|barriers|problems)$", re.IGNORECASE)
PERSONA_SECTION = re.compile(r"\b(?:personas?|target (?:customers?|audiences?|users?|groups?|markets?)|audiences?"
                             r"|(?:user|customer) (?:profiles?|segments?|types?))\b", re.IGNORECASE)
PERSONA_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")


# consulting on the strategy: not research into users' needs, but evidence the findings should quote, not ignore
CONSULTED = re.compile(
    r"\b(?:public|online|open|national|stakeholder)\s+consultations?\b|\bconsultation\s+(?:process|exercise|period)\b"
    r"|\b(?:held|ran|conducted|organi[sz]ed|carried out)\s+(?:\w+\s+){0,3}?(?:workshops|consultations?|surveys"
    r"|interviews|focus groups|forums)\b|\b\d+\s+(?:respondents|submissions)\b|\bengaged widely\b", re.IGNORECASE)
_CONSULTED_WORDS = ("consult", "workshop", "survey", "interview", "focus group", "forum", "respondent", "submission",
                    "engaged widely")


def consultation(doc: AnalysedDocument) -> Evidence | None:
    """The first sentence that reports consulting on the strategy ("on the basis of feedback from expert forums and
    a comprehensive public consultation process"), not a plan to ("a survey will be conducted")."""
    with_words = doc.facts.get(folded_sentences).with_any(_CONSULTED_WORDS)
    for sentence in doc.body_sentences:
        if sentence.index in with_words and (match := CONSULTED.search(sentence.text)) \
                and not PLANNED.search(sentence.text):
            return doc.said("consultation", sentence, match.group(0))
    return None


# the people a service is for, as a document names them: how often says whether users are in view at all
SERVICE_USER = re.compile(r"\b(users?|customers?|patients?|residents?|citizens?|students?|pupils?|learners?"
                          r"|carers?|claimants?|tenants?|service users?)\b")
_SERVICE_USER_WORDS = ("user", "customer", "patient", "resident", "citizen", "student", "pupil", "learner", "carer",
                       "claimant", "tenant")


def _plural(word: str) -> str:
    return word if word.endswith("s") else word + "s"


USER_HEADING = re.compile(r"\b(?:users?|user[- ]cent(?:red|ered)|customers?|citizens?|patients|residents|inclusion"
                          r"|inclusive|accessib\w+|equality|diversity)\b", re.IGNORECASE)
SECTION_SENTENCES = 3
HEADING_MAX_WORDS = 10


def _user_sections(doc: AnalysedDocument, evidence: list[Evidence]) -> list[Evidence]:
    """Headings on users whose sections hold at least `SECTION_SENTENCES` of the sentences found on them."""
    quotes = {e.quote for e in evidence}
    per_title: dict[str, int] = {}
    found: set[int] = set()
    for sentence in doc.body_sentences:
        if sentence.text in quotes:
            found.add(sentence.index)
            for title in dict.fromkeys(sentence.block.section_path):
                per_title[title] = per_title.get(title, 0) + 1
    return [doc.section_evidence("mentions_users_needs", heading, "a section given to users", frozenset(found))
            for heading in headings_on(doc, USER_HEADING, max_words=HEADING_MAX_WORDS)
            if per_title.get(heading.text, 0) >= SECTION_SENTENCES]
