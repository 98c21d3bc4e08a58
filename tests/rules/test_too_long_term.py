"""too-long-term (SL105): a horizon beyond five years, counted from the publication year."""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.engine import DocumentResult
from strategylint.findings import Reported
from strategylint.model import BlockKind
from tests.helpers import blocks_from_text, findings_of, lint

RULE = "too-long-term"
AS_OF = 2024


def horizon_findings(
    source: str, as_of: int | None = AS_OF, **kwargs: Any
) -> tuple[DocumentResult, list[Reported]]:
    result = lint(source, rules=[RULE], as_of=as_of, **kwargs)
    return result, findings_of(result, RULE)


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Our ten-year vision, 2024-2034, is for every resident to reach us online by 2034.", 2034),
        ("By 2035 we will have replaced every paper form with an online service.", 2035),
        ("Over the next ten years we will move every service to the cloud.", 2034),
        ("Our 2040 vision is a council where every service is digital.", 2040),
        ("This ten-year strategy sets out how we will modernise our services.", 2034),
        ("Our 15-year roadmap sets out the journey from paper to digital.", 2039),
        ("We aim to be a carbon-neutral, fully digital council by 2040.", 2040),
    ],
)
def test_fires_on_a_long_horizon(sentence: str, end: int) -> None:
    result, findings = horizon_findings(sentence)
    assert len(findings) == 1, findings
    assert result.horizon is not None
    assert (result.horizon["start"], result.horizon["end"]) == (AS_OF, end)
    assert findings[0].data["horizon"]["end"] == end
    assert findings[0].quote == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "This strategy covers 2024-2027. The board reviews it every April and refreshes the action plan.",
        "By 2027 we will close our last data centre and move to the cloud.",
        "We will deliver this plan over the next three years.",
        "This strategy runs from 2024 to 2029, five years in all.",  # five years passes
    ],
)
def test_quiet_on_a_horizon_of_five_years_or_less(sentence: str) -> None:
    result, findings = horizon_findings(sentence)
    assert findings == []
    assert result.horizon is not None, "a short horizon is still found and reported"
    assert result.horizon["years"] <= 5


@pytest.mark.parametrize(
    "sentence",
    [
        "The market could reach $1tn by 2030.",
        "Analysts estimate the global AI market will reach $1tn by 2035.",
        "The population is projected to grow by 12% by 2040.",
        "According to the ONS, one in four residents will be over 65 by 2040.",
        "In 2010 the council launched its first website, and by 2012 it had moved 20 services online.",
    ],
)
def test_forecasts_and_history_do_not_set_a_horizon(sentence: str) -> None:
    result, findings = horizon_findings(sentence)
    assert findings == []
    assert result.horizon is None


def test_forecast_beside_a_short_plan_keeps_the_plan_horizon() -> None:
    text = (
        "# Digital Strategy 2024-2027\n\n"
        "The market could reach $1tn by 2030.\n\n"
        "We will move 80% of transactions online by 2026."
    )
    result, findings = horizon_findings(text)
    assert findings == []
    assert result.horizon is not None
    assert result.horizon["end"] == 2027


def test_title_period_in_a_heading_with_an_en_dash() -> None:
    result, findings = horizon_findings(
        "# Digital Strategy 2024–2034\n\nWe will put residents first.", as_of=None
    )
    assert len(findings) == 1
    assert result.published == 2024
    assert result.horizon is not None
    assert (result.horizon["start"], result.horizon["end"], result.horizon["years"]) == (2024, 2034, 10)
    assert result.horizon["basis"] == "the title period"


def test_title_period_from_the_metadata_title_sets_start_and_publication() -> None:
    result, findings = horizon_findings(
        "We will build the platform together with residents.", as_of=None, title="Smart City Plan 2020-2030"
    )
    assert result.published == 2020
    assert result.horizon is not None
    assert (result.horizon["start"], result.horizon["end"], result.horizon["years"]) == (2020, 2030, 10)
    assert len(findings) == 1


