"""Splitting page text into sentences and clauses, the units facts are read from."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n+|\s*•\s*|\s*;\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")


def sentences(text: str) -> list[str]:
    """Sentences and list items of a text, white space folded, empties dropped."""
    parts = (_SPACES.sub(" ", part).strip() for part in _SENTENCE_END.split(text))
    return [part for part in parts if part]
