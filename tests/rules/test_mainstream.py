"""mainstream (SL204): length, reading ease, long sentences, acronyms, GOV.UK's words to avoid."""

from __future__ import annotations

import pytest

from strategylint.config import Config
from strategylint.engine import DocumentResult, Engine
from strategylint.facts import readability
from strategylint.findings import Reported
from strategylint.parsers import read_document
from tests.conftest import corpus_file
from tests.helpers import findings_of, lint, make_document

RULE = "mainstream"
PLAIN = "\n\n".join(["We will fix the forms people use most.", "You can pay your rent online.",
                     "We will ask you what works and change what does not."] * 8)
HARD_SENTENCE = ("The organisational infrastructure modernisation programme necessitates comprehensive "
                 "interoperability considerations regarding institutional information governance arrangements.")
HARD = "\n\n".join([HARD_SENTENCE] * 25)


def word_findings(result: DocumentResult) -> list[Reported]:
    return [f for f in findings_of(result, RULE) if "word" in f.data]


def summaries(result: DocumentResult) -> list[Reported]:
    return [f for f in findings_of(result, RULE) if "uses" in f.data]


def words_in(text: str, **options: int) -> list[Reported]:
    """The word-to-avoid findings for `text` after plain running text."""
    return word_findings(lint(PLAIN + "\n\n" + text, rules=[RULE], options={RULE: options}))


# --- the sign: length, reading ease, long sentences --------------------------------------------------------


