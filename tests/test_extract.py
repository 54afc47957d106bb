"""Page extraction, scored over the corpus in tests/extraction/cases.jsonl."""

import functools
import hashlib
import json
import multiprocessing
import re
from pathlib import Path

import pytest

from crawler.extract import days, schedule
from crawler.extract.evaluate import extract, load, main, score
from crawler.extract.facts import site_record
from crawler.extract.page import name_from_title, read_page
from crawler.extract.text import sentences

from .conftest import week_and_session

CORPUS = Path(__file__).resolve().parent / "extraction" / "cases.jsonl"


# Dev cases the rules still get wrong, each a phrasing no rule covers yet. Listed, not hidden:
# the evaluation command counts them, and this test fails if any other dev case goes wrong
# or if one of these starts passing (then take it off the list).
KNOWN_DEV_MISSES = {
    "seen27-19 days: expected [4, 4], got None",  # "ranch hosts clients one day a week ... The rest of the IOP week is three days"
    "seen63-16 hours: expected [2, 3], got [3.0, 3.0]",  # "9:30 to 12:30; Fridays are shorter, ending at 11:30"
    "seen36-14 hours: expected [3.25, 3.25], got None",  # "Program day: 8:30 arrival, groups until 11:45."
    "seen37-17 levels_of_care: expected ['iop', 'op'], got ['op']",  # "a step-down outpatient program after IOP"
    "seen62-05 days: expected [1, 5], got [3, 5]",  # "IOP (M/T/Th) • PHP (M–F) • OP (W)": one letter is no day
    # "a morning IOP (Mon/Wed/Fri) and an evening IOP (Tue/Thu). Clients in the evening IOP also attend a
    # Saturday process group": the day on top is one track's, and the reader keeps no count per track
    "seen92-08 days: expected [3, 3], got [2, 4]",
    # "Sessions are in English on Mondays and Wednesdays and in Spanish on Tuesdays and Thursdays; you attend the
    # two sessions in your language plus a bilingual Friday group": the same, a shared day on top of two tracks
    "seen137-11 days: expected [3, 3], got [2, 3]",
    # "IOP groups take place Monday, Wednesday and Friday; there's also an IOP group on Saturday mornings for those who
    # work weekdays, who then attend just two weekday evenings": a second week for some clients, made of parts
    "seen138-12 days: expected [3, 3], got [2, 4]",
    # "three IOP groups: Monday/Wednesday mornings, Tuesday/Thursday afternoons, and Monday/Thursday evenings.
    # Each client is placed in one.": the runs read as one week; only the last sentence parts them
    "seen107-13 days: expected [2, 2], got [4, 4]",
    # "Mondays and Thursdays are process groups; Tuesdays are skills; Wednesdays are off; Fridays are for
    # family sessions": parts of a week said without a meeting word, beside a family day
    "seen115-02 days: expected [3, 3], got [2, 2]",
    # "On Mondays, clients start with a check-in group and a process group. Tuesdays focus on skills. Thursdays are
    # for relapse prevention and family topics.": the same kind, a week by its topics, most without a meeting word
    "seen167-08 days: expected [3, 3], got [2, 2]",
    # a card "Outpatient" over "Weekly, 60 min": a level's week said as one word under its heading
    "seen169-07 days: expected [1, 3], got [3, 3]",
    # a card "IOP" over "Mon–Fri available · attend 3": the pick said with no subject, in the offer's line
    "seen169-20 days: expected [3, 3], got [3, 5]",
    # "In 2025 we expanded our IOP from three days a week to four": the week before a change, read as a range
    "seen170-06 days: expected [4, 4], got [3, 4]",
    # "Wednesday afternoons, clients may join the gardening group": an optional part of the week to `parts_of_week`,
    # whose side words are read only around the day, not after the clause's comma
    "seen171-08 days: expected [3, 3], got [3, 4]",
    # "IOP clients join the PHP for its Monday and Wednesday morning groups, and have their own group on Friday
    # afternoons": the PHP's days the IOP joins, then a day of its own
    "seen140-19 days: expected [3, 3], got [2, 2]",
    # "Most clients find that three days a week fits their lives. Those who want more support can come a fourth or
    # even fifth day.": the week said of no program, under a heading, and so no count for the ordinals to stand beside
    "seen144-13 days: expected [3, 5], got None",
    # "Three days. Three hours. Eight weeks. That's our IOP.": days said without a week, named only after
    "seen144-06 days: expected [3, 3], got None",
    # "How many days will I attend? It depends on your level of care: five days in PHP, three in IOP, one in OP.":
    # days without a week, each level named after its count, read as none
    "seen181-10 days: expected [1, 5], got None",
    # "Every IOP client attends the Monday process group and the Thursday skills group. A third group, chosen from
    # Tuesday or Wednesday options, completes the week.": an ordinal day after a schedule of named days, no count
    # before it for the ordinal to give way to
    "seen188-06 days: expected [3, 3], got [2, 2]",
    # "IOP clients come in on Mondays for an all-day intensive and on Wednesdays for a half-day group.": what each
    # day is for, said between the day names, parts them, and no count is said
    "seen190-20 days: expected [2, 2], got None",
    # "Groups run five days a week, but clients in their final month attend only two.": "only two" is read as a
    # pick from the five offered, where it is a later phase's week beside the full one
    "seen191-14 days: expected [2, 5], got [2, 2]",
    # "Can I attend fewer days? ... your counselor may reduce your schedule from four days to three.": days without
    # a week, said of a schedule, read as none
    "seen181-12 days: expected [3, 4], got None",
    # "IOP clients are seen in group three times per week, Monday–Friday scheduling flexible": the days on offer said
    # after the count, with no word that makes the count a pick from them (as seen169-20's card)
    "seen183-16 days: expected [3, 3], got [3, 5]",
    # "Our Thursday IOP group is moving to Wednesday starting next month. The Monday and Tuesday groups are not
    # changing.": a week told as a change to it
    "seen146-17 days: expected [3, 3], got [2, 2]",
    # "You will be with us Monday, Wednesday, and Friday, and every other Tuesday for a family session":
    # the family session, said of the last day, sets the whole run of days aside
    "seen121-03 days: expected [3, 3], got None",
    # a count the days reader cannot place widens the week (crawler/extract/unplaced.py)
    "seen28-03 days: expected [3, 3], got [2, 3]",  # "Your first week includes an orientation day and two days of group"
    "seen43-03 populations: expected ['adults', 'veterans'], got ['veterans']",  # "Adults and veterans struggling with"
}


