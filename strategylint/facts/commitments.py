"""Commitments and objectives, and which of them can be measured.

A commitment is a sentence that promises action ("we will", "the Government shall", "our aim is", or what
the organisation or its own country "needs to" do: "Sweden needs to develop partnerships ..."), a
dated statement of what will be done in the plan's near term ("In 2019, all relevant upper-secondary exams
will be digital"; not a forecast, nor the date of something already done), a short dated line of a roadmap
or list ("Lasting Power of Attorney - online application by April 2013"), an
item under a heading that names objectives, priorities, goals or actions, or, under such a heading, a
paragraph or table cell written as an instruction ("Establish one trusted representation of customers",
"Invest £93 million in ..."): the way capability lists and action tables put their actions, which a PDF
often gives as paragraphs. It is measurable when it
carries a number, percentage, amount, target or deadline (the guidance's 'what', 'how' and 'when'), and
owned when it names who does it: a role, team or body beside it ("led by the CDO"), a named body
as the one that will act ("The Commission will ...", "GDS will ..."), or the body at the head of an item
written as a recommendation ("Department for the Economy to work with industry ...").

Action plans often put their actions in tables: an action, the body that leads it and a timeline, each
in its own cell. `action_table` finds those cells, short ones that are a timeline ("Q2 2014",
"2015-2016", "Ongoing") or a list of bodies ("DES/HEA", "PDST-TiE, NCCA"), which a table of owned and
dated actions is made of. A commitment whose own row has such cells right after it (`row_cells`) is
measurable and owned through them. So is an action laid out on a schedule: in a section, on a page, that
carries a scale of relative periods ("0–3 Months 4–6 Months 7–9 Months", "Q1 Q2 Q3 Q4", "Year 1 Year 2
Year 3"), the columns of a chart that dates each action by where it stands (`scheduled_sections`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.facts import cover
from strategylint.facts.patterns import (
    FIRST_PERSON,
    FORECAST,
    IMPERATIVE,
    MONTHS,
    PREDICTION,
    has_any,
    has_measure,
)
from strategylint.facts.places import about_others, home, in_case_study
from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.model import Block
    from strategylint.nlp import Sentence

ACTOR = (r"(?P<actor>we|the\s+(?:government|department|council|trust|agency|board|ministry|organi[sz]ation|university"
         r"|company|authority|service|directorate|team|commission|executive|state|federal government)"
         r"|(?-i:[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,4}))")
# a named body as the actor, not "We", "It", "This strategy", a sentence-initial word or a document ("The Federal
# Data Strategy will", "These annual Action Plans will")
_NOT_A_BODY = re.compile(r"^(?:we|it|this|that|these|they|there|our|the\s+\w+|(?-i:[A-Z][a-z]+)"
                         r"|.*\b(?:strateg(?:y|ies)|plans?|programmes?|programs?|frameworks?|agendas?|roadmaps?"
                         r"|polic(?:y|ies)|reports?|papers?|visions?|documents?))$", re.IGNORECASE)
# a forecast is not a promise: "Northern Ireland will inevitably under realise ...", "AI will undoubtedly ..."
COMMITMENT = re.compile(
    rf"\b{ACTOR}\s+(?:will|shall|are going to|is going to|intends? to|aims? to|plans? to|commits? to|(?:is|are)"
    rf" committed to|pledges? to|undertakes? to|is to|are to|needs? to)\s+(?!be\s+(?:able|possible|likely|unlikely)"
    rf"|not\b|never\b|(?:inevitably|undoubtedly|probably|likely|possibly|certainly|surely)\b)"
    rf"|\bour\s+(?:aim|goal|objective|ambition|target|priority|commitment|mission)s?\s+(?:is|are|will be)\b"
    rf"|\bwe\s+want\s+to\b",
    re.IGNORECASE)
# a promise that the list after it spells out: "We will:", "To achieve this, we will:", "The Department will also:";
# not "The standards will include:", a list of things
LEAD_IN = re.compile(rf"\b{ACTOR}\s+(?:will|shall|are going to|aims? to|plans? to|intends? to|commits? to)"
                     rf"(?:\s+also)?\s*:\s*$", re.IGNORECASE)
# a cheap test before COMMITMENT: each branch of it holds one of these
_COMMITMENT_WORDS = ("will", "shall", "going to", "intend", "aim", "plan", "commit", "pledge", "undertake", "is to",
                     "are to", "need", "goal", "objective", "ambition", "target", "priority", "mission", "want")
OBJECTIVE_HEADING = re.compile(
    r"\b(objectives?|priorit(?:y|ies)|goals?|actions?|commitments?|initiatives|targets?|deliverables|milestones"
    r"|what we will do|measures|recommendations|key results|outcomes|aims)\b", re.IGNORECASE)
OWNER = re.compile(
    r"\b(?:chief\s+\w+(?:\s+\w+)?\s+officer|head of \w+|director of \w+|lead(?:s)?:|owner:|responsible:"
    r"|accountable|led by|owned by|owns this)\b"
    r"|(?-i:\b(?:C[DIT]I?O|CDIO|CCIO|SIRO|CISO|the Board|the Cabinet|[A-Z]\w+ (?:Board|Committee|Directorate|Unit|Team"
    r"|Office|Group|Council)|(?:Department|Ministry|Agency|Office|Minister|Secretary) (?:for|of) [A-Z]\w+))",
    re.IGNORECASE)
# the document's own voice: "we", "our aim", the plan itself ("This strategy will", "The Digital Strategy aims to"), or
# an organisation by its kind ("The Department will"), as its own documents speak of it
_OWN_VOICE = re.compile(r"^(?:we|our\b.*|(?:(?:this|the)\s+)?(?:[\w’'()-]+\s+){0,8}?(?:strategy|plan|programme|roadmap"
                        r"|agenda|framework)|the\s+(?:government|department|council|trust|agency|board|ministry"
                        r"|organi[sz]ation|university|company|authority|directorate|executive"
                        r"|federal government))$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:it|they|this|that|these|those|there|he|she)$", re.IGNORECASE)
# a body the action creates is not the one that does it: "Create an OMB Federal Data Policy Committee"
_CREATED = re.compile(r"\b(?:create|creates|creating|establish|establishes|establishing|launch|launches|launching"
                      r"|set\s+up|sets\s+up|setting\s+up|form|forms|forming|constitute|convene|build|builds"
                      r"|appoint|appoints|appointing|recruit|recruits|recruiting)\s+(?:(?:a|an|the|new|our|its)\s+)*"
                      r"(?:[\w&-]+\s+){0,5}$", re.IGNORECASE)
NEAR_TERM_YEARS = 5
FUTURE = re.compile(r"\b(?:will|shall)\s+(?!not\b|never\b)", re.IGNORECASE)
# the date of something done: "A Data Framework was published in July 2019", "The Topol Review published in February"
_DONE_BEFORE = re.compile(r"\b(?:was|were|had|has|have|been|did|published|launched|issued|announced|made|created"
                          r"|established|adopted|introduced|agreed|completed|started|began|held|set up)"
                          r"\s+(?:[\w,]+\s+){0,2}$",
                          re.IGNORECASE)
# a date in a year: "by 2020", "in 2019", "before the end of 2018", "at the end of 2016", "from spring 2017"
DATE_IN_YEAR = re.compile(rf"\b(?:by|in|before|until|at|from|during|within)\s+"
                          rf"(?:the\s+(?:end|start|beginning|middle|course)\s+of\s+)?"
                          rf"(?:(?:{MONTHS}|spring|summer|autumn|winter|Q[1-4])\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
TIMELINE_CELL = re.compile(
    rf"^\s*(?:(?:from|by|end(?: of)?|mid|early|late)[- ]?\s*)?"
    rf"(?:(?:Q[1-4]|H[12]|{_MONTH})(?:\s*[-–,/]\s*(?:Q[1-4]|H[12]))*\s*(?:19|20)\d\d|(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?|ongoing|on-going|immediate(?:ly)?|annually"
    rf"|quarterly)\b",
    re.IGNORECASE)
# one or more bodies, nothing else: capitalised names and acronyms joined by "and", "of", "&", commas or
# slashes, with at least one acronym ("DES/HEA", "PDST-TiE, NCCA", "Curriculum & Assessment Policy Unit (DES)")
_BODY_WORD = re.compile(r"^\(?(?:[A-Z][\w&.'’-]*|of|for|and|the|in|on|&)\)?[,;.]?$")
_ACRONYM = re.compile(r"\b[A-Z]{2,}[\w-]*\b")
MAX_CELL_WORDS = 12
# one period of a schedule's scale: "0–3 Months", "Q2", "Year 1", "Month 6"; a line with three or more of them is
# the scale (calendar years are not: a row of years is as often the header of a table of figures)
SCALE_PERIOD = re.compile(r"\b(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+months?|months?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
                          r"|year\s+\d{1,2}|(?-i:Q[1-4]))\b", re.IGNORECASE)
MIN_SCALE_PERIODS = 3


def promised_by_the_organisation(actor: str) -> bool:
    """Whether a promise's actor is the organisation itself: "we", the plan, the organisation by its kind, or none
    named ("Our aim is ...")."""
    actor = " ".join(actor.split())
    return not actor or bool(_OWN_VOICE.match(actor))


def _own_voice(text: str, promise: re.Match[str] | None, title_words: frozenset[str]) -> bool:
    """Whether the promise is the document's own (see `Commitment.in_own_voice`). A body named on the cover
    ("Sweden aims to", "Once this strategy is implemented, Akvaplan-niva will") is the organisation itself when
    it is the subject: it opens the sentence or its main clause."""
    if promise is None or not promise.group("actor"):
        return True
    actor = " ".join(promise.group("actor").split())
    if _OWN_VOICE.match(actor) or FIRST_PERSON.search(text, 0, promise.start()):
        return True
    before = text[:promise.start()].rstrip()
    if (before and not before.endswith(",")) or _PRONOUN.match(actor):
        return False
    # a body's name, not a plan's: every word of it on the cover, none passed over as generic
    return any(len(w) >= 4 for w in cover.name_words(actor)) and cover.names_itself(actor, title_words, frozenset())


# a recommendation's owner, the body at its head: "Department for the Economy to work with industry ...",
# "Educational institutions and industry to work with each other", "The CBI to provision an annual survey"
LED_BY_SUBJECT = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s+)?(?:the\s+)?(?P<subject>[A-Z][^,;:.()]{0,70}?)\s+(?:to|must|should)\s+(?!be\b)[a-z]+",
    re.IGNORECASE)
_SUBJECT_BODY = re.compile(
    r"\b(?:department|ministry|government|council|agency|authority|board|office|commission|industry|universit(?:y|ies)"
    r"|colleges?|schools?|institutions?|employers?|hub|sector|academ(?:y|ies)|trust|team|directorate|unit"
    r"|(?-i:[A-Z]{2,}\w*))\b", re.IGNORECASE)


def _led_by_subject(text: str) -> bool:
    """An action written as a recommendation with its owner at its head ("Department for the Economy to work with
    industry"), not an instruction ("Seek potential for Government support") or a thing to be done."""
    match = LED_BY_SUBJECT.match(text)
    return (match is not None and IMPERATIVE.match(text) is None
            and _SUBJECT_BODY.search(match.group("subject")) is not None)


def names_owner(text: str) -> bool:
    """Whether the text names who does it: a role, team or body, not one the action creates or appoints."""
    return any(_CREATED.search(text[:match.start()]) is None for match in OWNER.finditer(text))


@dataclass(frozen=True, slots=True)
class Commitment:
    sentence: Sentence
    measurable: bool
    owned: bool
    basis: str
    actor: str = ""  # who promises, as written ("we", "The Department", "It"); empty for items and actions
    # the document itself promises: "we", the strategy, the organisation (by its kind or its name on the cover), or
    # an item under its own objectives heading; not "It aims to ..." or another body's plans in a case study
    in_own_voice: bool = True
    row: tuple[str, ...] = ()  # the timeline and lead cells of its row in an action table ("2016-2017", "PDST-TiE")

    @property
    def evidence(self) -> Evidence:
        """The sentence, with its row's timeline and lead when it stands in an action table: a reader checks the
        owner and the date there."""
        if self.row:
            return Evidence("commitment", " | ".join((self.sentence.text, *self.row)), self.sentence.location,
                            note="with its row's timeline and lead")
        return Evidence("commitment", self.sentence.text, self.sentence.location)




# a question asked, not an action promised: "Who will be processing it", "How will it be stored"
QUESTION = re.compile(r"\s*(?:who|what|when|where|why|how|which)\s+(?:will|would|should|shall|can|could|is|are|do"
                      r"|does)\b", re.IGNORECASE)


def _under_objective_heading(sentence: Sentence) -> bool:
    return any(OBJECTIVE_HEADING.search(title) for title in sentence.block.section_path[-2:])


def _promise(sentence: Sentence, lowered: str) -> re.Match[str] | None:
    """The words that promise action ("we will"), in a sentence whose folded text is `lowered`."""
    return COMMITMENT.search(sentence.text) if has_any(lowered, _COMMITMENT_WORDS) else None


_NEED = re.compile(r"\bneeds?\s+to\s*$", re.IGNORECASE)


def _needs_are_the_plan(promise: re.Match[str], own_places: frozenset[str]) -> bool:
    """What the organisation or its own country "needs to" do is what its plan sets out ("Sweden needs to develop
    its long-term supply of AI expertise", "We need to provide mechanisms ..."); what others need to do ("Users
    need to log in") is not a promise."""
    actor = " ".join((promise.group("actor") or "").split())
    return promised_by_the_organisation(actor) or actor in own_places


def _dated(sentence: Sentence, lowered: str, first: int, last: int) -> bool:
    """A dated statement of what will be done, in the plan's own near term: "In 2019, all relevant upper-secondary
    exams will be digital", "At the end of 2016, 16 projects will have been launched"; not a forecast."""
    if not has_any(lowered, ("will", "shall")) or not has_any(lowered, ("20", "19")):
        return False
    if FUTURE.search(sentence.text) is None or FORECAST.search(sentence.text) or PREDICTION.search(sentence.text):
        return False
    return any(first <= int(match.group(1)) <= last and not _DONE_BEFORE.search(sentence.text, 0, match.start())
               for match in DATE_IN_YEAR.finditer(sentence.text))


ROADMAP_ITEM_WORDS = 12
# a deliverable on a roadmap or in a list, dated but with no verb of promise: "Lasting Power of Attorney - online
# application by April 2013", "Deputyships by June 2014", "publish the standard by April 2013"
_BY_DATE = re.compile(rf"\bby\s+(?:(?:the\s+)?end\s+of\s+)?(?:{MONTHS}\.?\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


def _roadmap_item(sentence: Sentence, first: int, last: int) -> bool:
    if sentence.kind is BlockKind.HEADING or len(sentence.text.split()) > ROADMAP_ITEM_WORDS:
        return False
    if FORECAST.search(sentence.text) or PREDICTION.search(sentence.text):
        return False
    return any(first <= int(match.group(1)) <= last and not _DONE_BEFORE.search(sentence.text, 0, match.start())
               for match in _BY_DATE.finditer(sentence.text))


def _basis(sentence: Sentence, promise: re.Match[str] | None) -> str | None:
    if sentence.kind is BlockKind.HEADING:
        return None
    if promise:
        return "promise"
    if sentence.kind is BlockKind.LIST_ITEM and _under_objective_heading(sentence):
        return "objective item"
    if (sentence.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL) and sentence.text[:1].isupper()
            and not sentence.text.rstrip().endswith(":")  # a lead-in to the actions, not one of them
            and IMPERATIVE.match(sentence.text) and _under_objective_heading(sentence)):
        return "action"
    return None


def extract(doc: AnalysedDocument) -> list[Commitment]:
    out: list[Commitment] = []
    publication = doc.facts.publication
    # a far-off vision year ("by 2035, AI will be everywhere") is not a deadline anyone can be held to
    latest_deadline = publication.year + NEAR_TERM_YEARS if publication else None
    scheduled = scheduled_sections(doc)
    title_words = doc.facts.get(cover.title_words)
    own_places = doc.facts.get(home)
    lead: _LeadIn | None = None  # "We will:", and the list items after it that it promises
    for sentence in doc.body_sentences:
        if about_others(sentence.block, own_places) or in_case_study(sentence.block):
            # another country's plans ("Japan is to become Society 5.0"), or a partner's case study ("we will be
            # training and testing ..." is Faculty's)
            continue
        if lead is not None and not lead.holds(sentence):
            lead = None
        if lead is not None and not _under_objective_heading(sentence):  # there, each item is an objective anyway
            if sentence.block_index != lead.item:  # an item's first sentence is its promise
                lead.item = sentence.block_index
                out.append(Commitment(sentence, has_measure(sentence.text, latest_deadline),
                                      lead.owned or names_owner(sentence.text), "promised item", lead.actor,
                                      lead.own_voice))
            continue
        if sentence.text.rstrip().endswith(":") and (lead_in := LEAD_IN.search(sentence.text)) is not None:
            actor = lead_in.group("actor")
            lead = _LeadIn(sentence.block_index, actor, _own_voice(sentence.text, lead_in, title_words))
            continue
        promise = _promise(sentence, doc.lowered[sentence.index])
        if promise is not None and _NEED.search(promise.group(0)) and not _needs_are_the_plan(promise, own_places):
            promise = None
        if len(sentence.text.split()) < 4 or QUESTION.match(sentence.text) or sentence.text.rstrip().endswith("?"):
            continue  # too short to promise anything, or a question ("Who will be processing it")
        basis = _basis(sentence, promise)
        if basis is None and publication is not None and sentence.kind is not BlockKind.HEADING \
                and _dated(sentence, doc.lowered[sentence.index], publication.year, publication.year + NEAR_TERM_YEARS):
            basis = "dated"
        if basis is None and publication is not None \
                and _roadmap_item(sentence, publication.year, publication.year + NEAR_TERM_YEARS):
            basis = "dated item"
        if basis is None:
            continue
        actor = (promise.group("actor") or "") if promise else ""
        named_actor = bool(actor) and not _NOT_A_BODY.match(actor.strip())
        row = row_cells(doc, sentence)
        dated = any(TIMELINE_CELL.match(cell) for cell in row)
        led = any(_owner_cell(cell) for cell in row)
        dated = dated or (basis != "promise" and _schedule_key(sentence.block) in scheduled)
        out.append(Commitment(sentence, dated or has_measure(sentence.text, latest_deadline),
                              led or named_actor or names_owner(sentence.text)
                              or (basis != "promise" and _led_by_subject(sentence.text)), basis, actor,
                              _own_voice(sentence.text, promise, title_words), row))
    return out


@dataclass(slots=True)
class _LeadIn:
    """A promise that ends in a colon ("To achieve this, we will:"): each list item after it is a promise of its
    actor's."""

    block: int
    actor: str
    own_voice: bool
    item: int = -1  # the block of the item last counted

    @property
    def owned(self) -> bool:
        """A named body promises ("The Digital Services Division will:"), not "we" or "it"."""
        return not _NOT_A_BODY.match(self.actor.strip())

    def holds(self, sentence: Sentence) -> bool:
        """Whether `sentence` is in one of the list items that run on from the lead-in."""
        if sentence.kind is not BlockKind.LIST_ITEM:
            return False
        last = self.item if self.item >= 0 else self.block
        return sentence.block_index in (last, last + 1)


def _schedule_key(block: Block) -> tuple[str | None, int | None]:
    return block.section, block.location.page


def scheduled_sections(doc: AnalysedDocument) -> set[tuple[str | None, int | None]]:
    """The (section, page) pairs that carry a schedule's scale: a short line of three or more relative
    periods ("0–3 Months 4–6 Months 7–9 Months 10–12 Months")."""
    found: set[tuple[str | None, int | None]] = set()
    for block in doc.blocks:
        if (block.kind is not BlockKind.LIST_ITEM and len(block.text.split()) <= MAX_CELL_WORDS
                and has_any(block.text.lower(), ("month", "year", "q"))
                and len(SCALE_PERIOD.findall(block.text)) >= MIN_SCALE_PERIODS):
            found.add(_schedule_key(block))
    return found


@dataclass(frozen=True, slots=True)
class ActionTable:
    timelines: tuple[Evidence, ...]
    owners: tuple[Evidence, ...]

    def holds_owned_dated_actions(self, minimum: int) -> bool:
        return len(self.timelines) >= minimum and len(self.owners) >= minimum


# a technology's acronym names no body: "Element AI", "Publication of the AI Review", "ICT Sector" are not the bodies
# that lead, unless the cell names a body too ("ICT Policy Unit", "IT Employers and Educators Forum")
_TECH_ACRONYMS = frozenset({"AI", "IT", "ICT", "IoT", "IOT", "ML", "API", "APIs", "STEM", "VR", "AR", "5G", "4G"})
_BODY_NOUN = re.compile(r"\b(?:Unit|Group|Board|Council|Committee|Office|Department|Ministry|Forum|Network|Alliance"
                        r"|Agency|Authority|Team|Directorate|Commission|Institute|Centre|Center|Association|Federation"
                        r"|Partnership|Taskforce|Society)\b")


def _owner_cell(text: str) -> bool:
    words = text.replace("/", " ").split()
    # the cheap tests first: most short lines are not in capitals and hold no acronym
    if not words or text.isupper() or _ACRONYM.search(text) is None or not all(_BODY_WORD.match(w) for w in words):
        return False
    return not set(_ACRONYM.findall(text)) <= _TECH_ACRONYMS or _BODY_NOUN.search(text) is not None


ROW_REACH = 4  # blocks after an action that may be the other cells of its row


def row_cells(doc: AnalysedDocument, sentence: Sentence) -> tuple[str, ...]:
    """The timeline and lead cells among the short blocks right after the sentence's block, on the same page: the
    other cells of an action table's row ("Seek to coordinate support ..." then "2015-2020", "ICT Policy Unit (DES)
    and PDST-TIE"), which a PDF gives as blocks of their own."""
    blocks = doc.document.blocks
    page = sentence.block.location.page
    cells: list[str] = []
    for block in blocks[sentence.block_index + 1: sentence.block_index + 1 + ROW_REACH]:
        text = block.text.strip()
        if block.kind is BlockKind.HEADING or block.location.page != page or len(text.split()) > MAX_CELL_WORDS:
            break
        if TIMELINE_CELL.match(text) or _owner_cell(text):
            cells.append(text)
    return tuple(cells)


def action_table(doc: AnalysedDocument) -> ActionTable:
    """Short cells that are a timeline or a list of bodies: the columns of an action table."""
    timelines: list[Evidence] = []
    owners: list[Evidence] = []
    for sentence in doc.body_sentences:
        text = sentence.text.strip()
        if sentence.kind is BlockKind.HEADING or len(text.split()) > MAX_CELL_WORDS:
            continue
        timeline = TIMELINE_CELL.match(text)
        rest = text[timeline.end():].strip(" ,;:") if timeline else text
        if timeline:
            timelines.append(doc.evidence("has_named_owners", sentence, "a timeline cell"))
        if rest and _owner_cell(rest):
            owners.append(doc.evidence("has_named_owners", sentence, "names the bodies that lead"))
    return ActionTable(tuple(timelines), tuple(owners))
