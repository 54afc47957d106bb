"""A week written as the names of its days rather than a count: schedule rows ("Monday |
6:00-9:00 pm"), lists by topic ("DBT skills Monday, process group Tuesday, ..."), and groups on
different days that make up one week ("Monday and Wednesday groups focus on relapse prevention.
Friday's group focuses on life skills."). Counts said in words are read in `days`.
"""

from __future__ import annotations

import re

from .clock import office_hours
from .context import about_reaching
from .weekdays import DAY as _DAY
from .weekdays import SHORT_DAY_NAMES, day_groups, mentions
from .weekdays import day_index as _day_index
from .whose import not_the_programs, side_activity

# "Sessions happen on Fridays": one named weekday, plural, for a program meeting.
# Several such sentences ("A relapse group meets on Mondays; a trauma group meets on Wednesdays") add up.
# A short name is singular, so it needs a word of recurrence: "weekly on Sat.".
# "on Saturday mornings" is as recurring as "on Saturdays".
ONE_DAY = re.compile(r"\b(?:on|every)\s+(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
                     r"\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                     r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun))"
                     r"\s+(?=(?:mornings|afternoons|evenings|nights)\b)|"
                     r"\bweekly\s+on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                     r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun))\b", re.I)
# (a group named by its topic is a meeting too: "Relapse prevention | Friday" under "IOP skills group | Wednesday")
MEETING = re.compile(r"\b(sessions?|groups?|program|meets?|iop|runs?|held|relapse[- ]prevention|dbt|cbt|psychoeducation)\b", re.I)
EXTRA_MEETING = re.compile(r"\b(family|families|multi-?family|alumni|visit\w*|optional)\b", re.I)

# A schedule written as rows, one weekday each ("Monday | 6:00-9:00 pm"), under a heading
# that names the program; office-hours tables are skipped like any other office sentence.
_ROW_DAY = re.compile(r"^" + _DAY + r"\s*(?:(?::|\||-|–|—)\s*\w|.*?\d|\s(?!\s*(?:and|or|through|thru|to|y|a|o)\b)\s*[a-z])", re.I)
# A row that keeps the run going but holds no program day: "Thursday off", "Tuesday individual session".
# ("Friday is off", "Wednesday is an individual therapy day" too)
_ROW_OFF = re.compile(r"^" + _DAY + r"\s*(?:[:|\-–—]\s*|(?:is|are)\s+(?:an?\s+)?)?(?:off|closed|no\b|none|rest|individual|[-–—]?\s*$)", re.I)
# Rows run together in one line: "Weekly schedule: Monday - process group; Tuesday - DBT skills",
# "A sample week: Monday group 10-1, Tuesday individual session, Wednesday group 10-1".
# "Tuesday, Thursday evenings and Saturday mornings": a comma after a day name lists days, it parts no rows
_AFTER_NO_DAY = "".join(f"(?<!{name})" for name in ("day", "days", *sorted(SHORT_DAY_NAMES)))
# ("Monday – Wednesday: 10 AM – 1 PM": a dash right after a day name spans days, it parts no rows)
_ROW_BREAK = re.compile(r";\s*(?![^()]*\))|\s+[|·•]\s+(?=" + _DAY + r")|" + _AFTER_NO_DAY + r"\s+[—–]\s+(?=" + _DAY + r"\s*:)|"
                        r"(?<=\w):\s+(?=" + _DAY + r")|" + _AFTER_NO_DAY + r",\s+(?=" + _DAY + r"(?:\s+(?!and\b|or\b|through\b|thru\b|to\b|y\b|a\b|o\b|(?:morning|evening|afternoon|night)s?\b)\w|"
                        # "Monday – process group" is a row; "Monday–Thursday" is a span of days
                        r"\s*[–—:]\s*(?!" + _DAY + r")\w|\s+-\s+(?!" + _DAY + r")\w))", re.I)
