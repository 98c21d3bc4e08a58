"""Objectives and commitments that nobody could measure.

The guidance's sign *Vague*: "A digital strategy should set some clear, measurable objectives
alongside a credible plan for delivering on them. The 'what', 'how' and 'when' – as well as the
'why'." Board question 6 asks for "realistic and tangible actions", question 7 how you will know it is
working.

A commitment is a promise ("we will", "the Department shall", "our aim is"), each item of a list a promise
introduces ("To achieve this, we will:"), or an item under an objectives, priorities or actions heading; not
a question ("Who will process it?") nor a partner's case study, told in its own "we". It is measurable when
it has a number, percentage, amount, target or deadline. The rule gives one finding for the document when
fewer than ``min-measurable`` commitments can be measured (however many there are: a text with no objectives
at all is vague too), or less than ``min-share`` of them, and quotes as its example the unmeasured promise
in the vaguest words, the document's own ("we will") first. It flags single sentences only in the clearest
cases: a commitment in the document's own voice ("we", the strategy, the department; not a case study's "It
aims to") with no measure that promises effort ("explore", "foster") in buzzwords ("world-class",
"seamless"), at most ``max-sentence-findings`` of them; not when it opens a paragraph that goes on to
explain it, or shares its paragraph with a measurable commitment (the vague words are then a lead-in, and
the paragraph says what they mean), and, in a document whose objectives are measurable enough, only an
objective or action it lists (a promise in its prose, or the list a "we will:" opens, is there a lead-in or
a recap of goals measured elsewhere). A timeframe or the bodies that lead, in the other cells of an action's
table row, or a schedule's scale of periods on its page, count as its date and owner.

Options: ``min-measurable`` (default 3), ``min-share`` (default 0.05), ``max-sentence-findings``
(default 5).

Bad: "We will explore innovative, world-class digital solutions to foster a seamless experience."

Good: "By March 2026 we will answer 90% of calls within 60 seconds; the Head of Customer Service owns this."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import commitments as commitment_facts
from strategylint.facts.commitments import Commitment
from strategylint.findings import Evidence, Finding, shorten
from strategylint.model import DOCUMENT_LOCATION

CODE = "SL104"
NAME = "vague-objective"
SIGN = "vague"
SEVERITY = "warning"
OPTIONS = {"min-measurable": 3, "min-share": 0.05, "max-sentence-findings": 5}
MIN_COMMITMENTS = 3
MIN_WORDS = 200  # shorter than this, a text is a note, not a strategy to hold to account


def _explained(doc: AnalysedDocument, commitment: Commitment, measurable_blocks: set[int]) -> bool:
    """Whether the commitment's paragraph says what it means: it opens a paragraph of three or more sentences,
    or the paragraph also holds a measurable commitment."""
    sentence = commitment.sentence
    if sentence.block_index in measurable_blocks:
        return True
    before = doc.sentences[sentence.index - 1] if sentence.index else None
    if before is not None and before.block_index == sentence.block_index:
        return False
    after = doc.sentences[sentence.index + 1: sentence.index + 3]
    return len(after) == 2 and all(s.block_index == sentence.block_index for s in after)


def _clearly_vague(doc: AnalysedDocument, commitment: Commitment) -> tuple[list[str], list[str]] | None:
    if commitment.measurable or commitment.owned or not commitment.in_own_voice:
        return None
    mentions = doc.mentions_in(commitment.sentence)
    buzz = sorted({m.text.lower() for m in mentions if m.lexicon == "buzzwords"})
    verbs = sorted({m.text.lower() for m in mentions if m.lexicon == "vague-verbs"})
    if (buzz and verbs) or len(buzz) >= 2:
        return buzz, verbs
    return None


def _example(doc: AnalysedDocument, commitments: list[Commitment]) -> Commitment | None:
    """An example of the unmeasured: a whole promise the organisation makes ("We will", "The Council will"; not a
    case study's "It aims to", nor "AI will be a key challenge facing policy makers", which "our analysis" before it
    puts in the document's voice), else an action or objective it lists, else any promise in its voice; not a
    lead-in ("It will do so by:"), and of those the one in the vaguest words (effort verbs, buzzwords), so that a
    concrete task is not held up as vague."""
    unmeasured = [c for c in commitments if not c.measurable and c.in_own_voice
                  and len(c.sentence.text.split()) >= 5 and not c.sentence.text.rstrip().endswith(":")]
    promises = [c for c in unmeasured if c.basis == "promise"]
    candidates = ([c for c in promises if commitment_facts.promised_by_the_organisation(c.actor)]
                  or [c for c in unmeasured if c.basis in ("action", "objective item", "promised item")] or promises)
    if not candidates:
        return None

    def vagueness(commitment: Commitment) -> int:
        return sum(m.lexicon in ("buzzwords", "vague-verbs") for m in doc.mentions_in(commitment.sentence))

    return max(candidates, key=vagueness)  # the first of the vaguest


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    commitments = doc.facts.commitments
    measurable = [c for c in commitments if c.measurable]
    for commitment in measurable[:3]:
        yield Evidence("vague", commitment.sentence.text, commitment.sentence.location, note="measurable")
    total = len(commitments)
    share = len(measurable) / total if total else 0.0
    too_few = len(measurable) < int(options["min-measurable"])
    enough_to_judge = total >= MIN_COMMITMENTS or doc.words >= MIN_WORDS
    vague = too_few or (total >= MIN_COMMITMENTS and share < float(options["min-share"]))
    if enough_to_judge and vague:
        example = _example(doc, commitments)
        for_example = (f" For example, {example.sentence.location.describe()}: "
                       f"\"{shorten(example.sentence.text, 160)}\"" if example else "")
        if total >= MIN_COMMITMENTS:
            counted = (f"{len(measurable)} of {total} commitments are measurable (no number, target or date in the "
                       "rest)")
        elif total:
            counted = (f"Few objectives or commitments are stated ({total}), and {len(measurable) or 'none'} of them "
                       "carr" + ("ies" if len(measurable) == 1 else "y") + " a number, target or date")
        else:
            counted = "No objective or commitment in it carries a number, target or date"
        yield Finding(
            message=(f"{counted}. The guidance asks for clear, measurable objectives alongside a credible plan: "
                     f"the 'what', 'how' and 'when'.{for_example}"),
            suggestion=("Give the main objectives a measure, a baseline, a date and an owner, e.g. 'by March 2026, "
                        "80% of applications online (Head of Service)'."),
            location=DOCUMENT_LOCATION,  # a verdict on the whole document; the example is in the message
            quote=None,
            data={"commitments": total, "measurable": len(measurable),
                  "example_location": example.sentence.location.as_dict() if example else None},
        )
    # in a plan of measurable objectives, a vague promise in its prose is a lead-in or a recap; its listed
    # objectives and actions are still each an objective in its own right
    prose_too = not enough_to_judge or vague
    reported = 0
    measurable_blocks = {c.sentence.block_index for c in measurable}
    for commitment in commitments:
        if reported >= int(options["max-sentence-findings"]):
            break
        if commitment.basis in ("promise", "promised item") and not prose_too:
            continue  # including a chapter's opening list ("To achieve this, we will: ...") that its text then dates
        words_found = _clearly_vague(doc, commitment)
        if words_found is None or _explained(doc, commitment, measurable_blocks):
            continue
        buzz, verbs = words_found
        words = ", ".join(f"'{w}'" for w in [*verbs, *buzz])
        reported += 1
        yield Finding(
            message=(f"A commitment in {words} with no measure, date or owner: nobody could tell whether it "
                     f"was kept."),
            suggestion="Say what will change, for whom, by when, and who owns it; drop the buzzwords.",
            location=commitment.sentence.location,
            quote=commitment.sentence.text,
            decisive=False,
        )
