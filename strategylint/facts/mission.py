"""The mission: one succinct statement of what the strategy is for.

Board question 2 asks for "a succinct mission that is understood across the trust", "a simple, clear
and consistent message". Three kinds of statement count, strongest first:

1. a mission or vision said as such: "Our mission is to ...", "The Department's vision for ICT in
   schools is to: ...", "Vision: ...", "Mission statement: ...", or the first real sentence under a
   heading that names a mission, vision or goal statement;
2. a headline ambition: "Our ambition is to ...", "The purpose of this strategy is ...", or the
   organisation or country the document is about saying what it will become ("Finland will be a safe
   and democratic society that produces the world's best services"): its name must be the one the
   document mentions most among such candidates, and in at least 3% of its sentences, so a plan that
   quotes other countries' ambitions is not credited with theirs;
   the objective or purpose of the strategy, programme, organisation or named subject ("the purpose of
   FDS: to leverage the full value of federal data", "launched Digital Belgium, with the objective to
   make Belgium a digital front-runner in Europe", "Digital Belgium aims to make Belgium ..."); an
   objective of anything else ("the objective of the meeting is to ...") is not a mission at all;
   a "Vision" or "Mission" label inside a paragraph flattened from a table ("Vision Mission To become
   a global center for AI To leverage AI ...") counts as a stated vision or mission; so does a sentence
   the next one calls the document's aim ("Now more than ever, we have to provide a meaning to the AI
   revolution. This is the aim of this report."), or that names the aim before stating it ("At its core, that
   is the ambition of this Strategy - to create a world-leading digital economy that works for everyone");
3. any other stated purpose or ambition ("The ambition is for the proportion of women ... to increase").

Nothing in a section on another country or on competitors counts: "The overarching objective of this
programme is ..." under "The Coding Boot Camps in Israel" is Israel's.

The statement is succinct when its core, the words up to the first comma or semicolon after eight words
("Germany is to become a leading centre for AI, especially through ..."), is ``SUCCINCT_WORDS`` words
or fewer: what follows the core elaborates on it. Whether the organisation understands it
cannot be read from the page; a phrase of it that recurs elsewhere (three words, at least two of them
not stop words) is kept as supporting evidence.

Where none of these is found, `opening_aim` gives the aim the document opens with, the nearest thing to
a mission it has: the first sentence of its running text, within its first ``OPENING_WORDS`` words and its
first quarter (or first ``OPENING_SENTENCES`` sentences), that
says what must or should come about, or what it aims or seeks to do ("Akvaplan-niva's data must be
published on the web to become easy to find, use, visualise, and trust"). A template's instruction or
placeholder ("[Give an overview of ...]", "<CLIENT NAME> will ...") is not an aim.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.facts import template
from strategylint.facts.patterns import has_any, names_the_organisation, title_cased
from strategylint.facts.places import about_others, home, in_others_publication
from strategylint.facts.topics import in_reference_section, running_text
from strategylint.findings import Evidence
from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Sentence

SUCCINCT_WORDS = 30
SUBJECT_SHARE = 0.03  # the share of sentences that name the organisation or country the document is about
STATED, HEADLINE, OTHER = 0, 1, 2
_QUALIFIER = r"(?:(?i:digital|overall|shared|strategic|long-term|central|ultimate|\d{4})\s+)?"
_OWNER = r"(?P<owner>(?i:our|the|its|this strategy['’]s)|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?)"
_SCOPE = r"(?:\s+(?:for|of)\s+(?P<scope>[^.:;]{1,80}?))?"
HEADING = re.compile(
    r"^\s*(?:[\dIVX]+(?:\.\d+)*[.)]?\s+)?(?:our\s+|the\s+)?" + _QUALIFIER
    + r"(?:mission|vision|purpose|ambition|goal statement)(?:\s+statement)?(?:\s+(?:and|&)\s+(?:\w+\s+)?\w+)?\s*:?\s*$",
    re.IGNORECASE)
_LABELLED = re.compile(r"^\s*(?:the\s+)?(?P<word>mission|vision)(?:\s+statement)?\s*:\s*(?P<text>.*)", re.IGNORECASE)
_SAID = re.compile(
    r"\b" + _OWNER + r"\s+" + _QUALIFIER + r"(?P<word>(?i:mission|vision|ambition|purpose|aim|goal))"
    + r"(?:\s+(?i:statement))?" + _SCOPE + r"\s+(?:is|will be|remains)\b\s*:?\s*(?P<text>.*)")
# "Vision Mission To become a global center for AI To leverage AI ...": labels flattened from a table
_FLATTENED = re.compile(
    r"(?:^|[.:;]\s+|\s)(?<!the )(?<!a )(?<!our )(?<!of )(?P<word>Vision|Mission)(?:\s+statement)?"
    r"(?:\s+(?:and\s+|&\s+)?(?:Vision|Mission)(?:\s+statement)?)?\s*:?\s+(?P<text>To\s+[a-z]+\b.*)")
_NEXT_LABEL = re.compile(r"\s+(?:To\s+[a-z]+\b|(?:Vision|Mission|Values|Goals?|Objectives?)\s*:)")
# "the purpose of FDS: to ...", "the main objective of the strategy is to ..."
_OBJECTIVE_OF = re.compile(
    r"\b(?i:the|its|our)\s+(?:(?i:main|overall|overarching|primary|central|key|ultimate)\s+)?"
    r"(?P<word>(?i:objective|purpose))\s+of\s+(?P<of>[^.:;,]{1,60}?)\s*"
    r"(?::\s*|\s+is\s*:?\s*|\s+is\s+)(?P<text>(?i:to)\s+\w+.*)")
# "..., with the objective to make Belgium a digital front-runner in Europe", "Digital Belgium aims to make Belgium ..."
_TO_MAKE = re.compile(
    r"(?:\bwith\s+the\s+(?:(?i:main|overall|clear)\s+)?(?i:objective|aim|goal|ambition)\s+(?:to|of)|\baims\s+to)\s+"
    r"(?P<text>(?:make|making|turn|turning|position|positioning)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+.*)")
# a plan named as the subject of "aims to": "The 2013 Action Plan for Jobs aims to ..."
_OTHER_PLAN = re.compile(r"\b(?:\d{4}\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?:Plan|Strategy|Programme|Agenda|Framework)"
                         r"(?:\s+(?:for|on)\s+[A-Z][\w’'-]*)?\s*$")
# "by 2030 ... should achieve world-leading levels, making China the world's primary AI innovation center"
_MAKING = re.compile(
    r",\s+(?P<text>making\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:the|a|an)\s+(?:world['’]s\s+)?"
    r"(?i:primary|leading|foremost|first|best|top|major|front-runner|global leader)\b.*)")
# "By digital by default, we mean digital services that are so straightforward ...": a slogan the document
# defines, which counts as its mission when the slogan recurs through the text (the guidance's model)
_DEFINED_SLOGAN = re.compile(r"^By\s+(?P<name>[\w'’ -]{3,40}?),\s+we\s+mean\s+(?P<text>.+)"
                             r"|^(?P<name2>[A-Z][\w'’ -]{2,40}?)\s+means\s+(?P<text2>(?:that\s+)?\w+.+)")
SLOGAN_REPEATS = 3
_OWN_SCOPE = re.compile(
    r"^(?:the\s+|this\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,4}(?:strategy|plan|programme|program|policy|agenda|document"
    r"|roadmap|initiative|organi[sz]ation|department|council|trust|board|government|approach|report|paper)$",
    re.IGNORECASE)
# the aim said of the sentence before: "Now more than ever, we have to provide a meaning to the AI revolution. This is
# the aim of this report."
# the same said of what follows: "At its core, that is the ambition of this Strategy - to create a world-leading digital
# economy that works for everyone."
_THIS_IS_THE_AIM = re.compile(r"^\s*(?:[\w ]{1,20},\s*)?(?:[Tt]his|[Tt]hat)\s+is\s+(?:the|our)\s+"
                              r"(?:(?:main|overall|central|primary|whole)\s+)?"
                              r"(?P<word>aim|purpose|goal|mission|ambition|objective)\s+of\s+(?:this|the|our)\s+"
                              r"(?i:report|strategy|plan|programme|agenda|document|roadmap|paper)"
                              r"\s*(?:[.!]?\s*$|[-–—:]\s*(?P<text>\S.*))")
_STRATEGY_SCOPE = re.compile(r"\b(?:strategy|plan|programme|agenda|document|roadmap)\b", re.IGNORECASE)
_BECOME = re.compile(
    r"^(?:(?:by|in)\s+\d{4},?\s+)?(?!(?:This|That|These|Those|It|There|We|They|Which|What|Each|All|No|Our|Its|Such)\b)"
    r"(?P<name>(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:will\s+be(?:come)?|is\s+to\s+(?:be(?:come)?)|shall\s+be(?:come)?|aims\s+to\s+be(?:come)?)\s+(?P<text>.+)")
_HEADLINE_WORDS = re.compile(
    r"\b(?:best|leading|leader|first|foremost|world|global(?:ly)?|top|pioneer|forefront|safe|fair|inclusive"
    r"|prosperous|recogni[sz]ed)\b", re.IGNORECASE)
# "It aims to provide equal opportunities ...", first under the heading "FATIH PROJECT": the aim of what the heading
# names
_IT_AIMS = re.compile(r"^It\s+(?:aims|seeks|sets\s+out)\s+to\s+(?P<text>\w+.*)")
_HEADING_NAME = re.compile(r"\b[A-Z][\w-]*[A-Z][\w-]*\b|\b[A-Z][a-z][\w-]*\b")
_SAID_WORDS = ("mission", "vision", "ambition", "purpose", "aim", "goal")
_PART_OF = re.compile(r"\bof\s+$")
# a person's biography, under "The mission" of a report by a mission (a task force): "Cédric Villani is a French
# mathematician"
_BIOGRAPHY = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,3}(?:is|was|has\s+been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:mathematician|professor|researcher|scientist|engineer|lawyer|economist|entrepreneur"
                        r"|member|director|head|chair|founder|graduate|student|expert|lecturer|consultant)\b")
# "Our mission is aware of these reservations": a mission that is a body (a task force), not a statement
_A_BODY = re.compile(r"(?:aware|convinced|concerned|of\s+the\s+(?:view|opinion)|grateful|pleased|made\s+up|composed"
                     r"|comprised|chaired|led|headed|based|staffed)\b", re.IGNORECASE)
_ONE_FIELD = re.compile(r"\b(?:in|for)\s+this\s+(?:field|area|sector|domain|regard|respect|context|sphere)\b",
                        re.IGNORECASE)
STOP = frozenset(re.findall(
    r"\w+", "a an the and or of to in on for with by at from as is are be will our we us this that these it its all"
             " every into through their they more most can"))
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_REAL_SENTENCE = re.compile(r"(?:[A-Za-z]{2,}\W+){3,}")
_LOWER_WORDS = re.compile(r"\b[a-z]{2,}\b")


def _is_statement(text: str) -> bool:
    """Words in a sentence, not a diagram's labels ("Principles Practices Action Steps")."""
    return bool(_REAL_SENTENCE.search(text + " ")) and len(_LOWER_WORDS.findall(text)) >= 3


