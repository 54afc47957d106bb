"""Hours per session and program length from the sentences of a page.

Each function takes sentences (see `text.sentences`) and returns a (min, max) pair or
None. What a page does not say stays None: nothing is guessed or defaulted. Sentences
about when a phone line or office is open are skipped, so "call us 9 to 5" is never a
session. Days per week are read in `days`.
"""

from __future__ import annotations

import math
import re

from .clock import BETWEEN, NOON, START_END, TIME_RANGE, UNTIL_CHAIN, duration
from .context import about_reaching, program_sentences
from .numbers import JOIN, NUMBER, numbers
from .text import column, column_numbers

_HOURS = r"\s*(?:-|\s)?\s*(?:hours?|hrs?|horas?)\b"
_HOUR_RANGE = re.compile(NUMBER + JOIN + NUMBER + _HOURS, re.I)
_HOUR_ONE = re.compile(NUMBER + _HOURS, re.I)
_SESSION_CONTEXT = re.compile(r"\b(session|group|day|weekday|daily|class|meet|programming|track|block|morning|afternoon|evening)s?\b|/day|"
                              r"\b(?:sesi[oó]n|sesiones|grupos?)\b", re.I)
_HOURS_HEADER = re.compile(r"hours\s*(?:per|a|/|each|every)\s*(?:session|day|group)|session (?:length|hours)", re.I)
_HOURS_LABEL = re.compile(r"\bhours\s*(?:per|a|/|each|every)\s*(?:session|day)\s*[:=|]?\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?", re.I)
# Minutes count only from two hours up: a "90-minute group" is one group of a program day.
_MINUTES = re.compile(r"\b(\d{2,3})[- ]?(?:minutes?|mins?)\b", re.I)
# "two and a half hours": the half is added to the number before it.
_AND_A_HALF = re.compile(NUMBER + r"[\s-]+and[\s-]+a[\s-]+half\b", re.I)
# A list item that is only a session's length: "IOP • 3x weekly • 3 hrs • Evenings".
_BARE_HOURS = re.compile(r"\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?" + _HOURS + r"(?:\s*(?:/|per|a|each)\s*(?:day|session))?\W*$", re.I)
_HALF_DAY = re.compile(r"\bhalf[- ]a[- ]day\b|\bhalf[- ]days?\b", re.I)


# "2 1/2 hours", "3½-hour": a half written as a fraction.
_FRACTION_HALF = re.compile(r"\b(\d+)\s*(?:\s1/2|½)", re.I)

# Clock times of other things a program day holds or a page mentions.
_NOT_SESSION = re.compile(r"\b(lunch|breakfast|dinner|meals?|medications?|pick-?up|labs?|lab work|staff meetings?|graduations?|"
                          r"ceremon\w*|parking|drive|respond|inquir\w*|assessments?|arrive|screens?|testing|community meeting|"
                          r"visiting|visitation|family|families|parents|alumni)\b", re.I)


def _other_time(sentence: str, match: re.Match) -> bool:
    """A time said of something else: "Lunch is served from 12 to 1", "a 2-hour drive"."""
    before = " ".join(sentence[: match.start()].split()[-12:])
    after = " ".join(sentence[match.end():].split()[:3])
    return bool(_NOT_SESSION.search(before) or re.search(r"\b(drive|away|walk|parking|notice|response)\b", after, re.I))


# "3 hours each week" is a weekly total; "3 hours each weekday evening" is a session.
_WEEKLY_TOTAL = re.compile(r"\s*(?:of\s+(?:[a-z]+\s+){0,3}?)?(?:(?:per|a|each|every)\s+week\b|weekly)|\s*total|\s*/\s*(?:wk|week)\b|"
                           # "those nine hours fall on three mornings": hours shared out over days
                           r"\s*(?:(?:are|is)\s+)?(?:fall|falls|spread|split|divided)\s+(?:on|over|across|into|among)\s+\w+\s+"
                           r"(?:days|mornings|evenings|afternoons|nights|sessions)\b")


# "four days per week, totaling 12 hours"
_TOTAL_BEFORE = re.compile(r"\b(?:total\w*|adding up to|amounts? to|in all)\s+(?:of\s+)?(?:about\s+|around\s+)?$", re.I)
_CLOCK_SPANS = (TIME_RANGE, BETWEEN, START_END, UNTIL_CHAIN)


# "9:30 in the morning until 12:30", "from 6 in the evening to 9": the part of the day as a meridiem
_PART_OF_DAY = re.compile(r"\b(\d{1,2}(?::\d{2})?)\s+in\s+the\s+(morning|afternoon|evening)\b", re.I)


