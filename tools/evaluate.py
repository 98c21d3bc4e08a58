"""Measure strategylint against the careful readers' labels in ../shared/corpus/labels.

    python tools/evaluate.py [--labels DIR] [--docs DIR] [--jobs N] [--show-agreements] [--reader DIR]

Prints agreement per sign (with true/false positives and negatives), horizon agreement within one
year, agreement per extracted fact, board answers per question (exact, and within one step on the order
addressed > partial > missing), and every disagreement with the document, key, label and verdict.
The labels are a development set for tuning, not answers to fit: a rule that only fits these files
is a defect.

With ``--reader DIR`` the linter does not run: a second reader's labels of the same documents (in DIR)
stand where the verdicts would, and the same figures measure how far two careful readers agree. That
agreement is the ceiling any linter can be held to.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from strategylint.config import load_config_file
from strategylint.engine import DocumentResult, Engine
from strategylint.runner import default_jobs, lint_files

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
# label key -> sign key, for the signs the rules judge
SIGN_KEYS = {
    "it_driven": "it-driven", "cookie_cutter": "cookie-cutter", "unproven_tech": "unproven-tech", "vague": "vague",
    "too_long_term": "too-long-term", "wish_list": "wish-list", "integrated": "integrated",
    "user_centred": "user-centred", "useful_to_teams": "useful-to-teams", "mainstream": "mainstream",
    "realistic": "realistic", "focused": "focused",
}
# label key -> board question key, for the questions the rules answer
BOARD_KEYS = {
    "q1_integration": "q1-integration", "q2_mission": "q2-mission", "q3_users": "q3-users",
    "q4_services": "q4-services", "q5_not_prioritising": "q5-not-prioritising",
    "q6_actions_ownership": "q6-actions-ownership", "q7_measures": "q7-measures",
    "q8_system_alignment": "q8-system-alignment", "q9_org_change": "q9-org-change", "q10_risks": "q10-risks",
}
BOARD_ORDER = {"missing": 0, "partial": 1, "addressed": 2}
BOOL_FACTS = ("states_deprioritisation", "states_review_cycle", "has_measurable_objectives", "has_named_owners",
              "mentions_hype_tech", "hype_tech_in_headline", "mentions_basics")


@dataclass
class ReaderVerdicts:
    """A second reader's label, shaped like the parts of a `DocumentResult` that `compare` reads."""

    signs: dict[str, Any] = field(default_factory=dict)
    board: dict[str, Any] = field(default_factory=dict)
    horizon: dict[str, int] | None = None
    published: int | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @classmethod
    def of(cls, label: dict[str, Any]) -> ReaderVerdicts:
        years = label.get("horizon_years", -1)
        return cls(
            signs={sign: SimpleNamespace(present=bool(label["signs"][key])) for key, sign in SIGN_KEYS.items()},
            board={question: SimpleNamespace(status=label["board"][key]) for key, question in BOARD_KEYS.items()
                   if key in label.get("board", {})},
            horizon={"years": years} if years >= 0 else None,
            published=label.get("published") or None,
            facts=dict(label.get("facts", {})),
        )


def fact_value(facts: dict[str, Any], key: str) -> Any:
    value = facts.get(key)
    return value.get("value") if isinstance(value, dict) and "value" in value else value


