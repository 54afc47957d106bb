"""Splitting page text into sentences and clauses, the units facts are read from."""

from __future__ import annotations

import re
from collections.abc import Callable

from .numbers import JOIN, NUMBER, numbers
from .weekdays import DAY_NAME, ticked_days

_SENTENCE_BREAK = re.compile(r"((?<=[.!?])\s+(?=[A-Z0-9\"'(])|\s*[•✔✓▪►★]\s*|\s*;\s+)")
# in a table row a check mark is what a cell holds ("IOP | ✓ | | ✓"), not a list mark
_ROW_BREAK = re.compile(r"((?<=[.!?])\s+(?=[A-Z0-9\"'(])|\s*[•▪►★]\s*|\s*;\s+)")
_SPACES = re.compile(r"[ \t\u00a0]+")


# A period that ends these does not end the sentence ("L.A. Care", "Ste. 210", "9 a.m. Monday").
_ABBREVIATION = re.compile(r"(?:(?<![-–—/&])\b[A-Za-z]\.|\b(?:Dr|St|Ste|Blvd|Ave|Mr|Mrs|Ms|Inc|No|Jr|Sr|vs|etc|approx|e\.g|i\.e)\.)$")


# "9 a.m. Monday" goes on; "from 6 to 9 p.m. Alumni gather on Fridays" and "... 9 p.m. Wednesdays
# are set aside for ..." are two sentences.
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)
# ("9 A.M. TO 12 P.M." in capitals goes on too)
_AFTER_CLOCK = re.compile(r"(?!\w+days?\s+(?:are|is|were|will|have|has)\b)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d|(?:to|until|till|and)\b)",
                          re.I)


# Where a sentence turns to a new clause with a subject of its own: "Our sister program in Irvine
# meets four days a week, and our IOP meets three", "The office is open Monday through Saturday and
# clients attend Tuesday and Thursday".
NEW_CLAUSE = re.compile(r"\s*;\s*|,\s*(?=(?:and|but|while|whereas|which\s+is\s+why)\b)|\s+(?=(?:and|but|while|whereas)\s+(?:our|the|we|you|clients|"
                        r"participants|patients|groups|sessions|iop|php|they|most|many|each|all|residential|inpatient|alumni|"
                        r"parents|families|family)\b)", re.I)


# "Mon. Tue. Thu.": abbreviated weekdays in a row are one list, not three sentences.
_DAY_SHORT = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)\."
_DAY_ABBREVIATION = re.compile(_DAY_SHORT + r"(?:\s|$)")
_DAY_RUN = re.compile(r"\b" + _DAY_SHORT + r"$")
# "Mon. 6-9pm", "Mon. (process group)": a short day name's period ends no sentence before a time
# or a note ("... and Fri. Clients attend ..." is two)
_AFTER_DAY = re.compile(r"\d|\(")
# nor where the day names a level: "Our Sat. IOP is ..." (but "every Sat. IOP runs ..." is two)
_DAY_NAMING = re.compile(r"\b(?:our|a|an|the|this|new)\s+(?:" + _DAY_SHORT + r",?\s+(?:(?:and|or|&|plus)\s+)?)*" + _DAY_SHORT + r"$",
                         re.I)  # ("the Tues. and Thurs. IOP groups")
# nor in a list of days with what each holds: "Mon. process group, Tue. DBT skills, Thu. relapse prevention"
_DAY_ITEMS = re.compile(_DAY_SHORT + r"\s[^.;]*,\s*" + _DAY_SHORT + r"$")
_LEVEL_AFTER = re.compile(r"(?:IOP|PHP|OP)\b|(?:Intensive|Partial|Outpatient|Evening|Morning|Day)\s+(?i:outpatient|hospitali[sz]ation|"
                          r"program|treatment|iop|group)\b|(?:Process|Skills|Group|Program|Recovery)\s+(?i:groups?|sessions?)\b")


# "three (3) days": a number in words with its digits after, as contracts write them.
_SPELLED_OUT = re.compile(r"\b([a-z]+(?:-[a-z]+)?)\s*\(\d+\)", re.I)


