"""One spelling of each way pages write a week, so the days rules need to know only one.

"participates in three classes" reads as "attends three groups", "twice/wk" as "twice a week",
"three times a week" as "three days a week", "Days per week — 5" as "Days per week: 5" and
"MON–FRI" as "Mon–Fri". Checked by the rewordings in tests/test_extract.py: each rewrites every
dev case one way and the days read must not change.
"""

from __future__ import annotations

import re

from .numbers import JOIN, NUMBER, to_number
from .weekdays import DAY, canonical_case

# The rules know one spelling of each word that says who attends what: "each client participates
# in three classes" is "attends three groups", "most individuals" are "most clients".
# "Patients attend one group a day" and "members" (not "staff members") are clients too.
# A program "is held", "takes place", "gathers" or "convenes" as it "meets".
# "voluntary", "elective" and "as-needed" days are "optional"; "no fewer than three" and "a minimum of
# three" are "at least three", "a maximum of five" is "up to five"; what clients "additionally" do
# they "also" do; "a single day" is "one day"; "group meetings" are "groups" (bare "meetings" may be
# a community's: "2 AA meetings"). What is "normally", "generally" or "in most cases" so is
# "typically" so. A program "operates" as it "meets". What "might" or "could" be "may" be; a day "not
# required" is "optional"; a week that "decreases", "cuts back" or "goes down" to three "steps down" to three;
# ", followed by three" is ", then three"; "every two weeks" is "every other week"; "starting in week three"
# is "from week three"; "we see clients three days a week" is "clients attend three days a week"; a group
# that "happens", "is in session" or "will meet" "meets"; clients who "show up" "attend"; "group sessions",
# "therapy groups", "process groups" and "group therapy sessions" are "groups"; "attendees", "enrollees" and
# "group members" are "clients"; an "IOP program" is an "IOP"; a "skills lab" is a "skills group"; "anywhere
# between" (or "from") two and five is "between" (or "from") two and five.
_SAME_WORDS = re.compile(r"\b(?:participat(?:e|es|ing)\s+in|class(?:es)?|individuals|patients|participants|"
                         r"(?<!staff )(?<!team )(?<!family )(?<!board )members|(?:is|are)\s+held|takes?\s+place|"
                         r"gathers?|convenes?|voluntary|elective|as-needed|no\s+(?:fewer|less)\s+than|a\s+(?:minimum|maximum|max)\s+of|"
                         r"additionally|additional|a\s+single|group\s+meetings?|normally|generally|ordinarily|in\s+most\s+cases|"
                         r"most\s+often|operates?|might|could|(?:is|are)\s+not\s+required|"
                         r"(?:decrease|cut\s+back|go\s+down|scale\s+back)\s+to|(?:decreases|cuts\s+back|goes\s+down|scales\s+back)\s+to|"
                         r",\s+followed\s+by|every\s+(?:two|2|second)\s+weeks?|(?:starting|beginning)\s+(?:in|with|from)\s+week|"
                         r"we\s+see\s+(?:clients|patients|participants)|happens|(?:is|are)\s+in\s+session|shows?\s+up|"
                         r"will\s+(?:meet|run|be\s+held|take\s+place)|group\s+sessions?|therapy\s+groups?|"
                         r"group\s+therapy\s+sessions?|(?:process|treatment|counseling|psychotherapy)\s+groups?|attendees|enrollees|"
                         r"group\s+members|IOP\s+program|skills\s+labs?|anywhere\s+(?:between|from))\b", re.I)
