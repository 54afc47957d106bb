"""Days per week from the sentences of a page: "three to five days a week" -> (3, 5),
"Mon-Fri" -> (5, 5), "Monday, Wednesday and Thursday evenings" -> (3, 3).

A count counts only in a sentence about attending the program, and only where it is the
program's week, not something else's (see `whose`). A week written as day names in rows,
lists or parts is read in `daylists`. What a page does not say stays None.
"""

from __future__ import annotations

import re

from .clock import TIME_RANGE, duration
from .context import PROGRAM_WORDS, program_sentences, short_names
from .daylists import (
    CANNOT,
    EXTRA_MEETING,
    FOR_THOSE_WHO,
    MEETING,
    ONE_DAY,
    WEEK_LIST,
    day_row_grids,
    days_of_groups,
    days_with_groups,
    grid_rows,
    left_out_day,
    listed_days,
    more_meetings,
    parts_of_week,
    row_cells,
    schedule_rows,
    slot_grids,
)
from .numbers import JOIN, NAMING_WORDS, NUMBER, numbers
from .spelling import one_spelling
from .text import NEW_CLAUSE, column, column_numbers
from .unplaced import ALL_OF, MOST, OTHER_QUESTION, unplaced_counts
from .weekdays import DAY as _DAY
from .weekdays import DAY_NAME, NO_MEETING, day_groups, mentions, schedules
from .weekdays import day_index as _day_index
from .whose import (
    BY_MODE,
    CLAUSE_START,
    GOES_ON,
    REDUCED,
    SIDE_HEADING,
    SPAN_OF_DAYS,
    denied,
    elsewhere,
    elsewhere_at,
    exception_at,
    never_the_programs,
    not_the_programs,
    others_only,
    side_activity,
)

# An adverb between a subject and its verb: "IOP itself typically meets three days". (Every rule here
# reads text `spelling.one_spelling` has made one: "normally", "generally" are "typically" by then,
# "participants" are "clients", "additional" is "extra", "a minimum of" is "at least".)
_HEDGE = r"(?:(?:usually|typically|currently|now|still|also)\s+)?"
# Ways of saying a person takes part: "attend three days", "join three days", "come in three days",
# "come to three of them"
_ATTEND = r"(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|(?:come|comes|coming)(?:\s+in)?(?:\s+to)?)"
# Words that make a day a program day: "three treatment days", "four days of programming a week".
_DAY_KIND = r"(?:group|program|programming|treatment|iop|therapy|clinical|session)"
# ("two days of in-person group", "three non-consecutive days each week")
_DAYS_OF = r"\s+of\s+(?:(?:in-person|on-?site|virtual|online|telehealth)\s+)?(?:group\s+)?(?:programming|treatment|groups?|therapy|care|iop|attendance)"
_PER_WEEK = (r"\s*(?:(?:" + _DAY_KIND + r"|full|half|long|non-?consecutive|separate|different)\s+){0,2}"
             r"(?:days?|d(?=\s*/)|half-days?|evenings?|mornings?|afternoons?|nights?)(?:" + _DAYS_OF + r")?\s*"
             r"(?:(?:a|per|each|every|/)?\s*(?:week|wk)\b|weekly\b|(?:out\s+)?of\s+(?:the|your|their)\s+week\b)")
# "tres días por semana", "dos veces a la semana", "de tres a cinco días semanales"
_PER_WEEK = (r"(?:" + _PER_WEEK + r"|\s*(?:d[ií]as|veces|noches|tardes|mañanas)\s*(?:(?:a\s+la|por|cada|de\s+la)\s+semana\b|"
             r"semanales\b|a\s+la\s+semana\b|/\s*semana\b))")
# "3, 4 or 5 days a week": the first and last of a list of counts.
_DAY_RANGE = re.compile(NUMBER + r"(?:\s*,\s*" + NUMBER + r")*" + r"(?:" + JOIN + r"|\s+(?:a|o|y)\s+)" + NUMBER + _PER_WEEK, re.I)
# "3 or more days per week", "3+ days a week": the fewest
_DAY_ONE = re.compile(NUMBER + r"(?:\s+or\s+more|\s*\+)?" + _PER_WEEK, re.I)
# "two mornings and one evening each week", "two long days and one short day each week": parts of a week added up.
# "Weekly rhythm: two group days, one individual day": the same under a label that names the week.
# (an individual therapy day is no program day: "three group days, one individual day" is three)
_PART = (r"\s+(?:(?:" + _DAY_KIND + r"|clinic|in-person|on-?site|virtual|online)\s+|(?:long|short|full|half)[\s-])?"
         r"(?:mornings?|evenings?|afternoons?|nights?|days?)(?!\s+of\s+(?:individual|one-on-one))(?:" + _DAYS_OF + r")?")
# "two days in person and one day by telehealth each week": how a day meets is part of it
_MODE = r"(?:\s+(?:in[ -]person|online|virtually|remotely|on[ -]site|(?:by|via|over)\s+(?:telehealth|video|zoom|phone|telephone)))?"
_FULL_OR_HALF = r"\s+(?:full|half|long|short)[\s-]days?"
_DAY_SUM = re.compile(NUMBER + _PART + _MODE + r"\s+(?:and|plus)\s+" + NUMBER + _PART + _MODE +
                      r"\s+(?:a|per|each|every)\s+week\b|"
                      # "three days in person and one by phone": the week's days by two modes, each said
                      + NUMBER + _PART + _MODE[:-1] + r"\s+(?:and|plus)\s+" + NUMBER + r"(?:\s+(?:day|more|other))?" + _MODE[:-1] + r"|"
                      # "two full days a week (Tuesday and Thursday) and one half-day (Saturday)"
                      + NUMBER + _FULL_OR_HALF + r"\s+(?:a|per|each)\s+week(?:\s+with\s+us)?\s*(?:\([^)]*\))?\s+(?:and|plus)\s+" + NUMBER +
                      _FULL_OR_HALF + r"\s*(?:\([^)]*\))?|"
                      # "Each IOP week has two long days (Monday and Thursday) and one short day (Tuesday)"
                      r"\bweek\s+(?:has|includes|is)\s+" + NUMBER + _FULL_OR_HALF + r"\s*(?:\([^)]*\))?\s+(?:and|plus)\s+" +
                      NUMBER + _FULL_OR_HALF + r"\b|"
                      r"\b(?:week|weekly)\b[^:.]{0,20}:\s*" + NUMBER + _PART +
                      r"(?:\s*\([^)]*\))?\s*(?:,|\band\b|\bplus\b)\s*(?:and\s+)?" + NUMBER + _PART + r"\b|"
                      r"(?:(?<=attends\s)|(?<=attend\s)|(?<=joins\s)|(?<=join\s))" + NUMBER + _PART + r"\s+(?:and|plus)\s+" + NUMBER + _PART + r"\W*$", re.I)
# Labelled values, as in tables and definition lists: "Days per week: 3-5".
# "Days per week: 3 (IOP) / 5 (PHP)": one count per level, each with its name in brackets.
# "Days per week ........ 4", "Days: 3/week".
# "Days per week vary from 3 to 5"
_DAYS_LABEL = re.compile(r"\bdays\s*(?:per|a|/)\s*week[\s.:=|…_]*"
                         r"(?:(?:vary|varies|range|ranges)\s+(?:from|between)\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?"
                         # not "3 days / week 6 hrs / day", where the next number is the next label's
                         r"(?!\s*(?:hrs?|hours?|h\b|weeks?|wks?|months?|min))"
                         r"(?:\s*\([^)]*\)\s*[/,;]\s*" + NUMBER + r"(?=\s*\())?|"
                         r"\bdays\s*:\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s*(?:/|per|a)\s*(?:week|wk)\b", re.I)
# "Weekly hours: 9 | Days: 3": a bare "Days" label among the labels of a week's facts
_WEEKLY_LABEL = r"(?:weekly\s+hours|hours\s*(?:per|a|/)\s*(?:week|wk))\s*:\s*\d+(?:\.\d+)?\s*\+?"
_DAYS_BESIDE_WEEKLY = re.compile(_WEEKLY_LABEL + r"\s*[|·•,;]?\s*days\s*:\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\b(?!\s*(?:hrs?|hours?|weeks?|wks?|months?|-|–))|"
                                 r"(?:^|[|·•,;]\s*|\d\s+)days\s*:\s*" + NUMBER + r"\s*[|·•,;]?\s*" + _WEEKLY_LABEL, re.I)
# "Sessions per week: 3", a label as "Days per week: 3" is
_SESSIONS_LABEL = re.compile(r"\b(?:sessions|groups|meetings)\s*(?:per|a|/)\s*(?:week|wk)\s*[:=]\s*" + NUMBER +
                             r"(?:" + JOIN + NUMBER + r")?\b(?!\s*(?:hrs?|hours?|h\b|min|weeks?|months?))", re.I)
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
_DAYS_PHRASE = re.compile(r"\b" + NUMBER + r"[- ](?:days?|evenings?|mornings?|afternoons?|nights?)[- ](?:a|per)[- ]week\b", re.I)
# "3x per week", "3x/week": the program's meeting days, as schedules write them.
_A_WEEK = r"(?:(?:(?:a|per|each|every|/)\s*)?(?:week|wk)\b|weekly\b|during\s+the\s+week\b(?!\s+and\b))"
_TIMES_WEEK = re.compile(r"(?<![\d.])\b(\d)(?:\s*(?:[-–]|to|or)\s*(\d))?\s*x\s*" + _A_WEEK, re.I)
_TWICE_WEEK = re.compile(r"\b(twice|thrice|once or twice|tri)[\s-]+(?:(?:a|per|each|every)\s+week|weekly)\b", re.I)
# "2-3 times per week", "3 group sessions weekly": an IOP's sessions are its days.
_TIMES_A_WEEK = re.compile(NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+(?:times|(?:group\s+)?sessions|groups|"
                           r"(?:\d+|\w+)-(?:hour|minute)\s+(?:group\s+)?(?:sessions|groups))\s+" + _A_WEEK + r"|"
                           # "One 90-minute group each week": one group is one day, however long
                           r"\b(one)\s+(?:(?:\d+|\w+)-(?:hour|minute)\s+)?group\s+" + _A_WEEK, re.I)
# "three groups a week, each on a different day"
_GROUPS_ON_DAYS = re.compile(NUMBER + r"\s+groups?\s+(?:a|per|each|every)\s+week\s*,?\s*each\s+on\s+a\s+(?:different|separate)\s+day\b", re.I)
# "three weekly group sessions"
_WEEKLY_SESSIONS = re.compile(NUMBER + r"\s+weekly\s+(?:(?:\d+|\w+)-(?:hour|minute)\s+)?(?:" + _DAY_KIND + r"\s+)?(?:sessions|groups)\b", re.I)
# "(3 days × 3 hours)": a week written as a product.
# "4 days x 3 hours"; a card's "5 days · 6 hrs/day": days beside hours a day are a week's
_DAYS_TIMES = re.compile(NUMBER + r"\s+days?\s*(?:(?:×|x|\*)\s*" + NUMBER + r"\s*(?:hours?|hrs?)\b|"
                         r"[·•|,/;]?\s*(?=\d+(?:\.\d+)?\s*(?:hours?|hrs?)\s*(?:/|per|a)\s*day\b)|"
                         # a card's facts: "3 days · 3 hours · 8 weeks" (not "7 days · 24 hours", a residential stay's)
                         r"\s*[·•|,]\s*(?=(?:[1-8](?:\.\d+)?|one|two|three|four|five|six|seven|eight)\s*(?:hours?|hrs?)\b"
                         r"(?!\s*(?:/|per|a|each)\s*(?:week|wk))))", re.I)
_DAYS_WEEKLY_HOURS = re.compile(NUMBER + r"\s+days?\s*[·•|,/;]?\s*" + NUMBER + r"\s*(?:hours?|hrs?)\s*(?:/|per|a|each)\s*(?:week|wk)\b", re.I)
# "9+ hours per week (3 days)": the same, the other way round
_WEEKLY_HOURS_DAYS = re.compile(NUMBER + r"\s*\+?\s*(?:hours?|hrs?)\s*(?:/|per|a|each)\s*(?:week|wk)\s*\(\s*" + NUMBER + r"\s+days?\s*\)", re.I)
# "9 hours per week across three days": a weekly total spread over a count of days.
_ACROSS_DAYS = re.compile(r"\b(?:across|over(?:\s+the\s+course\s+of)?|spread\s+(?:across|over))\s+(?:at least\s+|between\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+(?:or more\s+)?"
                          # "split the same hours over four shorter evenings"
                          r"(?:(?:shorter|longer|separate|different|full|half)\s+)?(?:days|evenings|mornings|afternoons|nights)\b|" + NUMBER +
                          r"(?:" + JOIN + NUMBER + r")?\s+days\s+of\s+(?:\w+\s+)?(?:programming|treatment|groups?|therapy|care|iop)\b|" + NUMBER +
                          r"\s+(?:required\s+|scheduled\s+|core\s+)?(?:weekly\s+)?" + _DAY_KIND + r"\s+days\b|"
                          # "12 hours a week, split into four 3-hour sessions", "three group sessions of three hours"
                          r"\b(?:into|in)\s+" + NUMBER + r"(?:" + JOIN + NUMBER + r")?"
                          r"\s+(?:(?:\d+|\w+)-hour\s+)?(?:group\s+)?"
                          r"(?:sessions|days|groups|blocks)\b|"
                          # "IOP is 9–12 hours per week. For most clients that means three mornings."
                          r"\bmeans?\s+(?:about\s+|roughly\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?"
                          r"\s+(?:mornings|evenings|afternoons|nights|days)\b(?!\s+(?:of|off|later|ago|after|before))|"
                          # "Most weeks you'll be with us three days"
                          r"\b(?:with us|here|in (?:group|program|treatment))\s+" + NUMBER +
                          r"\s+days\b(?!\s+(?:of|off|later|ago|after|before))|"
                          + NUMBER + r"\s+(?:\d+|\w+)-hour\s+(?:" + _DAY_KIND + r"\s+)?(?:sessions|groups|blocks|days)\b|"
                          # "two process groups and one skills group, on four separate days"
                          r"\bon\s+" + NUMBER + r"\s+(?:separate\s+|different\s+)?days\b|"
                          + NUMBER + r"\s+(?:group\s+)?(?:sessions|groups)\s+of\s+(?:\w+\s+)?hours?\b", re.I)
_EACH_WEEK = re.compile(r"(?:\b(?:a|per|each|every)[\s-]+(?:\w+\s+)?|/\s*)(?:week|wk)\b|\bweekly\b|"
                        r"\b(?:iop|program|treatment)\s+week(?:\s+(?:is|has|includes)\b|\s*:)|"  # "A full IOP week is four treatment days"
                        r"\b(?:most|typical|normal|regular)\s+weeks\b", re.I)
_STARTS_ON = re.compile(r"\b(?<!also )(?:start|starts|begin|begins|join|joins)\s+(?:\w+\s+)?$", re.I)  # not "also join a Tuesday group"
# "Our Saturday IOP is a single long session"
_DAY_PROGRAM = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
                          r"\s+(?:iop|program|track)\b", re.I)

