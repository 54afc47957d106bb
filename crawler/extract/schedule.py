"""Days per week, hours per session and program length from the sentences of a page.

Each function takes sentences (see `text.sentences`) and returns a (min, max) pair or
None. What a page does not say stays None: nothing is guessed or defaulted. Sentences
about when a phone line or office is open are skipped, so "call us 7 days a week" is
never a 7-day program.
"""

from __future__ import annotations

import math
import re

from .numbers import JOIN, NUMBER, numbers
from .weekdays import DAY as _DAY
from .weekdays import day_index as _day_index
from .weekdays import schedules

# Sentences about reaching the facility, not attending the program.
_NOT_PROGRAM = re.compile(
    r"\b(open|office|calls?|phones?|answered|intake|coordinators?|hotline|helpline|admissions?|reach us|24/7|front desk|reception|"
    r"staffed|24 hours|business hours|hours of operation|visiting|closed|we'?re here|we are here|around the clock|walk-in|"
    r"365|days a year|year-round)\b", re.I)

_PER_WEEK = (r"\s*(?:(?:program|treatment|group|therapy)\s+)?(?:days?|half-days?|evenings?|mornings?|afternoons?|nights?)\s*"
             r"(?:(?:a|per|each|every|/)?\s*(?:week|wk)\b|weekly\b|(?:out\s+)?of\s+the\s+week\b)")
