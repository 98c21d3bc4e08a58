"""The horizon: the furthest year the document plans for, counted from its publication year.

A year sets the horizon only when the document speaks for itself in the sentence that gives it, and
the horizon says whose target it is (`Horizon.owner`, quoted in SL105's finding). The sources, strongest
first:

* the document's own period: its title ("Digital Strategy 2016-2020", on the cover or in a heading), or
  a period the running text gives the plan itself ("This strategy covers 2024-2027", "this Digital
  Agenda ... (2016 - 2017)", "for implementing the AI strategy in the period from 2018 to 2025");
* a stated length: "this ten-year strategy", "our 15-year roadmap", "over the next three years we
  will ...", "in five years' time", "this annual action plan", "within six months";
* target years in sentences that commit to something: "by 2030 we will ...", "our vision for 2035",
  "the Government's goal to ... by 2020", "The goal ... is for ... by 2020", "X should ... by 2020";
* what the document lays out rather than says in a sentence: the last column of its implementation
  timeline ("FY 23/24 ... FY 27/28", "2023/24 ... 2027/28", a roadmap's "2013 2014 2015"); a heading or
  list item that names its vision year ("Long Term Vision - 2030", "Vision 2030", "Roadmap to 2027") or
  its time frames ("Long term (>10 years)", "Medium term (30 June 2013)"); a year after its name in the
  title ("Digital Northern Ireland 2020"); and, in an action plan, the latest deadline among its own
  actions ("by Q4 2013", "Dec 2013"). The timeline counts as the plan's own period, the listed time
  frames as stated lengths, the rest as target years;
* its funding period, when the money is for the plan ("DKK 60 million for the strategy for 2019-2027",
  or "The strategy contains 24 initiatives. The government has earmarked DKK 60 million for 2019-2027."),
  which counts as its own period.

A sentence whose subject is "it" speaks for the plan named as the subject of the sentence before ("This
strategy is intended to ... It ... thereby sets the foundations ... for the next 10 years").

Who speaks: "we"/"our plan"/"this strategy"/the strategy the title names (its distinctive words, or its acronym,
are in the title)/"the Government"; a goal stated impersonally ("The goal is ..."); a line marked
"Goal:"/"Target:"; a section headed as the vision or goals; a normative target whose subject names no body ("90% of
homes should have ... by 2020"). Not the plan's own: other countries and international bodies (the jurisdiction the
document names most is its own); other named strategies and plans ("the National Strategy for Higher Education to
2030", "the Three-Year Plan", "In Teknologipagten, the government has set a goal ..."), whose years stay theirs
even in a sentence of ours; forecasts and predictions ("by 2040 the energy required ... will have exceeded"); the
generic "we" ("products that we will all use"); conditionals and questions; history; targets for the whole economy
the document restates ("Raise total R&D investment to 2.4% of GDP by 2027"), unless it commits to them itself ("we
are committing to ... 2.4% by 2027"); funding periods for anything but the plan ("SEK 120 million over the period
2012-2014"); a cover banner for a programme that began years before the document ("2014-2020" on a 2018 paper);
reference lists; tables, but for the plan's own timeline and its actions' deadlines; a forecast's or a chart's year
columns.

When the document states its own period, target years beyond it (usually other plans' goals quoted
for context) do not stretch it; only a stated length ("our ten-year vision") can.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from strategylint.facts.cover import GENERIC_NAME_WORDS, TITLE_BLOCKS, name_words, names_itself, title_texts
from strategylint.facts.patterns import (
    CURRENCY_CODES,
    FORECAST,
    MONTHS,
    N_YEAR_PLAN,
    NAMED_YEAR,
    NEXT_DECADE,
    NEXT_YEARS,
    NUMBER_WORDS,
    PERIOD,
    PLAN_CUE,
    PREDICTION,
    TARGET_YEAR,
    YEAR,
    has_any,
    lower_case_words,
    normalise_end,
    number_value,
)
from strategylint.facts.places import home, in_foreign_section, jurisdictions, names_elsewhere
from strategylint.facts.publication import title_period
from strategylint.findings import Evidence
from strategylint.model import DOCUMENT_LOCATION, BlockKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from strategylint.analysis import AnalysedDocument
    from strategylint.model import Block
    from strategylint.nlp import Sentence

MAX_YEARS_AHEAD = 30
MAX_MONTHS = 60
SPAN_WORDS = ("year", "decade", "month", "annual")  # plain substring tests, before the costly patterns
_YEARS = re.compile(r"\b((?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
OWN_PERIOD_REACH = 60  # characters from "this strategy" to the period it covers
OTHER_PLAN_REACH = 40  # characters from another plan's name to a year that is still its own
PAST_WINDOW = 40  # characters before a year in which "was", "since" or "achieved" make it history
REFERENCE_SECTION = re.compile(r"\b(references|bibliography|endnotes|notes|sources|glossary|acknowledg)", re.I)

# --- who speaks --------------------------------------------------------------------------------------------

DOCUMENT_NOUNS = (r"strategy|strategies|plan|plans|agenda|roadmap|road map|vision|framework|policy|white paper|document"
                  r"|report|paper")
# "we will", "we aim", "I will": the authors commit. Not the generic we ("we all", "we will all use") nor
# what we know, believe or estimate.
WE = re.compile(
    r"\bwe\b(?!\s+(?:(?:will|would|can|could|may|might|must|should|all)\s+)?(?:all|both|humans|know|knew|believe"
    r"|think|estimate|predict|anticipate|saw|see|live|were|was)\b)|\bI\s+(?=will\b|shall\b|intend\b|aim\b|plan\b"
    r"|want\b|am\b)",
    re.IGNORECASE)
OUR_PLAN = re.compile(
    r"\bour\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:goal|aim|ambition|target|objective|vision|mission|plan|strateg(?:y|ies)"
    r"|priorit(?:y|ies)|commitment|intention|roadmap|programme|agenda|approach|action|investment|work|focus|purpose"
    r"|pledge)s?\b",
    re.IGNORECASE)
# "this programme" is as often a project the document describes as the document itself
THIS_PLAN = re.compile(rf"\b(?:this|these)\s+(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT_NOUNS}|goal|goals|target|targets)\b",
                       re.IGNORECASE)
GOVERNMENT = re.compile(r"\bthe\s+(?:(?:federal|national|scottish|welsh|state)\s+)?(?:government|department|council"
                        r"|trust|board|ministry|cabinet)\b", re.IGNORECASE)
# a goal stated impersonally: "The goal of broadband policy is for ...", "The overall aim is that ..."
GOAL_STATEMENT = re.compile(
    r"\b(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:goal|aim|ambition|objective|target|vision)s?\b(?:\s+of\s+[^,.;:]{1,60}?)?"
    r"\s+(?:is|are|will be)\s+(?:for|that|to)\b",
    re.IGNORECASE)
# a target the document sets without saying who: "90% of homes should have 100 Mbps by 2020"
NORMATIVE = re.compile(r"\b(?:should|must|shall|(?:is|are)\s+(?:due\s+)?to\s+be|(?:is|are)\s+to)\b", re.IGNORECASE)
GOAL_LINE = re.compile(r"^\s*(?:goals?|targets?|objectives?|aims?|vision|ambitions?|time-?bound|timeline|deadline"
                       r"|milestones?|outcome)\s*[:–-]\s", re.IGNORECASE)
GOAL_SECTION = re.compile(r"\b(?:vision|goals?|objectives?|ambitions?|targets?|mission|aims|what we will"
                          r"|our (?:plan|priorities|commitments?))\b", re.IGNORECASE)
# beyond the shared test for sections on the world abroad (`in_foreign_section`): international developments and lessons
# from elsewhere are others' time frames too
INTERNATIONAL_SECTION = re.compile(r"\b(?:international developments?|lessons from)\b", re.IGNORECASE)
# a sentence that opens on a named plan or programme: "In Teknologipagten, the government has set a goal ..."
LEAD_NAME = re.compile(rf"^\s*(?:In|Under|Through)\s+(?!{MONTHS}\b)([A-Z][\w'’-]+(?:\s+[\w'’-]+){{0,5}}?),\s")
SUBORDINATE = re.compile(r"\b(?:if|unless|whether|when|whereas|although)\b", re.IGNORECASE)
CONDITIONAL = re.compile(r"^\s*(?:if|unless|should|were|had)\b", re.IGNORECASE)
PAST_CUE = re.compile(r"\b(?:was|were|had|has been|have been|achieved|completed|delivered|launched|since|adopted"
                      r"|approved|announced|presented|previous|former|earlier|last)\b", re.I)
FUTURE_CUE = re.compile(r"\b(?:will|shall|aims?|plans? to|intends?|going to|to be|should|must|next|coming)\b", re.I)
DATED_OBJECTIVE = re.compile(rf"\b(?:achieve|meet|reach|deliver)\s+(?:this|the|that|these|our|its)\s+"
                             rf"(?:objective|target|goal|ambition)s?\s+by\s+{YEAR}\b", re.IGNORECASE)
CURRENCY = "|".join(CURRENCY_CODES)
MONEY = re.compile(r"[£$€¥]\s*\d|\b\d[\d,.]*\s*(?:bn|m|billion|million|thousand)\b|\b(?:" + CURRENCY + r")\b"
                   r"|\b(?:budget|funding|fund|grant|allocat\w*|earmark\w*|invest\w*)\b", re.IGNORECASE)

# a named plan: "the National Strategy for Higher Education to 2030", "High-Tech Strategy 2025", "the
# Three-Year Plan", "Statement of Strategy (2015 - 2017)"; it is the document's own when its distinctive
# words are all in the title
_CAP = r"(?:[A-Z][\w'’&.-]*|\d{4})"
_NAME_NOUN = (r"(?:Strateg(?:y|ies)|STRATEG(?:Y|IES)|Plan|PLAN|Agenda|AGENDA|Programme|PROGRAMME|Program|PROGRAM"
              r"|Roadmap|ROADMAP|Vision|VISION|Framework|FRAMEWORK|Mission|MISSION|Policy|POLICY|White Paper"
              r"|WHITE PAPER)")
_YEAR_TAIL = rf"(?:\s*\(?\s*(?:to\s+|until\s+)?{YEAR}(?:\s*[-–/]\s*(?:19|20)?\d\d)?\)?)?"
NAMED_PLAN = re.compile(
    rf"(?:{_CAP}\s+(?:(?:of|for|on|and|the|to)\s+)?){{0,5}}{_NAME_NOUN}\b(?!\s+[A-Z][a-z])"
    rf"(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s*){{1,4}})?{_YEAR_TAIL}")
# "the strategy", "the digital strategy", "the AI strategy": this plan when the words before it are in the title
LOWER_PLAN = re.compile(r"\b(?:the|The|THE)\s+((?:[\w-]+\s+){0,2})(?:strategy|plan|agenda|action plan|roadmap"
                        r"|white paper)\b")
# a review of the plan itself: "Review the plan by March 2028", "we will evaluate this strategy in 2027"
REVIEWS_THE_PLAN = re.compile(r"\b(?:review|evaluat\w*|refresh|renew|revis\w*|updat\w*)\b[^.;]{0,30}?"
                              r"\b(?:the|this|our)\s+(?:[\w-]+\s+)?(?:plan|strategy|roadmap|agenda)\b", re.IGNORECASE)
# the plan as the subject of a sentence: "This strategy ...", "Our roadmap ...", "The digital strategy ..."; not
# "this report" or "this paper", which as often describe the world as plan for it
_NOT_VERB = r"(?!(?:is|are|was|were|means|will|has|have|can|may)\b)"
_PLAN_NOUNS = r"strateg(?:y|ies)|plans?|agenda|roadmap|road map|vision|framework|programme|program|white paper"
PLAN_SUBJECT = re.compile(rf"(?:this|these|our)\s+(?:{_NOT_VERB}[\w-]+\s+){{0,3}}?(?:{_PLAN_NOUNS})\b"
                          rf"|(?:the|The|THE)\s+((?:{_NOT_VERB}[\w-]+\s+){{0,3}}?)"
                          r"(?:strategy|plan|agenda|action plan|roadmap|white paper)\b", re.IGNORECASE)
# a sentence whose subject is "it": the plan named as the subject of the sentence before
PRONOUN_SUBJECT = re.compile(r"^\W*(?:It|Its|Thereby|In (?:doing )?so,?|In this way,?|Together,? they|They)\b")
# an amount of money given for a period: "DKK 60 million (EUR 9.2 million) for 2019-2027"
FUNDS_FOR = re.compile(
    r"(?:[£$€¥]\s*\d[\d,.]*|\b\d[\d,.]*)\s*(?:bn|m|k|billion|million|thousand)?\b"
    r"(?:\s*(?:" + CURRENCY + r"|kroner|kronor|euros?|dollars|pounds))?(?:\s*\([^()]{0,40}\))?"
    r"\s+(?:(?:in total|in all|a year|per year|annually)\s+)?(?:for|over|in|during|across)\s+"
    r"(?:the\s+(?:period|years?)\s+)?(?:from\s+)?$", re.IGNORECASE)


_N = r"(\d{1,2}|" + "|".join(sorted({*NUMBER_WORDS, "eighteen", "twenty-four", "thirty-six"}, key=len,
                                    reverse=True)) + r")"
# "over a 6-month timeline", "this 18-month plan": a stated length in months
N_MONTH_PLAN = re.compile(rf"\b{_N}\s?[-–‑ ]\s?months?\s+(?:plan|strategy|roadmap|programme|program|timeline|timeframe"
                          rf"|time frame|period|horizon)\b", re.IGNORECASE)
NEXT_MONTHS = re.compile(rf"\b(?:over|in|within|during|for|across)\s+(?:the\s+)?(?:next|coming|following|first)?\s*"
                         rf"{_N}\s+months\b", re.IGNORECASE)
YEARS_TIME = re.compile(rf"\b(?:in|within)\s+{_N}\s+years(?:['’]?\s*time)?\b", re.IGNORECASE)
NEXT_YEAR = re.compile(r"\b(?:within|over|in|during)\s+the\s+(?:next|coming)\s+(?:academic\s+|financial\s+|school\s+)?"
                       r"year\b", re.IGNORECASE)
ANNUAL_PLAN = re.compile(r"\b(?:this|our)\s+(?:annual|one-year|yearly)\s+(?:action\s+|delivery\s+|business\s+)?plan\b",
                         re.IGNORECASE)
MORE_TARGETS = re.compile(rf"\b(?:up to and including|through to|out to|as far as)\s+(?:{MONTHS}\s+)?({YEAR})\b",
                          re.IGNORECASE)
# words that start sentences: capitalised, but no one's name
COMMON_CAPITALS = frozenset({
    "The", "This", "That", "These", "Those", "A", "An", "All", "Every", "Each", "In", "By", "At", "On", "For", "From",
    "It", "Its", "There", "Our", "Some", "Most", "Many", "Any", "No", "Both", "Such", "Further", "Furthermore",
    "Also", "Then", "Thus", "Therefore"})
PLAN_PARTS = frozenset({"Phase", "Stage", "Wave", "Step", "Part", "Year", "Section", "Chapter", "Annex", "Appendix",
                        "Tranche", "Round", "Pillar", "Theme", "Priority", "Objective", "Goal", "Action", "Summary"})
_MORE_NUMBERS = {"eighteen": 18, "twenty-four": 24, "thirty-six": 36}


@dataclass(frozen=True, slots=True)
class HorizonCandidate:
    end: int
    strength: int
    basis: str
    evidence: Evidence
    owner: str = "the document's own"
    first: int | None = None  # the first year of a timeline the document lays out ("FY 23/24 ... FY 27/28": 2023)

    @property
    def in_own_voice(self) -> bool:
        """Whether the document sets the year itself, not reports it ("the Government's, as the document states it")."""
        return self.owner.startswith("the document's own")


@dataclass(frozen=True, slots=True)
class Horizon:
    start: int
    end: int
    basis: str
    evidence: Evidence
    owner: str = "the document's own"
    plan_start: int | None = None  # where the document's own timeline starts, when the horizon is its end
    # the period the document gives itself (its title's, "the strategy period for 2019-2022", its timeline), when a
    # later year it commits to in its own voice sets the horizon: which of the two is the plan is then unclear
    own_period: HorizonCandidate | None = None

    @property
    def years(self) -> int:
        return self.end - self.start

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "years": self.years, "basis": self.basis,
                "owner": self.owner, "evidence": self.evidence.as_dict()}


@dataclass(slots=True)
class _Context:
    """What the whole document tells about each sentence: its title, its own jurisdictions (`home`) and the
    words it uses in lower case; the last two are worked out when a sentence first needs them."""

    doc: AnalysedDocument
    published: int
    title_words: frozenset[str]
    title_years: frozenset[int]
    _home: frozenset[str] | None = None
    _lower_words: frozenset[str] | None = None

    @property
    def home(self) -> frozenset[str]:
        if self._home is None:
            self._home = self.doc.facts.get(home)
        return self._home

    @property
    def lower_words(self) -> frozenset[str]:
        if self._lower_words is None:
            self._lower_words = self.doc.facts.get(lower_case_words)
        return self._lower_words


@lru_cache(maxsize=4096)
def _is_reference_path(section_path: tuple[str, ...]) -> bool:
    return any(REFERENCE_SECTION.search(title) for title in section_path)


def _in_references(sentence: Sentence) -> bool:
    return _is_reference_path(sentence.block.section_path)


def _title_words(texts: list[str]) -> frozenset[str]:
    # not cover.title_words: initials of distinctive words only, or "National Digital Strategy" would give "nds"
    # and make a National Data Strategy the document's own
    words: set[str] = set()
    for text in texts:
        tokens = [w for w in name_words(text) if w not in GENERIC_NAME_WORDS]
        words.update(tokens)
        for size in (2, 3, 4):  # acronyms: "Artificial Intelligence" gives "ai"
            for i in range(len(tokens) - size + 1):
                words.add("".join(t[0] for t in tokens[i:i + size]))
    return frozenset(words)


def _context(doc: AnalysedDocument, published: int) -> _Context:
    texts = doc.facts.get(title_texts)
    years = {int(y) for text in texts for y in re.findall(YEAR, text)}
    return _Context(doc, published, _title_words(texts), frozenset(years))


@dataclass(slots=True)
class _Voice:
    owner: str | None  # None: not the document's own voice
    own_plan_spans: list[tuple[int, int]] = field(default_factory=list)  # this plan, named in the running text
    plan_spans: list[tuple[int, int]] = field(default_factory=list)  # this plan, named or "this/our strategy"
    other_spans: list[tuple[int, int]] = field(default_factory=list)  # other plans: their years are theirs
    about_plan: bool = False  # the sentence is about this plan: "it", for the plan named in the sentence before
    elsewhere: bool = False  # another country, body or plan speaks


def _is_own_name(name: str, ctx: _Context) -> bool:
    # more than `names_itself`: a plan's years must be the title's, and its initials may stand for the title's words
    years = {int(y) for y in re.findall(YEAR, name)}
    if years and not years <= ctx.title_years:
        return False
    if names_itself(name, ctx.title_words):
        return True
    initials = "".join(w[0] for w in name_words(name) if w not in ("of", "for", "on", "and", "the", "to"))
    return initials in ctx.title_words


def _plan_part(phrase: str) -> bool:
    """"Phase 2", "Year one", "Theme 3": a part of this plan, not another plan's name."""
    first = phrase.split()[0]
    return first in COMMON_CAPITALS or first in PLAN_PARTS or any(c.isdigit() for c in phrase)