def test_plain_text_is_mainstream() -> None:
    result = lint(PLAIN, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["mainstream"].present is True


def test_hard_text_is_not_mainstream_and_carries_the_metrics() -> None:
    result = lint(HARD, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and findings[0].decisive and findings[0].severity == "info"
    assert "reading ease" in findings[0].message and "widely understood" in findings[0].message
    assert findings[0].data["reading_ease"] < 30
    assert set(findings[0].data) >= {"words", "long_sentence_share", "reading_ease", "undefined_acronyms"}
    assert result.signs["mainstream"].present is False


def test_the_report_s_metrics_are_the_figures_the_message_gives() -> None:
    # a table's cells and a caption are not sentences the reading measures count, in the message or the metrics
    result = lint(HARD + "\n\n| Service | Volume |\n|---|---|\n| Parking permits | 12,000 |\n\nFigure 1", rules=[RULE])
    data = findings_of(result, RULE)[0].data
    assert result.metrics == {"sentences": data["sentences"], "mean_sentence_words": data["mean_sentence_words"],
                              "long_sentence_share": data["long_sentence_share"], "reading_ease": data["reading_ease"]}


def test_reading_ease_is_left_out_of_the_metrics_of_a_language_the_rules_do_not_cover() -> None:
    german = ("Diese Strategie beschreibt, wie die Verwaltung bis 2027 ihre Dienste digitalisiert. "
              "Wir werden alle Anträge online anbieten und die Mitarbeitenden schulen. " * 4)
    result = lint(german, rules=[RULE])
    assert result.language == "de"
    assert result.metrics["sentences"] == 8 and result.metrics["long_sentence_share"] == 0.0
    assert "reading_ease" not in result.metrics


def test_a_short_text_is_not_judged_on_its_averages() -> None:
    result = lint(HARD.split("\n\n")[0], rules=[RULE])
    assert findings_of(result, RULE) == []


def test_options_tune_the_thresholds() -> None:
    assert findings_of(lint(HARD, rules=[RULE], options={RULE: {"min-reading-ease": -200,
                                                                 "max-long-sentence-share": 1.0}}), RULE) == []
    assert len(findings_of(lint(PLAIN, rules=[RULE], options={RULE: {"max-words": 50}}), RULE)) == 1


def test_a_hard_reference_list_does_not_make_plain_text_hard() -> None:
    result = lint(PLAIN + "\n\n## References\n\n" + HARD, rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.signs["mainstream"].present is True
    # the same sentences as running text do
    assert lint(PLAIN + "\n\n## Our approach\n\n" + HARD, rules=[RULE]).signs["mainstream"].present is False


def test_a_contents_page_is_not_read_as_sentences() -> None:
    contents = "\n\n".join(f"{HARD_SENTENCE[:-1]} {n}" for n in range(3, 40))
    result = lint("## Contents\n\n" + contents + "\n\n## Introduction\n\n" + PLAIN, rules=[RULE])
    assert result.signs["mainstream"].present is True


# --- words to avoid: what fires, with GOV.UK's plain words -------------------------------------------------


@pytest.mark.parametrize(("sentence", "word", "suggestion"), [
    ("We will leverage our data to improve services.", "leverage",
     "Say exactly what you will do, or use 'use' or 'influence' instead of 'leverage'."),
    ("We will utilise cloud hosting for all new services.", "utilise", "Use 'use' instead of 'utilise'."),
    ("Going forward, we will publish our plans every year.", "going forward",
     "Say plainly what you mean, or use 'from now on' or 'in future' instead of 'going forward'."),
    ("We will streamline the process for booking appointments.", "streamline",
     "Say exactly what you will do, or use 'simplify' instead of 'streamline'."),
    ("We will publish the data in order to help researchers.", "in order to", "Use 'to' instead of 'in order to'."),
    ("We need a robust approach to governance.", "robust",
     "Say what makes it so, or use 'well thought out' or 'comprehensive' instead of 'robust'."),
    ("We will take 20 actions under four overarching themes.", "overarching",
     "Use 'encompassing' instead of 'overarching', or leave it out."),
    ("We are tackling the skills gap across the region.", "tackle",
     "Say exactly what you will do, or use 'stopping', 'solving' or 'dealing with' instead of "
     "'tackling'."),
])
def test_a_word_to_avoid_gets_one_finding_with_gov_uk_s_plain_words(sentence: str, word: str,
                                                                       suggestion: str) -> None:
    result = lint(PLAIN + "\n\n" + sentence, rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and not findings[0].decisive
    assert findings[0].quote == sentence
    assert findings[0].data["word"] == word and findings[0].data["count"] == 1
    assert findings[0].suggestion == suggestion
    assert "GOV.UK's list" in findings[0].message
    assert result.signs["mainstream"].present is True


@pytest.mark.parametrize(("sentence", "why"), [
    ("We will facilitate workshops with local groups.", "it does not say what you will actually do"),
    ("We will publish the data in order to help researchers.", "the extra words add nothing"),
    ("We will utilise cloud hosting for all new services.", "an everyday word says the same to more readers"),
    ("We will build a one-stop shop for business support.", "a metaphor does not say what you actually mean"),
    ("We need a robust approach to governance.", "it sounds strong but says nothing specific"),
])
def test_the_message_gives_the_reason_for_the_kind_of_word(sentence: str, why: str) -> None:
    [finding] = words_in(sentence)
    assert why in finding.message
    hides = "what you will actually do"
    assert (hides in finding.message) == (finding.data["kind"] == "vague")


def test_uses_of_a_word_in_all_its_forms_are_one_finding_at_the_first() -> None:
    text = "\n\n".join([
        "Our plan is to fix the basics first.",
        "We will leverage our data to improve services.",
        "The new platform leverages open standards.",
        "Leveraging cloud hosting will cut our costs.",
        "We will leverage shared components across teams.",
    ])
    [finding] = words_in(text)
    assert finding.data["word"] == "leverage" and finding.data["count"] == 4
    assert finding.data["forms"] == {"leverage": 2, "leverages": 1, "leveraging": 1}
    assert finding.quote == "We will leverage our data to improve services."
    assert finding.message.startswith(
        "'leverage' 4 times in the running text (also as 'leverages' and 'leveraging'); first here.")
    assert finding.location.line == PLAIN.count("\n") + 2 + 3  # the second paragraph of `text`


def test_a_form_keeps_its_own_replacement() -> None:
    [finding] = words_in("We are leveraging cloud hosting to cut costs.")
    assert finding.data["form"] == "leveraging"
    assert finding.suggestion.endswith("use 'using' or 'influencing' instead of 'leveraging'.")


WORDY = "\n\n".join([
    "We will leverage data.", "We will leverage skills here.", "We will leverage our buildings.",
    "We will utilise tools for all teams.", "We will utilise cloud hosting now.",
    "We will facilitate workshops for staff.", "We will empower our staff to decide.",
    "We will streamline the forms.", "We will foster new ideas in teams.",
    "We will act in order to save money.",
])


def test_by_default_one_finding_at_the_most_used_word_names_the_others() -> None:
    result = lint(PLAIN + "\n\n" + WORDY, rules=[RULE])
    [finding] = findings_of(result, RULE)
    assert finding.data["word"] == "leverage" and finding.data["count"] == 3
    assert finding.quote == "We will leverage data."
    assert finding.data["others"] == {"utilise": 2, "facilitate": 1, "empower": 1, "streamline": 1, "foster": 1,
                                      "in order to": 1}
    assert finding.message.startswith("'leverage' 3 times in the running text; first here.")
    assert "Also on GOV.UK's list of words to avoid: 'utilise' twice, 'facilitate' once" in finding.message
    assert finding.message.endswith("'foster' once, 'in order to' once.")
    assert "For the others, GOV.UK's plain words: 'use' for 'utilise'; 'help' or 'run' for 'facilitate'" \
        in finding.suggestion


def test_words_used_less_than_once_per_1000_words_are_left_alone() -> None:
    filler = " ".join(f"The council will open service number {n} to residents next spring." for n in range(150))
    text = filler + " We will leverage our data to improve services."  # one use in about 1,650 words
    assert findings_of(lint(text, rules=[RULE]), RULE) == []
    shown = lint(text, rules=[RULE], options={RULE: {"min-word-uses-per-1000": 0}})
    assert [f.data["word"] for f in findings_of(shown, RULE)] == ["leverage"]


def test_a_single_word_is_one_finding_naming_no_others() -> None:
    [finding] = words_in("We will leverage our data to improve services.")
    assert "others" not in finding.data and "Also on" not in finding.message


def test_the_most_used_words_come_first_and_the_rest_are_summed_up() -> None:
    result = lint(PLAIN + "\n\n" + WORDY, rules=[RULE], options={RULE: {"max-word-findings": 3}})
    words = word_findings(result)
    assert [(f.data["word"], f.data["count"]) for f in words] == [("leverage", 3), ("utilise", 2)]
    [summary] = summaries(result)
    assert len(findings_of(result, RULE)) == 3
    assert not summary.decisive and summary.quote is None
    assert summary.data == {"words": {"facilitate": 1, "empower": 1, "streamline": 1, "foster": 1,
                                      "in order to": 1}, "uses": 5}
    assert summary.message.startswith("Also on GOV.UK's list of words to avoid: 'facilitate' once, 'empower' once")
    # every plain word GOV.UK gives, as one alone can change the meaning
    assert "'help' or 'run' for 'facilitate'; 'allow' or 'give permission' for 'empower'" in summary.suggestion


@pytest.mark.parametrize(("limit", "words", "summed"), [(0, 0, 0), (1, 1, 0), (2, 1, 6), (5, 4, 3), (7, 7, 0),
                                                       (20, 7, 0)])
def test_max_word_findings_caps_the_findings_summary_included(limit: int, words: int, summed: int) -> None:
    result = lint(PLAIN + "\n\n" + WORDY, rules=[RULE], options={RULE: {"max-word-findings": limit}})
    assert len(word_findings(result)) == words
    assert sum(len(s.data["words"]) for s in summaries(result)) == summed
    assert len(findings_of(result, RULE)) <= limit


# --- words to avoid: where they are not pointed out ---------------------------------------------------------


def test_not_in_headings() -> None:
    assert words_in("## Robust digital infrastructure\n\nWe will fix the network in every school.") == []
    assert words_in("## How we will leverage data in order to improve services\n\nWe will fix the basics.") == []


@pytest.mark.parametrize("line", [
    "Robust digital infrastructure ........................ 51",
    "Robotics to facilitate better wellbeing . . . . . . . . . . 26",
])
def test_not_in_contents_lines(line: str) -> None:
    assert words_in(line) == []


def test_not_in_a_contents_section() -> None:
    assert words_in("## Contents\n\nTackling illegal content and practices online 18\n\n## Introduction\n\n"
                    "We will fix the basics.") == []


@pytest.mark.parametrize("section", ["References", "Bibliography", "Glossary", "List of abbreviations"])
def test_not_in_reference_or_glossary_sections(section: str) -> None:
    text = (f"## {section}\n\nSmith, J. (2019). How to leverage data in order to grow public services.\n\n"
            "Dialogue: a conversation between two or more people.")
    assert words_in(text) == []


@pytest.mark.parametrize("label", [
    "Robust governance",  # a label, not a sentence
    "Leverage data assets for all teams",  # a list stub: short, and no full stop
    "Leverage Partnerships • • • 37.",  # a contents entry
    "ROBUST GOVERNANCE FOR EVERY TEAM IN THE WHOLE ORGANISATION.",  # a heading set in capitals
])
def test_not_in_labels_or_lines_in_capitals(label: str) -> None:
    assert words_in(label) == []
    assert len(words_in(label.capitalize().rstrip(".").replace(" • • • 37", "") + " in our plan today.")) == 1


def test_not_on_the_cover() -> None:
    cover = ("# National AI Policy\n\nMinistry of ICT and Innovation To leverage AI to power economic growth "
             "and position Rwanda as a global innovator\n\n## Executive summary\n\n")
    assert word_findings(lint(cover + PLAIN, rules=[RULE])) == []
    # past the cover, the same words are prose
    assert len(word_findings(lint(cover + PLAIN + "\n\nTo leverage AI to power economic growth.", rules=[RULE]))) == 1


def test_not_in_the_title_repeated_as_a_running_header() -> None:
    title = "A digital strategy to leverage data for growth and better public services"
    text = PLAIN + "\n\n" + title + "\n\n" + PLAIN
    assert word_findings(lint(text, rules=[RULE], title=title)) == []
    assert len(word_findings(lint(text, rules=[RULE], title="Digital strategy"))) == 1


def test_not_in_quotations_of_someone_else() -> None:
    quoted = "The minister said: “we will leverage every tool we have to get this done”."
    assert words_in(quoted) == []
    [finding] = words_in(quoted + "\n\nWe will leverage our data to improve services.")
    assert finding.data["count"] == 1 and finding.data["quoted"] == 1


def test_a_sentence_printed_again_is_one_use() -> None:
    sentence = "We are strengthening Sweden's welfare with new tools for every agency in the country."
    pull_quote = "We are strengthening Sweden’s welfare with new tools for every agency in the country!"
    [finding] = words_in(f"{sentence}\n\n{PLAIN}\n\n{pull_quote}")
    assert finding.data["count"] == 1
    # the same word in another sentence is another use
    [finding] = words_in(f"{sentence}\n\n{PLAIN}\n\nWe are strengthening our schools as well, in every region.")
    assert finding.data["count"] == 2


# --- words to avoid: literal senses GOV.UK allows ---------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Investors need access to robust and resilient cloud services.",
    "Schools require scalable, robust Wi-Fi solutions.",
    "The internet must stay open and robust.",
    "We will build a robust, reliable ICT infrastructure for every school.",
    "Large research databases make sure that models trained are robust and do not overfit their data.",
    "AI safety standards will make systems fairer and more robust against attack.",
    "The leverage effect will double the money available.",
    "Consolidate suppliers where the council needs leverage.",
    "The fund will leverage private investment of £20 million.",
    "This grant leverages some of the £1.7 billion announced last year.",
    "We will recruit more foster carers for children in care.",
    "A minority are foster or adoptive parents.",
    "We are building systems capable of interacting with people through dialogue.",
    "Dialogue between AI systems and people must be open about what the system is.",
    "The assistant holds a spoken dialogue with each caller.",
    "Coaches teach players how to tackle safely in rugby.",
    "Engineers are strengthening the bridge over the river.",
])
def test_literal_senses_are_not_reported(sentence: str) -> None:
    assert words_in(sentence) == []
    # nor counted
    [finding] = words_in(sentence + "\n\nWe will utilise cloud hosting for all new services.")
    assert finding.data["word"] == "utilise"


@pytest.mark.parametrize("sentence", [
    "We will leverage our data to improve services.",
    "Leverage open standards wherever you can.",  # an imperative, not a noun
    "We will leverage our investment in cloud hosting.",  # not the financial sense
    "We need a robust approach to governance.",
    "We will foster a culture of innovation in our teams.",
    "We will engage in dialogue with citizens about our plans.",
    "The Ministry of Health, Welfare and Sport is tackling these obstacles.",  # a name, not a sport
    "We are strengthening our partnerships with universities.",
])
def test_figurative_senses_are_reported(sentence: str) -> None:
    assert len(words_in(sentence)) == 1


def test_a_literal_use_is_counted_apart() -> None:
    text = ("We will build a robust network for every school.\n\n"
            "We need a robust approach to governance.\n\nOur plans are robust and well tested.")
    [finding] = words_in(text)
    assert finding.data["count"] == 2 and finding.data["literal"] == 1
    assert finding.quote == "We need a robust approach to governance."


def _lint_with_extra_words(text: str, words: list[str], list_name: str = "words-to-avoid") -> list[Reported]:
    engine = Engine(Config(select=[RULE], lexicons={list_name: words}))
    return word_findings(engine.lint_document(make_document(PLAIN + "\n\n" + text), "test.md"))


def test_a_cue_added_by_configuration_counts_near_any_word() -> None:
    sentence = "We need a robust data pipeline for the new service."
    assert len(_lint_with_extra_words(sentence, [])) == 1
    assert _lint_with_extra_words(sentence, ["pipeline"], "words-to-avoid-literal") == []
    far = "We need a robust way of working on data, with a pipeline."
    assert len(_lint_with_extra_words(far, ["pipeline"], "words-to-avoid-literal")) == 1


@pytest.mark.parametrize(("sentence", "fires"), [
    ("Pupils at Key Stage 2 use tablets in class.", False),
    ("Staff open the door with a key card.", False),
    ("This is a key priority for the council.", True),
    ("We deliver parcels to every home twice a week.", False),
    ("We deliver public services online and by phone.", False),
    ("We will deliver improvements to our services next year.", True),
])
def test_words_added_by_configuration_get_their_literal_senses_too(sentence: str, fires: bool) -> None:
    found = _lint_with_extra_words(sentence, ["key", "deliver"])
    assert len(found) == int(fires)
    if fires:
        assert "on the list of words to avoid" in found[0].message and "GOV.UK" not in found[0].message


def test_every_word_list_entry_is_well_formed() -> None:
    entries = readability.entries()
    heads = {e.headword for e in entries.values()}
    assert {"leverage", "robust", "in order to", "dialogue"} <= heads
    assert all(e.kind in readability.KINDS and e.replacements for e in entries.values())
    assert entries["tackling"].headword == "tackle" and entries["tackling"].replacements[0] == "stopping"
    cued = {head for windows in readability.literal_cues().values() for head in windows}
    # every cue serves a listed word, or one a configuration may add
    assert cued <= heads | {"key", "deliver", "deploy"}
    assert readability.literal_cues()["cloud"] == {"robust": (12, 4)}
    assert readability.literal_cues()["co-financing"] == {"leverage": (6, 6)}


# --- acronyms ---------------------------------------------------------------------------------------------


def _acronyms(source: str) -> tuple[str, ...]:
    doc = Engine().analyse(make_document(source))
    return doc.facts.get(readability.extract).undefined_acronyms


def test_undefined_acronyms() -> None:
    assert _acronyms("The Government Digital Service (GDS) works with the CDDO. GDS and the CDDO agree. "
                     "The NHS helps.") == ("CDDO",)


def test_an_acronym_in_a_glossary_is_defined() -> None:
    text = "We work with the CDDO on standards.\n\nThe CDDO sets the rules."
    assert _acronyms(text) == ("CDDO",)
    assert _acronyms(text + "\n\n## Glossary\n\n- CDDO Central Digital and Data Office") == ()
    assert _acronyms("- CDDO – Central Digital and Data Office\n\n" + text) == ()
    # a label is not a definition: the initials must spell the acronym
    assert _acronyms("- CDDO: Youth to Adult rollout\n\n" + text) == ("CDDO",)
    # a list of abbreviations whose heading the PDF's layout ran into it
    run_in = "APPENDIX 6: ABBREVIATIONS ACCS Association of Schools CDDO Digital Office NEPS Psychology Service"
    assert _acronyms(text + "\n\n" + run_in) == ()
    assert _acronyms(text + "\n\nAppendix 6: abbreviations of CDDO are listed here") == ("CDDO",)


def test_acronyms_in_headings_and_words_in_capitals_are_not_counted() -> None:
    assert _acronyms("## The CDDO plan\n\nWe fix things.\n\n## The CDDO team\n\nWe fix more.") == ()
    shouted = "THEME 3: LEADERSHIP, RESEARCH AND POLICY There is a need for distributed leadership."
    assert _acronyms(f"{shouted}\n\n{shouted}") == ()


def test_an_english_word_set_in_capitals_is_a_name_not_an_acronym() -> None:
    text = ("Workshops took place at EXCITED, the Digital Learning Festival. EXCITED drew 900 pupils. The CDDO "
            "and the CDDO agree. CONNECTING schools matters. CONNECTING is hard.")
    assert _acronyms(text) == ("CDDO",)


def test_acronyms_in_a_list_of_those_who_took_part_are_not_counted() -> None:
    text = "We work with the CDDO on standards.\n\nThe CDDO sets the rules."
    names = "## Appendix 3: Submissions to consultation\n\n- Holy Family BNS, Carlow\n- St Canice's BNS, Finglas\n"
    assert _acronyms(text + "\n\n" + names) == ("CDDO",)
    assert _acronyms(text + "\n\n" + names.replace("Submissions to consultation", "Our schools")) == ("CDDO", "BNS")


def test_acronyms_in_a_numbered_list_of_names_run_into_a_paragraph_are_not_counted() -> None:
    text = "We work with the CDDO on standards.\n\nThe CDDO sets the rules."
    roll = ("APPENDICES\n\n101 Holy Family BNS, Carlow 102 Sandra Ryan 103 St Canice's BNS, Finglas 104 St Joseph's "
            "College 105 Scoil Bhride NS, Cork 106 Tralee NS")
    assert _acronyms(text + "\n\n" + roll) == ("CDDO",)
    # numbers that do not run on are not a roll: "2 BNS pupils and 40 BNS teachers"
    met = "We met 2 BNS pupils, 40 BNS teachers, 7 NS heads and 9 NS staff."
    assert _acronyms(text + "\n\n" + met) == ("BNS", "NS", "CDDO")


def test_exam_grades_in_a_table_of_entry_requirements_are_not_acronyms() -> None:
    text = "We work with the CDDO on standards.\n\nThe CDDO sets the rules."
    table = ("\n\nUniversity of Glasgow AAB-BBB 9,250\n\nCardiff University ABB-BBB 9,000\n\n"
             "University of York AAB - ABB 9,250\n\nUlster University ABB 4,275")
    assert _acronyms(text + table) == ("CDDO",)
    # two that happen to fit are acronyms still
    assert _acronyms(text + "\n\nThe ACE team and the ACE board met. The BBB panel and the BBB office agree.") \
        == ("ACE", "BBB", "CDDO")


def test_a_document_s_reference_code_is_not_an_acronym() -> None:
    text = "We work with the CDDO on standards.\n\nThe CDDO sets the rules."
    codes = "See the Commission's paper {SEC(2009) 1436} and its annex {SEC(2009) 1437}."
    assert _acronyms(text + "\n\n" + codes) == ("CDDO",)
    more = ("The Commission's paper COM (2011) 315 sets this out, and COM (2012) 12 follows. The Directive "
            "2003/98/EC governs reuse, as amended by Directive 2013/37/EC.")
    assert _acronyms(text + "\n\n" + more) == ("CDDO",)
    assert _acronyms("We build CI/CD pipelines. Each CI/CD pipeline is tested.") == ("CD", "CI")


def test_a_word_in_capitals_the_document_also_writes_in_lower_case_is_not_an_acronym() -> None:
    text = "We want ALL pupils online, not just some of all schools. ALL the time. The CDDO and the CDDO agree."
    assert _acronyms(text) == ("CDDO",)
    assert _acronyms("ALL pupils online. ALL schools, ALL the time.") == ("ALL",), "never in lower case: kept"


@pytest.mark.parametrize("definition", [
    "Under the Core Policy and Procedures Manual (CPPM, Chapter 12), the office sets rules.",
    "Linguistic technologies (Natural Language Processing - NLP) are of great interest.",
    "Operators first carry out a privacy impact assessment or PIA. The PIA matters.",
    "We follow the STEM action plan (Science, Technology, Engineering, Mathematics) in every school.",
    "The CPPM (Core Policy and Procedures Manual for the whole of the provincial government and its agencies, "
    "as amended in each of the years since it was first issued) applies.",
    "the PIA: Privacy, Impact and Assessment, are the firms whose preeminence is due to data collection.",
    "The National AI Policy will establish a Responsible AI Office (PIA Office) in its first year.",
    # the Dutch agenda's "(Veilig Verbonden, hereinafter referred to as IIP-SC)"
    "The ICT Innovation Platform (Veilig Verbonden, hereinafter referred to as PIA-SC) published a roadmap.",
    # a name explained where it stands
    "PIA is an agritech startup that uses satellite images.",
    "The ministry gave €1 million to STEM, a collaborative organisation for Dutch education and research.",
    "CPPM, developed by Civica Digital, is a tool that maps a city's data.",
])
def test_more_ways_of_spelling_an_acronym_out(definition: str) -> None:
    acronym = next(a for a in ("NLP", "PIA-SC", "PIA", "CPPM", "STEM") if a in definition)
    acronym = acronym.split("-")[0]
    uses = f"The {acronym} matters. We follow the {acronym}."
    assert _acronyms(uses) == (acronym,)
    assert _acronyms(definition + " " + uses) == ()


def test_words_in_brackets_that_do_not_spell_it_do_not_define_it() -> None:
    text = "The GTS institutes (approved technological service institutes) help. The GTS acts. The GTS reports."
    assert _acronyms(text) == ("GTS",)


def test_a_hyphenated_acronym_after_its_name_defines_both_parts() -> None:
    text = "PDST Technology in Education (PDST-TiE) helps. The PDST-TIE acts. The PDST-TIE reports."
    assert _acronyms(text) == ()


def test_a_hyphenated_acronym_spelled_out_defines_its_stem() -> None:
    text = "The CERT-PA (Computer Emergency Response Team) acts. The CERT acts. The CERT reports."
    assert _acronyms(text) == ()


def test_the_most_used_acronyms_come_first() -> None:
    assert _acronyms("The CDDO and the CDDO. The GDS, the GDS and the GDS.") == ("GDS", "CDDO")


def test_acronyms_used_in_prose_come_before_names_in_a_table_laid_out_as_lines() -> None:
    # "UDEM MTY" twice in rows of a participants' table, "DSA" twice in sentences
    text = ("Olivia Barron AI PhD UDEM MTY Academia\n\nJesus Cepeda CEO One Smart City MTY Consultancy\n\n"
            "Olivia Barron AI PhD UDEM MTY Academia\n\n"
            "Pupils with a DSA get help with their reading at school.\n\nThe DSA also pays for a laptop for them.")
    assert _acronyms(text) == ("DSA", "MTY", "UDEM")


def test_a_plural_in_capitals_of_a_defined_acronym_is_defined() -> None:
    uses = "Universities share MOOCS with schools.\n\nThe MOOCS are free. The GPS and the GPS work."
    assert _acronyms(uses) == ("GPS", "MOOCS")
    assert _acronyms(uses + "\n\n## List of Abbreviations\n\n- MOOC Massive Open Online Course\n") == ("GPS",)


def test_a_long_strategy_with_an_executive_summary_is_told_to_make_that_the_plain_version() -> None:
    body = " ".join(f"The multidimensional interoperability considerations of programme {n} necessitate "
                    "comprehensive institutional consolidation." for n in range(1400))
    without = findings_of(lint(body, rules=[RULE]), RULE)
    assert next(f.suggestion for f in without if f.decisive).startswith("Publish a short, plain version")
    with_summary = findings_of(lint("## Executive summary\n\nWe will fix the basics first.\n\n## Detail\n\n" + body,
                                    rules=[RULE]), RULE)
    assert next(f.suggestion for f in with_summary if f.decisive).startswith(
        "Make its 'Executive summary' the short, plain version a reader takes away")


def test_web_addresses_and_company_forms_hold_no_acronyms() -> None:
    text = ("See the report (http://www.education.ie/en/Reports/Schools-IT2000.pdf) and Speeches/2013/SP13-02.html "
            "again. Ericsson AB and Siemens AG help. Ericsson AB and Siemens AG agree. The IT2000 plan and the IT2000 "
            "review.")
    assert _acronyms(text) == ("IT2000",)


def test_the_cover_spells_out_its_own_acronyms() -> None:
    uses = "Employers in NI want more graduates.\n\nThe NI economy grows.\n\nThe DEL funds courses for the DEL."
    assert _acronyms(uses) == ("DEL", "NI")
    cover = "# Digital Skills for Northern Ireland\n\nDepartment for Employment and Learning\n\n"
    assert _acronyms(cover + uses) == ()


def test_currency_codes_company_names_and_fiscal_years_are_not_jargon() -> None:
    assert _acronyms("We spend EUR 5 million and DKK 2 million with IBM in FY2023. "
                     "The EUR and DKK budgets and IBM run to FY2024.") == ()


def test_many_acronyms_never_spelled_out_make_plain_text_not_mainstream() -> None:
    jargon = " ".join(f"The {a} and the {a} meet." for a in ("CDDO", "DSIT", "CCS", "GDS", "NCSC", "ICO"))
    result = lint(PLAIN + "\n\n" + jargon, rules=[RULE])
    (finding,) = [f for f in findings_of(result, RULE) if f.decisive]
    assert "6 acronyms are never spelled out" in finding.message
    assert finding.message.count("never spelled out") == 1
    assert result.signs["mainstream"].present is False
    five = " ".join(f"The {a} and the {a} meet." for a in ("CDDO", "DSIT", "CCS", "GDS", "NCSC"))
    assert lint(PLAIN + "\n\n" + five, rules=[RULE]).signs["mainstream"].present is True
    relaxed = lint(PLAIN + "\n\n" + jargon, rules=[RULE], options={RULE: {"max-undefined-acronyms": 6}})
    assert relaxed.signs["mainstream"].present is True


# --- syllables and the corpus -----------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "count"), [("strategy", 3), ("digital", 3), ("make", 1), ("people", 2),
                                             ("services", 2), ("delivered", 3), ("the", 1)])