def _mistakes_in(cases: list[dict]) -> list[str]:
    return score(cases)[1]


def test_dev_corpus_meets_the_precision_and_recall_targets():
    """The rules were written against the dev cases: a regression shows up as a mistake here."""
    cases = load(CORPUS, "dev")
    with multiprocessing.get_context("fork").Pool(2) as pool:  # (two cores: half the corpus each)
        halves = pool.map(_mistakes_in, [cases[::2], cases[1::2]])
    assert {mistake for half in halves for mistake in half} == KNOWN_DEV_MISSES
    assert len(load(CORPUS, "dev")) >= 40 and len(load(CORPUS, "heldout")) >= 20


def test_evaluate_command_prints_precision_and_recall_per_field(capsys, tmp_path):
    # a corpus of its own, small enough that its counts are known by hand
    corpus = tmp_path / "cases.jsonl"
    corpus.write_text("\n".join(json.dumps(case) for case in [
        {"id": "a", "split": "dev", "text": "IOP meets 3 days a week.", "expect": {"days": [3, 3]}},
        {"id": "b", "split": "dev", "text": "IOP meets Monday and Friday.", "expect": {"days": [3, 3]}},
        {"id": "c", "split": "dev", "text": "We accept Medicare.", "expect": {"insurance": ["medicare"]}},
        {"id": "d", "split": "heldout", "text": "IOP meets 5 days a week.", "expect": {"days": [5, 5]}},
    ]) + "\n")
    assert main([str(corpus), "--split", "dev", "--mistakes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3 cases (dev)"
    assert out[1].split() == ["field", "precision", "recall", "tp", "fp", "fn"]
    assert out[2].split() == ["days", "0.500", "0.500", "1", "1", "1"]
    assert [line.split() for line in out if line.startswith("insurance ")] == [["insurance", "1.000", "1.000", "1", "0", "0"]]
    assert out[-1] == "b days: expected [3, 3], got [2, 2]"
    assert main([str(corpus.with_name("missing.jsonl"))]) == 2


@pytest.mark.parametrize("title, host, name", [
    ("Harbor Light Recovery | IOP in Van Nuys", "www.harborlightrecovery.example", "Harbor Light Recovery"),
    ("Best IOP in LA — Mesa Counseling", "mesacounseling.example", "Mesa Counseling"),
    ("Welcome", "x.example", "Welcome"),
])
def test_names_come_from_titles_without_slogans(title, host, name):
    assert name_from_title(title, host) == name


def test_sentences_keep_abbreviations_together():
    assert sentences("L.A. Care accepted. Ste. 4 is upstairs.\nCall 9 a.m. Monday") == [
        "L.A. Care accepted.", "Ste. 4 is upstairs.", "Call 9 a.m. Monday"]
    # a semicolon or a list mark ends a part even after an abbreviation
    assert sentences("Mon, Tue, Thu 10 a.m. to 1 p.m.; Wednesday individual sessions • Fri. off") == [
        "Mon, Tue, Thu 10 a.m. to 1 p.m.", "Wednesday individual sessions", "Fri. off"]


def test_broken_markup_and_hidden_text():
    page = read_page("<html><body><p>Groups meet <b>three days a week<script>var x='7 days a week'</script>"
                     "<div>Phone (626) 555-0101 ext. 12</body>", "http://h.example/")
    assert "7 days" not in page.text and "three days a week" in page.text
    assert page.phone == "626-555-0101 x12"


_OFFICE_WEEK = "Monday – Saturday · 8:00 am – 6:00 pm"  # (said bare, as footers say it: no word of an office)


def _record_of(*bodies: str) -> dict:
    pages = [read_page(f"<html><body>{body}</body></html>", f"http://cedar.example/{n}") for n, body in enumerate(bodies)]
    return site_record(pages, "http://cedar.example/", "2026-01-01T00:00:00Z", "sites")


def test_the_week_and_session_come_from_a_pages_content_before_its_chrome():
    """A site's menus, sidebars and page footer carry office hours, tours and classes beside any
    content: the program's week and session are read from the content, the chrome only when the
    content states neither. A footer inside an article is the article's."""
    page = read_page(f"<html><body><nav><a href='/'>Home</a> Tours {_OFFICE_WEEK}</nav><main><article>"
                     "<p>IOP groups meet Monday, Wednesday and Friday, 9:00 am – 12:00 pm.</p>"
                     "<footer>Updated for the spring schedule</footer></article></main>"
                     "<aside>Community yoga, Monday – Friday at 7:00 am</aside>"
                     f"<footer><p>{_OFFICE_WEEK}</p></footer></body></html>", "http://cedar.example/")
    assert "Community yoga" in page.text and "Community yoga" not in page.content
    assert _OFFICE_WEEK in page.text and _OFFICE_WEEK not in page.content
    assert "Updated for the spring schedule" in page.content
    # the same by class names, as templates build them of divs
    divs = read_page("<body><div class='site-header'>Tours Monday–Saturday</div><section><div class='header'>IOP: Mon, Wed, "
                     "Fri</div></section><div id='sidebar'>Yoga daily</div></body>", "http://cedar.example/")
    assert divs.content == "IOP: Mon, Wed, Fri"
    record = site_record([page], "http://cedar.example/", "2026-01-01T00:00:00Z", "sites")
    assert week_and_session(record) == (3, 3, 3.0, 3.0)
    # a program whose only schedule is in its footer still has it read
    assert week_and_session(_record_of("<h1>Cedar Grove IOP</h1><p>Intensive outpatient care for adults.</p>"
                                        "<footer>IOP meets Tuesday and Thursday evenings, 6:00 – 9:00 pm</footer>")
                             ) == (2, 2, 3.0, 3.0)


def test_lines_most_pages_of_a_site_repeat_are_chrome():
    """A footer built of plain divs names itself by repeating: the line most of a site's pages
    carry is read only when the rest of the site states no week."""
    footer = f"<div><p>{_OFFICE_WEEK}</p><p>1200 N Brand Blvd, Glendale, CA 91202</p></div>"
    iop = "<p>Groups are held Tuesday, Wednesday and Thursday evenings from 6:00 to 9:00 pm.</p>"
    assert week_and_session(_record_of("<h1>Cedar Grove</h1>" + footer, iop + footer, "<p>Free parking.</p>" + footer)
                             ) == (3, 3, 3.0, 3.0)
    # one page alone cannot tell its footer from its content: both are read, as before
    assert week_and_session(_record_of(iop + footer))[:2] == (3, 6)


# Rewordings that must not change what a dev case reads as: a rule that only works for one
# spelling of a fact ("IOP" but not "intensive outpatient program", "and" but not "&") is
# brittle on pages no one has seen. Each rewrites a case's text and keeps its meaning.
_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"}
_COUNTED = r"(?=\s+(?:days?|evenings?|mornings?|nights?|afternoons?|times))"
_SHORT_DAYS = {"Monday": "Mon", "Tuesday": "Tue", "Wednesday": "Wed", "Thursday": "Thu", "Friday": "Fri",
               "Saturday": "Sat", "Sunday": "Sun"}
def _same_case(text: str, word: str, other: str) -> str:
    """The text with each `word` (a regex, in lower case) made `other`, a capital kept."""
    return re.sub(r"\b" + word, lambda m: other.capitalize() if m.group(0)[0].isupper() else other, text, flags=re.I)


_A_WEEK = r"\ba week\b(?! or\b)"  # (not "for a week or two", a while)
REWORDINGS = {
    "digits as words": lambda t: re.sub(r"(?<![\d.])\b([1-7])\b" + _COUNTED, lambda m: _WORDS[m.group(1)], t),
    "words as digits": lambda t: re.sub(r"\b(one|two|three|four|five|six|seven)\b" + _COUNTED,
                                        lambda m: {v: k for k, v in _WORDS.items()}[m.group(1)], t),
    "per week": lambda t: re.sub(_A_WEEK, "per week", t),
    "long level names": lambda t: re.sub(r"(^|[.!?] )IOP\b", r"\1Intensive outpatient program",
                                         re.sub(r"(?<![.!?] )(?<!^)\bIOP\b", "intensive outpatient program", t)),
    "ampersand": lambda t: re.sub(r"\band\b", "&", t),
    "short day names": lambda t: re.sub(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b",
                                        lambda m: _SHORT_DAYS[m.group(1)], t),
    "a line per sentence": lambda t: t.replace(". ", ".\n"),
    "a heading above": lambda t: "Intensive Outpatient Program\n" + t,
    "day names in capitals": lambda t: re.sub(r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|Th|Tu)\b",
                                              lambda m: m.group(0).upper(), t),
    "participate for attend": lambda t: re.sub(r"\battend(s?)\b", lambda m: f"participate{'s' * bool(m.group(1))} in", t),
    "Nx weekly": lambda t: re.sub(r"\b([1-7]) days (?:a|per) week\b", r"\1x weekly", t),
    "times for days": lambda t: re.sub(r"\b(one|two|three|four|five|six|[1-7]) days (a|per) week\b", r"\1 times \2 week", t),
    "a day list without and": lambda t: re.sub(r"(\w+day)s? and (\w+day)", r"\1, \2", t),
    "another word for group days": lambda t: re.sub(r"\bgroup days\b", "treatment days", t),
    "classes for groups": lambda t: re.sub(r"\bgroups\b", "classes", t),
    "individuals for clients": lambda t: re.sub(r"\bclients\b", "individuals", t),
    "every week": lambda t: re.sub(_A_WEEK, "every week", t),
    "long name with its short one": lambda t: re.sub(r"\bIOP\b", "Intensive Outpatient Program (IOP)", t, count=1),
    "a range said with between": lambda t: re.sub(r"\b(two|three|four|[2-4]) to (three|four|five|[3-5]) days\b",
                                                  r"between \1 and \2 days", t),
    "spaced dashes": lambda t: t.replace("–", " – "),
    "a.m. with periods": lambda t: re.sub(r"\b([ap])m\b", r"\1.m.", t),
    "a week as cards write it": lambda t: re.sub(r"\s(?:a|per) week\b(?! or\b)", "/wk", t),
    "curly apostrophes": lambda t: t.replace("'", "’"),
    "a span with a dash": lambda t: re.sub(r"\b(\w+day) through (\w+day)\b", r"\1–\2", t),
    "a label set off by a dash": lambda t: re.sub(r"^([A-Z][\w ]{0,20}):\s", r"\1 — ", t),
    "weekdays for days": lambda t: re.sub(r"\b(two|three|four) days a week\b", r"\1 weekdays", t),
    "every count in digits": lambda t: re.sub(r"\b(two|three|four|five)\b(?!\s*\(\d)",
                                              lambda m: {v: k for k, v in _WORDS.items()}[m.group(1).lower()], t),
    "join for attend": lambda t: _same_case(t, r"attend(?=s?\b)", "join"),
    "patients for clients": lambda t: _same_case(t, r"clients\b", "patients"),
    "members for clients": lambda t: _same_case(t, r"clients\b", "members"),
    "each week": lambda t: re.sub(r"\b(?:a|per) week\b(?! or\b)", "each week", t),
    "weekly after the unit": lambda t: re.sub(r"\b(days|evenings|mornings|nights) (?:a|per) week\b", r"\1 weekly", t),
    "short day names with periods": lambda t: re.sub(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?![.s])",
                                                    lambda m: _SHORT_DAYS[m.group(1) + "day"] + ".", t),
    "voluntary for optional": lambda t: re.sub(r"\boptional\b", "voluntary", t),
    "reduce for step down": lambda t: re.sub(r"\bstep down to\b", "reduce to", t),
    "no fewer than for at least": lambda t: re.sub(r"\bat least\b", "no fewer than", t),
    "first 30 days for first month": lambda t: re.sub(r"\bfirst month\b", "first 30 days", t),
    "will for may": lambda t: re.sub(r"\bmay\b", "will", t),
    "additionally for also": lambda t: re.sub(r"\balso\b", "additionally", t),
    "the majority for most": lambda t: re.sub(r"\b([Mm])ost clients\b", lambda m: ("T" if m.group(1) == "M" else "t")
                                               + "he majority of clients", t),
    "two times for twice": lambda t: re.sub(r"\btwice\b", "two times", t),
    "once weekly": lambda t: re.sub(r"\bonce a week\b", "once weekly", t),
    "weeks one and two": lambda t: re.sub(r"\bthe first two weeks\b", "weeks one and two", t),
    "separate days": lambda t: re.sub(r"\b(two|three|four|five) days\b", r"\1 separate days", t),
    "graduates for alumni": lambda t: re.sub(r"\balumni\b", "graduates", t),
    "a sound bath for yoga": lambda t: re.sub(r"\byoga\b", "sound bath", t),
    "out of for of the": lambda t: re.sub(r"\b(two|three|four|five|[2-5]) of the (four|five|six|[4-6])\b", r"\1 out of \2", t),
    "decide on for choose": lambda t: re.sub(r"\bchoose\b", "decide on", t),
    "each weekday": lambda t: re.sub(r"\bevery weekday\b", "each weekday", t),
    "participants for clients": lambda t: _same_case(t, r"clients\b", "participants"),
    "a hedge before the verb": lambda t: re.sub(r"\b(meets|runs)\b", r"typically \1", t),
    "is held for meets": lambda t: re.sub(r"\bmeets\b", "is held", t),
    "takes place for meets": lambda t: re.sub(r"\bmeets\b", "takes place", t),
    "M-F for a weekday span": lambda t: re.sub(r"\bMonday (?:through|to|thru|–|-) Friday\b", "M-F", t),
    "a level named without program": lambda t: re.sub(r"\bIOP\b", "Intensive Outpatient", t),
    "an Oxford comma": lambda t: re.sub(r"(\w+day), (\w+day) and (\w+day)", r"\1, \2, and \3", t),
    "a week joined by hyphens": lambda t: re.sub(r"\b(two|three|four|five) days a week\b", r"\1-day-a-week", t),
    "a minimum of for at least": lambda t: re.sub(r"\bat least\b", "a minimum of", t),
    "a maximum of for up to": lambda t: re.sub(r"\bup to\b", "a maximum of", t),
    "normally for typically": lambda t: _same_case(t, r"typically\b", "normally"),
    "in most cases for typically": lambda t: _same_case(t, r"typically\b", "in most cases"),
    "a range said from": lambda t: re.sub(r"(?<!from )\b(two|three|four|[2-4]) to (three|four|five|[3-5]) days\b",
                                          r"from \1 to \2 days", t),
    "a single day for one day": lambda t: re.sub(r"\bone day\b", "a single day", t),
    "plus between day names": lambda t: re.sub(r"\b(\w+day) and (\w+day)\b", r"\1 plus \2", t),
    "as-needed for optional": lambda t: re.sub(r"\boptional\b", "as-needed", t),
    "OP for outpatient program": lambda t: re.sub(r"\b[Oo]utpatient [Pp]rogram\b(?! \()", "OP", t) if "ntensive" not in t else t,
    "move to for step down to": lambda t: re.sub(r"\bstep down to\b", "move to", t),
    "extra for additional": lambda t: re.sub(r"\badditional\b", "extra", t),
    "programming days": lambda t: re.sub(r"\btreatment days\b", "programming days", t),
    "operates for meets": lambda t: re.sub(r"\bmeets\b", "operates", t),
    "a range joined by hyphens": lambda t: re.sub(r"\b(two|three|four) to (three|four|five) days\b", r"\1-to-\2 days", t),
    "clients in IOP": lambda t: re.sub(r"\bIOP clients\b", "clients in IOP", re.sub(r"(^|[.!?] )IOP clients\b", r"\1Clients in IOP", t)),
    "or more for at least": lambda t: re.sub(r"\bat least (two|three|four) days\b", r"\1 or more days", t),
    "at minimum for at least": lambda t: re.sub(r"\bat least (\w+) days\b", r"\1 days at minimum", t),
    "the IOP for our IOP": lambda t: re.sub(r"\bOur IOP\b", "The IOP", t),
    "might for may": lambda t: re.sub(r"\bmay\b", "might", t),
    "could for may": lambda t: re.sub(r"\bmay\b", "could", t),
    "not required for optional": lambda t: re.sub(r"\bis optional\b", "is not required", t),
    "decrease to for step down to": lambda t: re.sub(r"\bstep down to\b", "decrease to", t),
    "cut back to for step down to": lambda t: re.sub(r"\bstep down to\b", "cut back to", t),
    "followed by for then": lambda t: re.sub(r", then\b", ", followed by", t),
    "every two weeks": lambda t: re.sub(r"\bevery other week\b", "every two weeks", t),
    "starting in week three": lambda t: re.sub(r"\bfrom week three\b", "starting in week three", t),
    "you will attend": lambda t: re.sub(r"(^|[.!?] )Clients attend\b", r"\1You will attend", t),
    "are here for attend": lambda t: re.sub(r"\b([Cc]lients) attend (?=(?:three|four|two|five|[2-5]) )", r"\1 are here ", t),
    "those who for clients who": lambda t: re.sub(r"\bclients who\b", "those who", t),
    "adults attend": lambda t: re.sub(r"(^|[.!?] )Clients attend\b", r"\1Adults attend", t),
    "show up for attend": lambda t: re.sub(r"(^|[.!?] )Clients attend\b", r"\1Clients show up", t),
    "happens for meets": lambda t: re.sub(r"\b(IOP|group|program) meets\b", r"\1 happens", t),
    "is in session for meets": lambda t: re.sub(r"\b(IOP|group|program) meets\b", r"\1 is in session", t),
    "will attend": lambda t: re.sub(r"\b([Cc]lients|[Pp]articipants|[Yy]ou) attend\b", r"\1 will attend", t),
    "will meet": lambda t: re.sub(r"\b(IOP|[Gg]roup|[Pp]rogram) meets\b", r"\1 will meet", t),
    "group sessions for groups": lambda t: re.sub(r"\bgroups\b", "group sessions", t),
    "therapy groups for groups": lambda t: re.sub(r"\bgroups\b", "therapy groups", t),
    "process groups for groups": lambda t: re.sub(r"\bgroups\b", "process groups", t),
    "counseling groups for groups": lambda t: re.sub(r"\bgroups\b", "counseling groups", t),
    "IOP program for IOP": lambda t: re.sub(r"\bIOP\b(?! program)", "IOP program", t),
    "group members for clients": lambda t: _same_case(t, r"clients\b", "group members"),
    "meets on for meets": lambda t: re.sub(r"\bmeets (?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", "meets on ", t),
    "meets every for meets": lambda t: re.sub(r"\bmeets (?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", "meets every ", t),
    "between for from": lambda t: re.sub(r"\bfrom (\d{1,2}(?::\d\d)?) to (\d{1,2}(?::\d\d)?)", r"between \1 and \2", t),
    "you'll be here": lambda t: re.sub(r"(^|[.!?] )Clients attend (?=(?:two|three|four|five|[2-5]|at least) )", r"\1You'll be here ", t),
}
# Rewordings that change a case's meaning: a plural day name says "every week", its short
# name does not ("Sessions happen on Fri."); "Tues.\nand Thurs." and "9 p.m.\nand Saturday" split at
# the line are no list.
KNOWN_REWORDING_MISSES = {
    ("short day names", "seen6-013"), ("short day names", "seen73-01"), ("short day names", "seen93-03"),
    ("short day names", "seen98-19"),
    ("a line per sentence", "seen19-12"), ("a line per sentence", "seen96-12"), ("a line per sentence", "seen100-18"),
    ("a line per sentence", "seen41-28"), ("a line per sentence", "seen46-15"), ("a line per sentence", "seen85-05"),
    # "Monday, Wednesdays and hold ...": the plural parts the list
    ("a day list without and", "seen33-30"), ("a day list without and", "seen52-14"),
    # "over between three and five days"; "Teens join school five days a week" is no one's wording
    ("a range said with between", "seen85-26"), ("join for attend", "seen20-05"),
    # a lone digit is read as days only beside a verb: "Teens: 2."; "the second month 3" may as well name month three
    ("every count in digits", "seen58-07"), ("every count in digits", "seen131-19"),
    # ... and a bare range of digits too: "2 to 4 is normal" may as well be times
    ("every count in digits", "seen145-13"),
    # ... and "specifies 3, 4, or 5 days" (no verb of coming) has three digits, as a table row, whose digits are not read
    ("every count in digits", "seen161-17"), ("every count in digits", "seen163-09"),  # (and "; 4 recommended.", as "Teens: 2.")
    # "Clients will skip the Thursday group" is a day off for all, where "may skip" is a day some skip
    ("will for may", "seen147-11"),
}