def hours_per_session(sentences: list[str]) -> tuple[float, float] | None:
    """'9:00 AM - 12:30 PM' -> (3.5, 3.5); 'three-hour sessions' -> (3, 3); 'half a day' -> (3, 4)."""
    found: list[float] = []
    for sentence in program_sentences(sentences):
        sentence = _AND_A_HALF.sub(lambda m: f"{numbers(m.group(1))[0] + 0.5:g}" if numbers(m.group(1)) else m.group(0),
                                   sentence)
        sentence = NOON.sub("noon", _FRACTION_HALF.sub(lambda m: f"{m.group(1)}.5", sentence))
        sentence = _PART_OF_DAY.sub(lambda m: f"{m.group(1)} {'am' if m.group(2).lower() == 'morning' else 'pm'}", sentence)
        taken, said_before = sentence, len(found)
        for match in (m for pattern in _CLOCK_SPANS for m in pattern.finditer(sentence)):
            span = duration(match)
            if span:
                found += [] if _other_time(sentence, match) else [span]
                taken = taken.replace(match.group(0), " ")
        if (_SESSION_CONTEXT.search(sentence) or _BARE_HOURS.match(sentence)) and not re.search(r"\bweeks?\b.*\bhours?\b.*\btotal\b", sentence, re.I):
            for match in _HOUR_RANGE.finditer(taken):
                weekly = _WEEKLY_TOTAL.match(taken[match.end(): match.end() + 40].lower())  # "9-12 hours ... per week"
                found += [] if _other_time(taken, match) or weekly else numbers(match.group(1), match.group(2))
                taken = taken.replace(match.group(0), " ")
            for match in _HOUR_ONE.finditer(taken):
                after = taken[match.end(): match.end() + 40].lower()
                total = _WEEKLY_TOTAL.match(after) or _TOTAL_BEFORE.search(taken[: match.start()])
                if _other_time(taken, match) or total:
                    continue  # a weekly total, not one session
                found += numbers(match.group(1))
            for match in _MINUTES.finditer(taken):
                after = taken[match.end(): match.end() + 40].lower()
                if not re.match(r"\s*(?:per|a|each|every)\s+week|\s*weekly|\s*(?:drive|walk|away|from)", after):
                    found += [value / 60 for value in numbers(match.group(1)) if value >= 120]
        for match in _HOURS_LABEL.finditer(sentence):
            found += numbers(match.group(1), match.group(2))
        if _HALF_DAY.search(sentence) and len(found) == said_before:
            # A half-day program block runs three to four hours (unless its hours are said: "Half-day sessions run
            # about three and a half hours").
            found += [3.0, 4.0]
    found += column_numbers(sentences, _HOURS_HEADER, _HOURS)
    found += _timetable(sentences)
    found = [v for v in found if 0.5 <= v <= 12]
    return (round(min(found), 2), round(max(found), 2)) if found else None


# A day's timetable, one row per item: "Time | Activity" over "9:00 | Check-in", ..., "12:00 | Dismissal".
_TIME_HEADER = re.compile(r"times?", re.I)
_CELL_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", re.I)
_TIMETABLE_ROWS = 3
_LONGEST_DAY = 8  # hours


def _timetable(sentences: list[str]) -> list[float]:
    """The span of a program day's timetable, from its first time to its last."""
    clock: list[float] = []
    for cell in column(sentences, _TIME_HEADER):
        match = _CELL_TIME.fullmatch(cell.strip())
        if not match:
            return []
        afternoon = (match.group(3) or "").lower().startswith("p")
        hour = int(match.group(1)) % 12 + int(match.group(2) or 0) / 60 + (12 if afternoon else 0)
        while clock and hour < clock[-1]:
            hour += 12  # "11:00", "12:30", "1:15": the afternoon
        clock.append(hour)
    span = clock[-1] - clock[0] if len(clock) >= _TIMETABLE_ROWS else 0
    return [span] if 1 <= span <= _LONGEST_DAY else []


