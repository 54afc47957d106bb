"""Counts of program days one sentence states: "three to five days a week", "twice weekly",
"Days per week: 3", "four of those days", "a third night is for the skills group". Each count
with where it stands and whether it names the program; `days` decides which counts are the week.
"""

from __future__ import annotations

import re

from .clock import TIME_RANGE
from .daylists import (
    CANNOT,
    FOR_THOSE_WHO,
    WEEK_LIST,
    days_of_groups,
    days_with_groups,
    listed_days,
    more_meetings,
)
from .numbers import JOIN, NAMING_WORDS, NUMBER, numbers
from .text import NEW_CLAUSE
from .unplaced import MOST
from .weekdays import DAY as _DAY
from .weekdays import DAY_NAME, day_groups, mentions, schedules
from .whose import (
    BY_MODE,
    CLAUSE_START,
    REDUCED,
    SPAN_OF_DAYS,
    side_activity,
)

# An adverb between a subject and its verb: "IOP itself typically meets three days". (Every rule here
# reads text `spelling.one_spelling` has made one: "normally", "generally" are "typically" by then,
# "participants" are "clients", "additional" is "extra", "a minimum of" is "at least".)
HEDGE = r"(?:(?:usually|typically|currently|now|still|also)\s+)?"
# Ways of saying a person takes part: "attend three days", "join three days", "come in three days",
# "come to three of them"
ATTEND = r"(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|(?:come|comes|coming)(?:\s+in)?(?:\s+to)?)"
# Words that make a day a program day: "three treatment days", "four days of programming a week".
DAY_KIND = r"(?:group|program|programming|treatment|iop|therapy|clinical|session)"
# ("two days of in-person group", "three non-consecutive days each week")
_DAYS_OF = r"\s+of\s+(?:(?:in-person|on-?site|virtual|online|telehealth)\s+)?(?:group\s+)?(?:programming|treatment|groups?|therapy|care|iop|attendance)"
PER_WEEK = (r"\s*(?:(?:" + DAY_KIND + r"|full|half|long|non-?consecutive|separate|different)\s+){0,2}"
             r"(?:days?|d(?=\s*/)|half-days?|evenings?|mornings?|afternoons?|nights?)(?:" + _DAYS_OF + r")?\s*"
             r"(?:(?:a|per|each|every|/)?\s*(?:week|wk)\b|weekly\b|(?:out\s+)?of\s+(?:the|your|their)\s+week\b)")
# "tres días por semana", "dos veces a la semana", "de tres a cinco días semanales"
PER_WEEK = (r"(?:" + PER_WEEK + r"|\s*(?:d[ií]as|veces|noches|tardes|mañanas)\s*(?:(?:a\s+la|por|cada|de\s+la)\s+semana\b|"
             r"semanales\b|a\s+la\s+semana\b|/\s*semana\b))")