@dataclass(frozen=True, slots=True)
class Mission:
    sentence: Sentence
    statement: str
    words: int
    repeated_in: tuple[Evidence, ...]
    basis: str
    strength: int = STATED

    @property
    def succinct(self) -> bool:
        return self.words <= SUCCINCT_WORDS

    @property
    def headline(self) -> bool:
        """Said as a mission, vision or headline ambition, not just some purpose in passing."""
        return self.strength <= HEADLINE

    @property
    def evidence(self) -> Evidence:
        return Evidence("states_mission", self.sentence.text, self.sentence.location, self.basis)


@dataclass(frozen=True, slots=True)
class _Candidate:
    sentence: Sentence
    statement: str
    basis: str
    strength: int
    name: str = ""


def core_words(statement: str) -> int:
    """Words up to the first comma or semicolon after eight words: the statement without its elaboration."""
    words = statement.split()
    for position, word in enumerate(words[8:], start=9):
        if word.endswith((",", ";")):
            return position
    return len(words)


def key_phrases(text: str) -> set[tuple[str, ...]]:
    """Three-word runs of the statement with at least two words that are not stop words."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)
            if sum(w not in STOP for w in words[i:i + 3]) >= 2}


def _shares_a_phrase(phrases: set[tuple[str, ...]], text: str) -> bool:
    """Whether `text` holds one of the key `phrases`: ``phrases & key_phrases(text)``, without building the set."""
    words = _WORD.findall(text.lower())
    return not phrases.isdisjoint(zip(words, words[1:], words[2:], strict=False))


def _own_scope(scope: str, running: list[Sentence], title: str) -> bool:
    """Whether "the objective of `scope`" is the strategy's or its subject's: "of the strategy", "of the
    Digital Agenda for Sweden" (in its title); not "the vision for Data Trusts", one mechanism of many."""
    scope = " ".join(scope.split())
    name = re.sub(r"^(?:the|this|our|its)\s+", "", scope, flags=re.IGNORECASE)
    return bool(_OWN_SCOPE.match(scope)) or (name[:1].isupper() and _is_subject(name, running, title))


