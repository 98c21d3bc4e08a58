"""Where the document ties digital to the organisation's own plan: its corporate, business, clinical or
policy strategy.

Two strengths of evidence. A *link* names such a plan and says how digital serves it ("this strategy
supports the Corporate Plan's six themes", "aligned with the council's priorities"). A *mention* names
the plan without saying how ("see also the business plan"). Plans of the document itself ("this
digital strategy") do not count: the point is the plan that digital serves.

Two more kinds of link. A section headed "Link to Existing Strategy", "Alignment with the Corporate Plan"
or "How this supports the strategy", with text under it (the evidence is the heading and its first
sentence). And a sentence that says the document supports, serves, delivers, does not replace or makes
executable a proper name the document calls a strategy, ambition or programme elsewhere ("the CEO's As
One ambition" ... "in service of As One"). And a plan whose goals are said to serve the organisation's own
success or growth, by its name on the cover or its kind ("Relevant: Higher enrollment rates directly impact the
success and growth of MMTTC"): its goals are the business's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts import cover
from strategylint.facts.patterns import FIRST_PERSON, SELF_BEFORE, has_any, names_the_organisation
from strategylint.facts.places import home, in_foreign_section, names_elsewhere
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence

_OWNER = (r"(?:corporate|business|council(?:'s|’s)?|clinical|organi[sz]ational|organi[sz]ation(?:'s|’s)|departmental"
          r"|single departmental|trust(?:'s|’s)?|company(?:'s|’s)?|university(?:'s|’s)?|group(?:'s|’s)?"
          r"|agency(?:'s|’s)?"
          r"|government(?:'s|’s)?|ministry(?:'s|’s)?|department(?:'s|’s)?|board(?:'s|’s)?|overall|overarching|wider"
          r"|industrial|economic|national|health and care|operational|system)")
_PLAN = (r"(?:plans?|strateg(?:y|ies)|priorities|objectives|goals|aims|ambitions|programme|program|agenda|vision"
         r"|mission|themes|outcomes|policy|policies)")
PLAN = re.compile(
    # the words between qualify the plan ("business and operational plans", "Ministry of Justice's priorities"), not a
    # phrase ("Government in the agenda")
    rf"\b{_OWNER}\s+(?:(?:of\s+(?-i:[A-Z])[\w’'-]*|(?!(?:in|the|by|of|on|at|for|to|with|from|a|an|this|that|its|their"
    rf"|our)\s)[A-Za-z-]+)\s+){{0,2}}?{_PLAN}\b"
    r"|\b(?:Corporate|Council|Business|Clinical|Trust|Community|City|County)\s+(?:Plan|Strategy|Priorities)\b"
    r"|\bProgramme for Government\b|\bgovernment(?:'s|’s)? programme\b|\bLong Term Plan\b|\bForward View\b"
    # "our mission" that speaks is the body that wrote the report ("our mission recommends to set up sandboxes")
    # a programme the organisation names as its own: "support our Transforming Justice programme"
    r"|\b(?:its|our)\s+(?-i:[A-Z][\w’'-]*\s+){1,4}(?:programme|program|plan|strategy|agenda)\b"
    # "contributions from across our business": the organisation as a place, not the plan it serves
    r"|(?<!across )(?<!from )(?<!throughout )(?<!within )"
    r"\b(?:its|our|their)\s+(?:core\s+)?(?:mission(?!\s+(?:recommends|proposes|suggests|believes|considers|calls"
    r"|urges|wishes|would|will|has|heard|met|interviewed)\b)|business|statutory duties|strategic objectives)\b",
    re.IGNORECASE)
# a technology plan in lower case ("the government's digital strategy"); a capitalised name ("National Digital
# Strategy", "Digital Agenda for Europe") is a plan of its own, which an AI or data strategy may well serve
_TECH_WORDS = r"(?:digital|data|IT|ICT|AI|technology)"  # as written: "IT", not "it"
_TECH_PLAN_WORD = re.compile(rf"\b{_TECH_WORDS}\b")
_TECH_BEFORE = re.compile(rf"\b{_TECH_WORDS}\s+$")
_TECH_AFTER = re.compile(r"\s+(?:for|on)\s+(?:[Dd]igital|[Dd]ata|IT|ICT|AI|[Aa]rtificial [Ii]ntelligence"
                         r"|[Tt]echnology)\b")
# other countries' plans, in the plural ("national artificial intelligence strategies"), and a plan still to be written
# ("The Government intends to formulate a national strategy for ..."): neither is a plan the document serves
# "the e-government plans of developed countries"
_OF_OTHER_COUNTRIES = re.compile(r"\s+(?:of|in)\s+(?:other|developed|developing|many|several|some|foreign|different"
                                 r"|most)\s+(?:countries|nations|governments|states)\b", re.IGNORECASE)
OTHERS_PLANS = re.compile(r"national\s+(?:[\w-]+\s+){0,3}?(?:strategies|plans|programmes|policies)$", re.IGNORECASE)
TO_BE_WRITTEN = re.compile(r"\b(?:formulate|draw up|drawing up|develop|prepare|produce|write|draft)\s+(?:a|an|the)\s+"
                           r"(?:new\s+)?$", re.IGNORECASE)
# Another plan named as such: "High-Tech Strategy 2025", "Action Plan for Jobs", "the coalition agreement".
NAMED_PLAN = re.compile(
    r"\b(?P<name>(?:[A-Z][\w’'-]*\s+(?:(?:for|of|and|on|to)\s+)?){1,6}(?:Plan|Strategy|Programme|Agenda|Agreement"
    r"|Compact|Framework)(?:\s+(?:for|to)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?(?:\s+\d{4})?)"
    r"|\bcoalition agreement\b|\bprogramme for government\b|\bgovernment(?:'s|’s)? (?:programme|agenda)\b")
# integration's generic words for `cover.names_itself`, not cover's: it also passes over the names of a digital plan's
# parts ("Content Strategy", "Delivery Plan"), and holds some of cover's ("national", "policy", "vision") distinctive
_GENERIC = frozenset(re.findall(r"\w+", "action annual strategic implementation delivery content marketing engineering"
                                " enterprise technology north star new overall this the our a an its for of and on"
                                " to plan strategy programme agenda agreement compact framework align"))
_TECH_PLAN = re.compile(r"\b(?:digital|data|it|ict|ai|artificial\s+intelligence|technology|cyber\w*|e-\w+|broadband)\s+"
                        r"(?:(?:development|action|implementation)\s+)?(?:plan|strategy|programme|agenda|framework"
                        r"|agreement)\b",
                        re.IGNORECASE)
SELF = re.compile(r"^(?:this|the|our|a|its)?\s*(?:digital|data|it|ict|ai|technology|information|cyber)\b",
                  re.IGNORECASE)
LINK = re.compile(
    r"\b(?:support(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|underpin(?:s|ned|ning)?|align(?:s|ed|ing|ment)?|contribut(?:e|es|ing)"
    r"|serv(?:e|es|ing)|meet(?:s|ing)?|deliver(?:s|ing)?|realis(?:e|es|ing)|achiev(?:e|es|ing)|help(?:s|ing)?"
    r"|in line with|fulfils?|fulfilling"
    r"|part of|builds? on|flows? from|derived from|based on|linked to|tied to|sits? (?:within|under|alongside)"
    r"|consistent with|reflects?|implement(?:s|ing)?|driven by|integral to|embedded in|complements?)\b",
    re.IGNORECASE)
# the document relating itself to the plan, most plainly first: "This ICT Action Plan forms part of ...", "It fulfils
# the commitment we made in ...", then "we" and "our" ("our corporate plan" is the plan served, not this one)
_THIS_PLAN = re.compile(r"\b[Tt]his\s+(?:[\w-]+\s+){0,3}?(?:[Ss]trategy|[Pp]lan|[Aa]genda|[Pp]rogramme"
                        r"|[Rr]oadmap|[Ff]ramework|document)\b")
_IT = re.compile(r"^\s*It\s+(?:is|was|will|fulfils|supports|forms|sets|delivers|builds)\b")


# a link to a parent digital plan ("Action 9 of the Government Digital Strategy") is weaker evidence of integration
# than a link to a business or policy plan, and is quoted after one
_DIGITAL_NAME = re.compile(r"\b(?:digital|data|ict|technology|e-government)\b", re.IGNORECASE)


def _voice_rank(quote: str) -> int:
    for rank, pattern in enumerate((_THIS_PLAN, _IT, FIRST_PERSON)):
        if pattern.search(quote):
            return rank
    return 3



# A section on the plan digital serves: "8. Link to Existing Strategy", "Alignment with the Corporate Plan".
LINK_HEADING = re.compile(
    r"^\s*(?:[\dIVX]+(?:\.\d+)*[.)]?\s+)?(?:links?\s+(?:to|with)|alignment\s+(?:with|to)|aligning\s+with"
    r"|fit\s+with|how\s+(?:(?:this|the|our|it|we)\s+)?(?:[\w-]+\s+){0,2}?(?:supports?|fits?\s+(?:with|into)"
    r"|aligns?\s+(?:with|to)|delivers?|contributes?\s+to))\s+(?P<plan>(?:[\w’'-]+\s+){0,5}?(?:strateg(?:y|ies)|plans?))"
    r"\s*:?\s*$",
    re.IGNORECASE)
_TECH_WORD = re.compile(r"\b(?:digital|data|it|ict|ai|technology|information|cyber\w*)\b", re.IGNORECASE)
# A proper name the document calls a strategy, ambition or programme: "the CEO's As One ambition".
NAMED_AMBITION = re.compile(
    r"(?<=[a-z,;:(]\s)(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d{1,4}))*)"
    r"\s+(?:strategy|ambition|programme|program|vision|agenda)\b")
_NAME_LINK = (r"\b(?:support(?:s|ed|ing)?|serv(?:e|es|ing)|in service of|deliver(?:s|ing)?"
              r"|(?:does|do|should|will|must|would)\s+not\s+replace)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?"
              r"(?:{name})\b|\bmakes?\s+(?:{name})\s+executable\b")


@dataclass(frozen=True, slots=True)
class Integration:
    links: list[Evidence] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)
    plans: tuple[str, ...] = ()

    @property
    def present(self) -> bool:
        return bool(self.links or self.mentions)

    def as_dict(self) -> dict[str, object]:
        return {"links": len(self.links), "mentions": len(self.mentions), "plans": list(self.plans)}


# a sentence may name a plan only where one of these stands in its folded text (for a list of plain words, the
# same test as a case-blind pattern of them on the text, and far cheaper)
_PLAN_WORDS = ("plan", "strateg", "priorit", "programme", "forward view", "mission", "business", "dut", "objective",
               "agenda", "agreement", "compact", "framework")


# whose "their business" or "their mission" it is: the organisation's own parts or people ("enable ministries to
# meet their business needs", "leaders ... achieve their mission"), not investors or firms ("when large ICT entities
# are attracted ... their business")
THEIR_ANTECEDENT = re.compile(
    r"\b(?:(?P<own>ministries|departments|agencies|directorates|divisions|services|teams|business units|leaders"
    r"|managers|staff|employees|colleagues|schools|trusts|councils|bodies)"
    r"|companies|firms|businesses|enterprises|entities|investors|players|industry|industries|sectors|partners|suppliers"
    r"|vendors|start-ups|startups|SMEs|citizens|customers|users|people|countries|nations|organi[sz]ations)\b",
    re.IGNORECASE)
_THEIR = re.compile(r"\btheir\s+(?:own\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _someone_elses(name: str, before: str) -> bool:
    """Whether "their" before the plan ("their business", "their own particular business goals") stands for
    someone other than the organisation: the last group named before it is not one of its own parts or people."""
    if name[:5].lower() != "their" and not _THEIR.search(before):
        return False
    groups = list(THEIR_ANTECEDENT.finditer(before))
    return not groups or groups[-1].group("own") is None
# a cheap test before PLAN: each branch of it holds one of these (an owner, or one of the names it spells out)
_PLAN_OWNER_WORDS = ("corporate", "business", "council", "clinical", "organi", "department", "trust", "company",
                     "university", "group", "agency", "government", "ministry", "board", "overall", "overarching",
                     "wider", "industrial", "economic", "national", "health and care", "operational", "system",
                     "community", "city", "county", "long term plan", "forward view", "mission", "statutory duties",
                     "strategic objectives", "our ", "its ")


def _plans(text: str, lowered: str, title_words: frozenset[str] = frozenset()) -> list[str]:
    found: list[str] = []
    if not has_any(lowered, _PLAN_WORDS):
        return found
    owner_plans = PLAN.finditer(text) if has_any(lowered, _PLAN_OWNER_WORDS) else iter(())
    for match in owner_plans:
        name = match.group(0)
        before = text[:match.start()]
        # the document itself ("This National Digital Strategy (NDS) is a foundation step"), a technology plan,
        # other countries' plans, or a plan still to be written
        itself = bool(SELF_BEFORE.search(before)) and cover.names_itself(name, title_words, _GENERIC)
        # a digital strategy's "government Digital Strategies": its own kind of plan, not the business it serves
        same_kind = any(w.lower() in title_words for w in re.findall(_TECH_WORDS, name, re.IGNORECASE))
        if SELF.match(name) or _TECH_PLAN_WORD.search(name) or itself or same_kind or OTHERS_PLANS.match(name) \
                or TO_BE_WRITTEN.search(before) or _someone_elses(name, before) \
                or _TECH_BEFORE.search(before) or _TECH_AFTER.match(text, match.end()) \
                or _OF_OTHER_COUNTRIES.match(text, match.end()):
            continue  # "an AI National Policy", "the National Strategy for AI": a technology plan all the same
        found.append(" ".join(name.split()))
    for match in NAMED_PLAN.finditer(text):
        name = " ".join(match.group(0).split())
        if _TECH_PLAN.search(name) or _TECH_AFTER.search(name) or cover.names_itself(name, title_words, _GENERIC) \
                or text[match.end():].startswith(":") or _another_owners(name, title_words) \
                or _ANALOGY.search(text, 0, match.start()):
            continue  # the document itself, a technology plan, a generic name, a label ("Content Strategy:"),
            # another body's plan ("Nuevo Leon's Special Programme for Science"), or one named in an analogy
        found.append(name)
    return found


# a plan named to compare: "just as, thanks to the Industry Plan 4.0, companies know they have to ..., also PA ..."
_ANALOGY = re.compile(r"\b(?:[Jj]ust as|[Ii]n the same way (?:as|that)|[Mm]uch as)\b[^.;:]*$")


_POSSESSIVE = re.compile(r"^(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s")


def _another_owners(name: str, title_words: frozenset[str]) -> bool:
    """A plan named with its owner, who is neither the organisation by its kind ("the Government's ... Plan") nor
    named on the cover: another body's ("Nuevo Leon's Special Programme", "Invest NI's Collaborative Network
    Programme")."""
    owned = _POSSESSIVE.match(name)
    if owned is None:
        return False
    owner = owned.group("owner")
    return not (names_the_organisation(owner) or cover.names_itself(re.sub(r"^[Tt]he\s+", "", owner), title_words))