def test_years_in_references_and_tables_do_not_count() -> None:
    text = (
        "# Digital plan\n\nThis strategy covers 2024-2027.\n\n"
        "| Programme | Contract ends |\n| --- | --- |\n| Hosting | until 2036 |\n\n"
        "## References\n\n"
        "- Department for Transport (2023). Future of mobility: Vision 2040.\n"
        "- By 2045 all cars will be electric, says the national plan.\n"
    )
    result, findings = horizon_findings(text)
    assert any(b.kind is BlockKind.TABLE_CELL for b in blocks_from_text(text)), (
        "the helper must build a table cell"
    )
    assert findings == []
    assert result.horizon is not None and result.horizon["end"] == 2027


# --- options --------------------------------------------------------------------------------------------


def test_max_years_12_silences_a_ten_year_horizon() -> None:
    sentence = "Over the next ten years we will move every service to the cloud."
    _, default = horizon_findings(sentence)
    _, relaxed = horizon_findings(sentence, options={RULE: {"max-years": 12}})
    assert len(default) == 1
    assert relaxed == []


def test_max_years_4_makes_a_five_year_horizon_fire() -> None:
    sentence = "This strategy runs from 2024 to 2029, five years in all."
    _, default = horizon_findings(sentence)
    _, strict = horizon_findings(sentence, options={RULE: {"max-years": 4}})
    assert default == []
    assert len(strict) == 1
    assert strict[0].data["horizon"]["years"] == 5


def test_options_by_code_are_honoured_too() -> None:
    sentence = "Over the next ten years we will move every service to the cloud."
    _, relaxed = horizon_findings(sentence, options={"SL105": {"max-years": 10}})
    assert relaxed == []


# --- publication year and --as-of -------------------------------------------------------------------------

TITLE_PAGE_DATED = (
    "# Digital Strategy\n\nPublished March 2022\n\n"
    "By 2030 we will have replaced every paper form with an online service."
)


def test_horizon_is_counted_from_the_title_page_date() -> None:
    result, findings = horizon_findings(TITLE_PAGE_DATED, as_of=None)
    assert result.published == 2022
    assert result.horizon is not None
    assert (result.horizon["start"], result.horizon["end"], result.horizon["years"]) == (2022, 2030, 8)
    assert len(findings) == 1
    assert "counted from published 2022 (title page date)" in findings[0].message


def test_as_of_overrides_the_title_page_date() -> None:
    later, later_findings = horizon_findings(TITLE_PAGE_DATED, as_of=2026)
    assert later.published == 2026
    assert later.horizon is not None and later.horizon["years"] == 4
    assert later_findings == []
    earlier, earlier_findings = horizon_findings(TITLE_PAGE_DATED, as_of=2020)
    assert earlier.horizon is not None and earlier.horizon["years"] == 10
    assert len(earlier_findings) == 1
    assert "(--as-of)" in earlier_findings[0].message
    assert earlier.facts["published"]["basis"] == "--as-of"


# --- the finding itself ---------------------------------------------------------------------------------


def test_finding_carries_quote_location_suggestion_and_horizon_data() -> None:
    text = (
        "# Our plan\n\nWe care about residents.\n\n"
        "Our ten-year vision, 2024-2034, is for every resident to reach us online by 2034.\n"
    )
    result, findings = horizon_findings(text)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "SL105"
    assert finding.rule == RULE
    assert finding.severity == "warning"
    assert finding.sign == "too-long-term"
    assert (
        finding.quote == "Our ten-year vision, 2024-2034, is for every resident to reach us online by 2034."
    )
    assert finding.location.line == 5
    assert finding.location.section == "Our plan"
    assert finding.suggestion and "3-5 year" in finding.suggestion
    assert "10 years" in finding.message and "2034" in finding.message
    assert {k: finding.data["horizon"][k] for k in ("start", "end", "years")} == {
        "start": 2024,
        "end": 2034,
        "years": 10,
    }
    assert result.horizon is not None
    assert {k: result.horizon[k] for k in ("start", "end", "years")} == {
        "start": 2024,
        "end": 2034,
        "years": 10,
    }
    as_json = finding.as_dict()
    assert as_json["data"]["horizon"]["years"] == 10
    assert as_json["location"]["line"] == 5
    assert result.signs["too-long-term"].present is True


def test_quiet_document_leaves_the_sign_absent() -> None:
    result, findings = horizon_findings(
        "This strategy covers 2024-2027 and the board reviews it every April."
    )
    assert findings == []
    assert result.signs["too-long-term"].present is False