_WEEKS = r"[- ](?:consecutive\s+|straight\s+|full\s+)?(?:weeks?|wks?)\b"
_WEEK_RANGE = re.compile(NUMBER + JOIN + NUMBER + _WEEKS, re.I)
_WEEK_ONE = re.compile(NUMBER + _WEEKS, re.I)
# What follows the program: "followed by 12 weeks of aftercare" is no program length.
_AFTER_PROGRAM = re.compile(r"\b(aftercare|after-care|alumni|continuing care|sober living|follow-up)\b", re.I)
_DAYS_LONG = re.compile(r"(?:" + NUMBER + JOIN + r")?" + NUMBER + r"[- ]days?\b(?![- ](?:a|per|each)[- ]week)", re.I)
_MONTHS = re.compile(r"(?:" + NUMBER + JOIN + r")?" + NUMBER + r"[- ]months?\b", re.I)
_LENGTH_CONTEXT = re.compile(r"\b(program|track|course|lasts?|length|duration|typically|complete|treatment|iop|phase|"
                             r"curriculum|stay|runs?|spans?|attend|average|cohorts?|graduate\s+(?:to|from|into)|take\s+part|"
                             r"participat\w*|enroll(?:ed)?|remain|with\s+us)\b|^\s*schedule\s*:", re.I)
# "every two to four weeks", "within 10 weeks": how often or how soon, not how long.
# "during the first two weeks", "for the last week": a part of the program, not its length.
_NOT_LENGTH_BEFORE = re.compile(r"\b(?:every|each|within|once|first|initial|last|final|next|remaining|additional|extra|"
                                r"another)\s*$", re.I)
_NOT_LENGTH = re.compile(r"\b(ago|past|within|after discharge|per week|a week|each week|weekly|every|increments?|extensions?|"
                         r"intervals?|notice|blocks?|step-?downs?)\b", re.I)
# "Each 10-week cohort", "every 12-week session": a length however it is introduced.
_NAMED_LENGTH = re.compile(r"\s*(?:cohorts?|programs?|course|curriculum|cycles?|tracks?|sessions?)\b", re.I)
# "weeks 2 through 8", "(weeks 5-8)", "Week 9-12": week numbers, the last of which ends the program
# (not "each week 3-5 days").
_WEEK_NUMBERS = re.compile(r"\bweeks?\s+" + NUMBER + r"\s*(?:-|–|through|thru|to)\s*" + NUMBER +
                           r"(?!\s*(?:days?|times?|hours?|hrs?|x\b|evenings?|nights?|mornings?|afternoons?|sessions?))", re.I)


# "Monday, Wednesday and Friday one week, Tuesday and Thursday the next": weeks that alternate, not a length
_WEEK_THEN_NEXT = re.compile(r"[^.;]{0,60}?\b(?:the\s+next|the\s+following|the\s+other)(?:\s+(?:one|week))?\s*(?:[.;,)]|$)", re.I)
_EXTENSION = re.compile(NUMBER + r"[- ](?:more\s+)?weeks?\s+(?:extension|extended\s+stay|step-?down)\b", re.I)
# "Week one", "weeks 2 through 8": each a phase the page names by its weeks
_WEEK_NAMED = re.compile(r"\bweeks?\s+" + NUMBER, re.I)


_PHASED_WEEKS = re.compile(r"\bfor\s+" + NUMBER + r"\s+weeks?\b[^.;]*?\b(?:then|followed by)\b[^.;]*?\bfor\s+(?:another\s+)?" +
                           NUMBER + r"\s+(?:more\b|weeks?\b)", re.I)


# "Our 30-day residential program": the length of another level of care.
_OTHER_LEVEL = re.compile(r"[\s-]*(?:\w+\s+)?(?:residential|inpatient|detox|sober|php|partial)\b", re.I)


_MONTH_AND_A_HALF = re.compile(r"\b(?:a|one)\s+month\s+and\s+a\s+half\b", re.I)
_LONGER_STAY = re.compile(r"\b(?:stay|stays|remain|remains|continue|continues)\s+(?:for\s+)?(?:up\s+to\s+)?" + NUMBER +
                          r"\b(?!\s*(?:days?|months?|hours?|weeks?|more|additional|sessions?))", re.I)


# A list item that is only a length ("8 weeks") under a program's heading.
_BARE_LENGTH = re.compile(r"\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?" + _WEEKS + r"\W*$", re.I)


# Spanish: "El programa dura de 10 a 12 semanas", "tres meses de tratamiento". Its own numbers, for
# "once" is eleven only here, and "a" joins a range only before "semanas" or "meses".
_ES_NUMBERS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
               "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
               "dieciséis": 16, "dieciseis": 16}
_ES_NUMBER = r"(\d{1,2}|" + "|".join(_ES_NUMBERS) + r")"
_ES_LENGTH = re.compile(r"\b(?:de\s+)?" + _ES_NUMBER + r"(?:\s*(?:-|–|a|o|y)\s*" + _ES_NUMBER + r")?\s+(semanas|meses)\b",
                        re.I)