def _misses_after(rewrite, field: str, sample: str | None = None) -> set[str]:
    """The dev cases whose field reads differently once their text is rewritten: a text case
    whole, a page case line by line as a reader sees it (its markup read once). sample: read only
    the fixed sample of the changed cases drawn for the rewording of that name."""
    changed = {}
    for case in _dev_cases():
        if field not in case["expect"] or f"{case['id']} {field}:" in " ".join(KNOWN_DEV_MISSES):
            continue
        if "html" in case and rewrite is REWORDINGS["a heading above"]:
            continue  # a heading over every line of a page (each table cell) is no page
        text = _page_text(case["id"])
        reworded = "\n".join(rewrite(line) for line in text.split("\n")) if "html" in case else rewrite(text)
        if reworded != text:
            changed[case["id"]] = (text, reworded)
    read = _sample(sample, changed) if sample else changed
    return {case for case in read if _reads(field, changed[case][1]) != _reads(field, changed[case][0])}


# The broad rewordings change half the dev corpus each, and rereading all of it for each one took
# half the suite's time and grew with every dev batch. Each rewording rereads at most this many of
# the cases it changes, a fixed sample drawn by its own name (so the rewordings together still cover
# the corpus), and always its known misses, so that a fixed one is noticed.
REWORDING_SAMPLE = 400