# "five days a week for the first month, then three": the elided count of a later phase.
_THEN_DAYS = re.compile(r"\b(?:then|later|finally|eventually|ideally|preferably|or even|"
                        r"(?:drop|taper|reduc|shorten|step|increas|go|goes|move|moves)\w*\s+(?:down\s+|up\s+)?to|down to|(?:finish|end)\w*\s+(?:at|with))\s+(?:to\s+)?" + NUMBER + r"\b(?!\s*(?:hours?|hrs?|weeks?|months?|sessions?))", re.I)
_PHASE_ONE_DAY = re.compile(r"^(?:weeks?|phase|step|level|months?)\s+[\w–-]+\s*:\s*" + DAY_NAME +
                            r"(?:s|\.)?\s*(?:only)?\W*$", re.I)
# "a Saturday group for people who cannot attend on weekdays": a one-day program of its own
_ONE_DAY_INSTEAD = re.compile(r"\b(?:a|an|our)\s+" + DAY_NAME + r"s?\s+(?:[\w-]+\s+)?(?:group|session|track|iop|program|option)"
                              r"\s+(?:is\s+available\s+|is\s+offered\s+)?" + FOR_THOSE_WHO +
                              r"(?:" + CANNOT + r"(?!\s+(?:make|attend)\s+(?:one|a|either)\b)|work\s+(?:on\s+)?weekdays\b)", re.I)
# (but a day for those who miss one of the week's: "a Saturday group for those who can't make one weekday")
_IN_PLACE_OF_ONE = re.compile(r"[^.;]{0,30}?" + FOR_THOSE_WHO + r"(?:" + CANNOT + r"|miss\b)\s+(?:make\s+|attend\s+)?(?:one|a|either)\b",
                              re.I)
# ("Attendance at three of the four weekly groups is required")
_AT_LEAST_OF_ALL = re.compile(r"\bat\s+least\s+" + NUMBER + r"\s+of\s+the\s+" + NUMBER +
                              r"\s+(?:weekday\s+|weekly\s+|scheduled\s+)?(?:sessions|days|groups|evenings|mornings|afternoons)\b|"
                              r"\battendance\s+at\s+" + NUMBER + r"\s+of\s+the\s+" + NUMBER + r"\s+(?:weekday|weekly|scheduled)\s+"
                              r"(?:sessions|days|groups)\b", re.I)
_BETWEEN_LAST = re.compile(r",\s*(?:between\s+" + NUMBER + r"\s+and|from\s+" + NUMBER + r"\s+to)\s+" + NUMBER + r"\s*[.!]?$", re.I)
_AT_LEAST_OF = re.compile(r"\bat\s+least\s+" + NUMBER +
                          r"\s+of\s+(?:the|those|these|them)\b", re.I)
# "then taper to three days a week, and finally to once a week"; "Once clients progress, they attend
# just once a week"; "Phase 3 (weeks 9–12): once a week"; "... and once a week for the final four"
_ONCE = r"(?:just\s+|only\s+)?once\s+(?:(?:a|per|each|every)\s+week\b|weekly\b)"
_THEN_ONCE = re.compile(r"\b(?:then|later|finally|eventually|down\s+to|(?:taper|reduc|step|drop)\w*\s+(?:down\s+)?to|and\s+finally\s+to)\s+"
                        + _ONCE + r"|^(?:phase|level|stage|step|weeks?|months?)\s+[\w–-]+(?:\s*\([^)]*\))?\s*:\s*" + _ONCE +
                        r"|\band\s+" + _ONCE + r"\s+(?:for|during|in)\s+the\s+(?:final|last|remaining|next|following|later|second|third|fourth)\b"
                        # "twice weekly for the first month and once weekly after that"
                        r"|\band\s+" + _ONCE + r"\s+(?:after\s+(?:that|this)|afterwards?|thereafter)\b"
                        # "twice weekly for eight weeks, then weekly for four weeks"
                        r"|\bthen\s+weekly\s+for\s+(?:the\s+)?(?:\w+\s+){0,2}weeks\b", re.I)
# "you'll come twice a week, and in month three, once a week"; "During the final two weeks, clients
# come in once a week"
_ONCE_LATER = re.compile(r"(?:^|,|\band\b)\s*(?:and\s+)?(?:in|during|for)\s+(?:the\s+)?(?:(?:month|week|phase)\s+\w+|"
                         r"(?:\w+\s+){1,2}(?:month|phase|weeks?))"
                         r",?\s*(?:(?:clients|you|we|they)\s+(?:\w+\s+){0,3}?)?once\s+(?:a|per|each|every)\s+week\b",
                         re.I)
# "36 sessions, three each week": the sessions of a program spread over its weeks
_SPLIT_WEEKLY = re.compile(r"\b(?:sessions|groups|days)\s*,\s*" + NUMBER + r"\s+(?:each|a|per|every)\s+week\b", re.I)
# "one long Saturday group and two shorter weekday groups": groups on days of two kinds, added up
# ("two evening groups a week and one Saturday morning group": a part of the day counts days only with the week said)
_GROUP_ON = (r"\s+(?:[\w-]+\s+)?(?:" + _DAY + r"|weekday|weeknight|weekend)(?:\s+(?:morning|afternoon|evening|night))?\s+(?:groups?|sessions?)")
_PART_GROUPS_A_WEEK = r"\s+(?:morning|afternoon|evening|night)\s+(?:groups|sessions)\s+(?:a|per|each)\s+week"
_GROUP_SUM = re.compile(NUMBER + r"(?:" + _GROUP_ON + r"|" + _PART_GROUPS_A_WEEK + r")\s*,?\s+(?:and|plus)\s+" + NUMBER + _GROUP_ON + r"\b", re.I)
# "Days 31 to 60 step down to four days, and days 61 to 90 to three": each later "to" of a step down
_STEP_TO = re.compile(r"\b(?:drop|taper|reduc|step|go|goes|move|moves)\w*\s+(?:down\s+)?to\b", re.I)
_AND_TO = re.compile(r"\band\b[^,;.]{0,30}?\bto\s+" + NUMBER + r"(?=\s*(?:[.;,!)]|$))", re.I)
# "5 days a week, with a minimum of 3 days required": the minimum of a stated weekly count.
# "... but clients with jobs can come as few as 3 days", "and no fewer than two afterwards", "a few
# attend all five".
_MINIMUM_DAYS = re.compile(r"\b(?:minimum|at least|as few as|no fewer than|no less than|" + _ATTEND + r"\s+all)\s+(?:of\s+)?" +
                           NUMBER + r"(?:\s+days?\b|(?=\s*(?:[,.;)]|$|afterwards|after\b|later|thereafter|in\b|or\b)))", re.I)
# A count whose "days a week" is left to the statement beside it: "Level 1 meets two days weekly;
# Level 2 meets four", "four days a week, or three for clients in school", "Some come five".
# (not "Each client joins one": one of the groups the sentence before named)
_ELIDED = re.compile(r"(?:\b(?:meets?|runs?|held|come|comes|requires?|attends?|attend|joins?(?!\s+one\b(?!\s+weekly\b))|(?:needs?|have|has)(?!\s+one\b)|or|down to|usually|it['’]s|it is|allow|"
                     r"max(?:imum)? is|(?:start|begin)s?\s+with|"
                     r"typically|sometimes|occasionally|often|up to|as many as|"
                     r"(?:track|program|option|level|phase|schedule)\s+is)\s+|,\s*(?:and\s+(?!\w+\s+of\b))?(?!one\b)|\(\s*(?!one\b))(?:just\s+|only\s+)?" +
                     NUMBER + r"(?!\s*(?:-|–|to|or|and)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)"
                     r"(?!\s+or\s+the\s+other\b|\s+of\s+(?:them|these|those|the\s+two)\b)"  # "attend one or the other"
                     r"(?!(?:" + JOIN + r"\S+)?\s*(?:hours?|hrs?|weeks?(?!ly)|months?|minutes?|years?|sessions?|clients?|people|groups?|"
                     r"days?|evenings?|mornings?|afternoons?|nights?|"
                     r"times?|%|percent|[:\-–]|\.\d|a\.?m|p\.?m|noon|o'clock|or older|and (?:up|older)|\+))"
                     # and not a count of something else named after it ("We run two IOP cohorts")
                     r"(?=\s*(?:[,.;)!?—]|$|(?:for|in|of|on|at|during|when|if|while|and|or|but|until|depending|each|per|a|an|"
                     # (not "one in-person group", "two on-site days")
                     r"the|to|with|after|before|once|instead|as|so|thereafter|afterwards|later|now|early|initially|days?|weekly)\b(?!-)))", re.I)
# "can add a fourth day", "three required days and an optional fourth"
# "two evenings a week, rather than the usual three days"
_USUAL_DAYS = re.compile(r"\b(?:the|our)\s+(?:usual|standard|regular|normal|full)\s+" + NUMBER + r"(?:\s+days)?\b(?!\s*(?:hours?|weeks?))",
                         re.I)
# Beside a stated count, any other count of two to seven in words is one more, so long as nothing
# else follows it as its unit and no word before it makes it a name, a time or a limit: "Most clients
# do three days a week; newcomers do four", "Teens: two", "though some weeks it is four", "three is
# the minimum". Not "groups of six to eight", "two of our therapists", "clients may miss two", "at four".
_BARE_COUNT = re.compile("".join(rf"(?<!\b{word} )" for word in (*NAMING_WORDS, "to", "of", "the", "our", "other", "size:", "capacity:")) +
                         r"(?:\b(two|three|four|five|six|seven)\b|\b([2-7])\b(?:(?=\s+(?:days?|nights|evenings|mornings|afternoons)\b)|"
                         # a digit alone as a verb's count: "newcomers do 4", "the core IOP is 4", "it becomes 3", "fewer than 3"
                         + "|".join(rf"(?<=\b{verb} [2-7])" for verb in ("do", "does", "is", "becomes", "need", "needs", "clients", "just", "than")) + "))"
                         r"(?!\s*(?:-|–|to|or|and)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve))"
                         r"(?!\s+days?\s+(?:a|per|each|every)\s+(?:month|year)\b)"  # "meets two days a month"
                         r"(?=\s*(?:[,.;:)!?—]|$|(?:for|in|during|when|if|while|but|until|depending|instead|as|so|thereafter|"
                         r"afterwards|later|now|early|initially|at\s+(?:first|the\s+start)|is|are|was|becomes|because|"
                         r"once|after|before|with|on|days?|nights|evenings|mornings|afternoons)\b))", re.I)
