"""q3-users (SL303): do you understand your users and their biggest needs?"""

from __future__ import annotations

from tests.helpers import findings_of, lint

RULE = "q3-users"


def test_addressed_with_research_and_needs() -> None:
    result = lint("Our survey of 2,000 patients found that they need to book appointments online. "
                  "Residents need faster repairs.", rules=[RULE])
    assert findings_of(result, RULE) == []
    assert result.board["q3-users"].status == "addressed"
    assert result.board["q3-users"].evidence


def test_partial_with_users_mentioned_generically() -> None:
    result = lint("We are committed to being user-centred.", rules=[RULE])
    findings = findings_of(result, RULE)
    assert len(findings) == 1 and not findings[0].decisive
    assert "Do you understand your users and their biggest needs?" in findings[0].message
    assert result.board["q3-users"].status == "partial"


def test_missing_without_users() -> None:
    result = lint("We will upgrade the data centre and renew our software licences.", rules=[RULE])
    assert findings_of(result, RULE)[0].decisive
    assert result.board["q3-users"].status == "missing"
