"""Days per week from the sentences of a page: "three to five days a week" -> (3, 5),
"Mon-Fri" -> (5, 5), "Monday, Wednesday and Thursday evenings" -> (3, 3).

The counts each sentence states are read in `counts`; this module decides which of them are
the program's week. A count counts only in a sentence about attending the program, and only
where it is the program's week, not something else's (see `whose`). A week written as day
names in rows, lists or parts is read in `daylists`. What a page does not say stays None.
"""

from __future__ import annotations

import re

from .clock import TIME_RANGE, duration
from .context import PROGRAM_WORDS, program_sentences, short_names
from .counts import (
    ATTEND,
    CHOOSE,
    CHOOSE_DAYS,
    DAY_KIND,
    DAY_ONE,
    DAYS_BESIDE_WEEKLY,
    DAYS_LABEL,
    HEDGE,
    HOW_MANY_OF,
    INSTEAD,
    LABELLED_ANSWER,
    LEVEL_ONCE,
    MONTHLY,
    OF_THOSE,
    ONE_DAY_INSTEAD,
    ORDINALS,
    PER_WEEK,
    SESSIONS_LABEL,
    STANDARD,
    TOTAL_DAYS,
    WEEKDAYS,
    day_counts,
    most_in_clause,
    only_weekdays,
    schedule_added,
    without_mode_counts,
)
from .daylists import (
    CANNOT,
    EXTRA_MEETING,
    FOR_THOSE_WHO,
    MEETING,
    ONE_DAY,
    day_row_grids,
    grid_rows,
    left_out_day,
    parts_of_week,
    row_cells,
    schedule_rows,
    slot_grids,
)
from .numbers import JOIN, NUMBER, numbers
from .spelling import one_spelling
from .text import NEW_CLAUSE, column, column_numbers
from .unplaced import ALL_OF, MOST, OTHER_QUESTION, unplaced_counts
from .weekdays import DAY as _DAY
from .weekdays import DAY_NAME, NO_MEETING, day_groups, mentions, schedules
from .weekdays import day_index as _day_index
from .whose import (
    GOES_ON,
    SIDE_HEADING,
    denied,
    elsewhere,
    elsewhere_at,
    exception_at,
    never_the_programs,
    not_the_programs,
    others_only,
    side_activity,
)

# A table column of day counts: "Program | Days per week" over "IOP | 3".
_DAYS_HEADER = re.compile(r"(?:program\s+)?days\s*(?:per|a|/)\s*(?:week|wk)", re.I)
_BARE_DAYS_HEADER = re.compile(r"days", re.I)
_DAY_COLUMN = re.compile(r"day|weekday", re.I)
_FEWEST_MOST_HEADERS = tuple(re.compile(rf"{word}\.?\s+(?:number\s+of\s+)?days(?:\s*(?:per|a|/)\s*(?:week|wk))?", re.I)
                             for word in (r"min(?:imum)?", r"max(?:imum)?", "fewest", "most"))
_FREQUENCY_HEADER = re.compile(r"(?:weekly\s+)?(?:frequency|attendance|(?:sessions|groups|meetings)\s*(?:per|a|/)\s*(?:week|wk))", re.I)
_SCHEDULE_HEADER = re.compile(r"(?:weekly\s+)?(?:schedule|meets|meeting\s+days)", re.I)
_DAY_UNIT_WORD = re.compile(r"\b(?:days?|evenings?|mornings?|nights?|afternoons?)\b", re.I)
_DAY_UNIT = (r"\s*(?:x|times|(?:group\s+)?(?:days?|evenings?|mornings?|nights?|afternoons?|sessions|groups))?"
             r"\s*(?:(?:/|per|a|each)\s*(?:wk|week)|weekly)?")
_PHASE_HEADER = re.compile(r"weeks?|phases?|stages?|steps?|months?|levels?", re.I)
_STARTS_ON = re.compile(r"\b(?<!also )(?:start|starts|begin|begins|join|joins)\s+(?:\w+\s+)?$", re.I)  # not "also join a Tuesday group"
# "Our Saturday IOP is a single long session"
_DAY_PROGRAM = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
                          r"\s+(?:iop|program|track)\b", re.I)
# (but a day for those who miss one of the week's: "a Saturday group for those who can't make one weekday")
_IN_PLACE_OF_ONE = re.compile(r"[^.;]{0,30}?" + FOR_THOSE_WHO + r"(?:" + CANNOT + r"|miss\b)\s+(?:make\s+|attend\s+)?(?:one|a|either)\b",
                              re.I)
# "Two nights a week, clients attend the process group; a third night is for the skills group", "A third session,
# on Fridays, covers relapse prevention": a day on top said as part of every week, which the count before it
# gives way to (not "a fourth day may be added", "the fourth day is optional", "a third day for clients who relapse")
_DEFINITE_ORDINAL = re.compile(r"\b(?:(?:a|the)\s+|plus\s+a\s+)(second|third|fourth|fifth|sixth)\s+(?:group\s+|iop\s+|program\s+)?"
                               r"(?:day|night|evening|morning|afternoon|session|group)\b"
                               r"(?:\s*,\s*(?:on\s+)?" + _DAY + r"s?\s*,)?\s+(?:is\s+(?:for|required|mandatory|spent|devoted|dedicated)|"
                               r"covers|focuses|meets|takes\s+place|(?:is\s+)?(?:of|for)\s+(?!clients|those|people|anyone|some|new)|"
                               # "three days a week in person, with a fourth day by telehealth"
                               r"(?:is\s+)?(?:by|via|over)\s+(?:telehealth|video|zoom|phone)|(?:is\s+)?online|virtually)\b", re.I)
_MAYBE_ORDINAL = re.compile(r"\b(?:may|might|can|could|will|would|if|when|whenever|unless|optional|some|those|who|new|newly|"
                            r"first|early|during|until|request|ask|asks|choose|recommend\w*|individual|case\s+manag\w*|medication|"
                            r"dosing|psychiatr\w*|one-on-one|family|coach\w*|every\s+other|summer|needed|need|needs|add|adds|added|"
                            r"extra|additional|starting|planned|soon)\b", re.I)
# (groups "at 10 am and 6 pm on weekdays", "morning and evening": slots offered, of which a person takes some)
_OFFERS = re.compile(r"\b(?:offers?|offered|available)\b|\b(?:morning|daytime|day)\s+(?:and|or)\s+evening\b|"
                     r"\b(?:two|three|several|multiple|2|3)\s+(?:groups|sessions|times)\s+(?:a|each|per)\s+day\b|"
                     r"\bat\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:and|or)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", re.I)
# (the days groups are held on are on offer too: "IOP groups run five days a week", "We hold IOP sessions every weekday")
_GROUPS_HELD = re.compile(r"\b(?:groups?|sessions?|calendar|classes)\s+(?:run|runs|meet|meets|are\s+held|is\s+held|are\s+scheduled)\b|"
                          r"\b(?:has|have|hold|holds)\s+(?:iop\s+)?(?:groups|sessions)\b|\b(?:iop|program)\s+is\s+available\b|"
                          # (and a program's span of days, as its groups': "Our IOP meets Monday–Friday at two locations")
                          r"\b(?:iop|program)\s+" + HEDGE + r"(?:meets|runs)\s+(?:on\s+|every\s+)?(?:" + DAY_NAME + r"|every\s+weekday|weekdays|daily)", re.I)
_CLIENTS_ATTEND = re.compile(r"\b(?:clients|participants|patients|you|you['’]ll|everyone|adults|teens|adolescents|veterans|"
                             r"each\s+(?:client|participant|person))\s+"
                             r"(?:[^.;,]{0,40}?\band\s+)?"  # "Each client picks one time slot and comes three days a week"
                             r"(?:will\s+|must\s+|(?:need|needs|(?:are|is)\s+(?:expected|required))\s+to\s+)?" + ATTEND + r"\b", re.I)
