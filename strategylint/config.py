"""Configuration: `[tool.strategylint]` in pyproject.toml, or strategylint.toml, found upward from the files.

Keys (unknown keys are errors that name the key)::

    select = ["SL1"]                 # codes, code prefixes or names; default: every rule
    extend-select = []               # added to select
    ignore = ["no-text-layer"]
    per-file-ignores = { "drafts/*" = ["vague-objective"] }
    fail-on = "warning"              # error | warning | info | never
    severity = { "too-long-term" = "error" }
    rule-paths = ["my_rules"]        # folders of local rule modules: plugins are code that runs
    [options.too-long-term]
    max-years = 4
    [lexicons]
    hype-tech = ["neuromorphic computing"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from strategylint.findings import SEVERITIES

FAIL_ON = (*SEVERITIES, "never")
KNOWN_KEYS = {"select", "extend-select", "ignore", "per-file-ignores", "fail-on", "severity", "rule-paths",
              "options", "lexicons"}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(slots=True)
class Config:
    source: Path | None = None
    select: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_on: str = "warning"
    severity: dict[str, str] = field(default_factory=dict)
    rule_paths: list[Path] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    lexicons: dict[str, list[str]] = field(default_factory=dict)


def _string_list(value: Any, key: str, where: Path) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Sequence) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"{where}: {key} must be a list of strings")


def _table(value: Any, key: str, where: Path) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: {key} must be a table")
    return value


def parse_config(table: Mapping[str, Any], where: Path) -> Config:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} in strategylint config "
                          f"(known: {', '.join(sorted(KNOWN_KEYS))})")
    config = Config(source=where)
    config.select = _string_list(table.get("select", []), "select", where)
    config.extend_select = _string_list(table.get("extend-select", []), "extend-select", where)
    config.ignore = _string_list(table.get("ignore", []), "ignore", where)
    for glob, codes in _table(table.get("per-file-ignores", {}), "per-file-ignores", where).items():
        config.per_file_ignores[glob] = _string_list(codes, f"per-file-ignores.{glob}", where)
    fail_on = table.get("fail-on", "warning")
    if fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    config.fail_on = fail_on
    for rule, level in _table(table.get("severity", {}), "severity", where).items():
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{rule} must be one of {', '.join(SEVERITIES)}")
        config.severity[rule] = level
    config.rule_paths = [(where.parent / p).resolve() for p in _string_list(table.get("rule-paths", []),
                                                                            "rule-paths", where)]
    for rule, opts in _table(table.get("options", {}), "options", where).items():
        config.options[rule] = dict(_table(opts, f"options.{rule}", where))
    for name, terms in _table(table.get("lexicons", {}), "lexicons", where).items():
        config.lexicons[name] = _string_list(terms, f"lexicons.{name}", where)
    return config


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None


def load_config_file(path: Path) -> Config:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("strategylint", {})
    return parse_config(data, path)


def find_config(start: Path) -> Path | None:
    """The nearest strategylint.toml, or pyproject.toml with [tool.strategylint], at or above `start`."""
    folder = start if start.is_dir() else start.parent
    for candidate_dir in [folder.resolve(), *folder.resolve().parents]:
        own = candidate_dir / "strategylint.toml"
        if own.is_file():
            return own
        pyproject = candidate_dir / "pyproject.toml"
        if pyproject.is_file() and "strategylint" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None