_ONE_WORD = {"participate in": "attend", "participates in": "attends", "participating in": "attending",
             "class": "group", "classes": "groups", "individuals": "clients", "patients": "clients", "members": "clients", "participants": "clients",
             "is held": "meets", "are held": "meet", "takes place": "meets", "take place": "meet",
             "gathers": "meets", "gather": "meet", "convenes": "meets", "convene": "meet",
             "voluntary": "optional", "elective": "optional", "as-needed": "optional",
             "no fewer than": "at least", "no less than": "at least", "a minimum of": "at least",
             "a maximum of": "up to", "a max of": "up to", "additionally": "also", "additional": "extra",
             "a single": "one", "group meeting": "group", "group meetings": "groups",
             "normally": "typically", "generally": "typically", "ordinarily": "typically", "in most cases": "typically",
             "most often": "typically", "operates": "meets", "operate": "meet", "might": "may", "could": "may",
             "is not required": "is optional", "are not required": "are optional",
             "decrease to": "step down to", "cut back to": "step down to", "go down to": "step down to", "scale back to": "step down to",
             "decreases to": "steps down to", "cuts back to": "steps down to", "goes down to": "steps down to",
             "scales back to": "steps down to", ", followed by": ", then",
             "every two weeks": "every other week", "every 2 weeks": "every other week", "every second week": "every other week",
             "starting in week": "from week", "starting with week": "from week", "starting from week": "from week",
             "beginning in week": "from week", "beginning with week": "from week", "beginning from week": "from week",
             "we see clients": "clients attend", "we see patients": "clients attend", "we see participants": "clients attend",
             "happens": "meets", "is in session": "meets", "are in session": "meet", "show up": "attend", "shows up": "attends",
             "will meet": "meets", "will run": "runs", "will be held": "meets", "will take place": "meets",
             "group session": "group", "group sessions": "groups", "therapy group": "group", "therapy groups": "groups",
             "group therapy session": "group", "group therapy sessions": "groups",
             "process group": "group", "process groups": "groups", "treatment group": "group", "treatment groups": "groups",
             "counseling group": "group", "counseling groups": "groups", "psychotherapy group": "group",
             "psychotherapy groups": "groups", "attendees": "clients", "enrollees": "clients", "group members": "clients",
             "iop program": "IOP", "skills lab": "skills group", "skills labs": "skills groups",
             "anywhere between": "between", "anywhere from": "from"}


# "twice/wk", "3 sessions/week", "Days/wk: 5" say "a week" as cards write it ("3 d/wk" is read as it is)
_SLASH_WEEK = re.compile(r"(?<=[a-z])(?<!\bd)\s*/\s*(?:wk|week)\b|\b(wk)\b", re.I)


# An IOP that meets "three times a week" meets three days a week; said so, every rule for days reads it
_TIMES_WEEKLY = re.compile(r"\btimes(?=\s+(?:(?:a|per|each|every)\s+week|weekly)\b)", re.I)


# "Weeks 1 – 4", "9am – 12pm": a range of numbers with its dash spaced out, as "Weeks 1–4"
_SPACED_DASH = re.compile(r"(\d(?:\s*[ap]\.?m\.?)?)\s+([–-])\s+(?=\d)", re.I)
# "4x weekly", "3x per week" as "4 days weekly" (the days rules read "3x a week" as it is)
_X_WEEKLY = re.compile(r"\b(\d)\s*x(?=\s+(?:weekly|(?:per|each|every)\s+week)\b)", re.I)


# "a three-day-a-week program", "four-evening-per-week groups" as "three days a week"
_HYPHENED_WEEK = re.compile(r"\b(\w+)-(day|evening|morning|night|afternoon)-(?:a|per)-week\b", re.I)


# "three mornings weekly", "once weekly" as "three mornings a week", "once a week"
_PARTS_WEEKLY = re.compile(r"\b(days?|evenings?|mornings?|nights?|afternoons?|once|twice)\s+weekly\b", re.I)


# "per week", "each week", "every week" as "a week" (not "every other week")
_EACH_WEEK = re.compile(r"\b(?:per|each|every)\s+week\b(?!['’])", re.I)


# "Clients attend three weekdays" is three days a week; "the five weekdays", "the other two weekdays" are not
_COUNTED_WEEKDAYS = re.compile("".join(rf"(?<!\b{word} )" for word in ("the", "all", "of", "other", "remaining")) +
                               r"\b(" + NUMBER[1:-1] + r")\s+weekdays\b(?!\s+(?:a|per|each|every)\s+week)", re.I)
# "three weeknight evenings", "four weekday mornings" as "three evenings a week", "four mornings a week"
_COUNTED_DAY_PARTS = re.compile("".join(rf"(?<!\b{word} )" for word in ("the", "all", "of", "other", "remaining")) +
                                r"\b(" + NUMBER[1:-1] + r")\s+(?:weekday|weeknight)\s+(evenings|mornings|afternoons|nights)\b"
                                r"(?!\s+(?:a|per|each|every)\s+week)", re.I)
# "Days per week — 5", "IOP groups — Monday 6-9pm": a short label set off by a dash, as by a colon
_DASH_LABEL = re.compile(r"^((?!\d)[\w' ]{1,30}?(?<!\d)|(?:weeks?|phase|months?|step|level)\s+\d+(?:[–-]\d+)?)\s+[—–]\s+", re.I)
_STARTS_WITH_DAY = re.compile(DAY + r"|(?-i:Tu|Th|Sa|Su|TU|TH|SA|SU|M|T|W|F)\b", re.I)  # a name or a timetable letter ("M – Th")
# "Mon., Wed. and Fri.", "a Fri. morning group" as the full names
_SHORT_DAY = re.compile(r"\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)\.")
_FULL_DAY = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday", "Sat": "Saturday",
             "Sun": "Sunday"}