def test_syllables(word: str, count: int) -> None:
    assert readability.syllables(word) == count


def test_corpus_short_gds_paper_is_mainstream_and_long_uk_strategy_is_not() -> None:
    engine = Engine()
    short = engine.analyse(read_document(corpus_file("uk-gds-assisted-digital-approach-2013.md"), engine.limits))
    long = engine.analyse(read_document(corpus_file("uk-dcms-uk-digital-strategy-2017.docx"), engine.limits))
    assert short.facts.get(readability.extract).words < 15000
    assert long.facts.get(readability.extract).words > 15000


def test_robust_infrastructure_as_the_subject_of_a_long_clause_is_literal() -> None:
    text = ("A digital infrastructure for the public sector that is crucial for society must be robust and it must "
            "meet the needs of its users. " * 3)
    result = lint(text, rules=["mainstream"])
    assert not [f for f in findings_of(result, "mainstream") if "'robust'" in f.message]


def test_a_short_hard_document_is_not_told_to_publish_a_short_version() -> None:
    (finding,) = [f for f in findings_of(lint(HARD, rules=[RULE]), RULE) if f.decisive]
    assert finding.suggestion.startswith("Keep it this short, but plainer")
    long_hard = "\n\n".join([HARD] * 7)
    (finding,) = [f for f in findings_of(lint(long_hard, rules=[RULE]), RULE) if f.decisive]
    assert finding.suggestion.startswith("Publish a short, plain version")