_ROWS_NAMED_AFTER = re.compile(r"^(?:all|these|each|both)\b.*\b(?:groups?|sessions?|iop|classes)\b", re.I)
# "Saturday: optional yoga", "Saturday: Family program (monthly)": a row of no weekly program day
_OPTIONAL_ROW = re.compile(r"\b(?:optional|voluntary|monthly|alumni|every other)\b", re.I)
# A row that holds only a family meeting: "Friday: Family group", "Sat — Multi-family group 10–12"
# (not "Thursday: process group and family education", nor a teen program's "Wednesday 4–7 Family (parents attend)")
_FAMILY = r"(?:multi-?)?(?:family|families|parents?)\s+(?:groups?|night|sessions?|therapy|program|meetings?)\s*[\d:.–\-apm\s]*"
# ("Friday — 6:00 pm family night (families only)": the time before and a note after say no more than who meets)
_ROW_ASIDES = re.compile(r"\([^()]*\)|(?<=[\s:|\-–—])\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?=\s+[a-z])", re.I)
_FAMILY_ROW = re.compile(r"^" + _DAY + r"s?\s*[:|\-–—]?\s*" + _FAMILY + "$", re.I)
# A table row, day first, whose other cells say what each part of the day holds ("Wednesday | Skills
# group | Family session (optional)"): a day of the program when any cell holds more than a blank, a
# dash, an optional item or a family meeting.
_TABLE_DAY = re.compile(r"^" + _DAY + r"s?\s*\|", re.I)
_TIME_CELL = re.compile(r"[\d:.\s]+(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*[\d:.\s]+(?:[ap]\.?m\.?)?|noon|morning|afternoon|evening", re.I)
_BLANK_CELL = re.compile(r"[-–—]*|n/?a|none|off|closed|no\s+groups?", re.I)
_FAMILY_CELL = re.compile(_FAMILY, re.I)
_LONG_NOTE = re.compile(r"\([^()]*\s[^()]*\s[^()]*\)")  # three words or more in brackets
_GROUP_ROW = re.compile(r"\b(?:groups?|sessions?|iop)\b", re.I)
_SCHEDULE_HEADING = re.compile(r"\b(schedule|groups?|sessions?|iop|program|classes|track|week|weekly)\b", re.I)

# "We teach DBT skills on Mondays and Wednesdays and hold process groups on Fridays": one more
# meeting day, in a clause of its own that holds a group.
_AND_MEETS = re.compile(r"^\W*(?:(?:mornings?|afternoons?|evenings?|nights?)\s+)?"
                        r"(?:and|plus)\b[^,;]*\b(?:groups?|sessions?|meets?|meet|hold|holds|held|classes)\b[^,;]*$|"
                        r"^\W*(?:and|plus)\s+(?:online|virtually|by video|in person)\s*$", re.I)


# "A typical IOP week: DBT skills Monday, process group Tuesday, ... and relapse prevention Friday":
# a list whose every item names one day.
WEEK_LIST = re.compile(r"\b(?:week|schedule)\s*:\s*(.+)$", re.I)
_LIST_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ITEM_WORDS = 6


# "attends the Monday process group and the Wednesday skills group": days named by their groups.
_DAY_GROUP = re.compile(r"\b(?:the|a|our)\s+" + _DAY + r"\s+(?:[\w-]+\s+){0,2}(?:group|session|class)\b", re.I)


def days_of_groups(sentence: str) -> tuple[int, int, int] | None:
    """(days, start, end) of two or more of the program's groups, each named by its one weekday."""
    ours = [m for m in _DAY_GROUP.finditer(sentence) if not not_the_programs(sentence, m.start(), m.end())]
    days = {_day_index(m.group(1)) for m in ours}
    return (len(days), ours[0].start(), ours[-1].end()) if len(days) >= 2 else None


_WEEK_ENDS = re.compile(r"\b(?:begins?|starts?|opens?|ends?|finishes|closes?|wraps?\s+up)\s+with\s+$", re.I)


def days_with_groups(sentence: str, scheduled: frozenset[int]) -> int | None:
    """The days of a schedule and of the program's day-named groups beside it, when the groups add
    days: "begins with a Monday check-in group, continues with skills groups on Tuesday and
    Wednesday, and ends with a Thursday process group" is four."""
    ours = {_day_index(m.group(1)) for m in _DAY_GROUP.finditer(sentence)
            if _WEEK_ENDS.search(sentence[: m.start()]) and not not_the_programs(sentence, m.start(), m.end())}
    return len(scheduled | ours) if ours - scheduled else None