def _sample(rewording: str, case_ids) -> set[str]:
    ranked = sorted(case_ids, key=lambda case: hashlib.sha1(f"{rewording} {case}".encode()).hexdigest())
    known = {case for name, case in KNOWN_REWORDING_MISSES if name == rewording}
    return set(ranked[:REWORDING_SAMPLE]) | (known & set(case_ids))


@functools.cache
def _dev_cases() -> list[dict]:
    return load(CORPUS, "dev")


@functools.cache
def _dev_by_id() -> dict[str, dict]:
    return {case["id"]: case for case in _dev_cases()}


@functools.cache
def _page_text(case_id: str) -> str:
    case = _dev_by_id()[case_id]
    return case["text"] if "text" in case else read_page(case["html"], case.get("url", "http://127.0.0.1/")).text


# Days read from the dev texts as written, filled before the rewording processes fork.
_DAYS_AS_WRITTEN: dict[str, tuple[int, int] | None] = {}


@functools.cache
def _reads(field: str, text: str):
    """What the extraction reads of one field from a page's text (the rewording tests need no more
    than the field, and reading one field is twice as fast as reading them all)."""
    if field == "days" and text in _DAYS_AS_WRITTEN:
        return _DAYS_AS_WRITTEN[text]
    said = sentences(text)
    if field == "days":
        return days.days_per_week(said)
    if field == "hours":
        return schedule.hours_per_session(said)
    return extract({"text": text})[field]


