"""Numbers as web pages write them: digits or words ("three", "twelve")."""

from __future__ import annotations

import re

WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-four": 24,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,  # Spanish, for day counts
}

# A number in digits ("3", "2.5") or words; `NUMBER` is a regex fragment with one group.
NUMBER = r"(\d+(?:\.\d+)?|\b(?:" + "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True)) + r")\b)"
# Words before a number that make it a name, a time, an age or a limit rather than a count of
# anything: "phase two", "at four", "ages 13 to 17", "may miss two", "top five", "two thousand five".
NAMING_WORDS = ("phase", "level", "week", "weeks", "step", "stage", "track", "age", "ages", "at", "by", "until", "till",
                "from", "under", "over", "miss", "missed", "skip", "every", "first", "last", "final", "through", "thru", "top",
                "thousand", "hundred", "number", "block", "module", "unit")

# Range joiners: "3-5", "3 – 5", "3 to 5", "3 or 4", "between 3 and 5".
JOIN = r"\s*(?:-|–|—|to|or|and)\s*"


def to_number(text: str) -> float | None:
    text = text.strip().lower()
    if text in WORDS:
        return float(WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def numbers(*texts: str | None) -> list[float]:
    """The non-zero numbers among regex groups, skipping groups that did not match."""
    values = (to_number(text) for text in texts if text)
    return [value for value in values if value]
