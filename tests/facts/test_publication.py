"""The publication fact: the year the horizon is counted from, and which date on or in the document gives it."""

from __future__ import annotations

from datetime import datetime

import pytest

from strategylint.engine import Engine
from strategylint.facts.publication import Publication
from tests.helpers import make_document

BODY = ("The council serves a growing city, and residents expect to reach its services online at any time, on any "
        "device, without having to call or visit an office.")


def published(text: str, created: datetime | None = None, as_of: int | None = None) -> Publication | None:
    doc = Engine(as_of=as_of).analyse(make_document(text, created=created))
    return doc.facts.publication


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("# Digital Strategy\n\nDecember 2012\n\n" + BODY, 2012),
        ("# Digital Strategy\n\n© Crown copyright 2016\n\n" + BODY, 2016),
        ("# Digital Strategy\n\nPublished: 14 March 2019\n\n" + BODY, 2019),
        # a numeric date the document labels as its date, with a two-digit year
        ("# IT Strategy Proposal\n\nDate: 09/05/26 Status: Review draft\n\n" + BODY, 2026),
        # a year standing alone on the cover
        ("# Strategic IT report\n\nMinistry of Education\n\n2023\n\n" + BODY, 2023),
    ],
)
def test_the_cover_date(text: str, year: int) -> None:
    found = published(text)
    assert found is not None and found.year == year
    assert found.basis == "title page date"


@pytest.mark.parametrize(
    "lead",
    ["by", "until", "before", "from", "after", "no later than", "by the end of"],
)
def test_a_date_given_as_a_target_is_not_the_publication_date(lead: str) -> None:
    text = f"# Assisted digital\n\n23 major services will become digital by default {lead} March 2015.\n\n{BODY}"
    assert published(text) is None


def test_a_target_date_is_passed_over_for_the_date_after_it() -> None:
    found = published("# The mission\n\nA parliamentary mission from 8th September 2017 to 8th March 2018\n\n" + BODY)
    assert found is not None and found.year == 2018


def test_a_target_in_the_opening_pages_is_passed_over_for_a_real_date() -> None:
    text = (f"# Government Digital Strategy\n\n{BODY}\n\nAll new services going live after April 2014 will meet "
            "the standard, and redesign will start by April 2013.\n\nFigure 2 shows the adult population by "
            "internet use, as the Cabinet Office found it in its Digital Landscape Survey of August 2012, which "
            "asked a sample of adults how they go online.")
    found = published(text)
    assert found is not None and found.year == 2012
    assert found.basis == "date in the opening pages"


def test_the_cover_date_comes_before_the_files_creation_date() -> None:
    found = published("# Strategic IT report\n\n2023\n\n" + BODY, created=datetime(2024, 4, 9))
    assert found is not None and (found.year, found.basis) == (2023, "title page date")
    dated = published("# Strategy\n\nJune 2020\n\n" + BODY, created=datetime(2021, 4, 13))
    assert dated is not None and dated.year == 2020


def test_the_files_creation_date_when_the_cover_has_none() -> None:
    found = published("# Strategy\n\n" + BODY, created=datetime(2021, 4, 13))
    assert found is not None and (found.year, found.basis) == (2021, "file creation date")


def test_a_bare_year_after_the_file_was_saved_is_a_target_on_the_cover() -> None:
    found = published("# Digital Strategy\n\n2030\n\n" + BODY, created=datetime(2022, 1, 5))
    assert found is not None and (found.year, found.basis) == (2022, "file creation date")


def test_a_sign_off_at_the_end_when_nothing_else_dates_it() -> None:
    found = published(f"# The National AI Policy\n\n{BODY}\n\nMINICT - 2022")
    assert found is not None and (found.year, found.basis) == (2022, "sign-off date")


def test_a_vision_year_at_the_end_is_not_a_sign_off() -> None:
    assert published(f"# The National AI Policy\n\n{BODY}\n\nVision - 2026") is None


def test_as_of_overrides_every_date() -> None:
    found = published("# Strategy\n\nDecember 2012\n\n" + BODY, as_of=2020)
    assert found is not None and (found.year, found.basis) == (2020, "--as-of")


def test_a_bare_year_after_the_cover_is_not_a_date() -> None:
    # a chart's axis label on the first pages, after the running text has begun
    found = published(f"# Digital Strategy\n\n{BODY}\n\n2019\n\nFigure 1: online transactions")
    assert found is None


@pytest.mark.parametrize(
    ("path", "year"),
    [
        ("strategies/ca-esdc-it-strategy-2019.md", 2019),
        ("2013_assisted_digital.md", 2013),
        ("digital-strategy-2016-2020.md", None),  # two years: which one is the date?
        ("strategy-20190.md", None),  # not a year
        ("vision-2099.md", None),  # not yet
        ("strategy.md", None),
    ],
)
def test_a_single_year_in_the_file_name_is_the_last_resort(path: str, year: int | None) -> None:
    doc = Engine().analyse(make_document("# Digital Strategy\n\n" + BODY, path=path))
    found = doc.facts.publication
    assert (found.year if found else None) == year
    if found:
        assert found.basis == "the year in the file name"


def test_the_file_name_does_not_outrank_a_date_in_the_document() -> None:
    doc = Engine().analyse(make_document("# Digital Strategy\n\nDecember 2012\n\n" + BODY, path="strategy-2019.md"))
    assert doc.facts.publication is not None and doc.facts.publication.year == 2012


def test_an_update_date_gives_way_to_the_year_the_text_still_looks_forward_to() -> None:
    text = ("# AI Sector Deal\n\nUpdated 21 May 2019\n\n" + BODY + "\n\nElement AI is a solutions provider. It will "
            "open a new R&D centre in London in 2018, and we will review the deal in 2020.\n")
    found = published(text)
    assert found is not None and found.year == 2018
    assert found.basis.startswith("updated 2019, but written by 2018")
    assert found.evidence.quote == ("It will open a new R&D centre in London in 2018, and we will review the deal "
                                    "in 2020.")


@pytest.mark.parametrize("later", [
    "We will review the deal in 2020.",  # a year after the update: a plan, not a sign of an earlier edition
    "The centre opened in London in 2018.",  # history
    "Element AI will open a new centre in London in 2012.",  # too long before the update to be its first edition
])
def test_an_update_date_stands_when_nothing_earlier_is_still_to_come(later: str) -> None:
    found = published(f"# AI Sector Deal\n\nUpdated 21 May 2019\n\n{BODY}\n\n{later}\n")
    assert found is not None and (found.year, found.basis) == (2019, "title page date")


def test_an_earlier_year_to_come_does_not_move_a_cover_date_that_is_not_an_update() -> None:
    found = published(f"# Strategy\n\nPublished 21 May 2019\n\n{BODY}\n\nWe will open a centre in 2018.\n")
    assert found is not None and found.year == 2019
