"""The command line, through click's CliRunner: commands, exit codes, errors, config, output safety."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from strategylint import __version__
from strategylint.cli import main
from strategylint.findings import BAD_SIGNS
from strategylint.registry import load_rules

RULES = load_rules()

LONG_HORIZON = """# Digital Strategy

Published March 2024

Over the next ten years we will move every service to the cloud.
"""

# quiet for every rule: a three-year horizon with a review cycle, measurable commitments, no hype
CLEAN = """# Digital Strategy 2024-2027

Published March 2024

We will move 80% of transactions online by March 2026.

We will answer 90% of calls within 60 seconds by December 2025.

We will replace the housing system by June 2026.

The board reviews this strategy every April.
"""

ERROR_LINE = re.compile(r"^strategylint: error: (?P<file>.+?): (?P<cause>.+)$")


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def as_json(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def documents_by_name(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(d["path"]).name: d for d in report["documents"]}


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# --- --version, --help, rules, explain --------------------------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"strategylint, version {__version__}"


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("check", "rules", "explain"):
        assert re.search(rf"^\s+{command}\b", result.stdout, re.MULTILINE), command


def test_check_help_documents_the_options() -> None:
    result = run("check", "--help")
    assert result.exit_code == 0
    for option in ("--format", "--output", "--as-of", "--fail-on", "--select", "--ignore", "--config"):
        assert option in result.stdout


def test_rules_lists_every_code_and_name() -> None:
    result = run("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for rule in RULES:
        assert any(
            line.startswith(rule.code) and rule.name in line and rule.summary in line for line in lines
        )


def test_rules_as_json() -> None:
    result = run("rules", "--format", "json")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [(r["code"], r["name"]) for r in listed] == [(r.code, r.name) for r in RULES]
    by_name = {r["name"]: r for r in listed}
    assert by_name["too-long-term"]["options"] == {"max-years": 5}
    assert by_name["too-long-term"]["sign"] == "too-long-term"


@pytest.mark.parametrize("key", ["too-long-term", "SL105", "sl105"])
def test_explain_by_name_or_code(key: str) -> None:
    result = run("explain", key)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("SL105 too-long-term  (serves: too-long-term; default severity: warning)")
    assert "Bad:" in out and "Good:" in out
    assert "The strategy plans further ahead than five years." in out
    assert "Defaults: max-years = 5" in out


def test_explain_by_name_and_code_agree() -> None:
    assert run("explain", "too-long-term").stdout == run("explain", "SL105").stdout


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_explain_every_rule(rule: Any) -> None:
    result = run("explain", rule.name)
    assert result.exit_code == 0
    assert rule.summary in result.stdout


def test_explain_unknown_rule_is_a_usage_error() -> None:
    result = run("explain", "nope")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = stderr_lines(result)
    assert len(lines) == 1
    assert lines[0].startswith("strategylint: error:")
    assert "'nope'" in lines[0]
    assert "Traceback" not in result.output


# --- check: JSON ------------------------------------------------------------------------------------------


def test_check_json_shape(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", LONG_HORIZON)
    result = run("check", path, "--format", "json")
    assert result.exit_code == 1
    report = as_json(result)
    assert report["version"] == "1.0"
    assert report["tool"] == {"name": "strategylint", "version": __version__}
    assert len(report["documents"]) == 1
    doc = report["documents"][0]
    assert doc["path"] == str(path)
    assert doc["format"] == "Markdown"
    assert doc["error"] is None
    assert doc["published"] == 2024
    assert {k: doc["horizon"][k] for k in ("start", "end", "years")} == {
        "start": 2024,
        "end": 2034,
        "years": 10,
    }
    assert doc["findings"], "the ten-year horizon is a finding"
    for finding in doc["findings"]:
        for key in ("code", "rule", "severity", "message", "location", "quote", "suggestion"):
            assert key in finding, key
        assert finding["severity"] in ("error", "warning", "info")
        assert isinstance(finding["location"], dict)
    long_term = [f for f in doc["findings"] if f["rule"] == "too-long-term"]
    assert len(long_term) == 1
    finding = long_term[0]
    assert finding["code"] == "SL105"
    assert finding["sign"] == "too-long-term"
    assert finding["quote"] == "Over the next ten years we will move every service to the cloud."
    assert finding["location"]["line"] == 5
    assert finding["data"]["horizon"]["years"] == 10
    assert doc["signs"]["too-long-term"]["present"] is True
    assert "facts" in doc and doc["facts"]["horizon"]["end"] == 2034


def test_as_of_overrides_the_publication_year(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", LONG_HORIZON.replace("Over the next ten years", "By 2030"))
    default = as_json(run("check", path, "--format", "json"))["documents"][0]
    later = as_json(run("check", path, "--format", "json", "--as-of", "2026"))["documents"][0]
    assert default["published"] == 2024 and default["horizon"]["years"] == 6
    assert any(f["rule"] == "too-long-term" for f in default["findings"])
    assert later["published"] == 2026 and later["horizon"]["start"] == 2026 and later["horizon"]["years"] == 4
    assert not any(f["rule"] == "too-long-term" for f in later["findings"])


def test_as_of_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", LONG_HORIZON)
    result = run("check", path, "--as-of", "1066")
    assert result.exit_code == 2


def test_output_file(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", LONG_HORIZON)
    out = tmp_path / "report.json"
    result = run("check", path, "--format", "json", "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"][0]["path"] == str(path)


def test_output_file_text(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", LONG_HORIZON)
    out = tmp_path / "report.txt"
    result = run("check", path, "--output", out, "--color")
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "too-long-term (SL105)" in text
    assert "\x1b" not in text, "a report written to a file never carries colour"


def test_unwritable_output_is_one_error_line(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", LONG_HORIZON)
    result = run("check", path, "--format", "json", "-o", tmp_path / "missing" / "report.json")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and lines[0].startswith("strategylint: error:") and "report.json" in lines[0]


# --- exit codes -------------------------------------------------------------------------------------------


def test_default_exits_1_on_warnings(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "draft.md", LONG_HORIZON))
    assert result.exit_code == 1
    assert "too-long-term (SL105)" in result.stdout


def test_fail_on_never_exits_0(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "draft.md", LONG_HORIZON), "--fail-on", "never")
    assert result.exit_code == 0
    assert "too-long-term (SL105)" in result.stdout, "findings are still reported"


def test_fail_on_error_ignores_warnings(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "draft.md", LONG_HORIZON), "--fail-on", "error")
    assert result.exit_code == 0


def test_clean_document_exits_0(tmp_path: Path) -> None:
    path = write(tmp_path, "clean.md", CLEAN)
    result = run("check", path, "--format", "json")
    assert result.exit_code == 0, result.stdout
    doc = as_json(result)["documents"][0]
    # only advice (info: good signs and board questions a short draft cannot answer), nothing that fails
    assert all(f["severity"] == "info" for f in doc["findings"])
    assert not [f for f in doc["findings"] if f.get("sign") in BAD_SIGNS]
    assert doc["horizon"]["years"] == 3
    text = run("check", path)
    assert text.exit_code == 0
    assert "warning" not in text.stdout.splitlines()[-1]
    assert run("check", path, "--fail-on", "info").exit_code == 1


def test_fail_on_from_config(tmp_path: Path) -> None:
    write(tmp_path, "strategylint.toml", 'fail-on = "never"\n')
    result = run("check", write(tmp_path, "draft.md", LONG_HORIZON))
    assert result.exit_code == 0


# --- unreadable input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.md", b""), ("random.pdf", random.Random(1).randbytes(4096))],
    ids=["empty-file", "random-bytes-pdf"],
)
def test_unreadable_file_is_one_error_line_and_the_batch_goes_on(
    tmp_path: Path, name: str, content: bytes
) -> None:
    good = write(tmp_path, "good.md", LONG_HORIZON)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("check", good, bad, "--format", "json", "-j", "1")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = stderr_lines(result)
    assert len(lines) == 1, lines
    match = ERROR_LINE.match(lines[0])
    assert match, lines[0]
    assert match.group("file") == str(bad)
    assert match.group("cause").strip()
    docs = documents_by_name(as_json(result))
    assert set(docs) == {"good.md", name}
    assert docs[name]["error"] == match.group("cause")
    assert docs[name]["findings"] == []
    assert docs["good.md"]["error"] is None
    assert any(f["rule"] == "too-long-term" for f in docs["good.md"]["findings"])


def test_empty_file_cause_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    result = run("check", bad)
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"strategylint: error: {bad}: empty file (nothing to lint)"]


def test_missing_file_is_an_error_line(tmp_path: Path) -> None:
    good = write(tmp_path, "good.md", CLEAN)
    result = run("check", good, tmp_path / "nothing-here.md", "--format", "json")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and "nothing-here.md" in lines[0] and lines[0].startswith("strategylint: error:")
    assert documents_by_name(as_json(result))["good.md"]["error"] is None


def test_text_report_keeps_good_results_beside_an_unreadable_file(tmp_path: Path) -> None:
    good = write(tmp_path, "good.md", LONG_HORIZON)
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    result = run("check", good, bad, "-j", "1")
    assert result.exit_code == 2
    assert "too-long-term (SL105)" in result.stdout
    assert "1 could not be read" in result.stdout


# --- folders ----------------------------------------------------------------------------------------------


def test_folder_argument_is_searched(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    write(root, "b.md", CLEAN)
    write(root, "a.md", LONG_HORIZON)
    write(root, "sub/c.md", LONG_HORIZON)
    write(root, "notes.csv", "not,a,strategy\n")
    write(root, ".hidden/d.md", LONG_HORIZON)
    result = run("check", root, "--format", "json")
    assert result.exit_code == 1
    paths = [Path(d["path"]).relative_to(root).as_posix() for d in as_json(result)["documents"]]
    assert paths == ["a.md", "b.md", "sub/c.md"]


def test_folder_without_documents_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "notes.csv", "a,b\n")
    result = run("check", tmp_path)
    assert result.exit_code == 2
    assert stderr_lines(result)[0].startswith("strategylint: error: no supported documents")


# --- select / ignore / config -----------------------------------------------------------------------------

VAGUE_AND_LONG = """# Digital Strategy

