"""The engine: parse, analyse, run the selected rules, stamp severity, and judge the signs.

Rules only yield findings and evidence. The engine decides which rules run for a file (select,
ignore, per-file-ignores), applies severity overrides, and turns the decisive findings and the evidence
into the signs. Each document's result is plain data, so results can come back from worker processes.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from strategylint import __version__
from strategylint.analysis import AnalysedDocument, AnalysisOptions, analyse
from strategylint.config import Config
from strategylint.facts import readability
from strategylint.findings import SEVERITY_RANK, Evidence, Finding, Reported
from strategylint.lexicons import load_lexicons
from strategylint.model import DOCUMENT_LOCATION, Document
from strategylint.parsers import FORMAT_NAMES, InputError, Limits, read_document
from strategylint.registry import Rule, RuleError, load_rules
from strategylint.scorecard import BoardAnswer, SignResult, judge_board, judge_signs

_Quoting = TypeVar("_Quoting", Finding, Evidence)


@dataclass(slots=True)
class DocumentResult:
    """Everything reported about one file. `error` is set, and the rest empty, when it could not be read."""

    path: str
    format: str | None = None
    language: str | None = None
    pages: int | None = None
    words: int = 0
    published: int | None = None
    horizon: dict[str, Any] | None = None
    title: str | None = None
    findings: list[Reported] = field(default_factory=list)
    # partial board answers: kept for the scorecard (each answer's note), not listed as findings
    in_scorecard: list[Reported] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    signs: dict[str, SignResult] = field(default_factory=dict)
    board: dict[str, BoardAnswer] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    def worst(self) -> int:
        return max((SEVERITY_RANK[f.severity] for f in self.findings), default=0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "title": self.title,
            "language": self.language,
            "pages": self.pages,
            "words": self.words,
            "published": self.published,
            "horizon": self.horizon,
            "findings": [f.as_dict() for f in self.findings],
            "facts": self.facts,
            "signs": {key: sign.as_dict() for key, sign in self.signs.items()},
            "board": {key: answer.as_dict() for key, answer in self.board.items()},
            "metrics": self.metrics,
            "notes": self.notes,
            "error": self.error,
        }


def _matches(rule: Rule, selectors: list[str]) -> bool:
    return any(s == rule.name or rule.code.startswith(s.upper()) or s.upper() == "ALL" for s in selectors)


class Engine:
    def __init__(self, config: Config | None = None, *, as_of: int | None = None,
                 limits: Limits | None = None) -> None:
        self.config = config or Config()
        self.as_of = as_of
        self.limits = limits or Limits()
        self.rules = load_rules(self.config.rule_paths)
        self._check_config()
        self.lexicons = load_lexicons(self.config.lexicons)
        self.options = {rule.name: {**rule.options, **self._user_options(rule)} for rule in self.rules}

    def _known(self, key: str) -> bool:
        return any(key in (r.name, r.code) or r.code.startswith(key.upper()) or key.upper() == "ALL"
                   for r in self.rules)

    def _check_config(self) -> None:
        keys = [*self.config.select, *self.config.extend_select, *self.config.ignore, *self.config.severity,
                *self.config.options, *(c for codes in self.config.per_file_ignores.values() for c in codes)]
        for key in keys:
            if not self._known(key):
                raise RuleError(f"unknown rule {key!r}; `strategylint rules` lists them")

    def _user_options(self, rule: Rule) -> dict[str, Any]:
        given = {**self.config.options.get(rule.code, {}), **self.config.options.get(rule.name, {})}
        for key, value in given.items():
            if key not in rule.options:
                raise RuleError(f"rule {rule.name} has no option {key!r} "
                                f"(options: {', '.join(rule.options) or 'none'})")
            default = rule.options[key]
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise RuleError(f"option {rule.name}.{key} must be true or false, not {value!r}")
            elif isinstance(default, (int, float)) and not isinstance(value, (int, float)):
                raise RuleError(f"option {rule.name}.{key} must be a number, not {value!r}")
        return given

    def active_rules(self, path: str) -> list[Rule]:
        selected = self.config.select or ["ALL"]
        chosen = [r for r in self.rules if _matches(r, selected) or _matches(r, self.config.extend_select)]
        ignored = list(self.config.ignore)
        for pattern, codes in self.config.per_file_ignores.items():
            if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(Path(path).name, pattern):
                ignored.extend(codes)
        return [r for r in chosen if not _matches(r, ignored)]

    def severity_of(self, rule: Rule) -> str:
        return self.config.severity.get(rule.name) or self.config.severity.get(rule.code) or rule.severity

    def lint_path(self, path: Path, shown: str | None = None) -> DocumentResult:
        shown = shown or str(path)
        try:
            document = read_document(path, self.limits)
        except InputError as exc:
            return DocumentResult(path=shown, error=str(exc))
        return self.lint_document(document, shown)

    def lint_document(self, document: Document, shown: str) -> DocumentResult:
        return self.judge(self.analyse(document), shown)

    def analyse(self, document: Document) -> AnalysedDocument:
        return analyse(document, self.lexicons, AnalysisOptions(as_of=self.as_of))

    def judge(self, doc: AnalysedDocument, shown: str) -> DocumentResult:
        document = doc.document
        result = DocumentResult(path=shown, format=FORMAT_NAMES.get(document.format, document.format),
                                pages=document.meta.pages, words=doc.words, notes=list(document.meta.notes),
                                title=document.meta.title)
        result.language = doc.language
        rules = self.active_rules(shown)
        judged = doc.words > 0 and (doc.language in (None, "en"))
        if doc.words > 0 and not judged:
            result.notes.append(f"the text is in language '{doc.language}'; the rules cover English only, "
                                "so no sign is judged")
        outputs: dict[str, tuple[list[Finding], list[Evidence]]] = {}
        explaining: set[str] = set()  # rules with a finding that explains the document's absences
        for rule in rules:
            if rule.needs_text and not judged:
                continue
            findings: list[Finding] = []
            evidence: list[Evidence] = []
            for item in rule.check(doc, self.options[rule.name]):
                if isinstance(item, Finding):
                    findings.append(_completed(doc, item))
                else:
                    evidence.append(_completed(doc, item))
            outputs[rule.name] = (findings, evidence)
            if any(f.explains_absences for f in findings):
                explaining.add(rule.name)
            severity = self.severity_of(rule)
            result.findings.extend(
                Reported(code=rule.code, rule=rule.name, severity=severity, message=f.message,
                         suggestion=f.suggestion, location=f.location, quote=f.quote, sign=rule.sign,
                         question=rule.question, decisive=f.decisive, data=f.data, topic=f.topic)
                for f in findings)
        kept_back = {id(f) for f in result.findings if _partial_answer(f) or _explained(f, explaining)}
        result.in_scorecard = [f for f in result.findings if id(f) in kept_back]
        result.findings = merge_topics([f for f in result.findings if id(f) not in kept_back])
        result.findings.sort(key=Reported.sort_key)
        if judged:
            result.facts = doc.facts.as_dict()
            publication = doc.facts.publication
            result.published = publication.year if publication else None
            horizon = doc.facts.horizon
            result.horizon = horizon.as_dict() if horizon else None
            result.signs = judge_signs(rules, outputs)
            result.board = judge_board(rules, outputs)
        result.metrics = _metrics(doc, judged)
        return result


def _completed(doc: AnalysedDocument, item: _Quoting) -> _Quoting:
    """The item with a quoted lead-in completed by what it leads to (`AnalysedDocument.completed`); a copy, since
    facts' evidence is shared between rules."""
    if not item.quote:
        return item
    quote = doc.completed(item.quote, item.location)
    return item if quote == item.quote else replace(item, quote=quote)