def _reads_days(text: str) -> tuple[int, int] | None:
    return _reads("days", text)


def _days_misses_of(rewording: str) -> set[str]:
    return _misses_after(REWORDINGS[rewording], "days", sample=rewording)


@functools.cache
def _days_misses_by_rewording() -> dict[str, set[str] | Exception]:
    """Every rewording's days misses, read in two processes: the rewordings read the whole dev
    corpus again and again, the longest part of the suite, and the machine has two cores. The
    pages are parsed, and their days as written read (shared between the processes), before the
    processes fork, so each starts with them read."""
    texts = [_page_text(case["id"]) for case in _dev_cases() if "days" in case["expect"]]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        _DAYS_AS_WRITTEN.update(zip(texts, pool.map(_reads_days, texts, chunksize=50)))
    names = sorted(REWORDINGS)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        try:
            return dict(zip(names, pool.map(_days_misses_of, names, chunksize=1)))
        except Exception as exc:  # kept, so that each test fails at once rather than reading all again
            return {name: exc for name in names}


@pytest.mark.parametrize("rewording", sorted(REWORDINGS))
def test_days_survive_rewording(rewording):
    read = _days_misses_by_rewording()[rewording]
    if isinstance(read, Exception):
        raise read
    misses = {(rewording, case) for case in read}
    assert misses == {m for m in KNOWN_REWORDING_MISSES if m[0] == rewording}


