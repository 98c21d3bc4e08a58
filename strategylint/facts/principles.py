"""The document's guiding principles: the short list that helps teams make the right decisions.

Found either as the items under a heading that names principles ("Our principles", "Design principles",
"Guiding principles", "(2) The Basic Principles"), or the principles named at the head of the paragraphs
under it ("Technology-Led. Grasp the global trend ..."), as the list a sentence introduces ("The
principles are:", or "The following principles are intended to guide ..." and the named items after it,
"1. Uphold Ethics: ..."), or as a stated count in the text ("six principles guide our work", "the
following 10 design principles", "six ethical principles to set a common framework"). The heading comes
first, because it gives the items; a heading may state a count and a scope ("Six principles for
artificial intelligence").

Weaker evidence, kept apart in `stated` and not a list of principles: two or more distinct principles
stated in passing in the document's own voice ("the principle of security by design", "ethics by
design", "diversity will be a guiding principle"). On the evaluation corpus it also picks up legal
principles cited in passing, so it does not make the sign present on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.facts.patterns import NUMBER_WORDS, has_any, number_value
from strategylint.facts.places import about_others, home
from strategylint.findings import Evidence, shorten
from strategylint.model import Block, BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

_N = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# a heading's number: "3.", "3.2", "(2)", "2)", "(b)"
_NUMBER = r"(?:\d+(?:\.\d+)*\.?|\(?\d{1,2}\)|\(?[a-z]\))\s+"
HEADING = re.compile(rf"^(?:{_NUMBER})?(?:[A-Za-z'’-]+\s+){{0,3}}principles\s*:?$", re.IGNORECASE)
# "Six principles for artificial intelligence", "10 ethical principles of data use"
COUNTED_HEADING = re.compile(
    rf"^(?:{_NUMBER})?(?:our\s+|the\s+)?{_N}\s+(?:[A-Za-z-]+\s+){{0,2}}principles"
    rf"(?:\s+(?:for|of|in|on)\s+[^.:;]{{1,60}})?\s*:?$", re.IGNORECASE)
INTRODUCED = re.compile(r"\b(?:following|these|our|the)\s+(?:\w+\s+)?principles\b[^.]*:\s*$", re.IGNORECASE)
COUNTED = re.compile(
    rf"\b{_N}\s+(?:(?:guiding|design|digital|core|key|overarching|strategic|operating|architecture|technology"
    rf"|data|simple|clear|ethical|fundamental|basic|common|shared|governing|founding|underlying|high-level)\s+)"
    rf"{{0,2}}principles\b", re.IGNORECASE)
# a count that is someone else's ("the OECD's five principles", "the EU's seven principles")
OTHERS = re.compile(r"\b(?:OECD|UNESCO|G20|G7|EU|European (?:Commission|Union)|Council of Europe"
                    r"|High-Level Expert Group|United Nations|UN)\b")
# the principles of a text other than the strategy: "social media guidelines were issued to civil servants based on six
# principles"; not "our code of practice rests on five principles"
OTHER_TEXT = re.compile(r"\b(?:guidelines|guidance|code of (?:practice|conduct)|charter|regulations?|directive|act"
                        r"|article \d+|GDPR)\b", re.IGNORECASE)
_OUR = re.compile(r"\b(?:our|this|we)\b", re.IGNORECASE)


def _of_another_text(before: str) -> bool:
    return bool(OTHER_TEXT.search(before)) and not _OUR.search(before)


# one principle stated in the document's own voice
STATED_PRINCIPLE = (
    re.compile(r"\bthe\s+(?:[\w-]+\s+)?principle\s+of\s+(?P<name>[\w-]+(?:\s+(?!and\b|or\b|which\b|that\b)[\w-]+){0,3})",
               re.IGNORECASE),
    re.compile(r"(?P<name>\b[\w-]+\s+by\s+design)\b", re.IGNORECASE),
    re.compile(r"\b(?P<name>[\w-]+)\s+(?:will\s+be|is|remains|as)\s+an?\s+(?:guiding|core|key|overarching)\s+principle\b",
               re.IGNORECASE),
)
_NOT_A_PRINCIPLE_NAME = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "them", "us", "you", "me",
                                   "him", "her", "which", "what", "and", "or", "by", "of", "is", "are", "was", "be"})
FOLLOWING = re.compile(r"\bthe following (?:\w+\s+)?principles\b", re.IGNORECASE)
# "1. Uphold Ethics: Monitor and assess ..."
NAMED_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}\s*:\s+\S")
# "Technology-Led. Grasp the global development trend of AI ...": a principle's name run in at the head of its
# paragraph
RUN_IN = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?[A-Z][\w-]*(?:\s+(?:and|of|for|the|[A-Z][\w-]*)){0,4}\.\s+[A-Z]")
MIN_ITEMS, MAX_ITEMS = 2, 20
LOOK_AHEAD = 40  # blocks after "the following principles" in which the named items may stand
ITEMS_QUOTED, ITEM_QUOTE = 3, 60  # principles quoted after their heading, and the characters of each


@dataclass(frozen=True, slots=True)
class Principles:
    count: int
    basis: str
    evidence: Evidence
    items: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"count": self.count, "basis": self.basis, "items": list(self.items[:MAX_ITEMS])}


def _items(doc: AnalysedDocument, heading: Block) -> list[Block]:
    under = doc.document.section_blocks(heading)
    headings = [b for b in under if b.kind is BlockKind.HEADING]
    if headings:
        top = min(b.level for b in headings)
        return [b for b in headings if b.level == top]
    items = [b for b in under if b.kind is BlockKind.LIST_ITEM]
    if not items:
        return []
    # the first list only: "articulates three key principles: 1. ... 3. ... These principles support a vision that
    # focuses on: 1. ... 7. ..." holds three principles, not ten
    top = min(b.level for b in items)
    first: list[Block] = []
    for block in under[under.index(items[0]):]:
        if block.kind is BlockKind.LIST_ITEM:
            if block.level == top:
                first.append(block)
        elif block.kind is BlockKind.PARAGRAPH and first:
            break
    return first


def _with_items(lead: str, items: list[str]) -> str:
    """A heading or lead-in quoted with the first principles: "Vision and principles" alone shows none."""
    named = "; ".join(shorten(" ".join(item.split()), ITEM_QUOTE) for item in items[:ITEMS_QUOTED])
    more = "; …" if len(items) > ITEMS_QUOTED else ""
    lead = " ".join(lead.split())
    return f"{lead}{' ' if lead.endswith(('.', ':', ';')) else ': '}{named}{more}"


def _structural(doc: AnalysedDocument) -> Principles | None:
    for heading in doc.document.headings:
        text = heading.text.strip()
        counted = COUNTED_HEADING.search(text)
        if not (HEADING.search(text) or counted):
            continue
        items = _items(doc, heading)
        if len(items) < MIN_ITEMS:  # the principles named at the head of the paragraphs under the heading
            items = [b for b in doc.document.section_blocks(heading)
                     if b.kind is BlockKind.PARAGRAPH and (NAMED_ITEM.match(b.text) or RUN_IN.match(b.text))]
        if MIN_ITEMS <= len(items) <= MAX_ITEMS:
            return Principles(len(items), f"items under {heading.text.strip()!r}",
                              Evidence("states_principles", _with_items(heading.text, [b.text for b in items]),
                                       heading.location_at(0)),
                              tuple(b.text for b in items))
    return None


def _counted(doc: AnalysedDocument) -> Principles | None:
    for sentence in doc.body_sentences:
        if "principles" not in doc.lowered[sentence.index]:  # a cheap test: COUNTED can only match where it stands
            continue
        match = COUNTED.search(sentence.text)
        if match and not OTHERS.search(sentence.text[:match.start()]) \
                and not _of_another_text(sentence.text[:match.start()]):
            count = number_value(match.group(1))
            if count and MIN_ITEMS <= count <= MAX_ITEMS:
                return Principles(count, f"the document counts {match.group(0)!r}",
                                  doc.evidence("states_principles", sentence, match.group(0)))
    return None


def _introduced(doc: AnalysedDocument) -> Principles | None:
    """"The principles are:" followed by a list."""
    blocks = doc.blocks
    for sentence in doc.body_sentences:
        if "principles" not in doc.lowered[sentence.index] or not (match := INTRODUCED.search(sentence.text)):
            continue
        # "Article 5 of the GDPR summarizes these principles": a law's principles, quoted in a legal chapter
        if _of_another_text(sentence.text[:match.start()]):
            continue
        items = []
        for block in blocks[sentence.block_index + 1:]:
            if block.kind is not BlockKind.LIST_ITEM:
                break
            items.append(block.text)
        if MIN_ITEMS <= len(items) <= MAX_ITEMS:
            return Principles(len(items), "the list after " + repr(sentence.text[:60]),
                              Evidence("states_principles", _with_items(sentence.text, items), sentence.location,
                                       f"{len(items)} items"), tuple(items))
    return None


def _following(doc: AnalysedDocument) -> Principles | None:
    """"The following principles guide ..." and, after it, list items that each name a principle."""
    blocks = doc.blocks
    for sentence in doc.body_sentences:
        if not FOLLOWING.search(sentence.text):
            continue
        items = [b.text for b in blocks[sentence.block_index + 1:sentence.block_index + 1 + LOOK_AHEAD]
                 if b.kind is BlockKind.LIST_ITEM and NAMED_ITEM.match(b.text)]
        if MIN_ITEMS <= len(items) <= MAX_ITEMS:
            return Principles(len(items), "the named items after " + repr(sentence.text[:60]),
                              Evidence("states_principles", _with_items(sentence.text, items), sentence.location,
                                       f"{len(items)} items"), tuple(items))
    return None


def stated(doc: AnalysedDocument) -> Principles | None:
    """Two or more distinct principles stated in passing: weaker than a list, but principles all the same."""
    names: dict[str, Evidence] = {}
    for sentence in doc.body_sentences:
        lowered = doc.lowered[sentence.index]
        if "principle" not in lowered and "by design" not in lowered:  # a cheap test before the patterns
            continue
        if OTHERS.search(sentence.text):
            continue
        for pattern in STATED_PRINCIPLE:
            for match in pattern.finditer(sentence.text):
                name = " ".join(match.group("name").lower().split())
                if name.split()[0] in _NOT_A_PRINCIPLE_NAME or name.split()[0].endswith("ly"):
                    continue
                if any(name in known or known in name for known in names):  # "security by design" said twice
                    continue
                names[name] = doc.evidence("states_principles", sentence, match.group(0))
    if len(names) < MIN_ITEMS:
        return None
    first = next(iter(names.values()))
    return Principles(len(names), "principles stated in the text: " + ", ".join(repr(n) for n in names),
                      first, tuple(names))


# a named set of principles the text refers to: "the Identity and Privacy Principles drawn up by ...", "provided a
# Mission Statement, Principles, and Practices"; a capitalised Principles inside the sentence, not opening it
NAMED_SET = re.compile(r"(?<=[a-z,] )(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}Principles\b"
                       # the named body's, in lower case: "the FAIR principles", "principles from W3C"
                       r"|(?<=[a-z,] )(?:the\s+)?(?-i:[A-Z][A-Z0-9]+[\w-]*)\s+principles\b"
                       r"|\bprinciples\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z][A-Z0-9]+[\w-]*)")


# how a document says it follows them: "guided by", "provided", "adopted", "consistent with"
FOLLOWS = re.compile(r"\b(?:guided|guides|guide|provided|provides|adopted|adopts|follow(?:s|ed|ing)?|consistent with"
                     r"|in line with|based on|set out|sets out|drawn up|inform(?:s|ed|ing)?|under ?pin(?:s|ned)?"
                     r"|incorporate[sd]?|in accordance with|compl(?:y|ies|ying) with|adhere[sd]? to)\b",
                     re.IGNORECASE)


def named_set(doc: AnalysedDocument) -> Evidence | None:
    """The first sentence that refers to a named set of principles the document follows without listing them
    ("All our work in this area is guided by the Identity and Privacy Principles"); not a course's "UX Design
    Principles" in a list of topics."""
    found: list[tuple[bool, Evidence]] = []
    for sentence in doc.body_sentences:
        if "rinciples" in sentence.text and (match := NAMED_SET.search(sentence.text)) \
                and (follows := FOLLOWS.search(sentence.text)) \
                and ("Principles" in match.group(0) or NORMATIVE.search(sentence.text, 0, follows.start())):
            # the document binding its own work ("should incorporate") before another body's requirement of it
            # ("the Research Council requires that ... is managed in accordance with the FAIR principles")
            found.append((not OWN_RULE.search(sentence.text, 0, follows.start()),
                          doc.said("states_principles", sentence, match.group(0))))
    return min(found, key=lambda item: item[0])[1] if found else None


