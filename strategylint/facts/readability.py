"""How plain the document reads: length, reading ease, long sentences, undefined acronyms, words to avoid.

The measures are GOV.UK's and the Plain English Campaign's (research/domain-lexicons.md section 2): a
25-word sentence limit, and the Flesch reading ease, 206.835 - 1.015 x (words per sentence) - 84.6 x
(syllables per word), where 60-70 is plain English and 0-30 very difficult. Syllables are counted by a
small rule of thumb (vowel groups, less a silent final e), which is within a syllable for most words and
good enough for a document average. Only running text counts (`topics.running_text`): headings, tables
of contents, reference lists, glossaries and table cells are not sentences a reader reads as prose.

An acronym is undefined when it is used at least twice in the running text and never introduced as
"Full Name (FN)" or "FN (Full Name)", nor listed in a glossary or list of abbreviations ("FN - Full
Name"), nor spelled out on the cover ("Northern Ireland" in the title defines NI); the first use of each
is kept as evidence. Words in a run of three or more capitalised words ("THEME 3: LEADERSHIP, RESEARCH
AND POLICY") are a shouted heading, not acronyms, and so is an English word by its ending ("EXCITED – The Digital
Learning Festival"); a list of those who took part ("Submissions to consultation": "Holy Family BNS") is not
read for them. The most used in sentences of prose come first (the ones a reader trips over), before names in a
table of participants laid out as lines.

GOV.UK's words to avoid (`words-to-avoid.txt`) are gathered per headword, so that "leverage",
"leverages" and "leveraging" are one word used three times. Only uses in prose count: running text after
the cover that reads as a sentence (at least four words, and a full stop or eight words; not all in
capitals; not the title), outside quotations of someone else's words. A use in a literal sense GOV.UK
allows is not counted: a cue from `words-to-avoid-literal.txt` near the word ("robust and resilient cloud
services", "foster care", "the leverage effect"), or "leverage" used as a noun.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from strategylint.facts import cover, topics
from strategylint.facts.patterns import CURRENCY_CODES, document_text, has_any, lower_case_words, title_case_words
from strategylint.facts.places import under_heading
from strategylint.findings import Evidence
from strategylint.lexicons import LEXICON_PACKAGE
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Mention, Sentence

LONG_SENTENCE_WORDS = 25
MIN_SENTENCE_WORDS = 3  # shorter pieces are captions, labels or list stubs, not sentences
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z0-9&]{1,6}s?\b")  # \b[A-Z]..., in a form re scans faster
# "Core Policy and Procedures Manual (CPPM)", "(CPPM, Chapter 12)", "(Natural Language Processing - NLP)",
# "PDST Technology in Education (PDST-TiE)", which spells out both PDST and TIE
DEFINED_AFTER = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z0-9&]{1,7}?(?:-[A-Z][A-Za-z0-9&]{1,7}?)?)s?"
                           r"(?:\s+[A-Z][a-z]{2,})?\s*[),;]"  # "Responsible AI Office (RAI Office)"
                           r"|\([A-Za-z][^()]{4,120}?\s[-–—:]\s*([A-Z][A-Z0-9&]{1,6})s?\s*\)")
# "CERT-PA (Computer Emergency Response Team ...)", "DINSIC (Direction interministérielle du numérique ...)"
DEFINED_BEFORE = re.compile(r"\b([A-Z][A-Z0-9&]{1,6})(?:-[A-Z0-9]{1,6})?s?\s*\(([A-Za-z][^()]{4,240})\)")
# "the STEM action plan (Science, Technology, Engineering, Mathematics)": a few words between, the initials spell it
DEFINED_NEAR = re.compile(r"\b([A-Z][A-Z0-9&]{1,6})s?\s+(?:[\w-]+\s+){1,3}\(([A-Za-z][^()]{4,160})\)")
# "a privacy impact assessment or PIA": the words before "or" spell the acronym
DEFINED_OR = re.compile(r"((?:\b[A-Za-z][\w-]*\s+){1,8})or\s+(?:an?\s+|the\s+)?([A-Z][A-Z0-9&]{1,6})s?\b")
# "the BATX: Baidu, Alibaba, Tencent and Xiaomi", "the FDS – Federal Data Strategy": the names after it spell it
DEFINED_LISTED = re.compile(r"\b([A-Z][A-Z&]{1,6})s?\s*[:,–—]\s+((?:[A-Z][\w'’-]*,?\s+(?:(?:and|of|for|the|&)\s+)*)"
                            r"{1,9}[A-Z][\w'’-]*)")
# a glossary line: "FN - Full Name", "FN: Full Name", "FN = Full Name", the initials spelling the acronym
DEFINED_AS_ENTRY = re.compile(r"^\s*([A-Z][A-Z&]{1,6})s?\s*[:=–—-]\s*((?:[A-Za-z][\w’'-]*[\s,]*){2,12})")
# "ICT Innovation Platform 'Securely Connected' (hereinafter referred to as IIP-SC)"
DEFINED_HEREINAFTER = re.compile(r"\b(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+|called\s+|the\s+)?[‘'\"“]?"
                                 r"([A-Z][A-Za-z0-9&]{1,7}(?:-[A-Z][A-Za-z0-9&]{1,7})?)")
# a name explained where it stands: "KYSO is an agritech startup", "SURF, a collaborative organisation for Dutch
# education", "URBEM, developed by Civica Digital, is a tool"
EXPLAINED = re.compile(
    r"\b([A-Z][A-Z0-9&]{1,6})(?:,\s+[^,.;()]{1,60},)?(?:,\s+|\s+(?:is|was)\s+)(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:organi[sz]ation|company|start-?up|firm|tool|platform|federation|association|body|network|programme|program"
    r"|project|initiative|operator|provider|agency|institute|foundation|consortium|centre|center|fund|alliance"
    r"|charity|collective|cooperative|co-operative|partnership|society|union|council|university|school|app"
    r"|application|product|brand)\b")
_MINOR_WORDS = frozenset({"and", "of", "for", "the", "in", "on", "to", "a", "an", "&"})
GLOSSARY_SECTION = re.compile(r"glossary|abbreviations|acronyms|definitions?|terminology|list of terms", re.I)
PROSE_WORDS = 6  # a shorter line is a label or a cell, not a sentence of prose
SHOUTED_RUN = 3  # this many capitalised words in a row are a heading set in capitals, not acronyms
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9&]*")
# a cheap test: where SHOUTED_RUN capitalised tokens follow one another, this matches (and sometimes more)
_MAY_SHOUT = re.compile(rf"[A-Z][A-Z0-9&]+(?:[^A-Za-z]+[A-Z][A-Z0-9&]+){{{SHOUTED_RUN - 1}}}")
# acronyms every reader knows, or that are names rather than abbreviations
COMMON_ACRONYMS = frozenset({
    "UK", "US", "USA", "EU", "UN", "NHS", "GOV", "IT", "AI", "OK", "TV", "PC", "ID", "PDF", "FAQ", "CEO",
    "CFO", "HR", "PR", "GDP", "VAT", "BBC", "WWW", "URL", "HTML", "PIN", "SMS", "GP", "II", "III", "IV", "VI",
    "VII", "VIII", "IX", "XI", "XII", "IS", "OR", "AND", "THE", "OF", "TO", "IN", "ON", "A", "AM", "PM", "Q1",
    "Q2", "Q3", "Q4", "EN", "DE", "FR", "NL", "R&D", "HM", "FY", "COVID", "ISBN", "ISSN", "DOI",
    # currency codes and company names are not jargon a reader needs spelled out
    "IBM", "BT", "HP", "DNA", *CURRENCY_CODES,
    # company forms: "Ericsson AB", "Siemens AG", "BT Group PLC"
    "AB", "AG", "NV", "BV", "PLC", "LLC", "LLP", "LTD", "INC",
})
# a web address or a file path, whose parts are not acronyms: "(http://www.education.ie/.../Schools-IT2000.pdf)",
# "Speeches/2013-Speeches/SP13-02-22.html)"
ADDRESS = re.compile(r"https?://\S+|www\.\S+|\S+\.(?:html?|pdf|aspx?|php)\b", re.IGNORECASE)
_ADDRESS_WORDS = ("http", "www.", ".htm", ".pdf", ".asp", ".php")  # every match of ADDRESS holds one
_FISCAL_YEAR = re.compile(r"FY\d{2,4}")

WORDS_TO_AVOID = "words-to-avoid"
LITERAL_SENSES = "words-to-avoid-literal"
KINDS = ("vague", "buzzword", "jargon", "metaphor", "filler")
PROSE_MIN_WORDS = 4  # "Robust digital infrastructure" is a label, not a sentence
PROSE_UNPUNCTUATED_WORDS = 8  # without a full stop, a shorter line is a title or a contents entry
QUOTATION_MIN_WORDS = 4  # a quoted span this long is someone else's words, not a term in scare quotes
COVER_BLOCKS = 6  # a cover without page numbers: a title, a subtitle, an organisation, a date
CONFIG_CUE_WINDOW = 3  # a literal-sense cue added by configuration counts this many words either side
_SENTENCE_END = ".!?:;\"'”’)…"
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
# "leverage" as a noun is its literal (or financial) sense: "the leverage effect", "Bupa needs leverage"
_LEVERAGE_VERB_BEFORE = frozenset({
    "to", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "cannot", "we", "they",
    "you", "i", "and", "or", "also", "better", "further", "fully", "effectively", "not", "help", "helps",
})
_LEVERAGE_NOUN_BEFORE = frozenset({
    "the", "a", "an", "more", "greater", "much", "less", "no", "any", "some", "its", "our", "their", "his",
    "her", "your", "financial", "political", "negotiating", "bargaining", "buying", "enough", "needs", "need",
    "needed", "have", "has", "had", "gain", "gains", "give", "gives", "provide", "provides", "of", "as",
})


@dataclass(frozen=True, slots=True)
class Readability:
    words: int
    sentences: int
    mean_sentence_words: float
    long_sentence_share: float
    reading_ease: float | None
    undefined_acronyms: tuple[str, ...] = ()
    unlinked_acronyms: tuple[str, ...] = ()  # of those, the ones written out elsewhere but never tied to them
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "words": self.words,
            "sentences": self.sentences,
            "mean_sentence_words": self.mean_sentence_words,
            "long_sentence_share": self.long_sentence_share,
            "reading_ease": self.reading_ease,
            "undefined_acronyms": list(self.undefined_acronyms),
            "unlinked_acronyms": list(self.unlinked_acronyms),
        }


_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_SILENT_END = re.compile(r"(?:[^laeiouy]es|[^aeiouy]ed|[^laeiouy]e)$")
_VOWEL_GROUP = re.compile(r"[aeiouy]{1,2}")
_HIATUS = re.compile(r"(?<![tcsg])i[ao]")


@lru_cache(maxsize=65536)  # and each spelling once, before lower() and strip()
def syllables(word: str) -> int:
    """Syllables in an English word, by vowel groups: 'strategy' 3, 'digital' 3, 'make' 1, 'people' 2."""
    return _syllables(word.lower().strip("'’-"))


@lru_cache(maxsize=65536)  # documents repeat their words: count each once
def _syllables(word: str) -> int:
    if len(word) <= 3:
        return 1
    word = _SILENT_END.sub(lambda m: m.group(0)[0], word)
    word = word[1:] if word.startswith("y") else word
    count = len(_VOWEL_GROUP.findall(word)) + len(_HIATUS.findall(word))
    return max(1, count)


def reading_ease(words: int, sentences: int, syllable_count: int) -> float | None:
    if not words or not sentences:
        return None
    return round(206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_count / words), 1)


def _in_glossary(sentence: Sentence) -> bool:
    path = sentence.block.section_path
    if path and GLOSSARY_SECTION.search(path[-1]) is not None:
        return True
    # a list of abbreviations whose heading a PDF's layout ran into it: "APPENDIX 6: ABBREVIATIONS ACCS Association
    # of Community and Comprehensive Schools ATECI ..."
    opening = GLOSSARY_OPENING.match(sentence.block.text)
    return opening is not None and sentence.block.text[:opening.end()].isupper()


GLOSSARY_OPENING = re.compile(r"\s*(?:APPENDIX\s+\w+\s*[:.–-]\s*)?(?:GLOSSARY|(?:LIST OF\s+)?(?:ABBREVIATIONS|ACRONYMS)"
                              r"(?:\s+AND\s+(?:ACRONYMS|ABBREVIATIONS))?)\b", re.IGNORECASE)


def _acronym(found: str) -> str:
    """The acronym without a plural s: "APIs" -> "API"."""
    return found[:-1] if found.endswith("s") and found[:-1].isupper() else found


# a section that lists those who took part: "Appendix 3: Submissions to consultation", "List of participants"
LIST_OF_NAMES = re.compile(r"\b(?:submissions|respondents|participants|contributors|consultees|interviewees"
                           r"|attendees|acknowledge?ments|members\s+of\s+the|who\s+(?:we\s+)?(?:consulted|met|spoke))\b",
                           re.IGNORECASE)


def _in_list_of_names(sentence: Sentence) -> bool:
    return under_heading(LIST_OF_NAMES, sentence.block.section_path) or _numbered_roll(sentence.text)


# "44 Hewlett Packard 45 Hibernia College 46 Highline Technology Ltd": a numbered list of names that a PDF ran into one
# paragraph, whose heading ("APPENDIX 3: SUBMISSIONS TO CONSULTATION") it may have run in too
_ROLL_NUMBER = re.compile(r"(?:^|\s)(\d{1,3})\s+(?=[A-Z])")
MIN_ROLL_NUMBERS = 5


def _numbered_roll(text: str) -> bool:
    """Whether `text` numbers `MIN_ROLL_NUMBERS` or more names in a row: 44, 45, 46 ..."""
    run, last = 0, -1
    for match in _ROLL_NUMBER.finditer(text):
        number = int(match.group(1))
        run = run + 1 if number == last + 1 else 1
        if run >= MIN_ROLL_NUMBERS:
            return True
        last = number
    return False


NAME_IN_CAPITALS = 4  # a word this long in capitals that the text also writes capitalised is a name, not an acronym
# an English word in capitals, by its ending: "EXCITED – The Digital Learning Festival", "CONNECTING", "INNOVATION"
WORD_IN_CAPITALS = re.compile(r"[A-Z]{3,}(?:ED|ING|TION|SION|MENT|NESS|ABLE|IBLE|IVE|IES)")
_MINOR = r"(?:(?:of|for|and|the|in|on|to|a|an|&)\s+)*"
_DOCUMENT_CODE = re.compile(r"\s?\((?:19|20)\d\d\)")  # "SEC(2009) 1436", "COM (2011) 315"
_DIRECTIVE = re.compile(r"\d/$")
_MID_SENTENCE = re.compile(r"[\w,;’'\")]\s+$")


_CAP_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
_CAP_RUN = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:,?\s+" + _MINOR + r"[A-Z][a-z][\w'’-]*)*")
MAX_NAME_WORDS = 8  # the longest acronym spelled out


def capitalised_names(text: str, wanted: frozenset[str]) -> dict[str, Counter[str]]:
    """The runs of capitalised words, and the parts of runs, that the text writes inside a sentence ("Northern
    Ireland", "Department for Employment and Learning") whose initials are `wanted`, with how often each is
    written: inside a sentence, where capitals mark a name, not at the start of a line or sentence, where a
    heading or a table's label ("Core Difference") is capitalised anyway."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    lengths = {len(initials) for initials in wanted}
    for run in _CAP_RUN.finditer(text):
        phrase = run.group(0)
        # "The Department" is D's: "the", "of" and the like are in no acronym
        words = [w for w in _CAP_WORD.finditer(phrase) if w.group(0).lower() not in _MINOR_WORDS]
        inside = _MID_SENTENCE.search(text[max(0, run.start() - 4):run.start()]) is not None
        for first in range(len(words)):
            if first == 0 and not inside and words[0].start() == 0:
                continue
            for length in lengths:
                last = first + length - 1
                if last >= len(words):
                    continue
                initials = "".join(w.group(0)[0] for w in words[first:last + 1]).lower()
                if initials in wanted:
                    name = phrase[words[first].start():words[last].end()].replace(",", "")
                    names[initials][" ".join(name.split())] += 1
    return names


def _letters(term: str) -> str:
    """The acronym without a plural's "s": "MOOCs" -> "MOOC"."""
    return term.removesuffix("s") if term.endswith("s") and term[:-1].isupper() else term


def _written_out(term: str, names: dict[str, Counter[str]]) -> bool:
    """Whether capitalised words whose initials spell `term` stand in the text ("Northern Ireland" for NI)."""
    letters = _letters(term)
    if not letters.isalpha() or not letters.isupper():
        return False
    phrases = names.get(letters.lower())
    # two capitalised words may share the initials of a two-letter acronym by chance ("Checkpoints, Data Docs" for
    # CD): the same name twice, then
    return phrases is not None and max(phrases.values()) >= (2 if len(letters) == 2 else 1)


def _initials(words: str) -> str:
    """ "Centre for Excellence in Universal Design" -> "ceud"."""
    return "".join(w[0] for w in words.lower().replace("-", " ").split() if w not in _MINOR_WORDS)


def _shouted(text: str) -> set[int]:
    """Start offsets of the words in runs of `SHOUTED_RUN` or more capitalised words."""
    shouted: set[int] = set()
    if not _MAY_SHOUT.search(text):
        return shouted
    run: list[int] = []
    for match in [*_TOKEN.finditer(text), None]:
        word = match.group(0) if match else ""
        if match and len(word) > 1 and word.isupper():
            run.append(match.start())
            continue
        if len(run) >= SHOUTED_RUN:
            shouted.update(run)
        run = []
    return shouted


def _is_prose(sentence: Sentence) -> bool:
    """A sentence of a paragraph, ended as one, outside the appendices: not a row of a table of names laid out
    as lines ("Olivia Barron AI PhD UDEM MTY Academia")."""
    return (sentence.kind is BlockKind.PARAGRAPH and sentence.text.rstrip().endswith((".", "!", "?", ":", ";"))
            and len(sentence.text.split()) >= PROSE_WORDS and not topics.in_appendix(sentence))


def _acronyms(doc: AnalysedDocument) -> tuple[tuple[str, ...], tuple[str, ...], list[Evidence]]:
    running = doc.facts.get(topics.running_indexes)
    lower_words = doc.facts.get(lower_case_words)
    title_words = doc.facts.get(title_case_words)
    defined: set[str] = set()
    first_use: dict[str, Evidence] = {}
    uses: dict[str, int] = {}
    prose_uses: dict[str, int] = {}
    for sentence in doc.sentences:
        text = sentence.text
        if not _TWO_CAPITALS.search(text):
            continue
        if "(" in text:  # a cheap test: both patterns need a bracket
            defined.update(part.upper() for m in DEFINED_AFTER.finditer(text)
                           for part in (m.group(1) or m.group(2)).split("-"))
            defined.update(m.group(1) for m in DEFINED_BEFORE.finditer(text))
            defined.update(m.group(1) for m in DEFINED_NEAR.finditer(text)
                           if _initials(m.group(2)).startswith(m.group(1).replace("&", "").lower()))
        if " or " in text:
            defined.update(m.group(2) for m in DEFINED_OR.finditer(text)
                           if _initials(m.group(1)).endswith(m.group(2).replace("&", "").lower()))
        if ":" in text or "," in text or "–" in text or "—" in text:
            defined.update(m.group(1) for m in DEFINED_LISTED.finditer(text)
                           if _initials(m.group(2)) == m.group(1).replace("&", "").lower())
        if "here" in text:
            defined.update(part.upper() for m in DEFINED_HEREINAFTER.finditer(text) for part in m.group(1).split("-"))
        defined.update(m.group(1) for m in EXPLAINED.finditer(text))
        entry = DEFINED_AS_ENTRY.match(text)
        if entry and _initials(entry.group(2)).startswith(entry.group(1).replace("&", "").lower()):
            defined.add(entry.group(1))
        if _in_glossary(sentence):
            defined.update(_acronym(m.group(0)) for m in ACRONYM.finditer(text))
            continue
        if sentence.index not in running or text.isupper() or _in_list_of_names(sentence):
            continue  # a heading, contents line or reference; a shouted heading or a title in capitals; a list of
            # those who took part ("Holy Family BNS, Askea, Carlow" under "Submissions to consultation")
        if has_any(doc.lowered[sentence.index], _ADDRESS_WORDS):
            text = ADDRESS.sub(lambda m: " " * len(m.group(0)), text)  # blanked, so offsets still hold
        shouted = _shouted(text)
        for match in ACRONYM.finditer(text):
            if match.start() in shouted:
                continue
            term = _acronym(match.group(0))
            if (term in COMMON_ACRONYMS or not any(c.isalpha() for c in term) or _FISCAL_YEAR.fullmatch(term)
                    or _DOCUMENT_CODE.match(text, match.end())  # "SEC(2009) 1436": a document's reference
                    or _DIRECTIVE.match(text[max(0, match.start() - 2):match.start()])  # "Directive 2003/98/EC"
                    or WORD_IN_CAPITALS.fullmatch(term)
                    or term.lower() in lower_words  # "ALL" for emphasis: a word it also writes in lower case
                    or (len(term) >= NAME_IN_CAPITALS and term.capitalize() in title_words)):  # "MATRIX", "Matrix"
                continue
            uses[term] = uses.get(term, 0) + 1
            if _is_prose(sentence):
                prose_uses[term] = prose_uses.get(term, 0) + 1
            if term not in first_use:
                first_use[term] = doc.evidence("undefined_acronym", sentence, f"{term} is never spelled out")
    # the cover spells out its own: "Northern Ireland" in the title defines NI
    defined.update(t for t in uses if t.lower() in doc.facts.get(cover.title_initials))
    # a plural in capitals ("MOOCS") of one spelled out ("MOOC Massive Open Online Course")
    defined.update(t for t in uses if t.endswith("S") and t[:-1] in defined)
    # written out somewhere, if never tied to it: "Department for Employment and Learning" spells out DEL
    # the most used in prose first, then the most used: those are the ones a reader trips over (not a name in an
    # appendix's table of participants)
    grades = _grades(uses)
    candidates = [t for t, n in uses.items() if n >= 2 and t not in defined and t not in grades]
    # written out somewhere, though never tied to the acronym ("Department for Employment and Learning", "DEL"):
    # still undefined where it is used, but named after those a reader cannot work out at all
    wanted = frozenset(_letters(t).lower() for t in candidates)
    names = capitalised_names(doc.facts.get(document_text), wanted) if candidates else {}
    unlinked = frozenset(t for t in candidates if _written_out(t, names))
    undefined = tuple(sorted(candidates, key=lambda t: (t in unlinked, -prose_uses.get(t, 0), -uses[t], t)))
    return undefined, tuple(t for t in undefined if t in unlinked), [first_use[t] for t in undefined]


# an exam grade: "ABB", "AAB", "BBB", two neighbouring letters from A to E, the better first (not "ABC" or "ACE")
_GRADE = re.compile(r"A*B*|B*C*|C*D*|D*E*")
MIN_GRADES = 3  # distinct grades that make a table of entry requirements, not a few acronyms that happen to fit


def _grades(uses: dict[str, int]) -> frozenset[str]:
    """The terms that are exam grades ("University of Glasgow AAB-BBB 9,250"): three letters, two neighbouring grades
    from A to E, the better first, when the document has `MIN_GRADES` or more of them."""
    grades = frozenset(t for t in uses if len(t) == 3 and _GRADE.fullmatch(t))
    return grades if len(grades) >= MIN_GRADES else frozenset()


def running_words(doc: AnalysedDocument) -> dict[int, list[str]]:
    """The words of each sentence of running text, by sentence index: the reading measures and the prose test
    both count them."""
    return {sentence.index: WORD.findall(sentence.text) for sentence in doc.facts.get(topics.running_text)}


@dataclass(frozen=True, slots=True)
class SentenceMeasures:
    """The lengths of the prose sentences that reading ease is measured on, and their syllables."""

    sentences: int
    words: int
    syllables: int
    long_sentences: int

    @property
    def mean_sentence_words(self) -> float:
        return round(self.words / self.sentences, 1) if self.sentences else 0.0

    @property
    def long_sentence_share(self) -> float:
        return round(self.long_sentences / self.sentences, 3) if self.sentences else 0.0

    @property
    def reading_ease(self) -> float | None:
        return reading_ease(self.words, self.sentences, self.syllables)


def sentence_measures(doc: AnalysedDocument) -> SentenceMeasures:
    """Measured on the sentences of running text, less table cells and pieces under `MIN_SENTENCE_WORDS` words:
    the report's metrics and the mainstream rule's message give the same figures."""
    lengths: list[int] = []
    syllable_count = 0
    words_of = doc.facts.get(running_words)
    for sentence in doc.facts.get(topics.running_text):
        if sentence.kind is BlockKind.TABLE_CELL:
            continue
        words = words_of[sentence.index]
        if len(words) < MIN_SENTENCE_WORDS:
            continue
        lengths.append(len(words))
        syllable_count += sum(map(syllables, words))
    return SentenceMeasures(len(lengths), sum(lengths), syllable_count,
                            sum(n > LONG_SENTENCE_WORDS for n in lengths))


def extract(doc: AnalysedDocument) -> Readability:
    measures = doc.facts.get(sentence_measures)
    undefined, unlinked, evidence = _acronyms(doc)
    return Readability(
        words=doc.words,
        sentences=measures.sentences,
        mean_sentence_words=measures.mean_sentence_words,
        long_sentence_share=measures.long_sentence_share,
        reading_ease=measures.reading_ease,
        undefined_acronyms=undefined,
        unlinked_acronyms=unlinked,
        evidence=evidence,
    )


# --- words to avoid ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """A term of the words-to-avoid list: its headword, why it is avoided, and the plain words for it."""

    term: str
    headword: str
    kind: str | None
    replacements: tuple[str, ...]


def _lexicon_lines(name: str) -> list[tuple[str, str]]:
    """(term, comment) for each term of a built-in word list."""
    text = files(LEXICON_PACKAGE).joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        term, _, comment = line.partition("#")
        if term.strip():
            out.append((term.strip(), comment.strip()))
    return out


def _replacements(text: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in text.split(";") if r.strip())


@cache
def entries() -> dict[str, Entry]:
    """Each built-in word to avoid (lower case) -> its entry, from the comments in words-to-avoid.txt."""
    heads: dict[str, Entry] = {}
    forms: list[tuple[str, str, str]] = []
    for term, comment in _lexicon_lines(WORDS_TO_AVOID):
        key = term.lower()
        if comment.startswith("="):
            headword, _, plain = comment[1:].partition(":")
            forms.append((key, headword.strip().lower(), plain))
            continue
        kind, _, plain = comment.partition(":")
        kind = kind.strip()
        if kind not in KINDS:
            raise ValueError(f"{WORDS_TO_AVOID}.txt: {term!r} has no kind ({', '.join(KINDS)}): {comment!r}")
        heads[key] = Entry(key, key, kind, _replacements(plain))
    out = dict(heads)
    for key, headword, plain in forms:
        head = heads.get(headword)
        if head is None:
            raise ValueError(f"{WORDS_TO_AVOID}.txt: {key!r} is a form of {headword!r}, which is not listed")
        out[key] = Entry(key, headword, head.kind, _replacements(plain) or head.replacements)
    return out


def _lookup(table: dict[str, Entry], text: str) -> Entry | None:
    key = " ".join(text.lower().split())
    candidates = [key]
    if key.endswith("ies"):
        candidates.append(key[:-3] + "y")
    if key.endswith("s"):
        candidates.append(key[:-1])
    return next((table[c] for c in candidates if c in table), None)


def entry_for(text: str) -> Entry:
    """The entry of a word to avoid as found ("Leverages" -> leverage); a term added by configuration is
    its own headword, with no kind and no replacement."""
    found = _lookup(entries(), text)
    if found is not None:
        return found
    key = " ".join(text.lower().split())
    return Entry(key, key, None, ())


_WINDOW = re.compile(r"^([+-])(\d+)$")


@cache
def literal_cues() -> dict[str, dict[str, tuple[int, int]]]:
    """Cue -> {headword: (words before, words after)}, from the comments in words-to-avoid-literal.txt.

    Each comment is ``headword WINDOW [WINDOW]``, with more headwords after semicolons. A cue with a
    capital (``API``) is kept as written, the others in lower case, as the word lists match them."""
    cues: dict[str, dict[str, tuple[int, int]]] = {}
    for term, comment in _lexicon_lines(LITERAL_SENSES):
        windows: dict[str, tuple[int, int]] = {}
        for part in comment.split(";"):
            words = part.split()
            spans = {m.group(1): int(m.group(2)) for m in map(_WINDOW.match, words) if m}
            headword = " ".join(w for w in words if not _WINDOW.match(w)).lower()
            if not headword or not spans:
                raise ValueError(f"{LITERAL_SENSES}.txt: {term!r} needs a headword and a window: {comment!r}")
            windows[headword] = (spans.get("-", 0), spans.get("+", 0))
        cues[term if any(c.isupper() for c in term) else term.lower()] = windows
    return cues


def _cue_windows(cue: str, headword: str) -> tuple[int, int] | None:
    table = literal_cues()
    key = " ".join(cue.split())
    for candidate in (key, key.lower(), key.lower()[:-1] if key.endswith("s") else "",
                      key.lower()[:-3] + "y" if key.endswith("ies") else ""):
        if candidate and candidate in table:
            return table[candidate].get(headword)
    return CONFIG_CUE_WINDOW, CONFIG_CUE_WINDOW  # a cue the configuration added: no comment to read


def _words_between(text: str, start: int, end: int) -> int:
    return len(WORD.findall(text[start:end]))


def _leverage_is_a_noun(sentence: Sentence, mention: Mention) -> bool:
    text = sentence.block.text
    before = _LAST_WORD.search(text[sentence.start:mention.start])
    if before is None:
        return False  # "Leverage open standards": an imperative
    previous = before.group(1).lower()
    if previous in _LEVERAGE_VERB_BEFORE:
        return False
    return previous in _LEVERAGE_NOUN_BEFORE


def is_literal(doc: AnalysedDocument, sentence: Sentence, mention: Mention, headword: str) -> bool:
    """Whether a word to avoid is used here in a literal sense GOV.UK allows."""
    text = sentence.block.text
    for cue in doc.mentions_in(sentence):
        if cue.lexicon != LITERAL_SENSES:
            continue
        windows = _cue_windows(cue.text, headword)
        if windows is None:
            continue
        before, after = windows
        if cue.start >= mention.end:
            near = _words_between(text, mention.end, cue.start) + 1 <= after
        elif cue.end <= mention.start:
            near = _words_between(text, cue.end, mention.start) + 1 <= before
        else:
            near = True  # the cue overlaps the word
        if near:
            return True
    return headword == "leverage" and mention.text.lower() == "leverage" and _leverage_is_a_noun(sentence, mention)


def _title(doc: AnalysedDocument) -> str:
    return " ".join((doc.document.meta.title or "").lower().split())


def reads_as_prose(sentence: Sentence, title: str = "", words: int | None = None) -> bool:
    """A sentence a reader reads as prose: not a label, a title, a contents entry or a line in capitals.

    `words` is how many words it holds (`running_words`), when the caller has counted them."""
    text = sentence.text.strip()
    if words is None:
        words = len(WORD.findall(text))
    if words < PROSE_MIN_WORDS:
        return False
    if text[-1] not in _SENTENCE_END and words < PROSE_UNPUNCTUATED_WORDS:
        return False
    if text.isupper():  # every cased letter is a capital: a line in capitals
        return False
    return not title or " ".join(text.lower().split()) != title


def _is_full_sentence(sentence: Sentence) -> bool:
    text = sentence.text.rstrip("\"'”’) ")
    return bool(text) and text[-1] in ".!?" and len(WORD.findall(text)) >= PROSE_MIN_WORDS


def cover_blocks(doc: AnalysedDocument) -> int:
    """How many blocks open the document as its cover or title page: those before its first full sentence
    and its second heading, on its first page (or among its first `COVER_BLOCKS` blocks, where there are
    no pages): "Republic of Rwanda" / "Ministry of ICT and Innovation The National AI Policy To leverage
    AI ..." / "List of Abbreviations"."""
    headings = 0
    block = -1
    for sentence in doc.sentences:
        if sentence.block_index != block:
            block = sentence.block_index
            page = sentence.block.location.page
            if (page is not None and page > 1) or (page is None and block >= COVER_BLOCKS):
                return block
            headings += sentence.kind is BlockKind.HEADING
            if headings == 2:
                return block
        if sentence.kind is not BlockKind.HEADING and _is_full_sentence(sentence):
            return block
    return 0


def prose(doc: AnalysedDocument) -> list[Sentence]:
    """The running text that reads as sentences, after the cover: where a word to avoid is worth pointing
    out."""
    title = _title(doc)
    cover = cover_blocks(doc)
    words_of = doc.facts.get(running_words)
    return [s for s in doc.facts.get(topics.running_text)
            if s.block_index >= cover and reads_as_prose(s, title, len(words_of[s.index]))]


def _quotations(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTATION.finditer(text) if len(WORD.findall(m.group(0))) >= QUOTATION_MIN_WORDS]


@dataclass(slots=True)
class AvoidedWord:
    """One word to avoid, with all its uses in the prose: the first is where a finding points."""

    headword: str
    kind: str | None
    first: Mention
    entry: Entry  # the entry of the form used first: its replacements fit that form
    forms: dict[str, int] = field(default_factory=dict)  # form as written, lower case -> uses
    literal: int = 0  # uses in a literal sense, not counted
    quoted: int = 0  # uses inside a quotation, not counted

    @property
    def count(self) -> int:
        return sum(self.forms.values())

    @property
    def form(self) -> str:
        return " ".join(self.first.text.lower().split())


_LETTERS_ONLY = re.compile(r"[^a-z]+")


PULL_QUOTE_LETTERS = 60  # a shorter text may stand inside a longer sentence by chance


def _repeats(letters: str, seen: dict[str, int], index: int) -> bool:
    """Whether a long enough sentence seen elsewhere holds this one, or this one holds it: the same words printed
    again in part."""
    return any(other_index != index and min(len(letters), len(other)) >= PULL_QUOTE_LETTERS
               and (letters in other or other in letters)
               for other, other_index in seen.items() if other != letters)


def words_to_avoid(doc: AnalysedDocument) -> list[AvoidedWord]:
    """GOV.UK's words to avoid used in the prose, one per headword, the most used first."""
    in_prose = {s.index for s in doc.facts.get(prose)}
    found: dict[str, AvoidedWord] = {}
    skipped: dict[str, list[str]] = {}
    quotations: dict[int, list[tuple[int, int]]] = {}
    first_seen: dict[str, int] = {}  # a sentence's letters -> where it first stands
    for mention in doc.mentions(WORDS_TO_AVOID):
        if mention.sentence not in in_prose:
            continue
        sentence = doc.sentence(mention.sentence)
        # a sentence printed again (a pull quote, a summary box) is one use, however the PDF broke its words, and
        # so is a pull quote of part of a sentence ("The Government's goal is to ...", from "In this light, the
        # Government's goal is to ...")
        letters = _LETTERS_ONLY.sub("", sentence.text.lower())
        if first_seen.setdefault(letters, mention.sentence) != mention.sentence or _repeats(letters, first_seen,
                                                                                               mention.sentence):
            continue
        entry = entry_for(mention.text)
        if sentence.block_index not in quotations:
            quotations[sentence.block_index] = _quotations(sentence.block.text)
        if any(start <= mention.start and mention.end <= end for start, end in quotations[sentence.block_index]):
            skipped.setdefault(entry.headword, []).append("quoted")
        elif is_literal(doc, sentence, mention, entry.headword):
            skipped.setdefault(entry.headword, []).append("literal")
        else:
            word = found.setdefault(entry.headword, AvoidedWord(entry.headword, entry.kind, mention, entry))
            form = " ".join(mention.text.lower().split())
            word.forms[form] = word.forms.get(form, 0) + 1
    for headword, reasons in skipped.items():
        if headword in found:
            found[headword].literal = reasons.count("literal")
            found[headword].quoted = reasons.count("quoted")
    return sorted(found.values(), key=lambda w: (-w.count, w.first.sentence, w.first.start))
