"""Whose week a count of days is: the program's, or something else a page schedules by the
week. "Family therapy one evening a week", "Our gym is available seven days a week", "Our
sister program in Orange County meets four nights a week" and "An IOP usually means three to
five days a week" each count days, none of them this program's.
"""

from __future__ import annotations

import re

from .numbers import WORDS
from .text import NEW_CLAUSE
from .weekdays import DAY_NAME, NO_MEETING

# What else a page schedules by the week: a count beside these words, in its own clause, is not
# a program day ("family therapy one evening a week", "aftercare 1 day/week", "therapists are
# available Mon-Sat", "groups Monday and Friday at the alumni house", "residential clients").
_SIDE_MEETING = re.compile(
    r"\b(family(?!\s+(?:topics?|issues|dynamics|roles|systems|relationships)\b)|families|(?<!working )parents?|alumni|(?<!php )(?<!program )graduates|aftercare|individual|therapists?|psychiatrists?|psychiatry|"
    r"clinicians?|counselors?|nurses?|doctors?|medical directors?|dr(?=\.\s)|prescribers?|staff|one-on-one|coaching|medication|assessments?|tours?|testing|workshops?|case managers?|"
    r"multi-?famil\w*|parenting(?!\s+(?:women|mothers|fathers|moms|dads|teens|adults))|support groups?|support meetings?|support circles?|peer|enrollment|enroll|(?:start|begin)\w*\s+(?:\w+\s+)?(?:any|on|every|each)(?!\s+(?:clients?|participants?|patients?|persons?|one)\b)|admit|admits|(?<!newly )(?<!recently )admitted|"
    r"visit\w*|screens?|urinalysis|drug tests?|"
    r"appointments?|residents|house meetings?|volunteers?|mentors?|sober living|aa|na|12-step|twelve-step|hosts?|"
    r"church|(?<!as a )community|yoga|meditation|(?<!after\s)(?<!in\s)school(?![\s-]+year)|chaplain|spiritual|pharmacy|billing|al-anon|alateen|smart recovery|"
    r"dietitians?|nutritionists?|physicians?|psychologists?|technicians?|breathalyzers?|court-ordered|dui|employment|vocational|"
    r"bus(?:es)?|shuttles?|metro|"
    r"anger management|security|guards?|on duty|gym|exercise|fitness|walking|hiking|running|sports?|vocational|legal|interns?|trainees?|"
    r"continuing care|dosing|social\s+(?:hours?|events?|outings?|gatherings?)|clean-?ups?|make\s+(?:it|them|sessions?|groups?)\s+up|picnics?|service projects?|"
    r"recreation(?:al)?|familias?|familiares|padres|sound bath|acupuncture|massage|art studio|drum circle|"
    r"blog|newsletters?|podcasts?|social media|donations?|thrift\s+store|food\s+pantry|gift\s+shop|caf[eé]|research(?:ers|\s+team)|board of directors|"
    r"(?:smoking|tobacco|nicotine) cessation|for anyone|open to (?:anyone|everyone|the public)|at home|homework|on your own)\b", re.I)
# Another setting's week: "Inpatient patients attend groups daily, seven days a week", "the
# detox unit admits patients seven days a week", "our summer teen program", "the DUI program". Anywhere in the
# sentence, unless the sentence names the IOP (or PHP) too.
_OTHER_SETTING = re.compile(r"\b(?:(?<!after )(?<!from )(?<!than )(?<!unlike )(?<!left )(?<!leaving )(?<!completed )(?<!completing )(?<!awaiting )"
                            r"(?<!of )(?:residential|inpatient|detox|live-in)|camp|"
                            r"summer\s+(?:\w+\s+){0,2}(?:programs?|camps?|sessions?|intensives?|tracks?)|"
                            r"sober living|(?:dui|dwi|drinking driver)\s+(?:programs?|class(?:es)?|courses?|school))\b", re.I)
