"""Alignment with the wider system: partners, other bodies, shared platforms and joint initiatives.

Board question 8 asks how the digital strategy aligns with the system strategy: working with system
partners on a shared vision and joint initiatives. The fact is every sentence of running text that names
partners or the wider system (word list `system-partners`), and any section headed on partnership or
collaboration.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from strategylint.facts.topics import Topic, find_topic

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

HEADING = re.compile(
    r"\b(?:partners(?:hips?)?|collaborat\w+|working together|working with others|system working|alignment with"
    r"|national context|policy context|strategic context|joint (?:working|initiatives))\b",
    re.IGNORECASE)


def extract(doc: AnalysedDocument) -> Topic:
    return find_topic(doc, "links_system_partners", ["system-partners"], HEADING)