# "three group therapy days" as "three group days"; "three separate days" as "three days"
_GROUP_THERAPY = re.compile(r"(?<=\b[Gg]roup) therapy(?=\s+(?:days?|sessions?)\b)")
_SEPARATE_DAYS = re.compile(r"\b" + NUMBER + r"\s+(?:separate|different|distinct)\s+(days|evenings|mornings|afternoons|nights)\b",
                            re.I)
# "three out of five", "three of those five", "three of five weekday sessions" as "three of the five"; "decide on", "opt for", "pick" as "choose" (not "pick up");
# "each weekday" as "every weekday"
_OUT_OF = re.compile(r"\b" + NUMBER + r"\s+(?:out\s+of|of\s+(?:those|these)|of(?=\s+(?:two|three|four|five|six|seven|[2-7])\s+"
                     r"(?:weekday|weekly|scheduled|group|days|sessions|groups)))\s+(?!every\b|each\b)" + NUMBER + r"\b", re.I)
# "three of the four evenings" as "three of the four days": a day a week, whatever part of it
_OF_DAY_PARTS = re.compile(r"\b(of\s+the\s+" + NUMBER + r")\s+(?:evenings|nights|weeknights|mornings|afternoons)\b", re.I)
# "The standard IOP week is four days" as "The standard IOP meets four days a week"
_WEEK_IS = re.compile(r"(?<!\bof )\b((?:the|our|an?|your)\s+(?:(?:standard|typical|usual|regular|normal|full)\s+)?(?:iop|php|op|program|treatment))\s+week\s+is\s+" + NUMBER + r"\s+days(?:\s+long)?\b", re.I)
# "approve a three-day week" as "approve three days a week"; "Two-day weeks are possible" as "Two days a week are possible"
_DAY_WEEK = re.compile(r"(?:\ban?\s+|(?<!\band )(?<!\bor )\b)(" + NUMBER + r")-day\s+weeks?\b", re.I)
# "five days, then four, then three" as "five days a week, then four, then three": a week that steps down
_DAYS_THEN = re.compile(r"\b(" + NUMBER + r")\s+days(?=\s*,\s*then\s+" + NUMBER + r"\s*(?:[,.;]|$|and\b))", re.I)
# "can take one weekday off each week" as "can skip one day each week"
_DAY_OFF_TAKEN = re.compile(r"\btake\s+(one|two|a)\s+(?:week)?days?\s+off\b", re.I)
# "Frequency: Varies (2–5 days)" as "Frequency: 2–5 days"
_VARIES = re.compile(r"(:|\s[—–-])\s*(?:varies|variable|flexible)\s*[(,]\s*(" + NUMBER + JOIN + NUMBER + r"\s+days?)\s*\)?", re.I)
_CHOOSE = re.compile(r"\b(?:decide(s)?\s+on|opt(s)?\s+for|settle(s)?\s+on|pick(s)?(?!(?:\s+\w+){0,3}\s+up\b))\b", re.I)
# "every other day, Monday through Friday", "every other weekday" as the weeks they make: three days one week, two the next
_EVERY_OTHER_WEEKDAY = re.compile(r"\bevery\s+other\s+(?:weekday|day\s*,?\s*(?:from\s+)?(?:Monday|Mon|M)\.?\s*(?:-|–|to|through|thru)\s*"
                                  r"(?:Friday|Fri|F)\b)", re.I)
# "five mornings a week for the first three weeks, then three for the next six" as "... the next six weeks": the
# unit said once, for the first span
_NEXT_SPAN = re.compile(r"\b(for\s+(?:the\s+|another\s+)?(?:next|following|remaining|last|final|other)\s+" + NUMBER +
                        r")\b(?!\s*(?:-|–)?\s*(?:weeks?|months?|days?|evenings?|mornings?|nights?|afternoons?|sessions?|groups?|hours?|of)\b)", re.I)