@pytest.mark.parametrize(("text", "driver"), [
    # short sentences of long words: the words drive the score
    ("\n\n".join(["Organisational interoperability necessitates comprehensive infrastructural modernisation."] * 25),
     "so long words weigh most"),
    # long sentences of short words: the sentences drive it
    ("\n\n".join(["We will make sure that the way we work with all the teams and the people who use our services "
                  "is set out in a plan that we can all read, share and talk about with our partners and the public "
                  "in the next year or so, and that it is kept up to date as things change."] * 25),
     "so long sentences weigh most"),
])
def test_a_low_reading_ease_says_whether_words_or_sentences_drive_it(text: str, driver: str) -> None:
    (finding,) = findings_of(lint(text, rules=[RULE], options={RULE: {"min-reading-ease": 100}}), RULE)
    assert "sentences average" in finding.message and driver in finding.message


def test_a_reading_ease_that_shows_as_30_is_not_below_30() -> None:
    from strategylint.rules import mainstream

    from strategylint.facts.readability import Readability

    options = {**mainstream.OPTIONS}
    shown_as_30 = Readability(words=5000, sentences=300, mean_sentence_words=17.0, long_sentence_share=0.1,
                              reading_ease=29.96)
    assert not any("reading ease" in reason for reason in mainstream._unplain(shown_as_30, options))
    below = Readability(words=5000, sentences=300, mean_sentence_words=17.0, long_sentence_share=0.1,
                        reading_ease=29.94)
    assert any("reading ease of 29.9 (below 30" in reason for reason in mainstream._unplain(below, options))