def listed_days(text: str) -> int:
    """How many distinct days a list of items names, when each item names exactly one."""
    items = [item for item in _LIST_ITEM.split(text.rstrip(". ")) if item.strip()]
    days = [m.days for item in items for m in mentions(item)]
    if len(items) < 2 or len(days) != len(items) or any(len(d) != 1 for d in days) \
            or any(len(item.split()) > _ITEM_WORDS for item in items):
        return 0
    # "Tuesday individual session", "Thursday off": the day is in the list but holds no group
    held = [d for item, d in zip(items, days, strict=True) if not (_DAY_OFF.search(item) or side_activity(item))]
    return len(frozenset().union(*held)) if held else 0


_DAY_OFF = re.compile(r"\b(?:off|closed|no\s+groups?|none|rest)\b", re.I)


# "for people who cannot ...": who a group is for, when they cannot come to the others
FOR_THOSE_WHO = r"\bfor\s+(?:people|those|clients|anyone)\s+who\s+"
CANNOT = r"(?:cannot|can't|can not|are unable to)\b"


# Groups on different days that make up one week together: "Monday and Wednesday groups focus on
# relapse prevention. Friday's group focuses on life skills." Tracks and phases are alternatives, not
# parts ("Morning group: Mon/Wed/Fri. Evening group: Mon–Thu."), so a page that has them adds nothing up.
_ALTERNATIVES = re.compile(r"\b(?:morning|evening|afternoon|weekend|weekday|day|young adults?|adults?|teens?|adolescents?|"
                           r"women['’]?s|men['’]?s)\s+(?:groups?|tracks?|iop|programs?|cohorts?)\b|"
                           r"\b(?:tracks?|cohorts?|phases?|levels?|options?|step-up|step-down|php|partial|first|last|final|until|then|"
                           r"or|either|instead|modified|reduced|lighter|alternative|"
                           r"only|later|after|before|during|zoom|in-person|on-?site|virtual|online|telehealth|video|off|closed|rest|"
                           r"open to)\b|\bgroup\s+[A-Z]\b|\bfor\s+(?:adults|teens|adolescents|women|men|young adults)\b|"
                           r"\bno\s+(?:\w+\s+)?(?:program|groups?|sessions?)\b|"
                           # "with a Saturday group for people who cannot attend on weekdays": a program of its own
                           + FOR_THOSE_WHO + CANNOT, re.I)
# What makes a group a part of the week: its topic, or words that add it to the others.
_PART = re.compile(r"\b(?:process|skills?|dbt|cbt|relapse|trauma|psychoeducation|education|art|music|mindfulness|coping|"
                   r"also|third|fourth|all three|all four|another)\b", re.I)
# "with a fun outing most Fridays": not every week, nor the program's groups
_SOMETIMES = re.compile(r"\b(?:once a month|monthly|every (?:other|third|fourth)|alternate|alternating|make-?up|missed|outings?|"
                        r"(?:during|for|in)\s+the\s+first\s+(?:\w+\s+)?(?:weeks?|month)|"
                        r"most\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b", re.I)
# (a day some weeks have is one on top, as an optional one: "Twice a month, clients also attend a Saturday group")
_OPTIONAL = re.compile(r"\b(?:optional|voluntary|may|can|available\s+to|who\s+wants?|twice\s+a\s+month|some\s+weeks)\b", re.I)


def parts_of_week(sentences: list[str]) -> tuple[int, int, list[int]] | None:
    """The days a week made of parts on different days, the optional days beside them, and the
    counts of the parts that were read as schedules of their own; None unless two or more parts.
    A part after the first is named by its topic or added by a word ("also", "a third session")."""
    parts: list[frozenset[int]] = []
    optional: set[int] = set()
    counted: list[int] = []
    for sentence in sentences:
        meets = MEETING.search(sentence) or _CLASS.search(sentence)
        if not meets or EXTRA_MEETING.search(sentence) and not _OPTIONAL.search(sentence):
            continue
        previous = None
        for start, end, every, sometimes in day_groups(sentence):
            if sometimes or not_the_programs(sentence, start, end) or _SOMETIMES.search(sentence):
                continue
            if _ALTERNATIVES.search(sentence):
                return None
            if _OPTIONAL.search(sentence):
                optional |= every
                continue
            joined = sentence[previous:start] if previous is not None else sentence
            if parts and not (_ADDED.search(joined) if previous is not None else _PART.search(sentence)):
                return None
            parts.append(every)
            counted += [len(every)] if len(every) >= 2 else []
            previous = end
    whole = frozenset().union(*parts) if parts else frozenset()
    if len(parts) < (1 if optional else 2) or sum(len(p) for p in parts) != len(whole):
        return None  # one part, or parts that overlap: phases or tracks, not one week
    return len(whole), len(optional - whole), counted


