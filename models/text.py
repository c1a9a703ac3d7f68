"""Text normalisation for search and duplicate detection (case, spaces, full-width forms)."""

from __future__ import annotations

import unicodedata


def search_key(text: str) -> str:
    """Fold case, full-width/half-width forms and whitespace: 'ＡＢＣ 设计' -> 'abc设计'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace())