def _plan_subject(sentence: Sentence | None, ctx: _Context) -> str | None:
    """The plan itself as the subject of `sentence`: "This strategy is ...", "The strategy contains ...", "The
    Hosting Strategy articulates ..." (a name from the title); the words that name it, or None."""
    if sentence is None:
        return None
    text = sentence.text.lstrip(" \t\"'“‘(")
    if (match := PLAN_SUBJECT.match(text)) and (match.group(1) is None or _is_own_name(match.group(1), ctx)):
        return _quoted(match.group(0))
    if (named := NAMED_PLAN.match(text)) and _is_own_name(named.group(0), ctx):
        return _quoted(named.group(0).strip())
    return None


def _voice(sentence: Sentence, ctx: _Context, previous_subject: str | None = None) -> _Voice:
    text = sentence.text
    voice = _Voice(owner=None)
    named_other = False
    for match in NAMED_PLAN.finditer(text):
        name = match.group(0).strip()
        if _is_own_name(name, ctx):
            voice.own_plan_spans.append(match.span())
        else:
            voice.other_spans.append(match.span())
            named_other = True
    for match in LOWER_PLAN.finditer(text):
        if any(s <= match.start() < e for s, e in voice.other_spans + voice.own_plan_spans):
            continue
        if _is_own_name(match.group(1), ctx):
            voice.own_plan_spans.append(match.span())
        else:  # "the AI strategy" in a data strategy: another plan, but unnamed, so it does not silence the rest
            voice.other_spans.append(match.span())
    if (lead := LEAD_NAME.match(text)) and not jurisdictions(lead.group(1)) and not _plan_part(lead.group(1)) \
            and not _is_own_name(lead.group(1), ctx):
        named_other = True  # "In Teknologipagten, the government has set a goal ...": that plan's goal
    section = sentence.block.section_path[-1] if sentence.block.section_path else ""

    we = WE.search(text)
    our = OUR_PLAN.search(text)
    this = THIS_PLAN.search(text)
    voice.plan_spans = [*voice.own_plan_spans, *(m.span() for m in (this, our) if m is not None)]
    if we or our:
        cue = (we or our)
        assert cue is not None
        said = re.match(r"\S+(?:\s+[\w-]+)?", text[cue.start():])  # "we will", "our ambition"
        voice.owner = f"the document's own ('{_quoted(said.group(0) if said else cue.group(0))}')"
        return voice
    if named_other or _elsewhere(text, sentence.block, ctx):
        voice.elsewhere = True
        return voice  # another country's, body's or plan's target, described by the document
    if previous_subject and (pronoun := PRONOUN_SUBJECT.match(text)):
        # "This strategy is intended to ... It focuses on ..., and thereby sets the foundations ... for the next
        # 10 years": "it" is the plan named as the subject of the sentence before
        voice.about_plan = True
        voice.owner = f"the document's own ('{pronoun.group(0).strip()}': '{previous_subject}', in the sentence before)"
    elif this:
        voice.owner = f"the document's own ('{_quoted(this.group(0))}')"
    elif voice.own_plan_spans:
        start, end = voice.own_plan_spans[0]
        voice.owner = f"the document's own ('{_quoted(text[start:end])}')"
    elif government := GOVERNMENT.search(text):
        voice.owner = f"{_possessive(government.group(0))}, as the document states it"
    elif goal := GOAL_STATEMENT.search(text) or DATED_OBJECTIVE.search(text):
        voice.owner = f"the document's own, a goal it states ('{_quoted(goal.group(0))}')"
    elif GOAL_LINE.search(text):
        voice.owner = f"the document's own, a goal it lists ('{_quoted(text.split(':')[0])}:')"
    elif section and GOAL_SECTION.search(section):
        voice.owner = f"the document's own, in its section '{_quoted(section)}'"
    elif (normative := NORMATIVE.search(text)) and not SUBORDINATE.search(text[:normative.start()]) \
            and _unnamed_subject(text[:normative.start()], ctx):
        voice.owner = f"the document's own, a target it sets ('{_quoted(normative.group(0))}')"
    return voice