_NOT_EXACT = re.compile(r"\b(?:at\s+least|minimum|up\s+to|as\s+many\s+as|as\s+few\s+as|or\s+more|no\s+more\s+than)\b", re.I)
_BARE_WEEKDAYS = re.compile(r"(?:weekdays|weeknights|weekday\s+(?:mornings|evenings|afternoons|nights))\b", re.I)
# A track or cohort of its own on the day a schedule leaves out (not one that also comes then)
_OWN_TRACK = re.compile(r"\b(?:a|an|another|our|the)\s+(?:(?:\w+\s+)?(?:cohort|track|option)|(?:weekend|saturday|sunday)\s+(?:iop|program))\s+"
                        r"(?:that\s+)?" + HEDGE + r"(?:meets?|runs?)\b"
                        r"(?![^.;]*\b(?:also|too|as well)\b)", re.I)
_ATTEND_BOTH = re.compile(r"\b" + ATTEND + r"\s+both(?:\s+(?:programs|tracks|groups|schedules))?\s*[.;!]?$", re.I)
# "During summer break the program adds a Wednesday session": some weeks of the year
_SEASON = re.compile(r"\b(?:summer|winter|spring)\s+(?:break|months|vacation|session)\b|\b(?:during|over|in)\s+(?:the\s+)?summer\b|"
                     r"\bschool\s+(?:breaks?|vacations?|holidays)\b", re.I)
_EVERY_OTHER_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:every\s+other\s+week|biweekly|on\s+alternate\s+weeks)\b", re.I)
_EVERY_OTHER = re.compile(r"\b(?:every (?:other|third|fourth)|alternate|alternating|biweekly)\b", re.I)


_LEVEL_NAMED = re.compile(r"\b(?:(iop|intensive outpatient)|(php|partial hospitalization|day program|day treatment))\b", re.I)


def _levels(sentence: str) -> set[str]:
    """The levels of care a sentence names: "iop", "php"."""
    return {"iop" if m.group(1) else "php" for m in _LEVEL_NAMED.finditer(sentence)}
# ("An optional Thursday group is offered", "We also hold an optional Thursday group")
_OPTIONAL_NAMED = re.compile(r"\b" + _DAY + r"s?\s+(?:groups?\s+|sessions?\s+|attendance\s+)?(?:are|is)\s+optional\b|"
                             r"\ban?\s+optional\s+(?:[\w-]+\s+)?" + _DAY, re.I)


# "and may add a Tuesday skills class", "you may also be asked to attend a Saturday orientation":
# one more day on top of the schedule stated.
# ("clients will attend Monday, Wednesday and Friday" is the week itself; "will also attend", "will attend a
# Saturday group" add to it)
_EXTRA_DAY = re.compile(r"\b(?:(?:may|might|can|could)\s+(?:also\s+)?(?:add|" + ATTEND + r"|be asked to " + ATTEND + r")\s+"
                        r"(?:an?\s+|the\s+)?|will\s+(?:also\s+(?:add|" + ATTEND + r")\s+(?:an?\s+|the\s+)?|add\s+(?:an?\s+|the\s+)?|"
                        r"(?:also\s+)?be\s+asked\s+to\s+" + ATTEND + r"\s+(?:an?\s+|the\s+)?|"
                        + ATTEND + r"\s+(?:an?|the)\s+|" + ATTEND + r"\s+(?=[^.;]*?\b(?:too|as\s+well)\b))|\ban\s+optional\s+|"
                        r"\badd\s+an?\s+)(?!(?:just|only)\b)(?:\w+\s+)?" + _DAY +
                        # "Clients in the trauma track come in on Saturdays too"
                        r"|\b(?:" + ATTEND + r"|meet|meets)\s+(?:in\s+)?(?:on\s+)?" + _DAY + r"\s+(?:too|as well)\b" +
                        r"|\b(?:one|an)\s+optional\s+(?!(?:second|third|fourth|fifth|sixth)\b)(?:[\w-]+\s+)?day\b|\balso\s+(?:" + ATTEND + r"|meets?)\s+(?:on\s+)?(?:every\s+other\s+)?" + _DAY +
                        r"|\b(?:" + _DAY + r"|(?-i:M|T|W|Th|F|Sa|Su))\s+(?:is\s+(?:an?\s+)?)?optional\b"
                        # ("Fridays are optional", but not "Fridays are optional open-studio days")
                        r"|\b" + _DAY + r"\s+are\s+optional(?=\s*(?:[.;,!]|$))"
                        # "Optional: Saturday skills lab", an item of a list of the week's parts
                        r"|^optional(?:\s+days?)?\s*:\s*(?:\w+\s+)?(?:" + _DAY + r"|(?-i:M|T|W|Th|F|Sa|Su)\b)" +
                        r"|\b(?<!plus )(?:an?|one)\s+extra\s+(?:" + DAY_KIND + r"\s+|orientation\s+)?day\b"
                        # "A Friday relapse prevention group is available to those who want extra support"
                        r"|\b(?:an?|one)\s+" + _DAY + r"\s+(?:[\w-]+\s+){0,3}(?:group|session)\s+is\s+(?:also\s+)?(?:available|offered)\s+"
                        r"(?:to|for)\s+(?:those|clients|anyone|people)\b", re.I)
# "The weekend IOP meets Saturday and Sunday and adds a Wednesday evening group": one more day, always;
# "with a Wednesday skills group added during the first month": one more day, for some weeks.
_ADDS_DAY = re.compile(r"\badds\s+(?:an?|one)\s+(?:\w+\s+)?(?:" + _DAY + r"|weekday\b|weeknight\b)(?!\s+(?:only|if|when|during|for\s+the\s+first))",
                       re.I)
# (or the day said bare: "For the first two weeks, Friday is added")
_DAY_ADDED = re.compile(r"(?:\b(?:an?|one)\s+" + _DAY + r"\s+(?:[\w-]+\s+){0,2}(?:group|session|class|workshop|seminar|lecture|orientation)"
                        r"|(?:^|,)\s*(?:the\s+)?" + _DAY + r"s?)\s+(?:is\s+|are\s+)?added\b", re.I)
# "Tuesdays and Thursdays; the remaining IOP day, Friday, is for relapse prevention": one more day, always.
# "Monday, Tuesday, Wednesday, plus one day of your choice": one more day, always.
_REMAINING_DAY = re.compile(r"\b(?:remaining|other|final|last)\s+" + DAY_KIND + r"\s+day\b(?!s)|"
                            r"\bplus\s+(?:one|an?|1)\s+(?:more\s+|other\s+|extra\s+)?(?:day|weekday|weeknight)\b(?!s)|"
                            # "Both also include a Friday skills group"
                            r"\b(?:both|all|each)\s+(?:tracks?\s+|groups?\s+)?also\s+(?:include|includes|have|has|hold|holds)\s+an?\s+(?:\w+\s+)?" + _DAY + r"|"
                            # "Tuesdays and Thursdays, with a third day each week chosen from our skills groups"
                            r"\b(?:with|plus)\s+an?\s+(?:second|third|fourth|fifth)\s+day\s+a\s+week\b|"
                            # "clients also attend one educational lecture each week on a different day"
                            r"\balso\s+" + ATTEND + r"\b[^.;]{0,60}?\bon\s+(?:a\s+)?(?:different|separate|another)\s+day\b",
                            re.I)
# "The young adult track meets on the same schedule but adds a Saturday outing group": a day more
# for some clients only
# "skip Friday", "skip the Friday group", "don't attend on Fridays": a day of the week left out
_SKIP_DAY = re.compile(r"\b(?:skip|skips|miss|misses|drop|drops|(?:do\s+not|don't|does\s+not|doesn't)\s+" + ATTEND + r")\s+"
                       r"(?:on\s+)?(?:the\s+)?" + _DAY + r"(?!\s*(?:,|and|or|&)\s*" + _DAY + r")", re.I)
