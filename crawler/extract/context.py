"""Which sentences of a page may state the program's schedule, and which are about reaching
the office ("call us 7 days a week", "Office Hours: Mon-Fri 9-5")."""

from __future__ import annotations

import re

from .clock import office_hours
from .weekdays import DAY_NAME

# Words of a line about always being reachable ("24/7", "365 days a year", "walk-in").
_ALWAYS_ON = r"24 hours|24/7|365|days a year|around the clock|walk-ins?|hotline|helpline"
# Sentences about reaching the facility, not attending the program.
NOT_PROGRAM = re.compile(
    # ("the program is open five days a week for those who need it" is the program's week)
    r"\b(open(?!-|\s+to\b|\s+(?:[\w-]+\s+)?(?:groups?|sessions?)\b|(?:(?<=program is open)|(?<=iop is open)|(?<=php is open))\s+\w+\s+days\b)|office|calls?(?!\s+for\b)|(?<!by )(?<!via )(?<!over )phones?|answered|(?<!at )(?<!since )(?<!after )intake|coordinators?|admissions|reach us|front desk|reception|staffed|"
    r"serv(?:e|es|ed|ing)\s+(?:the\s+|all\s+of\s+)?(?:[\w.'-]+\s+){1,3}(?:valley|county|bay|area|region|communit(?:y|ies))|"
    r"accept(?:s|ing)?\s+(?:new\s+)?(?:clients|patients|referrals)|hablamos|se\s+habla|"
    # a line of a page's chrome, no subject: "Available seven days a week"
    r"(?:(?<![\w,;]\s)(?<!\w)|\b(?:support|help|assistance)\s+(?:is\s+)?)available\s+(?:seven|7)\s+days|"
    r"business hours|hours of operation|oficina|ll[áa]m\w*|llame|abiert[oa]s?|cerrad[oa]s?|(?:clinic|center|building|facility)\s+hours|visiting|visitation|closed|admits|we'?re here|we are here|"
    # ("IOP runs year-round, Monday through Thursday" is the program's own week)
    r"(?<!runs )(?<!meets )(?<!operates )(?<!is held )(?<!is offered )year-round|"
    + _ALWAYS_ON + r")\b", re.I)
# An office named as the place a program meets: "three days a week at our Culver City office".
_AT_THE_OFFICE = re.compile(r"\b(?:at|in|from)\s+(?:our|the|their)\s+(?:[A-Z][\w.'-]*\s+){0,3}offices?\b")


def about_reaching(text: str) -> bool:
    """Whether a sentence is about reaching the facility (calling, its office, its hours)."""
    return bool(NOT_PROGRAM.search(_AT_THE_OFFICE.sub(" ", text)))


# Words that make a sentence about attending a program. Without one, a count of days is about
# something else ("Volunteers help out two days a week", "Our clinic sees patients Tue-Sat"),
# unless the sentence is a short item or label ("3 days/week") or carries a session's times.
# "N days a week" alone is no such word: "Our gym is available to clients seven days a week".
PROGRAM_WORDS = re.compile(
    r"\b(iop|programs?|programming|groups?|sessions?|class(?:es)?|tracks?|cohorts?|convenes?|treatment|therap\w*|attend\w*|"
    r"meets?|meeting|in session|(?:clients|participants|you)\s+(?:will\s+)?spend|"
    r"meetings|met|schedules?|scheduled|intensive|outpatient|php|curriculum|counsel\w*|runs?|held|offered|commitment|"
    r"required|provided|delivered|asks?\s+for|we\s+(?:ask|expect|require|recommend)|"
    r"come|comes|coming|join|joins|joining|step\w* down|(?:reduc|taper|drop)\w*\s+(?:down\s+)?to|begins?|starts?|progress\w*|transition\w*|participat\w*|phase|you'?ll|"
    r"grupos?|programa|sesiones|tratamiento|terapia|asist\w*|re[úu]nen|"
    r"(?:our|your)\s+week|(?:typical|usual|average)\s+(?:\w+\s+)?week|orientation|you will|with us|joins? us|shows? up|(?:is|are|be)\s+(?:here|on[ -]site)|gather\w*|(?:need|needs|must|have|has) to be (?:available|present))\b", re.I)

# A short heading ("Office Hours", "Hours", "Visit us") makes the lines under it the office's,
# until the next heading ("IOP Hours").
_HEADING_WORDS = 4
_OFFICE_HEADING = re.compile(r"^(?:office|business|clinic)?\s*hours\W*$|\b(office|front desk|reception|business hours|hours of operation|"
                             r"contact|visit us|location)\b", re.I)