# Session hours must not hang on one way of writing a clock time either.
_CLOCK_END = r"(\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?)"
HOURS_REWORDINGS = {
    "capitals": str.upper,
    "a.m. with periods": lambda t: re.sub(r"\b([ap])m\b", r"\1.m.", t, flags=re.I),
    "to for a dash": lambda t: re.sub(_CLOCK_END + r"\s*[–-]\s*(\d)", r"\1 to \2", t, flags=re.I),
    "a dash for to": lambda t: re.sub(_CLOCK_END + r" to (\d)", r"\1–\2", t, flags=re.I),
    "a space before pm": lambda t: re.sub(r"(\d)([ap]m)\b", r"\1 \2", t, flags=re.I),
    "hours in digits": lambda t: re.sub(r"\bthree hours\b", "3 hours", t),
    "hours in words": lambda t: re.sub(r"\b3 hours\b", "three hours", t),
    "whole hours without :00": lambda t: re.sub(r"(\d):00\b", r"\1", t),
    "a range without from": lambda t: re.sub(r"\bfrom (\d)", r"\1", t),
}


@pytest.mark.parametrize("rewording", sorted(HOURS_REWORDINGS))
def test_hours_survive_rewording(rewording):
    assert _misses_after(HOURS_REWORDINGS[rewording], "hours") == set()


# Levels of care, insurance and populations read the same in capitals, with curly apostrophes,
# with "&", and with a level's long name and its short one ("Online Intensive Outpatient Program (IOP)").
_LONG = {"IOP": "Intensive Outpatient Program (IOP)", "PHP": "Partial Hospitalization (PHP)"}
TERMS_REWORDINGS = {
    "capitals": str.upper,
    "curly apostrophes": lambda t: t.replace("'", "’"),
    "ampersand": lambda t: re.sub(r"\band\b", "&", t),
    "long level names": lambda t: re.sub(r"\b(IOP|PHP)\b", lambda m: _LONG[m.group(1)], t),
    "MediCal": lambda t: t.replace("Medi-Cal", "MediCal"),
}


@pytest.mark.parametrize("field", ["levels_of_care", "insurance", "populations"])
@pytest.mark.parametrize("rewording", sorted(TERMS_REWORDINGS))
def test_terms_survive_rewording(rewording, field):
    assert _misses_after(TERMS_REWORDINGS[rewording], field) == set()


def _mistakes(text: str, **expect) -> list[str]:
    """What the extraction gets wrong in one text, against the values expected of it."""
    return score([{"id": "probe", "text": text, "expect": expect}])[1]


# Numbers beside a stated count that are no count of days: each of these must still read as the
# stated three days, however the count beside it is read.
@pytest.mark.parametrize("text", [
    "Our IOP meets three days a week, with five to eight people in each group.",
    "Our IOP meets three days a week, and clients may miss two.",
    "Our IOP meets three days a week, and two of our therapists are bilingual.",
    "Our IOP meets three days a week, since two thousand five.",
    "Our IOP meets three days a week, with two groups, one after the other.",
    "Our IOP meets three days a week, ranked in the top five in the county.",
    "Clients attend IOP three days a week. Each group has six to ten members.",
    "Clients attend IOP three days a week. Class size: six.",
    "Groups run Monday, Wednesday and Friday. Our program has two tracks.",
    "Groups run Monday, Wednesday and Friday. Sessions are two hours long.",
])
def test_other_numbers_beside_a_count_are_not_days(text):
    assert _mistakes(text, days=[3, 3]) == []


# A second count the reader cannot place widens the week rather than being left out; a count of
# days picked from the ones offered ("four of those days") is the week itself.
@pytest.mark.parametrize("text, days", [
    ("IOP is three days a week, though some clients can only manage two given their jobs.", [2, 3]),
    ("Our IOP meets three days a week. After a relapse, the team may want six!", [3, 6]),
    ("The IOP meets Monday, Wednesday and Friday. After a relapse, the team may want five!", [3, 5]),
])
def test_a_count_the_reader_cannot_place_widens_the_week(text, days):
    assert _mistakes(text, days=days) == []
    # the same page without that count states its days
    first = sentences(text)[0].split(", though")[0].rstrip(".") + "."
    assert _mistakes(first, days=[3, 3]) == []


