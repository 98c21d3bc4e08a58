"""Board question 6: are actions realistic and tangible, with dates and clear owners.

Board question 6 asks: "Have you committed to realistic and tangible actions?" The guidance: "The best
strategies turn ambitions into firm commitments with clear ownership."

The answer reads the commitments (sentences that promise action, and items under objective or action
headings). It is addressed when at least ``min-owned`` of them (default 3), and at least ``min-owned-share`` of all
of them (default 0.03), carry both a date or figure and a named owner (a role, team, board or body, or a
named body that will act): a few owned and dated actions among hundreds of promises are not a plan of
owned actions. It is also addressed when the document
sets its actions out in a table with a lead body and a timeline for each: at least ``min-table-cells``
(default 10) timeline cells ("Q2 2014", "2015-2016") and as many cells that name the bodies that lead
("DES/HEA", "PDST-TiE, NCCA"); partial when there are commitments but fewer with both, even none (a list of
actions with no date or owner is a start the board can ask to finish); missing when there are fewer than
``min-commitments`` (default 3) commitments.

Bad: "We will embrace digital and explore new ways to improve services."

Good: "The Chief Digital Officer will launch the patient portal by March 2025. The Head of IT will replace all
laptops by June 2025. The Data Team will publish the dashboard by April 2025."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import commitments as commitment_facts
from strategylint.facts.commitments import Commitment
from strategylint.findings import Evidence, Finding

CODE = "SL306"
NAME = "q6-actions-ownership"
QUESTION = "q6-actions-ownership"
SIGN = None
SEVERITY = "info"
OPTIONS = {"min-owned": 3, "min-owned-share": 0.03, "min-commitments": 3, "min-table-cells": 10}


def _noted(commitment: Commitment) -> Evidence:
    """The commitment's evidence, with what makes it tangible in the note when its row does not say."""
    evidence = commitment.evidence
    if evidence.note:
        return evidence
    has = ("a date or figure and a named owner" if commitment.measurable and commitment.owned
           else "a date or figure" if commitment.measurable else "a named owner")
    return replace(evidence, note=f"an action with {has}")


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    commitments = doc.facts.commitments
    owned_dated = [c for c in commitments if c.owned and c.measurable]
    tangible = [c for c in commitments if c.owned or c.measurable]
    for commitment in [*owned_dated, *tangible][:3]:
        yield _noted(commitment)
    data = {"commitments": len(commitments), "owned_and_dated": len(owned_dated),
            "owned": sum(c.owned for c in commitments), "measurable": sum(c.measurable for c in commitments)}
    table = doc.facts.get(commitment_facts.action_table)
    data["table_timelines"], data["table_owners"] = len(table.timelines), len(table.owners)
    if table.holds_owned_dated_actions(int(options["min-table-cells"])):
        yield from (*table.owners[:1], *table.timelines[:1])
        return
    if len(commitments) < int(options["min-commitments"]):
        stated = {0: "No commitment is stated", 1: "Only 1 commitment is stated"}.get(
            len(commitments), f"Only {len(commitments)} commitments are stated")
        yield Finding(
            message=(f"Have you committed to realistic and tangible actions? {stated}: too few to show a plan of "
                     "actions with dates and owners."),
            suggestion="Turn each ambition into an action with a date and a named owner (a role, team or board).",
            data=data,
        )
        return
    if (len(owned_dated) < int(options["min-owned"])
            or len(owned_dated) < float(options["min-owned-share"]) * len(commitments)):
        yield Finding(
            message=(f"Who owns each action? Of {len(commitments)} commitments (sentences that promise action), "
                     f"{data['measurable'] or 'none'} carry a date or figure, {data['owned'] or 'none'} a named "
                     f"owner, and {len(owned_dated) or 'none'} both."),
            suggestion=("Name the clinical, operational or digital leader, team or board that owns each action, "
                        "beside its date."),
            decisive=False,
            data=data,
        )