def _named_ambitions(doc: AnalysedDocument, title_words: frozenset[str]) -> list[str]:
    """Proper names the document calls a strategy, ambition or programme (not its own title, not technology)."""
    names: dict[str, None] = {}
    for sentence in doc.body_sentences:
        lowered = doc.lowered[sentence.index]
        if not has_any(lowered, ("strateg", "ambition", "program", "vision", "agenda")):
            continue
        for match in NAMED_AMBITION.finditer(sentence.text):
            name = " ".join(match.group("name").split())
            if cover.names_itself(name, title_words, _GENERIC) or _TECH_WORD.search(name):
                continue
            names.setdefault(name, None)
    return list(names)


def _heading_links(doc: AnalysedDocument) -> dict[int, tuple[str, Evidence]]:
    """The first sentence under each heading on the plan digital serves, by sentence index."""
    found: dict[int, tuple[str, Evidence]] = {}
    seen: set[str] = set()
    for sentence in doc.body_sentences:
        path = sentence.block.section_path
        if not path or path[-1] in seen:
            continue
        seen.add(path[-1])
        heading = LINK_HEADING.match(path[-1])
        if heading is None or _TECH_WORD.search(heading.group("plan")):
            continue
        title = " ".join(path[-1].split())
        found[sentence.index] = (title, Evidence(about="links_business_strategy", quote=f"{title}: {sentence.text}",
                                                 location=sentence.location, note=f"a section headed {title!r}"))
    return found


