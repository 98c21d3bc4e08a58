"""Word lists: data files beside the rules (`rules/lexicons/*.txt`), extendable from config.

One term per line; ``#`` starts a comment. A term with any capital letter (``AI``, ``IoT``, ``ChatGPT``)
is matched with exactly that case, so that ``IT`` never matches "it"; a term in lower case is matched
in any case, and its last word in the plural too. Each list's header comment names its sources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib.resources import files

LEXICON_PACKAGE = "strategylint.rules"


@cache
def builtin_lexicon(name: str) -> tuple[str, ...]:
    resource = files(LEXICON_PACKAGE).joinpath("lexicons", f"{name}.txt")
    terms: list[str] = []
    for raw in resource.read_text(encoding="utf-8").splitlines():
        term = raw.split("#", 1)[0].strip()
        if term:
            terms.append(term)
    return tuple(terms)


@lru_cache(maxsize=1)
def builtin_names() -> tuple[str, ...]:
    folder = files(LEXICON_PACKAGE).joinpath("lexicons")
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))


def load_lexicons(extensions: Mapping[str, Sequence[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """Every built-in list, with the terms config adds (a new name makes a new list)."""
    lexicons = {name: builtin_lexicon(name) for name in builtin_names()}
    for name, extra in (extensions or {}).items():
        lexicons[name] = tuple(dict.fromkeys([*lexicons.get(name, ()), *extra]))
    return lexicons


def is_case_sensitive(term: str) -> bool:
    return any(c.isupper() for c in term)
