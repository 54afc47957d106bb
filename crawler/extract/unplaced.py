"""Counts of days a page states that the days reader could not place.

"IOP is three days a week, though some clients can only manage two given their jobs" read as
three days leaves the two unread. Such a count is, on pages the rules had never seen, most
often one more statement of the program's week, so the days read widen to take it in: two to
three. Measured on dev batches 20-73 as the code read them before each batch was seen (977
readings): 45 readings had such a count, all of them wrong. Widening, with a count of days
picked from those offered ("four of those days") read as the week itself, made 43 of them right;
2 stay wrong. No right reading had such a count. The counts this module finds were shaped by
those same batches, so that is partly in-sample: on batches 74-79, read before each was seen, it
changed three readings, one to right, one right one to wrong (a date, since excluded) and one
wrong to wrong. (Until this stop the page was left with no days in every such case.)
"""

from __future__ import annotations

import re

from .numbers import NAMING_WORDS, to_number
from .whose import (
    BY_MODE,
    CLAUSE_START,
    GOES_ON,
    SIDE_HEADING,
    SPAN_OF_DAYS,
    compared,
    denied,
    elsewhere,
    never_the_programs,
    others_only,
)

# What most people do, said of a count picked from those offered: "most attend three of the five".
MOST = re.compile(r"\b(?:most|many|usually|typically|generally|often|the majority)\b", re.I)
# "attend all four days for the first two weeks": every day offered, some weeks, beside a count picked
ALL_OF = re.compile(r"\ball\s+(?:two|three|four|five|six|seven|[2-7])\b", re.I)
# A sentence that speaks of days, weeks or day names, where another count would be of days.
_DAYISH = re.compile(r"\b(?:days?|weekly|weeks?|/wk|nights?|evenings?|mornings?|afternoons?|times)\b|"
                     r"\b(?:mon|tue|wed|thu|fri|sat|sun)", re.I)
# A count that could be of days a week: two to seven, not inside a number, a time or a decimal.
_COUNT = re.compile(r"(?<![\w$.:/-])(two|three|four|five|six|seven|twice|[2-7])(?![\w:/%-]|\.\d)", re.I)
# "twice a month", "twice daily", "twice as long": not a count of days a week; "twice in the clinic
# and once on Zoom": a part of the week
_NOT_WEEKLY_TWICE = re.compile(r"\s+(?:(?:a|per|each|every)\s+(?:day|month|year)|daily|monthly|yearly|as)\b|"
                               r"[^.;]{0,40}?\b(?:and|plus)\s+once\b", re.I)
# Words that end in "s" or stand before a noun without being one.
_NOT_A_NOUN = (r"(?:days|nights|evenings|mornings|afternoons|weekdays|weeknights|times|ones|this|plus|thus|does|was|has|is|"
               r"always|sometimes|perhaps|besides|unless|\w*wards|for|to|in|of|on|at|with|by|from|and|or|but|during|per|"
               r"a|an|the|if|when|while|until|after|before)\b")
# What makes a count plainly of something else: a unit after it ("four hours", "six weeks",
# "two of our therapists", "four days a week" said of a side activity, "two schedules") ...
_OTHER_UNIT = re.compile(
    r"\s*(?:(?:-|–|to|or|and)\s*)?(?:[\w-]+\s+)?(?:hours?|hrs?|h\b|weeks?|wks?|months?|minutes?|mins?|years?|yrs?|"
    r"clients?|people|participants|members|staff|therapists?|counselors?|clinicians?|patients?|beds?|locations?|"
    r"sites?|offices?|percent|%|p\.?m|a\.?m|o'clock|tracks?|levels?|phases?|steps?|stages?|cohorts?|modules?|"
    r"topics?|groups?|sessions?|meetings?|classes|signs|schedules|options|programs|formats|ways|types|kinds|thousand|hundred|"
    r"of\s+(?:our|the|us|them|which)|(?:-|–|to)\s*(?:\d|eight|nine|ten|twelve)|"
    r"days?(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:group|groups|programming|treatment))?\s+(?:a|per|each|every|/)\s*(?:week|wk|month|year)|"
    r"days?\s+weekly|days?\s+off|more\b|additional\b|extra\b|"
    # days of something no program week is made of: "5 days of mindfulness", "30 days of sobriety"
    r"days?\s+of\s+(?!(?:[\w-]+\s+){0,2}?(?:group|groups|programming|treatment|therapy|iop|php|care|sessions?|class(?:es)?)\b)|"

    # "two nights a week plus Saturday": a week with a weekend day on top, read by the days reader
    r"(?:nights?|evenings?|mornings?|afternoons?)\s+(?:a|per|each|every)\s+week\s+(?:and|plus|with)\s+(?:on\s+)?(?:an?\s+|one\s+)?"
    r"(?:\w+\s+)?(?:saturdays?|sundays?|weekends?|(?-i:Sat|Sun)s?)\b|"
    # "two long days and one short day": a part of the week, added up by the days reader
    r"(?:full|half|long|short)[\s-]days?\b|"
    # "two mornings and one evening", "three times during the week and once on the weekend":
    # parts of a week added up, read by the days reader
    r"(?:mornings?|evenings?|afternoons?|nights?)\s+(?:and|plus)\b|times\s+(?:during|in)\s+the\s+week\s+and\b|"
    # "two days in person and one day by telehealth", "three days in person and one by phone"
    r"days?(?:\s+[\w-]+){0,3}?\s+(?:and|plus)\s+(?:an?|one|two|three|four|\d)\s+(?:(?:\w+\s+)?days?\b|"
    r"(?:by|via|over)\s+(?:telehealth|video|zoom|phone|telephone)\b|online\b|virtually\b))|"
    # any other plural noun, right after or after one word of its own: "two appointments",
    # "three hot meals" (not "three for teens", "two afterwards")
    r"\s+(?:(?!" + _NOT_A_NOUN + r")[a-z-]+\s+)?(?!" + _NOT_A_NOUN + r")[a-z-]{2,}[a-rt-z]s\b", re.I)