# "M–Th (Fri optional)", "Mon–Thu, Fri optional" as "M–Th; Fri is optional": a day of the week some skip, said short
_DAY_OPTIONAL_SHORT = re.compile(r"\s*(?:\(\s*|,\s*)" + DAY + r"s?\s*:?\s*(?:is\s+)?optional\s*\)?(?=\s*(?:[.;,]|$))", re.I)
# "let clients build a schedule of three days" as "choose three days": a week of one's own made of days offered
_SCHEDULE_OF = re.compile(r"\b(?:build|builds|create|creates|design|designs|put\s+together|puts\s+together|choose|chooses|picks?|selects?)\s+"
                          r"(?:a|their|your|his\s+or\s+her)\s+(?:own\s+)?(?:weekly\s+)?schedule\s+of\s+(?=" + NUMBER +
                          r"\s+(?:(?:separate|different)\s+)?(?:days|mornings|evenings)\b)",
                          re.I)
_EACH_WEEKDAY = re.compile(r"\beach(?=\s+(?:weekday|weeknight)\b)", re.I)
# "for weeks one and two" as "for the first two weeks": weeks named from the first, not counts
_WEEKS_NAMED = re.compile(r"\b[Ww]eeks\s+(?:one|1)\s+(?:and|to|through|-|–)\s*(two|three|four|five|six|seven|eight|[2-8])\b")
# "Tuesday plus Thursday" as "Tuesday and Thursday"; "from three to five days" as "three to five days"
_DAY_PLUS = re.compile(r"(?<=day)(s?)\s+plus\s+(?=" + DAY + ")", re.I)
_FROM_RANGE = re.compile(r"(?<!range )(?<!ranges )(?<!vary )(?<!varies )\bfrom\s+(?=" + NUMBER + r"\s*(?:to|or|-|–)\s*" + NUMBER +
                         r"\s+(?:days|evenings|mornings|afternoons|nights|weekdays|group\s+days)\b)", re.I)
# "clients move to two days a week", "transition to three" as "step down to" (not "move to standard outpatient")
_MOVE_TO = re.compile(r"\b(?:mov|transition)(e|es|s|ing)?\s+to(?=\s+" + NUMBER + ")", re.I)
# "three-to-five days" as "three to five days"; "three days at minimum", "at minimum three days", "three or more
# days" as "at least three days"
_HYPHENED_RANGE = re.compile(r"\b(\w+)-to-(\w+)(?=\s+(?:days|evenings|mornings|afternoons|nights|weekdays)\b)", re.I)
_AT_MINIMUM = re.compile(r"\b" + NUMBER + r"\s+(days|evenings|mornings|afternoons|nights)\s+(?:at\s+(?:a\s+)?minimum|minimum|or\s+more)\b",
                         re.I)
_AT_MINIMUM_BEFORE = re.compile(r"\bat\s+(?:a\s+)?minimum,?(?=\s+" + NUMBER + ")", re.I)
_OR_MORE = re.compile(r"\b" + NUMBER + r"\s+or\s+more\s+(days|evenings|mornings|afternoons|nights)\b", re.I)
# "clients in IOP", "participants in the PHP" as "IOP clients", "PHP clients" (participants, patients and
# members are clients by then)
_CLIENTS_IN = re.compile(r"\b((?i:clients))\s+in\s+(?:the\s+|our\s+)?(IOP|PHP)\b")
# "bump that up to five", "ramp it up to four", "raise that to five" as "increase to five"
_BUMP_UP = re.compile(r"\b(?:bump|ramp|scale|raise|increase)(?:s|d|ed)?\s+(?:(?:that|it|this|things|the\s+schedule)\s+)?(?:up\s+)?to(?=\s+" +
                      NUMBER + ")", re.I)
# "lower this to two", "reduce it to two" as "step down to two"
_LOWER_TO = re.compile(r"\b(?:lower|reduce|cut|decrease|drop)(?:s|d|ed)?\s+(?:that|it|this|the\s+schedule)\s+(?:down\s+)?to(?=\s+" +
                       NUMBER + ")", re.I)