# Markers that make a whole sentence about always being reachable, not about a program week.
_ROUND_THE_CLOCK = re.compile(r"\b(?:crisis (?:line|team|response)|" + _ALWAYS_ON + r")\b", re.I)
# Where a sentence turns to something else: "groups meet three days a week at our clinic,
# which is also open Saturdays".
# ("four groups a week, two of which are held on the same day" goes on about the groups)
# ("for the first month, after which most reduce to three days" goes on about the program's time)
# ("..., which is why our program requires four" goes on to what follows from it)
_TURN = re.compile(r"(?<=[,;])\s+(?!" + DAY_NAME + r"|\w+\s+of\s+which\b|(?:after|during|in)\s+which\b|which\s+is\s+why\b)|"
                   # (not "clients can choose which three": a question's word, not a turn)
                   r"(?<!\bof)(?<!\bafter)(?<!\bduring)(?<!\bin)(?<!\bchoose)(?<!\bpick)(?<!\bselect)(?<!\bdecide)"
                   r"\s+(?=\b(?:which(?!\s+is\s+why\b)|but|while|whereas)\b)|"
                   r"\s+(?=and\s+(?:our|the|we|you|clients|participants|patients|groups|sessions|iop|php|they)\b)|"
                   # items of a terse line: "Hours: M–F 9–5 | IOP: T/Th 6–9pm | Closed weekends"
                   r"\s+[|•·]\s+", re.I)


# Items of a terse line that each name a level stay apart: "IOP — 3 days weekly · PHP — 5 days weekly"
_ITEM_MARK = re.compile(r"\s+[•·](?=\s+(?:IOP|PHP|OP|outpatient|intensive|partial|residential|sober|detox|aftercare)\b)", re.I)
# (and other items are a list's: "3x weekly · 6–9 pm", "Minimum 3 days/week · up to 5")
_ITEM_DOT = re.compile(r"\s+[•·](?=\s+)")


_LONG_NAMES = ((re.compile(r"\bintensive outpatient(?:\s+(?:program|treatment))?\b", re.I), "IOP"),
               (re.compile(r"\bpartial hospitali[sz]ation(?:\s+program)?\b", re.I), "PHP"),
               # "Our OP meets twice weekly": outpatient said short (in capitals, as no word is)
               (re.compile(r"(?<![/-])\bOP\b(?![/-])"), "outpatient program"))


# "Intensive Outpatient Program (IOP)" made short is the short name once (and so is "Outpatient Program (OP)",
# "Outpatient (OP)")
_NAMED_TWICE = re.compile(r"\b(IOP|PHP)\s*\(\1\)|\b(outpatient)(?:\s+program)?\s*\(outpatient program\)", re.I)


def short_names(sentence: str) -> str:
    """A level of care by its short name, the one the schedule rules are written with:
    "the intensive outpatient program meets ..." reads as "the IOP meets ..."."""
    for pattern, short in _LONG_NAMES:
        sentence = pattern.sub(short, sentence)
    return _NAMED_TWICE.sub(lambda m: m.group(1) or m.group(2) + " program", sentence)


# A quotation with its speaker: "'Coming in three mornings a week gave my life structure.' — former
# client" is one person's week, not the program's schedule.
_QUOTED = re.compile(r"^[\"“][^\"“”]+[\"”]\s*(?:[—–-]+\s*[^\"“”]*|(?:says|said|shares|shared|writes|wrote|recalls)\b[^\"“”]*)?$")
# "7 days a week, 365 days a year", "24 hours a day, 7 days a week": always, not a week's count
_ALWAYS_IDIOM = re.compile(r"\b(?:(?:7|seven)\s+days\s+a\s+week,?\s+(?:and\s+)?365\s+days\s+a\s+year|"
                           r"24\s+hours\s+a\s+day,?\s+(?:and\s+)?(?:7|seven)\s+days\s+a\s+week)\b", re.I)


# Under "Contact Us", "Our IOP groups meet Tuesday through Friday mornings" is still the program's week.
_PROGRAM_MEETS = re.compile(r"\b(?:iop|php|groups?|program)\s+(?:\w+\s+)?(?:meets?|runs?|is held|are held)\b", re.I)


_HOURS_LABEL = re.compile(r"[\w' ]{0,30}\bhours\s*:", re.I)


