"""Places: the countries and international bodies a text names, and the ones the document is about.

A target, a plan or a delivery credited to another country ("In the UK, the National Grid and DeepMind have
developed ...") is not the document's own. `home` is the jurisdiction the document is about: the one it names
most, and any it names nearly as often; every other one `jurisdictions` finds in a sentence is elsewhere.

The shared tests are `names_elsewhere` (a text names another country or body) and `in_foreign_section` (a block
sits under a heading that does); each fact adds its own conditions around them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from strategylint.facts.patterns import FIRST_PERSON, document_text

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.model import Block

JURISDICTIONS: dict[str, tuple[str, ...]] = {
    "EU": ("European Union", "European Commission", "Europe", "European", "EU"),
    "UK": ("United Kingdom", "UK", "Britain", "British", "England"),
    "US": ("United States", "U.S.", "USA", "America", "American", "US"),
    "China": ("China", "Chinese"), "Japan": ("Japan", "Japanese"), "Korea": ("Korea", "Korean"),
    "India": ("India", "Indian"), "Canada": ("Canada", "Canadian"), "Australia": ("Australia", "Australian"),
    "New Zealand": ("New Zealand",), "Singapore": ("Singapore", "Singaporean"), "Israel": ("Israel", "Israeli"),
    "Russia": ("Russia", "Russian"), "Brazil": ("Brazil", "Brazilian"), "Mexico": ("Mexico", "Mexican"),
    "France": ("France", "French"), "Germany": ("Germany", "German"), "Italy": ("Italy", "Italian"),
    "Spain": ("Spain", "Spanish"), "Netherlands": ("Netherlands", "Dutch"), "Belgium": ("Belgium", "Belgian"),
    "Denmark": ("Denmark", "Danish"), "Sweden": ("Sweden", "Swedish"), "Norway": ("Norway", "Norwegian"),
    "Finland": ("Finland", "Finnish", "Finns", "Finn"), "Estonia": ("Estonia", "Estonian"),
    "Austria": ("Austria", "Austrian"), "Switzerland": ("Switzerland", "Swiss"), "Portugal": ("Portugal",),
    "Ireland": ("Republic of Ireland", "Ireland", "Irish"), "Northern Ireland": ("Northern Ireland",),
    "Scotland": ("Scotland", "Scottish"), "Wales": ("Wales", "Welsh"), "Rwanda": ("Rwanda", "Rwandan"),
    "Kenya": ("Kenya", "Kenyan"), "Nigeria": ("Nigeria", "Nigerian"), "South Africa": ("South Africa",),
    "Turkey": ("Türkiye", "Turkey"), "UAE": ("United Arab Emirates", "UAE", "Dubai"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi"), "Taiwan": ("Taiwan",),
    "International": ("United Nations", "UNESCO", "OECD", "World Bank", "World Economic Forum", "IMF", "G7", "G20",
                      "NATO", "UN"),
}
_ALIAS_OF = {alias: key for key, aliases in JURISDICTIONS.items() for alias in aliases}
_BY_FIRST_LETTER: dict[str, list[str]] = {}
for _alias in sorted(_ALIAS_OF, key=len, reverse=True):
    _BY_FIRST_LETTER.setdefault(_alias[0], []).append(_alias)
# (?<![\w.])(alias|...)(?![\w]), longest alias first, in a form re scans faster: the aliases grouped by their first
# letter, so that the pattern starts with a choice of letters and re skips to them; the letter is matched before the
# look-behind, which looks at the character before it (same matches, checked in test_prefilters)
JURISDICTION = re.compile("(" + "|".join(
    re.escape(first) + r"(?<![\w.]" + re.escape(first) + r")(?:" + "|".join(re.escape(a[1:]) for a in aliases) + ")"
    for first, aliases in _BY_FIRST_LETTER.items()) + r")(?![\w])")
_NORTHERN = re.compile(r"Northern\s+$")


@lru_cache(maxsize=8192)  # section titles and repeated lines come back for every sentence under them
def jurisdictions(text: str) -> frozenset[str]:
    found: set[str] = set()
    shouting = text.isupper()
    for match in JURISDICTION.finditer(text):
        alias = match.group(1)
        if alias in ("US", "UN") and shouting:
            continue
        key = _ALIAS_OF[alias]
        if key == "Ireland" and _NORTHERN.search(text[:match.start()]):
            continue
        found.add(key)
    return frozenset(found)


def home(doc: AnalysedDocument) -> frozenset[str]:
    """The jurisdictions the document is about: the most named one, and any named nearly as often."""
    counts: Counter[str] = Counter()
    for match in JURISDICTION.finditer(doc.facts.get(document_text)):
        counts[_ALIAS_OF[match.group(1)]] += 1
    if not counts:
        return frozenset()
    top = counts.most_common(1)[0][1]
    return frozenset(key for key, n in counts.items() if n * 2 >= top and key != "International")


# the world at large, no one country: "Global AI policymaking has already begun", "Governments around the world are
# embracing digital tools"
WORLD_AT_LARGE = re.compile(r"\b(?:global|globally|worldwide|world-wide|around the world|internationally|the world's"
                            r"|other countries)\b", re.IGNORECASE)


# the nations of a union: a delivery in Wales is the UK's own in a UK strategy
PARTS = {"UK": frozenset({"England", "Scotland", "Wales", "Northern Ireland"})}


def with_parts(keys: frozenset[str]) -> frozenset[str]:
    """`keys` and the parts of each."""
    return keys.union(*(PARTS.get(key, frozenset()) for key in keys))


def names_elsewhere(text: str, own_places: frozenset[str]) -> bool:
    """Whether `text` names a country or international body other than `own_places`."""
    return bool(jurisdictions(text) - own_places)


# a heading on the world beyond the document's own country, naming none: "What are other countries doing?",
# "Artificial intelligence around the world", "The Internet globally"; not "International cooperation", which is the
# organisation's own work with others
ABROAD_WORDS = (r"around the world|international (?:context|comparisons?|landscape|examples?|perspective)"
                r"|other (?:countries|nations|governments)|global (?:context|landscape|trends)|worldwide|abroad")
ABROAD_HEADING = re.compile(rf"\b(?:{ABROAD_WORDS})\b|\bglobally\W*$", re.IGNORECASE)


def in_foreign_section(block: Block, own_places: frozenset[str]) -> bool:
    """Under a heading that names another country ("Japan is to become Society 5.0") or the world abroad ("What are
    other countries doing?"): others' story."""
    path = block.section_path
    return bool(path) and (names_elsewhere(path[-1], own_places) or _abroad(path[-1]))


@lru_cache(maxsize=4096)  # asked of every sentence; a document has few sections
def _abroad(title: str) -> bool:
    return ABROAD_HEADING.search(title) is not None and not FIRST_PERSON.search(title)  # not "Our work worldwide"


# a section on other organisations: "COMPETITIVE ANALYSIS", "Competitor 2: Montessori Teachers College (MTC)"; not
# "Differentiation from Competitors", which is about the organisation itself
COMPETITOR_HEADING = re.compile(r"\bcompetit(?:ive|or|ion)\s+(?:analysis|landscape|review|profiles?|scan)\b"
                                r"|^\s*competitors?\b", re.IGNORECASE)


def in_competitor_analysis(block: Block) -> bool:
    """Under a heading on competitors: their services, students and results, not the organisation's."""
    return under_heading(COMPETITOR_HEADING, block.section_path)


@lru_cache(maxsize=8192)  # asked of every sentence; a document has few section paths
def under_heading(pattern: re.Pattern[str], path: tuple[str, ...], innermost: bool = False) -> bool:
    """Whether a heading on `path` (or only its innermost, the block's own section) matches `pattern`."""
    titles = path[-1:] if innermost else path
    return any(pattern.search(title) for title in titles)


CASE_STUDY = re.compile(r"\bcase stud(?:y|ies)\b", re.IGNORECASE)


def in_case_study(block: Block) -> bool:
    """Under a heading of case studies: a partner's or a past project's story, told in its own "we"."""
    return under_heading(CASE_STUDY, block.section_path)


# a section on another body's publication, a title in quotes that names a report or study: "Oxford Economics -
# ‘Research Study on High-Level Skill Needs ...’", "Employer Board ICT Skills Action Network - ‘ICT Skills Action Plan
# Report’", "‘Preparing for a Lower Corporation Tax Environment’ Report"; not a phrase in quotes ("Promoting ‘Channel
# Shift’", "Summary “AI made in Germany”", "Theme 2 – ‘Digital by default’")
PUBLICATION_HEADING = re.compile(r"[‘“\"][A-Z][^’”\"]*\b(?:Report|Study|Review|Survey)\b"
                                 r"|[’”\"]\s+(?:Report|Study|Review|Survey)\b")


def in_others_publication(block: Block) -> bool:
    """Under a heading that names another body's report or study: what that report aims at is not the document's
    mission (though what it found, when the organisation commissioned it, may well be its users' needs)."""
    return under_heading(PUBLICATION_HEADING, block.section_path, innermost=True)


def about_others(block: Block, own_places: frozenset[str]) -> bool:
    """In a section on another country or on competitors."""
    return in_foreign_section(block, own_places) or in_competitor_analysis(block)