# "From two to four is normal" (or "Anywhere from ...") as "Two to four is normal"
# (in words only: "From 2 to 4" may be a time)
_FROM_OPENING = re.compile(r"^from\s+(?=(?:two|three|four|five|six)\s*(?:to|-|–)\s*(?:two|three|four|five|six|seven)\b)", re.I)
# "The Friday group is not mandatory", "Friday attendance is encouraged but not required" as "... is optional"
_NOT_MANDATORY = re.compile(r"\b(is|are)\s+(?:not\s+(?:mandatory|compulsory|obligatory)|encouraged\s+but\s+(?:not\s+required|optional))\b", re.I)
# "Thursday's group is optional" as "The Thursday group is optional"; "an optional group on Thursday" as "an
# optional Thursday group"
_DAYS_GROUP = re.compile(r"\b" + DAY + r"['’]s\s+(group|session)\b", re.I)
_OPTIONAL_ON = re.compile(r"\b(an?\s+optional)\s+(group|session)\s+on\s+" + DAY + r"s?\b", re.I)
# "for a week or two" is a while, as "for a week or so", not a count
_OR_TWO = re.compile(r"\b(an?\s+(?:day|week|month))\s+or\s+(?:two|2)\b", re.I)
# "Most clients are here three of the five days", "clients are with us on Mondays" as "attend";
# "anyone who", "those who" need more support as "clients who" do
# (said of the people who attend: "we are here Monday to Saturday" is the office's)
_HERE_FOR = (r"\s+(?:here|with\s+us|on[- ]?site)(?=\s+(?:only\s+|just\s+)?(?:on\s+)?(?:" + NUMBER + r"|" + DAY +
             r"|at\s+(?:least|a\s+minimum|minimum)|between|from|about|around|every|each)\b)")
_ARE_HERE = re.compile(r"\b(clients|most|many|some|they|you|teens|adults)\s+are" + _HERE_FOR, re.I)
_TO_BE_HERE = re.compile(r"\b(will|['’]ll|to)\s+be" + _HERE_FOR, re.I)
# "Each client is assigned to three of the four" attends three of them; "one session weekly" is "once weekly"
_ASSIGNED = re.compile(r"\b(is|are)\s+(?:assigned|scheduled|placed)\s+(?:to|for|in|into)\s+(?:just\s+|only\s+)?(?=" + NUMBER + r"\s+of\b)", re.I)
_ONE_SESSION = re.compile(r"\b(?:one|1|a\s+single)\s+(?:group\s+)?(?:session|group|meeting)"
                          r"(?:\s+(?=weekly\b|(?:a|per|each|every)\s+week\b)|(?=\s*/\s*(?:wk|week)\b))", re.I)
# "Most clients do three days a week. Newcomers do four." as "attend"
_DO_DAYS = re.compile(r"\b(clients|most|many|some|others|newcomers|you|they|people|adults|teens)\s+do\s+(?=" + NUMBER + r"\b)", re.I)
# "New clients start at five" as "start with five"
# (not a clock time: "sessions start at 6 and end at 9", "groups begin at 10 am")
_START_AT = re.compile(r"(?<!sessions )(?<!session )(?<!groups )(?<!group )(?<!classes )(?<!class )"
                       r"\b(start|starts|begin|begins)\s+(?:out\s+)?at(?=\s+" + NUMBER + r"\b"
                       r"(?!\s*(?::|[ap]\.?m\b|o['’]clock|and\s+(?:end|finish)|until|till|to\s+\d)))", re.I)
# "IOP clients themselves attend ...", "IOP itself meets ..." as "IOP clients attend", "IOP meets";
# "attend any three of those days" as "attend three of those days"
_ITSELF = re.compile(r"(?<=\w)\s+(?:itself|themselves)\b(?=\s+\w)", re.I)
# (but "attend any three days" keeps its "any": days picked from those offered)
_ANY_COUNT = re.compile(r"\bany\s+(?=" + NUMBER + r"\s+(?:or\s+(?:all\s+)?" + NUMBER + r"\s+)?of\b)", re.I)
# "some of our clients" as "some clients"
_SOME_OF_OUR = re.compile(r"\b(some|many|most|all|few)\s+of\s+(?:our|the|these|those)\s+(?=clients)", re.I)
# "daily except weekends and Wednesdays" as "every weekday except Wednesdays"; "three of five" as "three of the five"
_DAILY_BUT_WEEKENDS_AND = re.compile(r"\b(?:daily|every\s+day)\s*,?\s*(?:except|but\s+not)\s+(?:on\s+)?weekends\s+and\s+(?=" + DAY + ")", re.I)
# "Yes, Tuesday and Thursday evenings" as "Tuesday and Thursday evenings": an answer's opening word
_YES = re.compile(r"^(?:yes|yep|sure|absolutely)[,.!]?\s+(?=" + DAY + r")", re.I)
_ANYONE_WHO = re.compile(r"\b(?:anyone|anybody|those|people)\s+(?=who\b)", re.I)
# "three to five weekly sessions" as "three to five sessions a week"
_WEEKLY_SESSIONS_SAID = re.compile(r"(?<!\bthe )(?<!\bof )\b(" + NUMBER[1:-1] + r"(?:" + r"\s*(?:-|–|to|or)\s*" + r"(?:" + NUMBER[1:-1] + r"))?)\s+weekly\s+"
                                   r"(sessions|groups)\b", re.I)