# the plan's goals said to serve the organisation's own success or growth, by its name or its kind
_SERVES_THE_ORGANISATION = re.compile(
    r"\b(?:directly\s+)?(?:impacts?|drives?|contributes?\s+to|supports?|underpins?)\s+(?:the\s+)?"
    r"(?:success|growth|sustainability|financial\s+health)(?:\s+and\s+(?:success|growth|sustainability))?\s+of\s+"
    r"(?P<owner>(?:the\s+|our\s+)?[A-Za-z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})")


def _the_organisation(owner: str, title_words: frozenset[str]) -> bool:
    """The organisation by its kind ("our organisation", "the council") or by its name on the cover ("MMTTC")."""
    name = re.sub(r"^(?:the|our)\s+", "", owner, flags=re.IGNORECASE)
    return bool(names_the_organisation(owner)) or bool(re.match(r"(?i:our)\s", owner)) \
        or (name[:1].isupper() and cover.names_itself(name, title_words, frozenset()))


def _elsewhere(sentence: Sentence, own_places: frozenset[str]) -> bool:
    """In a section on another country ("Japan is to become Society 5.0"), or naming one without the document's own
    voice: that country's plans, not the organisation's."""
    if in_foreign_section(sentence.block, own_places):
        return True
    # and its voice: naming another country, the document may still relate itself to a plan ("We support the EU's")
    return names_elsewhere(sentence.text, own_places) and _voice_rank(sentence.text) == 3