def test_message_says_when_no_review_cycle_goes_with_the_horizon() -> None:
    _, findings = horizon_findings("Over the next ten years we will move every service to the cloud.")
    assert "Nothing says when the strategy is reviewed" in findings[0].message
    assert "say when the board reviews" in findings[0].suggestion


@pytest.mark.parametrize(
    "review",
    [
        "This strategy will be reviewed annually by the board.",
        "It is a living document, with an annual action plan.",
    ],
)
def test_a_review_cycle_does_not_excuse_a_long_horizon(review: str) -> None:
    # the guidance asks for a 1-5 year horizon and a review cycle: a review alone still fires, and the
    # message says so plainly rather than conceding the point
    text = f"Over the next ten years we will move every service to the cloud.\n\n{review}"
    result, findings = horizon_findings(text)
    assert len(findings) == 1
    message = findings[0].message
    assert "Nothing says when the strategy is reviewed" not in message
    assert "It does say how it is reviewed ('" in message and "does not shorten the plan" in message
    assert f"('{review}', l.3)" in message  # the review sentence is quoted, with its place
    assert "which helps" not in message
    assert "Shorten the planned horizon" in findings[0].suggestion
    assert result.facts["states_review_cycle"]["value"] is True
    assert result.signs["too-long-term"].present is True


def test_finding_says_whose_target_set_the_horizon() -> None:
    sentence = "By 2035 we will have replaced every paper form with an online service."
    result, findings = horizon_findings(sentence)
    assert len(findings) == 1
    assert findings[0].quote == sentence
    assert "set by a target year that is the document's own ('we will')" in findings[0].message
    assert findings[0].data["horizon"]["owner"] == "the document's own ('we will')"
    assert result.horizon is not None and result.horizon["owner"] == "the document's own ('we will')"


def test_a_short_horizon_is_evidence_naming_its_owner() -> None:
    result = lint("This strategy covers the years 2024-2027 and the services we will change.",
                  rules=[RULE], as_of=AS_OF)
    assert findings_of(result, RULE) == []
    notes = [e.get("note", "") for e in result.signs["too-long-term"].evidence
             if str(e.get("note", "")).startswith("horizon")]
    assert notes == ["horizon 2024-2027: 3 years, set by the plan's own period that is the document's own "
                     "('we will')"]


# --- the document's own targets, and everyone else's ------------------------------------------------------

HOME = "Finland has strong universities. Finnish firms use data widely. Finland invests in skills.\n\n"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a target stated without a subject: "X should have Y by YEAR"
        ("This means that 90 per cent of homes should have access to gigabit broadband by 2033.",
         "a target it sets ('should')"),
        # the document's own ambition counts even when it is an outcome for the economy
        ("Our ambition is for the sector to keep growing so that by 2032 its contribution rises to £200 billion.",
         "('Our ambition')"),
        ("# Our vision\n\nIn ten years time, every resident will be able to book any service online.",
         "in its section 'Our vision'"),
        ("The goal of broadband policy is for every home to have gigabit broadband by 2032.", "a goal it states"),
    ],
)
def test_fires_on_the_documents_own_long_targets(text: str, owner: str) -> None:
    result, findings = horizon_findings(text)
    assert len(findings) == 1, text
    assert owner in findings[0].message
    assert result.horizon is not None and result.horizon["years"] > 5


@pytest.mark.parametrize(
    "text",
    [
        HOME + "By 2030 China will be the world's leading AI innovation hub.",
        HOME + "The objective of this plan is to propel China to world leadership in AI by 2030.",
        "The AI products that will be most popular in the next 20 years, those that we will all use, have not yet "
        "been invented.",
        "Furthermore, by 2040 the energy required for computation will have exceeded world energy production.",
        "The National Strategy for Higher Education to 2030 sets out key priorities for universities.",
        "The Government proposes £120 million for broadband over the period 2025–2032.",
    ],
)
def test_quiet_on_other_countries_plans_forecasts_and_funding(text: str) -> None:
    result, findings = horizon_findings(text)
    assert findings == []
    assert result.horizon is None