# "3, 4 or 5 days a week": the first and last of a list of counts.
_DAY_RANGE = re.compile(NUMBER + r"(?:\s*,\s*" + NUMBER + r")*" + r"(?:" + JOIN + r"|\s+(?:a|o|y)\s+)" + NUMBER + PER_WEEK, re.I)
# "3 or more days per week", "3+ days a week": the fewest
DAY_ONE = re.compile(NUMBER + r"(?:\s+or\s+more|\s*\+)?" + PER_WEEK, re.I)
# "two mornings and one evening each week", "two long days and one short day each week": parts of a week added up.
# "Weekly rhythm: two group days, one individual day": the same under a label that names the week.
# (an individual therapy day is no program day: "three group days, one individual day" is three)
_PART = (r"\s+(?:(?:" + DAY_KIND + r"|clinic|in-person|on-?site|virtual|online)\s+|(?:long|short|full|half)[\s-])?"
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
DAYS_LABEL = re.compile(r"\bdays\s*(?:per|a|/)\s*week[\s.:=|…_]*"
                         r"(?:(?:vary|varies|range|ranges)\s+(?:from|between)\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?"
                         # not "3 days / week 6 hrs / day", where the next number is the next label's
                         r"(?!\s*(?:hrs?|hours?|h\b|weeks?|wks?|months?|min))"
                         r"(?:\s*\([^)]*\)\s*[/,;]\s*" + NUMBER + r"(?=\s*\())?|"
                         r"\bdays\s*:\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s*(?:/|per|a)\s*(?:week|wk)\b", re.I)
# "Weekly hours: 9 | Days: 3": a bare "Days" label among the labels of a week's facts
_WEEKLY_LABEL = r"(?:weekly\s+hours|hours\s*(?:per|a|/)\s*(?:week|wk))\s*:\s*\d+(?:\.\d+)?\s*\+?"
DAYS_BESIDE_WEEKLY = re.compile(_WEEKLY_LABEL + r"\s*[|·•,;]?\s*days\s*:\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\b(?!\s*(?:hrs?|hours?|weeks?|wks?|months?|-|–))|"
                                 r"(?:^|[|·•,;]\s*|\d\s+)days\s*:\s*" + NUMBER + r"\s*[|·•,;]?\s*" + _WEEKLY_LABEL, re.I)
# "Sessions per week: 3", a label as "Days per week: 3" is
SESSIONS_LABEL = re.compile(r"\b(?:sessions|groups|meetings)\s*(?:per|a|/)\s*(?:week|wk)\s*[:=]\s*" + NUMBER +
                             r"(?:" + JOIN + NUMBER + r")?\b(?!\s*(?:hrs?|hours?|h\b|min|weeks?|months?))", re.I)
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
_WEEKLY_SESSIONS = re.compile(NUMBER + r"\s+weekly\s+(?:(?:\d+|\w+)-(?:hour|minute)\s+)?(?:" + DAY_KIND + r"\s+)?(?:sessions|groups)\b", re.I)
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
_ACROSS_DAYS = re.compile(r"\b(?:across|over(?:\s+the\s+course\s+of)?|spread\s+(?:across|over)|falls?\s+on)\s+(?:at least\s+|between\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+(?:or more\s+)?"
                          # "split the same hours over four shorter evenings"
                          r"(?:(?:shorter|longer|separate|different|full|half)\s+)?(?:days|evenings|mornings|afternoons|nights)\b|" + NUMBER +
                          r"(?:" + JOIN + NUMBER + r")?\s+days\s+of\s+(?:\w+\s+)?(?:programming|treatment|groups?|therapy|care|iop)\b|" + NUMBER +
                          r"\s+(?:required\s+|scheduled\s+|core\s+)?(?:weekly\s+)?" + DAY_KIND + r"\s+days\b|"
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
                          + NUMBER + r"\s+(?:\d+|\w+)-hour\s+(?:" + DAY_KIND + r"\s+)?(?:sessions|groups|blocks|days)\b|"
                          # "two process groups and one skills group, on four separate days"
                          r"\bon\s+" + NUMBER + r"\s+(?:separate\s+|different\s+)?days\b|"
                          + NUMBER + r"\s+(?:group\s+)?(?:sessions|groups)\s+of\s+(?:\w+\s+)?hours?\b", re.I)
_EACH_WEEK = re.compile(r"(?:\b(?:a|per|each|every)[\s-]+(?:\w+\s+)?|/\s*)(?:week|wk)\b|\bweekly\b|"
                        r"\b(?:iop|program|treatment)\s+week(?:\s+(?:is|has|includes)\b|\s*:)|"  # "A full IOP week is four treatment days"
                        r"\b(?:most|typical|normal|regular)\s+weeks\b", re.I)

# "five days a week for the first month, then three": the elided count of a later phase.
_THEN_DAYS = re.compile(r"\b(?:then|later|finally|eventually|ideally|preferably|or even|"
                        r"(?:drop|taper|reduc|shorten|step|increas|go|goes|move|moves)\w*\s+(?:down\s+|up\s+)?to|down to|(?:finish|end)\w*\s+(?:at|with))\s+(?:to\s+)?" + NUMBER + r"\b(?!\s*(?:hours?|hrs?|weeks?|months?|sessions?))", re.I)
_PHASE_ONE_DAY = re.compile(r"^(?:weeks?|phase|step|level|months?)\s+[\w–-]+\s*:\s*" + DAY_NAME +
                            r"(?:s|\.)?\s*(?:only)?\W*$", re.I)
# "a Saturday group for people who cannot attend on weekdays": a one-day program of its own
ONE_DAY_INSTEAD = re.compile(r"\b(?:a|an|our)\s+" + DAY_NAME + r"s?\s+(?:[\w-]+\s+)?(?:group|session|track|iop|program|option)"
                              r"\s+(?:is\s+available\s+|is\s+offered\s+)?" + FOR_THOSE_WHO +
                              r"(?:" + CANNOT + r"(?!\s+(?:make|attend)\s+(?:one|a|either)\b)|work\s+(?:on\s+)?weekdays\b)", re.I)
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
_MINIMUM_DAYS = re.compile(r"\b(?:minimum|at least|as few as|no fewer than|no less than|" + ATTEND + r"\s+all)\s+(?:of\s+)?" +
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
ORDINALS = {"second": 2.0, "third": 3.0, "fourth": 4.0, "fifth": 5.0, "sixth": 6.0}
# A labelled item: "Part-time IOP: 3 days", "Week one: five days", "Program frequency: 2–5 days" (but never "Program length: 5 days").
_LABEL_DAYS = re.compile(r"^(?!.*\b(?:length|duration|stay|lasts?)\b)(?:[^:]{0,30}:\s*)?[^:]{0,40}\b(?:iop|program|track|phase|level|weeks?|"
                         r"schedule|attendance|minimum|maximum|frequency)\b[^:]{0,20}:\s*" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+days?\W*$", re.I)
# "four of those days": some of the days just named. "Most attend three of them" is left to the
# range of what is offered.
OF_THOSE = re.compile(r"\b(?:on|for|in|offered|held|runs?|meets?|and|" + ATTEND + r")\s+(?:between\s+|only\s+|just\s+)?" + NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+of\s+"
                       r"(?:those|these|them|the|our(?=\s+" + NUMBER + r"\b))\b", re.I)
# "on 4 of 7 days each week", "4 days on, 3 days off"
_SOME_OF_DAYS = re.compile(NUMBER + r"\s+(?:days\s+out\s+of\s+(?:every|each|the)\s+(?=seven\b|7\b)" + NUMBER + r"|"
                           r"(?:out\s+)?of\s+(?:the\s+)?" + NUMBER + r"\s+(?:days|weekdays)|days?\s+on\s*,?\s*" + NUMBER + r"\s+days?\s+off)\b", re.I)
# "IOP clients join on the days they're scheduled, usually four of the five": some weeks all five
_USUALLY_OF = re.compile(r"\b(?:usually|typically)\s+" + NUMBER +
                         r"\s+(?:out\s+)?of\s+the\s+" + NUMBER +
                         r"(?:\s+(?:days|weekdays))?\s*(?:[.,;!)]|$)", re.I)
HOW_MANY_OF = re.compile(r"\bhow\s+many\s+of\s+(?:those|these|the)\s+days\b[^.;]*?\b(?:usually|typically)\s+"
                          + NUMBER + r"(?:" + JOIN + NUMBER + r")?", re.I)
CHOOSE = r"(?:choose|chooses|pick|picks|select|selects)"
CHOOSE_DAYS = re.compile(r"\b(?:" + CHOOSE + r"|(?:are|is)\s+assigned|" + ATTEND + r"\s+only)\s+(?:any\s+|the\s+)?"
                          + NUMBER + r"(?:\s+(?:of\s+(?:them|those|these)(?:\s+days)?|days?|sessions|groups|mornings|evenings))?"
                          r"(?:\s+(?:a|per|each|every)\s+week)?(?:\s*[.!]?$|\s+(?:that|which)\b)|"
                          r"\b" + CHOOSE + r"\s+(?:any\s+)?" + NUMBER + r"\s+of\s+(?:our|the)\s+" + NUMBER +
                          r"\s+(?:weekly\s+|weekday\s+)?(?:groups|sessions|days)\b|"
                          # "attend any four days of their choosing", "three days of your choice" (not "plus one day of
                          # your choice", a day on top)
                          r"\b" + ATTEND + r"\s+any\s+" + NUMBER + r"\b|"
                          # "clients can choose which three"; "come in on the three mornings their counselor assigns"
                          r"\b" + CHOOSE + r"\s+which\s+" + NUMBER + r"\b|"
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
                         r"(?:iop|program)\s+(?:itself\s+)?" + HEDGE + r"(?:meets|runs)\s+)" + NUMBER +
                         r"\s+(?:(?:half|full)[- ])?days\b(?!\s+(?:long|of|in|later|after|before|ago))|"
                         r"\b(?:program|iop|php)['’]s\s+" + NUMBER + r"\s+days\b|"
                         # "Week one is five days", "a three-day week"
                         r"\bweek\s+(?:one|two|three|four|[1-4])\s+is\s+" + NUMBER + r"\s+days\b|"
                         # "Most IOPs meet three to five days a week. ... our IOP meets four."
                         r"\b(?:our|the)\s+(?:iop|program)\s+(?:itself\s+)?" + HEDGE + r"(?:meets|runs)\s+(?:just\s+|only\s+)?" + NUMBER + r"\s*[.!]?$|"
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
LEVEL_ONCE = re.compile(r"\b(?:(?:(?:level|phase|track|stage)\s+\w+|(?:standard\s+)?(?<!intensive )outpatient(?:\s+(?:program|clients|groups?|therapy))?|"
                         # "Once clients progress, they attend just once a week": the program's later stage
                         r"(?:progress|advance)\w*\s*,\s*(?:clients|you|they))"
                         r"\s+" + HEDGE + r"(?:meets?|is|are\s+seen|runs|comes?(?:\s+in)?|attends?)\s+(?:just\s+|only\s+)?"
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
                         + HEDGE + r"(?:meets?|runs?|comes?\s+in|attends?)\s+(?:on\s+|every\s+)?" + DAY_NAME +
                         r"(?!\s*(?:[-–—,/&]|and\b|or\b|through\b|thru\b|to\b)\s*" + DAY_NAME + r")",
                         re.I)
# "The clinic is closed on Sundays. Groups run the other six days."
_OTHER_DAYS = re.compile(r"\b(?:other|remaining)\s+" + NUMBER + r"\s+days\b", re.I)
WEEKDAYS = re.compile(r"\bweekdays\b|\bweeknights\b|\b(?:every|each) (?:weekday|weeknight)(?:\s+(?:mornings?|evenings?|afternoons?|nights?))?\b|\b(?:daily|every day)\s*,?\s*(?:except|but not)\s+(?:on\s+)?weekends\b|"
                       r"\bweekday\s+(?:mornings|evenings|afternoons|nights|iop|program|track)\b", re.I)
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
_AT_WORK = re.compile(r"\b(?:(?<!after )(?:work|works|working|jobs?|school)|(?:cannot|can't|unable to)\s+" + ATTEND + r")"
                      r"\s+(?:on\s+|during\s+(?:the\s+)?)?$", re.I)
_ON_KIND = re.compile(r"[\s,]*(?:(?:on|during|in)\s+(?:the\s+)?)?")
_SESSION_NOTE = re.compile(r"\s*(?:groups?|sessions?)\s+(?:are|run|end|start)\s+(?:shorter|longer|earlier|later)\b", re.I)
# (and a limit on days missed: "Missing more than two days may lead to a review", "absences of up to two days")
_DROPPED = re.compile(r"\b(?:drop|drops|dropping|skip|skips|skipping|miss|misses|missing|missed|lose|loses|absences?\s+of|"
                      r"(?:can['’]?t|cannot|can\s+not|unable\s+to)\s+make)\s+"
                      r"(?:(?:more\s+than|over|up\s+to|at\s+most|no\s+more\s+than)\s+)?(?:the\s+|their\s+|your\s+)?$", re.I)
_LAST_DAYS = re.compile(r"\s*days?$", re.I)  # (a count matched with its unit, before `SPAN_OF_DAYS`)
_ONLY_BEFORE = re.compile(r"\bonly\s+(?:\w+\s+){0,2}$", re.I)
_ONLY_AFTER = re.compile(r"\s+only\b", re.I)


def only_weekdays(sentence: str, match: re.Match) -> bool:
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
_MODE_COUNT = re.compile(NUMBER + r"(?=" + BY_MODE.pattern + r")", re.I)
_TIMES_IN_WEEK = re.compile(r"\b(?:most|typical|normal|regular|each|every)\s+weeks?\b[^.;]{0,40}?\b(?:meets?|" + ATTEND + r"|run|runs)\s+"
                            + NUMBER + r"\s+times\b(?!\s+(?:a|per|each|every)\s+(?:day|month))", re.I)
_AND_WEEKEND = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:on\s+)?(?:the\s+)?weekends?\b", re.I)


# "clients attend at least three days": a count of days attended, said without "a week";
# "each client attends three" (of the groups a week just named): a count that ends the sentence.
# (not "Each client joins one.": one of the groups the sentence before named)
_ATTEND_DAYS = re.compile(r"\b" + ATTEND + r"\s+(?:at least\s+|(?:a|at)\s+minimum(?:\s+of)?\s+|between\s+|from\s+)?(?!one\s*[.!]?$)" + NUMBER + r"(?:" + JOIN + NUMBER + r")?" +
                          r"(?:\s+(?:of\s+(?:those|the|these)\s+(?:\w+\s+)?)?days\b|\s+(?:evenings|mornings|afternoons|nights)\s*[.!]?$|"
                          r"(?:\s+of\s+them)?\s*[.!]?$)", re.I)
_EXTRA_PREFIX = re.compile(r"\b(?:(?:may|might|can|could)\s+(?:also\s+)?(?:add|" + ATTEND + r")|will\s+(?:also\s+(?:add|" + ATTEND +
                           r")|add))\s+(?:on\s+)?$", re.I)


_FIRST_N_DAYS = re.compile(r"\b" + ATTEND + r"\s+(?:only\s+|just\s+)?(?:on\s+)?the\s+(?:first|last)\s+" + NUMBER +
                           r"(?:\s+(?:days|weekdays|evenings|mornings|nights|sessions|groups))?(?=\s*(?:only\b|[.;,!]|$))", re.I)
_STEP_AFTER = re.compile(r"(?:\b(?:then|after\s+that|afterwards?|later|finally)\b[^.;]{0,40}?\b(?:in)?to|"
                         r"\b(?:move|moves|moving|step|steps|stepping)\s+(?:down\s+)?(?:on\s+)?(?:in)?to|\btransition\w*\s+(?:in)?to|"
                         r"\bgraduat\w*\s+(?:in)?to)\s+(?:our\s+|a\s+|the\s+)?$", re.I)
# ("with a longer Saturday session once a month")
MONTHLY = re.compile(r"\s*(?:\w+\s+)?(?:once\s+|twice\s+)?(?:in\s+a|a|per|each|every|of the)\s+month\b|\s*(?:\w+\s+)?monthly\b", re.I)
STANDARD = r"(?:standard|norm|minimum|usual|typical|baseline|default)\b"
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
                           r"^(?:can|may|could|do|must)\s+(?:i|we|you|clients)\s+(?:" + ATTEND + r"|do)\s+(?:more|fewer|less)\s+than\s+" +
                           NUMBER + r"\s+days\b[^?]*\?", re.I)
_SAME_HOURS = re.compile(r"\b(?:the\s+)?same\s+(?:\w+\s+)?hours\b|\b(?:those|these)\s+(?:\w+\s+)?hours\b", re.I)  # (the week's, said before)
# "Three days is the standard": a count of days a week, named the program's norm
_STANDARD_DAYS = re.compile(r"^(?:\w+[.:]\s+)?" + NUMBER + r"\s+days\s+(?:is|are)\s+(?:the\s+|our\s+)?" + STANDARD, re.I)


def without_mode_counts(sentence: str) -> str:
    """The sentence with a count of days attended some other way blanked out, its length kept:
    "may attend two of those days by video" says how some days are attended, not how many there are."""
    return _MODE_COUNT.sub(lambda m: " " * len(m.group(0)), sentence)


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding position `at` ends."""
    return min((cut.start() for cut in NEW_CLAUSE.finditer(sentence) if cut.start() >= at), default=len(sentence))


def most_in_clause(sentence: str, at: int) -> bool:
    """Whether the clause holding position `at` says what most do ("most attend three of the five"),
    not another clause ("The calendar typically runs Monday through Saturday, but each participant
    attends four of the six days")."""
    start = max((cut.end() for cut in NEW_CLAUSE.finditer(sentence) if cut.end() <= at), default=0)
    return bool(MOST.search(sentence[start:_clause_end(sentence, at)]))


# "can join our Thursday and Friday morning groups instead": another schedule, not more days
# (nor "clients who work full time may attend Monday, Wednesday and Friday only": a schedule of its own)
INSTEAD = re.compile(r"^[^.;]*\b(?:instead|rather than|in place of)\b|^[^.;]*\bonly\s*(?:[.;]|$)", re.I)


def schedule_added(sentence: str, start: int, end: int) -> bool:
    """Whether the schedule at start:end is days a person may add ("may attend Tuesday and
    Thursday as well") rather than the program's own."""
    return bool(_EXTRA_PREFIX.search(sentence[:start]) or _WILL_ATTEND.search(sentence[:start]) and _AS_WELL.match(sentence[end:])) \
        and not INSTEAD.match(sentence[end:])


# "will attend Tuesday and Thursday as well": days added, where "will attend Monday and Friday" is the week
_WILL_ATTEND = re.compile(r"\bwill\s+" + ATTEND + r"\s+(?:on\s+)?$", re.I)
_AS_WELL = re.compile(r"[^.;]*?\b(?:too|as\s+well)\b", re.I)


# The count just stated, split into its parts: "Two are groups at the clinic, and one is a telehealth group"
_PARTS_OF_STATED = re.compile(r"^" + NUMBER + r"\s+(?:of\s+(?:them|those|these)\s+)?(?:are|is)\b[^.;]*?\s(?:and|while)\s+"
                              r"(?:the\s+(?:other|remaining|rest)\b|" + NUMBER + r"\s+(?:of\s+(?:them|those|these)\s+)?(?:are|is)\b)", re.I)
# "Sessions: 3 per week", "Frequency: 3x/week": a labelled count of meetings a week.
# "all scheduled groups (3 per week)"
_PER_WEEK_LABEL = re.compile(r"\b(?:sessions?|groups?|frequency|meets?|meetings)\s*(?::|\()\s*" +
                             NUMBER + r"(?:" + JOIN + NUMBER +
                             r")?\s*(?:x\s*)?(?:(?:per|a|/|each)\s*(?:week|wk)\b|weekly\b)", re.I)


# "What does a week in IOP look like?": the answer's counts are a week's.
_ANSWER_HEDGE = r"(?:a:\s*)?(?:(?:usually|typically|mostly|most weeks),?\s+)?"
_ANSWER = re.compile(r"^" + _ANSWER_HEDGE + NUMBER + r"(?:\s+days?)?\W*$", re.I)
_ANSWER_OPENS = re.compile(r"^" + _ANSWER_HEDGE + NUMBER + r"(?:\s+days?)?\s*[,;—–]", re.I)
# the answer to a question about the week, a range said without its unit
_ANSWER_RANGE = re.compile(r"\b(?:from\s+|between\s+)?" + NUMBER + r"\s*(?:to|or|and|-|–)\s*" + NUMBER +
                           r"\s*(?:days?\b|[.!]?$|,\s*depending\b)", re.I)  # ("Between three and four, depending on your plan.")
_NOT_DAYS_UNIT = re.compile(r"\b(?:hours?|hrs?|weeks|months?|minutes?|years?|[ap]\.?m\.?|noon|clients|people|groups|sessions)\b|\d:\d|\$",
                         re.I)
# "How many days a week is IOP?", "How many days is IOP?"
# (or an intro to counts listed under it: "Days a week varies by phase (see below).")
LABELLED_ANSWER = re.compile(r"^(?!(?:hours?|length|duration|weeks|cost|price|ages?)\b)[\w' -]{1,30}:\s*" + NUMBER + r"(?:\s+days?)?\W*$", re.I)


# "The IOP schedule includes three required days": a week's days, said of the schedule.
_INCLUDES_DAYS = re.compile(r"\b(?:(?:schedule|week)\s+(?:includes|has|consists of|is built around)|"
                            r"(?:typical|usual|average|standard|normal)\s+(?:\w+\s+)?week\s+(?:is|looks\s+like))\s+" + NUMBER +
                            r"\s+(?:required\s+|core\s+|scheduled\s+|" + DAY_KIND + r"\s+)?days\b", re.I)
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
_ATTENDED_AFTER = re.compile(r"\s*(?:(?:each|a|per|every)\s+week\s+)?(?:that\s+)?(?:you|clients|they)\s+(?:will\s+)?" + ATTEND, re.I)
# "our Tuesday and Thursday groups": days that name the groups themselves.
_NAMING_GROUPS = re.compile(r"\s+(?:iop\s+|program\s+|evening\s+|morning\s+)?(?:groups|sessions)\b|"
                            r"\s+" + DAY_KIND + r"\s+days\b", re.I)


# "three program days", "Days per week: 3": a count that says itself what it counts.
_SELF_NAMED = re.compile(r"\b" + DAY_KIND + r"\s+days\b|^schedule\s+of\b|\b(?:program|iop|php)['’]s\s+\w+\s+days\b|"
                         r"-day\s+(?:intensive|iop|php|partial|day)\b|\bdays\s*(?:per|a|/)\s*week\s*[:=|]|"
                         r"^number\s+of\s+days\s+you\s+" + ATTEND + r"\b", re.I)
# "for clients attending IOP four days a week": whoever arranges it, the count is the program's.
_ATTENDS_PROGRAM = re.compile(r"\b" + ATTEND + r"\s+(?:the\s+|our\s+)?(?:iop|php|program|groups?)\s+(?:on\s+)?$|"
                              r"\b(?:recommends?|suggests?|prescribes?|approves?|assigns?)\s+(?:between\s+)?$", re.I)  # "will recommend two to four days a week"
_LAST_ONE = re.compile(r",\s*(one)\W*$", re.I)
# Beside a stated week: "but holiday weeks may have three sessions", "the schedule can range from two to five days"
_WEEKS_HAVE = re.compile(r"\bweeks?\s+(?:(?:may|might|can|will|would)\s+)?(?:have|has|include|includes)\s+(?:only\s+|just\s+)?"
                         + NUMBER + r"\s+(?:sessions|groups|days|meetings)\b"
                         # (not "two groups, one skills group and one psychoeducation group": one kind among several)
                         r"(?!\s*,\s*(?:and\s+)?(?:one|two|three|an?)\s+[\w-]+\s+(?:groups?|sessions?))", re.I)
_RANGE_FROM = re.compile(r"\b(?:range|ranges|vary|varies)\s+(?:from|between)\s+" + NUMBER + r"\s+(?:to|and)\s+" + NUMBER +
                         r"\s+days\b", re.I)
# "scheduled for three group days" with no period named: a week's days (see day_counts)
_KIND_DAYS = re.compile(r"\b(?:scheduled for|assigned|" + ATTEND + r"|has|have|includes?)\s+" + NUMBER + r"\s+(?:required\s+)?"
                        + DAY_KIND + r"\s+days\b|"
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
TOTAL_DAYS = re.compile(r"\b(?:a\s+total\s+of|totall?ing|total\s+of)\s+" + NUMBER + r"\s+(?:" + DAY_KIND + r"\s+)?days\b", re.I)


_SIDE_DAYS_IN = re.compile(r",?\s*(?:including|with)\s+(an?|" + NUMBER[1:-1] + r")\s+days?\s+(?:of|for|set\s+aside\s+for)\s+"
                           r"(?:individual|one-on-one|psychiatr|case\s+management|medication)", re.I)


_MORE_CELLS = re.compile(r"[\s|]+\d+(?:\.\d+)?[\s|]+\d+(?:\.\d+)?[\s|]*$")


def day_counts(sentence: str, after_count: bool = False, weekly: bool = False) -> list[tuple[float, int, int, bool]]:
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
        if MONTHLY.match(sentence, match.end()) and not _EACH_WEEK.search(match.group(0)):
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
    total = TOTAL_DAYS.search(sentence)
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
    which = HOW_MANY_OF.search(sentence)
    if which:  # "will recommend how many of those days you attend — usually three or four"
        return [(n, which.start(), which.end(), True) for n in numbers(which.group(1), which.group(2))]
    choice = CHOOSE_DAYS.search(sentence)
    chosen = numbers(next((g for g in choice.groups() if g), None)) if choice else []
    if chosen:
        # "Sessions are offered Monday through Saturday, and clients choose three": the days a
        # person comes, not the days on offer
        return [(chosen[0], choice.start(), choice.end(), False)]
    some = _SOME_OF_DAYS.search(sentence)
    if some and not most_in_clause(sentence, some.start()):
        return [(numbers(some.group(1))[0], some.start(), some.end(), False)]
    sentence = without_mode_counts(sentence)
    part = OF_THOSE.search(sentence)
    if part and not most_in_clause(sentence, part.start()) and numbers(part.group(1))[0] > 1:  # not "on one of those days"
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
    for pattern in (DAY_ONE, _DAYS_PHRASE, _TIMES_WEEK):
        for match in pattern.finditer(taken):
            if pattern is not _TIMES_WEEK or not _therapy_hour(sentence, match):  # not "individually 1x/week"
                add(match, *match.groups())
    for match in _DAYS_VARY.finditer(sentence):  # "Days per week vary by phase: 5, then 4, then 3"
        add(match, *(n for n in re.findall(NUMBER, match.group(1))))
    for match in _INCLUDES_DAYS.finditer(sentence):
        add(match, match.group(1))
    for pattern in (_PHASE_ONE_DAY, ONE_DAY_INSTEAD):  # "Weeks 7–8: Wed."
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
    stated = (DAY_ONE.search(sentence) or _DAYS_PHRASE.search(sentence) or _INCLUDES_DAYS.search(sentence) or times
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
        stated_out = DAY_ONE.sub(lambda m: " " * len(m.group(0)), taken)
        for match in _BARE_COUNT.finditer(stated_out):
            add(match, match.group(1) or match.group(2))
        for match in _ORDINAL_DAY.finditer(taken):
            nth = ORDINALS[match.group(1).lower()]
            # "The fourth day is optional": a week of three days or four (where "an optional fourth day" is one on top)
            add(match, *((nth - 1, nth) if match.group(0).lower().startswith("the") else (nth,)))
        if after_count or times:
            # "Group meets three times weekly. Clients can request a fourth session."
            for match in _ORDINAL_SESSION.finditer(taken):
                add(match, ORDINALS[match.group(1).lower()])
    for pattern in (DAYS_LABEL, _ATTEND_DAYS, _LABEL_DAYS, _PER_WEEK_LABEL, _LEVEL_DAYS, _MIN_MAX, _STANDARD_DAYS, _LEVEL_PAREN,
                    _WEEK_EXPECTS, DAYS_BESIDE_WEEKLY, SESSIONS_LABEL):
        for match in pattern.finditer(sentence):
            # (not a table row that heads several cells, "Days per week | 7 | 5 | 3", read cell by cell under its
            # columns' names in `text.column_numbers`, not as one label and its first value)
            if not _MORE_CELLS.match(sentence, match.end()):
                add(match, *match.groups())
    for match in LEVEL_ONCE.finditer(sentence):
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
    spans = [span for span in every_span if not schedule_added(sentence, span[0], span[1])
             and not _AT_WORK.search(sentence[: span[0]])  # "for people who work Monday to Friday"
             and not _DROPPED.search(sentence[: span[0]])  # "keep their same group but drop Tuesdays and Thursdays"
             and not _SESSION_NOTE.match(sentence, span[1])  # "Monday and Friday sessions are shorter"
             and not any(m.start(1) <= span[0] < m.end(1) for m in _ALL_BUT_ONE.finditer(sentence))]
    whole = None
    # (not another level's one day: "and our OP group meets on Tuesdays")
    unlevelled = LEVEL_ONCE.sub(lambda m: " " * len(m.group(0)), sentence)
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
    answer = _ANSWER.match(sentence) or _ANSWER_OPENS.match(sentence) or LABELLED_ANSWER.match(sentence)
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
    for match in WEEKDAYS.finditer(taken):
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
            DAY_ONE.search(sentence) or re.search(r"-day\s+$", before)  # "our three-day weekday IOP"
            or _WEEKEND_NAMED.search(sentence) and not _A_VERB.search(sentence)
            or match.start() == 0 and match.end() == len(sentence.rstrip(" .:"))  # "Weekday IOP" as a heading
            or any(match.end() <= start < _clause_end(sentence, match.end()) for start, _, _, _ in every_span))
        # "twice weekly on weekday evenings": which days, not how many
        kind = any(end <= match.start() and _ON_KIND.fullmatch(sentence, end, match.start()) for _, _, end, _ in found)
        if not _SOME_WEEKDAYS.search(sentence) and not _AT_WORK.search(before) and not named and not track \
                and not kind and not only_weekdays(sentence, match):
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