_SOME_WEEKS = re.compile(r"\bsome\s+weeks\b", re.I)  # "Some weeks we skip Wednesday"
_MAY_BEFORE = re.compile(r"\b(?:may|can|could)\s+$", re.I)
# "join a Saturday group", "attend the Tuesday session"
# (not a group of the community's: "our Monday evening skills group, which is open to the community")
_OPEN_TO_ALL = re.compile(r"\bopen\s+to\s+(?:the\s+)?(?:community|public|anyone|everyone)\b", re.I)
_ATTENDS_A_DAY = re.compile(r"\b" + ATTEND + r"\s+(?:an?|the|our)\s+(?:[\w-]+\s+)?" + _DAY, re.I)


def _named_elsewhere(read: list[str], sentence: str) -> set[int]:
    """The weekdays the sentences read name, but for `sentence` itself."""
    return {day for other in read if other != sentence for _, _, every, _ in day_groups(other) for day in every}


_SOME_CLIENTS = re.compile(r"\b(?:track|cohort|option|(?:some|a\s+few|several|many|certain|newer|new)\s+clients|students|"
                           # ("...; some also attend the Monday skills group")
                           r"(?:some|a\s+few|others)(?=\s+(?:also\s+|may\s+|can\s+)?(?:attend|come|join)\b)|"
                           r"clients?\s+(?:in|who|with)|those\s+(?:in|who)|"
                           # "for female IOP clients", "for veterans in the program": a group of them
                           r"for\s+(?:female|male|women|men|veteran|teen|adolescent|young\s+adult|lgbtq\+?)\s+(?:iop\s+)?(?:clients|participants|members))\b",
                           re.I)


_ONLY_AT_END = re.compile(r"\bonly\s*[.!]?$", re.I)


def _attends_all_weeks(sentence: str, stated: list[tuple[float, int, int, bool]]) -> bool:
    """Whether a sentence's count of days a person comes is every week's, exactly: not "at least three",
    "most attend three", some clients', all of them some weeks or fewer in a later phase ("Clients attend all four days
    for the first two weeks and three of the four after that", "Later in the program, clients attend only
    Tuesdays and Thursdays"). stated: the counts `day_counts` read in the sentence."""
    return not (_NOT_EXACT.search(sentence) or MOST.search(sentence) or ALL_OF.search(sentence) or _SOME_CLIENTS.search(sentence)
                # (a week cut short for some: "Teens attend Mon and Wed only")
                or _ONLY_AT_END.search(sentence)
                # (a count for each phase is each phase's pick)
                or _A_PHASE.search(sentence) and len({value for value, *_ in stated}) < 2)
_A_PHASE = re.compile(r"\b(?:later|after\s+that|afterwards?|thereafter|then|first|last|final|phase|months?|until)\b", re.I)
_CHOOSE_FROM = re.compile(r"\b" + CHOOSE + r"\s+(?:their|your|his\s+or\s+her|the)\s+(?:own\s+)?"
                          r"(?:\w+\s+)?days\s+(?:from|out\s+of|among)\b", re.I)
_TWICE_A_MONTH = re.compile(r"\btwice\s+a\s+month\b", re.I)
_ALSO = re.compile(r"\b(?:also|in addition|additionally)\b", re.I)
# "twice weekly after school and on Saturday mornings", "one long Saturday session plus two
# weeknight groups": a weekend day on top of a count of weekdays.
# "Tuesday and Thursday evenings, with a longer Saturday session"
_PLUS_WEEKEND = re.compile(r"\b(?:and|plus|with(?!\s+(?:an?\s+)?optional))\s+(?:on\s+)?(?:an?\s+|one\s+|every\s+other\s+)?(?:\w+\s+)?"
                           r"(?:saturday|sunday|(?-i:Sat|Sun))s?\b"
                           r"(?!\s+(?:off|closed|free)\b)|\b(?:and|plus)\s+(?:an?|one)\s+(?:\w+\s+)?(weekend)\b"
                           # (not "and a weekend cohort meets Saturday mornings": a program of its own)
                           r"(?!\s+(?:cohort|track|program|iop|option|schedule)s?\s+(?:that\s+)?" + HEDGE + r"(?:meets?|runs?|is)\b)|"
                           r"\b(?:saturday|sunday|(?-i:Sat|Sun))s?\s+(?:\w+\s+)?(?:sessions?|groups?|blocks?|mornings?|afternoons?)\s+"
                           r"(?:and|plus)\b|"
                           # "twice a week, plus a process group every other Saturday", "adds a group on Saturdays"
                           r"\b(?:plus|adds?)\s+(?:an?\s+|one\s+)(?:[\w-]+\s+){1,3}?(?:(?:on|every\s+other)\s+)?"
                           r"(?:saturday|sunday|(?-i:Sat|Sun))s?\b|"
                           # "4 days a week, plus a check-in group on Wednesday": "plus" adds a weekday too
                           r"\bplus\s+(?:an?\s+|one\s+)(?:[\w-]+\s+){0,3}?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)s?\b", re.I)


_SHORT_ITEM = 6  # words
# A sentence about another setting may still turn to this program's own groups or clients.
_THIS_PROGRAM = re.compile(r"\b(?:our|ours|the|we|you|clients|iop|php|groups?)\b", re.I)


def _about_program(sentence: str) -> bool:
    bare = re.sub(r"\s*\([^)]*\)", "", sentence)  # without its notes in brackets: "3x/week (M, W, F)"
    return (sum(1 for word in bare.split() if re.search(r"\w", word)) <= _SHORT_ITEM  # "3 – 5 days": two words
            or bool(PROGRAM_WORDS.search(sentence) or _ATTENDANCE_OPENING.match(bare) or DAYS_LABEL.search(sentence)
                    or DAYS_BESIDE_WEEKLY.search(sentence) or SESSIONS_LABEL.search(sentence))
            or any(duration(m) for m in TIME_RANGE.finditer(sentence)))


_IT = re.compile(r"(?:it|that|this)\b", re.I)  # the answer to a question is about what the question asked of
_NO_SUBJECT = re.compile(r"(?:(?:between|from|about|around|roughly|up\s+to|at\s+least|minimum(?:\s+of)?|min\.?)\s+)?" + NUMBER + r"|" + _DAY +
                         r"|(?:every|meets|runs)\b", re.I)
_ONE_BY_MODE = re.compile(r"(?:\s+(?:days?|evenings?|mornings?|afternoons?|nights?|sessions?)(?:\s+(?:a|per|each)\s+week)?)?"
                          r"\s+(?:online|virtually|remotely|by\s+(?:video|phone|telehealth|zoom)|via\s+(?:video|zoom|telehealth))\b", re.I)
_BY_MODE_SAID = re.compile(r"\b(?:by\s+(?:video|phone|telehealth|zoom)|online|virtual(?:ly)?|via\s+(?:video|zoom|telehealth)|"
                           r"in[ -]person|on[ -]site|remotely)\b", re.I)
_PROGRAM_HEADING = re.compile(r"(?:[\w'’]+\s+){0,3}(?:iop|php|program|track|outpatient)(?:\s+\([^)]*\))?(?:\s+schedule)?", re.I)
# A sentence that opens on what is asked of a person, or on the count itself: "Expect at least three
# days a week", "Plan on three days a week", "Three days a week is standard".
# A place or time may come first: "At Harbor House, expect ...", "Here, week one is five days".
_ATTENDANCE_OPENING = re.compile(r"(?:(?:" + DAY_KIND + r"\s+|meeting\s+)?days|schedule|when|meets|frequency|weekly)\s*(?::|(?=" +
                                 DAY_NAME + r"))|"  # ("When | Mon, Wed, Thu evenings | Sat and Sun mornings", a table's row)
                                 r"(?:[^,]{0,40},\s*)?(?:(?:expect|plan\s+(?:on|for)|count\s+on|commit\s+to|budget\s+for)\b|" +
                                 NUMBER + PER_WEEK + r"(?:\s+(?:is|are)\b|\s*[:—–]\s*" + DAY_NAME + r")|(?:weeks?|months?|phases?|stages?)\s+[\w–-]+\s*(?:is\b|are\b|:)|"
                                 # "The first month is four days a week", "Three days is the standard", "The minimum is two days"
                                 r"(?:the\s+)?(?:minimum|maximum|requirement|commitment|expectation)\s+is\b|"
                                 # "Twelve hours a week, spread over four days"
                                 + NUMBER + r"\s+(?:hours?|hrs?)\s+(?:a|per|each)\s+week\s*,?\s*(?:spread\s+)?(?:over|across)\b|"
                                 r"(?:the\s+)?(?:first|second|third|fourth|final|last|initial|next)\s+(?:\w+\s+)?(?:weeks?|months?|days|phase|stage)"
                                 r"\s+(?:is|are)\b|" + NUMBER + r"\s+days\s+(?:is|are)\s+(?:the\s+|our\s+)?" + STANDARD + r")|"
                                 # a terse item that opens on the count: "3 days / week · 3 hrs / day"
                                 + NUMBER + PER_WEEK + r"\s*(?:[·•|,;]|\d|$)|" + NUMBER + r"\s+days?\s*[·•|,;]?\s*\d", re.I)


