"""Shared test fixtures: the shared corpus (skipped with a reason when absent) and small helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
CORPUS_DOCS = CORPUS_DIR / "docs"
LABELS_DIR = CORPUS_DIR / "labels"


def corpus_file(name: str) -> Path:
    """The path of a corpus document, skipping the test when the shared corpus is not beside the repo."""
    path = CORPUS_DOCS / name
    if not path.exists():
        pytest.skip(f"needs the shared corpus document {name} at {CORPUS_DOCS} (not present here)")
    return path


@pytest.fixture
def corpus_docs() -> Path:
    if not CORPUS_DOCS.is_dir():
        pytest.skip(f"needs the shared corpus at {CORPUS_DOCS} (not present here)")
    return CORPUS_DOCS
