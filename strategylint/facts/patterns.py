"""Regular expressions shared by the fact extractors: years, periods, numbers and cue words."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from strategylint.analysis import fold

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

YEAR = r"(?:19[6-9]\d|20\d\d)"
MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
DASH = r"(?:-|–|—|‑|to|until|/)"

# "2016-2020", "2016 – 20", "2018 to 2025", "2025/26"
PERIOD = re.compile(rf"\b({YEAR})\s*{DASH}\s*((?:19|20)?\d\d)\b(?![-–/.]\d)")
# "by 2030", "by the end of 2025", "until March 2027", "no later than 2026"
TARGET_YEAR = re.compile(
    rf"\b(?:by|until|till|up to|through|towards?|before|no later than|to)\s+(?:the\s+(?:end|start|beginning|middle)"
    rf"\s+of\s+)?(?:(?:{MONTHS}|Q[1-4]|FY|H[12]|spring|summer|autumn|fall|winter)\s+)?({YEAR})\b", re.IGNORECASE)
# "Vision 2030", "2030 vision", "the 2025 targets"
NAMED_YEAR = re.compile(
    rf"\b(?:our|this)\s+(?:\w+\s+)?(?:(?:vision|agenda|strategy|plan|roadmap|ambition|targets?|goals?)\s+(?:for\s+|to\s+)?"
    rf"({YEAR})|({YEAR})\s+(?:vision|targets?|goals?|ambitions?))\b",
    re.IGNORECASE)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
}
# ISO 4217 codes that strategies quote amounts in: a currency, not an acronym to spell out
CURRENCY_CODES = ("EUR", "USD", "GBP", "DKK", "SEK", "NOK", "CHF", "RMB", "CNY", "JPY", "AUD", "CAD", "INR")
_N = r"(\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# "10-year vision", "ten year plan", "5- to 10-year horizon"
N_YEAR_PLAN = re.compile(
    rf"\b{_N}\s?[-–‑ ]\s?years?\s+(?:digital\s+|data\s+|national\s+|long[- ]term\s+)?"
    rf"(?:plan|strategy|vision|roadmap|programme|program"
    rf"|horizon|period|agenda|ambition|timeframe|time frame|journey|effort|framework)\b", re.IGNORECASE)
# "over the next ten years", "within the coming 5 years", "for the next decade"
NEXT_YEARS = re.compile(rf"\b(?:over|in|within|during|for|across)\s+(?:the\s+)?(?:next|coming|following|another)\s+{_N}"
                        rf"\s+years\b", re.IGNORECASE)
NEXT_DECADE = re.compile(r"\b(?:next|coming)\s+decade\b|\bdecade[- ](?:long|ahead)\b|\bdecade ahead\b|\bten[- ]year\b",
                         re.IGNORECASE)

FORECAST = re.compile(r"\b(?:could|might|estimated?|estimates|forecasts?|predicts?|predicted|projected|projections?"
                      r"|according to|scenarios?|is expected to grow|would)\b", re.IGNORECASE)
# predictions, in addition to the FORECAST cues
PREDICTION = re.compile(
    r"\b(?:may|likely|unlikely|expected|anticipated|believed|predictions?|prognos\w*|outlook|is set to|are set to)\b"
    r"|\bwill\s+(?:\w+\s+)?have\s+(?:exceeded|grown|risen|fallen|reached|doubled|tripled|increased|decreased"
    r"|overtaken|surpassed)\b",
    re.IGNORECASE)
PLAN_CUE = re.compile(r"\b(?:will|shall|aims?|goals?|targets?|ambitions?|objectives?|plans?|strategy"
                      r"|vision|commit\w*|ensure|must|intends?|programme|period|agenda|roadmap|action)\b",
                      re.IGNORECASE)

# numbers that measure something: digits not used as list or section numbering
LEADING_NUMBERING = re.compile(r"^\s*(?:\(?[0-9ivxIVX]{1,4}(?:\.\d+)*[.)]|[a-z][.)]|[•▪●◦■\-–*])\s+")
REFERENCE_NUMBER = re.compile(
    r"\b(?:section|chapter|figure|fig\.|table|page|p\.|annex|appendix|action|goal|priority|principle|step|part"
    r"|objective|theme|recommendation|challenge|pillar|article|paragraph|version|v\.?)\s*\d+(?:\.\d+)*",
    re.IGNORECASE)
MEASURE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|per ?cent|percent)|[£$€¥]\s*\d|\b\d+(?:[.,]\d+)?\s*(?:bn|m|k|billion|million|thousand)\b"
    r"|\b\d[\d,.]*\b",
    re.IGNORECASE)
DEADLINE = re.compile(
    rf"\b(?:by|before|until|within|no later than|in|from|during|end of|starting)\s+(?:the\s+)?(?:end\s+of\s+)?"
    rf"(?:{MONTHS}\s+)?(?:Q[1-4]\s+)?(?:FY\s*)?{YEAR}\b|\b{MONTHS}\s+{YEAR}\b|\bQ[1-4]\s*{YEAR}\b"
    rf"|\bwithin\s+(?:\d+|one|two|three|four|five|six|twelve|eighteen)\s+(?:weeks|months|years)\b"
    rf"|\b(?:in|by)\s+year\s+(?:one|two|three|\d)\b|\b(?:by|in)\s+{YEAR}\s*/\s*\d\d\b",
    re.IGNORECASE)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty" \
         r"|forty-eight|sixty|seventy-two|ninety|eighteen|twenty-four)"
# a time limit, a frequency, an amount of money or a timeline: "contained within the first 10 minutes",
# "tested quarterly", "twice a year", "every 6 months", "USD 2 million", "over a six-month timeline"
TIME_LIMIT = re.compile(rf"\bwithin\s+(?:the\s+)?(?:first\s+|next\s+)?{_COUNT}\s+"
                        r"(?:working\s+|business\s+|calendar\s+)?(?:seconds|minutes|hours|days|weeks|months|years)\b"
                        r"|\bwithin\s+(?:an?|one)\s+(?:working\s+|business\s+)?(?:hour|day|week|month)\b",
                        re.IGNORECASE)
FREQUENCY = re.compile(
    r"\b(?:is|are|be|been|being|run|held|done|reviewed|tested|updated|refreshed|reported|audited|conducted|carried\s+out"
    r"|published|assessed|repeated|checked|monitored|measured|performed|delivered|evaluated|revisited|renewed"
    r"|met|meets?|review|test|update|report|audit|publish|assess|check|monitor|measure|evaluate|revisit|renew)"
    r"\s+(?:\w+\s+){0,3}?(?:quarterly|monthly|weekly|daily|fortnightly|annually|yearly|biannually|bi-annually"
    r"|semi-annually|half-yearly)\b(?!\s+(?!(?:and|or|to|by|in|at|with|for|from|thereafter|basis)\b)[a-z])"
    r"|\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|each|every)\s+(?:day|week|month|quarter"
    r"|year)\b"
    rf"|\bevery\s+(?:{_COUNT}\s+)?(?:days|weeks|months|years|quarter|month|week|year)\b"
    r"|\b(?:quarterly|monthly|weekly|annual|yearly|biannual|bi-annual|half-yearly)\s+(?:reviews?|audits?|tests?"
    r"|testing|assessments?|drills?|exercises?)\b",
    re.IGNORECASE)
MONEY = re.compile(r"[£$€¥]\s*\d|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|US\$|C\$|A\$)\s*\d"
                   r"|\b\d[\d,.]*\s*(?:bn|m|k|million|billion|thousand)?\s*(?:USD|EUR|GBP|CAD|AUD|euros?|pounds"
                   r"|dollars)\b", re.IGNORECASE)
TIMELINE = re.compile(rf"\b{_COUNT}[-‑– ](?:month|year|week)s?\s+(?:timeline|timeframe|time\s+frame|period"
                      r"|programme|program|plan|project|pilot|roadmap|schedule)\b", re.IGNORECASE)
TARGET_WORDS = re.compile(r"\b(?:target(?:s|ed)? of|at least|no fewer than|no more than|reduce[sd]? .{0,40}\bby\b"
                          r"|increase[sd]? .{0,40}\bto\b|halve|double|all (?:of )?our|every (?:one of )?our)\b",
                          re.IGNORECASE)


# the document in the first person: "we", "our", "us"; case matters, as "the US" is not "us" (nor "US" in a heading)
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
# the organisation by its kind, as its own documents speak of it: "the council", "the department", "this ministry"
ORGANISATION = re.compile(r"\b(?:[Tt]he\s+(?:council|trust|department|government|ministry|agency|authority|board"
                          r"|service|team|programme|organisation|organization|company|university|college)"
                          r"|[Tt]his\s+(?:council|department|ministry|agency|programme|organisation|organization))\b")


def names_the_organisation(name: str) -> bool:
    """Whether a name is the organisation by its kind, as its own documents speak of it ("Department", "the
    Government"), whatever its capitals."""
    return ORGANISATION.fullmatch("the " + re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower()) \
        is not None


# an action written as an instruction, as action tables and capability lists put them ("Establish one trusted
# representation of customers", "Provide reusable views of ...")
IMPERATIVE = re.compile(
    r"^(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)]|[•▪·–-])\s+)?(?:establish|provide|make|develop|deliver|create|build"
    r"|introduce|implement|ensure|improve|increase|reduce|stop|standardi[sz]e|shift|separate|manage|support|set up"
    r"|launch|publish|expand|extend|promote|strengthen|enable|adopt|move|replace|consolidate|migrate|train|recruit"
    r"|appoint|fund|invest|pilot|trial|roll out|define|agree|align|embed|deploy|upgrade|moderni[sz]e|simplify"
    r"|digiti[sz]e|automate|share|protect|secure|measure|monitor|evaluate|identify|assess|design|engage|encourage"
    r"|maintain|review|put in place|carry out|undertake|prepare|produce|complete|achieve|raise|grow|offer"
    r"|retire|decommission|abstract)\s+(?!(?:and|or|of|is|are|was|were|to)\b)",
    re.IGNORECASE)
# the document naming itself just before a name: "This National Digital Strategy", "our strategy"
SELF_BEFORE = re.compile(r"\b(?:this|our)\s+$", re.IGNORECASE)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of `words` stands in `text`: a plain substring test, far cheaper than a pattern, to run on
    `AnalysedDocument.lowered` before a pattern that can only match where one of the words stands."""
    for word in words:  # noqa: SIM110 (a plain loop is a quarter faster than any() over a generator)
        if word in text:
            return True
    return False


class CuedBranches:
    """A pattern of many branches, searched one group of branches at a time and each group only where one of its
    words stands in the folded text: in most sentences only a few of the branches are worth trying.

    ``search(text, fold(text))`` finds what ``pattern.search(text)`` finds: the leftmost match, and where two
    groups match at the same place, the earlier group's (as the whole pattern tries its branches in order)."""

    def __init__(self, groups: tuple[tuple[tuple[str, ...], str], ...], flags: int = 0) -> None:
        self.pattern = re.compile("|".join(branches for _, branches in groups), flags)
        self.groups = tuple((words, re.compile(branches, flags)) for words, branches in groups)
        self.words = tuple(word for words, _ in groups for word in words)

    def matches(self, text: str, lowered: str) -> bool:
        """``bool(pattern.search(text))``, stopping at the first group that matches."""
        return any(has_any(lowered, words) and branches.search(text) is not None for words, branches in self.groups)

    def search(self, text: str, lowered: str) -> re.Match[str] | None:
        found: re.Match[str] | None = None
        for words, branches in self.groups:
            if has_any(lowered, words) and (match := branches.search(text)) is not None \
                    and (found is None or match.start() < found.start()):
                found = match
        return found


_SEPARATOR = "\x00"  # between sentences in FoldedSentences: in no word, so no word found runs across two


class FoldedSentences:
    """The folded text of every sentence of a document (`AnalysedDocument.lowered`), joined into one string, so
    that the sentences where some words stand are found in one pass over the document per word, rather than with
    a `has_any` test on every sentence: ``index in with_any(words)`` is ``has_any(doc.lowered[index], words)``."""

    def __init__(self, lowered: list[str]) -> None:
        self._text = _SEPARATOR.join(lowered)
        self._starts: list[int] = []
        offset = 0
        for text in lowered:
            self._starts.append(offset)
            offset += len(text) + len(_SEPARATOR)
        self._found: dict[tuple[str, ...], frozenset[int]] = {}

    def with_any(self, words: tuple[str, ...]) -> frozenset[int]:
        """The indexes of the sentences where any of `words` stands."""
        found = self._found.get(words)
        if found is None:
            found = self._found[words] = frozenset(self._sentences_with_any(words))
        return found

    def _sentences_with_any(self, words: tuple[str, ...]) -> set[int]:
        text, starts = self._text, self._starts
        found: set[int] = set()
        for word in words:
            if not word or _SEPARATOR in word:
                raise ValueError(f"not a word to look for: {word!r}")
            at = text.find(word)
            while at != -1:
                index = bisect.bisect_right(starts, at) - 1
                found.add(index)
                # the next sentence: one finding per sentence is enough
                at = text.find(word, starts[index + 1]) if index + 1 < len(starts) else -1
        return found


def folded_sentences(doc: AnalysedDocument) -> FoldedSentences:
    return FoldedSentences(doc.lowered)


def normalise_end(start: int, end_text: str) -> int | None:
    """The full end year of a period written "2016-20" or "2016-2020"; None if it is not a forward span."""
    end = int(end_text)
    if len(end_text) == 2:
        end += (start // 100) * 100
        if end < start:
            end += 100
    return end if start < end <= start + 30 else None


def number_value(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


_YEAR_ONLY = re.compile(YEAR)
_DIGIT = re.compile(r"\d")
# Cheap tests before the measure patterns, on the folded text: each pattern can only match where its words stand
# (a year, a number or an amount needs a digit as well: REFERENCE_NUMBER, MEASURE and MONEY match nowhere else).
_DEADLINE_WORDS = ("within", "year")  # besides a digit: "within six weeks", "in year two"
_TARGET_WORDS = ("target", "at least", "no fewer than", "no more than", "reduce", "increase", "halve", "double", "our")
_FREQUENCY_WORDS = ("quarter", "month", "week", "day", "daily", "fortnight", "annual", "year", "every")
_TIMELINE_WORDS = ("month", "year", "week")


def has_measure(text: str, latest_deadline: int | None = None) -> bool:
    """A number, percentage, amount, target phrase, deadline, time limit ("within 10 minutes"), frequency
    ("tested quarterly", "twice a year") or timeline ("a six-month timeline"), not counting list and section numbers.

    Years after `latest_deadline` are dropped first: a far-off vision year measures nothing."""
    body = LEADING_NUMBERING.sub("", text)
    if _DIGIT.search(body):
        body = REFERENCE_NUMBER.sub(" ", body)
        if latest_deadline is not None:
            body = _YEAR_ONLY.sub(lambda m: " " if int(m.group(0)) > latest_deadline else m.group(0), body)
    digit = _DIGIT.search(body) is not None
    lowered = fold(body)
    if (((digit or has_any(lowered, _DEADLINE_WORDS)) and DEADLINE.search(body))
            or (has_any(lowered, _TARGET_WORDS) and TARGET_WORDS.search(body))
            or ("within" in lowered and TIME_LIMIT.search(body))
            or (has_any(lowered, _FREQUENCY_WORDS) and FREQUENCY.search(body))
            or (digit and MONEY.search(body))
            or (has_any(lowered, _TIMELINE_WORDS) and TIMELINE.search(body))):
        return True
    if not digit:
        return False
    for match in MEASURE.finditer(body):
        token = match.group(0)
        start = match.start()
        # footnote markers glued to a word ("services.12") are not measures
        if start and (body[start - 1].isalpha() or body[start - 1] in ".)]") and token.isdigit():
            continue
        return True
    return False


_LOWER_CASE_WORD = re.compile(r"[a-z](?<!\w[a-z])[\w'’-]*")  # \b[a-z][\w'’-]*, in a form re scans faster


def document_text(doc: AnalysedDocument) -> str:
    """Every block's text, a line each, joined once for the facts that scan the whole document."""
    return "\n".join(block.text for block in doc.blocks)


def lower_case_words(doc: AnalysedDocument) -> frozenset[str]:
    """Every word the document writes in lower case somewhere: a capitalised word it also writes in lower
    case is a common word ("By 2020", "ALL" for emphasis), not a name or an acronym."""
    return frozenset(_LOWER_CASE_WORD.findall(doc.facts.get(document_text)))


_TITLE_CASE_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def title_case_words(doc: AnalysedDocument) -> frozenset[str]:
    """Every word the document writes capitalised ("Matrix"): one it also writes in capitals ("the MATRIX
    programme") is a name set in capitals, not an acronym."""
    return frozenset(_TITLE_CASE_WORD.findall(doc.facts.get(document_text)))


TITLE_MAX_WORDS = 12


def title_cased(text: str) -> bool:
    """A heading, a contents line or a name and title: "Creating the Workforce of the Future", "Cédric Villani
    Mathematician and Member of the National Assembly"."""
    words = [w for w in text.split() if len(w) > 3]
    return len(text.split()) <= TITLE_MAX_WORDS and bool(words) and all(w[0].isupper() for w in words)
