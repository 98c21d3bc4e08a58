"""Alignment with the wider system: partners, other bodies, shared platforms and joint initiatives.

Board question 8 asks how the digital strategy aligns with the system strategy: working with system
partners on a shared vision and joint initiatives. The fact is every sentence of running text that names
partners or the wider system (word list `system-partners`), and any section headed on partnership or
collaboration.

`passing` finds the weaker signs that the document looks beyond the organisation at all: partners or
partnerships named in general ("provider and partner connectivity"), an alliance or ecosystem, work done
"in conjunction with" or "in cooperation with" others, and named bodies (universities, departments,
agencies, councils) worked with. They make the answer at least partial, never addressed on their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from strategylint.facts import cover
from strategylint.facts.deprioritisation import SCOPE
from strategylint.facts.patterns import SELF_BEFORE, folded_sentences
from strategylint.facts.topics import Topic, find_topic, running_text

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.findings import Evidence
    from strategylint.nlp import Mention, Sentence

HEADING = re.compile(
    r"\b(?:partners(?:hips?)?|collaborat\w+|working together|working with others|system working|alignment with"
    r"|national context|policy context|strategic context|joint (?:working|initiatives))\b",
    re.IGNORECASE)

# the word-list terms that name a plan ("national strategy", "government's strategy", "national programme")
_PLAN_NAME = re.compile(r"\b(?:strategy|programme)\b", re.IGNORECASE)
_NAME_TAIL = re.compile(r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?")

_NAME = r"[A-Z][\w’'&-]*"
# a named body: "Queen's University Belfast", "Department of Education", "the Food Standards Agency"
_BODY = (r"(?:Universit(?:y|ies)|College|Department|Ministry|Agency|Council|Commission|Institute|Foundation"
         r"|Association|Federation)")
NAMED_BODY = re.compile(
    rf"(?:{_NAME}\s+(?:(?:of|for|and)\s+)?){{1,4}}{_BODY}\b"
    rf"|{_BODY}\s+(?:of|for)\s+(?:the\s+)?{_NAME}")
# "with" a named body as a collaborator, not merely "affiliated with" or "in line with" it
_WITH = (r"(?:(?:together|jointly|closely|work(?:s|ed|ing)?|engag(?:e|es|ed|ing)|partner(?:s|ed|ing)?"
         r"|collaborat\w+|co-?operat\w+|developed|designed|delivered|agreed)\s+(?:[\w-]+\s+){0,3}?with|alongside)")
# the weaker signs; each alternative names the term it stands for
PASSING = re.compile(
    r"\b(?P<partner>(?<!business )(?<!HR )partner(?:s|ships?)?)\b"
    r"|\b(?P<together>in\s+(?:close\s+)?(?:cooperation|co-operation|conjunction|association|partnership)\s+with)\b"
    r"|\b(?P<alliance>alliances?)\b"
    r"|\b(?P<ecosystem>(?<!IT )(?<!technology )(?<!application )(?<!applications )(?<!software )(?<!app )"
    r"ecosystems?)\b"
    rf"|\b(?P<works_with>(?:work(?:s|ed|ing)?|engag(?:e|es|ed|ing))\s+(?:closely\s+|together\s+)?with\s+(?:the\s+)?"
    rf"(?!(?:The|This|Our|We|It|Its|Their|Them|These|Those|Your|All|Each|Every)\b){_NAME})"
    rf"|\b(?P<with_body>{_WITH}\s+(?:the\s+)?(?:{NAMED_BODY.pattern}))",
    re.IGNORECASE)
_CASED = ("works_with", "with_body")  # these need the capitals of a name: checked again without IGNORECASE
_CASED_PATTERN = re.compile(
    rf"\b(?:work(?:s|ed|ing)?|engag(?:e|es|ed|ing))\s+(?:closely\s+|together\s+)?with\s+(?:the\s+)?"
    rf"(?!(?:The|This|Our|We|It|Its|Their|Them|These|Those|Your|All|Each|Every)\b){_NAME}"
    rf"|\b{_WITH}\s+(?:the\s+)?(?:{NAMED_BODY.pattern})")

_PASSING_CUES = ("partner", "with", "allian", "ecosystem", "alongside")  # "Delivered alongside the Department"
# words every match of PASSING holds, branch by branch: "partner", "allian" or "ecosystem"; "in cooperation
# (co-operation, conjunction, association) with"; a named body ("... Council") for with_body, whose _WITH may
# be "alongside"; and for works_with, "work" or "engag" as well as "with"
_PASSING_WORDS = ("partner", "allian", "ecosystem", "cooperation", "co-operation", "conjunction", "association",
                  "universit", "college", "department", "ministry", "agency", "council", "commission", "institute",
                  "foundation", "federation")
_WORKS_WORDS = ("work", "engag")


def extract(doc: AnalysedDocument) -> Topic:
    title = doc.facts.get(cover.title_words)
    covers = set(doc.facts.get(cover.title_texts))

    def the_document_itself(sentence: Sentence, mention: Mention) -> bool:
        """"National Strategy for Artificial Intelligence" on its cover, "This government strategy takes its outset
        in ...": a plan's name that is the document's own, not the system's strategy."""
        if not _PLAN_NAME.search(mention.text):
            return False
        before = sentence.text[:mention.start - sentence.start]
        # the name with the words that finish it: "A National Digital Strategy for Schools" in the Digital Strategy
        # for Schools
        tail = _NAME_TAIL.match(sentence.text, mention.end - sentence.start)
        tail_text = tail.group(0) if tail else ""
        finished = any(w not in cover.GENERIC_NAME_WORDS for w in cover.name_words(tail_text))
        # the term alone must match with its generic words too: a term such as "national strategy" is nothing else
        return sentence.text in covers or bool(SELF_BEFORE.search(before)) \
            or cover.names_itself(mention.text, title, generic=frozenset()) \
            or (finished and cover.names_itself(mention.text, title) and cover.names_itself(tail_text, title))

    def skipped(sentence: Sentence, mention: Mention) -> bool:
        return the_document_itself(sentence, mention) or _benchmark(sentence, mention) \
            or _out_of_scope(sentence, mention)

    return find_topic(doc, "links_system_partners", ["system-partners"], HEADING, skip=skipped)