# "3, 4 or 5 days a week": the first and last of a list of counts.
_DAY_RANGE = re.compile(NUMBER + r"(?:\s*,\s*" + NUMBER + r")*" + JOIN + NUMBER + _PER_WEEK, re.I)
_DAY_ONE = re.compile(NUMBER + _PER_WEEK, re.I)
# Labelled values, as in tables and definition lists: "Days per week: 3-5".
_DAYS_LABEL = re.compile(r"\bdays\s*(?:per|a|/)\s*week\s*[:=|]?\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?", re.I)
_DAYS_PHRASE = re.compile(r"\b" + NUMBER + r"[- ]days?[- ](?:a|per)[- ]week\b", re.I)
# "3x per week", "3x/week": the program's meeting days, as schedules write them.
_A_WEEK = r"(?:(?:(?:a|per|each|every|/)\s*)?(?:week|wk)\b|weekly\b)"
_TIMES_WEEK = re.compile(r"\b(\d)\s*x\s*" + _A_WEEK, re.I)
_TWICE_WEEK = re.compile(r"\b(twice|thrice)[\s-]+(?:(?:a|per|each)\s+week|weekly)\b", re.I)
# "2-3 times per week", "3 group sessions weekly": an IOP's sessions are its days.
_TIMES_A_WEEK = re.compile(NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+(?:times|(?:group\s+)?sessions|"
                           r"(?:\d+|\w+)-hour\s+(?:group\s+)?(?:sessions|groups))\s+" + _A_WEEK, re.I)
# "(3 days × 3 hours)": a week written as a product.
_DAYS_TIMES = re.compile(NUMBER + r"\s+days?\s*(?:×|x|\*)\s*" + NUMBER + r"\s*(?:hours?|hrs?)\b", re.I)
# "9 hours per week across three days": a weekly total spread over a count of days.
_ACROSS_DAYS = re.compile(r"\b(?:across|over)\s+" + NUMBER + r"\s+days\b|" + NUMBER +
                          r"\s+(?:group|program|treatment|iop|therapy)\s+days\b", re.I)
# "Sessions happen on Fridays": one named weekday, plural, for a program meeting.
_ONE_DAY = re.compile(r"\b(?:on|every)\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b", re.I)
_MEETING = re.compile(r"\b(sessions?|groups?|program|meets?|iop|runs?|held)\b", re.I)
_EXTRA_MEETING = re.compile(r"\b(family|families|alumni|visit\w*|optional)\b", re.I)

# A schedule written as rows, one weekday each ("Monday | 6:00-9:00 pm"), under a heading
# that names the program; office-hours tables are skipped like any other office sentence.
_ROW_DAY = re.compile(r"^" + _DAY + r"\s*(?::|\||-|–|—)?\s*.*?\d", re.I)
_SCHEDULE_HEADING = re.compile(r"\b(schedule|groups?|sessions?|iop|program|classes|track)\b", re.I)
# "five days a week for the first month, then three": the elided count of a later phase.
_THEN_DAYS = re.compile(r"\b(?:then|later|dropping to|down to|tapering to)\s+(?:to\s+)?" + NUMBER + r"\b(?!\s*(?:hours?|hrs?|weeks?|months?|sessions?))", re.I)
# "5 days a week, with a minimum of 3 days required": the minimum of a stated weekly count.
_MINIMUM_DAYS = re.compile(r"\b(?:minimum|at least)\s+(?:of\s+)?" + NUMBER + r"\s+days?\b", re.I)
_WEEKDAYS = re.compile(r"\bweekdays\b|\bevery weekday\b", re.I)
_SOME_WEEKDAYS = re.compile(NUMBER + r"\s+weekdays\b", re.I)
_EVERY_DAY = re.compile(r"\bevery day of the week\b|\bseven days a week\b", re.I)
# "every day but Sunday", "daily except Sundays"
_ALL_BUT_ONE = re.compile(r"\b(?:every day|daily)\s*,?\s*(?:but|except)\s+(?:on\s+)?" + _DAY, re.I)


# What else a page schedules by the week: a count right after these words is not a program day
# ("family therapy one evening a week", "aftercare 1 day/week", "therapists are available Mon-Sat").
_SIDE_MEETING = re.compile(
    r"\b(family|families|parents?|alumni|aftercare|individual|case manager|therapists?|psychiatrists?|psychiatry|"
    r"clinicians?|counselors?|nurses?|doctors?|prescribers?|staff|medication|assessments?|tours?|testing|workshops?|"
    r"support groups?|enrollment|enroll|start|begins?|admitted|optional|visit\w*|screens?|urinalysis|drug tests?|"
    r"appointments?|residents|house meetings?|volunteers?|mentors?|sober living|aa|na|12-step|twelve-step|hosts?|"
    r"church|community|yoga|(?<!after\s)school|chaplain|spiritual|pharmacy|billing)\b", re.I)
# Things a count can be of even where the program is named ("insurance covers IOP for 5 days a week").
_NEVER_PROGRAM = re.compile(r"\b(transportation|rides?|meals?|lunch|kitchen|insurance|covers?|coverage)\b", re.I)
# ...unless the program itself is named there too ("Our therapists lead IOP groups three days a week").
_PROGRAM_NAMED = re.compile(r"\b(?:iop|intensive outpatient|php|partial hospitalization|program)\b"
                            r"(?!\s+(?:clients|participants|members|staff|alumni|graduates))", re.I)
_SIDE_REACH = 8  # words before a count
# "clients attend at least three days": a count of days attended, said without "a week";
# "each client attends three" (of the groups a week just named): a count that ends the sentence.
_ATTEND_DAYS = re.compile(r"\battend\w*\s+(?:at least\s+|a minimum of\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?" +
                          r"(?:\s+(?:of\s+(?:those|the|these)\s+)?days\b|(?:\s+of\s+them)?\s*[.!]?$)", re.I)


_CLAUSE_START = re.compile(r",|;|\b(?:and|plus|while|whereas|but)\b", re.I)


# Words that make a sentence about attending a program. Without one, a count of days is about
# something else ("Volunteers help out two days a week", "Our clinic sees patients Tue-Sat"),
# unless the sentence is a short item or label ("3 days/week") or carries a session's times.
_PROGRAM_WORDS = re.compile(
    r"\b(iop|programs?|programming|groups?|sessions?|class(?:es)?|tracks?|treatment|therap\w*|attend\w*|meets?|meeting|"
    r"meetings|met|schedules?|scheduled|intensive|outpatient|php|curriculum|counsel\w*|runs?|held|offered|commitment|"
    r"required|come (?:in|to)|participat\w*|phase)\b|\bdays\s*(?:per|a|/)\s*week", re.I)
_SHORT_ITEM = 6  # words


def _about_program(sentence: str) -> bool:
    return (len(sentence.split()) <= _SHORT_ITEM or bool(_PROGRAM_WORDS.search(sentence))
            or any(_duration(m) for m in _TIME_RANGE.finditer(sentence)))


def _side_meeting(sentence: str, start: int) -> bool:
    """Whether the words before a count, in its own clause, name something other than the program."""
    before = " ".join(_CLAUSE_START.split(sentence[:start])[-1].split()[-_SIDE_REACH:])
    if _NEVER_PROGRAM.search(before):
        return True
    return bool(_SIDE_MEETING.search(before)) and not _PROGRAM_NAMED.search(before)


# A short heading ("Office Hours", "Hours", "Visit us") makes the lines under it the office's,
# until the next heading ("IOP Hours").
_HEADING_WORDS = 4
_OFFICE_HEADING = re.compile(r"^(?:office|business|clinic)?\s*hours\W*$|\b(office|business hours|hours of operation|"
                             r"contact|visit us|location)\b", re.I)


def _program_sentences(sentences: list[str]):
    """The sentences that may state the program's schedule: not about reaching the office."""
    office = False
    for sentence in sentences:
        if len(sentence.split()) <= _HEADING_WORDS and not re.search(r"\d", sentence):
            office = bool(_OFFICE_HEADING.search(sentence)) and not _PROGRAM_WORDS.search(sentence)
        if not office and not _NOT_PROGRAM.search(sentence) and not _office_hours(sentence):
            yield sentence


def days_per_week(sentences: list[str]) -> tuple[int, int] | None:
    """'three to five days a week' -> (3, 5); 'Mon-Fri' -> (5, 5); 'Monday, Wednesday and
    Thursday evenings' -> (3, 3). Several statements in one page widen the range."""
    found: list[float] = []
    one_day = False
    for sentence in _program_sentences(sentences):
        if not _about_program(sentence):
            continue
        found += [value for value, start in _day_counts(sentence) if not _side_meeting(sentence, start)]
        single = _ONE_DAY.findall(sentence)
        if len(single) == 1 and _MEETING.search(sentence) and not _EXTRA_MEETING.search(sentence):
            one_day = one_day or not _side_meeting(sentence, sentence.index(single[0]))
    rows = _schedule_rows(sentences)
    if rows:
        found.append(rows)
    found = [v for v in found if 1 <= v <= 7 and v == int(v)] or ([1] if one_day else [])
    return (int(min(found)), int(max(found))) if found else None


def _day_counts(sentence: str) -> list[tuple[float, int]]:
    """Every count of program days one sentence states, with where it starts."""
    found: list[tuple[float, int]] = []

    def add(match: re.Match, *values: float | str | None) -> None:
        for value in values:
            found.extend((n, match.start()) for n in ([value] if isinstance(value, float) else numbers(value)))

    taken = sentence
    for match in _DAY_RANGE.finditer(sentence):
        # "phase one and three days": the one names the phase
        names_phase = re.search(r"\b(phase|step|level|stage|week|month|track)\s*$", sentence[: match.start()], re.I)
        add(match, None if names_phase else match.group(1), match.group(2), match.group(3))
        taken = taken.replace(match.group(0), " " * len(match.group(0)))
    for pattern in (_DAY_ONE, _DAYS_PHRASE, _TIMES_WEEK):
        for match in pattern.finditer(taken):
            add(match, match.group(1))
    if found and _DAY_ONE.search(sentence):
        for pattern in (_THEN_DAYS, _MINIMUM_DAYS):
            for match in pattern.finditer(taken):
                add(match, match.group(1))
    for pattern in (_DAYS_LABEL, _ATTEND_DAYS):
        for match in pattern.finditer(sentence):
            add(match, *match.groups())
    for match in _DAYS_TIMES.finditer(sentence):
        add(match, match.group(1))
    for start, fewest, most in schedules(sentence):
        found.extend({(float(fewest), start), (float(most), start)})
    if not re.search(r"\b(?:individual|family|minutes?)\b", sentence, re.I):  # therapy hours are no program day
        for match in _TWICE_WEEK.finditer(sentence):
            add(match, 2.0 if match.group(1).lower() == "twice" else 3.0)
        for match in _TIMES_A_WEEK.finditer(sentence):
            add(match, match.group(1), match.group(2))
    if re.search(r"\bweek", sentence, re.I):
        for match in _ACROSS_DAYS.finditer(sentence):
            add(match, match.group(1), match.group(2))
    for match in _SOME_WEEKDAYS.finditer(sentence):
        add(match, match.group(1))
    for match in _WEEKDAYS.finditer(sentence):
        if not _SOME_WEEKDAYS.search(sentence):
            add(match, 5.0)
    for match in _ALL_BUT_ONE.finditer(sentence):
        add(match, 6.0)
    for match in _EVERY_DAY.finditer(sentence):
        add(match, 7.0)
    return found


def _schedule_rows(sentences: list[str]) -> int:
    """The most distinct weekdays in one run of schedule rows under a program heading."""
    best, run, heading = 0, set(), ""
    for sentence in sentences + [""]:
        match = _ROW_DAY.match(sentence)
        if match and not _NOT_PROGRAM.search(sentence):
            run.add(_day_index(match.group(1)))
            continue
        if len(run) >= 2 and _SCHEDULE_HEADING.search(heading) and not _NOT_PROGRAM.search(heading):
            best = max(best, len(run))
        run = set()
        # a header row ("Day | Time") between the heading and the rows keeps the heading
        if not re.fullmatch(r"(?:day|days|time|times|hours|group|topic)(?:\s*\|\s*\w+)*", sentence, re.I):
            heading = sentence
    return best


_TIME = r"(\d{1,2}|noon)(?::(\d{2}))?(?:\s*(a\.?m\.?|p\.?m\.?|(?<=\d)[ap](?![\w.])))?"
_TIME_RANGE = re.compile(r"\b" + _TIME + r"\s*(?:-|–|—|to|until|till)\s*" + _TIME + r"(?![\d:])", re.I)
_HOURS = r"\s*(?:-|\s)?\s*(?:hours?|hrs?)\b"
_HOUR_RANGE = re.compile(NUMBER + JOIN + NUMBER + _HOURS, re.I)
_HOUR_ONE = re.compile(NUMBER + _HOURS, re.I)
_SESSION_CONTEXT = re.compile(r"\b(session|group|day|daily|class|meet|programming|track|block|morning|afternoon|evening)s?\b|/day", re.I)
_HOURS_LABEL = re.compile(r"\bhours\s*(?:per|a|/)\s*(?:session|day)\s*[:=|]?\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?", re.I)
# Minutes count only from two hours up: a "90-minute group" is one group of a program day.
_MINUTES = re.compile(r"\b(\d{2,3})[- ]?(?:minutes?|mins?)\b", re.I)
# "two and a half hours": the half is added to the number before it.
_AND_A_HALF = re.compile(NUMBER + r"\s+and\s+a\s+half\b", re.I)
_HALF_DAY = re.compile(r"\bhalf[- ]a[- ]day\b|\bhalf[- ]days?\b", re.I)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> float:
    if hour.lower() == "noon":
        return 12.0
    value = int(hour) % 12 + (int(minute) / 60 if minute else 0)
    if meridiem and meridiem.lower().startswith("p"):
        value += 12
    return value


# "runs from 9 to 1": bare hours are a clock range only after "from" and before no unit.
_BARE_BEFORE = re.compile(r"(?:\b(?:from|hours\s*(?:are|:))|(?:\b(?:M|T|W|Th|F|Sa|Su)|" + _DAY + r"|\bweekdays)\s*,?)\s*$",
                          re.I)
# "begins at 9:00 a.m. and ends at 12:00 p.m.": a start and an end said apart.
# "check-in at 9, process group until 10:30, skills group until noon": the day's first and last times.
_UNTIL_CHAIN = re.compile(r"\b(?:at|from)\s+" + _TIME + r"\b(?:[^.;]{0,50}?\buntil\s+" + _TIME + r"\b)+", re.I)
_START_END = re.compile(r"\b(?:begins?|starts?)\s+at\s+" + _TIME + r"\b.{0,30}?\b(?:ends?|finish(?:es)?|concludes?|wraps? up)"
                        r"\s+(?:at|by|around)\s+" + _TIME, re.I)
# "2 1/2 hours", "3½-hour": a half written as a fraction.
_FRACTION_HALF = re.compile(r"\b(\d+)\s*(?:\s1/2|½)", re.I)
_UNIT_AFTER = re.compile(r"\s*(?:days?|weeks?|months?|years?|hours?|hrs?|sessions?|people|clients|percent|%|\$)", re.I)


def _duration(m: re.Match) -> float | None:
    h1, m1, ap1, h2, m2, ap2 = m.groups()
    if not (ap1 or ap2 or m1 or m2 or "noon" in (h1.lower(), h2.lower())):
        bare_clock = _BARE_BEFORE.search(m.string[: m.start()]) and not _UNIT_AFTER.match(m.string[m.end():])
        if not bare_clock or not (1 <= int(h1) <= 12 and 1 <= int(h2) <= 12):
            return None  # "3-5" alone is not a time range
    if h2.lower() == "noon":
        ap1, ap2 = ap1 or "am", "pm"  # "from 9 to noon"
    if h1.lower() == "noon":
        ap1 = "pm"
    ap1 = ap1 or ap2  # "from 6:00 to 9:00 p.m."
    ap2 = ap2 or ap1
    start, end = _clock(h1, m1, ap1), _clock(h2, m2, ap2)
    if end <= start and ap1 and ap2 and ap1[0].lower() == ap2[0].lower():
        return None
    if end <= start:
        end += 12
    return end - start


# Clock times of other things a program day holds or a page mentions.
_NOT_SESSION = re.compile(r"\b(lunch|breakfast|dinner|meals?|medications?|pick-?up|labs?|lab work|staff meetings?|graduations?|"
                          r"ceremon\w*|parking|drive|respond|inquir\w*|assessments?|arrive|screens?|testing|community meeting|"
                          r"visiting|visitation)\b", re.I)


def _other_time(sentence: str, match: re.Match) -> bool:
    """A time said of something else: "Lunch is served from 12 to 1", "a 2-hour drive"."""
    before = " ".join(sentence[: match.start()].split()[-12:])
    after = " ".join(sentence[match.end():].split()[:3])
    return bool(_NOT_SESSION.search(before) or re.search(r"\b(drive|away|walk|parking|notice|response)\b", after, re.I))


def _office_hours(sentence: str) -> bool:
    """"Hours: Mon-Fri 8am-5pm": a span no session lasts is when a place is open."""
    return any((_duration(m) or 0) >= 7 for m in _TIME_RANGE.finditer(_NOON.sub("noon", sentence)))


_NOON = re.compile(r"\b12(?::00)?\s*noon\b", re.I)


_WEEKLY_TOTAL = re.compile(r"\s*(?:of\s+(?:[a-z]+\s+){0,3}?)?(?:(?:per|a|each|every)\s+week|weekly)|\s*total")


def hours_per_session(sentences: list[str]) -> tuple[float, float] | None:
    """'9:00 AM - 12:30 PM' -> (3.5, 3.5); 'three-hour sessions' -> (3, 3); 'half a day' -> (3, 4)."""
    found: list[float] = []
    for sentence in _program_sentences(sentences):
        sentence = _AND_A_HALF.sub(lambda m: f"{numbers(m.group(1))[0] + 0.5:g}" if numbers(m.group(1)) else m.group(0),
                                   sentence)
        sentence = _NOON.sub("noon", _FRACTION_HALF.sub(lambda m: f"{m.group(1)}.5", sentence))
        taken = sentence
        for match in (m for pattern in (_TIME_RANGE, _START_END, _UNTIL_CHAIN) for m in pattern.finditer(sentence)):
            duration = _duration(match)
            if duration:
                found += [] if _other_time(sentence, match) else [duration]
                taken = taken.replace(match.group(0), " ")
        if _SESSION_CONTEXT.search(sentence) and not re.search(r"\bweeks?\b.*\bhours?\b.*\btotal\b", sentence, re.I):
            for match in _HOUR_RANGE.finditer(taken):
                found += [] if _other_time(taken, match) else numbers(match.group(1), match.group(2))
                taken = taken.replace(match.group(0), " ")
            for match in _HOUR_ONE.finditer(taken):
                after = taken[match.end(): match.end() + 40].lower()
                if _other_time(taken, match) or _WEEKLY_TOTAL.match(after):
                    continue  # a weekly total, not one session
                found += numbers(match.group(1))
            for match in _MINUTES.finditer(taken):
                after = taken[match.end(): match.end() + 40].lower()
                if not re.match(r"\s*(?:per|a|each|every)\s+week|\s*weekly|\s*(?:drive|walk|away|from)", after):
                    found += [value / 60 for value in numbers(match.group(1)) if value >= 120]
        for match in _HOURS_LABEL.finditer(sentence):
            found += numbers(match.group(1), match.group(2))
        if _HALF_DAY.search(sentence):
            # A half-day program block runs three to four hours.
            found += [3.0, 4.0]
    found = [v for v in found if 0.5 <= v <= 12]
    return (round(min(found), 2), round(max(found), 2)) if found else None


_WEEKS = r"[- ](?:consecutive\s+|straight\s+|full\s+)?weeks?\b"
_WEEK_RANGE = re.compile(NUMBER + JOIN + NUMBER + _WEEKS, re.I)
_WEEK_ONE = re.compile(NUMBER + _WEEKS, re.I)
# What follows the program: "followed by 12 weeks of aftercare" is no program length.
_AFTER_PROGRAM = re.compile(r"\b(aftercare|after-care|alumni|continuing care|sober living|follow-up)\b", re.I)
_DAYS_LONG = re.compile(r"(?:" + NUMBER + JOIN + r")?" + NUMBER + r"[- ]days?\b(?![- ](?:a|per|each)[- ]week)", re.I)
_MONTHS = re.compile(r"(?:" + NUMBER + JOIN + r")?" + NUMBER + r"[- ]months?\b", re.I)
_LENGTH_CONTEXT = re.compile(r"\b(program|track|course|lasts?|length|duration|typically|complete|treatment|iop|phase|"
                             r"curriculum|stay|runs?|spans?|attend|average)\b", re.I)
_NOT_LENGTH = re.compile(r"\b(ago|past|within|after discharge|per week|a week|each week|weekly|every)\b", re.I)


# "Our 30-day residential program": the length of another level of care.
_OTHER_LEVEL = re.compile(r"[\s-]*(?:\w+\s+)?(?:residential|inpatient|detox|sober|php|partial)\b", re.I)


# A list item that is only a length ("8 weeks") under a program's heading.
_BARE_LENGTH = re.compile(r"\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?" + _WEEKS + r"\W*$", re.I)


def program_weeks(sentences: list[str]) -> tuple[int, int] | None:
    """'6-12 weeks' -> (6, 12); 'ten to twelve weeks' -> (10, 12); 'about two months' -> (8, 9)."""
    found: list[float] = []
    for sentence in sentences:
        sentence = " ".join(c for c in re.split(r"(?<=[,;])\s+", sentence) if not _AFTER_PROGRAM.search(c))
        if not (_LENGTH_CONTEXT.search(sentence) or _BARE_LENGTH.match(sentence)) or _NOT_PROGRAM.search(sentence):
            continue
        taken = sentence
        for match in _WEEK_RANGE.finditer(sentence):
            found += numbers(match.group(1), match.group(2))
            taken = taken.replace(match.group(0), " ")
        for match in _WEEK_ONE.finditer(taken):
            after = taken[match.end(): match.end() + 12].lower()
            if _NOT_LENGTH.search(after) or re.search(r"\bwithin\s*$", taken[: match.start()], re.I):
                continue
            found += numbers(match.group(1))
        for match in _DAYS_LONG.finditer(sentence):
            for value in numbers(match.group(1), match.group(2)):
                # "a 90-day program", "length of stay averages 60 to 90 days"
                if value >= 14 and re.search(r"\b(program|length|stay|lasts?|duration|runs?|iop)\b", sentence, re.I) \
                        and not _OTHER_LEVEL.match(sentence[match.end():]):
                    found += [math.floor(value / 7), math.ceil(value / 7)]
        for match in _MONTHS.finditer(sentence):
            for value in numbers(match.group(1), match.group(2)):
                found += [math.floor(value * 52 / 12), math.ceil(value * 52 / 12)]
    found = [v for v in found if 1 <= v <= 104]
    return (int(min(found)), int(max(found))) if found else None

