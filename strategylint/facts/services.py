"""Digital services: which services the organisation runs, and how they perform.

Board question 4 asks for "an awareness of existing digital services, what volumes they are operating,
how they are performing". The fact is the sentences of running text that name digital services
(websites, portals, apps, online or digital services, transactions) and, among them, those that give a
present figure for their volume or performance (users, transactions, visits, uptime, satisfaction, the
share done online). Targets ("we will move 80% of transactions online") are plans, not performance,
and do not count as figures; nor do figures for services elsewhere ("almost 80% of visits ... are picked up by the
major American platforms"), which describe the market, not what the organisation runs.

Two more signs of that awareness, which careful readers credit: a section that takes stock of where the
organisation is now ("Current state", "Where are we now?", "Baseline", "SWOT analysis"), and counts of
what it runs ("Over 1,600 applications run in our data centres", "132 AI products in use").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from strategylint.facts.patterns import folded_sentences
from strategylint.facts.places import home, names_elsewhere
from strategylint.facts.topics import headings_on, in_appendix, running_text
from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

SERVICE = re.compile(
    r"\b(?:(?:digital|online|web|electronic|e-government|public|transactional|self-service|mobile)\s+services?"
    r"|e-services?|websites?|web ?sites?|portals?|apps?|mobile applications?|transactions?|online (?:forms?|booking"
    r"|payments?|accounts?|channels?)|self-service|platforms?)\b",
    re.IGNORECASE)
_SERVICE_WORDS = ("service", "web", "portal", "app", "transaction", "online", "platform")  # a cheap test before SERVICE
_NUMBER = r"\d[\d,.]*\s*(?:%|per ?cent|percent|million|m|k|thousand|billion|bn)?"
FIGURE = re.compile(
    # a count, not a year ("launched in 2012, the app uses ...")
    rf"\b(?!(?:19|20)\d\d\b){_NUMBER}\s+(?:of\s+(?:all\s+|our\s+|the\s+)?)?(?:[\w-]+\s+){{0,2}}?(?:users|transactions|visits|visitors"
    r"|downloads|logins|log-ins|sessions|accounts|registrations|applications|calls|enquiries|requests|citizens"
    r"|customers|patients|residents|businesses|people|page ?views|submissions|claims|payments|bookings|appointments"
    r"|forms|cases|uses|times a (?:day|week|month|year))\b"
    r"|\b(?:uptime|availability|satisfaction|take-up|uptake|usage|completion rate|response time|use)\b.{0,50}?"
    r"\d+(?:\.\d+)?\s*(?:%|per ?cent)"
    r"|\d+(?:\.\d+)?\s*(?:%|per ?cent)\s+(?:\w+\s+){0,4}?(?:online|digitally|uptime|availability|satisf\w+|take-up"
    r"|uptake|use|used|using)\b"
    r"|\b(?:every|each|per|a)\s+(?:day|week|month|year)\b.{0,30}\d",
    re.IGNORECASE)
SITUATION_HEADING = re.compile(
    r"\b(?:current (?:state|situation|position|landscape)|where (?:we are|are we)(?: now| today)?|state of play"
    r"|baseline|swot|as-is|stock-?take|situation (?:analysis|picture)|(?:digital|it|technology) (?:audit|estate))\b",
    re.IGNORECASE)
# a present count of what the organisation runs: "over 1,600 applications", "650+ transactional services"
PORTFOLIO = re.compile(
    r"\b\d[\d,.]*\+?\s+(?:[\w-]+\s+){0,2}?(?:applications|systems|services|websites|products|datasets|platforms"
    r"|databases|data ?cent(?:re|er)s|servers)\b",
    re.IGNORECASE)
_PORTFOLIO_WORDS = ("application", "system", "service", "website", "product", "dataset", "platform", "database",
                    "data cent", "datacent", "server")
COUNT_MAX_WORDS = 60  # longer, a "sentence" is a list run together ("44 Hewlett Packard 45 Hibernia College ...")

# every branch of FIGURE and of PORTFOLIO has a digit (\d, as in the cheap test): a sentence without one skips them
_DIGIT = re.compile(r"\d")

# a plan, not a figure of what runs today; "prioritising those handling over 100,000 transactions" sets a threshold
PLAN = re.compile(r"\b(?:will|shall|aims?|aiming|target(?:s|ed)?|goal|ambition|should|could|would|expect\w*"
                  r"|prioriti[sz]\w*)\b", re.IGNORECASE)


# a table of what each service handles: a header or title naming transactions or volumes over a period ("JUSTICE
# TRANSACTIONS 2011/12", "Transactions per year"), with rows of large numbers under it
VOLUME_HEADER = re.compile(r"\b(?:transactions?|volumes?|visits|users|enquiries|applications)\b[^.]{0,30}?"
                           r"(?:\bper\s+(?:year|annum|month)\b|\ba\s+(?:year|month)\b|\b(?:19|20)\d\d(?:/\d\d)?\b)",
                           re.IGNORECASE)
LARGE_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
MIN_VOLUME_ROWS = 3
MAX_HEADER_WORDS = 8


@dataclass(slots=True)
class Services:
    named: list[Evidence] = field(default_factory=list)
    with_figures: list[Evidence] = field(default_factory=list)
    counts: list[Evidence] = field(default_factory=list)  # of what it runs, from sentences without a service figure
    stocktake: list[Evidence] = field(default_factory=list)  # headings of sections on where it is now
    volume_tables: list[Evidence] = field(default_factory=list)  # tables of each service's volume


def extract(doc: AnalysedDocument) -> Services:
    found = Services()
    folded = doc.facts.get(folded_sentences)
    with_service_words = folded.with_any(_SERVICE_WORDS)
    with_portfolio_words = folded.with_any(_PORTFOLIO_WORDS)
    own_places = doc.facts.get(home)
    figured: set[int] = set()  # the sentences with a figure or a count, which answer a stocktake section best
    for sentence in doc.facts.get(running_text):
        if sentence.index in with_service_words and SERVICE.search(sentence.text):
            if (_DIGIT.search(sentence.text) and FIGURE.search(sentence.text) and not PLAN.search(sentence.text)
                    and not names_elsewhere(sentence.text, own_places)):
                found.with_figures.append(doc.evidence("q4_services", sentence, "a service with a figure"))
                figured.add(sentence.index)
                continue
            found.named.append(doc.evidence("q4_services", sentence, "names a digital service"))
        if (sentence.kind is not BlockKind.LIST_ITEM and sentence.index in with_portfolio_words
                and _DIGIT.search(sentence.text)
                and len(sentence.text.split()) <= COUNT_MAX_WORDS and not in_appendix(sentence)
                and PORTFOLIO.search(sentence.text) and not PLAN.search(sentence.text)):
            found.counts.append(doc.evidence("q4_services", sentence, "counts what the organisation runs"))
            figured.add(sentence.index)
    found.stocktake = [doc.section_evidence("q4_services", heading, "a section on where the organisation is now",
                                            frozenset(figured))
                       for heading in headings_on(doc, SITUATION_HEADING, max_words=8)]
    found.volume_tables = _volume_tables(doc)
    return found


def _volume_tables(doc: AnalysedDocument) -> list[Evidence]:
    """Headers of tables that give each service's volume: a short header or title naming transactions or volumes
    over a period, then at least `MIN_VOLUME_ROWS` large numbers in the section under it."""
    headers = [b for b in doc.blocks if len(b.text.split()) <= MAX_HEADER_WORDS and VOLUME_HEADER.search(b.text)]
    if not headers:
        return []
    numbers: dict[str | None, int] = {}
    for block in doc.blocks:
        numbers[block.section] = numbers.get(block.section, 0) + len(LARGE_NUMBER.findall(block.text))
    found: list[Evidence] = []
    seen: set[str | None] = set()
    for header in headers:
        if header.section not in seen and numbers.get(header.section, 0) >= MIN_VOLUME_ROWS:
            seen.add(header.section)
            # the header with its first rows: "JUSTICE TRANSACTIONS 2011/12 | Prisoner visits bookings 4,600,000"
            at = doc.blocks.index(header)
            rows = [b.text for b in doc.blocks[at + 1:at + 1 + VOLUME_ROWS_QUOTED * 3]
                    if b.section == header.section and LARGE_NUMBER.search(b.text)][:VOLUME_ROWS_QUOTED]
            found.append(Evidence("q4_services", " | ".join([header.text, *rows]), header.location_at(0),
                                  note="a table of services' volumes"))
    return found


VOLUME_ROWS_QUOTED = 2