Published March 2024

Over the next ten years we will move every service to the cloud.

We will explore innovative, world-class digital solutions to foster a seamless experience.
"""


def rules_reported(result: Result) -> set[str]:
    return {f["rule"] for d in as_json(result)["documents"] for f in d["findings"]}


def test_select_and_ignore(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", VAGUE_AND_LONG)
    assert {"too-long-term", "vague-objective"} <= rules_reported(run("check", path, "--format", "json"))
    assert rules_reported(run("check", path, "--format", "json", "--select", "too-long-term")) == {
        "too-long-term"
    }
    assert rules_reported(run("check", path, "--format", "json", "--select", "SL104")) == {"vague-objective"}
    ignored = rules_reported(run("check", path, "--format", "json", "--ignore", "SL105,vague-objective"))
    assert not ignored & {"too-long-term", "vague-objective"}
    both = rules_reported(run("check", path, "--format", "json", "--select", "SL1", "--ignore", "SL104"))
    assert "too-long-term" in both and "vague-objective" not in both


def test_select_unknown_rule_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "draft.md", CLEAN), "--select", "SL999")
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and lines[0].startswith("strategylint: error:") and "SL999" in lines[0]


def test_config_unknown_key_names_the_key(tmp_path: Path) -> None:
    write(tmp_path, "strategylint.toml", 'select = ["SL105"]\ncolour = "always"\n')
    result = run("check", write(tmp_path, "draft.md", CLEAN))
    assert result.exit_code == 2
    lines = stderr_lines(result)
    assert len(lines) == 1
    assert lines[0].startswith("strategylint: error:")
    assert "'colour'" in lines[0]
    assert "strategylint.toml" in lines[0]
    assert "Traceback" not in result.output


def test_config_options_and_select_are_honoured(tmp_path: Path) -> None:
    path = write(tmp_path, "project/docs/draft.md", VAGUE_AND_LONG)
    write(
        tmp_path,
        "project/strategylint.toml",
        'select = ["too-long-term"]\n[options.too-long-term]\nmax-years = 12\n',
    )
    result = run("check", path, "--format", "json")
    assert result.exit_code == 0
    assert rules_reported(result) == set()
    isolated = run("check", path, "--format", "json", "--isolated")
    assert {"too-long-term", "vague-objective"} <= rules_reported(isolated)


def test_config_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "strategylint.toml", "[options.too-long-term]\nmax-yeers = 12\n")
    result = run("check", write(tmp_path, "draft.md", CLEAN))
    assert result.exit_code == 2
    assert "'max-yeers'" in stderr_lines(result)[0]


def test_pyproject_config_is_found(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.strategylint]\nignore = ["too-long-term"]\n')
    result = run("check", write(tmp_path, "draft.md", LONG_HORIZON), "--format", "json")
    assert "too-long-term" not in rules_reported(result)


# --- output safety ----------------------------------------------------------------------------------------


def test_non_tty_output_has_no_ansi_escapes(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", LONG_HORIZON)
    plain = run("check", path)
    no_color = run("check", path, env={"NO_COLOR": "1"})
    forced = run("check", path, "--color")
    assert "too-long-term" in plain.stdout
    assert "\x1b" not in plain.stdout
    assert "\x1b" not in no_color.stdout
    assert "\x1b[" in forced.stdout, "--color forces colour, so the check above can see escapes"


HOSTILE = (
    "# Digital Strategy\n\nPublished March 2024\n\n"
    "Over the next ten years we will move every service \x1b]0;owned\x07to the \x1b[31mcloud\x1b[0m "
    "[bold]markup[/bold].\n"
)


@pytest.mark.parametrize("color", [[], ["--color"]], ids=["plain", "forced-colour"])
def test_document_text_is_printed_inert(tmp_path: Path, color: list[str]) -> None:
    path = write(tmp_path, "draft.md", HOSTILE)
    result = run("check", path, *color)
    assert result.exit_code == 1
    assert "[bold]markup[/bold]" in result.stdout, "markup in a document is printed as written"
    assert "\x1b]0;owned" not in result.stdout
    assert "\x1b[31mcloud" not in result.stdout
    assert "\x07" not in result.stdout
    if not color:
        assert "\x1b" not in result.stdout


def test_file_name_with_escapes_is_printed_inert(tmp_path: Path) -> None:
    path = write(tmp_path, "evil\x1b[2J[bold]name[/bold].md", LONG_HORIZON)
    result = run("check", path)
    assert "\x1b" not in result.stdout
    assert "[bold]name[/bold]" in result.stdout
    report = run("check", path, "--format", "json")
    assert "\x1b" not in report.stdout and "\\u001b" not in report.stdout


def test_json_carries_no_escape_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "draft.md", HOSTILE)
    result = run("check", path, "--format", "json")
    assert "\x1b" not in result.stdout and "\\u001b" not in result.stdout
    quotes = [f["quote"] for f in as_json(result)["documents"][0]["findings"] if f["quote"]]
    assert any("[bold]markup[/bold]" in q for q in quotes)


# --- determinism ------------------------------------------------------------------------------------------


def test_two_runs_give_byte_identical_json(tmp_path: Path) -> None:
    write(tmp_path, "docs/a.md", VAGUE_AND_LONG)
    write(tmp_path, "docs/b.md", CLEAN)
    write(tmp_path, "docs/c.md", HOSTILE)
    first = run("check", tmp_path / "docs", "--format", "json", "-j", "1")
    second = run("check", tmp_path / "docs", "--format", "json", "-j", "1")
    assert first.stdout_bytes == second.stdout_bytes
    assert len(as_json(first)["documents"]) == 3


def test_parallel_and_serial_runs_give_identical_json(tmp_path: Path) -> None:
    write(tmp_path, "docs/a.md", VAGUE_AND_LONG)
    write(tmp_path, "docs/b.md", CLEAN)
    serial = run("check", tmp_path / "docs", "--format", "json", "-j", "1")
    parallel = run("check", tmp_path / "docs", "--format", "json", "-j", "2")
    assert serial.stdout_bytes == parallel.stdout_bytes
