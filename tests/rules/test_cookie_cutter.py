"""cookie-cutter (SL102): a template, or text that could be any organisation's."""

from __future__ import annotations

from typing import Any

import pytest

from strategylint.config import Config
from strategylint.engine import DocumentResult, Engine
from strategylint.facts.template import specifics_in
from strategylint.findings import Reported
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint

RULE = "cookie-cutter"


def cookie_cutter(source: Any, **kwargs: Any) -> tuple[DocumentResult, list[Reported]]:
    result = lint(source, rules=[RULE], as_of=2024, **kwargs)
    return result, findings_of(result, RULE)


def corpus_result(name: str) -> tuple[DocumentResult, list[Reported]]:
    result = Engine(Config(select=[RULE])).lint_path(corpus_file(name))
    return result, findings_of(result, RULE)


# A strategy that names its place, its services, its numbers and its people.
SPECIFIC = """# Harrowfield Borough Council Digital Strategy 2025-2028

Harrowfield has 182,000 residents. In 2024 our contact centre took 410,000 calls, 38% of them about
council tax, bins and parking permits.

Between September and December 2024 we spoke to 140 residents and 85 members of staff in Northgate,
Eastfield and the Old Town.

By March 2026 residents will renew a parking permit online in five minutes; the Head of Parking owns this.

By July 2026 the Revenues team will move council tax direct debits to the new account, and calls about
council tax will fall from 120,000 to 80,000 a year.

The Cabinet reviews this strategy every April, and Ms Patel, the Chief Executive, reports progress to
the Overview and Scrutiny Committee each quarter.

In 2025 we replace the 14-year-old housing case system, used by 230 officers, with one that tenants can
see online, and we fix the Wi-Fi in Harrowfield House and the three libraries.

We will not build a council app in this period: 71% of visits to harrowfield.gov.uk come from phones, and
the website works well on them.
"""

# Boilerplate from end to end: stock phrases, no number, no name.
GENERIC = """# Digital Strategy

In today's fast-paced digital world, we must harness the power of data to drive innovation.

We will unlock the potential of our people and deliver value at the heart of everything we do.

Our customer-centric approach will drive digital transformation on our digital transformation journey.

We will embrace the opportunities of an ever-changing landscape and stay ahead of the curve.

Going forward, a data-driven culture will be a key enabler of change for everyone who works here.

This means working together in new ways, so that everything we do is better for the people we serve.

We will realise the full potential of technology to become fit for the future, and we will make sure that
our services are modern, simple and joined up for everyone who needs them, wherever and whenever they do.

We will listen to the people we serve, learn from the best, and keep improving what we do every day, so
that our organisation is ready for whatever the future brings and can respond to the pace of change.
"""

# Little but stock phrases under a Vision / Mission / Values form.
BARE_TEMPLATE = """# Digital Strategy

## Vision

To be the best.

## Mission

To deliver excellent services for everyone.

## Values

Integrity, respect and excellence.

## Goals

To improve.

## Approach

We will work together with our partners and our people to make things better for everyone we serve, and
we will keep listening to what people tell us so that what we do keeps getting better over time. We will
build on what works, stop what does not, and make sure that everything we do is simple and clear for the
people who use it, now and in the years that follow, wherever they are and whatever they need from us.
We will be open about how we are doing, learn from others who have done this well, and share what we
learn with anyone who asks, so that the people we work with can see what is changing and why it matters
to them, and so that everyone who works here knows what is expected and how they can help make it happen.
"""


@pytest.mark.parametrize(
    "placeholder",
    ["<CLIENT NAME>", "<DATE>", "[Insert date]", "[Organisation]", "[Organisation name]", "[CLIENT NAME]",
     "[Your company name]", "{{ company }}", "{Title}", "${client}", "Lorem ipsum", "XXX", "20XX", "£XXm",
     "[Give an overview of the organisation's background]", "Click here to enter text"],
)
def test_each_placeholder_is_found_and_a_few_decide_the_sign(placeholder: str) -> None:
    result, findings = cookie_cutter(f"This strategy, by {placeholder}, sets out our plans.")
    assert len(findings) == 1, findings
    finding = findings[0]
    assert finding.code == "SL102" and finding.severity == "warning"
    assert finding.quote and placeholder.split()[0] in finding.quote
    assert finding.message.startswith("1 unfilled template placeholder,")
    assert "the context of your trust and system and the needs of your users" in finding.message
    assert finding.suggestion.startswith("Replace each placeholder")
    # one blank is a slip to fix, not a template
    assert not finding.decisive and result.signs["cookie-cutter"].present is False
    three = f"By {placeholder}, for {placeholder}, with {placeholder}."
    result, findings = cookie_cutter(three)
    assert len(findings) == 1 and findings[0].decisive and result.signs["cookie-cutter"].present is True