def days_per_week(sentences: list[str]) -> tuple[int, int] | None:
    """'three to five days a week' -> (3, 5); 'Mon-Fri' -> (5, 5); 'Monday, Wednesday and
    Thursday evenings' -> (3, 3). Several statements in one page widen the range."""
    # (a level by its short name, as the rules are written: "Intensive Outpatient Hours" as "IOP Hours")
    sentences = [one_spelling(short_names(sentence)) for sentence in sentences]
    # "IOP typically meets three days a week" may say what IOPs are or what this one does: it is
    # the program's unless the page speaks of its own program apart ("PHP usually meets five days a
    # week; IOP usually meets three. ... Our IOP meets Monday, Tuesday and Thursday")
    if not any(_BARE_KIND.match(sentence) for sentence in sentences) or any(_OUR_OWN.search(s) for s in sentences):
        return _days_per_week(sentences)
    return _days_per_week([_BARE_KIND.sub(r"Our \1", sentence) for sentence in sentences])


# A level of care named bare with a hedge, as a kind: "IOP typically meets", "PHP usually runs".
_BARE_KIND = re.compile(r"^((?:iop|php)\w*\s+(?:programs?\s+)?"
                        r"(?:usually|typically|often)\b)", re.I)
# (said of the program, not a link or heading: "Home Our Program Team")
_OUR_OWN = re.compile(r"\b(?:our|ours)\s+(?:own\s+)?(?:\w+\s+)?(?:iop|program|schedule)\b(?:\s+\w+)?\s+"
                      + HEDGE + r"(?:meets?|runs?|is|are|takes?\s+place)\b|\bours\s+(?:meets?|runs?|is)\b|\bwe\s+meet\b|"
                      r"^(?:the|this)\s+(?:iop|program)\s+(?:meets|runs)\b", re.I)


def _other_row(label: str) -> bool:
    """Whether a table row's label names something besides the program: a side service or another setting."""
    return side_activity(label) or elsewhere(label)