_CLASS = re.compile(r"\b(?:class(?:es)?|attend\w*)\b", re.I)
_ADDED = re.compile(r"\b(?:also|third|fourth|plus|with a|as well as)\b", re.I)


def more_meetings(sentence: str, start: int, end: int) -> int:
    """Days of the week on which the program meets besides a schedule, later in its sentence."""
    inside = {day for m in mentions(sentence[start:end]) for day in m.days}
    more = set()
    for match in ONE_DAY.finditer(sentence, end):
        between = sentence[end: match.start()]
        if _AND_MEETS.match(between) and not EXTRA_MEETING.search(between) \
                and not not_the_programs(sentence, *match.span()):
            more.add(_day_index(next(g for g in match.groups() if g)))
    return len(more - inside)


def _table_row_off(sentence: str) -> bool:
    """Whether a table row, day first, holds no program meeting (see _TABLE_DAY)."""
    cells = [cell.strip() for cell in sentence.split("|")[1:]]
    held = [cell for cell in cells if not _BLANK_CELL.fullmatch(cell)]
    named = [cell for cell in held if not _TIME_CELL.fullmatch(cell)]  # (a time is the time of what the row names)
    return not held or bool(named) and all(
        _OPTIONAL_ROW.search(cell) or _FAMILY_CELL.fullmatch(_LONG_NOTE.sub("", cell).strip()) for cell in named)


def schedule_rows(sentences: list[str]) -> tuple[int, list[str]]:
    """The most distinct weekdays in one run of schedule rows under a program heading, and the
    rows of that run."""
    best, run, heading, header = 0, set(), "", ""
    lines: list[str] = []
    best_lines: list[str] = []
    rows = [part for sentence in sentences for part in _ROW_BREAK.sub("\n", sentence).split("\n") if part]
    for sentence in rows + [""]:
        # a row off, optional or monthly keeps the run going but holds no weekly day; a long note in
        # brackets is an aside ("Thursday: Family systems (clients only; families attend the monthly
        # family night)"), a short one says what the row is ("Saturday: Family program (monthly)")
        match = _ROW_DAY.match(sentence)
        if _TABLE_DAY.match(sentence):
            if _table_row_off(sentence):
                continue
        elif _ROW_OFF.match(sentence) or _FAMILY_ROW.match(_ROW_ASIDES.sub(" ", sentence).strip()) \
                or match and _OPTIONAL_ROW.search(_LONG_NOTE.sub("", sentence)):
            continue
        if match and not about_reaching(sentence) and not office_hours(sentence):
            # a row may name several days: "Tues and Thurs 6-9 PM"
            run |= next((every for _, _, every, _ in day_groups(sentence)), {_day_index(match.group(1))})
            lines.append(sentence)
            continue
        # the rows' heading names the program, or the line after them does ("All IOP groups run 10 to 1")
        # or the rows name groups themselves ("Mon: Process group | Tue: — | Wed: Skills group")
        named = (_SCHEDULE_HEADING.search(f"{heading} {header}") or _ROWS_NAMED_AFTER.search(sentence)
                 or sum(bool(_GROUP_ROW.search(line)) for line in lines) >= 2)
        if len(run) >= 2 and named and not about_reaching(heading) and len(run) > best:
            best, best_lines = len(run), lines
        run, lines = set(), []
        # a header row ("Day | Time") between the heading and the rows keeps the heading
        if re.fullmatch(r"(?:day|days|time|times|hours|group|topic)(?:\s*\|\s*\w+)*", sentence, re.I):
            header = sentence  # "Day | Time | Group" names the rows as groups too
        else:
            heading, header = sentence, ""
    return best, best_lines


# "Days | Mon – Fri | Mon, Tue, Thu": a table row that gives each track its days side by side.
_DAYS_ROW_HEAD = re.compile(r"(?:days?|meeting days|schedule|meets|when|group days)\s*:?", re.I)


