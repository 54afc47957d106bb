"""Weekday names in a sentence, grouped into the schedules they spell.

"Monday–Wednesday and Friday" is one schedule of four days; "M/W/F or T/Th/Sa" is two
schedules of three; "Mondays 6–9pm, Wednesdays 6–9pm" is one of two: the words between two
day names decide whether they belong together. Letters ("M/W/F", "Tu & Th") count only in
capitals, and short names ("Sat", "Wed") only capitalised, so "we sat down" names no day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Spanish names too: Los Angeles programs write "de lunes a jueves".
_NAMES = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|"
          r"fri|sat|sun|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo")
DAY = r"(" + _NAMES + r")(?:s\b|\.|\b)"
# the same, capturing nothing: for patterns that number their own groups
DAY_NAME = r"(?:" + _NAMES + r")(?:s\b|\.|\b)"
_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
          "lun": 0, "mar": 1, "mie": 2, "mié": 2, "jue": 3, "vie": 4, "sab": 5, "sáb": 5, "dom": 6}
_DAY_WORD = re.compile(r"\b" + DAY, re.I)
_DAY_SPAN = re.compile(r"\b" + DAY + r"\s*(?:-|–|—|through|thru|to|until|till|a)\s*" + DAY + r"|"
                       # "any three days between Monday and Saturday"
                       r"(?<=between )" + DAY + r"\s+and\s+" + DAY, re.I)
# "Monday-Wednesday-Friday": three names joined by dashes are a list, not a span.
_DASHED_LIST = re.compile(r"\b" + DAY + r"(?:\s*[-–]\s*" + DAY + r"){2,}", re.I)
_LETTER = r"(?:Tu|Th|Sa|Su|M|T|W|F)"
_LETTER_SPAN = re.compile(r"\b(" + _LETTER + r")\s*[-–—]\s*(" + _LETTER + r")\b")
# "MWF 9-12", "TTh 6-9 pm": a schedule's letters run together, as course timetables write them
_LETTER_RUN = re.compile(r"\b(?:MTWThF|MTWTh|MTWF|MTThF|MWThF|MTW|MWF|MWTh|MTTh|TWTh|TThF|TTh|TuTh|WF|MW)\b(?=\s*(?:\d|[,;(]|\.?$)|\s+(?:from|between|at|mornings?|evenings?|afternoons?|nights?)\b)")
# "M T W Th, 9:00–12:00": letters apart by single spaces, in the week's order, before a time or a stop
_SPACED_LETTER = r"(?:Tu|Th|Sa|Su|TU|TH|SA|SU|M|T|W|F)"
_LETTER_SPACED = re.compile(r"\b" + _SPACED_LETTER + r"(?: " + _SPACED_LETTER + r"){1,6}\b"
                            r"(?=\s*(?:\d|[,;(]|\.?$)|\s+(?:from|between|at|mornings?|evenings?|afternoons?|nights?)\b)")
_LETTER_LIST = re.compile(r"\b" + _LETTER + r"(?:\s*(?:/|,|&|\b(?i:and)\b|,\s*(?i:and)\b)\s*" + _LETTER + r")+\b")
_LETTER_INDEX = {"M": 0, "T": 1, "Tu": 1, "W": 2, "Th": 3, "F": 4, "Sa": 5, "Su": 6}
SHORT_DAY_NAMES = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}

# What may stand between two day names of one schedule: clock times, parts of the day, a
# note in brackets, "and", punctuation. Anything else ("or", "; family night") parts them.
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|[ap](?![\w.]))?"
# "Monday mornings at our Sherman Oaks clinic and on Fridays by video": a place between
_PLACE = r"\b(?:at|in)\s+(?:our|the)\s+(?:[\w'-]+\s+){0,3}(?:clinic|office|center|campus|location|site)\b"
_A_PLACE = re.compile(_PLACE, re.I)
_GLUE = re.compile(r"\([^)]*\)|" + _CLOCK + r"\s*(?:-|–|—|to|until)\s*" + _CLOCK + r"|" + _CLOCK + r"|\bnoon\b|" + _PLACE + "|"
                   # "Monday and Wednesday in person, Friday via telehealth": how a day meets
                   r"\b(?:in[ -]person|online|virtually|(?:via|by|on)\s+(?:telehealth|video|zoom))\b|"
                   r"\b(?:por|en)\s+la\s+(?:mañana|manana|tarde|noche)\b|"  # "martes y jueves por la noche, y sábados"
                   r"\b(?:and|y|plus|as well as|mornings?|evenings?|afternoons?|nights?|from|at|on|every other|alternate|"
                   r"alternating)\b|[^\w]", re.I)
# ("Monday–Thursday (no Wednesday)", "Mon–Fri (closed Wednesdays)")
_EXCEPT = re.compile(r"(?:\s+(?:mornings?|evenings?|afternoons?|nights?))?\s*,?\s*(?:except(?:\s+for)?|excluding|but\s+not|other\s+than|"
                     r"\(\s*(?:no|not|except|excluding|closed|off)(?:\s+on)?(?=\s+" + DAY_NAME + r"\s*\)))"
                     r"\s+(?:on\s+)?", re.I)
_EXCEPT_LIST = re.compile(r"(?:" + DAY + r"s?)(?:\s*(?:,|and|or|&)\s*" + DAY + r"s?)*", re.I)
# What a day is when the program does not meet on it: "a rest day", "days off", "closed"
NO_MEETING = r"(?:(?:an?\s+)?rest\s+days?|(?:a\s+)?days?\s+off|off|closed)"
_NO_MEETING_AFTER = re.compile(r"\s+(?:is|are)\s+" + NO_MEETING + r"\b", re.I)
_EMPTY_DAY = re.compile(r"\s*:\s*[—–-]+(?:\s|$)")
# "on Saturday morning every other week"
_ALTERNATE_AFTER = re.compile(r"s?(?:\s+(?:mornings?|evenings?|afternoons?|nights?))?\s+(?:every\s+other\s+week|biweekly|"
                              r"on\s+alternate\s+weeks)\b", re.I)
_ALTERNATE = re.compile(r"\b(?:every other|alternate|alternating)\s*$", re.I)


# Day names as a run of two or more ("MON–FRI", "tue/thu", "TUES. AND THURS.", "M/T/W/TH"): in
# a run they can only be days, so their capitals are made the ones the reader knows ("Mon–Fri",
# "M/T/W/Th"); a short name alone keeps its case, so "WE SAT DOWN" still names no day.
_RUN_TOKEN = r"(?:(?i:" + _NAMES + r")(?:s\b|\.|\b)|(?:TH|TU|SA|SU|Th|Tu|Sa|Su|M|T|W|F)\b)"
_RUN_JOIN = r"(?:\s*[/,&·\-–—]\s*(?:(?i:and)\s+)?|\s+(?i:and|through|thru|to)\s+)"
_RUN = re.compile(r"\b" + _RUN_TOKEN + r"(?:" + _RUN_JOIN + _RUN_TOKEN + r")+")
_RUN_NAME = re.compile(r"\b(?:(?i:" + _NAMES + r")|TH|TU|SA|SU)(?=s?\b|\.)")


def canonical_case(sentence: str) -> str:
    """The sentence with each run of day names in the capitals the reader knows: same length."""
    return _RUN.sub(lambda run: _RUN_NAME.sub(lambda m: m.group(0).capitalize(), run.group(0)), sentence)


def day_index(token: str) -> int:
    return _INDEX[token.lower()[:3]]


_FULL_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GRID_HEAD = re.compile(r"(?:Tu|Th|Sa|Su|[MTWFS]|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday)\.?", re.I)
_TICK, _BLANK = "✔✓☑●", "✘✗✕☐○–—-xX·"


def ticked_days(head: str, marks: str) -> str | None:
    """A grid's week from a line of day names or letters over a line of marks ("M T W Th F" over
    "✔ ✔ – ✔ –"), as one list ("Monday, Tuesday and Thursday"); None unless the lines are such a grid."""
    names, ticks = head.split(), marks.split()
    if len(names) < 3 or len(names) != len(ticks) or not all(t in _TICK or t in _BLANK for t in ticks):
        return None
    if not all(_GRID_HEAD.fullmatch(name) for name in names):
        return None
    order, day = [], 0
    for name in names:  # each the next day of the week it may stand for: "M T W T F", "S S" for Saturday, Sunday
        name = name.lower().rstrip(".")
        day = next((d for d in range(day, 7) if _FULL_NAMES[d].lower().startswith(name[:3])), None)
        if day is None:
            return None
        order.append(day)
        day += 1
    days = [_FULL_NAMES[day] for day, tick in zip(order, ticks) if tick in _TICK]
    return ", ".join(days[:-1]) + " and " + days[-1] if len(days) > 1 else (days[0] if days else "")


@dataclass
class Mention:
    start: int
    end: int
    days: frozenset[int]
    alternate: bool = False  # "every other Saturday": sometimes


def _span(first: int, last: int) -> frozenset[int]:
    return frozenset((first + i) % 7 for i in range((last - first) % 7 + 1))


def mentions(sentence: str) -> list[Mention]:
    """Every day name, day span and letter list in the sentence, in order."""
    found: list[Mention] = []
    for match in _DASHED_LIST.finditer(sentence):
        found.append(Mention(match.start(), match.end(),
                             frozenset(day_index(n) for n in re.findall(DAY, match.group(0), re.I))))
    for match in _DAY_SPAN.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        # "Mon, Tues, Thurs, Fri — Wednesday is a rest day": a dash that would run the week backwards parts a note
        first, last = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        if "—" in match.group(0) and day_index(last) < day_index(first):
            continue
        found.append(Mention(match.start(), match.end(), _span(day_index(first), day_index(last))))
    for match in _LETTER_SPAN.finditer(sentence):
        found.append(Mention(match.start(), match.end(),
                             _span(_LETTER_INDEX[match.group(1)], _LETTER_INDEX[match.group(2)])))
    for match in _LETTER_RUN.finditer(sentence):
        letters = re.findall(r"Th|Tu|M|T|W|F", match.group(0))
        found.append(Mention(match.start(), match.end(), frozenset(_LETTER_INDEX[x] for x in letters)))
    for match in _LETTER_SPACED.finditer(sentence):
        order = [_LETTER_INDEX[x.capitalize()] for x in match.group(0).split()]
        # (a line of letters alone, the whole week, heads a grid of marks: "M T W Th F" over "✔ ✔ – ✔ –")
        heads_grid = not sentence[: match.start()].strip() and len(order) >= 5 and not sentence[match.end():].strip(" .")
        if order == sorted(set(order)) and not heads_grid:
            found.append(Mention(match.start(), match.end(), frozenset(order)))
    for match in _LETTER_LIST.finditer(sentence):
        letters = re.findall(_LETTER, match.group(0))
        found.append(Mention(match.start(), match.end(), frozenset(_LETTER_INDEX[x] for x in letters)))
    for match in _DAY_WORD.finditer(sentence):
        token = match.group(1)
        if token.lower() in SHORT_DAY_NAMES and not token[0].isupper():
            continue
        if any(m.start <= match.start() < m.end for m in found):
            continue
        found.append(Mention(match.start(), match.end(), frozenset({day_index(token)}),
                             bool(_ALTERNATE.search(sentence[: match.start()])
                                  or _ALTERNATE_AFTER.match(sentence, match.end()))))
    return sorted(found, key=lambda m: m.start)


def day_groups(sentence: str) -> list[tuple[int, int, frozenset[int], frozenset[int]]]:
    """(start, end, every day, days only sometimes) of each run of day names that belong together,
    one day or more."""
    groups: list[list[Mention]] = []
    placed: list[bool] = []  # whether a place stands between a run and the one before it
    found = mentions(sentence)
    # "Monday through Friday except Wednesday": the days after "except" come off the run before them
    for at, mention in enumerate(found):
        cut = _EXCEPT.match(sentence, mention.end)
        if cut and len(mention.days) >= 2:
            off = [m for m in found[at + 1:] if m.start >= cut.end() and _EXCEPT_LIST.fullmatch(sentence, cut.end(), m.end)]
            if off:
                found[at] = Mention(mention.start, off[-1].end, mention.days - frozenset().union(*(m.days for m in off)),
                                    mention.alternate)
                found = [m for m in found if m is found[at] or not (mention.end <= m.start < off[-1].end)]
                break
    for mention in found:
        if _NO_MEETING_AFTER.match(sentence, mention.end):  # "Wednesday is a rest day"
            continue
        between = sentence[groups[-1][-1].end: mention.start] if groups else ""
        # "Tue: — Wed: Skills group": a day marked empty belongs to no run
        # "mornings (M/W/F) and evenings (M/T/Th)": each run in brackets of its own is a schedule of its own
        apart = between.lstrip().startswith(")") and between.rstrip().endswith("(")
        glued = bool(groups) and not _GLUE.sub("", between).strip() and not _EMPTY_DAY.match(between) and not apart
        if glued and not _A_PLACE.search(between):
            groups[-1].append(mention)
        else:
            groups.append([mention])
            placed.append(glued)
    # runs parted by a place are one schedule unless each has days of its own: "Monday, Wednesday and
    # Friday at our Torrance office and on Tuesday and Thursday at our Long Beach office" is two
    for at in range(len(groups) - 1, 0, -1):
        if placed[at] and min(len(frozenset().union(*(m.days for m in run))) for run in groups[at - 1: at + 1]) == 1:
            groups[at - 1] += groups.pop(at)
    return [(group[0].start, group[-1].end, frozenset().union(*(m.days for m in group)),
             frozenset().union(*(m.days for m in group if m.alternate))) for group in groups]


def schedules(sentence: str) -> list[tuple[int, int, int, int]]:
    """(start, end, fewest days, most days) of each schedule of two or more weekdays."""
    return [(start, end, len(every - sometimes), len(every)) for start, end, every, sometimes in day_groups(sentence)
            if len(every) >= 2]