def _days_per_week(sentences: list[str]) -> tuple[int, int] | None:
    found: list[float] = []
    days_named: set[int] = set()  # every weekday the sentences read so far name
    scheduled: set[int] = set()  # the weekdays of their schedules of two days or more
    after_count = weekly = prior = asked = False
    run: list[float] = []  # the counts of the run of counting sentences up to this one
    run_sentences: list[str] = []  # and its sentences
    some_weeks: list[float] = []  # a week's count with a day some weeks add: "three weeknights and alternating Saturdays"
    one_days: set[int] = set()
    extra = 0
    remaining = weekdays_only = False
    kept = list(program_sentences(sentences))
    titled = False  # the sentence before is a heading that names the program
    days_off: set[int] = set()  # weekdays the page says hold no group
    read: list[str] = []  # the sentences read as the program's
    optional_inside = False  # a day the schedule names is said to be optional
    offered = False  # the sentence before gave the days groups are offered on
    with_counts: set[str] = set()  # the sentences the loop read counts from
    gave_way: list[str] = []  # sentences whose days offered gave way to the days a person picks
    offered_days: set[int] = set()  # and those days offered (and a week a weekend day was added to), no count left unplaced
    vague = False  # the sentence before read only weekdays said bare ("come in on weekday evenings"): when, not how many
    for at, sentence in enumerate(kept):
        # (a part cut at a semicolon goes on under what the sentence before it was asked or said:
        # "9 hours of group each week. Most come ... for three hours; others split the same hours
        # over four shorter evenings.")
        # (and a list of labelled counts goes on under its intro: "Days per week varies by phase:" over
        # "Orientation phase: 4", "Core phase: 3")
        asked, weekly = (weekly or (asked and (sentence[:1].islower() or bool(LABELLED_ANSWER.match(sentence)))),
                         bool(_WEEK_QUESTION.search(sentence)))
        # a part cut at a semicolon goes with the rest of its sentence: "The first two weeks are daily,
        # Monday through Friday; from week three the group meets Monday, Wednesday and Friday."
        following = kept[at + 1] if at + 1 < len(kept) and kept[at + 1][:1].islower() else ""
        # a sentence right after one that counted program days may go on about them ("Clients start
        # with four days a week. By the second month, most are down to two.")
        # "A day in IOP: group in the morning, then a skills workshop. We do this four days a week."
        own = _about_program(sentence)
        # under a heading that names the program ("Intensive Outpatient (IOP)"), a line with no subject
        # of its own ("Three to four days a week, three hours a day.") goes on about it
        about = (own or asked or bool(prior and (GOES_ON.match(sentence) or sentence[:1].islower()
                                                  or titled and _NO_SUBJECT.match(sentence)))
                 or bool(following and _about_program(following)) or bool(_RECOMMENDED.search(sentence))
                 # (and a week stated outright right after one: "Our IOP is flexible. The core is three days a week")
                 or bool(prior and not titled and DAY_ONE.search(sentence)))
        prior = own
        titled = _PROGRAM_HEADING.fullmatch(sentence) is not None
        # a short line under a heading that names something else ("Aftercare" over "1x/week · 90 min")
        under_side = bool(at and SIDE_HEADING.fullmatch(kept[at - 1]) and not PROGRAM_WORDS.search(sentence))
        if not (about or after_count) or under_side or elsewhere(sentence) and not _THIS_PROGRAM.search(sentence):
            # "Most IOPs require nine to fifteen hours a week. That usually means three to five days.":
            # what goes on about IOPs in general is no more the program's
            after_count, prior = False, prior and not elsewhere(sentence)
            continue
        # a sentence may turn from another setting to this program: "Residential clients attend groups
        # daily, and IOP clients attend three days a week"
        stated = day_counts(sentence, after_count, asked)
        if not stated and at and _DAYS_WORD.search(kept[at - 1]):
            # "Some programs ask for five days a week. We ask for three.": this program's count after
            # another's, said without its unit
            stated = [(float(n), m.start(), m.end(), True) for m in _OURS_ELIDED.finditer(sentence) for n in numbers(m.group(1))]
        placed = [(value, start) for value, start, end, named in stated
                  if (named or asked and _IT.match(sentence) or not not_the_programs(sentence, start, end))
                  and not never_the_programs(sentence, start)
                  and not elsewhere_at(sentence, start)]
        # "Clients attend programming Monday through Friday, but IOP clients only attend the Monday,
        # Wednesday and Friday sessions": the IOP's own days, not the facility's
        only_ours = _BUT_IOP_ONLY.search(sentence)
        if only_ours and any(start >= only_ours.start() for _, start in placed):
            placed = [(value, start) for value, start in placed if start >= only_ours.start()]
        if found:
            # "Our IOP meets four evenings a week. Clients who travel may complete one evening a week online.": one of
            # the week's, by another mode, not a week of one
            by_mode = {start for value, start, end, _ in stated if value == 1 and _ONE_BY_MODE.match(sentence, end)}
            placed = [(value, start) for value, start in placed if value != 1 or start not in by_mode]
        counts = [value for value, _ in placed]
        # "Our IOP runs Tuesday to Friday. Tuesday and Friday groups meet by video; Wednesday and Thursday groups
        # are in person.": how the week's days meet, not weeks of their own
        groups = day_groups(sentence)
        if counts and scheduled and groups and _BY_MODE_SAID.search(sentence) \
                and all(every <= scheduled and len(every) < len(scheduled) for _, _, every, _ in groups):
            counts = []
        # "There is no IOP group on Wednesdays; the other weekdays, groups meet from 10 to 1"
        days_off |= {day for m in _NO_GROUP_ON.finditer(sentence)
                     for mention in mentions(m.group(0)) for day in mention.days}
        weekdays_off = len(days_off & set(range(5)))
        if weekdays_off and _OTHER_WEEKDAYS.search(sentence):
            counts = [5 - weekdays_off if count == 5 else count for count in counts]
        read.append(sentence)
        weekdays_only = weekdays_only or any(only_weekdays(sentence, m) for m in WEEKDAYS.finditer(sentence)
                                             if not not_the_programs(sentence, m.start(), m.end()))
        spans = schedules(sentence)
        weekend = _PLUS_WEEKEND.search(sentence)
        # a weekend day on top, unless it is one of the days a schedule already named
        inside = any(start <= weekend.end() - 1 < end for start, end, _, _ in spans) if weekend else True
        inside = inside or bool(weekend and MONTHLY.match(sentence[weekend.end():]))  # "and one Saturday a month"
        # "one long Saturday group and two shorter weekday groups": a sum that has the weekend day in it
        # (or a total said after it: "Mondays and Wednesdays, plus a Friday skills group, for a total of three days";
        # nor a day in place of one: "with a Saturday morning group for those who can't make one weekday")
        summed = bool(weekend and (any(start <= weekend.start() < end for _, start, end, _ in stated)
                                   or TOTAL_DAYS.search(sentence, weekend.end())
                                   or _IN_PLACE_OF_ONE.match(sentence, weekend.end())
                                   # (nor a one-day program of its own: "a Saturday group for people who cannot attend on weekdays")
                                   or any(m.start() <= weekend.end() <= m.end() for m in ONE_DAY_INSTEAD.finditer(sentence))))
        # (not "plus one individual session on Tuesday or Thursday", a side meeting's day)
        if counts and weekend and not summed and (weekend.group(1) or not inside) \
                and not not_the_programs(sentence, *weekend.span()) and not side_activity(weekend.group(0)):
            # the weekend day goes with the count right before it: "three mornings weekly, and an evening
            # option meets two nights weekly plus Saturday"
            before = max((start for _, start in placed if start < weekend.start()), default=None)
            # (and any other reading of that count: "meets three" read beside "three days a week", "4 days a week (Mon,
            # Tue, Thu, Fri)": the same week said twice)
            ends = {(value, start): end for value, start, end, _ in stated}
            said_before = {count for count, start in placed if start == before}

            def goes_with(count: float, start: int) -> bool:
                return before is None or start <= before < max(ends.get((count, start), start), start + 1) or count in said_before
            # "Three weeknights and alternating Saturdays", "plus a Saturday outing every other week": some weeks
            if _EVERY_OTHER.search(weekend.group(0)) or _EVERY_OTHER_AFTER.match(sentence, weekend.end()):
                # (one more than the count it goes with, not than the page's most)
                some_weeks += [min(count + 1, 7) for count, start in placed if goes_with(count, start)]
            else:
                counts = [min(count + 1, 7) if goes_with(count, start) else count for count, start in placed]
                # (the count before the weekend day is no count left unplaced: "the Saturday group and two
                # weekday evenings" is three days)
                offered_days |= {int(count) for count, start in placed if goes_with(count, start)}
        # "Our IOP offers morning and evening groups Monday through Friday. Clients attend one group a day,
        # three days a week."
        attend = _CLIENTS_ATTEND.search(sentence)
        all_weeks = bool(attend) and _attends_all_weeks(sentence, stated)
        attends_of_offer = offered and all_weeks
        turn = max((cut.end() for cut in NEW_CLAUSE.finditer(sentence) if cut.end() <= attend.start()), default=0) if attend else 0
        if turn and counts and len(counts) == len(placed) and all_weeks \
                and (_OFFERS.search(sentence, 0, turn) or _GROUPS_HELD.search(sentence, 0, turn)) \
                and not (_levels(sentence[:turn]) and _levels(sentence[turn:]) and not _levels(sentence[:turn]) & _levels(sentence[turn:])):
            # "IOP groups run five days a week, and each participant comes in three days a week": the offer gives
            # way to the days a person comes, in one sentence too
            came = [count for count, (_, start) in zip(counts, placed) if start >= turn]
            if came and len(came) < len(counts):
                offered_days |= {int(count) for count in counts if count not in came}
                counts = came
        # (not another level's week: "Day program clients attend every weekday. IOP clients attend three of
        # those days." is both levels' weeks)
        levels_before = {level for said in run_sentences for level in _levels(said)}
        # (no more days than were offered: "Standard outpatient groups meet twice a week. In IOP, clients attend
        # four mornings a week." is two levels' weeks)
        # (and weekdays said bare give way to a count of them: "IOP clients come in on weekday evenings. Clients
        # start at four nights a week and step down to three.")
        if counts and after_count and (_picked(sentence) or attends_of_offer and max(counts) <= max(run, default=7)
                                       or vague and max(counts) < 5 and _attends_all_weeks(sentence, stated)) \
                and not (levels_before and _levels(sentence) and not levels_before & _levels(sentence)):
            # "Groups are offered Monday through Saturday; each client attends three or four of them":
            # the days offered give way to the days a person comes
            # (every schedule offered in the sentences right before: "Mornings: Monday through Friday.
            # Evenings: Monday through Thursday. IOP clients attend three sessions a week from either schedule.")
            offered_days |= {int(count) for count in found[len(found) - len(run):]}
            del found[len(found) - len(run):]
            gave_way.extend(run_sentences)
        elif counts and (offer := _CHOOSE_FROM.search(sentence)) and len(counts) == len(placed):
            # "three days of attendance per week. Clients choose their days from our Monday–Friday schedule",
            # "attend three days a week and pick their days from Monday through Saturday": the days offered
            # give way to the days a person comes, said before them
            said_before = [count for count, (_, start) in zip(counts, placed) if start < offer.start()]
            counts = said_before if said_before else [] if after_count else counts
        if counts and CHOOSE_DAYS.search(sentence):
            # "sessions are held five mornings a week, and clients come in on the three mornings their counselor
            # assigns": the other count of the sentence is the offer, no count left unplaced
            offered_days |= {int(n) for m in DAY_ONE.finditer(sentence) for n in numbers(m.group(1)) if n not in counts}
        definite = _DEFINITE_ORDINAL.search(sentence) if counts else None
        nth = ORDINALS[definite.group(1).lower()] if definite else 0.0
        if definite and nth in counts and not _MAYBE_ORDINAL.search(sentence):
            for pool in (counts, found):
                if nth - 1 in pool:
                    pool[:] = [value for value in pool if value != nth - 1]  # (a count may be read twice)
                    offered_days.add(int(nth - 1))  # (a count given way, no count left unplaced)
                    break
        found += counts
        if counts:
            with_counts.add(sentence)
        # (a question between the days offered and its answer leaves them the sentence before: "Groups are
        # offered every weekday." over "How often do I attend?" over "You'll attend three of them each week.")
        # (not one that asks of something else: "Four." over "How many hours a day?" over "Three.")
        if counts or not sentence.rstrip().endswith("?") or OTHER_QUESTION.search(sentence):
            run = run + counts if after_count and counts else counts
            run_sentences = run_sentences + [sentence] if after_count and counts else [sentence] if counts else []
            # (a count said not to be the week leaves the next count beside it: "The IOP used to meet five days a
            # week. Since 2024, it meets four.")
            after_count = bool(counts) or any(denied(sentence, start, end) for _, start, end, _ in stated)
            # (and so are the days a person picks from: "Clients choose their days from our Monday–Friday schedule")
            offered = bool(counts and (_OFFERS.search(sentence) or _GROUPS_HELD.search(sentence) or _CHOOSE_FROM.search(sentence)))
        vague = bool(counts) and all(count == 5 and _BARE_WEEKDAYS.match(sentence, start) for count, start in placed)
        # "nine hours of programming weekly. Most complete this in three days."
        hours = _WEEKLY_HOURS.search(sentence)
        weekly = weekly or bool(not counts and hours and not side_activity(sentence))
        extra_before, extra = extra, max(extra, _days_on_top(sentence, spans, days_named | scheduled))
        joined = _ATTENDS_A_DAY.search(sentence)
        who = _SOME_CLIENTS.search(sentence)
        who = who or _FIRST_WEEKS.search(sentence)  # "In week one, they also attend a Friday orientation"
        if joined and not counts and who and who.start() < joined.start() \
                and _day_index(joined.group(1)) not in _named_elsewhere(read, sentence) \
                and not not_the_programs(sentence, *joined.span()) and not INSTEAD.match(sentence[joined.end():]) \
                and not _OPEN_TO_ALL.search(sentence, joined.end()):
            extra = max(extra, 1)  # "Some clients join a Saturday group": a day on top, for some
        either = _ONE_OF_TWO_DAYS.search(sentence)
        remaining = remaining or bool(either and not not_the_programs(sentence, *either.span()))
        limited = None if counts else _limited_day(sentence, groups)
        if limited is not None and limited not in days_named:
            extra = max(extra, 1)
        required = None if counts or not days_named else _required_day(sentence, groups)
        if required is not None and required not in days_named and _FIRST_WEEKS.search(sentence):
            extra = max(extra, 1)  # "Tuesday workshops are required during the first month only": some weeks
        else:
            remaining = remaining or (required is not None and required not in days_named)
        if extra > extra_before and not counts and read and read[-1] == sentence:
            # a day some weeks or some clients add is no part of every week's ("A few clients also come on
            # Thursdays"): not one of the parts `parts_of_week` adds up
            read.pop()
        # "The IOP meets Monday through Friday, but Friday groups are optional": a day of the week some skip
        optional_day = _OPTIONAL_NAMED.search(sentence)
        if optional_day:
            week = scheduled | {day for start, _, every, _ in groups if len(every) >= 2 and start != optional_day.start()
                                for day in every}
            # ("IOP runs five days a week, but attendance on Fridays is optional": the five are the weekdays)
            if found and max(found) == 5 and not scheduled:
                week |= set(range(5))
            if _day_index(next(day for day in optional_day.groups() if day)) in week:
                optional_inside, extra = True, extra_before  # the optional day is one of the week, not one on top
        days_named |= {day for _, _, every, _ in groups for day in every}
        both = _ATTEND_BOTH.search(sentence)
        if both and not counts and len(scheduled) > max(found, default=0) and not others_only(sentence):
            found.append(len(scheduled))  # "Clients with both diagnoses attend both": the two schedules' days together
        scheduled |= {day for _, _, every, _ in groups if len(every) >= 2 for day in every}
        added = [m for m in (*_REMAINING_DAY.finditer(sentence), *_ADDS_DAY.finditer(sentence))
                 if not not_the_programs(sentence, *m.span())]
        if added and not counts and (_SOME_CLIENTS.search(sentence[: added[0].start()]) or _SEASON.search(sentence)):
            extra = max(extra, 1)
        else:
            remaining = remaining or bool(added)
        single = list(ONE_DAY.finditer(sentence)) or list(_DAY_PROGRAM.finditer(sentence))
        # "a Saturday IOP ..., meeting 9 am to 3 pm every Saturday": one day, named twice
        single = list({_day_index(next(g for g in m.groups() if g)): m for m in reversed(single)}.values())
        if len(single) == 1 and MEETING.search(sentence) and not EXTRA_MEETING.search(sentence) \
                and not not_the_programs(sentence, *single[0].span()) \
                and not elsewhere_at(sentence, single[0].start()) \
                and not _STARTS_ON.search(sentence[: single[0].start()]):  # "new clients start group on Mondays"
            one_days.add(_day_index(next(g for g in single[0].groups() if g)))
    parts = None if remaining else parts_of_week(read)
    if parts:
        whole, optional, counted = parts
        _supersede(found, counted, whole)  # the parts' own counts give way to the week they make up
        extra = max(extra, optional)
    rows, row_lines = schedule_rows(sentences)
    # (rows whose days were offered and gave way: "Group schedule: Monday, Tuesday, Wednesday and Thursday,
    # 10–1. Clients attend any three.")
    # (nor rows cut from one sentence the loop read whole, with a day on top no row names: "IOP: Tuesday and
    # Thursday, 5:30–8:30 pm, plus one weekend day", or a day before the rows: "Our IOP meets Mon 6–9, Wed 6–9, Fri 6–9")
    rows_from = {sentence for line in row_lines for sentence in read if line in sentence}
    # (nor rows that are a piece of the week parts made up: "Process group | Mon and Wed", "DBT skills | Tue")
    if rows and not (parts and rows < parts[0]) and not all(any(line in sentence for sentence in gave_way) for line in row_lines) \
            and not (len(rows_from) == 1 and rows_from <= with_counts
                     and any(_PLUS_WEEKEND.search(sentence) or _REMAINING_DAY.search(sentence)
                             or mentions(sentence[: sentence.find(row_lines[0])]) for sentence in rows_from)):
        # a row that names several days ("Tues and Thurs 6-9 PM") was also read as a schedule of its own,
        # and rows that say what each day holds were read as parts of a week too, fewer than the rows
        _supersede(found, [len(every) for line in row_lines if line in sentences
                           for _, _, every, _ in day_groups(line) if len(every) >= 2]
                   + ([parts[0]] if parts and parts[0] < rows else []), rows)
    # (not a row of a side service or another setting: "Individual therapy | 1x/wk", "Residential | 7")
    found += column_numbers(sentences, _DAYS_HEADER, _DAY_UNIT, aside=_other_row)
    found += column_numbers(sentences, _BARE_DAYS_HEADER, beside=_PHASE_HEADER)  # "Week | Days" over "1–2 | 5"
    # "Program | Frequency" over "IOP | 3x/wk"; "Program | Schedule" over "IOP | 2 evenings" (not "3–4", a time)
    found += column_numbers(sentences, _FREQUENCY_HEADER, _DAY_UNIT, aside=_other_row)
    found += column_numbers(sentences, _SCHEDULE_HEADER, _DAY_UNIT, needs=_DAY_UNIT_WORD, aside=_other_row)
    # "Group | Day | Time" over "Process | Monday | 10–11:30", "Skills | Monday | 11:45–1", "Process | Wednesday | ...":
    # a day to each session row, the week the days they name (rows of several days each are tracks, not sessions)
    cell_days = [{day for mention in mentions(cell) for day in mention.days}
                 for cell in column(sentences, _DAY_COLUMN, aside=_other_row, labelled=True)]
    if len(cell_days) >= 2 and all(len(days) == 1 for days in cell_days):
        found.append(len(set().union(*cell_days)))
    # "Level | Min days | Max days" over "IOP | 3 | 5"
    found += [value for header in _FEWEST_MOST_HEADERS for value in column_numbers(sentences, header, _DAY_UNIT, aside=_other_row)
              if value <= 7]
    tables = (*row_cells(sentences), *grid_rows(sentences), *day_row_grids(sentences), *slot_grids(sentences))
    for whole, cells in tables:
        if whole in found:  # the row, read as the program's, ran its cells together
            found.remove(whole)
            found += cells
    # "IOP meets four days a week. During holiday weeks, we meet Monday through Wednesday.": weeks out of the
    # ordinary, beside the usual week (alone they state none: "During the holidays, IOP may meet only two days")
    if found:
        found += [value for sentence in read if exception_at(sentence, len(sentence))  # (the few that speak of one)
                  for value, start, _, _ in day_counts(sentence) if exception_at(sentence, start)
                  and not never_the_programs(sentence, start) and not elsewhere_at(sentence, start)]
    # "The program meets on weekdays only": five days, unless the page counts its days elsewhere
    found = [v for v in found if 1 <= v <= 7 and v == int(v)] or ([len(one_days)] if one_days else []) or (
        [5] if weekdays_only else [])
    found += some_weeks if found else []
    # (a day off may be said on its own, in no sentence about the program: "Friday nights are free.")
    days_off |= {day for sentence in kept for m in _DAY_IS_OFF.finditer(sentence)
                 for mention in mentions(m.group(0)) for day in mention.days}
    weekdays_off = len(days_off & set(range(5)))
    if weekdays_off and not scheduled and any(WEEKDAYS.search(sentence) for sentence in read):
        # "IOP meets on weekdays. Wednesday is a rest day.": the weekdays but that one
        found = [5 - weekdays_off if value == 5 else value for value in found]
    skipped = next((m for sentence in read for m in _SKIP_ONE.finditer(sentence)), None)
    if found and skipped:  # "Participants may skip one of those days each week": one fewer, some weeks
        found.append(max(max(found) - (numbers(skipped.group(1))[0] if skipped.group(1) else 1), 1))
    # "Some clients skip the Friday group", "Students don't attend on Fridays": one day of the week fewer, for some
    # ("Clients may skip the Thursday group": a day of the week some skip, as an optional one)
    if found and any((_SOME_CLIENTS.search(sentence[: m.start()]) or _MAY_BEFORE.search(sentence[: m.start()])
                      or _SOME_WEEKS.search(sentence[: m.start()]))
                     and _day_index(m.group(1)) in _named_elsewhere(read, sentence)
                     for sentence in sentences for m in _SKIP_DAY.finditer(sentence)):
        found.append(max(max(found) - 1, 1))
    if found and any(_REPLACED_SOME_WEEKS.search(sentence) for sentence in read):
        found.append(max(min(found) - 1, 1))  # "Every other week, the Thursday group is replaced by a family session"
    if found and any(_HOLIDAY_FEWER.search(sentence) for sentence in sentences):
        found.append(max(min(found) - 1, 1))  # "Holiday weeks have one day less": a week one day short
    if found and remaining:
        found = [min(max(found) + 1, 7)]
    if found and optional_inside:
        found.append(max(max(found) - 1, 1))
    if found and extra:
        found.append(min(max(found) + extra, 7))
    if not found:
        return None
    low, high = int(min(found)), int(max(found))
    # (not another level's one day: "and our OP group meets Tuesdays")
    left = left_out_day([LEVEL_ONCE.sub(" ", s) for s in sentences], scheduled) if scheduled and high == len(scheduled) < 7 else None
    if not scheduled and low == high < 7:
        # "The IOP meets three days a week. Clients also attend a Saturday skills group.": a day said to
        # come on top of a week counted but not named
        left = left_out_day([s for s in sentences if _ALSO.search(s) and s not in with_counts], scheduled)
    if left:
        # a day the named schedule leaves out: every week's, or some clients' or weeks' only
        some = low < high or any(p.search(left[1]) for p in (_SOME_CLIENTS, _EVERY_OTHER, _FIRST_WEEKS, _SEASON, _TWICE_A_MONTH, _SOME_WEEKS))
        # "and a weekend cohort meets Saturday mornings", "A Sunday group is available for clients who work weekdays":
        # a week of one day
        if _OWN_TRACK.search(left[1]) or ONE_DAY_INSTEAD.search(left[1]):
            low = 1
        else:
            low, high = (low, high + 1) if some else (low + 1, high + 1)
    # (the week read before a day on top, "three mornings a week", is no count left unplaced)
    unplaced = [(value, picked) for value, picked in unplaced_counts(kept, min(low, int(min(found))), max(high, int(max(found))))
                if value not in offered_days]
    picked = [value for value, of_others in unplaced if of_others]
    if picked:
        # "Sessions are offered Monday through Saturday ... clients attend four of those days": the
        # days a person comes, not the days on offer
        return min(picked), max(picked)
    # "Our IOP meets three days a week, sometimes four": a count the rules could not place is, on
    # pages they had never seen, most often one more statement of the week (see `unplaced`)
    values = [value for value, _ in unplaced]
    return min([low, *values]), max([high, *values])