def compare(label: dict[str, Any], result: DocumentResult | ReaderVerdicts) -> list[tuple[str, str, Any, Any, bool]]:
    """(group, key, label, verdict, agrees) for every key both sides have."""
    rows: list[tuple[str, str, Any, Any, bool]] = []
    for label_key, sign_key in SIGN_KEYS.items():
        if sign_key in result.signs:
            expected = bool(label["signs"][label_key])
            got = result.signs[sign_key].present
            rows.append(("sign", sign_key, expected, got, expected == got))
    for label_key, question in BOARD_KEYS.items():
        expected_status = label.get("board", {}).get(label_key)
        if question in result.board and expected_status in BOARD_ORDER:
            got_status = result.board[question].status
            rows.append(("board", question, expected_status, got_status, expected_status == got_status))
    if result.signs:  # judged: the horizon and facts are comparable
        expected_years = label.get("horizon_years", -1)
        got_years = result.horizon["years"] if result.horizon else -1
        agrees = (expected_years == -1 and got_years == -1) or (
            expected_years >= 0 and got_years >= 0 and abs(expected_years - got_years) <= 1)
        rows.append(("horizon", "horizon_years", expected_years, got_years, agrees))
        if label.get("published"):
            rows.append(("fact", "published", label["published"], result.published,
                         label["published"] == result.published))
        for key in BOOL_FACTS:
            if key in label["facts"]:
                got = fact_value(result.facts, key)
                rows.append(("fact", key, label["facts"][key], got, bool(got) == bool(label["facts"][key])))
        if "priority_count" in label["facts"]:
            got = fact_value(result.facts, "priority_count")
            rows.append(("fact", "priority_count", label["facts"]["priority_count"], got,
                         abs((got or 0) - label["facts"]["priority_count"]) <= 1))
        if "measurable_share" in label["facts"]:
            share = result.facts.get("measurable_share")
            rows.append(("fact", "measurable_share", label["facts"]["measurable_share"], share,
                         share == label["facts"]["measurable_share"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_CORPUS / "labels")
    parser.add_argument("--docs", type=Path, default=DEFAULT_CORPUS / "docs")
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--show-agreements", action="store_true")
    parser.add_argument("--config", type=Path, help="a strategylint config file (rule options) to measure with")
    parser.add_argument("--reader", type=Path,
                        help="a second reader's labels of the same documents, measured instead of the linter")
    args = parser.parse_args(argv)
    if not args.labels.is_dir():
        print(f"no labels at {args.labels}", file=sys.stderr)
        return 2
    labels = {}
    for file in sorted(args.labels.glob("*.toml")):
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        labels[data["file"]] = data
    results: list[DocumentResult | ReaderVerdicts]
    if args.reader:
        second = {}
        for file in sorted(args.reader.glob("*.toml")):
            data = tomllib.loads(file.read_text(encoding="utf-8"))
            second[data["file"]] = data
        labels = {name: label for name, label in labels.items() if name in second}
        results = [ReaderVerdicts.of(second[name]) for name in labels]
    else:
        paths = [args.docs / name for name in labels]
        engine = Engine(load_config_file(args.config)) if args.config else Engine()
        results = list(lint_files(paths, engine, args.jobs))
    tallies: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # agree, n, tp, fp, fn
    # for board answers, tp/fp/fn hold: within one step, verdict better than label, verdict worse than label
    disagreements: list[str] = []
    for result, name in zip(results, labels, strict=True):
        if result.error:
            disagreements.append(f"{name}: could not be read: {result.error}")
            continue
        for group, key, expected, got, agrees in compare(labels[name], result):
            tally = tallies[(group, key)]
            tally[0] += agrees
            tally[1] += 1
            if group == "board":
                step = BOARD_ORDER[got] - BOARD_ORDER[expected]
                tally[2] += abs(step) <= 1
                tally[3] += step > 0
                tally[4] += step < 0
            elif isinstance(expected, bool):
                tally[2] += bool(expected and got)
                tally[3] += bool(got and not expected)
                tally[4] += bool(expected and not got)
            if not agrees or args.show_agreements:
                mark = "  " if agrees else "✗ "
                disagreements.append(f"{mark}{name:<62} {key:<26} label={expected!s:<8} verdict={got}")
    for group in ("sign", "horizon", "fact", "board"):
        rows = [(k, t) for (g, k), t in sorted(tallies.items()) if g == group]
        if not rows:
            continue
        print(f"\n{group} agreement")
        total_agree = sum(t[0] for _, t in rows)
        total = sum(t[1] for _, t in rows)
        for key, (agree, n, tp, fp, fn) in rows:
            detail = f"  tp={tp} fp={fp} fn={fn}" if group in ("sign", "fact") else ""
            if group == "board":
                detail = f"  within one {tp}/{n} = {tp / n:.2f}  too generous={fp} too harsh={fn}"
            print(f"  {key:<28} {agree:>2}/{n:<2} = {agree / n:.2f}{detail}")
        print(f"  {'overall':<28} {total_agree:>2}/{total:<2} = {total_agree / total:.2f}", end="")
        within = sum(t[2] for _, t in rows)
        print(f"  within one {within}/{total} = {within / total:.2f}" if group == "board" else "")
    print("\ndisagreements")
    for line in disagreements:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