def _said(sentence: Sentence, following: Sentence | None, lowered: str, running: list[Sentence],
          title: str) -> _Candidate | None:
    text = sentence.text
    if not has_any(lowered, _SAID_WORDS):  # a cheap test before the patterns
        return None
    labelled = _LABELLED.match(text)
    match = labelled or _SAID.search(text)
    if match is None:
        return None
    if not labelled and match.group("scope") and match.group("owner").lower() == "the" \
            and not _own_scope(match.group("scope"), running, title):
        return None
    if not labelled and (owner := match.group("owner")) and owner[:1].isupper() \
            and owner.lower() not in ("our", "the", "its") and not owner.lower().startswith("this strategy"):
        name = re.sub(r"^[Tt]he\s+|['’]s?$", "", owner)
        if not (_is_subject(name, running, title) or names_the_organisation(name)):
            return None  # "Puebla's vision is to ...", in a national white paper's profiles of its states
    if not labelled and _PART_OF.search(text[:match.start()]):
        return None  # "one of the main points of our mission is to ...": a part, said of a mission stated elsewhere
    statement = match.group("text").strip()
    if len(statement.split()) < 3 and following is not None:  # "Our vision is to:" and the statement follows
        statement = following.text
    if not _is_statement(statement) or _A_BODY.match(statement):
        return None
    word = match.group("word").lower()
    if word in ("mission", "vision"):
        strength = STATED
    elif (word in ("ambition", "purpose", "goal") and match.group("owner").lower() in ("our", "its")) or (
            word in ("ambition", "purpose") and _STRATEGY_SCOPE.search(text[:match.start("text")])):
        # "Our goal is a society in which everyone ...", but not "The goal of this agenda is to increase the supply
        # of ICT professionals", often one part's goal
        strength = HEADLINE
    else:
        strength = OTHER
    if strength == HEADLINE and _ONE_FIELD.search(statement):
        strength = OTHER  # "Our goal is to initiate 50 flagship applications in this field": one field's goal
    return _Candidate(sentence, statement, f"states a {word}", strength)


