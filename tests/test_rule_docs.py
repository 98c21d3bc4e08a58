"""docs/rules.md is generated from the registry and must not go stale."""

from __future__ import annotations

from strategylint.registry import load_rules
from strategylint.ruledocs import render, table
from tests.conftest import ROOT


def test_rules_reference_is_up_to_date() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == render(load_rules()), (
        "docs/rules.md is stale: run `python -m strategylint.ruledocs > docs/rules.md`")


def test_reference_has_every_rule_with_its_examples() -> None:
    text = render(load_rules())
    for rule in load_rules():
        assert f"## {rule.code} {rule.name}" in text
    assert text.count("Bad:") >= len(load_rules())


def test_readme_rules_table_is_up_to_date() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n".join(table(load_rules())) in readme, (
        "README.md's rules table is stale: paste the output of `python -m strategylint.ruledocs --table`")