_THIS_LEVEL = re.compile(r"\b(?:iop|intensive outpatient|php|partial hospitalization|day program|day treatment)\b", re.I)
# Things a count can be of even where the program is named ("insurance covers IOP for 5 days a week").
_NEVER_PROGRAM = re.compile(r"\b(transportation|rides?|shuttles?|vans?|pick\w* up|meals?|lunch|kitchen|insurance|covers?|"
                            r"coverage|chaplain|spiritual|child\s?care(?!\s+(?:needs|responsibilities|duties|obligations))|babysitting|parking)\b", re.I)
# What a plan pays for is not what the program holds, however it is named.
_COVERED = re.compile(r"\b(?:insurance|insurers?|plans?\s+(?:cover|pay|allow)|covers?|coverage|reimburse\w*|authoriz\w*)\b", re.I)
# "Most insurance plans authorize IOP in two-week increments, four days per week": anywhere before the count
_PLAN_PAYS = re.compile(r"\b(?:insurance|insurers?|plans?|payers?)\s+(?:\w+\s+)?(?:authoriz|cover|reimburs|pay)\w*", re.I)
# What IOPs are in general, not what this one does: "An intensive outpatient program usually means
# treatment three to five days a week".
_IN_GENERAL = re.compile(r"\b(?:most|many|some|other|typical|traditional|standard)\s+(?:iops|(?:iop\s+)?programs|intensive outpatient programs)\b|"
                         r"\ban?\s+(?:iop|intensive outpatient program|partial hospitalization program|php)\s+"
                         r"(?:usually|typically|generally|often|is|means)\b|\b(?:iops|programs)\s+(?:usually|typically|generally)\b|"
                         r"\bwhat is an?\b|\b(?:research|studies|evidence)\s+(?:suggests?|shows?|finds?|indicates?)\b|"
                         # "In a typical IOP, clients attend three to five days", "What is IOP?"
                         # (not "A typical IOP week is Monday, Tuesday, Thursday", "A typical IOP client comes in on three weekdays")
                         r"\bin\s+an?\s+(?:typical|traditional|standard|usual)\s+(?:iop|intensive outpatient program|program|php)\b"
                         r"(?!\s+(?:week|schedule|day|client|participant))|"
                         r"\bwhat\s+is\s+(?:iop|intensive outpatient(?:\s+treatment)?|php|partial hospitalization)\s*\?|"
                         # "PHP usually meets five days a week": a level named bare, as a kind
                         # (not with the days it meets named: "IOP typically meets Monday, Wednesday and Friday")
                         r"^(?:iop|php|intensive outpatient|partial hospitalization)\w*\s+(?:programs?\s+)?(?:usually|typically|"
                         r"generally|often|tends?)\b(?![^.;]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)", re.I)
# A program somewhere else: "Our sister program in Orange County offers an evening IOP four nights a week".
_ELSEWHERE = re.compile(r"\b(?:sister|affiliated?|partner)\s+(?:\w+\s+)?(?:programs?|facilit\w+|locations?|clinics?|centers?)\b|"
                        r"\b(?:other|another)\s+(?:locations?|campus|campuses|sites?)\b|"
                        # a sober living home's residents "attend outside IOP programs"
                        r"\b(?:outside|external|off-site)\s+(?:iop\s+|intensive outpatient\s+|treatment\s+)?"
                        r"(?:programs?|providers?|iops?)\b", re.I)
# ...unless the program itself is named there too ("Our therapists lead IOP groups three days a week"),
# or its groups are what the staff lead ("Our licensed therapists lead groups three days a week").
_PROGRAM_NAMED = re.compile(r"\b(?:iop|intensive outpatient|php|partial hospitalization|"
                            r"(?:lead|leads|led|facilitates?|facilitated)\s+(?:\w+\s+)?(?:groups?|sessions?)|"
                            r"(?<!residential )(?<!inpatient )(?<!detox )program)\b"
                            r"(?!\s+(?:clients|patients|participants|members|staff|alumni|graduates|assessments?|intakes?|"
                            r"admissions?|appointments?|tours?))", re.I)
# People other than the program's clients opening a clause, whatever it names: "Alumni can attend any
# IOP group", "Family members join the IOP on Fridays" (not "PHP graduates", who step into IOP)
_OTHER_PEOPLE = re.compile(r"(?:(?:our|the|all|iop|program)\s+)?(?:alumni|(?<!php )(?<!residential )graduates|"
                           r"famil(?:ies|y\s+members)|parents|loved\s+ones|volunteers|visitors)\b", re.I)
