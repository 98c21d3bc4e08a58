"""q4-services (SL304): digital services named, with their volumes and performance."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q4-services"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


def test_services_with_figures_are_addressed() -> None:
    result = lint("Our online services handled 1.2 million transactions last year.\n\n"
                  "The booking app has 40,000 users and 92% of them are satisfied.", rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert result.board[RULE].evidence[0]["quote"].startswith("Our online services handled")


def test_services_without_figures_are_partial() -> None:
    result = lint("Residents can pay council tax through the website and report potholes in the app.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "performing" in finding.message and not finding.decisive
    assert finding.message.endswith("Services are named, but no sentence gives their volumes or performance.")


def test_targets_are_plans_not_performance() -> None:
    assert status("We will move 80% of transactions online by 2026. Our target is 1 million app users.") == "partial"
    # a threshold for the work to come is not a service's volume
    assert status("We will redesign all our other online services, prioritising those handling over 100,000 "
                  "transactions per year. We are prioritising those which handle over 100,000 transactions per year, "
                  "and the website will follow.") == "partial"


def test_figures_for_services_elsewhere_are_the_market_s_not_the_organisation_s() -> None:
    market = ("# France's digital strategy\n\nFrance and its regions will work together.\n\n"
              "In France alone, almost 80% of visits to the 25 most popular sites are picked up by the major "
              "American platforms.\n\nIn Germany, 60% of citizens use online services.")
    assert status(market) == "partial"
    own = ("# France's digital strategy\n\nIn France, 12 million people used the tax portal last year.\n\n"
           "The French portal handled 40 million transactions.")
    assert status(own) == "addressed"


def test_one_figure_is_not_enough_by_default() -> None:
    result = lint("The website had 340,000 visits a month.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert "but only 1 sentence gives their volumes or performance." in findings_of(result, RULE)[0].message


def test_no_service_is_missing() -> None:
    result = lint("Digital will transform how we work.", rules=[RULE])
    assert result.board[RULE].status == "missing"
    assert findings_of(result, RULE)[0].decisive


def test_references_do_not_count() -> None:
    text = "# Strategy\n\nDigital will transform how we work.\n\n# References\n\nGOV.UK website, 2019. Online services."
    assert status(text) == "missing"


def test_a_stocktake_section_with_a_count_of_what_runs_is_addressed() -> None:
    text = ("# Current state\n\nOver 1,600 applications run in our data centres, many serving similar purposes.\n\n"
            "Residents use the website to pay council tax.")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    evidence = result.board[RULE].evidence
    # the section is quoted by its first sentence, once, with its heading in the note
    assert evidence[0]["quote"].startswith("Over 1,600 applications")
    assert evidence[0]["note"] == "a section on where the organisation is now: 'Current state'"
    assert [e["quote"] for e in evidence].count(evidence[0]["quote"]) == 1


def test_a_stocktake_section_without_a_figure_is_not_enough() -> None:
    text = "# Where are we now\n\nResidents use the website to pay council tax and book appointments online."
    assert status(text) == "partial"


def test_a_count_without_a_stocktake_section_is_not_enough() -> None:
    text = "# Our services\n\nOver 1,600 applications run in our data centres."
    assert status(text) == "partial"


def test_a_planned_count_is_not_a_count_of_what_runs() -> None:
    text = "# Current state\n\nWe will retire 400 applications by 2025. Residents use the website."
    assert status(text) == "partial"


def test_a_numbered_list_of_names_is_not_a_count() -> None:
    text = ("# Baseline\n\nResidents use the website.\n\n"
            "- 44 Hewlett Packard Systems\n- 45 Hibernia College\n")
    assert status(text) == "partial"


def test_a_count_in_an_appendix_or_a_list_run_together_is_not_a_count_of_what_runs() -> None:
    appendix = ("# Current state\n\nResidents use the website.\n\n# Appendix 3: Submissions\n\n"
                "Over 40 schools and 12 services sent submissions.")
    assert status(appendix) == "partial"
    run_together = ("# Baseline\n\nResidents use the website.\n\n"
                    + " ".join(f"{n} Holy Cross School {n + 1} Highline Technology Systems" for n in range(20)) + ".")
    assert status(run_together) == "partial"


def test_a_table_of_each_service_s_yearly_volume_answers_the_question() -> None:
    table = ("## Justice transactions 2011/12\n\nCategory Transactions per year\n\n"
             "Prisoner visits bookings 4,600,000 NOMS Court fine payments 1,882,828 HMCTS "
             "Money claims 1,174,000 HMCTS\n")
    result = lint("We will redesign our services.\n\n" + table, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    (table_evidence,) = [e for e in result.board[RULE].evidence if e["note"] == "a table of services' volumes"]
    assert table_evidence["quote"].startswith("Justice transactions 2011/12 | Prisoner visits bookings 4,600,000")
    # the same header over a table of two figures is not enough to know what the services handle
    few = table.replace("Money claims 1,174,000 HMCTS", "")
    assert lint("We will redesign our services.\n\n" + few, rules=[RULE]).board[RULE].status != "addressed"


def test_a_year_is_not_a_services_figure() -> None:
    text = ("Developed in London and launched in 2012, the app uses transport data released by the government.\n\n"
            "In 2019 the website had 2,400 users a day.\n")
    result = lint(text, rules=[RULE])
    # one figure, the website's users: the app's launch year is none
    assert result.board[RULE].status == "partial"
    assert "only 1 sentence gives their volumes or performance" in findings_of(result, RULE)[0].message