def row_cells(sentences: list[str]) -> list[tuple[int, list[int]]]:
    """For each table row headed by "Days" whose cells each name a schedule: the days the whole
    row names at once (what the row read as one sentence gives) and the count of each cell."""
    rows = []
    for sentence in sentences:
        head, *cells = sentence.split(" | ")
        if len(cells) < 2 or not _DAYS_ROW_HEAD.fullmatch(head.strip()):
            continue
        groups = [day_groups(cell) for cell in cells]
        if all(len(group) == 1 for group in groups):
            every = frozenset().union(*(group[0][2] for group in groups))
            rows.append((len(every), [len(group[0][2]) for group in groups]))
    return rows


# A day named alone beside a schedule of named days, in a part of a sentence that holds the
# program's meetings ("Monday and Wednesday groups focus on relapse prevention. Friday's group
# focuses on life skills"), and none of the words that make a day something else: a side or
# family meeting, an office, an optional or monthly day, a day off, one of two choices. A day
# every other week is one more only in some weeks.
# Measured on dev batches 20-73 as the code read them before each was seen (977 readings): it
# turns 11 wrong readings right and changes no right one. (A first draft changed 6 right ones;
# the words of those six, "no", "make-up", "alumni" ..., are in the list below.)
_LEFT_OUT_MEETING = re.compile(r"\b(?:groups?|sessions?|class(?:es)?|meets?|iop|program|track)\b", re.I)
_LEFT_OUT_NOT = re.compile(
    r"\b(?:individual|therapist|family|families|multi-?family|alumni|parents?|office|open|closed|optional|off|"
    r"no|not|never|"
    r"admissions?|intake|starts?|begins?|orientation|assessment|calls?|phones?|visit\w*|lunch|yoga|gym|free|"
    r"may|can|could|if|as needed|except|but not|other than|instead|rather than|in place of|or|(?<!twice a )month|monthly|first|"
    r"holidays?|staff|"
    r"aa|na|meeting|church|service|make-?up|consultation|outings?|most|"
    r"residential|detox|aftercare|inpatient|(?-i:OP|PHP)|"
    # a program of its own: "our Saturday IOP meets on Saturdays only", "a Saturday group for people who
    # cannot attend on weekdays"
    r"\w*days?\s+only|only\s+on|weekend\s+(?:iop|program|track)|cannot|can't|unable|available\s+to|who\s+wants?|"
    # a doctor's day: "Dr. Rivera, our medical director, sees IOP clients on Wednesdays"
    r"sees|directors?)\b", re.I)
_PARTS = re.compile(r"[;:]|\.\s")
# where a group meets, not the office's own day: "an in-person group at our Pasadena office every Saturday"
_AT_OFFICE = re.compile(r"\b(?:at|in)\s+(?:our|the)\s+(?:\w+\s+){0,2}office\b(?!\s+(?:is|opens?|hours))", re.I)


def left_out_day(sentences: list[str], scheduled: set[int]) -> tuple[int, str] | None:
    """A weekday the program meets on that the days read from named schedules (`scheduled`)
    leave out, and the part of a sentence that names it."""
    for sentence in sentences:
        for part in _PARTS.split(sentence):
            if _LEFT_OUT_NOT.search(_AT_OFFICE.sub(" ", part)) or not _LEFT_OUT_MEETING.search(part) or about_reaching(part):
                continue
            for start, end, every, _ in day_groups(part):
                if len(every) == 1 and not every <= scheduled and not not_the_programs(part, start, end):
                    return next(iter(every)), part
    return None


# "Mon | Tue | Wed | Thu | Fri" over "IOP | 9–12 | 9–12 | — | 9–12 | 9–12": a weekday per column,
# a program per row; a cell with a dash or "closed" is a day that row does not meet.
_DAY_CELL = re.compile(_DAY, re.I)
_CELL_BORDER = re.compile(r" ?\| ?")
_EMPTY_CELL = re.compile(r"\s*(?:[-–—]+|off|closed|none|no\s+groups?|n/?a)?\s*", re.I)