# the program's days, so named right before they are listed
_DAYS_NAMED = re.compile(r"\b(?<!family )(?:group|program|programming|treatment|therapy|iop)\s+days\s*[(:—–-]\s*$", re.I)
# "you and your counselor": the person attending, with someone beside them
_YOU_AND = re.compile(r"\byou\s+and\s+your\s+\w+", re.I)
# "Relapse Prevention is taught Mondays and Thursdays as part of the IOP curriculum"
_PART_OF_PROGRAM = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:as\s+)?part\s+of\s+(?:the|our|your)\s+(?:\w+\s+)?(?:iop|program|curriculum)\b",
                              re.I)
_SIDE_REACH = 8
# The step a client takes after the program, as aftercare is: "after IOP", "after completing the
# program", "clients who complete IOP may continue with ..."
_AFTER_IOP = re.compile(r"\b(?:(?:after|following|upon)\s+(?:completing\s+|finishing\s+|graduating\s+(?:from\s+)?)?|"
                        r"(?:who|once\s+they|when\s+they)\s+(?:complete|completed|finish|finished|graduate\s+from)\s+)"
                        r"(?:the\s+|our\s+|your\s+)?(?:iop|intensive outpatient|program)\b(?!\s+(?:hours|days|sessions|groups?)\b)|"
                        # "After graduation, many continue in our weekly outpatient group"
                        r"\b(?:after|following|upon)\s+(?:graduation|discharge|completion|graduating|finishing)\b(?!\s+from\s+(?:php|partial))",
                        re.I)
_AFTER_IOP_LATER = re.compile(r"[^,;.]{0,30}?" + _AFTER_IOP.pattern, re.I)
# what is said right after the program's name is said of it: "after our IOP (three days a week)",
# "after completing IOP, which meets four days a week"
_OF_IT = re.compile(r"\s*(?:\([^)]*|,\s*which\b.*)", re.I)
_ASKED = re.compile(r"\b(?:ask|asks|asked|require|requires|encourage|encourages|expect|expects|invite|invites|want|wants)\s+"
                    r"(?=(?:you|clients|participants|patients|them)\s+to\b)|"
                    # "your therapist can increase to five for a week or two": the schedule they set
                    r"\b(?:can|may|might|could|will|would)\s+(?=(?:increase|step\s+down|step\s+up)\s+to\b|$)", re.I)
# (and who decides it: "a fourth day may be added by your clinician")
_CONDITION = re.compile(r"\b(?:if|unless|when|whenever|as long as|provided|based on|depending on|according to|"
                        r"(?:added|approved|set|scheduled|decided|recommended|arranged|determined)\s+by)\b", re.I)
_FOR_SIDE = re.compile(r"\W*(?:days?\s+)?(?:(?:each|a|per|every)\s+week\s+)?for\s+(?:\w+\s+)?(?:dosing|medication|individual|family|appointments?|"
                       r"psychiatry|labs?|drug tests?)\b|"
                       # "with Tuesday and Thursday reserved for PHP clients": days kept for something else
                       r"\W*(?:(?:are|is)\s+)?reserved\s+for\s+(?!(?:the\s+|our\s+)?(?:iop|intensive)\b)", re.I)
_OPENING_WORDS = 5
# what may follow a schedule said bare: its times ("Community meditation, Monday–Friday at 7 am")
_BARE_AFTER = re.compile(r"[\s\W\d]*(?:(?:at|from|to|until|between|and|am|pm|a\.m|p\.m|noon)\b[\s\W\d]*)*$", re.I)
# A note in brackets says what a day holds ("Monday (group + individual)"), not whose it is.
# A heading over something other than the program: the short lines under it are its own
SIDE_HEADING = re.compile(r"(?:[\w'’]+\s+){0,2}(?:aftercare|alumni|family|families|continuing care|sober living|recovery residences?|"
                          r"residential(?:\s+(?:treatment|care))?|detox(?:ification)?|housing|"
                          # a blog's or a news list's titles: "From our blog" over "5 days of mindfulness"
                          r"blog|news|articles?|resources|(?:upcoming\s+)?events|stories|testimonials)(?:\s+(?:program|group|night|homes?))?",
                          re.I)