def _flattened(sentence: Sentence) -> _Candidate | None:
    """A Vision or Mission label and its "To ..." statement in a paragraph flattened from a table."""
    if "Vision" not in sentence.text and "Mission" not in sentence.text:  # a cheap test before the pattern
        return None
    match = _FLATTENED.search(sentence.text)
    if match is None:
        return None
    text = match.group("text")
    end = _NEXT_LABEL.search(text, 3)  # the next column's "To ..." or the next label
    statement = text[:end.start()] if end else text
    if not _is_statement(statement):
        return None
    return _Candidate(sentence, statement.strip(), f"states a {match.group('word').lower()}", STATED)


def _is_subject(name: str, running: list[Sentence], title: str) -> bool:
    """Whether `name` is what the document is about: in its title, or in enough of its sentences."""
    if name in title:
        return True
    return sum(name in s.text for s in running) >= max(2, SUBJECT_SHARE * len(running))


def _objective(sentence: Sentence, following: Sentence | None, running: list[Sentence],
               title: str, lowered: str) -> _Candidate | None:
    """The objective or purpose of the strategy, the organisation or the document's named subject."""
    text = sentence.text
    if not has_any(lowered, ("objective", "purpose", "aim", "goal", "ambition", "making")):  # cheap
        return None
    if following is not None and not text.rstrip().endswith((".", "!", "?", ":", ";")):
        text = text + " " + following.text  # a sentence broken across a PDF's lines
    match = _OBJECTIVE_OF.search(text)
    if match is not None:
        of = " ".join(match.group("of").split())
        if _own_scope(of, running, title) and _is_statement(match.group("text")):
            return _Candidate(sentence, match.group("text"), f"states the {match.group('word').lower()} of {of}",
                              HEADLINE)
        return None
    for pattern in (_TO_MAKE, _MAKING):
        match = pattern.search(text)
        if match is None or not _is_statement(match.group("text")):
            continue
        other = _OTHER_PLAN.search(text[:match.start()])
        if other and not all(w in title.lower() for w in re.findall(r"[a-z]+", other.group(0).lower())):
            continue  # "The 2013 Action Plan for Jobs aims to position Ireland ...": another plan's aim
        if _is_subject(match.group("name"), running, title):
            return _Candidate(sentence, match.group("text"), f"states an objective for {match.group('name')}",
                              HEADLINE)
    return None