# "between 1 and 4" after day names, or with a clock's marks, is a session's times: "from 1 to 4"
_CLOCK_NUM = r"\d{1,2}(?::\d\d)?"
_BETWEEN_TIMES = re.compile(r"(?:(?<=day )|(?<=days )|(?<=meets )|(?<=held )|(?<=session )|(?<=sessions ))between\s+(" + _CLOCK_NUM +
                            r"(?:\s*[ap]\.?m\.?)?)\s+and\s+(" + _CLOCK_NUM + r"(?:\s*(?:[ap]\.?m\.?|noon))?)\b"
                            r"(?!\s*(?:days?|evenings?|mornings?|nights?|afternoons?|times|sessions|groups|hours|weeks)\b)|"
                            r"\bbetween\s+(" + _CLOCK_NUM + r"\s*[ap]\.?m\.?|\d{1,2}:\d\d)\s+and\s+(" + _CLOCK_NUM + r")|"
                            # (a first number no week has days for: "runs every week between 10 and 2")
                            r"\bbetween\s+((?:[89]|1[0-2])(?::\d\d)?)\s+and\s+(" + _CLOCK_NUM + r"(?:\s*(?:[ap]\.?m\.?|noon))?)\b"
                            r"(?!\s*(?:days?|evenings?|mornings?|nights?|afternoons?|times|sessions|groups|hours|weeks|clients|people|members)\b)", re.I)
# "two times" as "twice"
_TWO_TIMES = re.compile(r"\b(?:(?:once|one)\s+or\s+)?(?<!to )(?<![-–])(?:two|2)\s+times\b", re.I)  # (not "one to two times")
# "Monday (process group), Tuesday (off), Wednesday (skills)": a day marked off is no day of the list
_DAY_OFF = re.compile(r"\b" + DAY + r"s?\s*\((?:off|closed|no\s+groups?|none|no\s+sessions?)\)\s*(?:,\s*|;\s*)?", re.I)


# "Monday-Friday, with Wednesdays reserved for individual sessions", "Monday to Wednesday, then have Thursday
# and Friday for work and family", "leaving Tuesday and Thursday open" as "..., except Wednesdays": days of the
# span kept for what is not the program's group (not "with Friday for relapse prevention", a group's topic)
_SIDE_USE = r"(?:individual|one-on-one|family|appointments?|psychiatr\w*|medication|case\s+management|assessments?|work|school|jobs?|rest|personal)"
_KEPT_FOR_SIDE = re.compile(r"(?:\s*,\s*|\s+)(?:(?:and|then)\s+)*(?:with|have|has|leaving|leaves|keeping|keeps)\s+("
                            + DAY + r"(?:\s*(?:,|and|&|plus)\s*" + DAY + r")*)\s+(?:being\s+)?"
                            r"(?:(?:free|off|open)\b|(?:(?:reserved|set\s+aside|kept|left\s+open)\s+)?for\s+(?:\w+\s+)?" + _SIDE_USE + r"\b)"
                            r"[^.;:]*", re.I)

_SPAN_BEFORE = re.compile(DAY + r"s?\s*(?:-|–|—|to|through|thru)\s*" + DAY, re.I)


def _kept_for_side(match: re.Match) -> str:
    # a span's day kept for something else is left out of it; days beside a list of days are no part of it anyway
    return ", except " + match.group(1) if _SPAN_BEFORE.search(match.string, 0, match.start()) else ""


# "may request a 4th day" as "a fourth day"
_DIGIT_ORDINAL = re.compile(r"(?:(?<=\ba )|(?<=\ban ))((?:optional|extra|additional)\s+)?\b(2nd|3rd|4th|5th|6th)\b", re.I)
_ORDINAL_WORDS = {"2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth"}


_WORD = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def _in_case(word: str):
    """A replacement by `word` (or by what `word` makes of the match) with the capital the match opened on."""
    def replace(match: re.Match) -> str:
        said = word(match) if callable(word) else word
        return said[0].upper() + said[1:] if match.group(0)[0].isupper() else said
    return replace