# "support" as a noun ("significant support for undertaking a proactive approach", "their support"): what others
# gave, not how digital serves the plan
_SUPPORT_NOUN = re.compile(r"(?:\b(?:a|the|their|our|its|his|her|your|much|significant|strong|broad|full|financial"
                           r"|political|public|wide|widespread|considerable|additional|further|technical|great"
                           r"|enthusiastic|cross-party)\s+)support\b|\bsupport\s+(?:for|from|of)\b", re.IGNORECASE)


def _links(text: str) -> bool:
    """Whether the sentence says how digital relates to a plan: a LINK word, not "support" as a noun."""
    return any(not (match.group(0).lower() == "support" and _SUPPORT_NOUN.search(text, max(0, match.start() - 30),
                                                                                  match.end() + 5))
               for match in LINK.finditer(text))


def extract(doc: AnalysedDocument) -> Integration:
    links: list[Evidence] = []
    mentions: list[Evidence] = []
    plans: dict[str, None] = {}
    title_words = doc.facts.get(cover.title_words)
    headed = _heading_links(doc)
    ambitions = _named_ambitions(doc, title_words)
    name_link = (re.compile(_NAME_LINK.format(name="|".join(re.escape(n) for n in ambitions)))
                 if ambitions else None)
    ambition_names = tuple(ambitions)
    own_places = doc.facts.get(home)
    for sentence in doc.body_sentences:
        if sentence.index in headed:
            if _elsewhere(sentence, own_places):
                continue
            title, evidence = headed[sentence.index]
            links.append(evidence)
            plans.setdefault(title.lower(), None)
            continue
        # name_link can only match where one of the names stands, as written
        named = name_link.search(sentence.text) \
            if name_link is not None and has_any(sentence.text, ambition_names) else None
        if named is not None:
            if _elsewhere(sentence, own_places):
                continue
            plans.setdefault(next(n for n in ambitions if n in named.group(0)).lower(), None)
            links.append(doc.evidence("links_business_strategy", sentence,
                                      f"says how digital serves {named.group(0)!r}"))
            continue
        if (served := _SERVES_THE_ORGANISATION.search(sentence.text)) is not None \
                and _the_organisation(served.group("owner"), title_words):
            # a plan whose goals are the organisation's own business: "Relevant: Higher enrollment rates directly
            # impact the success and growth of MMTTC"
            links.append(doc.said("links_business_strategy", sentence, served.group(0)))
            plans.setdefault(f"the success and growth of {served.group('owner')}".lower(), None)
            continue
        names = _plans(sentence.text, doc.lowered[sentence.index], title_words)
        if not names or _elsewhere(sentence, own_places):
            continue
        for name in names:
            plans.setdefault(name.lower(), None)
        if _links(sentence.text):
            note = f"names {names[0]!r} and how digital serves it"
            links.append(Evidence("links_business_strategy", sentence.text, sentence.location, note, phrase=names[0]))
        else:
            mentions.append(doc.evidence("links_business_strategy", sentence, f"names {names[0]!r}"))
    # the clearest first: the document relating itself to the plan ("This ICT Action Plan forms part of the
    # Government's delivery of the Economic Strategy", "It fulfils the commitment we made in the Civil Service Reform
    # Plan"), before sentences that only relate other plans to each other
    links.sort(key=lambda e: (bool(e.phrase and _DIGITAL_NAME.search(e.phrase)), _voice_rank(e.quote)))
    return Integration(links, mentions, tuple(list(plans)[:10]))