_ES_CONTEXT = re.compile(r"\b(?:programa|dura\w*|tratamiento|iop|curso|fase|participa\w*|asist\w*|completa\w*)\b", re.I)


def _spanish_weeks(sentence: str) -> list[float]:
    if not _ES_CONTEXT.search(sentence):
        return []
    found: list[float] = []
    for match in _ES_LENGTH.finditer(sentence):
        values = [float(_ES_NUMBERS.get(g.lower(), g)) for g in match.groups()[:2] if g]
        if match.group(3).lower() == "meses":
            found += [f(value * 52 / 12) for value in values for f in (math.floor, math.ceil)]
        else:
            found += values
    return found


def program_weeks(sentences: list[str]) -> tuple[int, int] | None:
    """'6-12 weeks' -> (6, 12); 'ten to twelve weeks' -> (10, 12); 'about two months' -> (8, 9)."""
    found: list[float] = []
    last_week = 0.0
    phases = 0  # the weeks named by number ("Week one", "weeks 2 through 8"): one alone ends no program
    for sentence in sentences:
        sentence = " ".join(c for c in re.split(r"(?<=[,;])\s+", sentence) if not _AFTER_PROGRAM.search(c))
        if about_reaching(sentence):
            continue
        for match in _WEEK_NUMBERS.finditer(sentence):
            last_week = max([last_week, *numbers(match.group(2))])
        phases += len(_WEEK_NAMED.findall(sentence))
        found += _spanish_weeks(sentence)
        if not (_LENGTH_CONTEXT.search(sentence) or _BARE_LENGTH.match(sentence)):
            continue
        phased = _PHASED_WEEKS.search(sentence)
        if phased:  # "four days a week for six weeks and then three days a week for six more"
            found.append(sum(numbers(phased.group(1))[:1] + numbers(phased.group(2))[:1]))
            continue
        taken = _WEEK_NUMBERS.sub(" ", sentence)
        for match in _WEEK_RANGE.finditer(taken):
            if not _NOT_LENGTH_BEFORE.search(taken[: match.start()]) or _NAMED_LENGTH.match(taken[match.end():]):
                found += numbers(match.group(1), match.group(2))
            taken = taken.replace(match.group(0), " ")
        for match in _WEEK_ONE.finditer(taken):
            after = taken[match.end(): match.end() + 12].lower()
            named = "-" in match.group(0) and _NAMED_LENGTH.match(taken[match.end():])  # "Each 10-week cohort"
            if not named and (_NOT_LENGTH.search(after) or _NOT_LENGTH_BEFORE.search(taken[: match.start()])
                              or _OTHER_LEVEL.match(taken[match.end():])  # "two weeks in PHP before ... IOP"
                              or _WEEK_THEN_NEXT.match(taken, match.end())):
                continue
            found += numbers(match.group(1))
        for match in _DAYS_LONG.finditer(sentence):
            for value in numbers(match.group(1), match.group(2)):
                # "a 90-day program", "length of stay averages 60 to 90 days"
                if value >= 14 and re.search(r"\b(program|length|stay|lasts?|duration|runs?|iop)\b", sentence, re.I) \
                        and not _OTHER_LEVEL.match(sentence[match.end():]):
                    found += [math.floor(value / 7), math.ceil(value / 7)]
        for match in _MONTHS.finditer(sentence):
            if _NOT_LENGTH_BEFORE.search(sentence[: match.start()]):
                continue  # "for another two months"
            for value in numbers(match.group(1), match.group(2)):
                found += [math.floor(value * 52 / 12), math.ceil(value * 52 / 12)]
        if _MONTH_AND_A_HALF.search(sentence):  # "a month and a half to two months"
            found += [math.floor(1.5 * 52 / 12), math.ceil(1.5 * 52 / 12)]
        if _WEEK_ONE.search(sentence):  # "roughly eight weeks, though some clients stay for twelve"
            found += [value for match in _LONGER_STAY.finditer(sentence) for value in numbers(match.group(1))]
    # "six weeks, with an optional two-week extension": the longest stay is the length and the extension
    extended = [value for sentence in sentences for match in _EXTENSION.finditer(sentence) for value in numbers(match.group(1))]
    if found and extended:
        found.append(max(found) + max(extended))
    # the last week of a list of phases is the program's last, unless a length said outright goes beyond it
    # ("The program lasts 12 weeks; in weeks 3 through 6 a Tuesday class is added")
    if last_week and phases >= 2 and last_week >= max(found, default=0):
        found.append(last_week)
    found = [v for v in found if 1 <= v <= 104]
    return (int(min(found)), int(max(found))) if found else None
