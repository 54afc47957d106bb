"""Typos: the nearest known word to one the index does not hold ("anxeity" -> "anxiety").

Known words are the vocabulary's (conditions, plans, levels, people), language and city
names, and the words of facility names, saved at build time with how many names hold
them. Distance is Damerau-Levenshtein (a swapped pair of letters is one edit).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from facility import vocabulary

WORDS_FILE = "words.json"


def write_words(directory: Path, records: list[dict[str, Any]]) -> None:
    counts: Counter[str] = Counter()
    for record in records:
        for text in (record.get("name"), record.get("city")):
            counts.update({w for w in vocabulary.normalize_term(text or "").split() if len(w) >= 3 and w.isalpha()})
        counts.update(record.get("languages") or [])
    (directory / WORDS_FILE).write_text(json.dumps(counts, separators=(",", ":")), encoding="utf-8")


def read_words(directory: Path) -> dict[str, int]:
    path = directory / WORDS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), or limit + 1 when larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_edits(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


def vocabulary_words(phrases) -> set[str]:
    return {w for phrase in phrases for w in phrase.split() if len(w) >= 4 and not re.search(r"\d", w)}


def correct(word: str, preferred: set[str], others: dict[str, int]) -> str | None:
    """The closest known word within the allowed edits: vocabulary words first, then the
    word more facility names hold, then alphabetical; None when nothing is close."""
    limit = allowed_edits(word)
    if not limit:
        return None
    best: tuple[int, int, int, str] | None = None
    for candidates, rank in ((preferred, 0), (others, 1)):
        for candidate in candidates:
            if candidate == word or abs(len(candidate) - len(word)) > limit:
                continue
            d = distance(word, candidate, limit)
            if d <= limit:
                key = (d, rank, -others.get(candidate, 0), candidate)
                best = key if best is None or key < best else best
    return best[3] if best else None
