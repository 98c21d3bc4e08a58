"""The document's top-level priorities, as it presents them.

Four sources, in order of trust:

1. a count the document states about itself ("Our digital strategy is formed of seven strands", "The
   Strategy has been developed around four key themes", "we will take 20 actions, grouped under four
   themes": the grouping wins). Counts that belong to someone else ("the Industrial Strategy green paper
   sets out 10 pillars", "the five priorities within our Transforming Justice programme") are skipped, as
   are the goals of one part of the plan ("The flagship measure advocated here has three interdependent
   objectives"), past goals ("we met 8 of the 10 goals") and footnote numbers ("10 The main objectives are...");
2. the items under a heading that names priorities, objectives, themes or pillars ("Our priorities",
   "Marketing goals", "3. Fields of action"): a short list right under the heading, else its highest
   sub-headings, else its top-level list items. Sub-points laid out at the same level ("Goal: ...",
   "Measurable: ...") and lettered sub-items under roman-numbered ones are not counted;
3. a series of numbered headings ("Priority 1 ...", "Theme 3", "Action 11. ...", "Challenge 2:");
4. a count the document states without saying whose it is ("There are five planned workstreams").

Contents pages, tables and footnotes are never read for a count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.facts import cover
from strategylint.facts.patterns import NUMBER_WORDS, number_value
from strategylint.findings import Evidence
from strategylint.model import Block, BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence

_TENS = ("twenty", "thirty", "forty")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WORDS = sorted([*NUMBER_WORDS, *(f"{t}[- ]{u}" for t in _TENS for u in _UNITS), "forty"], key=len, reverse=True)
_N = r"(\d{1,2}|" + "|".join(_WORDS) + r")"
PRIORITY_NOUN = (r"(?:strategic\s+|key\s+|main\s+|core\s+|overarching\s+|ambitious\s+|digital\s+|broad\s+|big\s+"
                 r"|overall\s+|major\s+|priority\s+|high-level\s+)*"
                 r"(priorities|goals|objectives|themes|pillars|strands|missions|ambitions|outcomes|focus areas"
                 r"|areas of focus|strategic areas|key areas|action areas|lines of action|action lines|fields of action"
                 r"|key actions"
                 r"|workstreams|shifts|priority areas|aims|commitments|challenges)")
NOUN_STEMS = ("priorit", "goal", "objective", "theme", "pillar", "strand", "mission", "ambition", "outcome", "focus",
              "action", "workstream", "shift", "aims", "commitment", "challenge", "strategic areas", "key areas")
# the words between the number and the noun are lower case: "10 The main objectives" is a footnote
COUNTED = re.compile(rf"(?<![Oo]f the )(?<![\w.,])(?i:{_N})\s+(?:(?!and\b|or\b)[a-z][a-z-]*,?\s+){{0,2}}?"
                     rf"(?i:{PRIORITY_NOUN})\b")
LOOKS_BACK = re.compile(r"\b(?:met|achieved|delivered|completed|was|were|had|previous|last|set in)\b", re.IGNORECASE)
COUNT_CONTEXT = re.compile(r"\b(?:this|the|our)\s+(?:\w+\s+){0,3}(?:strategy|plan|agenda|report|document)\b"
                           r"|\b(?:sets?|has|have|are|following|around|of|into|on|identifies|identified|focus"
                           r"|grouped|organised|organized|built|formed|under|across|structured|take)\b",
                           re.IGNORECASE)
# the plan speaking of itself
SELF = re.compile(
    r"\b(?:this|our|the\s+present|the\s+new)\s+(?:[\w-]+\s+){0,2}(?:strategy|plan|agenda|programme|program|document"
    r"|report|paper|framework|roadmap|policy|approach)\b|\b(?:we|our)\b|^(?:The|This)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Strategy|Plan|Agenda|Framework|Roadmap|Policy|Programme)\b|\bin\s+this\s+(?:document|report|paper)\b",
    re.IGNORECASE)
# the count belongs to another document or body
OTHER = re.compile(r"(?<!this )(?<!our )\b(?:green|white)\s+paper\b|\bpublished\b|\bsets? out the following\s+\d"
                   r"|\bcurrent administration\b|\b(?:Health Secretary|Government)['’]s\b", re.IGNORECASE)
OWNED_ELSEWHERE = re.compile(r"^\s*(?:within|of|in|from|set out in|under)\s+(?:the|our|its|their)"
                             r"\s+[A-Z]")
# "8 of the 10 goals", "one of the twelve missions": part of someone's count, not the count
PART_OF = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|many|each|any|all|none"
                     r"|most|several)\s+of\s+$", re.IGNORECASE)
# "The flagship measure advocated here has three interdependent objectives", "Underpinning ... the 3IA institutes are
# three support strands": the goals of one part of the plan
SUB_PART = re.compile(r"\b(?:measure|action|initiative|project|recommendation|proposal|scheme|pilot|centre|center"
                      r"|institute|network)s?\b[^.;:]{0,40}\b(?:has|have|with|comprises?|pursues?|is|are)\s+$",
                      re.IGNORECASE)
# "with two goals in mind": what one action is for, not how the plan is built
IN_MIND = re.compile(r"\s+in\s+mind\b", re.IGNORECASE)
GROUPING = re.compile(rf"\bgrouped\s+(?:under|into|in)\s+(?:the\s+)?(?i:{_N})\b", re.IGNORECASE)
PRIORITY_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}?(priorities|objectives|goals|themes|pillars"
    r"|strategic aims|aims|focus areas|missions|ambitions|workstreams|priority areas|strategic outcomes"
    r"|fields of action|lines of action|strands)\b(?:\s+(?:and|&)\s+[\w-]+)?"
    r"(?:\s+(?:for\s+)?\d{4}(?:\s*[-–]\s*\d{2,4})?)?:?$", re.IGNORECASE)
# a heading's words that make it something other than the plan's priorities
NOT_OURS = re.compile(r"\b(?:sustainable development|previous|progress|review|achieved|met|other|partner|their"
                      r"|national|eu|european|government's|council's|corporate|appendix|annex)\b", re.IGNORECASE)
OUTCOME_NOUNS = frozenset(["objectives", "goals", "aims", "strategic aims", "ambitions", "strategic outcomes"])
SERIES_NOUNS = ("priority", "objective", "goal", "theme", "pillar", "strand", "mission", "ambition", "outcome",
                "workstream", "area", "aim", "action", "challenge")
SERIES = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(" + "|".join(SERIES_NOUNS) + r")\s*(\d{1,2}|[IVX]{1,4}|"
                    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b\s*[:.–—-]?", re.IGNORECASE)
# sub-points laid out at the same level as the items they belong to ("Goal: ...", "Measurable: ...")
LABELLED = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+)?\s*:\s+\S")
ROMAN = re.compile(r"^(?:[IVX]{1,4})[.)]\s")
LETTERED = re.compile(r"^[a-z][.)]\s")
MAX_PRIORITIES = 40
MAX_INTRO_LIST = 12


@dataclass(frozen=True, slots=True)
class Priorities:
    count: int
    basis: str
    evidence: Evidence
    items: tuple[str, ...] = ()


def _number(token: str) -> int | None:
    token = token.lower()
    parts = re.split(r"[- ]", token)
    if len(parts) == 2:
        tens, units = NUMBER_WORDS.get(parts[0]) or (40 if parts[0] == "forty" else 0), NUMBER_WORDS.get(parts[1], 0)
        return tens + units if tens and units else None
    return 40 if token == "forty" else number_value(token)


# a section given to another plan, named in its heading: "National Digital Strategy" in a white paper on AI, where
# "Within the framework of this plan there are three programmes" counts that plan's programmes
PLAN_HEADING = re.compile(r"\b(?:Strategy|Plan|Agenda|Programme|Program|Roadmap|Framework)\s*$")


def _others_plan_section(sentence: Sentence, title: frozenset[str]) -> bool:
    heading = sentence.block.section_path[-1] if sentence.block.section_path else ""
    return bool(PLAN_HEADING.search(heading)) and not cover.names_itself(heading, title)


def _stated(doc: AnalysedDocument) -> tuple[Priorities | None, Priorities | None]:
    """The first count the plan states about itself, and the first count whose owner it does not say."""
    unowned: Priorities | None = None
    title = doc.facts.get(cover.title_words)
    for sentence in doc.body_sentences:
        text = sentence.text
        low = doc.lowered[sentence.index]
        if sentence.kind is BlockKind.TABLE_CELL or not any(stem in low for stem in NOUN_STEMS):
            continue
        if _others_plan_section(sentence, title):
            continue
        matches = list(COUNTED.finditer(text))
        if not matches or LOOKS_BACK.search(text) or OTHER.search(text) or not COUNT_CONTEXT.search(text):
            continue
        grouping = GROUPING.search(text)
        for match in matches:
            if grouping and match.start() < grouping.start():
                continue  # "20 actions, grouped under four themes": the themes are the top level
            count = _number(match.group(1))
            if not count or not 2 <= count <= MAX_PRIORITIES:
                continue
            if match.group(2).lower().endswith("key areas") and not text[match.end():].lstrip().startswith(":"):
                continue  # "five key areas:" lists the plan's areas; "focused on four key areas in AI" selects
            if (OWNED_ELSEWHERE.search(text[match.end():]) or PART_OF.search(text[:match.start()])
                    or SUB_PART.search(text[:match.start()]) or IN_MIND.match(text[match.end():])):
                continue
            found = Priorities(count, f"the document counts {match.group(0)!r}", _evidence(sentence))
            if SELF.search(text):
                return found, unowned
            if count >= 3 and match.group(2).lower() != "challenges":
                unowned = unowned or found
            break
    return None, unowned


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence("priority_count", sentence.text, sentence.location)


def _top_items(items: list[Block]) -> list[Block]:
    top = min(b.level for b in items)
    items = [b for b in items if b.level == top]
    labelled = [b for b in items if LABELLED.match(b.text)]
    if labelled and len(labelled) < len(items):
        items = [b for b in items if not LABELLED.match(b.text)]
    if any(ROMAN.match(b.text) for b in items) and any(LETTERED.match(b.text) for b in items):
        items = [b for b in items if ROMAN.match(b.text)]
    return items


def _children(doc: AnalysedDocument, heading: Block) -> list[Block]:
    under = doc.document.section_blocks(heading)
    first_heading = next((i for i, b in enumerate(under) if b.kind is BlockKind.HEADING), len(under))
    intro = [b for b in under[:first_heading] if b.kind is BlockKind.LIST_ITEM]
    if intro and first_heading < len(under):
        items = _top_items(intro)
        if 2 <= len(items) <= MAX_INTRO_LIST:
            return items
    sub = [b for b in under if b.kind is BlockKind.HEADING]
    if sub:
        top = min(b.level for b in sub)
        return [b for b in sub if b.level == top]
    items = [b for b in under if b.kind is BlockKind.LIST_ITEM]
    return _top_items(items) if items else []


def _in_contents(doc: AnalysedDocument, heading: Block) -> bool:
    return any("content" in title.lower() for title in heading.section_path[:-1])


def _structural(doc: AnalysedDocument) -> Priorities | None:
    """Areas of work ("priorities", "themes", "fields of action") before outcomes ("goals", "objectives")."""
    best: tuple[int, Priorities] | None = None
    for heading in doc.document.headings:
        text = heading.text.strip()
        match = PRIORITY_HEADING.search(text)
        if not match or NOT_OURS.search(text) or _in_contents(doc, heading):
            continue
        children = _children(doc, heading)
        if 2 <= len(children) <= MAX_PRIORITIES:
            rank = 1 if match.group(1).lower() in OUTCOME_NOUNS else 0
            if best is None or rank < best[0]:
                best = (rank, Priorities(len(children), f"items under {text!r}",
                                         Evidence("priority_count", heading.text, heading.location_at(0)),
                                         tuple(c.text for c in children)))
    return best[1] if best else None


def _series(doc: AnalysedDocument) -> Priorities | None:
    """Numbered headings of one kind: "Theme 1 ...", "Theme 2 ...", "Theme 4 ..." make four themes."""
    found: dict[str, dict[int, Block]] = defaultdict(dict)
    for heading in doc.document.headings:
        match = SERIES.match(heading.text.strip())
        if not match or _in_contents(doc, heading):
            continue
        token = match.group(2)
        number = _roman(token) if re.fullmatch(r"[IVX]+", token) else _number(token)
        if number:
            found[match.group(1).lower()].setdefault(number, heading)
    best: tuple[int, int, str] | None = None
    for noun, numbered in found.items():
        numbers = sorted(numbered)
        count = numbers[-1] if numbers[-1] <= len(numbers) + 1 else len(numbers)
        if len(numbers) < 2 or not 2 <= count <= MAX_PRIORITIES:
            continue
        level = min(b.level for b in numbered.values())
        key = (level, SERIES_NOUNS.index(noun), noun)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    numbered = found[best[2]]
    numbers = sorted(numbered)
    count = numbers[-1] if numbers[-1] <= len(numbers) + 1 else len(numbers)
    first = numbered[numbers[0]]
    return Priorities(count, f"numbered headings '{best[2].capitalize()} 1' to '{numbers[-1]}'",
                      Evidence("priority_count", first.text, first.location_at(0)),
                      tuple(numbered[n].text for n in numbers))


def _roman(token: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, char in enumerate(token):
        value = values[char]
        total += -value if i + 1 < len(token) and values[token[i + 1]] > value else value
    return total or None


def extract(doc: AnalysedDocument) -> Priorities | None:
    """The count the plan states about itself; else the list under a priorities heading; else a numbered
    series of headings; else a count whose owner the text does not name."""
    own, unowned = _stated(doc)
    return own or _structural(doc) or _series(doc) or unowned


def describe(priorities: Priorities) -> str:
    """What was counted and where: "12 top-level priorities (items under '3. Fields of action', p.12)"."""
    where = priorities.evidence.location.describe()
    place = "" if where == "document" else f", {where}"
    return f"{priorities.count} top-level priorities ({priorities.basis}{place})"