_LEADER = re.compile(r"\s*(?:\.{3,}|…+)\s*(?=\S)")  # "Days per week ........ 4": a label and its value

# "Intensive Outpatient Program (IOP)": the name, then its short name in brackets
_NAME_AND_SHORT = re.compile(r"\b(intensive outpatient(?: program)?|partial hospitali[sz]ation(?: program)?)\s*\((?:IOP|PHP)\)", re.I)

# A card that sets a count and its unit on lines of their own: "3 days" over "per week"
_UNIT_LINE = re.compile(r"(?:per|a|each|every|/)\s*(?:week|wk|day|session)\.?", re.I)
_COUNT_LINE = re.compile(NUMBER + r"(?:" + JOIN + NUMBER + r")?\s+\w+", re.I)
# "Mon ✔ Tue ✘ Wed ✔": weekdays ticked or crossed, as a checklist sets a week out
_MARKED_DAY = re.compile(r"\b(" + DAY_NAME + r")\s*([✔✓✘✗✕])\s*", re.I)
_CROSSES = "✘✗✕"
# "Tuesday" over "Wednesday" over "Thursday", each a line of its own: one list of days
_BARE_DAY = r"(?:" + DAY_NAME + r")[.,]?"
_BARE_DAYS = re.compile(_BARE_DAY + r"(?:, " + _BARE_DAY + r")*", re.I)
_AMPERSAND = re.compile(r"\s+&(?:amp;)?\s+")  # "Tuesdays & Thursdays" (not "AT&T")


def _short_day_goes_on(before: str, part: str, within_line: bool) -> bool:
    """Whether the period of a short day name that ends `before` ends no sentence: another short
    day follows ("Mon. Tue. Thu."), or, within a line, a time, a note or a level the day names."""
    if not _DAY_RUN.search(before):
        return False
    return bool(_DAY_ABBREVIATION.match(part) or within_line and (
        _AFTER_DAY.match(part) or _DAY_NAMING.search(before) and _LEVEL_AFTER.match(part) or _DAY_ITEMS.search(before)))


def sentences(text: str) -> list[str]:
    """Sentences and list items of a text, white space folded, empties dropped. A line always
    ends a sentence: "IOP: M, W, F." over "Our office is open..." are two; but weekday names on
    lines of their own, one under another, are one list."""
    out: list[str] = []
    # one apostrophe, so "don’t accept" is read like "don't accept"; a level's name once, not twice
    text = _NAME_AND_SHORT.sub(r"\1", text.replace("’", "'"))
    lines = _LEADER.sub(": ", text).split("\n")
    for at in range(len(lines) - 1):
        ticked = ticked_days(lines[at], lines[at + 1])
        if ticked is not None:  # "M T W Th F" over "✔ ✔ – ✔ –": the ticked days, one list
            lines[at], lines[at + 1] = ticked, ""
    for line in lines:
        if len(_MARKED_DAY.findall(line)) >= 2:
            line = _MARKED_DAY.sub(lambda m: "" if m.group(2) in _CROSSES else f"{m.group(1)},", line).rstrip(", ")
        joined = False  # a period may be an abbreviation's only inside a line; "Mon.\nTue." is still one list
        # the split keeps each break, so a part after a list mark or a semicolon is never joined back
        parts = (_ROW_BREAK if " | " in line else _SENTENCE_BREAK).split(line)
        for part, brk in zip(parts[::2], ["", *parts[1::2]]):
            part = _AMPERSAND.sub(" and ", _SPELLED_OUT.sub(r"\1", _SPACES.sub(" ", part))).strip()
            if not part:
                continue
            if not joined and out and _UNIT_LINE.fullmatch(part) and _COUNT_LINE.fullmatch(out[-1]):
                out[-1] = f"{out[-1]} {part}"
                joined = True
                continue
            abbreviated = _ABBREVIATION.search(out[-1]) if joined and brk and not brk.strip() else None
            if joined and ";" in brk and out[-1].count("(") > out[-1].count(")"):
                out[-1] = f"{out[-1]}; {part}"  # "(clients only; families attend ...)": one note in brackets
            elif (abbreviated and not (_CLOCK_END.search(out[-1]) and not _AFTER_CLOCK.match(part))
                    or out and not brk.strip() and _short_day_goes_on(out[-1], part, within_line=joined and bool(brk))):
                out[-1] = f"{out[-1]} {part}"
            else:
                out.append(part)
            joined = True
    merged: list[str] = []
    for part in out:
        if merged and _BARE_DAYS.fullmatch(part) and _BARE_DAYS.fullmatch(merged[-1]):
            merged[-1] = f"{merged[-1].rstrip('.,')}, {part}"
        else:
            merged.append(part)
    return merged