def _quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _possessive(name: str) -> str:
    name = re.sub(r"^The\b", "the", " ".join(name.split()))
    return name + ("'" if name.endswith("s") else "'s")


def _unnamed_subject(subject: str, ctx: _Context) -> bool:
    """No named body before the modal: every capitalised word there is also used in lower case, or names the
    document's own country ("By 2020 half of the connections in Belgium must ..." in Digital Belgium)."""
    lower = ctx.lower_words
    return all(word.lower() in lower or word in COMMON_CAPITALS or word in ctx.home
               for word in re.findall(r"\b[A-Z][\w'’-]*", subject))


ECONOMY_WIDE = re.compile(r"\bof\s+GDP\b|\bgross\s+domestic\s+product\b|\bR&D\s+intensity\b"
                          r"|\bacross\s+(?:the\s+)?public\s+and\s+private\s+sectors\b"
                          r"|\b(?:R&D|research\s+and\s+development(?:\s+\(R&D\))?)\s+(?:spending|investment|expenditure)\s+"
                          r"(?:[\w-]+\s+){0,3}?to\s+[\d.]+\s*%", re.IGNORECASE)
# the document taking a whole-economy target on as its own: "we are committing to ... 2.4% by 2027"
COMMITS = re.compile(r"\bwe\s+(?:are\s+|have\s+)?(?:committ?(?:ed|ing)?|will|pledge[ds]?)\b", re.IGNORECASE)
# "the strategy period for 2019-2022", "this plan's period, 2024-2027"
STRATEGY_PERIOD = re.compile(
    rf"\b(?:the|this|our)\s+(?:strategy|plan|programme|agenda)(?:['’]s)?\s+period\s*(?:for|of|is|:|,)?\s*({YEAR})"
    rf"\s*[-–/]\s*((?:19|20)?\d\d)\b", re.IGNORECASE)