# "Veterans in their first two weeks also attend a Tuesday orientation group", "Thursday is a
# half-day group for clients in their first month": a day on top of the week, for some weeks.
_FIRST_WEEKS = re.compile(r"\b(?:first|initial|opening)\s+(?:\w+\s+)?(?:weeks?|month|days|phase)\b|\bnew(?:ly admitted)?\s+clients\b|"
                          r"\bweek\s+(?:one|1)\b|"
                          r"\bclients\s+who\s+are\s+new\b",
                          re.I)
_GROUP_NOUN = re.compile(r"\b(?:groups?|sessions?|class(?:es)?|blocks?|workshops?|orientation|seminars?)\b", re.I)


_Groups = list[tuple[int, int, frozenset[int], frozenset[int]]]


def _one_group_day(sentence: str, groups: _Groups) -> tuple[int, int, int] | None:
    """(start, end, day) of the one weekday a sentence about a group names; groups: the
    sentence's `day_groups`."""
    if len(groups) != 1 or len(groups[0][2]) != 1 or not _GROUP_NOUN.search(sentence):
        return None
    start, end, every, _ = groups[0]
    return start, end, next(iter(every))


def _limited_day(sentence: str, groups: _Groups) -> int | None:
    """The one weekday a sentence adds to the program for clients' first weeks, if it does."""
    one = _one_group_day(sentence, groups) if _FIRST_WEEKS.search(sentence) else None
    if one is None:
        return None
    start, end, day = one
    if not_the_programs(sentence, start, end) or elsewhere_at(sentence, start) or _STARTS_ON.search(sentence[:start]):
        return None
    return day