# A span of days, not a week's: "within five days of admission", "three days before starting", "two days' notice"
# (not "taper to two days before graduating", "move to three days after the first two weeks")
# (nor "taper to two days before discharge")
SPAN_OF_DAYS = re.compile(r"\s*days?['’]?\s+(?:(?:of|before|after|prior\s+to|from)\s+(?:admission|intake|enrollment|enrolling|starting|"
                          r"you\s+start|sobriety|your\s+first|the\s+first\s+day)|(?:of|from)\s+discharge|ago|notice|in\s+advance|sober|clean)\b",
                          re.I)
_EACH_WEEK_END = re.compile(r"\b(?:week|weekly)$", re.I)
# words either side of a count: "(Friday)", and a day named in passing, "A fifth day, Friday, is"
_APPOSITIVE = re.compile(r",\s*((?:our|the|a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s*,", re.I)
_ASIDE = re.compile(r"\([^)]*\)|,\s*(?:on\s+)?" + DAY_NAME + r"\s*,", re.I)

# (a spaced dash parts clauses too: "... if your counselor thinks you need it — up to four days")
# (and a colon before a subject: "The number of days depends on your insurance: we schedule three days a week")
CLAUSE_START = re.compile(r",|;|:\s+(?=(?:we|our|you|clients)\b)|\s[—–]\s|\b(?<!to )(?<!you )(?:and)\b|\b(?:plus|while|whereas|but)\b", re.I)  # not "to and from", "you and your counselor"


def side_activity(text: str) -> bool:
    """Whether a text names something a page schedules besides the program (family therapy, a gym)."""
    return bool(_SIDE_MEETING.search(text))


def others_only(text: str) -> bool:
    """Whether a text speaks only of something besides the program: a side activity or another
    setting, the program itself not named."""
    return bool((side_activity(_YOU_AND.sub(" ", text)) or elsewhere(text)) and not _PROGRAM_NAMED.search(text))


def elsewhere_at(sentence: str, at: int) -> bool:
    """Whether the clause of a sentence that holds position `at` is about another setting, another
    place, or IOPs in general (see `elsewhere`)."""
    start = 0
    # "Unlike traditional programs that require five days a week, North Star's IOP ...": a
    # comparison ends where the sentence comes back to this program
    back = _BACK_TO_US.finditer(sentence) if _COMPARED.search(sentence) else ()
    for cut in sorted((*NEW_CLAUSE.finditer(sentence), *back), key=lambda m: m.start()):
        if cut.start() >= at:
            return elsewhere(sentence[start: cut.start()])
        start = cut.end() if cut.re is NEW_CLAUSE else cut.start()
    return elsewhere(sentence[start:])


def elsewhere(sentence: str) -> bool:
    """Whether a sentence is about another setting, another place, or IOPs in general."""
    return bool((_OTHER_SETTING.search(sentence) and not _THIS_LEVEL.search(sentence)) or _ELSEWHERE.search(sentence)
                or _IN_GENERAL.search(sentence))


# A sentence that goes on about the one before: "We do this ...", "It meets ...", "That usually means ..."
# (after an opening phrase: "Depending on your level of need, that may be as often as five days a week")
GOES_ON = re.compile(r"(?:(?:depending on|based on|for most|for some|in most cases|in practice)\b[^,.]{0,50},\s*)?"
                     r"(?:we do (?:this|that|it)|this|that|these|it|they|all of (?:this|it))\b", re.I)


def _before(sentence: str, start: int) -> str:
    return " ".join(CLAUSE_START.split(_ASIDE.sub(" ", sentence[:start]))[-1].split()[-_SIDE_REACH:])


def never_the_programs(sentence: str, start: int) -> bool:
    """Whether a count's clause is of a thing never the program's own week, however the count is
    named ("Most insurance plans cover three to five IOP days per week")."""
    return bool(_COVERED.search(_before(sentence, start)) or _PLAN_PAYS.search(sentence[:start]))


