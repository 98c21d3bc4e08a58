"""q8-system-alignment (SL308): partners and the wider system."""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q8-system-alignment"


def status(text: str) -> str:
    return lint(text, rules=[RULE]).board[RULE].status


def test_partners_and_joint_initiatives_are_addressed() -> None:
    text = ("We will work with system partners on the shared care record.\n\n"
            "The integrated care board funds our joint initiatives.\n\n"
            "Our plan is aligned with the national digital strategy.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "addressed"
    assert len(result.board[RULE].evidence) == 3


def test_a_section_on_partnership_is_addressed() -> None:
    text = ("## Working with our partners\n\nWe share platforms with local authorities.\n\n"
            "Our partner organisations use the same identity service.\n")
    assert status(text) == "addressed"


def test_a_passing_mention_is_partial() -> None:
    result = lint("We will talk to our partners about it.", rules=[RULE])
    assert result.board[RULE].status == "partial"
    (finding,) = findings_of(result, RULE)
    assert "only in passing" in finding.message and not finding.decisive


def test_nothing_beyond_the_organisation_is_missing() -> None:
    result = lint("Our digital team will build everything we need ourselves.", rules=[RULE])
    assert result.board[RULE].status == "missing"
    assert "aligns with your system strategy" in findings_of(result, RULE)[0].message


def test_partners_named_in_general_are_at_least_partial() -> None:
    text = ("Provider and partner connectivity will be easier.\n\n"
            "Claims and referrals will integrate across the ecosystem.\n\n"
            "We will publish partner interfaces.\n")
    result = lint(text, rules=[RULE])
    assert result.board[RULE].status == "partial"
    assert result.board[RULE].evidence


def test_named_bodies_worked_with_are_at_least_partial() -> None:
    text = ("The course was developed in conjunction with Invest NI and employers.\n\n"
            "The Department, together with the Department of Education, will run a campaign.\n\n"
            "The Employer Board will work with the STEM Business Group.\n")
    assert status(text) == "partial"


def test_affiliations_internal_partners_and_it_ecosystems_are_not_partners() -> None:
    text = ("I taught in schools affiliated with the Ministry of National Education.\n\n"
            "Each directorate has an IT business partner.\n\n"
            "We will simplify our IT ecosystem of 300 applications.\n\n"
            "We will work with our teams.\n")
    assert status(text) == "missing"


def test_work_delivered_alongside_a_named_body_is_a_partner_in_passing() -> None:
    assert status("# Plan\n\nThe pilot was delivered alongside the Department of Health last year.") == "partial"


def test_the_document_naming_itself_is_not_the_system() -> None:
    # its own cover and "this government strategy" are the document, not a national or government strategy it
    # aligns with; the same words naming another plan are
    own = ("# National Strategy for Artificial Intelligence\n\n"
           "This government strategy takes its outset in the current level of development.\n\n"
           "The National Strategy for Artificial Intelligence sets four objectives.\n")
    assert status(own) == "missing"
    other = own + "\nOur work supports the national digital strategy for schools.\n"
    result = lint(other, rules=[RULE])
    assert result.board[RULE].status != "missing"
    assert [e["quote"] for e in result.board[RULE].evidence] == [
        "Our work supports the national digital strategy for schools."]


def test_the_documents_own_name_with_its_last_words_is_the_document() -> None:
    text = ("# Digital Strategy for Schools\n\n"
            "A consultative paper, A National Digital Strategy for Schools (2013), was published.\n")
    assert status(text) == "missing"
    # the bare national strategy is the system's, even in a plan whose name holds the same words
    assert status("# Digital Strategy for Schools\n\nOur plan is aligned with the national digital strategy.\n") \
        != "missing"


def test_a_body_named_as_a_statistic_s_yardstick_is_not_a_partner() -> None:
    statistic = ("Unemployment here was 2.8%, far below the 6.3% unemployment rate of the European Union and "
                 "lower than the European Union average.")
    assert status(statistic) == "missing"
    assert status("We will deliver the skills programme in partnership with the European Union.") != "missing"


def test_a_shared_vision_with_partners_is_alignment() -> None:
    text = "The CBI, informed by industry, has agreed to develop a 'shared vision' for the IT sector."
    assert status(text) != "missing"


def test_partners_the_plan_leaves_out_of_scope_are_no_alignment() -> None:
    left_out = "The strategy does not cover local government services, the NHS, or the devolved administrations."
    assert status(left_out) == "missing"
    turned = ("The strategy does not cover local government services, but we will work with local government "
              "and the NHS on shared platforms.")
    assert status(turned) != "missing"
