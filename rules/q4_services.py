"""Board question 4: does the strategy know its digital services, their volumes and performance.

Board question 4 asks: "Do you know what digital services you are operating and how they are
performing?" The guidance: "This requires an awareness of existing digital services, what volumes they
are operating, how they are performing, how they relate."

The answer is addressed when at least ``min-figures`` sentences (default 2) name a digital service
(website, portal, app, online service, transactions) with a present figure for its volume or
performance (users, transactions, visits, uptime, satisfaction, share online), or when a section takes
stock of where the organisation is now ("Current state", "Where are we now?", "Baseline") and the
document gives at least one such figure or a count of what it runs ("over 1,600 applications run in our
data centres"), or when it sets out a table of each service's volume (a header such as "Transactions per
year" over rows of large numbers); partial when services are named without figures; missing when no
digital service is named. Targets are plans, not figures.

Bad: "Digital will transform how we work and how residents feel about the council."

Good: "Our online services handled 1.2 million transactions last year. The website had 340,000 visits a month and
87% of users were satisfied."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts import services
from strategylint.findings import Evidence, Finding, counted

CODE = "SL304"
NAME = "q4-services"
QUESTION = "q4-services"
SIGN = None
SEVERITY = "info"
OPTIONS = {"min-figures": 2}


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    found = doc.facts.get(services.extract)
    wanted = int(options["min-figures"])
    figures = found.with_figures + found.counts
    taken_stock = (bool(found.stocktake) and bool(figures)) or bool(found.volume_tables)
    if taken_stock and len(found.with_figures) < wanted:
        # a table of volumes first; else the figures before the stock-taking section's opening, which is often a
        # lead-in ("seven key challenges have been identified")
        figure_quotes = {e.quote for e in figures}
        opens_on_a_figure = [e for e in found.stocktake[:1] if e.quote in figure_quotes]
        yield from found.volume_tables[:1] or opens_on_a_figure
        yield from figures[:2]
        yield from found.stocktake[:1]
    else:
        yield from found.with_figures[:3]
    yield from found.named[:2]
    if not found.named and not figures:
        yield Finding(
            message=("Do you know what digital services you are operating and how they are performing? No "
                     "digital service is named."),
            suggestion=("List the digital services you run today, with their volumes (users, transactions) "
                        "and how they perform (availability, satisfaction, share done online)."),
        )
        return
    figures_given = len(found.with_figures)
    if figures_given < wanted and not taken_stock:
        first = (found.named or figures)[0]
        yield Finding(
            message=f"How are your digital services performing? Services are named, but {_how_many(figures_given)}.",
            suggestion="Give each main service's volume and performance today, as the baseline the plan starts from.",
            location=first.location,
            quote=first.quote,
            decisive=False,
            data={"named": len(found.named), "with_figures": len(found.with_figures)},
        )


def _how_many(figures: int) -> str:
    if figures == 0:
        return "no sentence gives their volumes or performance"
    return f"only {counted(figures, 'sentence')} {'gives' if figures == 1 else 'give'} their volumes or performance"
