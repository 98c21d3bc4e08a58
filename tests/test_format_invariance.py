"""The same content gets the same judgement whatever its format.

Each corpus Markdown strategy is rendered to HTML with markdown-it (after the Markdown parser's own
dialect clean-up, so that ``##01 Foreword`` is a heading in both) and the two files are linted side by
side: every sign, every board answer and the horizon must agree. This is how the Markdown parser was
found dropping the text of raw HTML blocks (MoJ's "Nearly all of our users find themselves in a
complicated, pressured or stressful situation ...").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from strategylint.engine import DocumentResult, Engine
from strategylint.parsers.markdown import preprocess
from strategylint.parsers.textutil import clean_source
from tests.conftest import CORPUS_DOCS

ENGLISH_MARKDOWN = sorted(p.name for p in CORPUS_DOCS.glob("*.md") if not p.name.startswith("de-")) \
    if CORPUS_DOCS.is_dir() else []


def _judgement(result: DocumentResult) -> dict[str, object]:
    horizon = result.horizon or {}
    return {
        **{f"sign {key}": sign.present for key, sign in result.signs.items()},
        **{f"board {key}": answer.status for key, answer in result.board.items()},
        "horizon": (horizon.get("start"), horizon.get("end")),
    }


@pytest.mark.corpus
@pytest.mark.parametrize("name", ENGLISH_MARKDOWN or ["(no corpus)"])
def test_markdown_and_its_html_rendering_are_judged_alike(name: str, tmp_path: Path) -> None:
    if not ENGLISH_MARKDOWN:
        pytest.skip(f"needs the shared corpus at {CORPUS_DOCS} (not present here)")
    source = CORPUS_DOCS / name
    # cleaned as the Markdown parser cleans it: a stray BOM in mid-file ("\ufeff##06 Themes and actions") would
    # otherwise turn a heading into a paragraph in markdown-it's rendering
    cleaned, _ = preprocess(clean_source(source.read_text(encoding="utf-8"))[0])
    rendered = tmp_path / (source.stem + ".html")
    rendered.write_text("<html><body>" + MarkdownIt("commonmark").enable("table").render(cleaned) + "</body></html>",
                        encoding="utf-8")
    engine = Engine(as_of=None)
    markdown, html = engine.lint_path(source), engine.lint_path(rendered)
    assert _judgement(html) == _judgement(markdown)
    # within 0.2%: markdown-it leaves Markdown that a raw HTML block swallowed unrendered ("[Government Digital
    # Strategy](/digital/strategy/)" is two words more), which the Markdown parser reads as Markdown
    assert abs(html.words - markdown.words) <= 0.002 * markdown.words