# a named body's principles in lower case ("the FAIR principles") count when the text binds the work to them
# ("Akvaplan-niva's data publishing should incorporate the guidelines and principles from W3C"), not when it
# forecasts them ("more and more research data will comply with FAIR principles")
OWN_RULE = re.compile(r"\b(?:should|must|shall|will|we|our)\b", re.IGNORECASE)
NORMATIVE = re.compile(r"\b(?:should|must|shall|requires?|required|need\s+to|needs\s+to)\b", re.IGNORECASE)


# a default or an exception a team can apply to a decision: "digital by default", "external providers are the
# default", "in-house only in exceptional circumstances", "a digital-first approach", "as the first option", "we
# favour open source over proprietary software"
DECISION_RULE = re.compile(
    r"\b[\w-]+\s+by\s+default\b|\b(?:is|are|be|as)\s+the\s+default\b|\bby\s+exception\b"
    r"|\bin\s+exceptional\s+circumstances\b|\b[\w]+[- ]first\s+(?:approach|principle|policy)\b"
    r"|\bas\s+(?:a|the)\s+(?:first|default)\s+option\b"
    r"|\b(?:favour|favor|prefer)(?:s|red|ring)?\s+(?:[\w-]+\s+){1,5}?(?:over|rather\s+than)\s+\w",
    re.IGNORECASE)