# "a three-to-five-day schedule" as "a three-day or five-day schedule"; "three (sometimes four) days a week" as
# "three or four days a week"
_HYPHENED_DAY_RANGE = re.compile(r"\b" + NUMBER + r"-(?:to|or)-" + NUMBER + r"-day\b", re.I)
_ASIDE_RANGE = re.compile(NUMBER + r"\s*\(\s*(?:sometimes|occasionally|at\s+times|or|up\s+to|and\s+sometimes)\s+" + NUMBER + r"\s*\)", re.I)


# "meets three days instead of its usual four": a week of three some weeks, of four in the rest (not
# "four days a week instead of the usual three", which is what other programs do)
_INSTEAD_OF_USUAL = re.compile(r"\b" + NUMBER + r"\s+(?:[\w-]+\s+)?days?(?:\s+(?:a|per|each)\s+week)?\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+"
                               r"(?:its|our|their)\s+(?:usual|normal|regular|standard)\s+" + NUMBER +
                               r"(?:\s+days?)?(?:\s+(?:a|per|each)\s+week)?", re.I)


# "Weeks 3–8: core groups, three days.": a count of days under a label of weeks is days a week
_WEEKS_LABEL_DAYS = re.compile(r"^((?:weeks?|phase\s+\w+)\s+[\w–-]+(?:\s*(?:through|to|-|–)\s*\w+)?\s*:[^.;:]*?)\b" + NUMBER +
                               r"\s+days?\b(?!\s+(?:a|per|each|every)\s+week|\s+weekly|\s+of\b)(?=\s*(?:[.;,]|$))", re.I)


# "two days in person + one by telehealth", "5 → 4 → 3" as cards write "plus" and "then"
_PLUS_SIGN = re.compile(r"(?<=[a-z])\s+\+\s+(?=[a-z0-9])", re.I)
_ARROW = re.compile(r"\s*(?:→|->|⟶)\s*")