# "four days a week in the first phase and two in the last"
_AND_LATER = re.compile(r"\band\s+" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+(?:in|during|for)\s+the\s+(?:last|final|second|later|next|following|"
                        r"remaining|third)\b", re.I)
# "a minimum of three and a maximum of five days a week" (spelt "at least three and up to five days")
# "at least three, and no more than five, days a week"
_MIN_MAX = re.compile(r"\bat\s+least\s+" + NUMBER + r"(?:\s+days?)?\s*,?\s+(?:and|but|to)\s+"
                      r"(?:(?:no|not)\s+more\s+than|up\s+to|as\s+many\s+as)\s+" + NUMBER + r"\s*,?\s+days?\b", re.I)
_ORDINAL_DAY = re.compile(r"\b(?:a|an|our|the(?=\s+\w+\s+day\s+is\s+optional\b))\s+(?:optional\s+|extra\s+)?(?:(?:second|third|fourth|fifth)\s+or\s+(?:even\s+)?(?=(?:third|fourth|fifth|sixth)\b))?"
                          r"(second|third|fourth|fifth|sixth)\b"
                          r"(?!\s+(?:week|month|phase|level|step|session|group(?!\s+day)|hour|time))", re.I)
_ORDINAL_SESSION = re.compile(r"\b(?:a|an)\s+(?:optional\s+|extra\s+)?(second|third|fourth|fifth|sixth)\s+"
                              r"(?:weekly\s+)?(?:group\s+)?session\b", re.I)
_ORDINALS = {"second": 2.0, "third": 3.0, "fourth": 4.0, "fifth": 5.0, "sixth": 6.0}
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
# A labelled item: "Part-time IOP: 3 days", "Week one: five days", "Program frequency: 2–5 days" (but never "Program length: 5 days").
_LABEL_DAYS = re.compile(r"^(?!.*\b(?:length|duration|stay|lasts?)\b)(?:[^:]{0,30}:\s*)?[^:]{0,40}\b(?:iop|program|track|phase|level|weeks?|"
                         r"schedule|attendance|minimum|maximum|frequency)\b[^:]{0,20}:\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+days?\W*$", re.I)
# "four of those days": some of the days just named. "Most attend three of them" is left to the
# range of what is offered.
_OF_THOSE = re.compile(r"\b(?:on|for|in|offered|held|runs?|meets?|and|" + _ATTEND + r")\s+(?:between\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+of\s+"
                       r"(?:those|these|them|the|our(?=\s+" + NUMBER + r"\b))\b", re.I)
# "on 4 of 7 days each week", "4 days on, 3 days off"
_SOME_OF_DAYS = re.compile(NUMBER + r"\s+(?:days\s+out\s+of\s+(?:every|each|the)\s+(?=seven\b|7\b)" + NUMBER + r"|"
                           r"(?:out\s+)?of\s+(?:the\s+)?" + NUMBER + r"\s+(?:days|weekdays)|days?\s+on\s*,?\s*" + NUMBER + r"\s+days?\s+off)\b", re.I)
# "IOP clients join on the days they're scheduled, usually four of the five": some weeks all five
_USUALLY_OF = re.compile(r"\b(?:usually|typically)\s+" + NUMBER +
                         r"\s+(?:out\s+)?of\s+the\s+" + NUMBER +
                         r"(?:\s+(?:days|weekdays))?\s*(?:[.,;!)]|$)", re.I)
# (groups "at 10 am and 6 pm on weekdays", "morning and evening": slots offered, of which a person takes some)
_OFFERS = re.compile(r"\b(?:offers?|offered|available)\b|\b(?:morning|daytime|day)\s+(?:and|or)\s+evening\b|"
                     r"\b(?:two|three|several|multiple|2|3)\s+(?:groups|sessions|times)\s+(?:a|each|per)\s+day\b|"
                     r"\bat\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:and|or)\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", re.I)
# (the days groups are held on are on offer too: "IOP groups run five days a week", "We hold IOP sessions every weekday")
_GROUPS_HELD = re.compile(r"\b(?:groups?|sessions?|calendar|classes)\s+(?:run|runs|meet|meets|are\s+held|is\s+held|are\s+scheduled)\b|"
                          r"\b(?:has|have|hold|holds)\s+(?:iop\s+)?(?:groups|sessions)\b|\b(?:iop|program)\s+is\s+available\b|"
                          # (and a program's span of days, as its groups': "Our IOP meets Monday–Friday at two locations")
                          r"\b(?:iop|program)\s+" + _HEDGE + r"(?:meets|runs)\s+(?:on\s+|every\s+)?(?:" + DAY_NAME + r"|every\s+weekday|weekdays|daily)", re.I)
_CLIENTS_ATTEND = re.compile(r"\b(?:clients|participants|patients|you|you['’]ll|everyone|adults|teens|adolescents|veterans|"
                             r"each\s+(?:client|participant|person))\s+"
                             r"(?:[^.;,]{0,40}?\band\s+)?"  # "Each client picks one time slot and comes three days a week"
                             r"(?:will\s+|must\s+|(?:need|needs|(?:are|is)\s+(?:expected|required))\s+to\s+)?" + _ATTEND + r"\b", re.I)
_NOT_EXACT = re.compile(r"\b(?:at\s+least|minimum|up\s+to|as\s+many\s+as|as\s+few\s+as|or\s+more|no\s+more\s+than)\b", re.I)
_HOW_MANY_OF = re.compile(r"\bhow\s+many\s+of\s+(?:those|these|the)\s+days\b[^.;]*?\b(?:usually|typically)\s+"
                          + NUMBER + r"(?:" + JOIN + NUMBER + r")?", re.I)
_CHOOSE = r"(?:choose|chooses|pick|picks|select|selects)"
_CHOOSE_DAYS = re.compile(r"\b(?:" + _CHOOSE + r"|(?:are|is)\s+assigned|" + _ATTEND + r"\s+only)\s+(?:any\s+|the\s+)?"
                          + NUMBER + r"(?:\s+(?:of\s+(?:them|those|these)(?:\s+days)?|days?|sessions|groups|mornings|evenings))?"
                          r"(?:\s+(?:a|per|each|every)\s+week)?(?:\s*[.!]?$|\s+(?:that|which)\b)|"
                          r"\b" + _CHOOSE + r"\s+(?:any\s+)?" + NUMBER + r"\s+of\s+(?:our|the)\s+" + NUMBER +
                          r"\s+(?:weekly\s+|weekday\s+)?(?:groups|sessions|days)\b|"
                          # "attend any four days of their choosing", "three days of your choice" (not "plus one day of
                          # your choice", a day on top)
                          r"\b" + _ATTEND + r"\s+any\s+" + NUMBER + r"\b|"
                          # "clients can choose which three"; "come in on the three mornings their counselor assigns"
                          r"\b" + _CHOOSE + r"\s+which\s+" + NUMBER + r"\b|"
                          r"\bthe\s+" + NUMBER + r"\s+(?:\w+\s+)?(?:days|mornings|evenings|afternoons|nights)\s+(?:that\s+)?(?:their|your|the|his\s+or\s+her)\s+"
                          r"(?:counselor|therapist|clinician|treatment\s+team|care\s+team|plan)\s+(?:assigns?|sets?|recommends?|chooses?|picks?)\b|"
                          # "come in on whichever three days fit their schedule"
                          r"\b(?:whichever|whatever)\s+" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+(?:\w+\s+)?days?\b|"
                          # "Choose your IOP days (any three, Monday–Friday)"
                          r"\bchoose\b[^.;]{0,30}?\(\s*any\s+" + NUMBER + r"\b|"
                          r"(?<!plus )(?<!with )\b" + NUMBER + r"\s+days?\s+of\s+(?:their|your|his or her)\s+(?:own\s+)?cho(?:os|ice)", re.I)
# "otherwise the standard IOP is three days", after a sentence that counted days a week.
_PROGRAM_IS_DAYS = re.compile(r"\b(?:iop|program|schedule|standard)\s+(?:is|are|runs?|meets?)\s+" + NUMBER +
                              r"\s+days\b(?!\s+(?:long|of|in|later|after|before|ago))", re.I)
# "Our 5-day Intensive Outpatient Program", "IOP, which is 3 days", "the program's three days": a level of
# care that lasts weeks, so its count of days is a week's.
_LEVEL_DAYS = re.compile(r"\b" + NUMBER + r"-day\s+(?:(?:weekend|weekday|evening|morning|daytime|adult|teen|virtual)\s+)?"
                         r"(?:intensive outpatient|iop|php|partial hospitalization|day treatment)\b|"
                         # "IOP itself meets three days": the program's days, said without the week
                         # ("Intensive outpatient, the next step, is three half-days")
                         r"\b(?:(?:iop|php|day treatment)"
                         r"(?:,\s*which|,[^,.;]{1,30},)?(?:\s+(?:is|runs|meets)\s+|\s*=\s*)|"
                         r"(?:iop|program)\s+(?:itself\s+)?" + _HEDGE + r"(?:meets|runs)\s+)" + NUMBER +
                         r"\s+(?:(?:half|full)[- ])?days\b(?!\s+(?:long|of|in|later|after|before|ago))|"
                         r"\b(?:program|iop|php)['’]s\s+" + NUMBER + r"\s+days\b|"
                         # "Week one is five days", "a three-day week"
                         r"\bweek\s+(?:one|two|three|four|[1-4])\s+is\s+" + NUMBER + r"\s+days\b|"
                         # "Most IOPs meet three to five days a week. ... our IOP meets four."
                         r"\b(?:our|the)\s+(?:iop|program)\s+(?:itself\s+)?" + _HEDGE + r"(?:meets|runs)\s+(?:just\s+|only\s+)?" + NUMBER + r"\s*[.!]?$|"
                         r"\b" + NUMBER + r"-(?:day|evening|night|morning|afternoon)\s+(?:a\s+)?(?:week|schedule|option|track|version|"
                         r"format|commitment|weekly\s+commitment)\b|"
                         # "some weeks three, some weeks four"
                         r"\bsome\s+weeks\s+" + NUMBER + r"(?:\s+days)?,?\s+(?:and\s+)?(?:some|other)\s+weeks\s+" + NUMBER + r"\b|"
                         # "both a 3-day and a 4-day IOP schedule"
                         r"\b" + NUMBER + r"-day\s+(?:and|or)\s+(?:an?\s+)?" + NUMBER +
                         r"-day\s+(?:iop\s+|program\s+)?(?:schedules?|options?|tracks?|formats?|programs?|iops?)\b|"
                         # "part-time options of three days"
                         r"\b(?:options?|schedules?|tracks?)\s+of\s+" + NUMBER + r"\s+days\b(?!\s+(?:long|of|in))", re.I)
# "Level I meets once weekly": a level of this program, once a week (a group that meets once a
# week is most often aftercare or a side group, so only a level, phase or track counts)
# ("our outpatient program, which meets weekly": once a week)
# (not "clients move to standard outpatient, which meets once weekly": a step after the program, as aftercare is)
# ("meets once a week for a 90-minute process group" is the level's own week; "for families" is not)
_LEVEL_ONCE = re.compile(r"\b(?:(?:(?:level|phase|track|stage)\s+\w+|(?:standard\s+)?(?<!intensive )outpatient(?:\s+(?:program|clients|groups?|therapy))?|"
                         # "Once clients progress, they attend just once a week": the program's later stage
                         r"(?:progress|advance)\w*\s*,\s*(?:clients|you|they))"
                         r"\s+" + _HEDGE + r"(?:meets?|is|are\s+seen|runs|comes?(?:\s+in)?|attends?)\s+(?:just\s+|only\s+)?"
                         r"(?:once\s+(?:(?:a|per|each|every)\s+week|weekly)|weekly)|"
                         # "Outpatient therapy — weekly"
                         r"(?:(?-i:OP)|(?<!intensive )outpatient(?:\s+(?:therapy|program|groups?|counseling|services))?)\s*[:(]\s*"
                         r"(?:(?:an?|one)\s+(?=weekly\s+group))?(?:group\s+(?:therapy|sessions?)\s+)?"  # "OP — group therapy once weekly", "a weekly group"
                         r"(?:once\s+(?:(?:a|per|each|every)\s+week|weekly)|weekly))\b(?!\s+(?:on|at|from)\b|\s+for\s+(?!groups?\b|(?:an?\s+|one\s+)?(?:[\w-]+\s+)?[\w-]+[\s-](?:minutes?|hours?)\b|an?\s+(?:[\w-]+\s+){0,3}?(?:groups?|sessions?)\b))|"
                         # "PHP (M–F), IOP (M/W/Th) and weekly outpatient groups"
                         r"\bweekly\s+(?:standard\s+)?outpatient\s+(?:groups?|therapy|counseling|program|services)\b|"
                         # "We offer IOP three days a week and standard outpatient counseling once a week"
                         r"\b(?:standard\s+)?(?<!intensive )outpatient\s+(?:groups?|therapy|counseling|services)\s+(?:just\s+|only\s+)?"
                         r"once\s+(?:(?:a|per|each|every)\s+week|weekly)\b|"
                         # "Outpatient groups: Thu (6pm–7:30pm)", "our outpatient group meets Tuesdays": one
                         # weekday, beside the other levels' days
                         r"\b(?:(?-i:OP)|(?<!intensive )outpatient)(?:\s+(?:groups?|sessions?|program))?\s*:\s*" + DAY_NAME +
                         r"(?!\s*(?:[-–—,/&]|and\b|or\b|through\b|thru\b|to\b)\s*" + DAY_NAME + r")|"
                         r"\b(?:standard\s+)?(?<!intensive )outpatient\s+(?:program\s+)?(?:clients|groups?|program)\s+"
                         + _HEDGE + r"(?:meets?|runs?|comes?\s+in|attends?)\s+(?:on\s+|every\s+)?" + DAY_NAME +
                         r"(?!\s*(?:[-–—,/&]|and\b|or\b|through\b|thru\b|to\b)\s*" + DAY_NAME + r")",
                         re.I)
# "The clinic is closed on Sundays. Groups run the other six days."
_OTHER_DAYS = re.compile(r"\b(?:other|remaining)\s+" + NUMBER + r"\s+days\b", re.I)
_WEEKDAYS = re.compile(r"\bweekdays\b|\bweeknights\b|\b(?:every|each) (?:weekday|weeknight)(?:\s+(?:mornings?|evenings?|afternoons?|nights?))?\b|\b(?:daily|every day)\s*,?\s*(?:except|but not)\s+(?:on\s+)?weekends\b|"
                       r"\bweekday\s+(?:mornings|evenings|afternoons|nights|iop|program|track)\b", re.I)
_BARE_WEEKDAYS = re.compile(r"(?:weekdays|weeknights|weekday\s+(?:mornings|evenings|afternoons|nights))\b", re.I)
# A track or cohort of its own on the day a schedule leaves out (not one that also comes then)
_OWN_TRACK = re.compile(r"\b(?:a|an|another|our|the)\s+(?:(?:\w+\s+)?(?:cohort|track|option)|(?:weekend|saturday|sunday)\s+(?:iop|program))\s+"
                        r"(?:that\s+)?" + _HEDGE + r"(?:meets?|runs?)\b"
                        r"(?![^.;]*\b(?:also|too|as well)\b)", re.I)
_WEEKEND_NAMED = re.compile(r"\bweekend\s+(?:iop|program|track)\b", re.I)
_A_VERB = re.compile(r"\b(?:meets?|runs?|is|are|held|offers?|attend\w*)\b", re.I)
# "three weekdays", "three weekday mornings", "two weeknights"
_SOME_WEEKDAYS = re.compile(NUMBER + r"\s+(?:(?:of\s+the\s+(?:\w+\s+)?|(?:non-?consecutive|separate|different|set)\s+)?"
                            r"weekdays|weekday\s+(?:mornings|evenings|afternoons|nights|groups|sessions)|"
                            r"weeknights|weeknight\s+(?:groups|sessions))\b", re.I)
# "every weekday morning except Wednesday", "weeknights except Fridays", "every weekday but Monday and Friday"
_WEEKDAYS_BUT = re.compile(r"\b(?:weekdays|weeknights|every (?:weekday|weeknight)(?:\s+\w+)?|"
                           r"weekday\s+(?:mornings|evenings|afternoons|nights))"
                           r"\s*,?\s*(?:except(?:\s+for)?|excluding|but(?:\s+not)?|other than)\s+(?:on\s+)?"
                           r"(" + _DAY + r"(?:\s*(?:,|and|or)\s*" + _DAY + r")*)"
                           # (not "every weekday, but Friday groups are optional": a clause of its own)
                           r"(?!\s+(?:groups?|sessions?|is|are|meetings?)\b)", re.I)
# (and "for people who cannot attend on weekdays": the days they cannot come)
_AT_WORK = re.compile(r"\b(?:(?<!after )(?:work|works|working|jobs?|school)|(?:cannot|can't|unable to)\s+" + _ATTEND + r")"
                      r"\s+(?:on\s+|during\s+(?:the\s+)?)?$", re.I)
_ON_KIND = re.compile(r"[\s,]*(?:(?:on|during|in)\s+(?:the\s+)?)?")
_SESSION_NOTE = re.compile(r"\s*(?:groups?|sessions?)\s+(?:are|run|end|start)\s+(?:shorter|longer|earlier|later)\b", re.I)
# (and a limit on days missed: "Missing more than two days may lead to a review", "absences of up to two days")
_DROPPED = re.compile(r"\b(?:drop|drops|dropping|skip|skips|skipping|miss|misses|missing|missed|lose|loses|absences?\s+of|"
                      r"(?:can['’]?t|cannot|can\s+not|unable\s+to)\s+make)\s+"
                      r"(?:(?:more\s+than|over|up\s+to|at\s+most|no\s+more\s+than)\s+)?(?:the\s+|their\s+|your\s+)?$", re.I)
_LAST_DAYS = re.compile(r"\s*days?$", re.I)  # (a count matched with its unit, before `SPAN_OF_DAYS`)
_ATTEND_BOTH = re.compile(r"\b" + _ATTEND + r"\s+both(?:\s+(?:programs|tracks|groups|schedules))?\s*[.;!]?$", re.I)
# "During summer break the program adds a Wednesday session": some weeks of the year
_SEASON = re.compile(r"\b(?:summer|winter|spring)\s+(?:break|months|vacation|session)\b|\b(?:during|over|in)\s+(?:the\s+)?summer\b|"
                     r"\bschool\s+(?:breaks?|vacations?|holidays)\b", re.I)
_EVERY_OTHER_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:every\s+other\s+week|biweekly|on\s+alternate\s+weeks)\b", re.I)
_EVERY_OTHER = re.compile(r"\b(?:every (?:other|third|fourth)|alternate|alternating|biweekly)\b", re.I)
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:\w+\s+){0,2}$", re.I)
_ONLY_AFTER = re.compile(r"\s+only\b", re.I)


