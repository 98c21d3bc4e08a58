"""Find rule modules through the `strategylint.rules` entry points and check that each is well formed.

A rule module declares its metadata next to its logic::

    CODE = "SL105"                 # unique, like flake8: one to four capitals and one to four digits
    NAME = "too-long-term"         # kebab-case, accepted wherever a code is
    SIGN = "too-long-term"         # a sign key, or None
    QUESTION = None                # a board-question key, or None
    SEVERITY = "warning"           # error | warning | info
    OPTIONS = {"max-years": 5}     # option names and defaults; the engine validates user values
    def check(doc, options): ...   # yields Finding and Evidence

and its docstring is its documentation, with ``Bad:`` and ``Good:`` examples.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import Any

from strategylint.findings import BOARD_QUESTIONS, SEVERITIES, SIGNS, Evidence, Finding

ENTRY_POINT_GROUP = "strategylint.rules"
CODE_PATTERN = re.compile(r"^[A-Z]{1,4}[0-9]{1,4}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

CheckFunction = Callable[[Any, Mapping[str, Any]], Iterable[Finding | Evidence]]


class RuleError(Exception):
    """A rule module that is missing metadata or declares it wrongly."""


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    sign: str | None
    question: str | None
    severity: str
    options: Mapping[str, Any]
    doc: str
    module: str
    check: CheckFunction
    needs_text: bool = True

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip() if self.doc.strip() else ""


def rule_from_module(module: ModuleType) -> Rule:
    """Read and validate a rule module's metadata."""
    where = module.__name__

    def need(attr: str) -> Any:
        if not hasattr(module, attr):
            raise RuleError(f"rule module {where} has no {attr}")
        return getattr(module, attr)

    code, name = need("CODE"), need("NAME")
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise RuleError(f"rule module {where}: CODE {code!r} must look like SL105")
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        raise RuleError(f"rule module {where}: NAME {name!r} must be kebab-case")
    sign = getattr(module, "SIGN", None)
    question = getattr(module, "QUESTION", None)
    if sign is not None and sign not in SIGNS:
        raise RuleError(f"rule {name}: SIGN {sign!r} is not one of {', '.join(SIGNS)}")
    if question is not None and question not in BOARD_QUESTIONS:
        raise RuleError(f"rule {name}: QUESTION {question!r} is not a board question key")
    severity = need("SEVERITY")
    if severity not in SEVERITIES:
        raise RuleError(f"rule {name}: SEVERITY {severity!r} must be one of {', '.join(SEVERITIES)}")
    options = getattr(module, "OPTIONS", {})
    if not isinstance(options, Mapping):
        raise RuleError(f"rule {name}: OPTIONS must be a mapping of option name to default")
    check = need("check")
    if not callable(check):
        raise RuleError(f"rule {name}: check must be a function")
    return Rule(
        code=code,
        name=name,
        sign=sign,
        question=question,
        severity=severity,
        options=dict(options),
        doc=module.__doc__ or "",
        module=where,
        check=check,
        needs_text=bool(getattr(module, "NEEDS_TEXT", True)),
    )


def _entry_point_modules() -> Iterator[ModuleType]:
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            loaded = entry.load()
        except Exception as exc:
            raise RuleError(f"cannot load rule plugin {entry.name} ({entry.value}): {exc}") from exc
        if not isinstance(loaded, ModuleType):
            raise RuleError(f"rule plugin {entry.name} must point at a module, not {type(loaded).__name__}")
        yield loaded


def _path_modules(folder: Path) -> Iterator[ModuleType]:
    """Import every rule module in a local folder named in config. A plugin is code that runs."""
    if not folder.is_dir():
        raise RuleError(f"rule path {folder} is not a folder")
    for file in sorted(folder.glob("*.py")):
        if file.name.startswith("_"):
            continue
        module_name = f"strategylint_local_rules.{folder.name}.{file.stem}"
        spec = importlib.util.spec_from_file_location(module_name, file)
        if spec is None or spec.loader is None:
            raise RuleError(f"cannot import rule file {file}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            raise RuleError(f"cannot import rule file {file}: {exc}") from exc
        yield module


def load_rules(extra_paths: Iterable[Path] = ()) -> list[Rule]:
    """All registered rules, sorted by code; codes and names must be unique."""
    rules: list[Rule] = [rule_from_module(m) for m in _entry_point_modules()]
    for folder in extra_paths:
        rules.extend(rule_from_module(m) for m in _path_modules(folder))
    seen: dict[str, str] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise RuleError(f"rule {key} is declared twice ({seen[key]} and {rule.module})")
            seen[key] = rule.module
    return sorted(rules, key=lambda r: r.code)


def find_rule(rules: Iterable[Rule], key: str) -> Rule | None:
    """The rule whose code or name is `key` (case-insensitive for codes)."""
    for rule in rules:
        if key == rule.name or key.upper() == rule.code:
            return rule
    return None