def test_an_unplaced_count_of_days_picked_from_the_offered_ones_is_the_week():
    text = "Groups run Monday through Saturday; IOP clients spend four of those days with us."
    assert _mistakes(text, days=[4, 4]) == []


# A day the page adds on top of a named schedule counts only when it is the program's every week:
# a required workshop or another group does; a family, alumni or side group, a make-up day or a
# monthly one does not; one "not required" is optional, a day some weeks.
@pytest.mark.parametrize("second, days", [
    ("Clients are required to attend the Saturday workshop.", [4, 4]),
    ("Relapse prevention workshop: Saturdays 10–12 (required).", [4, 4]),
    ("Attendance at the Saturday family group is required.", [3, 3]),
    ("The Saturday group is not required.", [3, 4]),  # optional, as "The Saturday group is optional."
    ("A Saturday session is required once a month.", [3, 3]),
    ("The young adult track adds a Saturday outing group.", [3, 4]),
    ("Clients also attend a Saturday skills class.", [4, 4]),
    ("Saturday's group focuses on life skills.", [4, 4]),
    ("Saturdays are make-up days for anyone who missed a group.", [3, 3]),
    ("A Saturday yoga class is open to all clients.", [3, 3]),
    ("Alumni meet for a Saturday group.", [3, 3]),
])
def test_a_day_on_top_of_the_schedule(second, days):
    text = f"IOP meets on Monday, Wednesday and Friday. {second}"
    assert _mistakes(text, days=days) == []


# The last resort for a day the rules above miss: a weekday named alone, in a part of a sentence
# about the program's meetings, beside a schedule of named days that leaves it out.
@pytest.mark.parametrize("text, days", [
    ("Our process groups are on Monday and Wednesday, and the Friday group is DBT.", [3, 3]),
    ("Our process groups are on Monday and Wednesday, and the Friday alumni group is DBT.", [2, 2]),
    ("Our process groups are on Monday and Wednesday, and the Friday group is a make-up group.", [2, 2]),
    ("Our process groups are on Monday and Wednesday; the office is open Friday.", [2, 2]),
])
def test_a_day_named_beside_a_schedule(text, days):
    assert _mistakes(text, days=days) == []


# Dev batches 187-190's first-sight misses, each the general form of a phrasing: a staff member named
# with an appositive, the week a program began with, "one" as a pronoun, a week "instead of its
# usual" one, counts of days under labels of weeks.
@pytest.mark.parametrize("text, days", [
    ("Dr. Alvarez, our psychiatrist, is on site Tuesdays and Fridays. IOP groups run Monday, Wednesday and Thursday.",
     [3, 3]),
    ("Our evening IOP was launched in 2019 with two nights a week. Today it meets Monday, Tuesday and Thursday.", [3, 3]),
    ("IOP meets three nights a week, and we'll write a letter for your employer if you need one.", [3, 3]),
    ("During holiday weeks, IOP meets three days instead of its usual four.", [3, 4]),
    ("What makes our IOP different? We meet four days a week instead of the usual three.", [4, 4]),
    ("Weeks 1–2: orientation, three days.\nWeeks 3–8: core groups, three days.\nWeeks 9–12: step-down, two days.", [2, 3]),
    # (batch 188: a question between the days offered and the answer that picks from them, but not one that
    # asks of something else)
    ("How often are groups?\nGroups are offered every weekday.\nHow often do I attend?\nYou'll attend three of them each week.",
     [3, 3]),
    ("How many days a week?\nFour.\nHow many hours a day?\nThree.", [4, 4]),
    # (batch 190: weekly hours shared out over days, said back as "those hours"; a pick of the days offered
    # with "only"; a schedule list whose family row has its time first and a note after)
    ("IOP is at least nine hours a week. At Wildflower those nine hours fall on three mornings.", [3, 3]),
    ("Sessions are held daily, Monday through Friday, but each client attends only four of the five.", [4, 4]),
    ("IOP schedule\nMonday — 6:00 pm process group\nTuesday — no group\nWednesday — 6:00 pm skills group\n"
     "Thursday — no group\nFriday — 6:00 pm family night (families only)", [2, 2]),
])
def test_what_a_page_says_beside_its_week(text, days):
    assert _mistakes(text, days=days) == []


# A weekend group added to a count of days, however many words name it; some weeks only when it
# meets every other week; nothing when it is a community meeting.
@pytest.mark.parametrize("text, days", [
    ("The IOP meets twice a week, plus a process group on Saturdays.", [3, 3]),
    ("The IOP meets twice a week, plus a relapse prevention group every other Saturday.", [2, 3]),
    ("The IOP meets three times a week and adds a skills group on Saturdays.", [4, 4]),
    ("The IOP meets three times a week, plus an alumni potluck every other Saturday.", [3, 3]),
    ("The IOP meets twice a week and adds a peer support group every other Saturday.", [2, 2]),
])
def test_a_weekend_group_added_to_a_count(text, days):
    assert _mistakes(text, days=days) == []


# Schedules set out as tables. A weekday per column and a program per row: each row meets on the
# days it fills, and an office row is no program's; a label column may come before the weekdays,
# and a check mark may stand for a day held. A weekday per row with a program per column; time
# slots by weekday (a day meets when any slot holds a group); weekdays ticked or crossed in a line.
_WEEKDAY_HEADER = "Mon | Tue | Wed | Thu | Fri\n"


