"""Turn rule outputs into the twelve signs and the ten board answers.

A rule serves one sign or one board question (or both) and says what it saw through its findings:
- a bad sign is present when a rule serving it gives a decisive finding;
- a good sign is present unless a rule serving it gives a decisive finding (the rule fires when the
  good sign is missing, with the guidance's advice);
- a board question is `missing` when a rule serving it gives a decisive finding, `partial` when it gives
  only non-decisive ones (mentioned without specifics), and `addressed` otherwise.
Each verdict carries the evidence that decided it: the findings' quotes when it fired, the evidence the
rule yielded when it did not. Signs and questions no selected rule serves are left out: not judged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from strategylint.facts.patterns import title_cased
from strategylint.findings import BAD_SIGNS, BOARD_QUESTIONS, SIGNS, Evidence, Finding
from strategylint.model import Location
from strategylint.registry import Rule

EVIDENCE_PER_VERDICT = 3
FRAGMENT_WORDS = 6  # a quote shorter than this, with no sentence end, is a label or a heading
RuleOutputs = Mapping[str, tuple[list[Finding], list[Evidence]]]


@dataclass(slots=True)
class SignResult:
    present: bool
    evidence: list[dict[str, Any]]
    rules: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"present": self.present, "evidence": self.evidence, "rules": self.rules}


@dataclass(slots=True)
class BoardAnswer:
    status: str
    evidence: list[dict[str, Any]]
    rules: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "evidence": self.evidence, "rules": self.rules}


def _finding_evidence(rule: Rule, findings: list[Finding]) -> list[dict[str, Any]]:
    return [{"rule": rule.name, "quote": f.quote, "location": f.location.as_dict(), "note": f.message}
            for f in findings[:EVIDENCE_PER_VERDICT]]


def _seen_evidence(rule: Rule, evidence: list[Evidence]) -> list[dict[str, Any]]:
    # once each (a section's first sentence may also be evidence on its own), sentences before fragments: a chart's
    # label ("More cohesive user journeys") shows a reader less than a sentence does
    distinct: dict[tuple[str, Location], Evidence] = {}
    for e in evidence:  # where the first of two copies stood, as the rule ranked them
        distinct.setdefault((e.quote, e.location), e)
    ordered = sorted(distinct.values(), key=_fragment)
    return [{"rule": rule.name, **e.as_dict()} for e in ordered[:EVIDENCE_PER_VERDICT]]


def _fragment(evidence: Evidence) -> bool:
    """A label or heading, or the tail of a sentence a page break cut ("of the fact that organizational changes
    ...")."""
    quote = evidence.quote.strip()
    ended = quote.endswith((".", "!", "?", ":", ";"))
    short = len(quote.split()) < FRAGMENT_WORDS and not ended
    return bool(quote) and (short or bool(_CUT_SENTENCE.match(quote)) or (not ended and title_cased(quote)))


# a plain lower-case word and a space: the middle of a sentence; not "e-skills UK", "iPad" or a list's "a."
_CUT_SENTENCE = re.compile(r"[a-z]+[ ,;]")


def judge_signs(rules: list[Rule], outputs: RuleOutputs) -> dict[str, SignResult]:
    signs: dict[str, SignResult] = {}
    for rule in rules:
        if rule.sign is None or rule.name not in outputs:
            continue
        findings, evidence = outputs[rule.name]
        bad = rule.sign in BAD_SIGNS
        sign = signs.setdefault(rule.sign, SignResult(not bad, [], []))
        sign.rules.append(rule.name)
        decisive = [f for f in findings if f.decisive]
        if decisive:
            sign.present = bad
            sign.evidence.extend(_finding_evidence(rule, decisive))
        else:
            sign.evidence.extend(_seen_evidence(rule, evidence))
    return {key: signs[key] for key in SIGNS if key in signs}


def judge_board(rules: list[Rule], outputs: RuleOutputs) -> dict[str, BoardAnswer]:
    answers: dict[str, BoardAnswer] = {}
    rank = {"addressed": 0, "partial": 1, "missing": 2}
    for rule in rules:
        if rule.question is None or rule.name not in outputs:
            continue
        findings, evidence = outputs[rule.name]
        decisive = [f for f in findings if f.decisive]
        status = "missing" if decisive else "partial" if findings else "addressed"
        answer = answers.setdefault(rule.question, BoardAnswer("addressed", [], []))
        answer.rules.append(rule.name)
        if rank[status] > rank[answer.status]:
            answer.status = status
        answer.evidence.extend(_finding_evidence(rule, findings) if findings else _seen_evidence(rule, evidence))
    return {key: answers[key] for key in BOARD_QUESTIONS if key in answers}