# a body named as the yardstick of a statistic, not a partner: "the 6.3% unemployment rate of the European Union",
# "higher than the EU average", "compared with the OECD"
_BENCHMARK_BEFORE = re.compile(
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+(?:[\w-]+\s+){0,3}?(?:rate|average|share|level|figure)s?\s+"
    r"(?:of|in|for|across)\s+|\b(?:than|compared\s+(?:to|with)|relative\s+to|versus|behind|ahead\s+of)\s+"
    r"(?:that\s+of\s+|those\s+of\s+)?)(?:the\s+)?$", re.IGNORECASE)
_BENCHMARK_AFTER = re.compile(r"^\W{0,2}\s*(?:\(\w+\)\s*)?(?:average|averages|mean|median|figures?|rates?)\b",
                              re.IGNORECASE)


def _benchmark(sentence: Sentence, mention: Mention) -> bool:
    start, end = mention.start - sentence.start, mention.end - sentence.start
    return bool(_BENCHMARK_BEFORE.search(sentence.text[max(0, start - 80):start])
                or _BENCHMARK_AFTER.match(sentence.text[end:end + 30]))


_TURN = re.compile(r"\b(?:but|however|instead|although|though|while|whereas)\b|;", re.IGNORECASE)


def _out_of_scope(sentence: Sentence, mention: Mention) -> bool:
    """A partner the plan leaves out: "The strategy does not cover local government services, the NHS ..."."""
    before = sentence.text[:mention.start - sentence.start]
    scope = SCOPE.search(before)
    return scope is not None and not _TURN.search(before, scope.end())


def passing(doc: AnalysedDocument) -> list[Evidence]:
    """Sentences of running text, not already evidence of `extract`, that name partners in passing."""
    strong = {(e.quote, e.location) for e in doc.facts.get(extract).evidence}
    title = doc.facts.get(cover.title_words)
    found: list[Evidence] = []
    folded = doc.facts.get(folded_sentences)
    # the sentences with a cue (as ever), less those where PASSING cannot match (checked in test_prefilters)
    may_match = folded.with_any(_PASSING_WORDS) | (folded.with_any(_WORKS_WORDS) & folded.with_any(("with",)))
    cued = folded.with_any(_PASSING_CUES) & may_match
    for sentence in doc.facts.get(running_text):
        if sentence.index not in cued:
            continue
        terms: list[str] = []
        for match in PASSING.finditer(sentence.text):
            kind = match.lastgroup or ""
            if kind in _CASED:
                cased = _CASED_PATTERN.match(sentence.text, match.start())
                if cased is None or _is_self(cased.group(0), title):
                    continue
            terms.append(" ".join(match.group(0).lower().split()))
        if terms and (sentence.text, sentence.location) not in strong:
            note = "mentions " + ", ".join(repr(t) for t in dict.fromkeys(terms))
            found.append(doc.evidence("links_system_partners", sentence, note))
    return found


def _is_self(phrase: str, title: frozenset[str]) -> bool:
    """The organisation itself ("working with the County Council" in the County Council's strategy)."""
    # its capitalised words only, the name in the phrase, and all of them: no word of a body's name is generic here
    capitalised = re.findall(r"[A-Z][\w’'-]*", phrase)
    return bool(capitalised) and cover.names_itself(" ".join(capitalised), title, generic=frozenset())