# "Relapse prevention workshop: Saturdays 10–12 (required)"
_REQUIRED = re.compile(r"\b(?:required|mandatory)\b", re.I)
_NOT_WEEKLY = re.compile(r"\b(?:a|per|each|every)\s+month\b|\bmonthly\b|\bevery other\b|\bonce\b", re.I)


def _required_day(sentence: str, groups: _Groups) -> int | None:
    """The one weekday a sentence makes required on top of the schedule already named, if it does."""
    one = _one_group_day(sentence, groups) if _REQUIRED.search(sentence) and not _NOT_WEEKLY.search(sentence) else None
    if one is None:
        return None
    start, _, day = one
    # a side meeting that is required is still the program's ("Relapse prevention workshop"), a
    # family or alumni one is not
    if EXTRA_MEETING.search(sentence) or _DENIED.search(sentence) or elsewhere_at(sentence, start):
        return None
    return day


_DENIED = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:required|mandatory)\b", re.I)


def _picked(sentence: str) -> bool:
    """Whether a sentence states the days a person picks from those on offer ("clients choose
    three", "attends three or four of them"), rather than the days offered."""
    sentence = without_mode_counts(sentence)
    choice = CHOOSE_DAYS.search(sentence)
    if choice and re.search(r"\bonly\b", choice.group(0), re.I) and _SOME_CLIENTS.search(sentence[: choice.start()]):
        return False  # "Some clients attend only two days": some clients' week, beside everyone's
    part = OF_THOSE.search(sentence)
    if part and not choice and _SOME_CLIENTS.search(sentence[: part.start()]):
        return False  # "Teens in the school-year track attend two of them": one track's week, beside the others
    return bool(choice or HOW_MANY_OF.search(sentence)
                or OF_THOSE.search(sentence) and not most_in_clause(sentence, OF_THOSE.search(sentence).start())
                and not ALL_OF.search(sentence)
                or _EACH_ATTENDS.search(sentence))


# "We hold 5 groups each week; each client attends three."; "IOP clients attend three sessions a week from
# either schedule"
_EACH_ATTENDS = re.compile(r"\b(?:each|every)\s+(?:client|participant|person|patient|member)\s+" + ATTEND + r"\s+" + NUMBER +
                           r"(?:" + JOIN + NUMBER + r")?\s*[.!]?$|"
                           r"\b(?:from|of)\s+(?:either|any|both)\s+(?:of\s+(?:the|those|these)\s+)?(?:schedules?|tracks?|times?|options?)\b", re.I)