def _partial_answer(finding: Reported) -> bool:
    """A board question answered in part is a scorecard entry (its gap is the answer's note), not a problem
    to list: only a missing answer is a finding. This keeps short documents from drowning in advice."""
    return finding.question is not None and finding.sign is None and not finding.decisive


def _explained(finding: Reported, explaining: set[str]) -> bool:
    """A finding on the whole document beside one that explains its absences ("18 unfilled template
    placeholders"): "no guiding principles" adds nothing a reader of a blank template needs."""
    return bool(explaining) and finding.rule not in explaining and finding.location == DOCUMENT_LOCATION


def merge_topics(findings: list[Reported]) -> list[Reported]:
    """One finding per topic: the most severe (then the lowest code) stays and names the others in `also`."""
    kept: dict[str, Reported] = {}
    for finding in sorted((f for f in findings if f.topic),
                          key=lambda f: (-SEVERITY_RANK[f.severity], f.code)):
        assert finding.topic is not None
        first = kept.setdefault(finding.topic, finding)
        if first is not finding and finding.code not in first.also:
            first.also.append(finding.code)
    return [f for f in findings if not f.topic or kept[f.topic] is f]


def _metrics(doc: AnalysedDocument, judged: bool) -> dict[str, Any]:
    """The sentence measures the mainstream rule reads, so that the report and its message agree; reading ease only
    for a language the rules cover, since its formula is English's."""
    measures = doc.facts.get(readability.sentence_measures)
    metrics: dict[str, Any] = {"sentences": measures.sentences}
    if measures.sentences:
        metrics |= {"mean_sentence_words": measures.mean_sentence_words,
                    "long_sentence_share": measures.long_sentence_share}
        if judged:
            metrics["reading_ease"] = measures.reading_ease
    return metrics


JSON_FORMAT_VERSION = "1.0"


def report_dict(results: list[DocumentResult]) -> dict[str, Any]:
    return {
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "strategylint", "version": __version__},
        "documents": [r.as_dict() for r in results],
    }