# "Unlike PHP, which meets five days a week, our IOP meets three": the count is the other level's,
# up to where the sentence comes back to this program.
_COMPARED = re.compile(r"\b(?:unlike|compared (?:to|with)|in contrast to|as opposed to|rather than|instead of)\b", re.I)
_BACK_TO_US = re.compile(r",\s*(?:(?:our|the|your|(?-i:[A-Z][\w&.-]*\s+){0,3}(?-i:[A-Z][\w&.-]*)['’]s)\s+(?:\w+\s+)?"
                         r"(?:iop|program|php|groups?)|we|you|clients|iop|ours)\b", re.I)  # "..., North Star's IOP is"
# A count said not to be the schedule: "Two days a week is not enough", "not five days a week", "used to meet
# five days a week".
_DENIED_BEFORE = re.compile(r"\b(?:not|never|no longer|used to|formerly|previously)\s+(?:\w+\s+){0,3}$|"
                            # "Our evening IOP was launched in 2019 with two nights a week": the week it began with
                            r"\b(?:(?:launched|founded|opened)\s+(?:(?:back\s+)?in\s+\d{4}\s+)?|(?:started|began)\s+(?:back\s+)?in\s+\d{4}\s+)"
                            r"(?:with|as|offering)\s+(?:(?:just|only|a)\s+)?$", re.I)
# An exception to the schedule, not the schedule: "During the holidays, IOP may meet only two days a week".
_EXCEPTIONAL = re.compile(r"\b(?:during|over|in)\s+(?:the\s+)?(?:holidays?|holiday\s+weeks?|breaks?|school\s+breaks?)\b", re.I)
_AS_USUAL = re.compile(r"\b(?:usual|regular|normal|continue\w*|still|as always)\b", re.I)
# ("Sunday and Monday are rest days": the days the program does not meet)
# (after an ordinal that names no unit: "A fifth day is not a group day")
_DENIED_AFTER = re.compile(r"(?:\s+days?\b)?(?:\W*(?:is|are)\s+(?:not|n't|never)\b|\W*(?:isn't|aren't)\b|"
                           r"\W*(?:is|are)\s+(?:always\s+)?" + NO_MEETING + r"\b|"
                           # "Our IOP was four days a week until 2024": a week of the past
                           r"(?:\s+days?)?(?:\s+(?:a|per|each)\s+week)?\s+until\s+(?:\d{4}|recently|last\s+(?:year|month|spring|summer|fall|winter))\b)",
                           re.I)


# "two of those days by video": a mode of attending, said after a count
BY_MODE = re.compile(r"\s+of\s+(?:those|these|them|the)(?:\s+\w+)?(?:\s+days?)?\s+(?:by\s+(?:video|phone|telehealth|zoom)|online|"
                     r"virtually|remotely|via\s+(?:video|zoom|telehealth))\b", re.I)
REDUCED = re.compile(r"\b(?:lighter|reduced|modified|shorter|part-time|alternate|alternative)\s+(?:\w+\s+)?"
                     r"(?:schedule|track|option|week)\b", re.I)
_OUR_USUAL = re.compile(r"\s+(?:the|our)\s+(?:usual|standard|regular|normal|full)\b", re.I)


def compared(sentence: str, start: int) -> bool:
    """Whether a count is said of what the program is compared with ("Unlike our day program, which is
    five days, ...")."""
    cue = None
    for cue in _COMPARED.finditer(sentence[:start]):
        pass
    # "a lighter schedule ... rather than the usual three days": the other option is this program's own
    # schedule (but "We meet four days a week instead of the usual three" compares with other programs)
    return bool(cue) and not _BACK_TO_US.search(sentence[cue.end(): start]) and not (
        _OUR_USUAL.match(sentence[cue.end():]) and REDUCED.search(sentence))


def denied(sentence: str, start: int, end: int) -> bool:
    """Whether the count at start:end is said not to be the schedule ("is not enough", "used to meet")."""
    return bool(_DENIED_BEFORE.search(sentence[:start]) or _DENIED_AFTER.match(sentence[end:]))


