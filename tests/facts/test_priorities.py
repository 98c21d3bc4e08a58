"""The document's top-level priorities: a stated count, a priorities heading, or numbered headings."""

from __future__ import annotations

from strategylint.engine import Engine
from strategylint.facts.priorities import Priorities, describe
from tests.helpers import BlockSpec, make_document


def priorities(source: str | list[BlockSpec]) -> Priorities | None:
    return Engine().analyse(make_document(source)).facts.priorities


def count(source: str | list[BlockSpec]) -> int:
    found = priorities(source)
    return found.count if found else 0


# --- stated counts -----------------------------------------------------------------------------------------


def test_a_count_the_plan_states_about_itself() -> None:
    assert count("Our digital strategy is formed of seven strands, summarised here.") == 7
    assert count("The Strategy has been developed around four key themes.") == 4
    assert count("In our report we have provided eight key actions for the country.") == 8


def test_the_grouping_is_the_top_level() -> None:
    assert count("We will take 20 actions, grouped under four overarching themes:") == 4


def test_a_stated_count_wins_over_a_longer_list() -> None:
    text = ("# Plan\n\nThe plan sets out three strategic priorities.\n\n## Our priorities\n\n"
            + "".join(f"- Item {n}\n" for n in range(1, 10)))
    assert count(text) == 3


def test_someone_elses_count_is_not_the_plans() -> None:
    text = ("The Industrial Strategy green paper published in January sets out the following 10 pillars.\n\n"
            "This strategy supports the five priorities within our Transforming Justice programme.\n\n"
            "Our digital strategy is formed of seven strands.")
    assert count(text) == 7


def test_a_count_in_a_section_on_another_plan_is_that_plans() -> None:
    opening = "".join(f"## {part}\n\nText of the {part.lower()}.\n\n" for part in ("Foreword", "Summary", "Context"))
    text = ("# Towards an AI Strategy in Mexico\n\nIntro.\n\n" + opening + "## National Digital Strategy\n\n"
            "Within the framework of this plan there are three programmes with goals to:\n")
    assert priorities(text) is None
    own = text.replace("## National Digital Strategy", "## Our AI Strategy")
    assert count(own) == 3


def test_the_goals_of_one_part_of_the_plan_are_not_its_priorities() -> None:
    assert count("The flagship measure advocated here has three interdependent objectives: research, talent and "
                 "industry.") == 0
    assert count("Underpinning the appeal of the institutes are three support strands: computing, procedures and "
                 "housing.") == 0
    assert count("The strategy has three strategic objectives: research, talent and industry.") == 3


def test_footnote_numbers_are_not_counts() -> None:
    assert count("10 The main objectives are: centralising planning and putting users first.") == 0


def test_compound_numbers_are_read_whole() -> None:
    assert count("We will work with partners to reach the thirty six objectives of this strategy.") == 36


def test_past_goals_and_parts_of_counts_are_not_counts() -> None:
    assert count("We have met 8 of the 10 goals set in our 2019 strategy.") == 0
    assert count("Rolling out AI is one of the twelve missions of the research programme.") == 0


def test_an_unowned_count_is_the_last_resort_and_needs_three() -> None:
    assert count("There are five planned workstreams for the framework.") == 5
    assert count("Drivers must choose between two outcomes in an emergency.") == 0


def test_tables_are_not_read_for_counts() -> None:
    assert count([("td", "Our plan has nine key priorities"), ("p", "Some text.")]) == 0


# --- headings ----------------------------------------------------------------------------------------------


def test_list_under_a_priorities_heading() -> None:
    text = "# Strategy\n\n## Marketing goals\n\n- More visits\n- More leads\n- More enrolments\n"
    found = priorities(text)
    assert found is not None and found.count == 3
    assert found.items == ("More visits", "More leads", "More enrolments")


def test_sub_points_at_the_same_level_are_not_priorities() -> None:
    goals = "".join(f"- Goal {n} title\n- Goal: do thing {n}\n- Measurable: track {n}\n" for n in range(1, 7))
    assert count(f"# Strategy\n\n## Marketing goals\n\n{goals}") == 6


def test_lettered_sub_items_under_roman_numbers_are_not_priorities() -> None:
    items = ("- I. Lead in research\n- a. Excellence\n- b. Transfer\n- II. Serve society\n- c. Ethics\n"
             "- III. Integrate in society\n- d. Dialogue\n")
    assert count(f"# Strategy\n\n## Goals\n\n{items}") == 3


def test_the_short_list_right_under_the_heading_wins_over_its_sub_headings() -> None:
    # the same strategy as Markdown (themes listed, then sections per action) and as PDF (a section per theme)
    text = ("# Strategy\n\n## Themes and actions\n\n- Services\n- Ways of working\n- Barriers\n- Engagement\n\n"
            + "".join(f"### Action {n}\n\nText.\n\n" for n in range(1, 20)))
    assert count(text) == 4


def test_areas_of_work_win_over_goals() -> None:
    text = ("# Strategy\n\n## 1. Goals\n\n- Lead\n- Serve\n- Integrate\n\n## 3. Fields of action\n\n"
            + "".join(f"### 3.{n} Field {n}\n\nText.\n\n" for n in range(1, 13)))
    assert count(text) == 12


def test_a_contents_page_is_not_read() -> None:
    specs: list[BlockSpec] = [("h", "Contents", 1), ("h", "Our priorities", 2), ("li", "Chapter one"),
                              ("li", "Chapter two"), ("li", "Chapter three"), ("h", "Introduction", 1),
                              ("p", "Text.", 0)]
    assert count(specs) == 0


def test_numbered_headings_make_a_series() -> None:
    text = "# Plan\n\n" + "".join(f"## Action {n}. Do thing {n}\n\nText.\n\n" for n in range(1, 12))
    found = priorities(text)
    assert found is not None and found.count == 11
    assert found.basis == "numbered headings 'Action 1' to '11'"


def test_a_missing_first_heading_still_counts_to_the_highest_number() -> None:
    text = "# Plan\n\nTheme 1 is skills.\n\n" + "".join(f"## Theme {n} Topic\n\nText.\n\n" for n in range(2, 5))
    assert count(text) == 4


def test_the_shallowest_series_is_the_top_level() -> None:
    text = "# Plan\n\n" + "".join(
        f"## Theme {t}: Topic\n\n" + "".join(f"### Action {t * 10 + a}. Step\n\nText.\n\n" for a in range(1, 4))
        for t in range(1, 4))
    assert count(text) == 3


def test_describe_says_what_was_counted_and_where() -> None:
    found = priorities("# Strategy\n\n## Our priorities\n\n- Online services\n- Better data\n- Skills\n")
    assert found is not None
    assert describe(found) == "3 top-level priorities (items under 'Our priorities', l.3)"


def test_goals_in_mind_are_what_one_action_is_for_not_the_plans_priorities() -> None:
    text = ("We must reinforce the connections between stakeholders with two goals in mind: raising their "
            "profile and reinforcing competition.")
    assert priorities(text) is None


def test_key_areas_listed_after_a_colon_are_the_plan_s_priorities() -> None:
    assert count("Tackling these challenges so that the opportunities can be capitalised on requires taking action "
                 "in five key areas: leadership, data, skills, regulation and evaluation.") == 5
    assert count("Efforts made through industrial policy need to be focused on four key areas in the development "
                 "of AI: health, transport, environment and defence.") == 0