def column_numbers(sentences: list[str], header: re.Pattern, unit: str = "", beside: re.Pattern | None = None,
                   needs: re.Pattern | None = None, aside: Callable[[str], bool] | None = None) -> list[float]:
    """The numbers of a table's cells that are a number or range ("3", "3-5"), with an optional
    unit after (`unit`, a regex fragment: "3 hours"), under a column whose header matches
    `header` ("Program | Days per week" over "IOP | 3") or along a row it heads ("Days per
    week | 5 | 3 | 1", a table that compares programs side by side). With `beside`, only under
    a header row that also has a cell `beside` matches ("Week | Days": days of each week). With
    `needs`, only cells it finds a word of are read ("Schedule" over "2 evenings", not "3–4"). With
    `aside`, rows whose label it holds to be something else are not ("Individual therapy | 1x/wk")."""
    found: list[float] = []
    cells = column(sentences, header, beside, aside)
    if beside is None:
        for before, sentence in zip(["", *sentences], sentences):
            head, *rest = sentence.split(" | ")
            if not rest or not header.fullmatch(head.strip()):
                continue
            # (under a header row that names each column's program, not another setting's: "Residential |
            # PHP | IOP" over "Days per week | 7 | 5 | 3")
            names = before.split(" | ")[-len(rest):] if len(before.split(" | ")) >= len(rest) > 1 else [""] * len(rest)
            cells += [cell for name, cell in zip(names, rest) if not (aside and name.strip() and aside(name))]
    for cell in cells:
        if needs is not None and not needs.search(cell):
            continue
        match = re.fullmatch(NUMBER + r"(?:" + JOIN + NUMBER + r")?" + (r"(?:" + unit + r")?" if unit else ""),
                             cell.strip(), re.I)
        found += numbers(*match.groups()) if match else []
        plus = _PLUS_OPTIONAL.fullmatch(cell.strip())
        if plus:  # "3 + 1 optional": three, and four for those who take the optional one
            base, more = numbers(*plus.groups())
            found += [base, base + more]
    return found


_PLUS_OPTIONAL = re.compile(NUMBER + r"\s*\+\s*" + NUMBER + r"\s+(?:optional|extra|additional)", re.I)


def column(sentences: list[str], header: re.Pattern, beside: re.Pattern | None = None,
           aside: Callable[[str], bool] | None = None, labelled: bool = False) -> list[str]:
    """The cells under a table column whose header cell matches `header`: in "Program | Days
    per week" over "IOP | 3", the days column holds "3". Tables are read as one row per line,
    cells parted by " | " (see `page`); a row of another width ends the table. With `labelled`, only a
    column after the first, whose rows the first column names."""
    cells: list[str] = []
    at, width = None, 0
    for sentence in sentences:
        row = sentence.split(" | ")
        if at is not None and len(row) == width:
            if not (aside and at and aside(row[0])):
                cells.append(row[at])
            continue
        at = next((i for i, cell in enumerate(row) if (i or not labelled) and header.fullmatch(cell.strip())), None) \
            if len(row) > 1 else None
        if beside is not None and not any(beside.fullmatch(cell.strip()) for cell in row):
            at = None
        width = len(row)
    return cells