# A clinician's visits, not the program's days: "Dr. Rivera, our psychiatrist, sees IOP clients on Tuesdays"
_CLINICIAN_SEES = re.compile(r"\b(?:psychiatrists?|psychologists?|therapists?|doctors?|physicians?|prescribers?|nurse\s+practitioners?|"
                             r"dr\.\s*\w+)\b(?:\s*,[^,.;]{1,40},|\s*,)?\s+(?:sees|see|meets?\s+with|visits?)\s+(?:\w+\s+){0,2}"
                             r"(?:clients|patients|participants|members)\b", re.I)


def exception_at(sentence: str, start: int) -> bool:
    """Whether a count at `start` is of weeks out of the ordinary ("During the holidays, IOP may meet only
    two days a week"), not of the usual week."""
    return bool(_EXCEPTIONAL.search(sentence[:start])) and not _AS_USUAL.search(sentence)


def not_the_programs(sentence: str, start: int, end: int) -> bool:
    """Whether the words around a count, in its own clause, name something other than the program,
    or the clause's subject is something other than the program."""
    if _DAYS_NAMED.search(sentence[:start]):
        return False  # "Childcare is available on group days (Monday, Wednesday and Thursday)"
    after = _AFTER_IOP.search(sentence[:start])
    between = sentence[after.end(): start] if after else ""
    if after and not _THIS_LEVEL.search(between) and not _OF_IT.fullmatch(between):
        return True  # "Step-down outpatient: after IOP, one group weekly": the step after the program, as aftercare
    if _AFTER_IOP_LATER.match(sentence, end):
        return True  # "attend one day a week for twelve weeks after completing IOP"
    asked = _ASKED.search(sentence[:start])
    if asked:  # "your counselor may ask you to come a fifth day": the one asked is the one who comes
        return not_the_programs(sentence[asked.end():], start - asked.end(), end - asked.end())
    if (compared(sentence, start) or denied(sentence, start, end)
            or exception_at(sentence, start)
            or _CLINICIAN_SEES.search(sentence, max((cut.end() for cut in NEW_CLAUSE.finditer(sentence) if cut.end() <= start), default=0), start)):
        return True
    before = _before(sentence, start)
    rest = CLAUSE_START.split(_ASIDE.sub(" ", sentence[end:]))
    after = rest[0]
    # (or the count opens the sentence: "A fourth, optional day of recreation therapy is offered")
    if (len(after.split()) < 2 and len(rest) > 1
            and (_PREPOSITION.match(sentence.lstrip()) and not _BESIDES.match(sentence.lstrip())
                 or re.fullmatch(r"\W*(?:an?|the)?\s*", sentence[:start], re.I)
                 and re.match(r"\s*(?:optional|extra|additional)\s+day\b", rest[1], re.I)
                 # ("Two days a week, a nurse is on site": a week said first, its subject after)
                 or re.fullmatch(r"\W*", sentence[:start]) and _EACH_WEEK_END.search(sentence[start:end])
                 # ("The other two weekdays, they attend outside support meetings")
                 or re.fullmatch(r"\W*(?:on\s+)?the\s+(?:other|remaining)\s+", sentence[:start], re.I))
            and len(CLAUSE_START.split(sentence[:start])) == 1 and re.match(r"(?:\s*days?\b)?\W*,", sentence[end:])):
        after += " " + rest[1]  # "On the other two weekdays, you're encouraged to attend a community meeting"
    after = " ".join(_CONDITION.split(after)[0].split()[:_SIDE_REACH])  # not "if their therapist agrees"
    if _NEVER_PROGRAM.search(before):
        return True
    if _FOR_SIDE.match(sentence[end:]):
        return True  # "come a fourth day for dosing": the day is for something else
    around = f"{before} {after}"
    if not before.strip() and _BARE_AFTER.match(after) and not _PROGRAM_NAMED.search(sentence[start:end]):
        # a schedule said bare after a comma goes with the clause before it: "Tours by appointment, Monday–Saturday"
        earlier = CLAUSE_START.split(_ASIDE.sub(" ", sentence[:start]))
        if len(earlier) > 1 and side_activity(_YOU_AND.sub(" ", earlier[-2])) and not _PROGRAM_NAMED.search(earlier[-2]):
            return True
    # "their three weekly IOP groups": a count that names the program is its own
    if _SIDE_MEETING.search(_YOU_AND.sub(" ", around)) and not _PROGRAM_NAMED.search(f"{around} {sentence[start:end]}"):
        return True
    # the clause opens on a side activity, however far back: "Our walking group heads out from the lobby ..."
    # (an appositive stays in its clause: "Dr. Alvarez, our psychiatrist, is on site Tuesdays")
    clause = CLAUSE_START.split(re.split(r"[;:!?]", _APPOSITIVE.sub(lambda m: f" {m.group(1)} ", sentence[:start]))[-1])[-1]
    opening = " ".join(_PREPOSITION.split(clause)[0].split()[:_OPENING_WORDS])
    if _SIDE_MEETING.search(_YOU_AND.sub(" ", opening)) and not _PROGRAM_NAMED.search(clause):
        return True
    if _OTHER_PEOPLE.match(clause.lstrip()):
        return True  # "Alumni can drop in to any IOP group one day a week": the program named, others coming
    return (_other_subject(sentence[:start]) and not _PROGRAM_NAMED.search(sentence[:start])
            and not _PART_OF_PROGRAM.search(sentence[end:]))


