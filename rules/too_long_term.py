"""The strategy plans further ahead than five years.

The guidance's sign *Too long-term*: "Technology moves fast: there's not much point in trying to build
a static 10 year digital strategy. Aim for a 1-5 year time horizon, aligned to your trust's strategic
plan, with a constant review cycle built-in."

The horizon is the furthest year the document itself plans for: its own period (the title's
"2024-2034", "this strategy covers ..."), a stated length ("our 10-year vision", "over the next ten
years we will"), or target years it sets in its own voice ("by 2035 we will"), counted from the
publication year (the title page, the file's date, or ``--as-of``); the furthest of them, even beyond
the period it gives itself. Other countries' and other plans' targets, forecasts, funding periods
other than the strategy's own, and, beyond the period it gives itself, years it only reports ("The
Government's goal is ...") or the date of its own review do not count. The finding quotes the sentence
that sets the horizon and says whose target it is.

A review cycle alone does not excuse a long horizon: the guidance asks for both a 1-5 year horizon and a
"constant review cycle built-in", so the rule fires either way and says which is missing.

But a document that gives its own work a period within ``max-years`` (its timeline, "the strategy period for
2019-2022", "a top level plan for the next three years"), or whose dated targets mostly fall within it, and that
builds in a review cycle is the short, reviewed plan asked for, whatever later year it also names (funding
earmarked to 2027, a vision for 2030): the rule does not fire, and the scorecard quotes the horizon with the
shorter period and the review.

A document that calls itself a long-term or long-range plan without saying how long it runs, and with no
review cycle, is the "static 10 year digital strategy" the guidance warns about, and fires too.

With no review cycle, when most of the years the text sets targets for ("by 2020", "until 2024") fall within
``max-years`` while the horizon runs further (one ambition "by 2025" among 24 targets "by 2020"), the finding
says so: the plan itself may be shorter than it says, and stating that period is the fix. So does a shorter
period the document gives its own work ("This work will occur over the next three years, to 2024"), which it
quotes; the shorter period it gives itself (its title's "2024-2026", its timeline) when a later year of its own
sets the horizon; and a timeline of its own that starts after publication and spans no more than ``max-years``
("FY 23/24 ... FY 27/28" in a policy of 2022). With a review cycle, any of these makes it a short, reviewed plan,
as above. The review cycle quoted is the clearest one the text gives ("updated annually alongside our business
plan").

Options: ``max-years`` (default 5), the longest horizon that passes.

Bad: "Our ten-year vision, 2024-2034, is for every resident to reach us online by 2034."

Good: "This strategy covers 2024-2027. The board reviews it every April and refreshes the action plan."
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import review as review_facts
from strategylint.facts.horizon import Horizon
from strategylint.facts.patterns import FORECAST, NEXT_YEARS, TARGET_YEAR, has_any, number_value
from strategylint.findings import Evidence, Finding, excerpt

CODE = "SL105"
NAME = "too-long-term"
SIGN = "too-long-term"
SEVERITY = "warning"
OPTIONS = {"max-years": 5}

MIN_SOONER_TARGETS = 3
SOONER_SHARE = 3  # the near targets must outnumber the later ones this many times over
REVIEW_QUOTE = 80  # characters of the review sentence quoted in the message
STATED_QUOTE = 120  # and of the sentence that states a shorter period
AMBITION = "an ambition that each review revisits; and say when the board reviews and refreshes it."
UNCLEAR = " Which is the strategy's period is not clear."
GUIDANCE = "The guidance aims for a 1-5 year time horizon, with a constant review cycle built in."
# the document's own work, in a stated period: "This work will occur over the next three years, to 2024", "sets out a
# top level plan for the next three years"
OWN_WORK = re.compile(r"\b(?:this|our)\s+(?:work|strategy|plan|programme|roadmap)\b|\bplan\s+for\s+the\s+next\b",
                      re.IGNORECASE)
# the document frames itself as a long-range plan: "this long-term strategy", "our long-range plan"
LONG_RANGE = re.compile(
    r"\b(?:this|our)\s+(?:[\w-]+\s+)?long[- ](?:term|range)\s+(?:[\w-]+\s+)?(?:strategy|plan|roadmap|programme)\b",
    re.IGNORECASE)


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    horizon = doc.facts.horizon
    reviews = doc.facts.review_cycle
    yield from reviews[:3]
    if horizon is None:
        yield from _long_range_framing(doc, reviews)
        return
    max_years = int(options["max-years"])
    published = doc.facts.publication
    counted_from = f"published {published.year} ({published.basis})" if published else "its start"
    data = {"horizon": horizon.as_dict()}
    set_by = f"set by {horizon.basis} that is {horizon.owner}"
    if horizon.years <= max_years:
        yield Evidence("too-long-term", horizon.evidence.quote, horizon.evidence.location,
                       note=f"horizon {horizon.start}-{horizon.end}: {horizon.years} years, {set_by}")
        return
    runs = f"The horizon runs {horizon.years} years, to {horizon.end}, counted from {counted_from}, {set_by}"
    shorter = _shorter_plan(doc, horizon, max_years, data)
    # the clearest review: one that says how often ("updated annually", "every April")
    review = next((r for r in reviews if has_any(r.quote.lower(), review_facts.CADENCE_WORDS)), None) \
        or (reviews[0] if reviews else None)
    if review is not None and shorter is not None:
        # the plan the guidance asks for: its own work within the guidance's years, reviewed as it goes; a later
        # year it also names (a funding period, a vision) does not make it a static long-term plan
        yield Evidence("too-long-term", horizon.evidence.quote, horizon.evidence.location,
                       note=(f"horizon {horizon.start}-{horizon.end}: {horizon.years} years, {set_by}"
                             f"{shorter.note.removesuffix(UNCLEAR)} It is reviewed "
                             f"('{excerpt(review.quote, review.phrase, REVIEW_QUOTE)}'), so within the guidance"))
        return
    if review is not None:
        review_note = (f"It does say how it is reviewed ('{excerpt(review.quote, review.phrase, REVIEW_QUOTE)}', "
                       f"{review.location.describe()}), but a review does not shorten the plan.")
        suggestion = ("Shorten the planned horizon to 3-5 years, aligned to the organisation's strategic plan, and "
                      "keep longer ambitions as direction that each review revisits, not as the plan.")
    else:
        review_note = "Nothing says when the strategy is reviewed."
        suggestion = ("Set a horizon of 3-5 years, aligned to the organisation's strategic plan, and say when "
                      "the board reviews and refreshes the strategy.")
    if shorter is not None:
        suggestion = shorter.suggestion
    said = f"{runs}{shorter.note}" if shorter is not None else f"{runs}."
    yield Finding(
        message=f"{said} {review_note} {GUIDANCE}",
        suggestion=suggestion,
        location=horizon.evidence.location,
        quote=horizon.evidence.quote,
        data=data,
    )


@dataclass(frozen=True, slots=True)
class _ShorterPlan:
    note: str  # what the document says that is shorter than its horizon, to follow the horizon's sentence
    suggestion: str


def _shorter_plan(doc: AnalysedDocument, horizon: Horizon, max_years: int,
                  data: dict[str, Any]) -> _ShorterPlan | None:
    """What in the document says the plan itself is shorter than its horizon, clearest first: a period it gives its
    own work, its own timeline counted from its first year, or most of its dated targets."""
    own = horizon.own_period
    if own is not None and own.end - horizon.start <= max_years:
        data["own_period"] = {"end": own.end, "basis": own.basis, "evidence": own.evidence.as_dict()}
        quoted = excerpt(own.evidence.quote, str(own.end), STATED_QUOTE)
        return _ShorterPlan(f"; but {own.basis} ends in {own.end}: '{quoted}' ({own.evidence.location.describe()})."
                            f"{UNCLEAR}",
                            f"If the plan ends in {own.end}, say so plainly and keep {horizon.end} as {AMBITION}")
    stated = _stated_shorter_period(doc, max_years)
    if stated is not None:
        years, evidence = stated
        data["stated_shorter_period"] = {"years": years, "evidence": evidence.as_dict()}
        quoted = excerpt(evidence.quote, evidence.phrase, STATED_QUOTE)
        where = evidence.location.describe()
        return _ShorterPlan(f"; but it gives its own work {years} years: '{quoted}' ({where}).{UNCLEAR}",
                            f"If the plan is the {years} years it states, give that as the strategy's period and keep "
                            f"{horizon.end} as {AMBITION}")
    if horizon.plan_start is not None and horizon.start < horizon.plan_start \
            and horizon.end - horizon.plan_start <= max_years:
        span = horizon.end - horizon.plan_start
        data["timeline_years"] = span
        return _ShorterPlan(f"; but the timeline itself starts in {horizon.plan_start} and spans {span} years, "
                            "within the guidance if the plan starts then.",
                            f"If the plan starts in {horizon.plan_start}, say so: the {span} years it lays out are "
                            "within the guidance's 1-5. Say when the board reviews and refreshes it.")
    sooner = _sooner_targets(doc, horizon.start, horizon.start + max_years)
    if sooner is not None:
        year, count, within = sooner
        data["sooner_targets"] = {"within_max_years": within, "most_common_year": year, "uses": count}
        return _ShorterPlan(f". Most of its dated targets fall sooner ({within} within {max_years} years, {count} "
                            f"of them by {year}), so the plan itself may be shorter than it says.",
                            f"If the work runs to {year}, state that as the strategy's period and keep "
                            f"{horizon.end} as {AMBITION}")
    return None


def _stated_shorter_period(doc: AnalysedDocument, max_years: int) -> tuple[int, Evidence] | None:
    """A period of at most `max_years` the document gives its own work ("This work will occur over the next three
    years"), when the horizon runs longer."""
    for sentence in doc.body_sentences:
        lowered = doc.lowered[sentence.index]
        if not has_any(lowered, ("next", "coming", "following", "another")) or not OWN_WORK.search(sentence.text):
            continue
        for match in NEXT_YEARS.finditer(sentence.text):
            years = number_value(match.group(1))
            if years is not None and 1 <= years <= max_years:
                return years, doc.said("too-long-term", sentence, match.group(0))
    return None


def _sooner_targets(doc: AnalysedDocument, start: int, last_near: int) -> tuple[int, int, int] | None:
    """When most of the years the text sets targets for (the horizon's `TARGET_YEAR`: "by 2020", "until March
    2024", not in a forecast) fall within `last_near`: the most common of them, its uses, and how many fall that
    soon."""
    years: Counter[int] = Counter()
    for sentence in doc.body_sentences:
        # a forecast is someone's prediction, not a target: "By 2025, Gartner predicts 80% of data centres will close"
        if "20" in sentence.text and not FORECAST.search(sentence.text):
            years.update(int(m.group(1)) for m in TARGET_YEAR.finditer(sentence.text))
    near = Counter({year: n for year, n in years.items() if start <= year <= last_near})
    later = sum(n for year, n in years.items() if year > last_near)
    within = sum(near.values())
    if within < MIN_SOONER_TARGETS or within < SOONER_SHARE * later:
        return None
    year, count = near.most_common(1)[0]
    return year, count, within


def _long_range_framing(doc: AnalysedDocument, reviews: list[Evidence]) -> Iterator[Finding]:
    if reviews:
        return
    for sentence in doc.body_sentences:
        match = LONG_RANGE.search(sentence.text)
        if match:
            yield Finding(
                message=(f"The document calls itself {match.group(0)!r} without saying how many years it runs, "
                         f"and nothing says when it is reviewed: a static long-range plan. {GUIDANCE}"),
                suggestion=("State the period the strategy covers (3-5 years), aligned to the organisation's "
                            "strategic plan, and say when the board reviews and refreshes it."),
                location=sentence.location,
                quote=sentence.text,
                data={"horizon": None, "framing": match.group(0)},
            )
            return