_LEVEL_NAMED = re.compile(r"\b(?:(iop|intensive outpatient)|(php|partial hospitalization|day program|day treatment))\b", re.I)


def _levels(sentence: str) -> set[str]:
    """The levels of care a sentence names: "iop", "php"."""
    return {"iop" if m.group(1) else "php" for m in _LEVEL_NAMED.finditer(sentence)}


def _only_weekdays(sentence: str, match: re.Match) -> bool:
    """Whether "weekdays" says only which days are not on (not weekends), not how many are:
    "groups only meet on weekdays", "weekdays only"."""
    return bool(_ONLY_BEFORE.search(sentence[: match.start()]) or _ONLY_AFTER.match(sentence, match.end()))
_EVERY_DAY = re.compile(r"\bevery day of the week\b|\bseven days a week\b", re.I)
# "every day but Sunday", "daily except Sundays"
_ALL_BUT_ONE = re.compile(r"\b(?:every day|daily)\s*,?\s*(?:but|except)\s+(?:on\s+)?(" + _DAY + r"(?:\s*(?:,\s*(?:and|or)?|and|or)\s*" + _DAY + r")*)", re.I)


_DAYS_VARY = re.compile(r"\bdays(?:\s+(?:a|per)\s+week)?\s+(?:vary|varies|change|changes)\b[^:.;]{0,30}:\s*("
                        + NUMBER + r"(?:(?:\s*,\s*(?:then\s+)?|\s+(?:then|to|and)\s+)" + NUMBER + r")+)", re.I)
_NUMBER_OF_DAYS = re.compile(r"\bnumber\s+of\s+days\b[^.;]{0,40}?\b(?:each|a|per)\s+week\W{0,4}\s*(?:is\s+|are\s+|(?:ranges?|varies)\s+)?"
                             r"(?:between\s+|from\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?", re.I)
# "PHP, which runs every weekday, ... IOP, which runs three": a week said in full, beside a count without its unit
_EVERY_WEEKDAY = re.compile(r"\bevery\s+weekday\b", re.I)
# ("An optional Thursday group is offered", "We also hold an optional Thursday group")
_OPTIONAL_NAMED = re.compile(r"\b" + _DAY + r"s?\s+(?:groups?\s+|sessions?\s+|attendance\s+)?(?:are|is)\s+optional\b|"
                             r"\ban?\s+optional\s+(?:[\w-]+\s+)?" + _DAY, re.I)
_MODE_COUNT = re.compile(NUMBER + r"(?=" + BY_MODE.pattern + r")", re.I)
_TIMES_IN_WEEK = re.compile(r"\b(?:most|typical|normal|regular|each|every)\s+weeks?\b[^.;]{0,40}?\b(?:meets?|" + _ATTEND + r"|run|runs)\s+"
                            + NUMBER + r"\s+times\b(?!\s+(?:a|per|each|every)\s+(?:day|month))", re.I)
_AND_WEEKEND = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:on\s+)?(?:the\s+)?weekends?\b", re.I)


# "clients attend at least three days": a count of days attended, said without "a week";
# "each client attends three" (of the groups a week just named): a count that ends the sentence.
# (not "Each client joins one.": one of the groups the sentence before named)
_ATTEND_DAYS = re.compile(r"\b" + _ATTEND + r"\s+(?:at least\s+|(?:a|at)\s+minimum(?:\s+of)?\s+|between\s+|from\s+)?(?!one\s*[.!]?$)" + NUMBER + r"(?:" + JOIN + NUMBER + r")?" +
                          r"(?:\s+(?:of\s+(?:those|the|these)\s+(?:\w+\s+)?)?days\b|\s+(?:evenings|mornings|afternoons|nights)\s*[.!]?$|"
                          r"(?:\s+of\s+them)?\s*[.!]?$)", re.I)