# The subject of the clause that states a count, read as the words before its first verb. Lists
# of side activities never end ("Our gym is available...", "Recovery coaching is available by
# text...", "Breathalyzer check-ins are required..."), so a subject has to be one a program
# week can belong to: the program, its groups, its clients, "you", "we".
_VERB = re.compile(r"\b(?:is|are|was|were|meets?|met|runs?|takes? place|happens?|occurs?|held|offered|provided|available|"
                   r"scheduled|attend(?:s|ed|ing)?|come|comes|gathers?|works?|sees?|serves?|doses?|hosts?|opens?|picks?|provides?|"
                   r"offers?|includes?|requires?|lasts?|spans?|consists?|operates?|has|have|can|may|will|must|should|"
                   r"need|needs|joins?|participates?|spend|spends|logs?|completes?|receives?|gets?|helps?|checks?|"
                   r"teaches|taught|holds?|visits?|expects?|rounds?|lives?|stays?|returns?|continues?|keeps?|"
                   r"chooses?|decides?|opts?|wants?|prefers?|responds?|reviews?|collects?|goes|posts?)\b", re.I)
_PROGRAM_SUBJECT = re.compile(
    r"\b(?:iops?|php|programs?|programming|groups?|sessions?|tracks?|clients?|participants?|patients?|you|we|members?|"
    r"teens?|adolescents?|adults?|women|men|students?|class(?:es)?|cohorts?|attendees|enrollees|phases?|schedules?|treatment|therapy|"
    r"intensive|outpatient|day|days|nights?|evenings?|mornings?|afternoons?|weeks?|months?|everyone|anyone|people|each|most|many|some|few|handful|others|those|who|ours|it|this|"
    r"they|veterans|"
    r"youth|care|participation|commitment|attendance|meetings?|there|plan|curriculum|expectation|requirement|minimum|"
    r"standard|rest|levels?|stages?|steps?|options?|services?|cycles?|core)\b", re.I)
_ARTICLES = {"the", "a", "an", "our", "your", "their", "its", "this", "that", "these", "those", "of", "in", "on", "at",
             "for", "to", "with", "and", "or", "by", "from", "each", "every", "all"}


# Verbs of using, getting or sending something rather than attending: "Clients can use the fitness
# room seven days a week", "Clients receive a hot breakfast three mornings a week".
_USE_VERB = re.compile(r"\b(?:(?<!methamphetamine )(?<!meth )(?<!substance )(?<!drug )(?<!alcohol )(?<!opioid )(?<!cannabis )"
                       r"(?<!stimulant )(?<!marijuana )(?<!heroin )(?<!cocaine )use|uses|access|accesses|enjoy|enjoys|receive|receives|get|gets|eat|eats|borrow|borrows|"
                       r"book|books|email|emails|text|texts|post|posts|pick|picks|drop|drops)\b", re.I)