def _slogans(running: list[Sentence]) -> list[_Candidate]:
    """A slogan the document defines ("By digital by default, we mean ...") and repeats at least
    `SLOGAN_REPEATS` times elsewhere."""
    found: list[_Candidate] = []
    for sentence in running:
        if " mean" not in sentence.text:
            continue
        match = _DEFINED_SLOGAN.match(sentence.text)
        if match is None:
            continue
        slogan = (match.group("name") or match.group("name2")).strip().lower()
        statement = match.group("text") or match.group("text2")
        if len(slogan.split()) < 2 or all(word in STOP for word in _WORD.findall(slogan)) \
                or not _is_statement(statement):
            continue  # not a slogan of function words: "And it means building a country in which ..."
        repeats = sum(slogan in other.text.lower() for other in running if other is not sentence)
        if repeats >= SLOGAN_REPEATS:
            # the slogan is the succinct statement; the sentence that defines it is the evidence
            found.append(_Candidate(sentence, slogan, f"defines its slogan {slogan!r}, used {repeats} times",
                                    HEADLINE))
            break
    return found


def _candidates(doc: AnalysedDocument) -> list[_Candidate]:
    out: list[_Candidate] = []
    running = doc.facts.get(running_text)
    title = doc.document.meta.title or ""
    under_heading: set[str] = set()
    own_places = doc.facts.get(home)
    for position, sentence in enumerate(running):
        if about_others(sentence.block, own_places) or in_others_publication(sentence.block):
            # "The Coding Boot Camps in Israel": "The overarching objective of this programme is ..."; "Oxford
            # Economics - ‘Research Study on ...’": "Its purpose is to ascertain ..."
            continue
        following = running[position + 1] if position + 1 < len(running) else None
        lowered = doc.lowered[sentence.index]  # the sentence in lower case, once, for the cheap tests
        if (this_is := _THIS_IS_THE_AIM.match(sentence.text)) is not None:
            word = this_is.group("word")
            strength = STATED if word == "mission" else HEADLINE
            if this_is.group("text") and _is_statement(this_is.group("text")):
                out.append(_Candidate(sentence, this_is.group("text"), f"states the {word} of the document", strength))
                continue
            if position and (before := running[position - 1]).block is sentence.block and _is_statement(before.text):
                out.append(_Candidate(before, before.text, f"is called the {word} of the document in the sentence "
                                      "after", strength))
                continue
        said = (_said(sentence, following, lowered, running, title) or _flattened(sentence)
                or _objective(sentence, following, running, title, lowered))
        if said is not None:
            out.append(said)
            continue
        become = _BECOME.match(sentence.text)
        if become and _HEADLINE_WORDS.search(" ".join(become.group("text").split()[:8])):
            name = re.sub(r"^the\s+", "", become.group("name"), flags=re.IGNORECASE)
            out.append(_Candidate(sentence, sentence.text, f"says what {name} will become", HEADLINE, name))
        section = sentence.block.section
        if (section and section not in under_heading and HEADING.match(section)
                and _is_statement(sentence.text) and not title_cased(sentence.text)):  # not a name and title
            under_heading.add(section)
            if not _BIOGRAPHY.match(sentence.text):  # people's biographies: the section is about a task force
                out.append(_Candidate(sentence, sentence.text, f"first sentence under {section!r}", STATED))
        aims = _IT_AIMS.match(sentence.text)
        if aims and section and _is_statement(aims.group("text")) and any(
                name.lower() not in STOP and _is_subject(name, running, title)
                for name in _HEADING_NAME.findall(section)):
            out.append(_Candidate(sentence, sentence.text, f"states the aim of {section.strip()!r}", OTHER))
    out.extend(_slogans(running))
    names = Counter(c.name for c in out if c.name)
    if names:
        mentions = {name: sum(name in s.text for s in running) for name in names}
        chief = max(mentions, key=lambda n: mentions[n])
        if mentions[chief] < SUBJECT_SHARE * len(running):  # not what the document is about
            chief = ""
        out = [c for c in out if not c.name or c.name == chief]
    return out


