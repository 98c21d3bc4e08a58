"""q6-actions-ownership (SL306): tangible actions with dates and named owners."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q6-actions-ownership"
OWNED = ("The Chief Digital Officer will launch the patient portal by March 2025.\n\n"
         "The Head of IT will replace all laptops by June 2025.\n\n"
         "The Data Team will publish the dashboard by April 2025.\n")


def status(text: str) -> str:
    return lint(text, rules=[RULE], as_of=2024).board[RULE].status


def test_owned_and_dated_actions_are_addressed() -> None:
    assert status(OWNED) == "addressed"


def test_the_evidence_says_what_makes_each_action_tangible() -> None:
    evidence = lint(OWNED, rules=[RULE], as_of=2024).board[RULE].evidence
    assert evidence[0]["quote"] == "The Chief Digital Officer will launch the patient portal by March 2025."
    assert evidence[0]["note"] == "an action with a date or figure and a named owner"


def test_dated_actions_without_owners_are_partial() -> None:
    text = ("We will launch the patient portal by March 2025.\n\nWe will replace all laptops by June 2025.\n\n"
            "We will publish the dashboard by April 2025.\n")
    result = lint(text, rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "Who owns each action?" in finding.message
    assert finding.data["owned_and_dated"] == 0 and finding.data["measurable"] == 3


def test_vague_promises_are_partial_and_the_gap_is_said() -> None:
    # a list of actions with no date or owner is a start, not nothing: the board asks for the rest
    text = ("We will embrace digital.\n\nWe will explore new ways to improve services.\n\n"
            "We will foster innovation across the council.\n")
    result = lint(text, rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "Of 3 commitments" in finding.message
    assert "none carry a date or figure, none a named owner" in finding.message


def test_too_few_commitments_are_missing() -> None:
    assert status("The Chief Digital Officer will launch the portal by March 2025.") == "missing"


def test_min_owned_option() -> None:
    result = lint(OWNED, rules=[RULE], as_of=2024, options={RULE: {"min-owned": 4}})
    assert result.board[RULE].status == "partial"


def test_a_named_body_that_will_act_owns_the_action() -> None:
    text = ("GDS will publish the service standard by April 2025.\n\nThe Cabinet Office will fund ten exemplars by "
            "June 2025.\n\nHMRC will move self assessment online by March 2026.\n")
    assert status(text) == "addressed"


def test_a_few_owned_actions_among_hundreds_of_promises_are_partial() -> None:
    promises = "\n\n".join(f"We will improve service number {n} for residents." for n in range(120))
    result = lint(OWNED + "\n\n" + promises, rules=[RULE], as_of=2024)
    assert result.board[RULE].status == "partial"


ACTION_TABLE = [("h", "Actions", 1)] + [
    spec
    for n in range(12)
    for spec in (("td", f"Deliver teacher training module {n} to every primary school"), ("td", f"Q{n % 4 + 1} 2015"),
                 ("td", "PDST-TiE, NCCA"))
]


def test_an_action_table_with_lead_bodies_and_timelines_is_addressed() -> None:
    result = lint(ACTION_TABLE, rules=[RULE], as_of=2014)
    assert result.board[RULE].status == "addressed"
    # each action cell is a commitment of its own, dated and owned by the cells of its row
    assert result.board[RULE].evidence[0]["quote"].startswith("Deliver teacher training module")


def test_sentences_with_an_acronym_are_not_owner_cells() -> None:
    table = [(kind, text.replace("PDST-TiE, NCCA", "The NCCA will advise schools on this")) for kind, text, *_ in
             ACTION_TABLE]
    result = lint(table, rules=[RULE], as_of=2014)
    assert result.board[RULE].status != "addressed" or not any(
        e["quote"] == "PDST-TiE, NCCA" for e in result.board[RULE].evidence)


def test_too_few_commitments_say_so_without_judging_them() -> None:
    result = lint("Grant Transparency will leverage data to inform decisions.", rules=[RULE], as_of=2024)
    (finding,) = findings_of(result, RULE)
    assert "Only 1 commitment is stated: too few" in finding.message
    assert "with a date, figure or named owner" not in finding.message
    (nothing,) = findings_of(lint("The data centre is old.", rules=[RULE], as_of=2024), RULE)
    assert "No commitment is stated" in nothing.message
    (two,) = findings_of(lint("Grant Transparency will leverage data to inform decisions. We will open our data.",
                              rules=[RULE], as_of=2024), RULE)
    assert "Only 2 commitments are stated" in two.message
