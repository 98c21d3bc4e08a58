"""strategylint: a linter for digital strategy documents."""

__version__ = "0.1.0"