@pytest.mark.parametrize("table, days", [
    (_WEEKDAY_HEADER + "IOP | 9–12 | 9–12 | — | 9–12 | 9–12\nOffice | 8–5 | 8–5 | 8–5 | 8–5 | 8–5", [4, 4]),
    (_WEEKDAY_HEADER + "Morning IOP | 9–12 | — | 9–12 | — | 9–12\nEvening IOP | — | 6–9 | — | 6–9 | —", [2, 3]),
    (_WEEKDAY_HEADER + "IOP | 9–12 | closed | 9–12 | closed | 9–12\nPHP | 9–3 | 9–3 | 9–3 | 9–3 | 9–3", [3, 5]),
    ("Track | Mon | Tue | Wed | Thu | Fri\nAM | X | | X | | X\nPM | | X | | X |", [2, 3]),
    ("Mon | Tue | Wed | Thu | Fri | Sat\nIOP Group | ✓ | | ✓ | | ✓\nAlumni | | | | | | ✓", [3, 3]),
    ("Day | Morning IOP | Evening IOP\nMonday | 9–12 | 6–9\nTuesday | 9–12 | —\nWednesday | 9–12 | 6–9\n"
     "Thursday | — | 6–9", [3, 3]),
    ("Time | Monday | Tuesday | Wednesday | Thursday\n6:00–7:30 | Process | DBT | — | Process\n"
     "7:45–9:00 | Relapse Prevention | Mindfulness | — | Family Systems", [3, 3]),
    ("IOP days: Mon ✔ Tue ✘ Wed ✔ Thu ✘ Fri ✔", [3, 3]),
    # a row whose cells hold only dashes is a day off; one with a group beside an optional family session is a day
    ("IOP week\nDay | Morning | Afternoon\nMonday | Process group | —\nTuesday | — | —\n"
     "Wednesday | Skills group | Family session (optional)\nThursday | — | —\nFriday | Relapse prevention | —", [3, 3]),
    ("IOP week\nDay | Time | Group\nMonday | 10:00–1:00 | Process\nWednesday | 10:00–1:00 | Skills\n"
     "Saturday | 9:00–10:00 | Alumni (optional)", [2, 2]),
    # programs side by side under a header row: another setting's column is not the program's
    ("Residential | PHP | IOP\nDays per week | 7 | 5 | 3\nHours per day | 24 | 6 | 3", [3, 5]),
])
def test_a_schedule_set_out_as_a_table(table, days):
    assert _mistakes(f"Group Schedule\n{table}", days=days) == []


# Insurance as pages spell it: "MediCal" is Medi-Cal, "medical detox" is not, and a curly
# apostrophe does not hide a refusal.
@pytest.mark.parametrize("text, hours", [
    ("Groups run 9:30 am until 12:30.", [3, 3]),  # (the end, its meridiem unsaid, is after noon)
    ("Sessions run 9:30 in the morning until 12:30.", [3, 3]),
    ("Groups meet from 6 in the evening to 9.", [3, 3]),
    ("Groups run 9 am to 8 am.", None),  # (both said, the end before the start: no session)
])
def test_session_hours_with_a_meridiem_said_once_or_in_words(text, hours):
    assert _mistakes(text, hours=hours) == []


@pytest.mark.parametrize("text, cost", [
    ("The all-inclusive cost for the eight-week IOP is $9,600.", [9600, 9600, "program"]),
    ("The eight-week IOP costs $9,600.", [9600, 9600, "program"]),
    ("IOP costs $1,200 a week if you are paying out of pocket.", [1200, 1200, "week"]),
    ("The cost of the IOP is $9,600.", None),  # (no period said: not comparable, left out)
    ("Daily rate for private-pay clients: $275.", [275, 275, "day"]),
])
def test_a_price_is_read_with_its_period(text, cost):
    assert _mistakes(text, cost=cost) == []


@pytest.mark.parametrize("text, weeks", [
    ("El programa intensivo dura de ocho a doce semanas.", [8, 12]),
    ("Duración del programa: 10 a 12 semanas.", [10, 12]),
    ("Asista tres días por semana durante seis semanas.", [6, 6]),
    ("El tratamiento dura tres meses.", [13, 13]),  # (as "three months" reads)
    ("Llame de lunes a viernes; respondemos en dos semanas.", None),  # no program named, no length
])
def test_program_length_in_spanish(text, weeks):
    assert _mistakes(text, weeks=weeks) == []


@pytest.mark.parametrize("text, weeks", [
    ("The program runs six weeks, with an optional two-week extension.", [6, 8]),
    ("The program runs twelve weeks, with an optional four-week step-down.", [12, 16]),
    ("After IOP, clients join a 4-week step-down group.", None),  # (a step after the program alone: no length)
])
def test_program_length_with_an_extension(text, weeks):
    assert _mistakes(text, weeks=weeks) == []


@pytest.mark.parametrize("grid, days", [
    ("M T W Th F\n✔ ✔ – ✔ –", (3, 3)),
    ("Mon Tue Wed Thu Fri Sat\n✓ ✓ ✓ ✓ – –", (4, 4)),
    ("M T W T F S S\n✔ – ✔ – ✔ – –", (3, 3)),  # (the second T is Thursday, the S's Saturday and Sunday)
])
def test_a_week_set_out_as_a_grid_of_marks(grid, days):
    """A line of day names or letters over a line of marks is the ticked days, not the whole week."""
    assert _mistakes(f"IOP schedule\n{grid}\nCall us to enroll.", days=list(days)) == []


@pytest.mark.parametrize("text, insurance", [
    ("We accept MediCal and Medicare.", ["medicaid", "medicare"]),
    ("We offer medical detox and accept Medicare.", ["medicare"]),
    ("We don’t accept Medi-Cal or Medicare.", []),
    ("Our Intensive Outpatient Program (IOP) doesn’t take MediCal, but we do take Aetna.", ["aetna"]),
])
def test_insurance_as_pages_spell_it(text, insurance):
    assert _mistakes(text, insurance=insurance) == []


# A run of weekdays with days taken out of it: "Monday through Friday except Wednesday" is four.
@pytest.mark.parametrize("text, days", [
    ("We meet Monday through Friday except Wednesday.", [4, 4]),
    ("IOP runs Monday–Friday, except Wednesdays and Fridays.", [3, 3]),
    ("Groups meet Mon-Fri except Wed.", [4, 4]),
    ("IOP meets Monday through Saturday, excluding Thursday.", [5, 5]),
    ("IOP meets Monday through Friday except holidays.", [5, 5]),
])
def test_a_run_of_weekdays_with_days_taken_out(text, days):
    assert _mistakes(text, days=days) == []
