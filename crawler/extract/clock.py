"""Times of day as pages write them ("9:00 AM - 12:30 PM", "from 6 to 9 p.m.", "9a-12p") and
how long the span between them is."""

from __future__ import annotations

import re

from .weekdays import DAY as _DAY

TIME = r"(\d{1,2}|noon)(?::(\d{2}))?(?:\s*(a\.?m\.?|p\.?m\.?|(?<=\d)[ap](?!\w|\.\w)))?"
TIME_RANGE = re.compile(r"\b" + TIME + r"\s*(?:-|–|—|to|until|till)\s*" + TIME + r"(?![\d:])", re.I)

# "runs from 9 to 1", "Monday group 10-1": bare hours are a clock range only after "from" or a
# day, and before no unit.
_BARE_BEFORE = re.compile(r"(?:\b(?:from|between|hours\s*(?:are|:)|times?\s*:)|(?:\b(?:M|T|W|Th|F|Sa|Su)|" + _DAY + r"|\bweekdays)"
                          r"(?:\s+(?:groups?|sessions?|class(?:es)?|iop))?\s*,?|"
                          r"\b(?:sessions?|groups?|class(?:es)?|iop|program|programming|track|day|therapy)\s+(?:run|runs|meet|meets|gathers?)|"
                          # "Morning groups: 9–12"
                          r"\b(?:morning|evening|afternoon|day|night)\s+(?:sessions?|groups?|iop|track|program)\s*:|"
                          r"\bschedule\s+is|\b(?:each|every)\s+(?:morning|evening|afternoon|night)|\blong\s+session|"
                          r"\b(?:mornings?|evenings?|afternoons?|nights?)\s*\()\s*$", re.I)
# "check-in at 9, process group until 10:30, skills group until noon": the day's first and last times.
UNTIL_CHAIN = re.compile(r"\b(?:at|from)\s+" + TIME + r"\b(?:[^.;]{0,50}?\buntil\s+" + TIME + r"\b)+", re.I)
# "between 9 and noon"
BETWEEN = re.compile(r"\bbetween\s+" + TIME + r"\s+and\s+" + TIME + r"(?![\d:])", re.I)
# "begins at 9:00 a.m. and ends at 12:00 p.m.": a start and an end said apart.
START_END = re.compile(r"\b(?:begins?|starts?|check-in(?:\s+is)?)\s+at\s+" + TIME + r"\b.{0,60}?\b(?:ends?|finish(?:es)?|concludes?|"
                       r"wraps?[\s-]up)"
                       r"\s+(?:at|by|around)\s+" + TIME, re.I)
_UNIT_AFTER = re.compile(r"\s*(?:days?|weeks?|months?|years?|hours?|hrs?|sessions?|people|clients|percent|%|\$|times|x\b)",
                         re.I)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> float:
    if hour.lower() == "noon":
        return 12.0
    value = int(hour) % 12 + (int(minute) / 60 if minute else 0)
    if meridiem and meridiem.lower().startswith("p"):
        value += 12
    return value


def duration(m: re.Match) -> float | None:
    """Hours between the two times of a TIME_RANGE, START_END or UNTIL_CHAIN match, or None
    when the numbers are no clock times at all ("3-5 days")."""
    h1, m1, ap1, h2, m2, ap2 = m.groups()
    if not (ap1 or ap2 or m1 or m2 or "noon" in (h1.lower(), h2.lower())):
        # "check-in at 9 ... wrap-up at 2": words of starting and ending make bare hours a clock
        bare_clock = m.re in (START_END, UNTIL_CHAIN) or (_BARE_BEFORE.search(m.string[: m.start()])
                                                          and not _UNIT_AFTER.match(m.string[m.end():]))
        if not bare_clock or not (1 <= int(h1) <= 12 and 1 <= int(h2) <= 12):
            return None  # "3-5" alone is not a time range
    if h2.lower() == "noon":
        ap1, ap2 = ap1 or "am", "pm"  # "from 9 to noon"
    if h1.lower() == "noon":
        ap1 = "pm"
    stated = bool(ap1 and ap2)
    ap1 = ap1 or ap2  # "from 6:00 to 9:00 p.m."
    ap2 = ap2 or ap1
    start, end = _clock(h1, m1, ap1), _clock(h2, m2, ap2)
    if end <= start and stated and ap1[0].lower() == ap2[0].lower():
        return None  # ("9 am - 8 am": no session; but "9:30 am until 12:30" ends after noon)
    if end <= start:
        end += 12
    return end - start


NOON = re.compile(r"\b12(?::00)?\s*noon\b", re.I)


def office_hours(sentence: str) -> bool:
    """"Hours: Mon-Fri 8am-5pm": a span no session lasts is when a place is open."""
    return any((duration(m) or 0) >= 7 for m in TIME_RANGE.finditer(NOON.sub("noon", sentence)))
