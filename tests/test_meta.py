"""The rule pack keeps its own conventions: registration, metadata, documentation, examples, word lists."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from strategylint.engine import DocumentResult
from strategylint.facts.technology import BASICS
from strategylint.findings import BOARD_QUESTIONS, SIGNS
from strategylint.lexicons import builtin_lexicon, builtin_names
from strategylint.registry import CODE_PATTERN, ENTRY_POINT_GROUP, NAME_PATTERN, Rule, load_rules
from tests.helpers import findings_of, lint

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "rules"
LEXICON_DIR = RULES_DIR / "lexicons"
SEED = ROOT.parent / "shared" / "seed" / "what-makes-a-successful-digital-strategy.txt"

RULE_MODULES = sorted(p.stem for p in RULES_DIR.glob("*.py") if p.stem != "__init__")
RULES = load_rules()
RULES_BY_NAME = {r.name: r for r in RULES}


def _rule_id(rule: Rule) -> str:
    return rule.name


# --- registration -----------------------------------------------------------------------------------------


def test_there_are_rules_on_disk() -> None:
    assert len(RULE_MODULES) >= 5


def test_every_module_on_disk_is_a_registered_rule_and_vice_versa() -> None:
    registered = sorted(r.module.rsplit(".", 1)[-1] for r in RULES)
    assert registered == RULE_MODULES
    assert all(r.module == f"strategylint.rules.{r.module.rsplit('.', 1)[-1]}" for r in RULES)


def test_entry_points_name_each_rule_module_once() -> None:
    eps = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    assert sorted(e.value for e in eps) == sorted(f"strategylint.rules.{m}" for m in RULE_MODULES)
    assert len({e.name for e in eps}) == len(eps)


def test_entry_point_name_module_name_and_rule_name_agree() -> None:
    eps = {e.value.rsplit(".", 1)[-1]: e.name for e in entry_points(group=ENTRY_POINT_GROUP)}
    for rule in RULES:
        stem = rule.module.rsplit(".", 1)[-1]
        assert rule.name == stem.replace("_", "-"), f"{stem}.py declares NAME {rule.name!r}"
        assert eps[stem] == rule.name


@pytest.mark.parametrize("module", RULE_MODULES)
def test_every_rule_has_a_mirroring_test_file(module: str) -> None:
    assert (ROOT / "tests" / "rules" / f"test_{module}.py").is_file()


# --- metadata ---------------------------------------------------------------------------------------------


def test_codes_and_names_are_unique() -> None:
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert not set(codes) & set(names)


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_code_name_sign_and_question_are_well_formed(rule: Rule) -> None:
    assert CODE_PATTERN.match(rule.code), rule.code
    assert rule.code.startswith("SL"), "built-in rules use the SL prefix"
    assert NAME_PATTERN.match(rule.name), rule.name
    assert rule.sign is None or rule.sign in SIGNS
    assert rule.question is None or rule.question in BOARD_QUESTIONS
    assert rule.severity in ("error", "warning", "info")


# --- documentation ----------------------------------------------------------------------------------------


def _doc(rule: Rule) -> str:
    return inspect.cleandoc(rule.doc)


def _flat(text: str) -> str:
    """Whitespace collapsed, typographic quotes and apostrophes made plain, emphasis stars dropped."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("*", "")
    return " ".join(text.split())


def _example(rule: Rule, label: str) -> str:
    match = re.search(rf"^{label}:\s*(.+?)(?:\n\s*\n|\Z)", _doc(rule), re.MULTILINE | re.DOTALL)
    assert match, f"{rule.name}: no '{label}:' example in the docstring"
    return " ".join(match.group(1).split())


def _quoted(example: str) -> str | None:
    match = re.fullmatch(r'"(.+)"\.?', example)
    return match.group(1) if match else None


def _seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"needs the seed guidance at {SEED} (not present here)")
    return _flat(SEED.read_text(encoding="utf-8"))