def test_quoted_long_targets_do_not_stretch_the_plans_own_period() -> None:
    text = (
        "# Digital Strategy 2024-2027\n\n"
        "The National Strategy for Higher Education to 2035 sets the context.\n\n"
        "The Government's goal is for every home to have full fibre by 2033.\n\n"
        "We will move 80% of transactions online by 2026."
    )
    result, findings = horizon_findings(text)
    assert findings == []
    assert result.horizon is not None and result.horizon["end"] == 2027


def test_a_funding_programme_banner_on_the_cover_is_not_the_plans_period() -> None:
    text = ("# Operational Programme Governance 2014-2024\n\nPublished March 2018\n\n"
            "This white paper discusses how public services may use artificial intelligence.")
    result, findings = horizon_findings(text, as_of=None)
    assert result.published == 2018
    assert findings == []
    assert result.horizon is None


# --- a long-range plan that never says how long ------------------------------------------------------------


def test_fires_on_a_long_range_plan_without_a_horizon_or_review() -> None:
    sentence = "This long-term strategy sets the direction for our digital services."
    result, findings = horizon_findings(sentence)
    assert result.horizon is None
    assert len(findings) == 1
    assert findings[0].quote == sentence
    assert "static long-range plan" in findings[0].message
    assert findings[0].data["framing"] == "This long-term strategy"


@pytest.mark.parametrize(
    "extra",
    [
        "The board reviews this strategy every April.",  # reviewed: not static
        "This strategy covers 2024-2027 and the services we will change.",  # the horizon is stated, and short
    ],
)
def test_quiet_on_a_long_range_plan_with_review_or_a_short_horizon(extra: str) -> None:
    _, findings = horizon_findings(f"This long-term strategy sets the direction for our digital services.\n\n{extra}")
    assert findings == []


# --- earlier misses --------------------------------------------------------------------------------------


def test_someone_elses_vision_year_is_not_our_horizon() -> None:
    _, findings = horizon_findings(
        "The national Vision 2040 sets the context; our own plan runs from 2024 to 2027."
    )
    assert findings == []


def test_a_contract_end_date_is_not_a_horizon() -> None:
    _, findings = horizon_findings("The contract with our main supplier runs until 2032.")
    assert findings == []


def test_a_past_clause_does_not_hide_a_future_target() -> None:
    _, findings = horizon_findings(
        "Since 2015 the trust has grown quickly, and by 2035 we will serve a million patients online."
    )
    assert len(findings) == 1


def test_vision_for_a_year_sets_the_horizon() -> None:
    _, findings = horizon_findings("Our vision for 2035 is a council where every service is digital.")
    assert len(findings) == 1


def test_title_period_finding_keeps_the_heading_location() -> None:
    _, findings = horizon_findings(
        "# Digital Strategy 2024-2034\n\nWe will put residents first.",
        as_of=None,
        title="Digital Strategy 2024-2034",
    )
    assert len(findings) == 1
    assert findings[0].location.line == 1


# --- horizons a careful reader finds outside a single committing sentence ---------------------------------

INTRO = ("The council serves a growing city, and residents expect to reach its services online at any time, on any "
         "device, without having to call or visit an office.\n\n")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # "it" is the strategy named as the subject of the sentence before
        ("This strategy is intended to give clear direction on the future of IT. It focuses on hosting, and "
         "thereby sets the foundations for modern service delivery for the next 10 years and beyond.", 2034),
        # the strategy's funding period, in the sentence after the strategy is named
        ("The strategy contains 24 initiatives. The government has earmarked DKK 60 million for 2024-2032.", 2032),
        # the last column of the implementation plan's timeline
        (INTRO + "## Implementation plan\n\n| Activity | FY 26/27 | FY 27/28 | FY 28/29 | FY 29/30 | Lead |\n"
         "| --- | --- | --- | --- | --- | --- |\n| Skills audit | x | | | | DEL |", 2030),
        # the plan's vision year in a heading
        (INTRO + "## Long Term Vision - 2031\n\nEvery service is online.", 2031),
    ],
)
def test_fires_on_a_long_horizon_the_document_lays_out(text: str, end: int) -> None:
    result, findings = horizon_findings(text)
    assert len(findings) == 1, text
    assert result.horizon is not None and result.horizon["end"] == end
    assert findings[0].data["horizon"]["end"] == end


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Goal: Increase online bookings by 30% within six months.", 0),
        ("# ICT Action Plan\n\n" + INTRO + "## Actions\n\n| Action | Lead | Deadline |\n| --- | --- | --- |\n"
         "| Publish the skills survey | DEL | by Q4 2025 |\n| Launch the campaign | Board | Dec 2026 |", 2),
    ],
)
def test_reports_a_short_horizon_the_document_lays_out(text: str, years: int) -> None:
    result, findings = horizon_findings(text)
    assert findings == []
    assert result.horizon is not None and result.horizon["years"] == years