def extract(doc: AnalysedDocument) -> Mission | None:
    candidates = _candidates(doc)
    if not candidates:
        return None
    # the strongest kind of statement, then a succinct one, then the earliest
    best = min(candidates, key=lambda c: (c.strength, core_words(c.statement) > SUCCINCT_WORDS, c.sentence.index))
    phrases = key_phrases(best.statement)
    # a sentence that holds a phrase holds its longest word in its folded text: a cheap test before splitting it
    phrase_words = tuple({max(phrase, key=len) for phrase in phrases})
    repeated: list[Evidence] = []
    for other in doc.sentences:
        if other.index == best.sentence.index or in_reference_section(other):
            continue
        if other.kind is BlockKind.HEADING and HEADING.match(other.text):
            continue
        if has_any(doc.lowered[other.index], phrase_words) and _shares_a_phrase(phrases, other.text):
            repeated.append(doc.evidence("states_mission", other, "repeats the mission"))
    return Mission(best.sentence, best.statement.strip(), core_words(best.statement), tuple(repeated), best.basis,
                   best.strength)


OPENING_WORDS = 1500
OPENING_SENTENCES = 10
# what must or should come about: not "we will ..." (an action) nor "the objective of ..." (the statements
# above judge whose objective it is)
_AIM = re.compile(r"\b(?:must|should|aims?\s+to|seeks?\s+to|we\s+want\s+to)\b", re.IGNORECASE)
AIM_MIN_WORDS = 6


def opening_aim(doc: AnalysedDocument) -> Evidence | None:
    """The first aim in the opening of the running text: the nearest thing to a mission (see above). An
    unfilled template has instructions, not aims."""
    if doc.facts.get(template.extract).unfilled:
        return None
    words = 0
    running = doc.facts.get(running_text)
    opening = max(OPENING_SENTENCES, len(running) // 4)
    for position, sentence in enumerate(running):
        length = len(sentence.text.split())
        words += length
        if words > OPENING_WORDS or position >= opening:
            return None
        text = sentence.text
        if (length >= AIM_MIN_WORDS and _AIM.search(text) and not template.PLACEHOLDER.search(text)
                and text.count("[") == text.count("]") and text.count("<") == text.count(">")  # inside a placeholder
                and not text.rstrip().endswith("?")):
            return doc.evidence("states_mission", sentence, "the aim it opens with")
    return None