def test_an_acronym_written_out_elsewhere_but_never_tied_to_it_is_named_last() -> None:
    uses = "The DEL funds the HNC. The DEL and the HNC agree. The NI economy grows. NI firms hire."
    written = " The Department for Employment and Learning works in Northern Ireland. Firms in Northern Ireland grow."
    doc = Engine().analyse(make_document(uses + written))
    found = doc.facts.get(readability.extract)
    assert found.undefined_acronyms == ("HNC", "DEL", "NI")
    assert found.unlinked_acronyms == ("DEL", "NI")
    once = Engine().analyse(make_document(uses + " The Department for Employment and Learning works in Northern "
                                                  "Ireland."))
    assert once.facts.get(readability.extract).unlinked_acronyms == ("DEL",), "two initials by chance need two uses"
    headings = Engine().analyse(make_document(uses + "\n\nNorthern Ireland\n\nNorthern Ireland\n"))
    assert headings.facts.get(readability.extract).unlinked_acronyms == (), "a line's capitals are not a name's"


def test_the_finding_says_which_acronyms_are_written_out_elsewhere() -> None:
    names = ["ABC", "BCD", "CDE", "DEF", "EFG", "FGH"]
    uses = " ".join(f"The {n} acts. The {n} reports." for n in names)
    result = lint(uses + " The Alpha Beta Company works.", rules=[RULE])
    (finding,) = [f for f in findings_of(result, RULE) if "acronyms" in f.message]
    assert "6 acronyms are never spelled out where they are used (BCD, CDE, DEF, EFG, FGH; ABC written out " \
           "elsewhere but never tied to its acronym)" in finding.message


def test_a_pull_quote_of_part_of_a_sentence_is_one_use() -> None:
    goal = ("the Government's goal is to make Sweden a leader in harnessing AI, with the aim of strengthening "
            "welfare and competitiveness.")
    every_use = {"min-word-uses-per-1000": 0}
    text = "\n\n".join([f"{goal[0].upper()}{goal[1:]}", f"In the light of this analysis, {goal}",
                        "We are strengthening the basics first in every agency."])
    [finding] = words_in(text, **every_use)
    assert finding.data["count"] == 2, "the pull quote and the sentence it repeats are one use"
    short = "\n\n".join(["We are strengthening data.", "In short, we are strengthening data and skills."])
    assert words_in(short, **every_use)[0].data["count"] == 2, "a short sentence inside a longer one is two uses"


def test_a_name_said_to_be_something_other_than_a_kind_of_body_or_tool_is_not_explained() -> None:
    text = "The GTS is a priority for us. The GTS is the key to growth. The GTS, a priority, reports."
    assert _acronyms(text) == ("GTS",)