def _seed_names() -> list[str]:
    """The names of the signs (bold in the seed) and the board questions."""
    raw = SEED.read_text(encoding="utf-8") if SEED.is_file() else ""
    signs = re.findall(r"\*\*([^*]+?)\.\*\*", raw)
    questions = re.findall(r"^- \d+ (.+?\?)\*\*", raw, re.MULTILINE)
    return [_flat(s) for s in [*signs, *questions]]


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_docstring_has_a_summary_line(rule: Rule) -> None:
    doc = _doc(rule)
    first, _, rest = doc.partition("\n")
    assert first == rule.summary
    assert 10 <= len(first) <= 100, first
    assert first.endswith("."), "the summary is a sentence"
    assert rest.startswith("\n"), "a blank line follows the summary"


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_docstring_has_bad_and_good_examples(rule: Rule) -> None:
    bad, good = _example(rule, "Bad"), _example(rule, "Good")
    assert bad and good and bad != good


def _cites_seed(rule: Rule, seed: str, names: list[str]) -> bool:
    doc = _flat(_doc(rule))
    quotes = [q for q in re.findall(r'"([^"]+)"', doc) if len(q.split()) >= 6]
    return (
        "guidance" in doc.lower()
        or any(n.lower() in doc.lower() for n in names)
        or any(part.strip() in seed for q in quotes for part in q.split("..."))
    )


@pytest.mark.parametrize(
    "rule",
    RULES,
    ids=_rule_id,
)
def test_docstring_cites_the_seed_guidance(rule: Rule) -> None:
    assert _cites_seed(rule, _seed_text(), _seed_names())


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_quotations_from_the_guidance_are_verbatim(rule: Rule) -> None:
    """Every quotation in a paragraph that cites the guidance or a board question is in the seed."""
    seed = _seed_text()
    for paragraph in re.split(r"\n\s*\n", _doc(rule)):
        flat = _flat(paragraph)
        if not re.search(r"guidance|board question", flat, re.IGNORECASE):
            continue
        for quote in re.findall(r'"([^"]+)"', flat):
            for part in quote.split("..."):
                part = part.strip(" .")
                if len(part.split()) >= 3:
                    assert part in seed, f"{rule.name}: {part!r} is not in the seed guidance"


def test_the_seed_names_are_found() -> None:
    names = _seed_names()
    if not names:
        pytest.skip(f"needs the seed guidance at {SEED}")
    assert "Too long-term" in names and "Vague" in names
    assert len([n for n in names if n.endswith("?")]) == 10


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_every_option_default_is_documented(rule: Rule) -> None:
    doc = _flat(_doc(rule))
    for key, default in rule.options.items():
        assert f"``{key}``" in doc, f"{rule.name}: option {key} is not documented"
        pattern = rf"``{re.escape(key)}``[^()`]{{0,40}}\(default {re.escape(str(default))}\)"
        assert re.search(pattern, doc), (
            f"{rule.name}: the default of {key} ({default!r}) is not given beside it"
        )


# --- the examples do what they say ------------------------------------------------------------------------

# How each rule's examples are linted. A quoted example is linted as a one-paragraph document. Rules that
# judge a whole document get the smallest context that lets one paragraph stand for it:
# * unproven-tech needs at least `min-hype-mentions` (5) mentions of hype in the document; a one-sentence
#   example has one or two, so the threshold is scaled down to 1 for both examples alike.
# * no-text-layer's examples describe documents ("a strategy scanned from paper"), so those documents are
#   built, with their page metadata, by DESCRIBED below.
# * it-driven weighs a whole document's vocabulary and needs `min-tech-mentions` (30) technology terms; its
#   one-sentence examples have a handful, so that threshold too is scaled down to 1 for both examples.
EXAMPLE_OPTIONS: dict[str, dict[str, Any]] = {"unproven-tech": {"min-hype-mentions": 1},
                                              "it-driven": {"min-tech-mentions": 1}}


def _scanned(rule: str) -> DocumentResult:
    return lint([], rules=[rule], pages=8, pages_without_text=list(range(1, 9)))


def _exported(rule: str) -> DocumentResult:
    text = "# Digital Strategy 2024-2027\n\nWe will move 80% of transactions online by March 2026.\n"
    return lint(text, rules=[rule], pages=8, pages_without_text=[])


def _annex(rule: str) -> DocumentResult:
    text = ("MINISTRY OF JUSTICE DIGITAL STRATEGY\n\n## ANNEX 1\n\n## MoJ Digital Roadmap\n\n"
            "The Roadmap provides an overview of all our current projects.\n")
    return lint(text, rules=[rule])


