"""A template, or text that could be any organisation's: placeholders, stock phrases, nothing specific.

The guidance's sign *Cookie-cutter*: "Learn from other organisations, but focus on the context of your
trust and system and the needs of your users." A strategy copied from a template, or written so that it
could be any organisation's, says nothing about that context.

Four signals, from the clearest to the weakest:

* unfilled placeholders (``<CLIENT NAME>``, ``[Insert date]``, ``[Organisation]``, ``{{ company }}``,
  "Lorem ipsum", "XXX", "20XX"): one finding for the document, at the first, naming them and their
  count; it decides the sign from ``min-placeholders`` (default 3) up: one or two blanks (a citation
  line's "{Title}. {DOI}.") are a slip to fix, a document full of them is a template;
* stock phrases from the ``boilerplate`` word list ("in today's fast-paced digital world", "harness
  the power of", "customer-centric"): they decide the sign only when dense, at least ``min-boilerplate``
  of them and more than ``max-boilerplate-per-1000`` per 1,000 words;
* few specifics: fewer than ``min-specifics-per-1000`` numbers and names (of services, places, people,
  bodies) per 1,000 words of running text;
* a bare template: three or more sections headed just "Vision", "Mission", "Values", "Goals" and the
  like, with little under them.

The last two decide the sign only together with another signal; alone, they are reported as notes.
A document with ``min-placeholders`` or more is an unfilled template: that one finding explains what it
does not say, so the other rules' findings about the whole document ("no guiding principles", "no risks
named") stay in the scorecard rather than being listed beside it.

Options: ``min-placeholders`` (default 3), ``min-boilerplate`` (default 3),
``max-boilerplate-per-1000`` (default 2.0), ``min-specifics-per-1000`` (default 15).

Bad: "In today's fast-paced digital world, [Organisation name] will harness the power of data."

Good: "Oxford City Council will move its 18 most-used forms, which carry 76% of online submissions, to
the new customer account by March 2027."
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from strategylint.analysis import AnalysedDocument
from strategylint.facts.template import UNFILLED_PLACEHOLDERS, TemplateSigns
from strategylint.findings import Evidence, Finding
from strategylint.model import DOCUMENT_LOCATION

CODE = "SL102"
NAME = "cookie-cutter"
SIGN = "cookie-cutter"
SEVERITY = "warning"
OPTIONS = {"min-placeholders": UNFILLED_PLACEHOLDERS, "min-boilerplate": 3, "max-boilerplate-per-1000": 2.0,
           "min-specifics-per-1000": 15}
BARE_TEMPLATE_HEADINGS = 3
WHY = ("The guidance: 'Learn from other organisations, but focus on the context of your trust and system and the "
       "needs of your users.'")


PLACEHOLDERS_NAMED = 5


def _placeholders(template: TemplateSigns, minimum: int) -> Iterator[Finding]:
    total = template.placeholder_count
    if not template.placeholders:
        return
    first = template.placeholders[0]
    named = ", ".join(repr(e.note) for e in template.placeholders[:PLACEHOLDERS_NAMED])
    more = f" and {total - PLACEHOLDERS_NAMED} more" if total > PLACEHOLDERS_NAMED else ""
    what = "unfilled template placeholder" if total == 1 else "unfilled template placeholders"
    yield Finding(
        message=(f"{total} {what}, {named}{more}: blanks left from a template, never filled in with this "
                 f"organisation's own words. {WHY}"),
        suggestion="Replace each placeholder with this organisation's own words and facts, or delete it.",
        location=first.location,
        quote=first.quote,
        decisive=total >= minimum,
        data={"placeholders": total, "named": [e.note for e in template.placeholders[:PLACEHOLDERS_NAMED]]},
        explains_absences=total >= minimum,  # a blank template: "no mission", "no risks" follow from it
    )


def _phrases(template: TemplateSigns) -> str:
    return ", ".join(f"'{phrase}'" for phrase, _ in template.boilerplate_phrases.most_common(5))


def check(doc: AnalysedDocument, options: Mapping[str, Any]) -> Iterator[Finding | Evidence]:
    template = doc.facts.template
    yield from _placeholders(template, int(options["min-placeholders"]))
    boilerplate = template.boilerplate_mentions >= int(options["min-boilerplate"])
    dense = boilerplate and template.boilerplate_per_1000 > float(options["max-boilerplate-per-1000"])
    rate = template.specifics_per_1000
    few = rate is not None and rate < float(options["min-specifics-per-1000"])
    bare = len(template.bare_headings) >= BARE_TEMPLATE_HEADINGS
    placeholders = template.placeholder_count >= int(options["min-placeholders"])
    if dense and template.boilerplate:
        first = template.boilerplate[0]
        yield Finding(
            message=(f"{template.boilerplate_mentions} stock phrases ({_phrases(template)}), "
                     f"{template.boilerplate_per_1000:.1f} per 1,000 words: this could be any organisation's "
                     f"strategy. {WHY}"),
            suggestion=("Replace each stock phrase with what it means here: which service, for which users, "
                        "with what result."),
            location=first.location,
            quote=first.quote,
            data={"boilerplate": template.boilerplate_mentions},
        )
    if few and rate is not None:
        example = template.generic_example
        yield Finding(
            message=(f"Few specifics: {rate:.1f} numbers and names (services, places, people, bodies) per 1,000 "
                     f"words, fewer than {float(options['min-specifics-per-1000']):g}. Nothing ties the text to "
                     f"this organisation's context" + (", as in the quoted sentence" if example else "") + f". {WHY}"),
            suggestion=("Name the services, places, users and volumes this strategy is about, with the figures "
                        "that show where the organisation stands now."),
            location=example.location if example else DOCUMENT_LOCATION,
            quote=example.quote if example else None,
            decisive=placeholders or boilerplate or bare,
            data={"specifics_per_1000_words": round(rate, 1)},
        )
    if bare:
        headings = ", ".join(repr(" ".join(e.quote.split())) for e in template.bare_headings[:5])
        first = template.bare_headings[0]
        yield Finding(
            message=(f"A bare template: {len(template.bare_headings)} sections headed only {headings}, each "
                     f"with little under it. A filled-in Vision / Mission / Values form is not a strategy. {WHY}"),
            suggestion=("Under each heading say what it means here: the problem this organisation faces, the "
                        "choices it makes, and the actions that follow."),
            location=first.location,
            quote=first.quote,
            decisive=placeholders or boilerplate or few,
            data={"bare_template_headings": len(template.bare_headings)},
        )
    if not (placeholders or dense or few or bare) and template.specific_example and rate is not None:
        example = template.specific_example
        yield Evidence("cookie-cutter", example.quote, example.location,
                       note=f"{rate:.0f} numbers and names per 1,000 words")
