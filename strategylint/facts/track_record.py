"""What the organisation has already delivered: the track record a realistic strategy builds on.

The guidance: "Talk about what you've already delivered and set realistic goals." A delivery is a
sentence in which the organisation says it has done something ("we have launched", "the council moved",
"since 2015 we have saved") with a specific: a number, a year, or a named service. So is what it already
runs and builds on ("Our existing Airflow DAGs will be updated with a new step"). Statements about
writing the strategy itself ("we have developed this strategy") and about others do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts import cover
from strategylint.facts.patterns import FIRST_PERSON, ORGANISATION, TARGET_YEAR, YEAR
from strategylint.facts.places import WORLD_AT_LARGE, home, in_case_study, jurisdictions, names_elsewhere, with_parts
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

VERBS = (r"(?:launched|delivered|built|moved|saved|reduced|cut|introduced|implemented|completed|created|established"
         r"|rolled out|migrated|replaced|achieved|opened|published|invested|increased|trained|digitised|digitized"
         r"|redesigned|developed|made|put|connected|closed|shut down|switched off|retired|decommissioned|upgraded"
         r"|transformed|brought|helped|supported|won|grown|grew|set up|started|begun|began|halved|doubled|tripled)")
DELIVERED = re.compile(
    rf"\b(?:has|have|had)\s+(?:\w+ly\s+|already\s+|now\s+|so far\s+|since\s+)?(?:been\s+)?{VERBS}\b"
    rf"|\b(?:we|the\s+(?:council|trust|department|government|agency|team|ministry))\s+(?:already\s+)?{VERBS}\b"
    rf"|\b(?:was|were)\s+(?:\w+ly\s+)?(?:launched|delivered|built|installed|rolled out|introduced|implemented"
    rf"|completed|established|opened|migrated|replaced|digitised|trained|connected|upgraded|set up|achieved)\b"
    rf"|\b(?:since|in|during)\s+{YEAR},?\s+(?:we|the\s+\w+|\w+)\s+(?:have\s+|has\s+)?{VERBS}\b"
    rf"|\b(?:last year|so far|to date|over the (?:past|last) (?:\w+ )?(?:years?|months)),?\s+(?:we|the\s+\w+)\s+"
    rf"(?:have\s+|has\s+)?{VERBS}\b"
    r"|\bprogress (?:has been |was )?made\b|\bbuilds? on (?:the )?(?:progress|success|achievements|work|foundations)\b"
    # an earlier plan that worked: "the policies pursued by this Action Plan worked—boosting the number of students"
    r"|\b(?:policies|plan|programme|strategy|initiatives?|actions|measures)\b[^.]{0,60}?\b(?:worked|succeeded"
    r"|(?:has|have|was|were)\s+(?:\w+ly\s+)?(?:successful|effective))\b",
    re.IGNORECASE)
SPECIFIC = re.compile(rf"\d|\b{YEAR}\b|\b(?:[A-Z][a-z]+\s+){{1,3}}(?:service|system|platform|app|portal|programme)\b"
                      r"|\b(?:GOV\.UK|NHS App|[A-Z]{2,}[a-z]*)\b")
# writing or publishing a plan is not delivering one: "we have developed this strategy", "The Plan has been developed
# as a collaboration between ...", "This approach has been developed with departments", "the government published its
# Industrial Strategy green paper"
SELF = re.compile(r"\b(?:developed|created|published|made|put together|written|produced)\s+"
                  r"(?:this|the|our|its|their)\s+(?:[\w-]+\s+){0,3}(?:strategy|plan|document|report|roadmap"
                  r"|framework|vision|(?:green|white) paper|consultation)\b"
                  r"|\b(?:this|the|our)\s+(?:[\w-]+\s+){0,3}(?:strategy|plan|document|report|roadmap|framework"
                  r"|approach|policy|agenda|guidance)\s+"
                  r"(?:has|have|was|were)\s+(?:been\s+)?(?:developed|prepared|written|produced|drafted|compiled"
                  r"|created)\b"
                  # a promise made is not a promise kept: "We made this commitment in response to the review"; nor is
                  # a proposal put: "France has put forward a proposal"
                  r"|\bmade\s+(?:this|that|these|a|the|our|its)\s+(?:\w+\s+)?(?:commitments?|pledges?|promises?)\b"
                  r"|\bput\s+forward\b"
                  # nor is a proposal or a bid drawn up: "The NISINE programme has developed a proposal for funding"
                  r"|\b(?:developed|prepared|drawn up|drafted|submitted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:proposal"
                  r"|bid|business case|application)s?\b",
                  re.IGNORECASE)
# a cheap test before DELIVERED: every branch of it ends on a verb (the first word of one) that stands as a word
_DELIVERY_WORDS = frozenset({*(verb.split()[0] for verb in re.findall(r"[a-z ]+", VERBS)), "installed", "build",
                             "builds", "worked", "succeeded", "successful", "effective"})
_WORDS = re.compile(r"[a-z]+")
FUTURE = re.compile(r"\b(?:will have|would have|could have|should have|must have|may have|might have|if we|when we have"
                    r"|once we have|expected|expects? to|will be|would be)\b",
                    re.IGNORECASE)



# what the organisation already runs, which it built before: "Our existing Airflow DAGs will be updated with a new
# step", "we already run a data platform"; not "our existing approaches" or processes, which are ways of working
EXISTING = re.compile(
    r"\b(?:our|your)\s+existing\s+(?:[\w-]+\s+){0,2}?(?:pipelines?|platforms?|systems?|services?|tools?|infrastructure"
    r"|centres?|centers?|DAGs|dashboards?|warehouses?|lakes?|apps?|websites?|portals?|networks?|models?|stack)\b"
    r"|\b(?:we|you)\s+already\s+(?:have|run|operate|use)\s+(?:a|an|the|our|\d+)\b",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TrackRecord:
    deliveries: list[Evidence] = field(default_factory=list)
    progress_claims: list[Evidence] = field(default_factory=list)  # progress in general, no delivery named

    def as_dict(self) -> dict[str, object]:
        return {"deliveries": len(self.deliveries)}


def _elsewhere(doc: AnalysedDocument, before: str) -> bool:
    """Whether the words before the delivery credit it to another country or body ("The US and China ... have
    developed", "In the UK, the National Grid and DeepMind have developed"), and the clause the verb is in does not
    name the organisation or its own country ("Following ... at European level, Belgium has set up")."""
    # the words before the verb only, and a union's nations as its own ("In Wales, the NHS has launched" in a UK plan)
    own_places = with_parts(doc.facts.get(home))
    clause = before.rsplit(",", 1)[-1]
    if WORLD_AT_LARGE.search(clause) and not FIRST_PERSON.search(clause):
        return True  # "Global AI policymaking has already begun", "AI research worldwide has achieved"
    if _FIELD_SUBJECT.fullmatch(clause.strip()):
        return True  # the field's history: "Artificial intelligence has been developed and used since the 1950s"
    if not names_elsewhere(before, own_places):
        return False
    return not FIRST_PERSON.search(clause) and not jurisdictions(clause) & own_places


_FIELD_SUBJECT = re.compile(r"(?:the\s+)?(?:artificial intelligence|AI|technology|the internet|data|computing|"
                            r"digital technologies|digitisation|digitalisation)(?:\s+research)?", re.IGNORECASE)
def _doer_rank(doc: AnalysedDocument, text: str, verb_at: int) -> int:
    """How plainly the delivery is the organisation's: 0 when the clause before the verb names it ("we have
    launched", "the council moved", "ESDC has started", "Belgium has set up"), 1 when the sentence names it
    elsewhere, 2 otherwise ("QuantumBlack has grown", "AI has been developed since the 1950s"), and 3 for "will
    build on the progress", which names no delivery itself."""
    if BUILDS_ON.match(text, verb_at):
        return 3
    own_places = with_parts(doc.facts.get(home))
    # the cover's names of the organisation, not of the country ("Northern", "French"): a place is the doer only
    # by its name as a noun (`_names_a_place`)
    place_words = {w for place in own_places for w in cover.name_words(place)}
    title_words = doc.facts.get(cover.title_words)
    own_names = title_words - cover.GENERIC_NAME_WORDS - _TOPIC_WORDS - place_words

    def names_organisation(words: str) -> bool:
        return bool(FIRST_PERSON.search(words) or ORGANISATION.search(words)
                    or any(w.lower() in own_names and not _PLACE_ADJECTIVE.fullmatch(w)
                           for w in _CAPITALISED.findall(words)))

    before = text[:verb_at]
    # the clause the verb is in: after the last punctuation or subordinating word ("analysing how the Swedish book
    # market has developed"); a pronoun just before the verb is someone else ("approaches they have developed")
    clause = _CLAUSE_START.split(before)[-1]
    if not _OTHER_PRONOUN.search(before) and (names_organisation(clause)
                                              or _names_a_place(clause, own_places, title_words)):
        return 0
    return 1 if names_organisation(text) or jurisdictions(text) & own_places else 2


def _names_a_place(clause: str, own_places: frozenset[str], title_words: frozenset[str]) -> bool:
    """The organisation's country as the doer, by its name ("Belgium has set up"), not an adjective ("the Swedish
    book market", "Welsh ICE") nor a word in another body's name ("The UK Health Data Research Alliance ... was
    launched", "Health Data Research UK"); a name that shares two words with the cover is the organisation's own
    ("The Digital Belgium Skills Fund", in a report on Digital Belgium)."""
    def others_name(match: re.Match[str]) -> str:
        shared = sum(word.lower() in title_words for word in match.group(0).split())
        return match.group(0) if shared >= 2 else " "
    clause = _BODY_NAME.sub(others_name, _OPENER.sub("", clause))
    return bool(jurisdictions(clause) & own_places) and not _PLACE_ADJECTIVE.search(clause)


# three or more capitalised words in a row: a body's name, in which a place is a word of the name
_BODY_NAME = re.compile(r"\b[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][\w&'’-]*){2,}")
_OPENER = re.compile(r"^\s*(?:The|In|At|On|By|For|From|Since|Across|Throughout)\s+")


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")
_CLAUSE_START = re.compile(r"[,;:]|\b(?:that|which|who|whom|whose|how|where|when|as|because|while|although|if)\b",
                           re.IGNORECASE)
_OTHER_PRONOUN = re.compile(r"\b(?:they|it|he|she)\s+(?:\w+ly\s+|already\s+|now\s+)?$", re.IGNORECASE)
_PLACE_ADJECTIVE = re.compile(r"\b[A-Z][a-z]+(?:ish|ese|ian|an|ch|sh)\b")
# the cover's words for what the strategy is about, not who delivers it: "AI research has achieved ..." is the field's
_TOPIC_WORDS = frozenset({"ai", "artificial", "intelligence", "digital", "data", "ict", "it", "technology",
                          "technologies", "information", "communication", "communications", "internet", "cyber",
                          "skills", "e-government", "egovernment", "online", "innovation", "hosting", "application",
                          "applications", "development", "security", "governance", "financial", "health", "care"})
# a measure as the subject: "The number of information & communication firms registered in Northern Ireland"
_MEASURE_SUBJECT = re.compile(r"\s*(?:the|a|its|their)\s+(?:total\s+)?(?:number|share|proportion|percentage|rate"
                              r"|level|value|volume|size|amount|count)s?\s+of\b", re.IGNORECASE)
BUILDS_ON = re.compile(r"\bbuilds? on\b", re.IGNORECASE)
# progress claimed, not a thing delivered: "China has achieved important progress in the field of AI", "intelligent
# social construction has made positive progress"; unless the sentence says what it was ("We have already made some
# good progress in designing digital services, for example with information about the justice system")
_PROGRESS_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?progress\b", re.IGNORECASE)
_PROGRESS_MADE = re.compile(r"\bprogress (?:has been |was )?made\b", re.IGNORECASE)
_NAMES_WHAT = re.compile(r"\d|\b(?:for example|for instance|e\.\s?g\.|such as|including|notably|in particular)\b",
                         re.IGNORECASE)


# a target year before the verb frames it as what will have happened: "by 2025, China will achieve major
# breakthroughs ..., while intelligent social construction has made positive progress"
def _in_a_target(text: str, match: re.Match[str], published: int | None) -> bool:
    return published is not None and any(int(year.group(1)) > published
                                         for year in TARGET_YEAR.finditer(text, 0, match.start()))


def _progress_alone(text: str, match: re.Match[str]) -> bool:
    claims = _PROGRESS_MADE.fullmatch(match.group(0)) is not None or (
        match.group(0).lower().endswith(("achieved", "made")) and _PROGRESS_AFTER.match(text, match.end()) is not None)
    return claims and not _NAMES_WHAT.search(text)


def extract(doc: AnalysedDocument) -> TrackRecord:
    ranked: list[tuple[int, bool, Evidence]] = []
    progress: list[Evidence] = []
    published = doc.facts.publication.year if doc.facts.publication else None
    for sentence in doc.body_sentences:
        text = sentence.text
        lowered = doc.lowered[sentence.index]
        if _DELIVERY_WORDS.isdisjoint(_WORDS.findall(lowered)):
            if ("existing" in lowered or "already" in lowered) and (built := EXISTING.search(text)) \
                    and SPECIFIC.search(text):
                ranked.append((_doer_rank(doc, text, built.start()), True,
                               doc.said("describes_track_record", sentence, built.group(0))))
            continue
        match = DELIVERED.search(text)
        if not match or SELF.search(text) or FUTURE.search(text) or text[:match.start()].endswith(" to "):
            continue  # not done, or "a point we hope to have made clear"
        if not SPECIFIC.search(text[match.start():]) and not SPECIFIC.search(text[: match.start()]):
            continue
        if _elsewhere(doc, text[: match.start()]) or _in_a_target(text, match, published):
            continue
        if _progress_alone(text, match):
            progress.append(doc.said("describes_track_record", sentence, match.group(0)))
            continue
        if _MEASURE_SUBJECT.match(_CLAUSE_START.split(text[: match.start()])[-1]) \
                and not FIRST_PERSON.search(text) and not ORGANISATION.search(text):
            # a trend no one is said to have delivered ("The number of firms registered in Northern Ireland has
            # increased"), where the place is no doer
            continue
        # a case study's "we" is often a partner's ("our systems have helped NHS trusts reduce ..."): a step later
        rank = _doer_rank(doc, text, match.start()) + in_case_study(sentence.block)
        ranked.append((rank, False, doc.said("describes_track_record", sentence, match.group(0))))
    # the organisation's own deliveries first: "Since 2019 we have moved 40 services online", "Over 90% of UK
    # premises can now access superfast broadband", before "tools ... have developed exponentially"; what it already
    # runs, often said in a promise ("We will further develop our existing Centres of Excellence"), comes a step later
    ranked.sort(key=lambda item: (item[0] + item[1], item[1]))
    return TrackRecord([evidence for _, _, evidence in ranked], progress)