def _whole_strategy(rule: str) -> DocumentResult:
    return lint("# Digital Strategy 2024-2027\n\nOur mission is to make every council service easy to use online.\n",
                rules=[rule])


DESCRIBED: dict[tuple[str, str], tuple[str, Callable[[str], DocumentResult]]] = {
    ("partial-document", "Bad"): ("ANNEX 1 / MoJ Digital Roadmap", _annex),
    ("partial-document", "Good"): ("a whole strategy", _whole_strategy),
    ("no-text-layer", "Bad"): ("every page an image", _scanned),
    ("no-text-layer", "Good"): ("every page carries its text", _exported),
}


def _lint_example(rule: Rule, label: str) -> DocumentResult:
    example = _example(rule, label)
    sentence = _quoted(example)
    if sentence is not None:
        return lint(sentence, rules=[rule.name], options={rule.name: EXAMPLE_OPTIONS.get(rule.name, {})})
    described = DESCRIBED.get((rule.name, label))
    assert described is not None, (
        f"{rule.name}'s {label} example is not a quoted sentence ({example!r}); add a builder for the "
        "document it describes to DESCRIBED in tests/test_meta.py"
    )
    phrase, build = described
    assert phrase in example, f"{rule.name}'s {label} example changed ({example!r}); update DESCRIBED"
    return build(rule.name)


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_bad_example_fires(rule: Rule) -> None:
    result = _lint_example(rule, "Bad")
    assert findings_of(result, rule.name), f"{rule.name}'s Bad example does not fire: {_example(rule, 'Bad')}"


@pytest.mark.parametrize("rule", RULES, ids=_rule_id)
def test_good_example_does_not_fire(rule: Rule) -> None:
    result = _lint_example(rule, "Good")
    assert findings_of(result, rule.name) == [], f"{rule.name}'s Good example fires: {_example(rule, 'Good')}"


def test_unproven_tech_examples_need_the_scaled_threshold_only() -> None:
    """The scaled-down threshold is the only help the unproven-tech examples get: at the default, neither
    one-sentence example has enough hype to be judged (the rule file tests whole documents)."""
    rule = RULES_BY_NAME["unproven-tech"]
    for label in ("Bad", "Good"):
        sentence = _quoted(_example(rule, label))
        assert sentence is not None
        assert findings_of(lint(sentence, rules=[rule.name]), rule.name) == []


# --- word lists -------------------------------------------------------------------------------------------


def _lexicons_referenced_by_code() -> set[str]:
    names: set[str] = set()
    sources = [*RULES_DIR.glob("*.py"), *(ROOT / "strategylint").rglob("*.py")]
    for path in sources:
        code = path.read_text(encoding="utf-8")
        names.update(re.findall(r"""\.mentions\(\s*["']([a-z][a-z0-9-]*)["']\s*\)""", code))
        names.update(re.findall(r"""\.lexicon\s*==\s*["']([a-z][a-z0-9-]*)["']""", code))
        if 'f"basics-{name}"' in code:
            names.update(f"basics-{name}" for name in BASICS)
    return names


def test_code_references_the_word_lists_it_needs() -> None:
    names = _lexicons_referenced_by_code()
    # the extraction itself must work, or the next test would pass on nothing
    assert {
        "hype-tech",
        "buzzwords",
        "vague-verbs",
        "deprioritisation",
        "deprioritisation-platitudes",
        "review-cycle",
        "review-verbs",
        "basics-skills",
    } <= names


@pytest.mark.parametrize("name", sorted(_lexicons_referenced_by_code()))
def test_every_referenced_word_list_exists_and_is_not_empty(name: str) -> None:
    path = LEXICON_DIR / f"{name}.txt"
    assert path.is_file(), f"code uses word list {name!r} but {path} does not exist"
    assert name in builtin_names()
    assert len(builtin_lexicon(name)) >= 3


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_word_list_files_are_well_formed(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("#"), "each list opens with a header comment"
    terms = builtin_lexicon(path.stem)
    assert terms, f"{path.name} has no terms"
    assert len(set(terms)) == len(terms), f"{path.name} repeats a term"
    assert all(t == t.strip() and "  " not in t for t in terms)
