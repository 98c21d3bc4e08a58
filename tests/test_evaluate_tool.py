"""The evaluation harness (tools/evaluate.py): its comparison of labels, tried on two readers' labels."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate_tool", ROOT / "tools" / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["evaluate_tool"] = module
    spec.loader.exec_module(module)
    return module


def label(**changes: object) -> str:
    signs = {key: "false" for key in ("it_driven", "cookie_cutter", "unproven_tech", "vague", "too_long_term",
                                      "wish_list", "integrated", "user_centred", "useful_to_teams", "mainstream",
                                      "realistic", "focused")}
    board = {key: '"partial"' for key in ("q1_integration", "q2_mission", "q3_users", "q4_services",
                                          "q5_not_prioritising", "q6_actions_ownership", "q7_measures",
                                          "q8_system_alignment", "q9_org_change", "q10_risks")}
    horizon = 3
    for key, value in changes.items():
        if key in signs:
            signs[key] = str(value).lower()
        elif key in board:
            board[key] = f'"{value}"'
        elif key == "horizon_years":
            horizon = int(str(value))
    lines = ['file = "a.pdf"', "published = 2020", f"horizon_years = {horizon}", "[facts]",
             "states_review_cycle = true", "[signs]", *(f"{k} = {v}" for k, v in signs.items()),
             "[board]", *(f"{k} = {v}" for k, v in board.items())]
    return "\n".join(lines) + "\n"


def test_two_readers_who_agree_score_one(evaluate: ModuleType, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "first" / "a.toml").write_text(label())
    (tmp_path / "second" / "a.toml").write_text(label())
    assert evaluate.main(["--labels", str(tmp_path / "first"), "--reader", str(tmp_path / "second")]) == 0
    out = capsys.readouterr().out
    assert "12/12 = 1.00" in out
    assert "10/10 = 1.00" in out
    assert "✗" not in out


def test_each_difference_between_readers_is_a_disagreement(evaluate: ModuleType, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "first" / "a.toml").write_text(label())
    (tmp_path / "second" / "a.toml").write_text(label(vague=True, q7_measures="missing", horizon_years=9))
    evaluate.main(["--labels", str(tmp_path / "first"), "--reader", str(tmp_path / "second")])
    out = capsys.readouterr().out
    assert "11/12 = 0.92" in out  # signs
    assert "9/10 = 0.90" in out  # board
    disagreements = [line for line in out.splitlines() if line.startswith("✗")]
    assert len(disagreements) == 3
    assert any("vague" in line and "label=False" in line and "verdict=True" in line for line in disagreements)
    assert any("q7-measures" in line and "verdict=missing" in line for line in disagreements)
    assert any("horizon_years" in line and "verdict=9" in line for line in disagreements)


def test_documents_only_one_reader_labelled_are_left_out(evaluate: ModuleType, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "first" / "a.toml").write_text(label())
    (tmp_path / "first" / "b.toml").write_text(label().replace('"a.pdf"', '"b.pdf"'))
    (tmp_path / "second" / "a.toml").write_text(label())
    evaluate.main(["--labels", str(tmp_path / "first"), "--reader", str(tmp_path / "second")])
    assert "12/12 = 1.00" in capsys.readouterr().out
