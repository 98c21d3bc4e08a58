"""The cheap tests that the facts run before their costly patterns never rule out a sentence a pattern matches.

Each facts module tests the folded text of a sentence (`AnalysedDocument.lowered`) for plain substrings before
it runs a pattern that can only match where one of them stands. When a pattern gains a branch, its words must
gain the branch's word too; these tests check that on sentences written for every branch and, when the shared
corpus is present, on every sentence of its documents that are not PDFs (quick to read).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from types import SimpleNamespace

import pytest

from strategylint.analysis import fold
from strategylint.facts import (
    commitments,
    deprioritisation,
    integration,
    patterns,
    places,
    principles,
    readability,
    review,
    services,
    system_alignment,
    template,
    track_record,
    users,
)
from strategylint.facts.patterns import has_any
from strategylint.nlp import split_sentences
from strategylint.parsers import Limits, read_document
from tests.conftest import CORPUS_DOCS

Cheap = Callable[[str, str], bool]  # (folded text, text) -> may the pattern match?


def _words(words: tuple[str, ...]) -> Cheap:
    return lambda lowered, _: has_any(lowered, words)


PREFILTERS: dict[str, tuple[re.Pattern[str], Cheap]] = {
    "services.SERVICE": (services.SERVICE, _words(services._SERVICE_WORDS)),
    "services.FIGURE": (services.FIGURE, lambda _, text: bool(re.search(r"\d", text))),
    "services.PORTFOLIO": (services.PORTFOLIO, lambda lowered, text: has_any(lowered, services._PORTFOLIO_WORDS)
                           and bool(re.search(r"\d", text))),
    "track_record.DELIVERED": (
        track_record.DELIVERED,
        lambda lowered, _: not track_record._DELIVERY_WORDS.isdisjoint(track_record._WORDS.findall(lowered))),
    "track_record.EXISTING": (track_record.EXISTING, _words(("existing", "already"))),
    "readability.ADDRESS": (readability.ADDRESS, _words(readability._ADDRESS_WORDS)),
    "integration.PLAN": (integration.PLAN, _words(integration._PLAN_OWNER_WORDS)),
    "review.CADENCE": (review.CADENCE, _words(review.CADENCE_WORDS)),
    "principles.COUNTED": (principles.COUNTED, lambda lowered, _: "principles" in lowered),
    "principles.INTRODUCED": (principles.INTRODUCED, lambda lowered, _: "principles" in lowered),
    "commitments.COMMITMENT": (commitments.COMMITMENT, _words(commitments._COMMITMENT_WORDS)),
    "users.RESEARCH": (users.RESEARCH.pattern, _words(users.RESEARCH.words)),
    **{f"users.RESEARCH[{i}]": (branches, _words(words)) for i, (words, branches) in enumerate(users.RESEARCH.groups)},
    "users.NEEDS": (users.NEEDS,
                    lambda lowered, _: has_any(lowered, users._NEED_WORDS) and has_any(lowered, users._GROUP_WORDS)),
    "users.INCLUSION": (users.INCLUSION, _words(users._INCLUSION_WORDS)),
    "users.CONSULTED": (users.CONSULTED, _words(users._CONSULTED_WORDS)),
    "system_alignment.PASSING": (
        system_alignment.PASSING,
        lambda lowered, _: has_any(lowered, system_alignment._PASSING_WORDS)
        or (has_any(lowered, system_alignment._WORKS_WORDS) and "with" in lowered)),
    **{f"deprioritisation.SELECTS[{i}]": (branch, _words(words))
       for i, (words, branch) in enumerate(deprioritisation.SELECTS.groups)},
}
KNOWN_GAPS: set[str] = set()

EXAMPLES = [
    "Our digital services and e-services are on the portal, the website, the web site and the NHS App.",
    "Mobile applications, online transactions, online booking, self-service and platforms.",
    "We have launched the new system in 2019.", "The council moved 80% of forms online.",
    "The kiosks were installed in 12 libraries.", "Since 2015, we have saved £2m.",
    "So far we have trained 500 staff.", "Progress has been made.", "This builds on the success of GOV.UK.",
    "We have rolled out Wi-Fi to 20 sites.", "The Department shut down 3 data centres.",
    "This strategy supports the Corporate Plan.", "It follows the Five Year Forward View.",
    "It helps the council meet its statutory duties.", "The business plan sets the budget.",
    "The strategy is reviewed every year.", "We publish an annual progress report.",
    "The plan is updated twice a year.", "A six-monthly review of the roadmap.", "Quarterly progress reports.",
    "Six principles guide our work.", "The following design principles apply:", "These 10 principles",
    "We have three strategic priorities.", "The plan sets five focus areas.", "It has four lines of action.",
    "Two key actions follow.", "There are seven workstreams.", "The strategy has three aims.",
    "We will deliver a new service.", "The Council shall publish the data.", "We are going to test it.",
    "We intend to buy less.", "Our aim is to help.", "We want to listen.", "The Board is to meet monthly.",
    "Our priority is to modernise.", "The trust is committed to openness.", "We pledge to publish.",
    "We will not build our own tools.", "We won't fund bespoke systems.", "This is not a priority.",
    "Over the next ten years we will grow.", "By 2030 we will lead.", "Our ten-year vision.",
    "In the coming decade.", "Our mission is to help people.", "Vision: a digital council.",
    "The purpose of this strategy is to help.", "Our ambition remains simple.",
    "We did user research with residents.", "We surveyed 300 people and read their feedback.",
    "It followed a public consultation.", "We held six workshops.", "There were 300 respondents.",
    "Our existing Airflow DAGs run daily.", "We already run a data platform.",
    "See https://example.org and www.gov.uk or Report-2000.PDF and page.html for more.",
    "The review engaged widely with firms.",
    "Feedback from residents and patients' feedback.", "A survey of 500 tenants found customer satisfaction high.",
    "We tested the new forms with disabled users.", "Concerns were raised by employers about skills.",
    "Our team meets with the customer weekly.", "The customer logs new rules and reports issues.",
    "Services co-designed with people with lived experience.",
    "A research study into the digital needs of carers.",
    "Residents need faster answers.", "The needs of patients come first.", "What people want is speed.",
    "Staff told us the forms are slow.", "Customers' needs change.", "Businesses expect better.",
    "Users, as they tell us, need help and they want it fast.",
    "Equality, diversity and inclusion.", "Accessible services for disabled people.",
    "We will leave no one behind.", "Tackling digital exclusion and the digital divide.",
    "Digital skills for all.",
    # letters that an IGNORECASE pattern takes for ASCII ones
    "OUR MİSSİON İS TO SERVE.", "Our miſſion is to ſerve.", "Sıx prıncıples guıde our work.",
    "WE HAVE LAUNCHED THE NEW SYSTEM IN 2019.", "Weſt Yorkſhire reviewſ the plan every April.",
    # deprioritisation: each branch of SELECTS, and each kind of statement
    "The focus of this new digital strategy is skills.", "This strategy focuses primarily on skills.",
    "This first phase will focus on data.", "Skills are the main focus of this strategy.",
    "We will invest in a few key areas.", "Funding goes to certain selected areas.",
    "Four exemplar services will lead.", "We treat data as a first priority.", "We must not spread ourselves too thin.",
    "We cannot do everything at once.", "We use a maturity ladder.", "Payments follow in a later phase.",
    "We will prioritise services where there is the highest demand.", "Seven policies can be pursued immediately.",
    "We will not build our own apps.", "This strategy does not cover local government.",
    "We will stop printing forms.", "Legacy systems will be decommissioned.", "We will decommission legacy systems.",
    "The intranet will be addressed in a later phase.", "We prefer shared capability over duplicated solutions.",
    "Action Plans move from: foundations (~2020-2022), to enterprise activities (~2023-2025).",
    "The point is not that we should use AI everywhere.", "We must avoid spreading our efforts too thinly.",
    "We will not do it all but rather focus on four sectors.", "SaaS is preferred over custom development.",
    "We will manage as little IT infrastructure as possible.", "For us, Elementary is the clear winner.",
    "We recommend buying rather than building.", "We will buy rather than build.",
    "Our areas have been selected as exemplars.", "Our proposed exemplar services.",
    # system_alignment.PASSING, branch by branch
    "The portal had 2 million visits.", "Over 1,600 applications run in our data centres.",
    "Our partners and partnerships.", "Done in close co-operation with the NHS.", "A regional alliance.",
    "The data ecosystem.", "We work closely with Microsoft.", "Engaging with Leeds.",
    "Delivered alongside the Department of Health.", "Developed jointly with Queen's University Belfast.",
]


def _corpus_sentences() -> list[str]:
    if not CORPUS_DOCS.is_dir():
        return []
    sentences: list[str] = []
    for path in sorted(CORPUS_DOCS.iterdir()):
        if path.suffix.lower() in {".md", ".txt", ".html", ".docx"}:
            document = read_document(path, Limits())
            sentences += [b.text[s:e] for b in document.blocks for s, e in split_sentences(b.text)]
    return sentences


@pytest.fixture(scope="module")
def corpus_sentences() -> list[str]:
    return _corpus_sentences()


@pytest.mark.parametrize("name", sorted(PREFILTERS))
def test_the_examples_reach_every_pattern(name: str) -> None:
    pattern, _ = PREFILTERS[name]
    assert any(pattern.search(text) for text in EXAMPLES), f"no example for {name}"


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(reason="a known gap", strict=True)) if name in KNOWN_GAPS else name
    for name in sorted(PREFILTERS)])
def test_the_cheap_test_passes_wherever_the_pattern_matches(name: str, corpus_sentences: list[str]) -> None:
    pattern, cheap = PREFILTERS[name]
    missed = [text for text in (*EXAMPLES, *corpus_sentences) if pattern.search(text) and not cheap(fold(text), text)]
    assert not missed, f"{name} matches where its cheap test does not pass: {missed[:3]}"


REWRITTEN = [  # each pattern beside the plainer form it replaced for speed
    (template._CAPITAL_WORD, re.compile(r"\b[A-Z]")),
    (template._NAME_RUN, re.compile(r"(?<=[^\s.:?!] )[\"'“‘(]?([A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*)*)")),
    (template._NUMBER, re.compile(r"(?<![\w.])\d[\d,.:/%–-]*")),
    (readability.ACRONYM, re.compile(r"\b[A-Z][A-Z0-9&]{1,6}s?\b")),
    (patterns._LOWER_CASE_WORD, re.compile(r"\b[a-z][\w'’-]*")),
    (places.JURISDICTION, re.compile(r"(?=[A-Z])(?<![\w.])(" + "|".join(
        re.escape(a) for a in sorted(places._ALIAS_OF, key=len, reverse=True)) + r")(?![\w])")),
]


@pytest.mark.parametrize(("fast", "plain"), REWRITTEN, ids=lambda p: p.pattern[:20])
def test_rewritten_patterns_match_as_their_plain_forms(fast: re.Pattern[str], plain: re.Pattern[str]) -> None:
    rng = random.Random(2026)
    alphabet = "aBZs09٣é É\t\n.:?!\"'“‘(’&-_,/%–"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(20_000)]
    for text in [*EXAMPLES, *texts]:
        assert fast.findall(text) == plain.findall(text), text


def _shouted_runs(text: str) -> bool:
    """Whether `text` has readability.SHOUTED_RUN capitalised tokens in a row, without the cheap test."""
    run = 0
    for match in readability._TOKEN.finditer(text):
        word = match.group(0)
        run = run + 1 if len(word) > 1 and word.isupper() else 0
        if run >= readability.SHOUTED_RUN:
            return True
    return False


@pytest.mark.parametrize("text", ["THE NATIONAL AI STRATEGY", "AB 12 CD EF", "NHS, GDS and DWP", "AB&CD EF-GH IJ",
                                  "A plain sentence.", "AI and ML"])
def test_the_cheap_shouting_test_passes_wherever_a_run_stands(text: str) -> None:
    if _shouted_runs(text):
        assert readability._MAY_SHOUT.search(text)


def test_the_cheap_shouting_test_on_the_corpus(corpus_sentences: list[str]) -> None:
    missed = [t for t in corpus_sentences if _shouted_runs(t) and not readability._MAY_SHOUT.search(t)]
    assert missed == []


def test_plain_words_on_the_folded_text_test_as_a_case_blind_pattern_of_them(corpus_sentences: list[str]) -> None:
    """integration._plans tests its plan words on the folded text alone, where it once also ran them as a pattern."""
    words = integration._PLAN_WORDS
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    differ = [text for text in (*EXAMPLES, *corpus_sentences)
              if bool(pattern.search(text)) != has_any(fold(text), words)]
    assert differ == []


def test_the_selects_branches_find_what_selects_finds(corpus_sentences: list[str]) -> None:
    differ = [text for text in (*EXAMPLES, *corpus_sentences)
              if deprioritisation.SELECTS.matches(text, fold(text))
              != bool(deprioritisation.SELECTS.pattern.search(text))]
    assert differ == []


def test_the_research_groups_find_what_research_finds(corpus_sentences: list[str]) -> None:
    def found(match: re.Match[str] | None) -> tuple[int, int] | None:
        return None if match is None else match.span()

    differ = [text for text in (*EXAMPLES, *corpus_sentences)
              if found(users.RESEARCH.search(text, fold(text))) != found(users.RESEARCH.pattern.search(text))]
    assert differ == []


def test_a_deprioritisation_pattern_finds_only_cued_sentences(corpus_sentences: list[str]) -> None:
    """deprioritisation.statements runs _pattern_kind only on sentences with one of _PATTERN_CUES."""
    found = missed = 0
    for text in (*EXAMPLES, *corpus_sentences):
        sentence = SimpleNamespace(text=text, block=SimpleNamespace(section_path=["Options"]))
        if deprioritisation._pattern_kind(sentence, fold(text)) is not None:  # type: ignore[arg-type]
            found += 1
            missed += not has_any(fold(text), deprioritisation._PATTERN_CUES)
    assert found and not missed


def test_the_jurisdiction_pattern_matches_as_its_plain_form_among_names() -> None:
    """REWRITTEN's random texts seldom spell a name: here they are made of the names, cut and joined."""
    plain = re.compile(r"(?=[A-Z])(?<![\w.])(" + "|".join(
        re.escape(a) for a in sorted(places._ALIAS_OF, key=len, reverse=True)) + r")(?![\w])")
    rng = random.Random(2026)
    aliases = sorted(places._ALIAS_OF)
    pieces = [*aliases, *(a[:rng.randint(1, len(a))] for a in aliases), " ", ".", "x", "1", "-", "’", "\n", "s"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert [m.span(1) for m in places.JURISDICTION.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
