"""Program cost with its period: "$3,000 to $10,000 per month", "$450/week", "The full program is $12,000"."""

from __future__ import annotations

import re

_AMOUNT = r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?"
_PERIODS = {
    "session": "session", "group": "session", "visit": "session", "class": "session",
    "day": "day", "daily": "day",
    "week": "week", "weekly": "week", "wk": "week",
    "month": "month", "monthly": "month", "mo": "month",
}
_PERIOD = r"(?:\s*(?:per|a|an|each|/)\s*|\s+)(session|group|visit|class|day|week|wk|month|mo)\b|\s+(daily|weekly|monthly)\b"
# "between $2,000 and $4,000": and joins a range only after "between".
_COST = re.compile(r"(?:between\s+)?" + _AMOUNT + r"(?:\s*(?:-|–|—|to|(?<=\d)\s+and(?=\s+\$))\s*" + _AMOUNT + r")?(?:"
                   + _PERIOD + r")?", re.I)
_WHOLE_PROGRAM = re.compile(r"\b(full|entire|whole|complete|total|all-inclusive)\s+(?:[\w-]+\s+)?(program|course|treatment|cost)\b|"
                            r"\bprogram (?:costs?|fee|price|tuition) (?:is|of)\b|\bflat fee\b|\bin total\b|\btotal (?:cost|price|fee)\b|"
                            # "$15,000 for the 12-week program", "The 12-week program costs $15,000": a length names the whole
                            r"\b(?:for|the|our)\s+(?:the\s+|our\s+|an?\s+)?(?:\d+|\w+)[- ](?:weeks?|days?|months?)[- ](?:\w+\s+)?(?:program|course|iop|php)\b(?!['’])", re.I)
# Money that is not the price of treatment.
_NOT_PRICE = re.compile(r"\b(deposit|donat|raised|grant|scholarship|salary|fine|copay|co-pay|deductible|saves?|savings|"
                        r"parking|meal|lunch|transport|shuttle|registration|assessment|evaluation|intake|rent|housing|sober living|"
                        r"room and board)\w*", re.I)
# The period may come first: "Cost per day is $275", "Weekly rate: $600".
_PERIOD_FIRST = re.compile(r"\b(?:(?:per|a|each)\s+(session|group|day|week|month)\b|(daily|weekly|monthly)\s+"
                           r"(?:rate|fee|cost|price|tuition)\b)[^$]{0,40}" + _AMOUNT, re.I)  # ("Daily rate for private-pay clients: $275")


def _dollars(text: str | None) -> int | None:
    return int(text.replace(",", "")) if text else None


def cost(sentences: list[str]) -> tuple[int, int, str] | None:
    """The first stated price of treatment as (min, max, period); None when no period is stated."""
    for sentence in sentences:
        if _NOT_PRICE.search(sentence):
            continue
        for match in _COST.finditer(sentence):
            low, high = _dollars(match.group(1)), _dollars(match.group(2))
            word = (match.group(3) or match.group(4) or "").lower()
            period = _PERIODS.get(word)
            if period is None and _WHOLE_PROGRAM.search(sentence):
                period = "program"
            if period is None:
                continue  # a price without a period cannot be compared: leave it out
            high = high if high is not None else low
            return min(low, high), max(low, high), period
        match = _PERIOD_FIRST.search(sentence)
        if match:
            amount = _dollars(match.group(3))
            return amount, amount, _PERIODS[(match.group(1) or match.group(2)).lower()]
    return None