def _rows_under(sentences: list[str], at: int, width: int, by_day: bool):
    """The rows of the table whose header is sentences[at], each a label and its cells, padded to
    the header's width: an empty cell reads as "| |", and a row's last empty cells do not read at
    all. The table ends at the first line that is no such row (by_day: rows labelled by weekday)."""
    for row in sentences[at + 1:]:
        cells = _CELL_BORDER.split(row)
        labelled_by_day = bool(_DAY_CELL.fullmatch(cells[0].strip()))
        if not (2 if by_day else 3) <= len(cells) <= width or labelled_by_day != by_day:
            return
        yield cells + [""] * (width - len(cells))


_ROW_LABEL_HEAD = re.compile(r"tracks?|programs?|groups?|levels?|options?|cohorts?|weeks?|phases?|stages?|months?", re.I)


def grid_rows(sentences: list[str]) -> list[tuple[int, list[int]]]:
    """For each table with a weekday per column: the days its header names (what the header read
    as one sentence gives) and the days each program row under it meets."""
    grids = []
    for at, header in enumerate(sentences):
        days = header.split(" | ")
        if len(days) > 2 and _ROW_LABEL_HEAD.fullmatch(days[0].strip()):
            days = days[1:]  # "Track | Mon | Tue | ...": the header names its label column
        if len(days) < 2 or not all(_DAY_CELL.fullmatch(day.strip()) for day in days):
            continue
        counts = [sum(1 for cell in cells[1:] if not _EMPTY_CELL.fullmatch(cell))
                  + (1 if _unlabelled(cells, len(days)) else 0)
                  for cells in _rows_under(sentences, at, len(days) + 1, by_day=False)
                  if not (about_reaching(cells[0]) or side_activity(cells[0]))]
        if counts:
            grids.append((len(days), counts))
    return grids


def _unlabelled(cells: list[str], width: int) -> bool:
    """Whether a row under a header of weekdays only has no label of its own, its first cell a
    day's like the others: "Group | — | Group | Group | —" under "Mon | Tue | Wed | Thu | Fri"."""
    said = [cell.strip() for cell in cells if cell.strip()]
    return len(cells) > width and not cells[width].strip() and bool(said) and said.count(said[0]) > 1 \
        and not _EMPTY_CELL.fullmatch(cells[0])


# "Day | Morning IOP | Evening IOP" over "Monday | 9–12 | 6–9": a weekday per row, a program per column.
_DAY_COLUMN_HEAD = re.compile(r"days?|weekdays?", re.I)


def day_row_grids(sentences: list[str]) -> list[tuple[int, list[int]]]:
    """For each table with a weekday per row and a program per column: the weekdays its rows name
    (what the rows read as one schedule give) and the days each program column meets."""
    grids = []
    for at, header in enumerate(sentences):
        names = _CELL_BORDER.split(header)
        if len(names) < 3 or not _DAY_COLUMN_HEAD.fullmatch(names[0].strip()):
            continue
        counts = [0] * (len(names) - 1)
        days = set()
        for cells in _rows_under(sentences, at, len(names), by_day=True):
            days.add(cells[0].strip()[:3].lower())
            for column, cell in enumerate(cells[1:]):
                counts[column] += not _EMPTY_CELL.fullmatch(cell)
        kept = [count for count, name in zip(counts, names[1:], strict=True)
                if count and not (about_reaching(name) or side_activity(name))]
        if len(days) >= 2 and kept:
            grids.append((len(days), kept))
    return grids


# "Time | Monday | Tuesday | Wednesday | Thursday" over "6:00–7:30 | Process | DBT | — | Process": a weekday
# per column, a time slot of the one program per row; a day meets when any slot holds a group.
_SLOT_HEAD = re.compile(r"times?|hours?|slot|session", re.I)


def slot_grids(sentences: list[str]) -> list[tuple[int, list[int]]]:
    """For each table of time slots by weekday: the days its header names and the days on which
    any slot holds something."""
    grids = []
    for at, header in enumerate(sentences):
        names = _CELL_BORDER.split(header)
        if len(names) < 3 or not _SLOT_HEAD.fullmatch(names[0].strip()) \
                or not all(_DAY_CELL.fullmatch(name.strip()) for name in names[1:]):
            continue
        held: set[int] = set()
        for cells in _rows_under(sentences, at, len(names), by_day=False):
            held |= {column for column, cell in enumerate(cells[1:]) if not _EMPTY_CELL.fullmatch(cell)
                     and not side_activity(cell)}
        if held:
            grids.append((len(names) - 1, [len(held)]))
    return grids