def one_spelling(sentence: str) -> str:
    """The sentence with the spellings above made the ones the days rules know."""
    same = _in_case(lambda match: _ONE_WORD[" ".join(match.group(0).lower().split())])

    sentence = _SAME_WORDS.sub(same, sentence)  # (first: the patterns below know only these words)
    sentence = _ARROW.sub(", then ", _PLUS_SIGN.sub(" plus ", sentence))
    sentence = _HYPHENED_DAY_RANGE.sub(r"\1-day or \2-day", sentence)
    sentence = _ASIDE_RANGE.sub(r"\1 or \2", sentence)
    sentence = _INSTEAD_OF_USUAL.sub(r"\1 or \2 days a week (\2 as usual)", sentence)  # (the usual week said so: no exception)
    sentence = _WEEKS_LABEL_DAYS.sub(r"\1\2 days a week", sentence)
    sentence = _DAY_OFF.sub("", sentence)
    sentence = _KEPT_FOR_SIDE.sub(_kept_for_side, sentence)
    sentence = _SHORT_DAY.sub(lambda m: _FULL_DAY[m.group(1)[:3].capitalize()], sentence)
    sentence = _EVERY_OTHER_WEEKDAY.sub("on Monday, Wednesday and Friday one week and Tuesday and Thursday the next", sentence)
    sentence = _GROUP_THERAPY.sub("", sentence)
    sentence = _OUT_OF.sub(r"\1 of the \2", sentence)
    sentence = _NEXT_SPAN.sub(lambda m: m.group(1) + " weeks" if re.search(r"\bweeks\b", m.string[: m.start()], re.I) else m.group(0),
                              sentence)
    sentence = _DAY_OPTIONAL_SHORT.sub(lambda m: "; " + m.group(1) + " is optional", sentence)
    sentence = _SCHEDULE_OF.sub(_in_case("choose "), sentence)
    sentence = _CHOOSE.sub(_in_case(lambda m: "chooses" if any(m.groups()) else "choose"), sentence)
    sentence = _EACH_WEEKDAY.sub(_in_case("every"), sentence)
    sentence = _SEPARATE_DAYS.sub(r"\1 \2", sentence)
    sentence = _OF_DAY_PARTS.sub(r"\1 days", sentence)
    sentence = _DAY_OFF_TAKEN.sub(lambda m: f"skip {m.group(1)} day" + ("s" if m.group(1).lower() == "two" else ""), sentence)
    sentence = _VARIES.sub(r"\1 \2", sentence)
    sentence = _DAYS_THEN.sub(r"\1 days a week", sentence)
    sentence = _DAY_WEEK.sub(r"\1 days a week", sentence)
    sentence = _WEEK_IS.sub(r"\1 meets \2 days a week", sentence)
    sentence = _WEEKS_NAMED.sub(lambda m: f"the first {_WORD[int(to_number(m.group(1)) or 0)]} weeks", sentence)
    sentence = _DAY_PLUS.sub(r"\1 and ", sentence)
    sentence = _ARE_HERE.sub(r"\1 attend", sentence)
    sentence = _TO_BE_HERE.sub(r"\1 attend", sentence)
    sentence = _ASSIGNED.sub(lambda m: "attends " if m.group(1).lower() == "is" else "attend ", sentence)
    sentence = _ONE_SESSION.sub("once ", sentence)
    sentence = _ITSELF.sub("", sentence)
    sentence = _DAILY_BUT_WEEKENDS_AND.sub("every weekday except ", sentence)
    sentence = _YES.sub("", sentence)
    sentence = _SOME_OF_OUR.sub(r"\1 ", sentence)
    sentence = _ANY_COUNT.sub("", sentence)
    sentence = _START_AT.sub(r"\1 with", sentence)
    sentence = _DO_DAYS.sub(r"\1 attend ", sentence)
    sentence = _ANYONE_WHO.sub(_in_case("clients "), sentence)
    sentence = _BUMP_UP.sub("increase to", sentence)
    sentence = _LOWER_TO.sub("step down to", sentence)
    sentence = _NOT_MANDATORY.sub(r"\1 optional", sentence)
    sentence = _DAYS_GROUP.sub(_in_case(lambda m: f"the {m.group(1)} {m.group(2)}"), sentence)
    sentence = _OPTIONAL_ON.sub(lambda m: f"{m.group(1)} {m.group(3)} {m.group(2)}", sentence)
    opening = _FROM_OPENING.match(sentence)
    if opening:  # (the sentence keeps its capital)
        rest = sentence[opening.end():]
        sentence = rest[:1].upper() + rest[1:] if sentence[:1].isupper() else rest
    sentence = _OR_TWO.sub(r"\1 or so", sentence)
    sentence = _MOVE_TO.sub(_in_case(lambda m: {"es": "steps", "s": "steps", "ing": "stepping"}.get(
        (m.group(1) or "").lower(), "step") + " down to"), sentence)
    sentence = _AT_MINIMUM.sub(r"at least \1 \2", sentence)
    sentence = _AT_MINIMUM_BEFORE.sub("at least", sentence)
    sentence = _OR_MORE.sub(r"at least \1 \2", sentence)
    sentence = _CLIENTS_IN.sub(_in_case(lambda m: f"{m.group(2)} {m.group(1).lower()}"), sentence)
    sentence = _WEEKLY_SESSIONS_SAID.sub(r"\1 \2 a week", sentence)
    sentence = _BETWEEN_TIMES.sub(lambda m: f"from {m.group(1) or m.group(3) or m.group(5)} to {m.group(2) or m.group(4) or m.group(6)}", sentence)
    sentence = _TWO_TIMES.sub(_in_case(lambda m: "once or twice" if " or " in m.group(0) else "twice"), sentence)
    sentence = _DIGIT_ORDINAL.sub(lambda m: (m.group(1) or "") + _ORDINAL_WORDS[m.group(2).lower()], sentence)
    sentence = _SLASH_WEEK.sub(lambda m: "week" if m.group(1) else " a week", sentence)
    sentence = _SPACED_DASH.sub(r"\1\2", sentence)
    sentence = _TIMES_WEEKLY.sub("days", sentence)
    sentence = _X_WEEKLY.sub(r"\1 days", sentence)
    sentence = _HYPHENED_WEEK.sub(r"\1 \2s a week", sentence)
    sentence = _HYPHENED_RANGE.sub(r"\1 to \2", sentence)
    sentence = _FROM_RANGE.sub("", sentence)
    sentence = _PARTS_WEEKLY.sub(r"\1 a week", sentence)
    sentence = _EACH_WEEK.sub(_in_case("a week"), sentence)
    sentence = _COUNTED_WEEKDAYS.sub(r"\1 days a week", sentence)
    sentence = _COUNTED_DAY_PARTS.sub(r"\1 \2 a week", sentence)
    label = _DASH_LABEL.match(sentence)
    if label and len(label.group(1).split()) <= 4 and not (  # not "Mon – Fri"
            _STARTS_WITH_DAY.fullmatch(label.group(1).split()[-1]) and _STARTS_WITH_DAY.match(sentence, label.end())):
        sentence = f"{label.group(1)}: {sentence[label.end():]}"
    return canonical_case(sentence)
