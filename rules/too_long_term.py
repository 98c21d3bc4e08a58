"""The strategy plans further ahead than five years.

The guidance's sign *Too long-term*: "Technology moves fast: there's not much point in trying to build
a static 10 year digital strategy. Aim for a 1-5 year time horizon, aligned to your trust's strategic
plan, with a constant review cycle built-in."

The horizon is the furthest year the document commits to (its title period, a stated length such as
"our 10-year vision", or target years such as "by 2035"), counted from the publication year (the
title page, the file's date, or ``--as-of``). The finding quotes the sentence that sets it, and says
too when no review cycle goes with it. Forecasts ("could reach $1tn by 2030") do not count.

Options: ``max-years`` (default 5), the longest horizon that passes.

Bad: "Our ten-year vision, 2024-2034, is for every resident to reach us online by 2034."

Good: "This strategy covers 2024-2027. The board reviews it every April and refreshes the action plan."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.findings import Evidence, Finding

CODE = "SL105"
NAME = "too-long-term"
SIGN = "too-long-term"
SEVERITY = "warning"
OPTIONS = {"max-years": 5}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    horizon = doc.facts.horizon
    reviews = doc.facts.review_cycle
    yield from reviews[:3]
    if horizon is None:
        return
    max_years = int(options["max-years"])
    published = doc.facts.publication
    counted_from = f"published {published.year} ({published.basis})" if published else "its start"
    data = {"horizon": horizon.as_dict()}
    if horizon.years <= max_years:
        yield Evidence("too-long-term", horizon.evidence.quote, horizon.evidence.location,
                       note=f"horizon {horizon.start}-{horizon.end}: {horizon.years} years")
        return
    review_note = (" and nothing says when the strategy is reviewed" if not reviews
                   else "; it does say how it is reviewed, which helps")
    yield Finding(
        message=(f"The horizon runs {horizon.years} years, to {horizon.end}, counted from {counted_from}, "
                 f"set by {horizon.basis}{review_note}. The guidance aims for a 1-5 year horizon with "
                 f"a constant review cycle built in."),
        suggestion=("Set a horizon of 3-5 years, aligned to the organisation's strategic plan, and say when "
                    "the board reviews and refreshes the strategy."
                    if not reviews else
                    "Shorten the horizon to 3-5 years, and keep longer ambitions as direction, not as the plan."),
        location=horizon.evidence.location,
        quote=horizon.evidence.quote,
        data=data,
    )
