"""The cover: the title and the short lines before the running text, where a document names itself.

Many PDFs and DOCX files carry no title in their metadata, so the cover is read from the blocks: the
short blocks before the first paragraph of running text, list of themes or contents, and the metadata
title after them. Facts that must tell the document itself from the plans it names ("the Hosting and
Application Development Strategy" in a document of that title) read its words here.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import TYPE_CHECKING

from strategylint.model import BlockKind

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument

TITLE_BLOCKS = 25  # the cover and the first headings: where the document names itself
TITLE_BLOCK_WORDS = 20
COVER_LINE_WORDS = 12  # a longer paragraph is running text: the cover has ended
CONTENTS = re.compile(r"^\s*(?:table of\s+)?contents\b", re.IGNORECASE)
_MINOR_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "to", "a", "an", "&"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_texts(doc: AnalysedDocument) -> list[str]:
    """The cover's lines, then the metadata title (a fact: ``doc.facts.get(title_texts)``).

    The cover ends at the first table, contents, list of themes, long line or sentence."""
    texts: list[str] = []
    items = 0
    for block in doc.blocks[:TITLE_BLOCKS]:
        words = len(block.text.split())
        if block.kind is BlockKind.TABLE_CELL or CONTENTS.search(block.text):
            break
        items = items + 1 if block.kind is BlockKind.LIST_ITEM else 0
        if items >= 2:  # a list of themes or chapters: the cover has ended
            texts.pop()
            break
        if block.kind is BlockKind.HEADING:
            if words > TITLE_BLOCK_WORDS:
                break
        elif words > COVER_LINE_WORDS or (words > 2 and block.text.rstrip().endswith((".", "!", "?"))):
            break  # running text: a long line, or a sentence
        texts.append(block.text)
    if doc.document.meta.title:
        texts.append(doc.document.meta.title)
    if not texts:  # no cover and no title (a translator's note first, a web page's text): the file's name
        name = " ".join(_FILE_NAME_SEPARATORS.split(PurePath(doc.document.path).stem))
        if _WORD.search(name):
            texts.append(name)
    return texts


_FILE_NAME_SEPARATORS = re.compile(r"[-_.\s]+")


# words that any plan's name may hold: only the others tell one plan from another
GENERIC_NAME_WORDS = frozenset({
    "the", "a", "an", "of", "for", "on", "and", "to", "in", "new", "our", "this", "its", "national", "overall",
    "overarching", "current", "present", "draft", "final", "whole", "wider", "strategy", "strategies", "plan",
    "plans", "agenda", "programme", "program", "roadmap", "vision", "framework", "mission", "policy", "white",
    "paper", "action", "s"})


def name_words(text: str) -> list[str]:
    """The words of a name, lower case, without a possessive: "Government’s Plan" gives government, plan."""
    return [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text)]


def names_itself(name: str, title_words: frozenset[str], generic: frozenset[str] = GENERIC_NAME_WORDS) -> bool:
    """Whether `name` is the document's (or its organisation's) own: each of its words is one of `title_words`
    or a `generic` word any name may hold. A name of generic words alone ("the Strategy") is its own too."""
    return all(word in title_words or word in generic for word in name_words(name))


def title_initials(doc: AnalysedDocument) -> frozenset[str]:
    """The initials of the cover's runs of two to four words: "Information Security Management" gives "ism",
    "Northern Ireland" gives "ni", so the cover spells those acronyms out."""
    initials: set[str] = set()
    for text in doc.facts.get(title_texts):
        words = name_words(text)
        # with and without the small words: "Department for Employment and Learning" gives "del" too
        for tokens in (words, [w for w in words if w not in _MINOR_WORDS]):
            for size in (2, 3, 4, 5):
                for i in range(len(tokens) - size + 1):
                    initials.add("".join(t[0] for t in tokens[i:i + size]))
    return frozenset(initials)


def title_words(doc: AnalysedDocument) -> frozenset[str]:
    """Every word of the cover, and its `title_initials`, so that a plan named in those words is known to be
    the document itself."""
    words = {word for text in doc.facts.get(title_texts) for word in name_words(text)}
    return frozenset(words | doc.facts.get(title_initials))
