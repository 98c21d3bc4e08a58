"""The review cycle: when and how the strategy itself is reviewed, refreshed or reported on.

Phrases in the `review-cycle` word list ("reviewed annually", "living document", "annual action plan")
count alone. Looser ones in `review-verbs` ("will be reviewed", "will be updated") count only when the
sentence is about the strategy, plan, targets or actions, not about some other thing being reviewed; so
does a stated cadence ("the Cabinet reviews this strategy every April", "we publish progress every
quarter", "evaluate the strategy annually") and a review point for its implementation ("will review
the effectiveness of the implementation structures after 18 months"). The review of another plan,
named in words not on the cover ("the annual review of the EU Plan on Artificial Intelligence"), is not
this strategy's. So does a decision point: the end of a period at which performance or progress is assessed
("Towards the end of the two year period, based upon assessment of both performance to date ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from strategylint.facts.cover import names_itself, title_words
from strategylint.facts.patterns import has_any
from strategylint.findings import Evidence

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

CADENCE = re.compile(
    r"\b(?:review(?:s|ed|ing)?|refresh(?:es|ed)?|updat(?:es|ed|ing)|revis(?:es|ed)|publish(?:es|ed)?\s+progress"
    r"|report(?:s|ed)?\s+(?:on\s+)?progress)\b.{0,60}?\b(?:every|each|once a|twice a)\s+"
    r"(?:year|quarter|month|six months"
    r"|two years|\d+\s+months|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|winter)\b|\b(?:annual|yearly|quarterly|six-monthly)\s+(?:progress|review|report)"
    r"|\b(?:review|evaluat|assess|updat|refresh|revis)\w*\b[^.;]{0,40}?\b(?:annually|yearly|quarterly)\b",
    re.IGNORECASE)
# a review point for the plan's implementation: "will review the effectiveness of the implementation structures after
# 18 months"
REVIEW_POINT = re.compile(
    r"\b(?:review|evaluat|assess)\w*\b[^.;]{0,60}?\b(?:strategy|plan|implementation|progress|actions)\b[^.;]{0,40}?"
    r"\bafter\s+(?:\d+|one|two|three|six|twelve|eighteen|twenty-four)\s+(?:months|years)\b",
    re.IGNORECASE)
# a cheap test before CADENCE and REVIEW_POINT (each branch of them names a cadence with one of these), and the
# words that say how often a review comes
CADENCE_WORDS = ("every", "each", "once a", "twice a", "annual", "yearly", "quarterly", "six-monthly", "after")
ABOUT_THE_PLAN = re.compile(
    r"\b(?:strategy|plan|agenda|roadmap|targets?|measures|actions|objectives|document|programme|priorities)\b"
    r"|\b(?-i:[Ii]t)\b",  # the pronoun, not "the IT industry"
    re.IGNORECASE)


# a review of another plan, by its name: "the annual review of the EU Plan on Artificial Intelligence"
OTHER_PLAN_REVIEW = re.compile(
    r"\breview\w*\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,5}(?:Plan|Strategy|Agenda|Programme|Roadmap|Framework)"
    r"(?:\s+(?:on|for|of)\s+(?:[A-Z][\w'’-]*\s*){1,4})?)")


# the review of a law: "The next review of the directive on the re-use of public sector information"
LAW_REVIEW = re.compile(r"\breview\w*\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:directive|regulation"
                        r"|act|law|legislation|treaty|convention)\b", re.IGNORECASE)


# a decision point: "Towards the end of the two year period, based upon assessment of both performance to date ...,
# a decision will be taken on how best to continue"
END_OF_PERIOD = re.compile(r"\b(?:at|towards|by|before)\s+the\s+end\s+of\s+(?:the|this|each|its|every)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:period|phase|stage|year)\b", re.IGNORECASE)
_ASSESSED = re.compile(r"\b(?:assess\w*|review\w*|evaluat\w*)\b[^.;]{0,40}?\b(?:performance|progress|results)\b",
                       re.IGNORECASE)
# "no numbers, owners or review cycle", "without an annual review": the phrase said to be missing
NEGATED = re.compile(r"\b(?:no|not|without|nor|lacks?|lacking|absence of|never)\b[^.;:!?]{0,40}$", re.IGNORECASE)


def _negated(sentence_text: str, phrase: str) -> bool:
    at = sentence_text.lower().find(phrase.lower())
    return at >= 0 and NEGATED.search(sentence_text[:at]) is not None


def _of_another_plan(doc: AnalysedDocument, text: str) -> bool:
    """Whether the review the sentence speaks of is another plan's, named in words not on the cover, or a law's."""
    if LAW_REVIEW.search(text):
        return True
    match = OTHER_PLAN_REVIEW.search(text)
    if match is None:
        return False
    return not names_itself(match.group(1), doc.facts.get(title_words))


def _cadence(text: str) -> re.Match[str] | None:
    """The phrase saying how often, or when, the plan is reviewed."""
    cadence = CADENCE.search(text)
    if cadence and ABOUT_THE_PLAN.search(text):
        return cadence
    return REVIEW_POINT.search(text)


def extract(doc: AnalysedDocument) -> list[Evidence]:
    found: list[Evidence] = []
    # sentences on another plan's review are seen already: none of them says how this strategy is reviewed
    seen: set[int] = {s.index for s in doc.body_sentences if "review of" in doc.lowered[s.index]
                      and _of_another_plan(doc, s.text)}
    for mention in doc.mentions("review-cycle"):
        if mention.sentence not in seen and not _negated(doc.sentence(mention.sentence).text, mention.text):
            seen.add(mention.sentence)
            found.append(doc.said("states_review_cycle", doc.sentence(mention.sentence), mention.text))
    for mention in doc.mentions("review-verbs"):
        sentence = doc.sentence(mention.sentence)
        if (mention.sentence not in seen and ABOUT_THE_PLAN.search(sentence.text)
                and not _negated(sentence.text, mention.text)):
            seen.add(mention.sentence)
            found.append(doc.said("states_review_cycle", sentence, mention.text))
    for sentence in doc.body_sentences:
        if (sentence.index not in seen and has_any(doc.lowered[sentence.index], CADENCE_WORDS)
                and (cadence := _cadence(sentence.text)) and not _negated(sentence.text, cadence.group(0))):
            seen.add(sentence.index)
            found.append(doc.said("states_review_cycle", sentence, cadence.group(0)))
    for sentence in doc.body_sentences:
        if (sentence.index not in seen and "end of" in doc.lowered[sentence.index]
                and (end := END_OF_PERIOD.search(sentence.text)) and _ASSESSED.search(sentence.text)):
            seen.add(sentence.index)
            found.append(doc.said("states_review_cycle", sentence, end.group(0)))
    found.sort(key=lambda e: (e.location.page or 0, e.location.paragraph or 0, e.location.line or 0))
    return found