# "and may add a Tuesday skills class", "you may also be asked to attend a Saturday orientation":
# one more day on top of the schedule stated.
# ("clients will attend Monday, Wednesday and Friday" is the week itself; "will also attend", "will attend a
# Saturday group" add to it)
_EXTRA_DAY = re.compile(r"\b(?:(?:may|might|can|could)\s+(?:also\s+)?(?:add|" + _ATTEND + r"|be asked to " + _ATTEND + r")\s+"
                        r"(?:an?\s+|the\s+)?|will\s+(?:also\s+(?:add|" + _ATTEND + r")\s+(?:an?\s+|the\s+)?|add\s+(?:an?\s+|the\s+)?|"
                        r"(?:also\s+)?be\s+asked\s+to\s+" + _ATTEND + r"\s+(?:an?\s+|the\s+)?|"
                        + _ATTEND + r"\s+(?:an?|the)\s+|" + _ATTEND + r"\s+(?=[^.;]*?\b(?:too|as\s+well)\b))|\ban\s+optional\s+|"
                        r"\badd\s+an?\s+)(?!(?:just|only)\b)(?:\w+\s+)?" + _DAY +
                        # "Clients in the trauma track come in on Saturdays too"
                        r"|\b(?:" + _ATTEND + r"|meet|meets)\s+(?:in\s+)?(?:on\s+)?" + _DAY + r"\s+(?:too|as well)\b" +
                        r"|\b(?:one|an)\s+optional\s+(?!(?:second|third|fourth|fifth|sixth)\b)(?:[\w-]+\s+)?day\b|\balso\s+(?:" + _ATTEND + r"|meets?)\s+(?:on\s+)?(?:every\s+other\s+)?" + _DAY +
                        r"|\b(?:" + _DAY + r"|(?-i:M|T|W|Th|F|Sa|Su))\s+(?:is\s+(?:an?\s+)?)?optional\b"
                        # ("Fridays are optional", but not "Fridays are optional open-studio days")
                        r"|\b" + _DAY + r"\s+are\s+optional(?=\s*(?:[.;,!]|$))"
                        # "Optional: Saturday skills lab", an item of a list of the week's parts
                        r"|^optional(?:\s+days?)?\s*:\s*(?:\w+\s+)?(?:" + _DAY + r"|(?-i:M|T|W|Th|F|Sa|Su)\b)" +
                        r"|\b(?<!plus )(?:an?|one)\s+extra\s+(?:" + _DAY_KIND + r"\s+|orientation\s+)?day\b"
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
_EXTRA_PREFIX = re.compile(r"\b(?:(?:may|might|can|could)\s+(?:also\s+)?(?:add|" + _ATTEND + r")|will\s+(?:also\s+(?:add|" + _ATTEND +
                           r")|add))\s+(?:on\s+)?$", re.I)
# "Tuesdays and Thursdays; the remaining IOP day, Friday, is for relapse prevention": one more day, always.
# "Monday, Tuesday, Wednesday, plus one day of your choice": one more day, always.
_REMAINING_DAY = re.compile(r"\b(?:remaining|other|final|last)\s+" + _DAY_KIND + r"\s+day\b(?!s)|"
                            r"\bplus\s+(?:one|an?|1)\s+(?:more\s+|other\s+|extra\s+)?(?:day|weekday|weeknight)\b(?!s)|"
                            # "Both also include a Friday skills group"
                            r"\b(?:both|all|each)\s+(?:tracks?\s+|groups?\s+)?also\s+(?:include|includes|have|has|hold|holds)\s+an?\s+(?:\w+\s+)?" + _DAY + r"|"
                            # "Tuesdays and Thursdays, with a third day each week chosen from our skills groups"
                            r"\b(?:with|plus)\s+an?\s+(?:second|third|fourth|fifth)\s+day\s+a\s+week\b|"
                            # "clients also attend one educational lecture each week on a different day"
                            r"\balso\s+" + _ATTEND + r"\b[^.;]{0,60}?\bon\s+(?:a\s+)?(?:different|separate|another)\s+day\b",
                            re.I)
# "The young adult track meets on the same schedule but adds a Saturday outing group": a day more
# for some clients only
# "skip Friday", "skip the Friday group", "don't attend on Fridays": a day of the week left out
_SKIP_DAY = re.compile(r"\b(?:skip|skips|miss|misses|drop|drops|(?:do\s+not|don't|does\s+not|doesn't)\s+" + _ATTEND + r")\s+"
                       r"(?:on\s+)?(?:the\s+)?" + _DAY + r"(?!\s*(?:,|and|or|&)\s*" + _DAY + r")", re.I)
_SOME_WEEKS = re.compile(r"\bsome\s+weeks\b", re.I)  # "Some weeks we skip Wednesday"
_MAY_BEFORE = re.compile(r"\b(?:may|can|could)\s+$", re.I)
# "join a Saturday group", "attend the Tuesday session"
# (not a group of the community's: "our Monday evening skills group, which is open to the community")
_OPEN_TO_ALL = re.compile(r"\bopen\s+to\s+(?:the\s+)?(?:community|public|anyone|everyone)\b", re.I)
_ATTENDS_A_DAY = re.compile(r"\b" + _ATTEND + r"\s+(?:an?|the|our)\s+(?:[\w-]+\s+)?" + _DAY, re.I)


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
    Tuesdays and Thursdays"). stated: the counts `_day_counts` read in the sentence."""
    return not (_NOT_EXACT.search(sentence) or MOST.search(sentence) or ALL_OF.search(sentence) or _SOME_CLIENTS.search(sentence)
                # (a week cut short for some: "Teens attend Mon and Wed only")
                or _ONLY_AT_END.search(sentence)
                # (a count for each phase is each phase's pick)
                or _A_PHASE.search(sentence) and len({value for value, *_ in stated}) < 2)


_FIRST_N_DAYS = re.compile(r"\b" + _ATTEND + r"\s+(?:only\s+|just\s+)?(?:on\s+)?the\s+(?:first|last)\s+" + NUMBER +
                           r"(?:\s+(?:days|weekdays|evenings|mornings|nights|sessions|groups))?(?=\s*(?:only\b|[.;,!]|$))", re.I)
_STEP_AFTER = re.compile(r"(?:\b(?:then|after\s+that|afterwards?|later|finally)\b[^.;]{0,40}?\b(?:in)?to|"
                         r"\b(?:move|moves|moving|step|steps|stepping)\s+(?:down\s+)?(?:on\s+)?(?:in)?to|\btransition\w*\s+(?:in)?to|"
                         r"\bgraduat\w*\s+(?:in)?to)\s+(?:our\s+|a\s+|the\s+)?$", re.I)
_A_PHASE = re.compile(r"\b(?:later|after\s+that|afterwards?|thereafter|then|first|last|final|phase|months?|until)\b", re.I)
_CHOOSE_FROM = re.compile(r"\b" + _CHOOSE + r"\s+(?:their|your|his\s+or\s+her|the)\s+(?:own\s+)?"
                          r"(?:\w+\s+)?days\s+(?:from|out\s+of|among)\b", re.I)
_TWICE_A_MONTH = re.compile(r"\btwice\s+a\s+month\b", re.I)
_ALSO = re.compile(r"\b(?:also|in addition|additionally)\b", re.I)
# ("with a longer Saturday session once a month")
_MONTHLY = re.compile(r"\s*(?:\w+\s+)?(?:once\s+|twice\s+)?(?:in\s+a|a|per|each|every|of the)\s+month\b|\s*(?:\w+\s+)?monthly\b", re.I)
# "twice weekly after school and on Saturday mornings", "one long Saturday session plus two
# weeknight groups": a weekend day on top of a count of weekdays.
# "Tuesday and Thursday evenings, with a longer Saturday session"
_PLUS_WEEKEND = re.compile(r"\b(?:and|plus|with(?!\s+(?:an?\s+)?optional))\s+(?:on\s+)?(?:an?\s+|one\s+|every\s+other\s+)?(?:\w+\s+)?"
                           r"(?:saturday|sunday|(?-i:Sat|Sun))s?\b"
                           r"(?!\s+(?:off|closed|free)\b)|\b(?:and|plus)\s+(?:an?|one)\s+(?:\w+\s+)?(weekend)\b"
                           # (not "and a weekend cohort meets Saturday mornings": a program of its own)
                           r"(?!\s+(?:cohort|track|program|iop|option|schedule)s?\s+(?:that\s+)?" + _HEDGE + r"(?:meets?|runs?|is)\b)|"
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
            or bool(PROGRAM_WORDS.search(sentence) or _ATTENDANCE_OPENING.match(bare) or _DAYS_LABEL.search(sentence)
                    or _DAYS_BESIDE_WEEKLY.search(sentence) or _SESSIONS_LABEL.search(sentence))
            or any(duration(m) for m in TIME_RANGE.finditer(sentence)))


_IT = re.compile(r"(?:it|that|this)\b", re.I)  # the answer to a question is about what the question asked of
_NO_SUBJECT = re.compile(r"(?:(?:between|from|about|around|roughly|up\s+to|at\s+least|minimum(?:\s+of)?|min\.?)\s+)?" + NUMBER + r"|" + _DAY +
                         r"|(?:every|meets|runs)\b", re.I)
_ONE_BY_MODE = re.compile(r"(?:\s+(?:days?|evenings?|mornings?|afternoons?|nights?|sessions?)(?:\s+(?:a|per|each)\s+week)?)?"
                          r"\s+(?:online|virtually|remotely|by\s+(?:video|phone|telehealth|zoom)|via\s+(?:video|zoom|telehealth))\b", re.I)
_BY_MODE_SAID = re.compile(r"\b(?:by\s+(?:video|phone|telehealth|zoom)|online|virtual(?:ly)?|via\s+(?:video|zoom|telehealth)|"
                           r"in[ -]person|on[ -]site|remotely)\b", re.I)
_PROGRAM_HEADING = re.compile(r"(?:[\w'’]+\s+){0,3}(?:iop|php|program|track|outpatient)(?:\s+\([^)]*\))?(?:\s+schedule)?", re.I)
_STANDARD = r"(?:standard|norm|minimum|usual|typical|baseline|default)\b"
# "sober living (7 days), PHP (5 days), and IOP (3 days)": each level's days in brackets after its name
_LEVEL_PAREN = re.compile(r"\b(?:iop|php|intensive outpatient|partial hospitalization|(?-i:OP)|outpatient)\s*\(\s*" + NUMBER +
                          r"\s*(?:days?|x)(?:\s*(?:/|a|per)\s*(?:week|wk))?\s*\)", re.I)
# "In week one, expect four group days.", "Your first five sessions happen over your first week.": the days of
# one week of the program, named
_WEEK_EXPECTS = re.compile(r"^(?:in|during|for)\s+(?:week|weeks)\s+[\w–-]+(?:\s+(?:through|to|and)\s+\w+)?\s*,\s*(?:expect|plan\s+(?:on|for)|"
                           r"you['’]ll\s+(?:have|attend))\s+" + NUMBER + r"\s+(?:group\s+|program\s+|treatment\s+)?days\b|"
                           r"\bfirst\s+" + NUMBER + r"\s+(?:sessions|groups|days)\s+(?:happen|take\s+place|are|fall|meets?)\s+"
                           r"(?:over|in|during|within)\s+(?:your|the)\s+first\s+week\b|"
                           # "Can I attend more than three days?": a question that starts from the program's week
                           r"^(?:can|may|could|do|must)\s+(?:i|we|you|clients)\s+(?:" + _ATTEND + r"|do)\s+(?:more|fewer|less)\s+than\s+" +
                           NUMBER + r"\s+days\b[^?]*\?", re.I)
_SAME_HOURS = re.compile(r"\b(?:the\s+)?same\s+(?:\w+\s+)?hours\b", re.I)
# "Three days is the standard": a count of days a week, named the program's norm
_STANDARD_DAYS = re.compile(r"^(?:\w+[.:]\s+)?" + NUMBER + r"\s+days\s+(?:is|are)\s+(?:the\s+|our\s+)?" + _STANDARD, re.I)
# A sentence that opens on what is asked of a person, or on the count itself: "Expect at least three
# days a week", "Plan on three days a week", "Three days a week is standard".
# A place or time may come first: "At Harbor House, expect ...", "Here, week one is five days".
_ATTENDANCE_OPENING = re.compile(r"(?:(?:" + _DAY_KIND + r"\s+|meeting\s+)?days|schedule|when|meets|frequency|weekly)\s*(?::|(?=" +
                                 DAY_NAME + r"))|"  # ("When | Mon, Wed, Thu evenings | Sat and Sun mornings", a table's row)
                                 r"(?:[^,]{0,40},\s*)?(?:(?:expect|plan\s+(?:on|for)|count\s+on|commit\s+to|budget\s+for)\b|" +
                                 NUMBER + _PER_WEEK + r"(?:\s+(?:is|are)\b|\s*[:—–]\s*" + DAY_NAME + r")|(?:weeks?|months?|phases?|stages?)\s+[\w–-]+\s*(?:is\b|are\b|:)|"
                                 # "The first month is four days a week", "Three days is the standard", "The minimum is two days"
                                 r"(?:the\s+)?(?:minimum|maximum|requirement|commitment|expectation)\s+is\b|"
                                 # "Twelve hours a week, spread over four days"
                                 + NUMBER + r"\s+(?:hours?|hrs?)\s+(?:a|per|each)\s+week\s*,?\s*(?:spread\s+)?(?:over|across)\b|"
                                 r"(?:the\s+)?(?:first|second|third|fourth|final|last|initial|next)\s+(?:\w+\s+)?(?:weeks?|months?|days|phase|stage)"
                                 r"\s+(?:is|are)\b|" + NUMBER + r"\s+days\s+(?:is|are)\s+(?:the\s+|our\s+)?" + _STANDARD + r")|"
                                 # a terse item that opens on the count: "3 days / week · 3 hrs / day"
                                 + NUMBER + _PER_WEEK + r"\s*(?:[·•|,;]|\d|$)|" + NUMBER + r"\s+days?\s*[·•|,;]?\s*\d", re.I)


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
                      + _HEDGE + r"(?:meets?|runs?|is|are|takes?\s+place)\b|\bours\s+(?:meets?|runs?|is)\b|\bwe\s+meet\b|"
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
        asked, weekly = (weekly or (asked and (sentence[:1].islower() or bool(_LABELLED_ANSWER.match(sentence)))),
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
                 or bool(prior and not titled and _DAY_ONE.search(sentence)))
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
        stated = _day_counts(sentence, after_count, asked)
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
        weekdays_only = weekdays_only or any(_only_weekdays(sentence, m) for m in _WEEKDAYS.finditer(sentence)
                                             if not not_the_programs(sentence, m.start(), m.end()))
        spans = schedules(sentence)
        weekend = _PLUS_WEEKEND.search(sentence)
        # a weekend day on top, unless it is one of the days a schedule already named
        inside = any(start <= weekend.end() - 1 < end for start, end, _, _ in spans) if weekend else True
        inside = inside or bool(weekend and _MONTHLY.match(sentence[weekend.end():]))  # "and one Saturday a month"
        # "one long Saturday group and two shorter weekday groups": a sum that has the weekend day in it
        # (or a total said after it: "Mondays and Wednesdays, plus a Friday skills group, for a total of three days";
        # nor a day in place of one: "with a Saturday morning group for those who can't make one weekday")
        summed = bool(weekend and (any(start <= weekend.start() < end for _, start, end, _ in stated)
                                   or _TOTAL_DAYS.search(sentence, weekend.end())
                                   or _IN_PLACE_OF_ONE.match(sentence, weekend.end())
                                   # (nor a one-day program of its own: "a Saturday group for people who cannot attend on weekdays")
                                   or any(m.start() <= weekend.end() <= m.end() for m in _ONE_DAY_INSTEAD.finditer(sentence))))
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
        if counts and _CHOOSE_DAYS.search(sentence):
            # "sessions are held five mornings a week, and clients come in on the three mornings their counselor
            # assigns": the other count of the sentence is the offer, no count left unplaced
            offered_days |= {int(n) for m in _DAY_ONE.finditer(sentence) for n in numbers(m.group(1)) if n not in counts}
        definite = _DEFINITE_ORDINAL.search(sentence) if counts else None
        nth = _ORDINALS[definite.group(1).lower()] if definite else 0.0
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
                and not not_the_programs(sentence, *joined.span()) and not _INSTEAD.match(sentence[joined.end():]) \
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
                  for value, start, _, _ in _day_counts(sentence) if exception_at(sentence, start)
                  and not never_the_programs(sentence, start) and not elsewhere_at(sentence, start)]
    # "The program meets on weekdays only": five days, unless the page counts its days elsewhere
    found = [v for v in found if 1 <= v <= 7 and v == int(v)] or ([len(one_days)] if one_days else []) or (
        [5] if weekdays_only else [])
    found += some_weeks if found else []
    # (a day off may be said on its own, in no sentence about the program: "Friday nights are free.")
    days_off |= {day for sentence in kept for m in _DAY_IS_OFF.finditer(sentence)
                 for mention in mentions(m.group(0)) for day in mention.days}
    weekdays_off = len(days_off & set(range(5)))
    if weekdays_off and not scheduled and any(_WEEKDAYS.search(sentence) for sentence in read):
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
    left = left_out_day([_LEVEL_ONCE.sub(" ", s) for s in sentences], scheduled) if scheduled and high == len(scheduled) < 7 else None
    if not scheduled and low == high < 7:
        # "The IOP meets three days a week. Clients also attend a Saturday skills group.": a day said to
        # come on top of a week counted but not named
        left = left_out_day([s for s in sentences if _ALSO.search(s) and s not in with_counts], scheduled)
    if left:
        # a day the named schedule leaves out: every week's, or some clients' or weeks' only
        some = low < high or any(p.search(left[1]) for p in (_SOME_CLIENTS, _EVERY_OTHER, _FIRST_WEEKS, _SEASON, _TWICE_A_MONTH, _SOME_WEEKS))
        # "and a weekend cohort meets Saturday mornings", "A Sunday group is available for clients who work weekdays":
        # a week of one day
        if _OWN_TRACK.search(left[1]) or _ONE_DAY_INSTEAD.search(left[1]):
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