# ... or a word before it that makes it a name, a time, an age, a limit or another's count
# ("Phase two", "day two", "from 1 to 4", "after 5", "the usual three", "the other four", "for six more").
_NAMED_BY = re.compile(r"\b(?:" + "|".join(NAMING_WORDS) + r"|day|after|before|since|around|about|usual|other|for|the|those|these|our|of|between|than|all|within|"
                       r"size|capacity|grade|room|suite|ste|apt|floor|chapter)(?::\s*|\s+)$|\$$|"
                       r"\b\d{1,2}(?::\d\d)?\s*(?:-|–|to)\s*$|"
                       # a date: "Alumni picnic: Sunday, April 5"
                       r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$|"
                       # a label of something else: "Hours per day: 3", "Length (weeks): 8"
                       r"\b(?:hours?|hrs|length|duration|weeks|months|cost|price|fee|ages?|size)\b[^:]{0,20}:\s*$", re.I)
OTHER_QUESTION = re.compile(r"\bhow\s+(?:many\s+(?:hours|weeks|months|minutes)|much|long)\b[^?]*\?\s*$", re.I)
_DIGITS = re.compile(r"\b\d+\b")
_ANSWER = re.compile(r"(?:yes|yep|sure)\b", re.I)
_DAYS_SAID = re.compile(r"\bdays?\s+(?:a|per|each|every)\s+week\b", re.I)


def _clause_at(text: str, at: int) -> str:
    """The clause of a text that holds position `at`."""
    start, end = 0, len(text)
    for cut in CLAUSE_START.finditer(text):
        if cut.end() <= at:
            start = cut.end()
        elif cut.start() > at:
            end = cut.start()
            break
    return text[start:end]


def unplaced_counts(kept: list[str], low: int, high: int) -> list[tuple[int, bool]]:
    """Each count of two to seven outside low..high, in a sentence about days or the one after
    it, that nothing marks as a count of something else, and whether it is a count of days
    picked from those offered ("four of those days", "clients choose three"). kept: the
    sentences that may state the program's schedule (`context.program_sentences`)."""
    found = []
    # each sentence once, though it may both speak of days and follow one that does
    near_days = sorted({at + step for at, sentence in enumerate(kept) if _DAYISH.search(sentence) for step in (0, 1)})
    for at in (at for at in near_days if at < len(kept)):
        text = kept[at]
        # "Most IOPs require nine to fifteen hours a week. That usually means three to five days."
        if at and GOES_ON.match(text) and elsewhere(kept[at - 1]):
            continue
        if at and OTHER_QUESTION.search(kept[at - 1]) and not _DAYS_SAID.search(text):
            continue  # "How many hours a day? Three.": the answer is of something else (unless it speaks of days)
        if at and SIDE_HEADING.fullmatch(kept[at - 1]):
            continue  # "From our blog" over "Seven days to a calmer morning"
        # a table row: "PHP 5 6 2-3 weeks" (not an answer: "Yes, 3.")
        tabular = (len(_DIGITS.findall(text)) >= 3 or len(text.split()) < 4) and not _ANSWER.match(text)
        for match in _COUNT.finditer(text):
            twice = match.group(1).lower() == "twice"
            if twice and _NOT_WEEKLY_TWICE.match(text, match.end()):
                continue
            value = 2.0 if twice else to_number(match.group(1))
            if value is None or low <= value <= high or (tabular and match.group(1).isdigit()):
                continue
            if _OTHER_UNIT.match(text, match.end()) or SPAN_OF_DAYS.match(text, match.end()) or _NAMED_BY.search(text[: match.start()]):
                continue
            # someone else's: "Two additional days are spent in vocational training at a partner site"
            if others_only(_clause_at(text, match.start())) or elsewhere(text) \
                    or never_the_programs(text, match.start()) or compared(text, match.start()):
                continue
            if denied(text, match.start(), match.end()):
                continue  # "not five days a week", "was launched in 2019 with two nights a week"
            if value >= 6 and _OPEN_BEFORE.search(text[: match.start()]):
                continue  # "Virtual check-ins available 7 days": when a service can be reached, not a week of groups
            if BY_MODE.match(text, match.end()):
                continue  # "may attend two of those days by video"
            # ("Most participants are with us on three of those days" says what most pick: the days
            # offered stay the most)
            # (nor where the same sentence has them attend all of them some weeks: "all four days for the
            # first two weeks and three of the four after that")
            picked = bool(_PICKED_AFTER.match(text, match.end()) or _PICKED_BEFORE.search(text[: match.start()])) \
                and not MOST.search(text) and not ALL_OF.search(text)
            found.append((int(value), picked))
    return found


_OPEN_BEFORE = re.compile(r"\b(?:available|open|answered|staffed|reachable)\s+(?:\w+\s+){0,2}$", re.I)
# "on 4 of 7 days", "three of those days", "clients choose three" (not "attend all five")
_PICKED_AFTER = re.compile(r"\s+of\b", re.I)
_PICKED_BEFORE = re.compile(r"\b(?:choose|chooses|pick|picks|select|selects)\s+$", re.I)