def _sentence_candidates(sentence: Sentence, ctx: _Context, previous: Sentence | None = None
                         ) -> list[HorizonCandidate]:
    text = sentence.text
    published = ctx.published
    found: list[HorizonCandidate] = []
    lower = ctx.doc.lowered[sentence.index]
    # every year the two patterns match starts "19" or "20": a text without either has no year to find
    maybe_year = "19" in text or "20" in text
    if not has_any(lower, SPAN_WORDS) and not (maybe_year and (
            any(int(y) > published for y in _YEARS.findall(text)) or PERIOD.search(text))):
        return found  # no length of time and no year ahead (a period "2016-20" may end ahead)
    if CONDITIONAL.search(text) or text.rstrip().endswith("?"):
        return found
    looking_back = bool(PAST_CUE.search(text)) and not FUTURE_CUE.search(text)
    # "The strategy was adopted in 2015. It ran ...": the plan of the past, not this one
    previous_subject = _plan_subject(previous, ctx) if previous and not PAST_CUE.search(previous.text) else None
    voice = _voice(sentence, ctx, previous_subject)
    # an estimate or forecast sets no horizon, except a length it states for this plan ("an estimated budget
    # would be required to complete this strategy over a 6-month timeline")
    # a hedge on the means is no forecast of the end: "An incentive policy could be put in place in order to
    # achieve this objective by 2025" sets the objective's date
    forecast = bool(FORECAST.search(text) or PREDICTION.search(text)) and not DATED_OBJECTIVE.search(text)
    if forecast and not voice.plan_spans:
        return found
    if previous_subject and not voice.elsewhere and not looking_back:
        # "The strategy contains 24 initiatives. The government has earmarked DKK 60 million for 2019-2027.": the
        # money given for a period, straight after the plan is named as a subject, funds that plan
        for match in PERIOD.finditer(text):
            end = normalise_end(int(match.group(1)), match.group(2))
            if end and published < end <= published + MAX_YEARS_AHEAD and int(match.group(1)) >= published - 2 \
                    and FUNDS_FOR.search(text[:match.start()]):
                owner = f"the document's own, funding for '{previous_subject}' named in the sentence before"
                found.append(HorizonCandidate(end, 2, "the strategy's funding period",
                                              Evidence("horizon", text, sentence.location), owner))
    for match in STRATEGY_PERIOD.finditer(text):
        # "... launched in the strategy period for 2019-2022": the plan's own period, said as such
        end = normalise_end(int(match.group(1)), match.group(2))
        if end and published < end <= published + MAX_YEARS_AHEAD and not looking_back:
            found.append(HorizonCandidate(end, 4, "the plan's own period", Evidence("horizon", text, sentence.location),
                                          f"the document's own ('{match.group(0)}')"))
    if voice.owner is None:
        return found
    owner = voice.owner

    def add(end: int, strength: int, basis: str, now: bool = False) -> None:
        if published < end <= published + MAX_YEARS_AHEAD or (now and end == published):
            found.append(HorizonCandidate(end, strength, basis, Evidence("horizon", text, sentence.location), owner))

    def theirs(position: int) -> bool:  # in another plan's name, or just after it ("... strategy in 2024-2031")
        return any(start <= position < end + OTHER_PLAN_REACH for start, end in voice.other_spans)

    def looks_back(start: int) -> bool:
        return bool(PAST_CUE.search(text[max(0, start - PAST_WINDOW):start]))

    history = looking_back
    plan = bool(PLAN_CUE.search(text)) or voice.about_plan
    # stated lengths: "this ten-year strategy", "over the next three years", "within six months"
    if not history:
        for match in N_YEAR_PLAN.finditer(text):
            years = number_value(match.group(1))
            if years and 1 <= years <= MAX_YEARS_AHEAD and not theirs(match.start()):
                add(published + years, 3, f"a {years}-year plan")
        for match in [*NEXT_YEARS.finditer(text), *YEARS_TIME.finditer(text)]:
            years = number_value(match.group(1))
            if years and plan and not theirs(match.start()):
                add(published + years, 3, f"the next {years} years")
        if NEXT_DECADE.search(text) and plan and not N_YEAR_PLAN.search(text):
            add(published + 10, 3, "the next decade")
        if ANNUAL_PLAN.search(text):
            add(published + 1, 3, "an annual plan")
        for match in N_MONTH_PLAN.finditer(text):
            months = _MORE_NUMBERS.get(match.group(1).lower()) or number_value(match.group(1))
            if months and months <= MAX_MONTHS and not theirs(match.start()):
                add(published + months // 12, 3, f"a {months}-month plan", now=True)
        for match in NEXT_MONTHS.finditer(text):
            months = _MORE_NUMBERS.get(match.group(1).lower()) or number_value(match.group(1))
            if months and months <= MAX_MONTHS and plan:  # "within six months": done within the year
                add(published + months // 12, 3, f"the next {months} months", now=True)
        if NEXT_YEAR.search(text) and plan:
            add(published + 1, 3, "the coming year")
    if forecast:
        return [c for c in found if c.strength >= 3]  # stated lengths and periods, not target years

    # a target for the whole economy ("R&D investment to 2.4% of GDP by 2027") is the nation's, not the plan's,
    # unless the document commits to it in its own voice ("we are committing to ... 2.4% by 2027")
    economy_wide = bool(ECONOMY_WIDE.search(text)) and not COMMITS.search(text)
    for match in [*TARGET_YEAR.finditer(text), *MORE_TARGETS.finditer(text)]:
        if not looks_back(match.start()) and not theirs(match.start()) and not economy_wide:
            add(int(match.group(1)), 2, "a target year")
    for match in NAMED_YEAR.finditer(text):
        if not looks_back(match.start()) and not theirs(match.start()):
            add(int(match.group(1) or match.group(2)), 2, "a named target year")
    if history:
        return found
    for match in PERIOD.finditer(text):
        if looks_back(match.start()) or theirs(match.start()):
            continue
        start = int(match.group(1))
        end = normalise_end(start, match.group(2))
        if end is None or start < published - 2:
            continue
        if any(0 <= match.start() - e <= OWN_PERIOD_REACH or s <= match.start() < e for s, e in voice.plan_spans):
            # "This strategy covers 2024-2027", "DKK 60 million for the strategy for 2019-2027"
            # a funding period is the budget's: the plan's own stated period outranks it
            if MONEY.search(text):
                add(end, 2, "the strategy's funding period")
            else:
                add(end, 4, "the plan's own period")
        elif plan and not MONEY.search(text) and end - start > 1:
            add(end, 2, "a plan period")  # not a funding period: those are the budget's, not the plan's
    return found


def _cover_period(doc: AnalysedDocument) -> tuple[int, int, Evidence] | None:
    """The period in the title, as `title_period` finds it, if it stands as a title does (on the cover or in a
    heading), not in a sentence ("The Government proposes £120 million over the period 2025-2032.")."""
    period = title_period(doc)
    if period is None:
        return None
    quote = period[2].quote
    heading = any(b.kind is BlockKind.HEADING and b.text == quote for b in doc.blocks[:TITLE_BLOCKS])
    if not (heading or quote in doc.facts.get(title_texts)) or quote.rstrip().endswith(".") or MONEY.search(quote):
        return None
    return period


def _title_candidate(doc: AnalysedDocument, published: int, as_of: bool) -> HorizonCandidate | None:
    period = _cover_period(doc)
    if period is None or period[1] <= published:
        return None
    # a period that began well before the document is a programme's banner on the cover (a funding
    # programme "2014-2020" on a 2018 paper), not the document's own
    if period[0] < published - 1 and not as_of:
        return None
    return HorizonCandidate(period[1], 4, "the title period", period[2], "the document's own, in its title")


# --- time frames the document lays out rather than says: headings, lists, timelines, deadlines --------------

SHORT_BLOCK_WORDS = 10  # a heading, a list item or a line of a layout: not a sentence of running text
DEADLINE_BLOCK_WORDS = 15  # a cell or fragment of an action table, where a bare date is a deadline
_TERM = r"(?:short|medium|mid|long)[- ]?term"
_PLAN_WORD = r"(?:vision|roadmap|road map|ambitions?|goals?|targets?|strateg(?:y|ies)|plan|horizon)"
# "Long Term Vision - 2030", "Vision 2030", "Roadmap to 2027", "Our 2030 vision"
VISION_HEADING = re.compile(
    rf"^\W*(?P<name>(?:[\w'’&-]+\s+){{0,5}}?{_PLAN_WORD})\s*(?:for|to|until|by|:|-|–|—|\()?\s*(?P<year>{YEAR})\W*$"
    rf"|^\W*(?:our\s+)?(?P<year2>{YEAR})\s+(?P<name2>{_PLAN_WORD})\W*$",
    re.IGNORECASE)
# "Short term (1-2 years)", "Medium Term (~5 years)", "Long term (>10 years)", "Long-term goals: 10+ years"
TIME_FRAME = re.compile(
    rf"^\W*{_TERM}\s*(?:vision|goals?|outcomes?|targets?|objectives?|actions?|priorities)?\s*[:(–—-]?\s*\(?\s*"
    rf"(?:[<>~≈]|up to|over|more than|at least|about|approx(?:\.|imately)?|within)?\s*{_N}\s*"
    rf"(?:(?:[-–]|to)\s*{_N}\s*)?\+?\s*years?\s*\)?\W*$",
    re.IGNORECASE)
# "Medium term (30 June 2013)", "Short term (by 31 December 2012)"
TIME_FRAME_DATE = re.compile(
    rf"^\W*{_TERM}\s*[:(–—-]?\s*\(?\s*(?:by|to|until|before|end of)?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?:{MONTHS}\.?\s+|Q[1-4]\s+)?({YEAR})\s*\)?\W*$",
    re.IGNORECASE)
# fiscal years as timeline columns: "FY 23/24 FY 24/25 ... FY 27/28", "2023/24 | 2024/25 | 2025/26"
FISCAL_YEAR = re.compile(r"\bFY\s?'?(\d\d)\s*[/-]\s*(\d\d)\b|\b((?:19|20)\d\d)\s*/\s*((?:19|20)?\d\d)\b")
YEAR_ROW = re.compile(rf"^\W*(?:{YEAR}[\s|,;]+){{2,}}{YEAR}\W*$")  # "2013 2014 2015": a roadmap's columns
RUN_GAP = re.compile(r"^[\s|,;]*$")
MIN_RUN = 3
TIMELINE_CUE = re.compile(
    r"\b(?:actions?|implementation|responsib\w*|lead (?:institution|agency|body|organisation)"
    r"|milestones?|timelines?|timetable|roadmap|road map|deliverables?|work ?plan|action plan|delivery plan"
    r"|schedule)\b", re.IGNORECASE)
ROADMAP_CUE = re.compile(r"\b(?:roadmap|road map|timelines?|timetable|milestones?|implementation plan|action plan"
                         r"|delivery plan|schedule)\b", re.IGNORECASE)
ACTION_SECTION = re.compile(
    r"\b(?:action plan|actions?|list of actions|roadmap|road map|milestones?|timelines?|timetable|implementation"
    r"|delivery plan|next steps|deliverables?|work ?plan)\b", re.IGNORECASE)
ACTION_DOCUMENT = re.compile(r"\b(?:action plan|roadmap|road map|delivery plan|implementation plan)\b", re.IGNORECASE)
_DEADLINE_LEAD = r"(?:by|before|until|till|no later than|due(?: by)?|deadline:?|(?:the )?end of|completion:?)"
# a dated deadline: "by Q4 2013", "Dec 2013", "(30 June 2013)", "by 31 December 2012", "by the end of 2014"
DEADLINE = re.compile(
    rf"(?P<lead>\b{_DEADLINE_LEAD}\s+(?:the\s+end\s+of\s+)?)?(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"\b(?:{MONTHS}\.?|Q[1-4]|H[12])\s*,?\s*(?:FY\s*)?(?P<year>{YEAR})\b"
    rf"|(?P<lead2>\b(?:by|before|no later than|until)\s+(?:the\s+end\s+of\s+)?)(?:FY\s*)?(?P<year2>{YEAR})\b"
    r"(?!\s*[-–/])",
    re.IGNORECASE)
# the plan's name before a year in the title: capitalised words and the small words between them
TITLE_NAME = re.compile(r"^\W*(?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|to|&)(?:[\s:–-]+(?:[A-Z][\w'’&.-]*|of|for|and|the"
                        r"|on|in|to|&))*[\s:–-]*$")
# the lead-in to a list of actions: "We will:", "Government Digital Service will:", "The council commits to:"
ACTION_LEAD_IN = re.compile(r"\b(?:will|shall|commits? to|is to|are to|plans? to|aims? to)\s*:\s*$", re.IGNORECASE)
STARTS_FROM = re.compile(r"\b(?:from|since|after|starting|beginning|as of|as at)\s+(?:the\s+)?$", re.IGNORECASE)
TITLE_DATE_WORDS = re.compile(
    rf"(?:{MONTHS}\.?|status|edition|update[sd]?|version|published|report|review|survey|yearbook|statistics|census"
    rf"|index|©|copyright|as of|since|in|of|from|year|annual|budget|season)\W*$",
    re.IGNORECASE)


def _short(block: Block) -> bool:
    return len(block.text.split()) <= SHORT_BLOCK_WORDS


def _elsewhere(text: str, block: Block, ctx: _Context) -> bool:
    """`text` (a sentence of `block`, or the block) is in a section about other countries, or names another
    country: not the plan's own time frame."""
    section = block.section_path[-1] if block.section_path else ""
    return bool(INTERNATIONAL_SECTION.search(section)) or in_foreign_section(block, ctx.home) \
        or names_elsewhere(text, ctx.home)


def _laid_out_candidates(block: Block, ctx: _Context) -> list[HorizonCandidate]:
    """A heading or list item that names the plan's vision year or lists its time frames."""
    published = ctx.published
    text = block.text
    found: list[HorizonCandidate] = []
    kind = "a heading" if block.kind is BlockKind.HEADING else "a list item" if block.kind is BlockKind.LIST_ITEM \
        else "a line"
    evidence = Evidence("horizon", text, block.location_at(0))
    if (match := VISION_HEADING.match(text)) and not FORECAST.search(text):
        name = re.sub(_TERM, " ", match.group("name") or match.group("name2"), flags=re.IGNORECASE)
        end = int(match.group("year") or match.group("year2"))
        if _is_own_name(name, ctx) and published < end <= published + MAX_YEARS_AHEAD:
            found.append(HorizonCandidate(end, 2, "the vision year it names", evidence,
                                          f"the document's own, {kind} that names it ('{_quoted(text)}')"))
    if match := TIME_FRAME.match(text):
        years = number_value(match.group(2) or match.group(1))
        if years and 1 <= years <= MAX_YEARS_AHEAD:
            found.append(HorizonCandidate(published + years, 3, "a time frame it lists", evidence,
                                          f"the document's own, {kind} of its time frames ('{_quoted(text)}')"))
    if (match := TIME_FRAME_DATE.match(text)) and published < (end := int(match.group(1))) \
            <= published + MAX_YEARS_AHEAD:
        found.append(HorizonCandidate(end, 2, "a time frame it lists", evidence,
                                      f"the document's own, {kind} of its time frames ('{_quoted(text)}')"))
    return found


def _year_runs(text: str) -> list[tuple[int, int, int, int, bool]]:
    """Runs of consecutive fiscal years ("FY 23/24 FY 24/25 FY 25/26"), or a line of nothing but consecutive
    years ("2013 2014 2015"): (first year, last year's end, start offset, end offset, plain years) for each
    run of at least MIN_RUN."""
    runs: list[tuple[int, int, int, int, bool]] = []
    run: list[tuple[int, int, int]] = []  # (start year, start offset, end offset)
    for match in FISCAL_YEAR.finditer(text):
        first = match.group(1) or match.group(3)
        second = match.group(2) or match.group(4)
        start = int(first) + (2000 if len(first) == 2 else 0)
        if normalise_end(start, second) != start + 1:
            continue  # "2016/20" is a period, not one fiscal year
        if run and start == run[-1][0] + 1 and RUN_GAP.match(text[run[-1][2]:match.start()]):
            run.append((start, match.start(), match.end()))
        else:
            if len(run) >= MIN_RUN:
                runs.append((run[0][0], run[-1][0] + 1, run[0][1], run[-1][2], False))
            run = [(start, match.start(), match.end())]
    if len(run) >= MIN_RUN:
        runs.append((run[0][0], run[-1][0] + 1, run[0][1], run[-1][2], False))
    if YEAR_ROW.match(text):
        years = [int(y) for y in _YEARS.findall(text)]
        if all(b == a + 1 for a, b in pairwise(years)):
            runs.append((years[0], years[-1], text.index(str(years[0])), len(text.rstrip()), True))
    return runs


def _rows(doc: AnalysedDocument) -> Iterator[tuple[Block, str, list[Block]]]:
    """Each block with its text, table cells joined into their rows, and the blocks just before it."""
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        j = i + 1
        if block.kind is BlockKind.TABLE_CELL:
            row = (block.location.line, block.location.page)
            while j < len(blocks) and blocks[j].kind is BlockKind.TABLE_CELL and j - i < 40 \
                    and (blocks[j].location.line, blocks[j].location.page) == row:
                j += 1
        yield block, " | ".join(b.text for b in blocks[i:j]), blocks[max(0, i - 2):i]
        i = j


def _timeline_candidates(block: Block, text: str, before: list[Block], ctx: _Context) -> list[HorizonCandidate]:
    """The last column of the plan's own timeline: "FY 23/24 ... FY 27/28" in its implementation plan."""
    published = ctx.published
    found: list[HorizonCandidate] = []
    if not _DIGIT.search(text):
        return found  # a cheap test: no year, no timeline
    runs = _year_runs(text)
    if not runs:
        return found
    near = " ".join([*(b.text for b in before), *block.section_path])
    if FORECAST.search(text + " " + near) or PREDICTION.search(text + " " + near):
        return found  # "Predicted completions 2011/12 - 2014/15": a forecast's columns
    for first, end, start_at, end_at, plain in runs:
        # plain years are as often a chart's axis as a roadmap's columns: only a roadmap or timeline just
        # before them makes them the plan's
        cue = ROADMAP_CUE.search(near) if plain else TIMELINE_CUE.search(text) or TIMELINE_CUE.search(near)
        if not cue or first < published - 1 or not published < end <= published + MAX_YEARS_AHEAD:
            continue
        quote = text[start_at:end_at] if block.kind is not BlockKind.TABLE_CELL else text
        cue_pattern = ROADMAP_CUE if plain else TIMELINE_CUE
        where = next((t for t in (*reversed(block.section_path), *(b.text for b in reversed(before)))
                      if cue_pattern.search(t)), None)
        owner = f"the document's own, the timeline under '{_quoted(where)}'" if where \
            else f"the document's own, a timeline of its {cue.group(0).lower()}"
        found.append(HorizonCandidate(
            end, 4, "its implementation timeline", Evidence("horizon", quote, block.location_at(start_at)), owner,
            first))
    return found


def _deadline_candidates(block: Block, text: str, ctx: _Context, whole_document: bool,
                         lead_in: str | None = None) -> list[HorizonCandidate]:
    """The deadlines of the plan's own actions: "by Q4 2013", "Dec 2013", "Medium term (30 June 2013)", in an
    action section, an action plan, or a list of what "we will:" do."""
    published = ctx.published
    if not _DIGIT.search(text):
        return []  # a cheap test: a deadline has a year
    section = next((title for title in reversed(block.section_path) if ACTION_SECTION.search(title)), None)
    if section is None and lead_in is None and not whole_document:
        return []
    short = len(text.split()) <= DEADLINE_BLOCK_WORDS
    if not short and block.kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE_CELL):
        return []  # running text: its sentences say whose deadline it is, and _sentence_candidates hears them
    if FORECAST.search(text) or PREDICTION.search(text) or CONDITIONAL.search(text):
        return []
    found: list[HorizonCandidate] = []
    for match in DEADLINE.finditer(text):
        year = int(match.group("year") or match.group("year2"))
        lead = match.group("lead") or match.group("lead2")
        if not (published < year <= published + MAX_YEARS_AHEAD) or not (lead or short):
            continue
        before = text[max(0, match.start() - PAST_WINDOW):match.start()]
        if PAST_CUE.search(before) or (not lead and STARTS_FROM.search(before)):
            continue  # "launched in April 2013" is history, "from April 2013" a start: neither is a deadline
        where = f"its section '{_quoted(section)}'" if section else f"its list '{_quoted(lead_in)}'" if lead_in \
            else "its action plan"
        found.append(HorizonCandidate(
            year, 2, "the latest deadline among its actions",
            Evidence("horizon", text, block.location_at(match.start())),
            f"the document's own, an action deadline in {where}"))
    return found


def _title_year_candidate(ctx: _Context) -> HorizonCandidate | None:
    """A single year in the title, after the plan's name: "Digital Northern Ireland 2020", "Vision 2030"."""
    published = ctx.published
    cover = ctx.doc.facts.get(title_texts)
    located = {block.text: block.location_at(0) for block in reversed(ctx.doc.blocks[:TITLE_BLOCKS])}
    for text in cover:
        if PERIOD.search(text) or names_elsewhere(text, ctx.home):
            continue
        years = _YEARS.findall(text)
        if len(years) != 1:
            continue
        year = int(years[0])
        head = text[:text.index(years[0])]
        if not (published < year <= published + MAX_YEARS_AHEAD) or not TITLE_NAME.match(head) \
                or TITLE_DATE_WORDS.search(head) or text[text.index(years[0]) + 4:].strip(" )–-:") != "":
            continue  # a name, then the year, and nothing after: "Digital Northern Ireland 2020", "Vision 2030"
        return HorizonCandidate(year, 2, "the year in its title",
                                Evidence("horizon", text, located.get(text, DOCUMENT_LOCATION)),
                                f"the document's own, the year its name carries ('{_quoted(text)}')")
    return None


def candidates(doc: AnalysedDocument, published: int) -> list[HorizonCandidate]:
    found: list[HorizonCandidate] = []
    titled = _title_candidate(doc, published, bool(doc.options.as_of))
    if titled:
        found.append(titled)
    ctx = _context(doc, published)
    if titled is None and (title_year := _title_year_candidate(ctx)):
        found.append(title_year)
    previous: Sentence | None = None
    for sentence in doc.sentences:
        if sentence.kind is BlockKind.TABLE_CELL or _in_references(sentence):
            continue
        same_block = previous is not None and previous.block_index == sentence.block_index
        found.extend(_sentence_candidates(sentence, ctx, previous if same_block else None))
        previous = sentence
    whole_document = any(ACTION_DOCUMENT.search(text) for text in doc.facts.get(title_texts))
    lead_in: str | None = None  # "Departments will:", "We will:": the list after it is the plan's actions
    for block, text, before in _rows(doc):
        if block.kind is not BlockKind.LIST_ITEM:
            # a lead-in ends on its colon: the cheap test spares the pattern every other row
            lead_in = text if text.rstrip().endswith(":") and ACTION_LEAD_IN.search(text) \
                and not _elsewhere(block.text, block, ctx) else None
        if not _DIGIT.search(text):
            continue  # a cheap test: every time frame laid out in a block has a number
        if _is_reference_path(block.section_path) or _elsewhere(block.text, block, ctx):
            continue
        if block.kind is not BlockKind.TABLE_CELL and _short(block):
            found.extend(_laid_out_candidates(block, ctx))
        found.extend(_timeline_candidates(block, text, before, ctx))
        in_list = lead_in if block.kind is BlockKind.LIST_ITEM else None
        found.extend(_deadline_candidates(block, text, ctx, whole_document, in_list))
    return found


def extract(doc: AnalysedDocument) -> Horizon | None:
    publication = doc.facts.publication
    if publication is None:
        return None
    published = publication.year
    found = [c for c in candidates(doc, published) if c.strength >= 2]
    if not found:
        return None
    own_periods = [c for c in found if c.strength == 4]
    if own_periods:
        # the period the plan gives itself is its statement of its horizon. A year beyond it counts only when the
        # document sets it in its own voice ("Digitising every aspect of the justice system possible by 2020" in a
        # strategy whose roadmap ends in 2015), or as a stated length ("our 10-year vision"); not a year it reports
        # from others ("The Government's goal is ... full fibre by 2033")
        # nor the date of a review of the plan, which comes when its work is done ("Review the plan by March 2028")
        found = [c for c in found
                 if c.strength >= 3 or (c.in_own_voice and not REVIEWS_THE_PLAN.search(c.evidence.quote))]
    best = max(found, key=lambda c: (c.end, c.strength))
    shorter = [c for c in own_periods if c.end < best.end]
    own_period = max(shorter, key=lambda c: c.end) if best.strength != 4 and shorter else None
    period = _cover_period(doc)
    start = period[0] if period and best.basis == "the title period" else published
    return Horizon(start=min(start, published), end=best.end, basis=best.basis, evidence=best.evidence,
                   owner=best.owner, plan_start=best.first, own_period=own_period)