@pytest.mark.parametrize(
    "text",
    [
        "{include action01-case-study.md}",  # a site generator's include, in the GDS Markdown sources
        "{: .fig #fig-6}",  # a kramdown attribute list
        "{div .infobox} Text {/div}",
        "See the {{ site.baseurl }} address.",
        "As the report says [12], the department [the Department] will act.",
        "Read [Croydon council's strategy](#) for an example.",
        "- [x] done",
        "In the XX century, trade grew.",
        "The [NHS] and the [EU] agree.",
        "The set {a, b} is small.",
    ],
)
def test_markup_citations_and_editorial_brackets_are_not_placeholders(text: str) -> None:
    result, findings = cookie_cutter(text)
    assert findings == []
    assert result.facts["template"]["placeholders"] == 0


def test_a_bracketed_instruction_over_several_sentences_is_one_placeholder() -> None:
    _, findings = cookie_cutter("[ Provide an overview of the market. Be concise. List the main competitors. ]")
    assert len(findings) == 1
    assert findings[0].data["named"][0].startswith("[ Provide an overview")


def test_placeholders_are_one_finding_that_names_the_first_and_counts_them_all() -> None:
    text = "\n\n".join(f"Section {n}: [Insert text here] about <CLIENT NAME>." for n in range(1, 9))
    result, findings = cookie_cutter(text)
    (finding,) = [f for f in findings if "placeholder" in f.message]
    assert finding.message.startswith("16 unfilled template placeholders, '[Insert text here]', '<CLIENT NAME>'")
    assert "and 11 more" in finding.message and finding.data["placeholders"] == 16
    assert result.facts["template"]["placeholders"] == 16


def test_min_placeholders_option() -> None:
    text = "<CLIENT NAME> and <DATE>."
    assert cookie_cutter(text)[0].signs["cookie-cutter"].present is False
    assert cookie_cutter(text, options={RULE: {"min-placeholders": 2}})[0].signs["cookie-cutter"].present is True


def test_dense_boilerplate_decides_the_sign() -> None:
    result, findings = cookie_cutter(GENERIC)
    decisive = [f for f in findings if f.decisive]
    stock = [f for f in findings if "stock phrases" in f.message]
    assert len(stock) == 1 and stock[0] in decisive
    assert stock[0].quote and stock[0].quote.startswith("In today's fast-paced digital world")
    assert "harness the power of" in stock[0].message
    assert result.signs["cookie-cutter"].present is True


def test_a_stock_phrase_or_two_in_a_long_strategy_is_not_reported() -> None:
    text = SPECIFIC + "\n\nWe will harness the power of data, and deliver value for Harrowfield.\n"
    result, findings = cookie_cutter(text)
    assert result.facts["template"]["boilerplate_mentions"] == 2
    assert findings == []


def test_boilerplate_options() -> None:
    result, _ = cookie_cutter(GENERIC)
    mentions = result.facts["template"]["boilerplate_mentions"]
    density = result.facts["template"]["boilerplate_per_1000_words"]
    _, fewer = cookie_cutter(GENERIC, options={RULE: {"min-boilerplate": mentions + 1}})
    _, sparser = cookie_cutter(GENERIC, options={RULE: {"max-boilerplate-per-1000": density + 1}})
    assert not [f for f in fewer if "stock phrases" in f.message]
    assert not [f for f in sparser if "stock phrases" in f.message]


def test_few_specifics_with_boilerplate_decide_the_sign() -> None:
    _, findings = cookie_cutter(GENERIC)
    few = [f for f in findings if f.message.startswith("Few specifics")]
    assert len(few) == 1 and few[0].decisive
    assert few[0].data["specifics_per_1000_words"] < 15