def _supersede(found: list[float], sizes: list[int], whole: int) -> None:
    """Put a week read whole in place of the counts its pieces gave on their own."""
    for size in sizes:
        if size in found:
            found.remove(size)
    found.append(whole)


def _days_on_top(sentence: str, spans: list[tuple[int, int, int, int]], week: set[int]) -> int:
    """The most days a sentence adds, for some clients or some weeks, on top of the schedule a
    page states: "may add a Tuesday skills class" (1), "Day treatment adds two more days" (2),
    "may attend Tuesday and Thursday as well" (2), "with a Wednesday group added" (1). week: the
    weekdays the page named before, on which a day is no day on top ("may join the Wednesday
    group by video")."""
    if ONE_DAY_INSTEAD.search(sentence):
        return 0  # "A Sunday group is available for clients who work weekdays": a week of its own, not a day on top
    ours = [m for m in (*_EXTRA_DAY.finditer(sentence), *_MORE_DAYS.finditer(sentence), *_DAY_ADDED.finditer(sentence))
            if not not_the_programs(sentence, m.start(), m.end()) and not elsewhere_at(sentence, m.start())
            and not ({day for mention in mentions(m.group(0)) for day in mention.days} or {-1}) <= week
            and not INSTEAD.match(sentence[m.end():]) and not _EVERYONE_ALSO.match(sentence[: m.end()])]
    return max([int(numbers(m.group(1))[0]) if m.re is _MORE_DAYS else 1 for m in ours]
               + [most for start, end, _, most in spans  # the schedule itself was set aside by day_counts
                  if schedule_added(sentence, start, end) and not not_the_programs(sentence, start, end)], default=0)


# "Clients also come in on Saturdays": every client's day, every week (left to `left_out_day`), not some's
_EVERYONE_ALSO = re.compile(r"^(?:(?:iop\s+)?clients|participants|everyone|you)\s+also\s+" + ATTEND + r"\s+(?:in\s+)?(?:on\s+)?" + _DAY + r"$",
                            re.I)
# "Day treatment adds two more days": days on top of the count just stated.
_MORE_DAYS = re.compile(r"\b(?:add(?:s|ing)?\s+(?:another\s+)?|with\s+)" + NUMBER + r"\s+(?:more|extra)\s+(?:\w+\s+)?days?\b", re.I)
_WEEKLY_HOURS = re.compile(r"\bhours\b.*(?:\b(?:a|per|each|every)\s+week\b|\bweekly\b)", re.I)
_WEEK_QUESTION = re.compile(r"\b(?:week|weekly)\b[^.!]*[?:]\s*$|\bhow (?:many days|often)\b[^.!]*\?\s*$|"
                            r"^days?\s+(?:a|per)\s+week\s+(?:varies|vary|depends|differs|changes)\b|"
                            # "Is there an evening option?", "And a daytime option?"
                            r"\b(?:option|track|schedule)\s*\?\s*$|"
                            r"\b(?:what|which)\s+days\b[^.!]*\?\s*$|\bhow\s+much\s+time\b[^.!]*\?\s*$|\btime\s+commitment\b[^.!]*[?:]\s*$|\bwhen\s+(?:does|do|is|are)\b[^.!]*\b(?:meet|held|run)\w*\s*\?\s*$",
                            re.I)


# "Your care team will recommend two to four days a week": a count of days a person is to attend.
_RECOMMENDED = re.compile(r"\b(?:recommends?|suggests?|prescribes?|approves?|needs?)\s+(?:between\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+days\b", re.I)


# "..., but IOP clients only attend ...": the IOP's own days after a facility's (see days_per_week)
_BUT_IOP_ONLY = re.compile(r"\b(?:but|while|whereas)\s+(?:the\s+|our\s+)?iop\b(?:\s+\w+)?\s+only\b", re.I)
# "There is no IOP group on Wednesdays" before "the other weekdays"
_NO_GROUP_ON = re.compile(r"\bno\s+(?:\w+\s+)?(?:groups?|sessions?|iop|program)\s+(?:is\s+held\s+|meets\s+)?on\s+" + _DAY +
                          r"(?:\s*(?:,|and|or)\s*" + _DAY + r")*", re.I)
# "The week of a holiday has one day less", "When a holiday falls on a group day, that group is skipped"
# A program day given over to something else some weeks (not monthly: "Monthly events add nothing")
_REPLACED_SOME_WEEKS = re.compile(r"^(?=[^.;]*\b(?:every\s+other\s+week|on\s+alternate\s+weeks|alternate\s+weeks|biweekly|some\s+weeks)\b)"
                                  r"[^.;]*\b(?:is|are)\s+replaced\s+(?:by|with)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                                  r"(?:family|individual|multi-?family|parent|alumni|community|outing|field\s+trip)", re.I)
_HOLIDAY_FEWER = re.compile(r"\b(?:holiday\s+weeks?|weeks?\s+(?:of|with)\s+an?\s+holiday|(?:when|if)\s+an?\s+holiday\s+falls\s+on)\b[^.;]*?"
                            r"(?:\b(?:one|1)\s+(?:(?:group|program|iop|session)\s+)?(?:day\s+)?(?:less|fewer)\b|\bone\s+less\s+day\b|\b(?:is|are)\s+(?:skipped|cancell?ed|not\s+(?:held|made\s+up))\b)",
                            re.I)
_SKIP_ONE = re.compile(r"\b(?:skip|skips|miss|misses|drop|drops)\s+(?:(one|two|1|2)(?:\s+(?:week)?days?)?|a\s+day)"
                       r"(?:\s+of\s+(?:those|these|the|their)\s+(?:\w+\s+)?(?:days|groups|sessions))?\s+(?:each|a|per|every)\s+week\b|"
                       # "Once clients are stable, they may drop a day" (not "may skip a day a month"; "may miss one day with notice" is an absence)
                       r"\b(?:may|can|could|will)\s+(?:skip|drop)\s+(?:a|one)\s+(?:group\s+)?day\b(?!\s+(?:in\s+a|a|per|each|every)\s+month)|"
                       # "Clients who work late on Wednesdays may skip that evening"
                       r"\b(?:skip|skips|miss|misses)\s+(?:that|this)\s+"
                       r"(?:day|evening|morning|night|session|group)\b",
                       re.I)
# "Wednesday is a rest day", "Friday nights are free"
_DAY_IS_OFF = re.compile(r"^\W*(?:the\s+)?" + _DAY + r"s?(?:\s+(?:nights|evenings|mornings|afternoons))?\s+(?:is|are)\s+"
                         r"(?:" + NO_MEETING + r"|free)\b", re.I)
_OTHER_WEEKDAYS = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+weekdays\b", re.I)
# "Core groups on Monday and Wednesday, and one elective on Tuesday or Thursday": one day more, either way
_ONE_OF_TWO_DAYS = re.compile(r"\b(?:pick|picks|choose|chooses|select|selects)\s+one\b[^.;]{0,60}?\b" + _DAY +
                              r"\s+or\s+(?:on\s+)?" + _DAY + r"|"
                              # "they also attend either the Tuesday trauma group or the Thursday DBT group"
                              r"\b(?:also|plus)\b[^.;]{0,40}?\beither\s+(?:the\s+|an?\s+|on\s+)?" + _DAY +
                              r"s?(?:\s+[\w-]+){0,3}?\s+or\s+(?:the\s+|an?\s+|on\s+)?" + _DAY, re.I)
# "Our program requires four.", "We ask for three.", "Ours meets four." (after a sentence that counts days)
_OURS_ELIDED = re.compile(r"\b(?:our\s+(?:own\s+)?(?:\w+\s+)?(?:iop|program)|ours|we)\s+(?:only\s+)?"
                          r"(?:meets?|runs?|requires?|asks?\s+for|expects?|is|are)\s+(?:just\s+|only\s+)?" + NUMBER +
                          r"(?=\s*(?:[.;,!)]|$))", re.I)
_DAYS_WORD = re.compile(r"\bdays?\b", re.I)