def test_says_when_most_dated_targets_fall_sooner_than_the_horizon() -> None:
    targets = " ".join(f"We will open {n} new online services by 2020." for n in range(2, 7))
    text = f"# Digital strategy 2017\n\nOur ambition is for the sector to grow to £200 billion by 2025.\n\n{targets}"
    _, findings = horizon_findings(text, as_of=2017)
    (finding,) = findings
    assert "Most of its dated targets fall sooner (5 within 5 years, 5 of them by 2020)" in finding.message
    assert finding.suggestion.startswith("If the work runs to 2020, state that as the strategy's period")
    assert finding.data["sooner_targets"] == {"within_max_years": 5, "most_common_year": 2020, "uses": 5}
    # with a review cycle built in, the plan those targets make is within the guidance, and the vision year no longer
    # makes it too long-term
    reviewed = text + "\n\nWe will update the strategy annually alongside our business plan."
    result, findings = horizon_findings(reviewed, as_of=2017)
    assert findings == [] and not result.signs["too-long-term"].present


def test_no_sooner_note_when_the_dated_targets_run_as_long() -> None:
    text = ("# Digital strategy 2017\n\nOur ambition is for the sector to grow to £200 billion by 2025.\n\n"
            "We will open two services by 2020. We will open three more by 2024. We will close the old site by 2025. "
            "All forms move online by 2025. Paper ends by 2026.")
    _, findings = horizon_findings(text, as_of=2017)
    (finding,) = findings
    assert "fall sooner" not in finding.message and "sooner_targets" not in finding.data


def test_targets_in_the_publication_year_count_as_sooner() -> None:
    targets = " ".join(f"Agencies will publish {n} data inventories before the end of 2021."
                       for n in range(2, 6))
    text = f"# Data plan\n\nOur ten-year vision, 2021-2031, is for every agency to share its data.\n\n{targets}"
    _, findings = horizon_findings(text, as_of=2021)
    (finding,) = findings
    assert "Most of its dated targets fall sooner (4 within 5 years, 4 of them by 2021)" in finding.message


def test_quotes_a_shorter_period_the_document_gives_its_own_work() -> None:
    text = ("# Hosting strategy 2020\n\nThis strategy sets the foundations for modern services for the next 10 years "
            "and beyond.\n\nThis work will occur over the next three years, to 2024, to align with the end of the "
            "current hosting contracts.\n")
    _, findings = horizon_findings(text, as_of=2020)
    (finding,) = findings
    assert ("; but it gives its own work 3 years: 'This work will occur over the next three years, to 2024"
            in finding.message)
    assert "Which is the strategy's period is not clear." in finding.message
    assert finding.suggestion.startswith("If the plan is the 3 years it states, give that as the strategy's period")
    assert finding.data["stated_shorter_period"]["years"] == 3
    # a forecast over the next three years is not the plan's period
    forecast = text.replace("This work will occur over the next three years, to 2024, to align with the end of the "
                            "current hosting contracts.", "Jobs in the sector could double over the next three years.")
    (other,) = horizon_findings(forecast, as_of=2020)[1]
    assert "shorter period" not in other.message and "stated_shorter_period" not in other.data


def test_a_forecast_year_is_not_a_sooner_target() -> None:
    forecasts = " ".join(f"By 2020, analysts predict {n}0% of data centres will close." for n in range(2, 7))
    text = f"# Digital strategy 2017\n\nOur ambition is for the sector to grow to £200 billion by 2025.\n\n{forecasts}"
    (finding,) = horizon_findings(text, as_of=2017)[1]
    assert "fall sooner" not in finding.message and "sooner_targets" not in finding.data