# "In addition to group three days a week, clients see a therapist weekly": the opening phrase
# names a thing of its own, the clause after it is about something else
_BESIDES = re.compile(r"(?:in addition to|on top of|along with|alongside|as well as|besides|apart from|aside from)\b", re.I)
_PREPOSITION = re.compile(r"\b(?:for|to|at|in|on|with|during|before|after|from|as|by)\b", re.I)
_OBJECT_NOUN = re.compile(r"\b(?:iops?|php|programs?|programming|groups?|sessions?|class(?:es)?|treatment|therapy|days?|hours?|services|"
                          r"tracks?|schedules?|options?|cohorts?)\b",
                          re.I)


# Words after a subject's head noun that say when or how often, not what: "IOP groups typically meet".
_NOT_HEAD = re.compile(r"\w+ly|also|still|now|only|often|all|both|together|hours|times|schedules?", re.I)


# Where the words that name a subject end and the words that qualify it begin: "Clients who test
# positive", "Clients needing more support".
_QUALIFIER = re.compile(r"who|whose|that|which|(?!morning|evening)\w+ing", re.I)


_PRONOUNS = {"we", "you", "they", "i", "everyone", "anyone"}


def _head(subject: str) -> str:
    """The head noun of a clause's subject: the last word of its last comma part, before any
    preposition or qualifier, skipping adverbs ("after that, attendance" -> "attendance",
    "Clients in the evening track" -> "Clients", "Art therapy studio hours" -> "studio")."""
    part = _PREPOSITION.split(subject.split(",")[-1])[0]
    words = []
    for word in re.findall(r"[a-z][a-z-]*", re.sub(r"'\w+", "", part), re.I):
        if words and _QUALIFIER.fullmatch(word):
            break
        if word.lower() not in _ARTICLES:
            words.append(word)
    if words and words[0].lower() in _PRONOUNS:
        return words[0]  # "We ask that clients commit": a pronoun takes no modifiers, so it is the head
    while words and (_NOT_HEAD.fullmatch(words[-1]) or words[-1].lower() in WORDS or len(words[-1]) == 1
                     or re.fullmatch(r"[IVX]+", words[-1])):  # "Phase two", "Level II"
        words.pop()
    return words[-1] if words else ""


# A clause that opens a sentence to say when or why ("When things are hard, you can attend a fourth
# day"): the subject is after it.
_OPENING_CLAUSE = re.compile(r"^\s*(?:when|whenever|if|once|because|although|though|unless|since|until|as\s+of|"
                             r"(?:before|after)\s+(?:that|this)\b)[^,]*,\s*", re.I)


def _other_subject(before: str) -> bool:
    clause = NEW_CLAUSE.split(re.split(r"[;:.!?]|,\s*(?:and|but|so|while)\b", before)[-1])[-1]
    clause = _OPENING_CLAUSE.sub("", clause)
    # "free lunch on group days, which are Monday, Wednesday and Thursday": a "which" clause is
    # about the words right before it
    *head, _ = re.split(r",\s*(?=(?:which|that|where)\b)", clause)
    if head and len(" ".join(head).split()) > 1:  # (not an opening word: "Later, that drops to three days")
        return not _PROGRAM_SUBJECT.search(" ".join(head[-1].split()[-3:]))
    used = _USE_VERB.search(clause)
    verb = min((m for m in (_VERB.search(clause), used) if m), key=lambda m: m.start(), default=None)
    if not verb:
        return False  # "Three days a week, ...", "IOP: Mon-Thu": no subject to judge
    # "you and your counselor may decide": one head of a joint subject is enough
    heads = [_head(part) for part in re.split(r"\band\b", clause[: verb.start()])]
    if any(heads) and not any(_PROGRAM_SUBJECT.fullmatch(head) for head in heads):
        return True
    if not used:
        return False
    # what is used is the words after the verb, up to a preposition ("laptops for telehealth sessions")
    thing = _PREPOSITION.split(clause[used.end():])[0]
    return bool(thing.strip()) and not _OBJECT_NOUN.search(thing)