# A job posting, item by item: "Hiring: part-time counselors, 3 days a week" is a counselor's week
_JOB = re.compile(r"\b(?:hiring|job\s+openings?|open\s+positions?|positions?\s+available)\b", re.I)


def program_sentences(sentences: list[str]):
    """The sentences that may state the program's schedule, without their parts about reaching
    the office, and none under an office heading, nor quotations."""
    office = False
    for sentence in sentences:
        sentence = _ALWAYS_IDIOM.sub("around the clock", short_names(sentence))
        if _QUOTED.match(sentence):
            continue
        if len(sentence.split()) <= _HEADING_WORDS and not re.search(r"\d", sentence):
            office = bool(_OFFICE_HEADING.search(sentence)) and not PROGRAM_WORDS.search(sentence)
        if office and not _PROGRAM_MEETS.search(sentence):
            continue
        label = _HOURS_LABEL.match(sentence)
        if label and office_hours(sentence) and not PROGRAM_WORDS.search(sentence, label.end()):
            continue  # "Program hours: Monday through Friday, 8:00 AM to 5:00 PM": when the doors are open
        sentence = ";".join(item for item in _ITEM_MARK.sub(";", sentence).split(";") if not _JOB.search(item))
        kept = " ".join(_program_parts(_TURN.split(_ITEM_DOT.sub(",", sentence))))
        if kept and not _office_times(kept):
            yield kept


def _office_times(text: str) -> bool:
    """Whether a text gives the hours a place is open ("Mon–Fri 8am–5pm"); not a window to come in beside the
    program's count of days ("IOP: come in any three days a week from 9 am to 4 pm")."""
    return office_hours(text) and not (_DAYS_COUNTED.search(text) and PROGRAM_WORDS.search(text))


_DAYS_COUNTED = re.compile(r"\b(?:two|three|four|five|[2-5])\s+(?:weekdays|weeknights|"
                           r"(?:days|evenings|mornings|afternoons|nights)\s+(?:a|per|each)\s+week)\b", re.I)


# (the part before the office words keeps no time of its own: "Groups 9-12, office open till 5" is the office's)
_CLOCK_DIGIT = re.compile(r"\d(?!\s+(?:days?|evenings?|mornings?|nights?|afternoons?|times|groups|sessions)\b)")
_THOSE_DAYS = re.compile(r"\b(?:each|all|every one|any)\s+of\s+(?:those|these)\s+days\b", re.I)


_TIME_WORDS = re.compile(r"\b(?:hours?|week|weekly|days|months?)\b", re.I)


def _program_parts(parts: list[str]):
    """The parts of a sentence not about the office. A part that names no subject of its own
    goes with the office part before it: in "Our intake coordinator can see new clients the
    same day, Monday through Saturday", the days are the coordinator's. A "which" part is about
    the last words before it: "clients can use the computer lab, which is available Monday to
    Friday" says nothing of the program."""
    office, before, held = False, "", ""
    for part in parts:
        # (not "nine hours per week, which most clients complete in three sessions": the which is the program's week)
        last = " ".join(before.split()[-3:])
        other_thing = (part.lower().startswith("which") and not PROGRAM_WORDS.search(last)
                       and not _TIME_WORDS.search(last))
        before = part
        if other_thing:
            continue
        named = PROGRAM_WORDS.search(last)
        if held and named and part.lower().startswith("which"):
            # "Call 555-0100 to join our IOP, which meets Tuesday through Friday": the program's days, though the
            # part that names it is about calling
            held, part = "", named.group(0) + part[len("which"):]
        if held and _THOSE_DAYS.search(part) and PROGRAM_WORDS.search(part):
            # "We're here Monday to Thursday, with group from 10 to 1 each of those days": the
            # office's days are the program's after all
            yield held
        held = ""
        if about_reaching(part) or _office_times(part) or _ROUND_THE_CLOCK.search(part) or (office and not PROGRAM_WORDS.search(part)):
            # "Our IOP runs year-round, three mornings a week": the days are still the program's,
            # and so is the subject before the office words
            office = not PROGRAM_WORDS.search(part)
            reach = NOT_PROGRAM.search(_AT_THE_OFFICE.sub(" ", part))
            if reach and PROGRAM_WORDS.search(part[: reach.start()]) and not _CLOCK_DIGIT.search(part[: reach.start()]):
                yield part[: reach.start()].rstrip()
            held = part
            continue
        office = False
        yield part