def _without_mode_counts(sentence: str) -> str:
    """The sentence with a count of days attended some other way blanked out, its length kept:
    "may attend two of those days by video" says how some days are attended, not how many there are."""
    return _MODE_COUNT.sub(lambda m: " " * len(m.group(0)), sentence)


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding position `at` ends."""
    return min((cut.start() for cut in NEW_CLAUSE.finditer(sentence) if cut.start() >= at), default=len(sentence))


def _most_in_clause(sentence: str, at: int) -> bool:
    """Whether the clause holding position `at` says what most do ("most attend three of the five"),
    not another clause ("The calendar typically runs Monday through Saturday, but each participant
    attends four of the six days")."""
    start = max((cut.end() for cut in NEW_CLAUSE.finditer(sentence) if cut.end() <= at), default=0)
    return bool(MOST.search(sentence[start:_clause_end(sentence, at)]))


def _picked(sentence: str) -> bool:
    """Whether a sentence states the days a person picks from those on offer ("clients choose
    three", "attends three or four of them"), rather than the days offered."""
    sentence = _without_mode_counts(sentence)
    choice = _CHOOSE_DAYS.search(sentence)
    if choice and re.search(r"\bonly\b", choice.group(0), re.I) and _SOME_CLIENTS.search(sentence[: choice.start()]):
        return False  # "Some clients attend only two days": some clients' week, beside everyone's
    part = _OF_THOSE.search(sentence)
    if part and not choice and _SOME_CLIENTS.search(sentence[: part.start()]):
        return False  # "Teens in the school-year track attend two of them": one track's week, beside the others
    return bool(choice or _HOW_MANY_OF.search(sentence)
                or _OF_THOSE.search(sentence) and not _most_in_clause(sentence, _OF_THOSE.search(sentence).start())
                and not ALL_OF.search(sentence)
                or _EACH_ATTENDS.search(sentence))


# "We hold 5 groups each week; each client attends three."; "IOP clients attend three sessions a week from
# either schedule"
_EACH_ATTENDS = re.compile(r"\b(?:each|every)\s+(?:client|participant|person|patient|member)\s+" + _ATTEND + r"\s+" + NUMBER +
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
    if _ONE_DAY_INSTEAD.search(sentence):
        return 0  # "A Sunday group is available for clients who work weekdays": a week of its own, not a day on top
    ours = [m for m in (*_EXTRA_DAY.finditer(sentence), *_MORE_DAYS.finditer(sentence), *_DAY_ADDED.finditer(sentence))
            if not not_the_programs(sentence, m.start(), m.end()) and not elsewhere_at(sentence, m.start())
            and not ({day for mention in mentions(m.group(0)) for day in mention.days} or {-1}) <= week
            and not _INSTEAD.match(sentence[m.end():]) and not _EVERYONE_ALSO.match(sentence[: m.end()])]
    return max([int(numbers(m.group(1))[0]) if m.re is _MORE_DAYS else 1 for m in ours]
               + [most for start, end, _, most in spans  # the schedule itself was set aside by _day_counts
                  if _added(sentence, start, end) and not not_the_programs(sentence, start, end)], default=0)


# "Clients also come in on Saturdays": every client's day, every week (left to `left_out_day`), not some's
_EVERYONE_ALSO = re.compile(r"^(?:(?:iop\s+)?clients|participants|everyone|you)\s+also\s+" + _ATTEND + r"\s+(?:in\s+)?(?:on\s+)?" + _DAY + r"$",
                            re.I)


# "can join our Thursday and Friday morning groups instead": another schedule, not more days
# (nor "clients who work full time may attend Monday, Wednesday and Friday only": a schedule of its own)
_INSTEAD = re.compile(r"^[^.;]*\b(?:instead|rather than|in place of)\b|^[^.;]*\bonly\s*(?:[.;]|$)", re.I)


def _added(sentence: str, start: int, end: int) -> bool:
    """Whether the schedule at start:end is days a person may add ("may attend Tuesday and
    Thursday as well") rather than the program's own."""
    return bool(_EXTRA_PREFIX.search(sentence[:start]) or _WILL_ATTEND.search(sentence[:start]) and _AS_WELL.match(sentence[end:])) \
        and not _INSTEAD.match(sentence[end:])


# "will attend Tuesday and Thursday as well": days added, where "will attend Monday and Friday" is the week
_WILL_ATTEND = re.compile(r"\bwill\s+" + _ATTEND + r"\s+(?:on\s+)?$", re.I)
_AS_WELL = re.compile(r"[^.;]*?\b(?:too|as\s+well)\b", re.I)


# The count just stated, split into its parts: "Two are groups at the clinic, and one is a telehealth group"
_PARTS_OF_STATED = re.compile(r"^" + NUMBER + r"\s+(?:of\s+(?:them|those|these)\s+)?(?:are|is)\b[^.;]*?\s(?:and|while)\s+"
                              r"(?:the\s+(?:other|remaining|rest)\b|" + NUMBER + r"\s+(?:of\s+(?:them|those|these)\s+)?(?:are|is)\b)", re.I)
# "Sessions: 3 per week", "Frequency: 3x/week": a labelled count of meetings a week.
# "all scheduled groups (3 per week)"
_PER_WEEK_LABEL = re.compile(r"\b(?:sessions?|groups?|frequency|meets?|meetings)\s*(?::|\()\s*" +
                             NUMBER + r"(?:" + JOIN + NUMBER +
                             r")?\s*(?:x\s*)?(?:(?:per|a|/|each)\s*(?:week|wk)\b|weekly\b)", re.I)
# "Day treatment adds two more days": days on top of the count just stated.
_MORE_DAYS = re.compile(r"\b(?:add(?:s|ing)?\s+(?:another\s+)?|with\s+)" + NUMBER + r"\s+(?:more|extra)\s+(?:\w+\s+)?days?\b", re.I)


# "What does a week in IOP look like?": the answer's counts are a week's.
_ANSWER_HEDGE = r"(?:a:\s*)?(?:(?:usually|typically|mostly|most weeks),?\s+)?"
_ANSWER = re.compile(r"^" + _ANSWER_HEDGE + NUMBER + r"(?:\s+days?)?\W*$", re.I)
_ANSWER_OPENS = re.compile(r"^" + _ANSWER_HEDGE + NUMBER + r"(?:\s+days?)?\s*[,;—–]", re.I)
# the answer to a question about the week, a range said without its unit
_ANSWER_RANGE = re.compile(r"\b(?:from\s+|between\s+)?" + NUMBER + r"\s*(?:to|or|and|-|–)\s*" + NUMBER +
                           r"\s*(?:days?\b|[.!]?$|,\s*depending\b)", re.I)  # ("Between three and four, depending on your plan.")
_NOT_DAYS_UNIT = re.compile(r"\b(?:hours?|hrs?|weeks|months?|minutes?|years?|[ap]\.?m\.?|noon|clients|people|groups|sessions)\b|\d:\d|\$",
                         re.I)
_WEEKLY_HOURS = re.compile(r"\bhours\b.*(?:\b(?:a|per|each|every)\s+week\b|\bweekly\b)", re.I)
# "How many days a week is IOP?", "How many days is IOP?"
# (or an intro to counts listed under it: "Days a week varies by phase (see below).")
_LABELLED_ANSWER = re.compile(r"^(?!(?:hours?|length|duration|weeks|cost|price|ages?)\b)[\w' -]{1,30}:\s*" + NUMBER + r"(?:\s+days?)?\W*$", re.I)
_WEEK_QUESTION = re.compile(r"\b(?:week|weekly)\b[^.!]*[?:]\s*$|\bhow (?:many days|often)\b[^.!]*\?\s*$|"
                            r"^days?\s+(?:a|per)\s+week\s+(?:varies|vary|depends|differs|changes)\b|"
                            # "Is there an evening option?", "And a daytime option?"
                            r"\b(?:option|track|schedule)\s*\?\s*$|"
                            r"\b(?:what|which)\s+days\b[^.!]*\?\s*$|\bhow\s+much\s+time\b[^.!]*\?\s*$|\btime\s+commitment\b[^.!]*[?:]\s*$|\bwhen\s+(?:does|do|is|are)\b[^.!]*\b(?:meet|held|run)\w*\s*\?\s*$",
                            re.I)


# "The IOP schedule includes three required days": a week's days, said of the schedule.
_INCLUDES_DAYS = re.compile(r"\b(?:(?:schedule|week)\s+(?:includes|has|consists of|is built around)|"
                            r"(?:typical|usual|average|standard|normal)\s+(?:\w+\s+)?week\s+(?:is|looks\s+like))\s+" + NUMBER +
                            r"\s+(?:required\s+|core\s+|scheduled\s+|" + _DAY_KIND + r"\s+)?days\b", re.I)
# "clients in the later phase attend Thursdays only": one day a week.
_ONLY_DAY = re.compile(r"\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|"
                       r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)\s+only\b|"
                       r"\bonly\s+on\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
                       # "and on Wednesday only for the final four"
                       r"\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+only\b", re.I)
# "three days one week, four the next"
# "three times during the week and once on the weekend"
_TIMES = {"once": 1, "twice": 2}
_WHEN = r"(?:during\s+the\s+day|in\s+the\s+(?:mornings?|evenings?|afternoons?)|in[ -]person|online|virtually|(?:by|via|on)\s+(?:video|zoom|telehealth))"
# (read after one_spelling: "three times a week" is "three days a week", "two times" "twice")
_TIMES_SUM = re.compile(r"\b(once|twice|(?:" + NUMBER[1:-1] + r")\s+days?)\s+a\s+week\s+" + _WHEN + r"\s*,?\s+and\s+"
                        r"(once|twice|(?:" + NUMBER[1:-1] + r")\s+days?)\s+a\s+week\s+" + _WHEN, re.I)
_DAYS_ASIDE = re.compile(r"\bdays?\s*(?:[—–(,]|-+)\s*(?:usually|typically)\s+" + NUMBER +
                         r"(?:" + JOIN + NUMBER + r")?\s*(?:[—–),]|-+)\s*(?:each|a|per|every)\s+week\b", re.I)
_WEEK_AND_WEEKEND = re.compile(NUMBER + r"\s+times\s+(?:during|in)\s+the\s+week\s+and\s+(once|twice)\s+"
                               r"(?:on|over|during)\s+the\s+weekend\b", re.I)
# "three days one week and four the next", "alternates between three-day and four-day weeks"
_ALTERNATING = re.compile(NUMBER + r"\s+days\s+one\s+week\s*,?\s*(?:and\s+)?" + NUMBER + r"(?:\s+days)?\s+the\s+(?:next|following|other)\b|"
                          r"\balternat\w*\s+between\s+" + NUMBER + r"-day\s+and\s+" + NUMBER + r"-day\s+weeks\b", re.I)
# "for the three days each week you attend IOP": whoever pays, the days are the ones attended.
_ATTENDED_AFTER = re.compile(r"\s*(?:(?:each|a|per|every)\s+week\s+)?(?:that\s+)?(?:you|clients|they)\s+(?:will\s+)?" + _ATTEND, re.I)
# "our Tuesday and Thursday groups": days that name the groups themselves.
_NAMING_GROUPS = re.compile(r"\s+(?:iop\s+|program\s+|evening\s+|morning\s+)?(?:groups|sessions)\b|"
                            r"\s+" + _DAY_KIND + r"\s+days\b", re.I)


# "three program days", "Days per week: 3": a count that says itself what it counts.
_SELF_NAMED = re.compile(r"\b" + _DAY_KIND + r"\s+days\b|^schedule\s+of\b|\b(?:program|iop|php)['’]s\s+\w+\s+days\b|"
                         r"-day\s+(?:intensive|iop|php|partial|day)\b|\bdays\s*(?:per|a|/)\s*week\s*[:=|]|"
                         r"^number\s+of\s+days\s+you\s+" + _ATTEND + r"\b", re.I)


# "Your care team will recommend two to four days a week": a count of days a person is to attend.
_RECOMMENDED = re.compile(r"\b(?:recommends?|suggests?|prescribes?|approves?|needs?)\s+(?:between\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+days\b", re.I)
# "for clients attending IOP four days a week": whoever arranges it, the count is the program's.
_ATTENDS_PROGRAM = re.compile(r"\b" + _ATTEND + r"\s+(?:the\s+|our\s+)?(?:iop|php|program|groups?)\s+(?:on\s+)?$|"
                              r"\b(?:recommends?|suggests?|prescribes?|approves?|assigns?)\s+(?:between\s+)?$", re.I)  # "will recommend two to four days a week"


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
_LAST_ONE = re.compile(r",\s*(one)\W*$", re.I)
# Beside a stated week: "but holiday weeks may have three sessions", "the schedule can range from two to five days"
_WEEKS_HAVE = re.compile(r"\bweeks?\s+(?:(?:may|might|can|will|would)\s+)?(?:have|has|include|includes)\s+(?:only\s+|just\s+)?"
                         + NUMBER + r"\s+(?:sessions|groups|days|meetings)\b"
                         # (not "two groups, one skills group and one psychoeducation group": one kind among several)
                         r"(?!\s*,\s*(?:and\s+)?(?:one|two|three|an?)\s+[\w-]+\s+(?:groups?|sessions?))", re.I)
_RANGE_FROM = re.compile(r"\b(?:range|ranges|vary|varies)\s+(?:from|between)\s+" + NUMBER + r"\s+(?:to|and)\s+" + NUMBER +
                         r"\s+days\b", re.I)
# "Core groups on Monday and Wednesday, and one elective on Tuesday or Thursday": one day more, either way
_ONE_OF_TWO_DAYS = re.compile(r"\b(?:pick|picks|choose|chooses|select|selects)\s+one\b[^.;]{0,60}?\b" + _DAY +
                              r"\s+or\s+(?:on\s+)?" + _DAY + r"|"
                              # "they also attend either the Tuesday trauma group or the Thursday DBT group"
                              r"\b(?:also|plus)\b[^.;]{0,40}?\beither\s+(?:the\s+|an?\s+|on\s+)?" + _DAY +
                              r"s?(?:\s+[\w-]+){0,3}?\s+or\s+(?:the\s+|an?\s+|on\s+)?" + _DAY, re.I)
# "scheduled for three group days" with no period named: a week's days (see _day_counts)
_KIND_DAYS = re.compile(r"\b(?:scheduled for|assigned|" + _ATTEND + r"|has|have|includes?)\s+" + NUMBER + r"\s+(?:required\s+)?"
                        + _DAY_KIND + r"\s+days\b|"
                        # "Over the course of a week, IOP clients spend three days in group"
                        r"\bspends?\s+" + NUMBER + r"\s+days\s+in\s+(?:group|groups|treatment|programming|the\s+program)\b", re.I)
# "clients build a schedule of three to five days with their counselor"
_SCHEDULE_OF = re.compile(r"\bschedule\s+of\s+(?:between\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+days\b", re.I)
_SOME_PERIOD = re.compile(r"\b(?:weeks?|months?|total|first|last|in all|before|after|until)\b", re.I)
# "for a total of three group days"
_TWO_ON_ONE_DAY = re.compile(NUMBER + r"\s+(?:[\w-]+\s+)?(?:groups|sessions)\s+(?:a|per|each)\s+week,?\s+(?:two|both|2)\s+of\s+"
                             r"(?:which|them|these)\s+(?:are\s+)?(?:held\s+|scheduled\s+|meet\s+)?on\s+the\s+same\s+day\b", re.I)
_OPTIONAL_KIND = re.compile(r"\b(?:optional|voluntary|elective)\b", re.I)
_EACH_ITS_DAY = re.compile(r"\beach\s+(?:on|held on|meeting on)\s+(?:a\s+)?(?:different|separate|its own)\s+day\b", re.I)
_GROUPS_OF_A_KIND = re.compile(NUMBER + r"\s+(?:[\w-]+\s+){0,3}?(?:groups?|sessions?|class(?:es)?)\b", re.I)
_TOTAL_DAYS = re.compile(r"\b(?:a\s+total\s+of|totall?ing|total\s+of)\s+" + NUMBER + r"\s+(?:" + _DAY_KIND + r"\s+)?days\b", re.I)


_SIDE_DAYS_IN = re.compile(r",?\s*(?:including|with)\s+(an?|" + NUMBER[1:-1] + r")\s+days?\s+(?:of|for|set\s+aside\s+for)\s+"
                           r"(?:individual|one-on-one|psychiatr|case\s+management|medication)", re.I)
# "Our program requires four.", "We ask for three.", "Ours meets four." (after a sentence that counts days)
_OURS_ELIDED = re.compile(r"\b(?:our\s+(?:own\s+)?(?:\w+\s+)?(?:iop|program)|ours|we)\s+(?:only\s+)?"
                          r"(?:meets?|runs?|requires?|asks?\s+for|expects?|is|are)\s+(?:just\s+|only\s+)?" + NUMBER +
                          r"(?=\s*(?:[.;,!)]|$))", re.I)
_DAYS_WORD = re.compile(r"\bdays?\b", re.I)


_MORE_CELLS = re.compile(r"[\s|]+\d+(?:\.\d+)?[\s|]+\d+(?:\.\d+)?[\s|]*$")


def _day_counts(sentence: str, after_count: bool = False, weekly: bool = False) -> list[tuple[float, int, int, bool]]:
    """Every count of program days one sentence states: its value, where it starts and ends,
    and whether it names the program itself. Counts said without "days" ("then three", "as few
    as 3") are read only beside a stated count, in this sentence or, after_count, the one before.
    weekly: the sentence before asked about a week, or gave weekly hours."""
    found: list[tuple[float, int, int, bool]] = []

    def add(match: re.Match, *values: float | str | None) -> None:
        if _DROPPED.search(sentence[: match.start()]):
            return  # "clients may miss one day a week": a day left out, not the week
        unit = _LAST_DAYS.search(match.group(0))  # (the match may end on its "days" or before it)
        if SPAN_OF_DAYS.match(sentence, match.end() - len(unit.group(0)) if unit else match.end()):
            return  # "sober for at least three days before starting": a span, not a week's
        if _MONTHLY.match(sentence, match.end()) and not _EACH_WEEK.search(match.group(0)):
            return  # "two days in a month": not a week's (but "one of the three weekly groups per month" is)
        named = bool(_SELF_NAMED.search(match.group(0)) or _ATTENDS_PROGRAM.search(sentence[: match.start()])
                     or _ATTENDED_AFTER.match(sentence[match.end():]))
        # "three days a week, including one day of individual sessions": the individual day is no program day
        side = _SIDE_DAYS_IN.search(sentence, match.end())
        less = 0 if side is None or side.start() - match.end() > 15 else \
            1 if side.group(1).lower() in ("a", "an") else numbers(side.group(1))[0]
        for value in values:
            found.extend((n - less, match.start(), match.end(), named)
                         for n in ([value] if isinstance(value, float) else numbers(value)) if n - less >= 1)

    if after_count and _PARTS_OF_STATED.match(sentence):
        return []  # "IOP is three sessions a week. Two are groups at the clinic, and one is by telehealth."
    total = _TOTAL_DAYS.search(sentence)
    if total:
        # "twice a week in person and once online, for a total of three group days": the sum is the week
        return [(numbers(total.group(1))[0], total.start(), total.end(), True)]
    paired = _TWO_ON_ONE_DAY.search(sentence)
    if paired and numbers(paired.group(1))[0] > 2:
        # "four groups a week, two of which are held on the same day": one day fewer than groups
        return [(numbers(paired.group(1))[0] - 1, paired.start(), paired.end(), False)]
    apart = _EACH_ITS_DAY.search(sentence)
    kinds = [m for m in _GROUPS_OF_A_KIND.finditer(sentence, 0, apart.start())] if apart else []
    optional = [m for m in kinds if _OPTIONAL_KIND.search(m.group(0))]
    if len(kinds) >= 2 and optional and len(optional) < len(kinds):
        # "three required groups and one optional group, each on its own day": the optional one is a day on top
        required = sum(numbers(m.group(1))[0] for m in kinds if m not in optional)
        return [(required, kinds[0].start(), apart.end(), False),
                (required + sum(numbers(m.group(1))[0] for m in optional), kinds[0].start(), apart.end(), False)]
    if len(kinds) >= 2 and any(side_activity(m.group(0)) for m in kinds):
        kinds = [m for m in kinds if not side_activity(m.group(0))]  # "and one family session, each on its own day"
        return [(sum(numbers(m.group(1))[0] for m in kinds), kinds[0].start(), apart.end(), False)] if kinds else []
    if len(kinds) >= 2:
        # "two process groups, one psychoeducation group and one relapse prevention group, each on a
        # different day": the groups add up to the days
        return [(sum(numbers(m.group(1))[0] for m in kinds), kinds[0].start(), apart.end(), False)]
    which = _HOW_MANY_OF.search(sentence)
    if which:  # "will recommend how many of those days you attend — usually three or four"
        return [(n, which.start(), which.end(), True) for n in numbers(which.group(1), which.group(2))]
    choice = _CHOOSE_DAYS.search(sentence)
    chosen = numbers(next((g for g in choice.groups() if g), None)) if choice else []
    if chosen:
        # "Sessions are offered Monday through Saturday, and clients choose three": the days a
        # person comes, not the days on offer
        return [(chosen[0], choice.start(), choice.end(), False)]
    some = _SOME_OF_DAYS.search(sentence)
    if some and not _most_in_clause(sentence, some.start()):
        return [(numbers(some.group(1))[0], some.start(), some.end(), False)]
    sentence = _without_mode_counts(sentence)
    part = _OF_THOSE.search(sentence)
    if part and not _most_in_clause(sentence, part.start()) and numbers(part.group(1))[0] > 1:  # not "on one of those days"
        # "We operate Monday through Saturday, and IOP groups are held on four of those days"
        return [(n, part.start(), part.end(), False) for n in numbers(part.group(1), part.group(2))]
    taken = sentence
    for match in _sums(_DAY_SUM, sentence):
        parts = numbers(*(g for g in match.groups() if g))
        if len(parts) == 2:
            add(match, sum(parts))
        taken = taken.replace(match.group(0), " " * len(match.group(0)))
    for match in _DAY_RANGE.finditer(taken):
        # "phase one and three days": the one names the phase
        names_phase = re.search(r"\b(phase|step|level|stage|week|month|track)\s*$", sentence[: match.start()], re.I)
        add(match, None if names_phase else match.group(1), match.group(2), match.group(3))
        taken = taken.replace(match.group(0), " " * len(match.group(0)))
    for pattern in (_DAY_ONE, _DAYS_PHRASE, _TIMES_WEEK):
        for match in pattern.finditer(taken):
            if pattern is not _TIMES_WEEK or not _therapy_hour(sentence, match):  # not "individually 1x/week"
                add(match, *match.groups())
    for match in _DAYS_VARY.finditer(sentence):  # "Days per week vary by phase: 5, then 4, then 3"
        add(match, *(n for n in re.findall(NUMBER, match.group(1))))
    for match in _INCLUDES_DAYS.finditer(sentence):
        add(match, match.group(1))
    for pattern in (_PHASE_ONE_DAY, _ONE_DAY_INSTEAD):  # "Weeks 7–8: Wed."
        for match in pattern.finditer(sentence):
            add(match, 1.0)
    for match in _AT_LEAST_OF_ALL.finditer(sentence):  # "at least three of the five weekday sessions"
        add(match, *match.groups())
    for match in _FIRST_N_DAYS.finditer(sentence):  # "Clients who work Fridays attend the first three days only"
        add(match, match.group(1))
    for match in _NUMBER_OF_DAYS.finditer(sentence):
        add(match, *match.groups())  # "The number of days you attend each week — between two and four"
    for match in _SPLIT_WEEKLY.finditer(sentence):
        add(match, match.group(1))
    for match in _GROUP_SUM.finditer(taken):
        add(match, sum(numbers(*match.groups())))
    times = _TIMES_A_WEEK.search(sentence) or _TWICE_WEEK.search(sentence) or _TIMES_WEEK.search(sentence)
    for match in _TIMES_IN_WEEK.finditer(sentence):  # "Most weeks the group meets three times"
        add(match, match.group(1))
    stated = (_DAY_ONE.search(sentence) or _DAYS_PHRASE.search(sentence) or _INCLUDES_DAYS.search(sentence) or times
              or weekly and _ANSWER_OPENS.match(sentence)
              or _TIMES_IN_WEEK.search(sentence)
              or _KIND_DAYS.search(sentence) or _EVERY_WEEKDAY.search(sentence)
              or (_ACROSS_DAYS.search(sentence) and _EACH_WEEK.search(sentence)))
    if stated or _ATTEND_DAYS.search(sentence) or after_count:
        if _STEP_TO.search(taken):
            for match in _AND_TO.finditer(taken, _STEP_TO.search(taken).end()):
                add(match, match.group(1))
        for pattern in (_THEN_DAYS, _MINIMUM_DAYS, _PROGRAM_IS_DAYS, _ELIDED, _AND_LATER, _WEEKS_HAVE) + (
                (_USUAL_DAYS,) if REDUCED.search(sentence) else ()):
            for match in pattern.finditer(taken):
                # (_AND_LATER may end on a range: "and 2 to 3 for the second")
                add(match, *(match.groups() if pattern is _AND_LATER else [match.group(1)]))
        for match in _RANGE_FROM.finditer(taken):
            add(match, *match.groups())
        for pattern in (_THEN_ONCE, _ONCE_LATER):
            for match in pattern.finditer(taken):
                add(match, 1.0)
        for match in _AT_LEAST_OF.finditer(taken):  # "must attend at least three of the four"
            add(match, match.group(1))
        if after_count:  # "Group is held each weekday; you will attend the days your plan sets, between three and five."
            for match in _BETWEEN_LAST.finditer(taken):
                add(match, *match.groups())
        if after_count:  # "...; in the second, three; and in the final phase, one."
            for match in _LAST_ONE.finditer(taken):
                add(match, match.group(1))
        # a bare count is read where no stated count already is, so "Two days a week is not enough"
        # stays the denied count it is
        stated_out = _DAY_ONE.sub(lambda m: " " * len(m.group(0)), taken)
        for match in _BARE_COUNT.finditer(stated_out):
            add(match, match.group(1) or match.group(2))
        for match in _ORDINAL_DAY.finditer(taken):
            nth = _ORDINALS[match.group(1).lower()]
            # "The fourth day is optional": a week of three days or four (where "an optional fourth day" is one on top)
            add(match, *((nth - 1, nth) if match.group(0).lower().startswith("the") else (nth,)))
        if after_count or times:
            # "Group meets three times weekly. Clients can request a fourth session."
            for match in _ORDINAL_SESSION.finditer(taken):
                add(match, _ORDINALS[match.group(1).lower()])
    for pattern in (_DAYS_LABEL, _ATTEND_DAYS, _LABEL_DAYS, _PER_WEEK_LABEL, _LEVEL_DAYS, _MIN_MAX, _STANDARD_DAYS, _LEVEL_PAREN,
                    _WEEK_EXPECTS, _DAYS_BESIDE_WEEKLY, _SESSIONS_LABEL):
        for match in pattern.finditer(sentence):
            # (not a table row that heads several cells, "Days per week | 7 | 5 | 3", read cell by cell under its
            # columns' names in `text.column_numbers`, not as one label and its first value)
            if not _MORE_CELLS.match(sentence, match.end()):
                add(match, *match.groups())
    for match in _LEVEL_ONCE.finditer(sentence):
        if not _STEP_AFTER.search(sentence[: match.start()]):  # "... and then into weekly outpatient therapy": aftercare
            add(match, 1.0)
    for pattern in (_DAYS_TIMES, _WEEKLY_SESSIONS, _GROUPS_ON_DAYS):
        for match in pattern.finditer(sentence):
            add(match, match.group(1))
    for pattern, days_at in ((_DAYS_WEEKLY_HOURS, 1), (_WEEKLY_HOURS_DAYS, 2)):
        for match in pattern.finditer(sentence):
            # "3 days · 9 hrs/week": days beside the week's hours are the week's days when the hours they
            # leave each day are a session's (one and a half to eight), not "30 days · 9 hrs/week"
            days_said, hours_said = numbers(match.group(days_at)), numbers(match.group(3 - days_at))
            if days_said and hours_said and 1.5 <= hours_said[0] / days_said[0] <= 8:
                add(match, match.group(days_at))
    # not the days off of "every day except Sunday and Monday", nor the days added of "may attend
    # Tuesday and Thursday as well"
    every_span = schedules(sentence)
    spans = [span for span in every_span if not _added(sentence, span[0], span[1])
             and not _AT_WORK.search(sentence[: span[0]])  # "for people who work Monday to Friday"
             and not _DROPPED.search(sentence[: span[0]])  # "keep their same group but drop Tuesdays and Thursdays"
             and not _SESSION_NOTE.match(sentence, span[1])  # "Monday and Friday sessions are shorter"
             and not any(m.start(1) <= span[0] < m.end(1) for m in _ALL_BUT_ONE.finditer(sentence))]
    whole = None
    # (not another level's one day: "and our OP group meets on Tuesdays")
    unlevelled = _LEVEL_ONCE.sub(lambda m: " " * len(m.group(0)), sentence)
    if spans:
        every = frozenset().union(*(days for start, _, days, _ in day_groups(sentence) if any(start == s[0] for s in spans)))
        whole = days_with_groups(unlevelled, every)
        if whole:  # the week whole, in place of what its schedule gave ("skills groups on Tuesday and Wednesday")
            first, last = spans[0][0], spans[-1][1]
            found[:] = [count for count in found if not (count[1] < last and first < count[2])]
            found.append((float(whole), first, last, False))
            spans = []
    items = _program_items(sentence)
    if items:  # "our IOP includes art therapy on Mondays, process groups on Tuesdays and Thursdays, and ..."
        spans = [span for span in spans if not items[1] <= span[0] < items[2]]
        found.append((float(items[0]), items[1], items[2], False))
    for start, end, fewest, most in spans:
        named = bool(_NAMING_GROUPS.match(sentence[end:]))
        added = more_meetings(unlevelled, start, end) if len(spans) == 1 and fewest == most else 0
        found.extend({(float(fewest + added), start, end, named), (float(most + added), start, end, named)})
    named_groups = None if spans or whole else days_of_groups(sentence)
    if named_groups:
        found.append((float(named_groups[0]), named_groups[1], named_groups[2], False))
    listed = WEEK_LIST.search(sentence)
    if listed and not spans:
        days = listed_days(listed.group(1))
        if days:
            found.append((float(days), listed.start(1), listed.end(1), False))
    for match in _ONLY_DAY.finditer(sentence):
        if not any(start <= match.start() < end for start, end, _, _ in spans):  # not "Tuesday and Thursday only"
            found.append((1.0, match.start(), match.end(), False))
    for match in _TIMES_SUM.finditer(sentence):  # "twice a week during the day and once a week in the evening"
        add(match, float(sum(_TIMES.get(said.lower()) or numbers(said.split()[0])[0] for said in match.groups())))
    for match in _DAYS_ASIDE.finditer(sentence):  # "on their assigned days—usually three—each week"
        add(match, *match.groups())
    for match in _WEEK_AND_WEEKEND.finditer(sentence):
        add(match, numbers(match.group(1))[0] + {"once": 1, "twice": 2}[match.group(2).lower()])
    for match in _ALTERNATING.finditer(sentence):
        add(match, *match.groups())
    for match in _USUALLY_OF.finditer(sentence):
        add(match, match.group(1), match.group(2))
    for match in _TWICE_WEEK.finditer(sentence):
        if not _therapy_hour(sentence, match):
            add(match, *{"twice": [2.0], "thrice": [3.0], "tri": [3.0]}.get(match.group(1).lower(), [1.0, 2.0]))
    for match in _TIMES_A_WEEK.finditer(sentence):
        if match.group(3) or not _therapy_hour(sentence, match):
            add(match, match.group(1), match.group(2), match.group(3))
    answer = _ANSWER.match(sentence) or _ANSWER_OPENS.match(sentence) or _LABELLED_ANSWER.match(sentence)
    if weekly and answer:  # "Q: How many days a week is IOP? A: Four."; "Three, sometimes four in the first month."
        add(answer, answer.group(1))
    ranged = _ANSWER_RANGE.search(sentence) if weekly and not found and not _NOT_DAYS_UNIT.search(sentence) else None
    if ranged:  # "It depends on your needs — anywhere from three to five."
        add(ranged, *ranged.groups())
    # (not "your first week includes two days of group"; "split the same hours over four evenings": the week's hours)
    if weekly or _EACH_WEEK.search(sentence) or _SAME_HOURS.search(sentence):
        for match in _ACROSS_DAYS.finditer(taken):
            add(match, *match.groups())
    elif not _SOME_PERIOD.search(sentence):
        # "Each IOP client is scheduled for three group days": a program's days, said without the week
        for match in _KIND_DAYS.finditer(taken):
            add(match, *match.groups())
        for match in _SCHEDULE_OF.finditer(taken):
            add(match, *match.groups())
    for match in _OTHER_DAYS.finditer(sentence):
        add(match, match.group(1))
    for match in _SOME_WEEKDAYS.finditer(sentence):
        add(match, match.group(1))
    for match in _WEEKDAYS_BUT.finditer(sentence):
        add(match, float(5 - len({d for m in mentions(match.group(1)) for d in m.days if d < 5})))
        taken = taken.replace(match.group(0), " " * len(match.group(0)))
    for match in _WEEKDAYS.finditer(taken):
        # not "a weekend track for men who work weekdays", nor "groups only meet on weekdays" (not
        # on weekends: which weekdays is left to the page)
        before = sentence[: match.start()]
        # not "on weekday afternoons — Monday, Tuesday, Wednesday and Thursday —": the days named
        # (or with the session's times between: "on weekday afternoons, 1 to 4 pm, Monday through Thursday")
        named = any(start >= match.end() and re.fullmatch(r"[\s,:;(—–-]*", TIME_RANGE.sub("", sentence[match.end(): start]))
                    for start, _, _, _ in every_span)
        # "Weekday IOP, 4 days/week": the name of a track beside its count
        # (or names without a verb, as a table's header: "Weekday IOP | Weekend IOP" over the days of each)
        # (or a track whose days the sentence names: "Our weekday IOP meets Tuesday through Friday")
        track = re.match(r"weekday\s+(?:iop|program|track)", match.group(0), re.I) and (
            _DAY_ONE.search(sentence) or re.search(r"-day\s+$", before)  # "our three-day weekday IOP"
            or _WEEKEND_NAMED.search(sentence) and not _A_VERB.search(sentence)
            or match.start() == 0 and match.end() == len(sentence.rstrip(" .:"))  # "Weekday IOP" as a heading
            or any(match.end() <= start < _clause_end(sentence, match.end()) for start, _, _, _ in every_span))
        # "twice weekly on weekday evenings": which days, not how many
        kind = any(end <= match.start() and _ON_KIND.fullmatch(sentence, end, match.start()) for _, _, end, _ in found)
        if not _SOME_WEEKDAYS.search(sentence) and not _AT_WORK.search(before) and not named and not track \
                and not kind and not _only_weekdays(sentence, match):
            add(match, 5.0)
    for match in _ALL_BUT_ONE.finditer(sentence):
        off = {d for m in mentions(match.group(1)) for d in m.days}
        if _AND_WEEKEND.match(sentence, match.end()):  # "every day but Wednesday and the weekend"
            off |= {5, 6}
        add(match, float(7 - len(off)))
    for match in _EVERY_DAY.finditer(sentence):
        add(match, 7.0)
    # the parts of a week added up are no counts of their own: "attend two days in person and one day by telehealth"
    sums = [m.span() for pattern in (_DAY_SUM, _GROUP_SUM, _TIMES_SUM) for m in _sums(pattern, sentence)]
    return [count for count in found
            if not any(start < count[2] and count[1] < end and (count[1], count[2]) != (start, end) for start, end in sums)]


def _sums(pattern: re.Pattern, sentence: str) -> list[re.Match]:
    """The parts of a week added up, each a count a week can hold (not "5 days a week in the first 30
    days and 3 days a week after that")."""
    return [m for m in pattern.finditer(sentence) if all(v <= 7 for v in numbers(*(g for g in m.groups() if g)))]


# "Our IOP includes art therapy on Mondays, process groups on Tuesdays and Thursdays, and a
# mindfulness walk on Fridays": the parts of a week, each on days of its own
_INCLUDES_LIST = re.compile(r"\b(?:includes?|consists?\s+of|combines?|features?)\s+([^.;]+)", re.I)
_ITEM_BREAK = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?!(?:on\s+)?" + DAY_NAME + r")", re.I)


def _program_items(sentence: str) -> tuple[int, int, int] | None:
    """(days, start, end) of a list of the program's parts that each name the days they meet on;
    a side activity in the list (individual therapy, a family session) adds no day."""
    listed = _INCLUDES_LIST.search(sentence)
    items = [item for item in _ITEM_BREAK.split(listed.group(1)) if item.strip()] if listed else []
    days = [frozenset().union(*(m.days for m in mentions(item))) for item in items]
    if len(items) < 2 or not all(days):
        return None
    held = [d for item, d in zip(items, days, strict=True) if not side_activity(item)]
    return (len(frozenset().union(*held)), listed.start(1), listed.end(1)) if len(held) >= 2 else None


def _therapy_hour(sentence: str, match: re.Match) -> bool:
    """Whether a count of sessions a week, in its clause, is of therapy hours rather than program
    days: "individual therapy twice a week", "50-minute sessions 3 times a week"."""
    clause = CLAUSE_START.split(sentence[: match.start()])[-1] + match.group(0)
    return bool(re.search(r"\b(?:individual(?:ly)?|family|minutes?)\b", clause, re.I))
