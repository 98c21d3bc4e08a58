"""The rule reference, `docs/rules.md`, generated from the registry: each rule's docstring is its page.

Regenerate with ``python -m strategylint.ruledocs > docs/rules.md``; a test fails when the file is stale.
``python -m strategylint.ruledocs --table`` prints the summary table the README carries, kept current by
the same test.
"""

from __future__ import annotations

import inspect

from strategylint.registry import Rule, load_rules


def table(rules: list[Rule], *, links: bool = False) -> list[str]:
    """One row per rule: code, name, what it serves, default severity and the docstring's first line."""
    lines = ["| code | name | sign / question | default severity | summary |", "|---|---|---|---|---|"]
    for rule in rules:
        serves = ", ".join(f"`{k}`" for k in (rule.sign, rule.question) if k) or "-"
        name = f"[`{rule.name}`](#{rule.code.lower()}-{rule.name})" if links else f"`{rule.name}`"
        lines.append(f"| {rule.code} | {name} | {serves} | {rule.severity} | {rule.summary} |")
    return lines


def render(rules: list[Rule]) -> str:
    lines = [
        "# Rule reference",
        "",
        "Generated from the rules' docstrings by `python -m strategylint.ruledocs > docs/rules.md`; do not edit.",
        "",
        *table(rules, links=True),
    ]
    for rule in rules:
        lines += ["", f"## {rule.code} {rule.name}", ""]
        serves = ", ".join(f"`{k}`" for k in (rule.sign, rule.question) if k) or "none"
        lines.append(f"Serves: {serves}. Default severity: {rule.severity}.")
        if rule.options:
            lines.append("Options: " + ", ".join(f"`{k}` = `{v!r}`" for k, v in rule.options.items()) + ".")
        lines += ["", inspect.cleandoc(rule.doc)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--table"]:
        print("\n".join(table(load_rules())))
    else:
        print(render(load_rules()), end="")