_SLOGAN = re.compile(r"\bby\s+default\b", re.IGNORECASE)
_RULE_CUES = ("default", "exception", "first", "favour", "favor", "prefer")
MIN_RULE_KINDS = 2  # distinct rules: a slogan said once ("digital by default") is not yet guidance
MIN_RULE_SENTENCES = 3


def decision_rules(doc: AnalysedDocument) -> list[Evidence]:
    """Defaults and exceptions the document sets, which help teams decide as principles do ("external provision
    by default, in-house only in exceptional circumstances"): the first sentence of each distinct rule, when there
    are at least `MIN_RULE_KINDS` of them in at least `MIN_RULE_SENTENCES` sentences; else none."""
    own_places = doc.facts.get(home)
    first: dict[str, Evidence] = {}
    sentences = 0
    for sentence in doc.body_sentences:
        if not has_any(doc.lowered[sentence.index], _RULE_CUES) \
                or (match := DECISION_RULE.search(sentence.text)) is None or about_others(sentence.block, own_places):
            continue
        sentences += 1
        rule = " ".join(match.group(0).lower().split())
        first.setdefault(rule, doc.said("states_principles", sentence, match.group(0)))
    if len(first) < MIN_RULE_KINDS or sentences < MIN_RULE_SENTENCES:
        return []
    # a rule with its exception ("As the default, support will be provided through ...") before a slogan ("digital by
    # default"), which is often another plan's
    return sorted(first.values(), key=lambda e: bool(_SLOGAN.search(e.phrase or "")))


def extract(doc: AnalysedDocument) -> Principles | None:
    return _structural(doc) or _introduced(doc) or _following(doc) or _counted(doc)