def test_few_specifics_alone_is_a_note_not_the_sign() -> None:
    plain = "\n\n".join(
        ["We will make our services simpler, so that people can do what they need to do the first time."] * 12)
    result, findings = cookie_cutter(plain)
    assert len(findings) == 1 and findings[0].message.startswith("Few specifics")
    assert findings[0].decisive is False
    assert result.signs["cookie-cutter"].present is False


def test_min_specifics_option() -> None:
    result, quiet = cookie_cutter(SPECIFIC)
    rate = result.facts["template"]["specifics_per_1000_words"]
    _, strict = cookie_cutter(SPECIFIC, options={RULE: {"min-specifics-per-1000": rate + 1}})
    assert quiet == []
    assert [f.message for f in strict if f.message.startswith("Few specifics")]


def test_bare_vision_mission_values_template() -> None:
    result, findings = cookie_cutter(BARE_TEMPLATE)
    bare = [f for f in findings if f.message.startswith("A bare template")]
    assert len(bare) == 1
    assert bare[0].quote == "Vision" and bare[0].location.line == 3
    assert "'Mission'" in bare[0].message and "'Values'" in bare[0].message
    assert bare[0].decisive  # together with the few specifics around it
    assert result.facts["template"]["bare_template_headings"] == 4


def test_vision_and_mission_with_substance_are_not_a_template() -> None:
    filled = SPECIFIC.replace("Harrowfield has", "## Vision\n\nHarrowfield has").replace(
        "By March 2026", "## Mission\n\nBy March 2026").replace("The Cabinet", "## Values\n\nThe Cabinet")
    result, findings = cookie_cutter(filled)
    assert findings == []
    assert result.facts["template"]["template_headings"] == 3


def test_a_specific_strategy_is_quiet_and_shows_its_specifics() -> None:
    result, findings = cookie_cutter(SPECIFIC)
    assert findings == []
    assert result.signs["cookie-cutter"].present is False
    evidence = result.signs["cookie-cutter"].evidence
    assert evidence and "numbers and names per 1,000 words" in evidence[0]["note"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Harrowfield has 182,000 residents and 38% of calls are about bins.", 2),  # the opening name is not counted
        ("We spoke to residents in Northgate and the Old Town.", 2),
        ("We will make our services better for everyone.", 0),
        ("1. Social Media Outreach Content Creation", 0),  # title case names nothing
        ("Press Coverage", 0),
    ],
)
def test_specifics_in_a_sentence(sentence: str, count: int) -> None:
    assert specifics_in(sentence) == count


# --- the shared corpus ------------------------------------------------------------------------------------


def test_corpus_blank_template_fires_on_its_placeholders() -> None:
    result, findings = corpus_result("lftfield-digital-strategy-template.docx")
    (placeholders,) = [f for f in findings if "placeholder" in f.message]
    assert placeholders.quote == "<CLIENT NAME>"
    assert result.facts["template"]["placeholders"] >= 15
    assert result.signs["cookie-cutter"].present is True


def test_corpus_citation_line_is_metadata_not_the_strategy() -> None:
    """'Citation: Akvaplan-niva (2020). {Title}. {DOI}.': how to cite the draft, filled in at publication."""
    result, findings = corpus_result("akvaplan-niva-data-strategy-2020.md")
    assert [f for f in findings if "placeholder" in f.message] == []
    assert result.signs["cookie-cutter"].present is False


def test_placeholders_in_a_citation_line_are_not_counted() -> None:
    result, _ = cookie_cutter("Citation: Council (2025). {Title}. {DOI}.\n\nWe will serve <CLIENT NAME>.")
    assert result.facts["template"]["placeholders"] == 1


@pytest.mark.parametrize(
    "name",
    [
        "uk-moj-digital-strategy-2012.pdf",
        "uk-moj-digital-strategy-2012.md",
        "dk-digital-strategy-2016-2020.pdf",
        "uk-gds-government-digital-strategy-2012.md",  # its {include ...} directives are markup
        "uk-gds-assisted-digital-approach-2013.md",
        "oxford-city-council-digital-strategy-2016.html",
    ],
)
def test_corpus_specific_strategies_stay_quiet(name: str) -> None:
    result, findings = corpus_result(name)
    assert findings == []
    assert result.signs["cookie-cutter"].present is False