def test_says_when_its_own_timeline_starts_after_publication_and_fits_the_guidance() -> None:
    text = (INTRO + "## Implementation plan\n\n| Activity | FY 23/24 | FY 24/25 | FY 25/26 | FY 26/27 | FY 27/28 |"
            "\n| --- | --- | --- | --- | --- | --- |\n| Skills audit | x | | | | |")
    _, findings = horizon_findings(text, as_of=2022)
    (finding,) = findings
    assert finding.message.startswith("The horizon runs 6 years, to 2028, counted from")
    assert "; but the timeline itself starts in 2023 and spans 5 years, within the guidance if the plan starts then." \
        in finding.message
    assert finding.suggestion.startswith("If the plan starts in 2023, say so: the 5 years it lays out are within")
    assert finding.data["timeline_years"] == 5
    # a timeline that starts when the plan is published gets no such note
    same_year = text.replace("FY 23/24 | FY 24/25 | FY 25/26 | FY 26/27 | FY 27/28",
                             "FY 22/23 | FY 23/24 | FY 24/25 | FY 25/26 | FY 26/27 | FY 27/28")
    (other,) = horizon_findings(same_year, as_of=2022)[1]
    assert "timeline itself" not in other.message and "timeline_years" not in other.data


def test_a_hedge_on_the_means_does_not_make_a_dated_objective_a_forecast() -> None:
    objective = ("We want 40% of students on digital courses to be women. A positive incentive policy could be put "
                 "in place in order to achieve this objective by 2030.")
    result, findings = horizon_findings(objective, as_of=2024)
    assert result.horizon is not None and result.horizon["end"] == 2030 and len(findings) == 1
    assert "achieve this objective by 2030" in findings[0].data["horizon"]["owner"]
    # the outcome itself hedged is still a forecast
    assert horizon_findings("Gender balance could be reached by 2030.", as_of=2024)[0].horizon is None


def test_names_the_shorter_period_the_plan_gives_itself_when_a_later_year_of_its_own_sets_the_horizon() -> None:
    text = "# Digital Strategy 2024-2026\n\n## Vision\n\nEvery service that can be digital will be digital by 2032.\n"
    result, findings = horizon_findings(text, as_of=2024)
    (finding,) = findings
    assert finding.quote == "Every service that can be digital will be digital by 2032."
    assert "; but the title period ends in 2026: 'Digital Strategy 2024-2026'" in finding.message
    assert "Which is the strategy's period is not clear." in finding.message
    assert finding.suggestion.startswith("If the plan ends in 2026, say so plainly and keep 2032 as an ambition")
    assert finding.data["own_period"]["end"] == 2026
    assert result.signs["too-long-term"].present
    # a year the document only reports ("The Government's goal ...") leaves its own period as the horizon
    reported = text.replace("Every service that can be digital will be digital by 2032.",
                            "The Government's goal is for every home to have full fibre by 2032.")
    assert horizon_findings(reported, as_of=2024)[1] == []


@pytest.mark.parametrize("own_period", [
    "# Digital Strategy 2024-2026\n\n",  # its title
    "# Digital strategy\n\nThis work will occur over the next three years.\n\n",  # a period it gives its own work
])
def test_a_plan_of_its_own_within_the_guidance_and_reviewed_is_not_too_long_term(own_period: str) -> None:
    later = "## Vision\n\nEvery service that can be digital will be digital by 2032.\n\n"
    review = "We will review and update the strategy every year.\n"
    result, findings = horizon_findings(own_period + later + review, as_of=2024)
    assert findings == [] and not result.signs["too-long-term"].present
    note = next(e["note"] for e in result.signs["too-long-term"].evidence if e["note"].startswith("horizon"))
    assert "It is reviewed" in note and note.endswith("so within the guidance")
    assert "Which is the strategy's period is not clear" not in note
    # without the review, or without a period of its own within the guidance, it is still too long-term
    assert len(horizon_findings(own_period + later, as_of=2024)[1]) == 1
    assert len(horizon_findings("# Digital strategy\n\n" + later + review, as_of=2024)[1]) == 1
