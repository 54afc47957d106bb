"""Codes from prose: payment, conditions, populations, levels of care, languages.

Pages write these in every style, and say what they do NOT take as often as what they do
("we are not able to accept Medi-Cal or Medicare"). A term counts only when its clause
does not negate it, and a level of care only when it is not the other side of a comparison
("unlike inpatient care, IOP lets you live at home" is no inpatient program).
"""

from __future__ import annotations

import re

from facility import vocabulary


def _OWN(owner: str) -> tuple[str, ...]:  # noqa: N802 - reads as a phrase list
    """"women's program", "women's IOP", "women's track": a program of its own for them."""
    return tuple(f"{owner} {what}" for what in ("program", "iop", "intensive", "track", "group", "house", "recovery",
                                                 "treatment", "outpatient", "residential", "services", "clinic"))


def _PARENTS(*who: str) -> tuple[str, ...]:  # noqa: N802 - reads as a phrase list
    """"moms in recovery", "for fathers": a program for them, not the parents of a teen client."""
    return tuple(form for w in who for form in (f"{w} in recovery", f"for {w}"))


# Phrases that name a code in prose. Stricter than the vocabulary's synonyms, which are
# meant for filter values: in prose "free consultation" or "United States" name nothing.
PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "insurance": {
        "medicaid": ("medi-cal", "medi cal", "MediCal", "medicaid", "drug medi-cal", "dmc-ods", "dmc ods", "medi-medi"),
        "medicare": ("medicare", "medi-medi"),
        "private_insurance": ("private insurance", "private health insurance", "commercial insurance",
                              "most major insurance", "most insurance plans", "ppo plans", "ppo insurance",
                              "most ppo", "most insurance accepted", "most insurances"),
        "tricare": ("tricare",),
        "va": ("va benefits", "veterans affairs", "va community care"),
        "self_pay": ("self-pay", "self pay", "private pay", "cash pay", "cash payment", "self-payment",
                     "cash price", "cash rate"),
        "sliding_scale": ("sliding scale", "sliding fee", "sliding-scale"),
        "free": ("free of charge", "at no cost", "no cost to", "free treatment", "free program", "free services",
                 "services are free", "treatment is free", "program is free"),
        "payment_assistance": ("payment assistance", "financial assistance", "payment plans", "payment plan",
                               "financing"),
        "aetna": ("aetna",),
        "anthem": ("anthem", "blue cross"),
        "blue_shield": ("blue shield",),
        "cigna": ("cigna",),
        "kaiser": ("kaiser",),
        "united": ("unitedhealthcare", "united healthcare", "united health care", "optum", "uhc"),
        "health_net": ("health net", "healthnet"),
        "la_care": ("l.a. care", "la care"),
        "molina": ("molina",),
        "magellan": ("magellan",),
        "carelon": ("carelon", "beacon health", "beacon"),
    },
    "conditions": {
        "substance_use": ("substance use", "substance abuse", "addiction", "drug use", "drug abuse", "sud"),
        "alcohol_use": ("alcohol", "alcoholism", "drinking"),
        "opioid_use": ("opioid", "opiate", "heroin", "fentanyl", "oxycontin", "painkiller"),
        "stimulant_use": ("methamphetamine", "meth", "cocaine", "crack", "stimulant"),
        "co_occurring": ("co-occurring", "co occurring", "dual diagnosis", "dual-diagnosis", "dually diagnosed"),
        "anxiety": ("anxiety", "panic disorder", "panic attacks"),
        "depression": ("depression", "depressive"),
        "bipolar": ("bipolar",),
        "mood": ("mood disorder", "mood disorders"),
        "bpd": ("borderline personality",),
        "ptsd": ("ptsd", "post-traumatic stress", "posttraumatic stress", "post traumatic stress"),
        "trauma": ("trauma",),
        "schizophrenia": ("schizophrenia", "psychosis", "psychotic", "schizoaffective"),
        "eating_disorders": ("eating disorder", "anorexia", "bulimia", "binge eating", "arfid"),
        "ocd": ("ocd", "obsessive-compulsive", "obsessive compulsive"),
        "adhd": ("adhd", "attention deficit"),
        "gambling": ("gambling addiction", "gambling"),
    },
    "populations": {
        "men": ("men only", "for men", "adult men", "male clients", "men-only", "men's and women's", "for males",
                "male-only", "adult males", "males only", "male participants", "serves men")
        + _OWN("men's") + _PARENTS("fathers", "dads"),
        "women": ("women only", "for women", "adult women", "female clients", "women-only", "serves women", "for females",
                  "female-only", "adult females", "females only", "female participants",
                  "men's and women's") + _OWN("women's") + _PARENTS("mothers", "moms"),
        "adolescents": ("adolescent", "teen", "teenager", "youth ages", "ages 12", "ages 13", "high school",
                        "youth group", "youth program", "youth iop"),
        "young_adults": ("young adult", "transition age youth", "transitional age youth", "tay", "ages 18-25",
                         "ages 18 to 25", "college-age", "college-aged", "college age", "college students",
                         "emerging adults"),
        "adults": ("adults 18", "adult program", "adults ages", "adults aged", "ages 18 and", "18 and older",
                   "18 and over", "18+", "adult clients", "for adults", "adults of", "open to adults", "serve adults",
                   "working adults",
                   "serves adults", "serving adults", "adults and teens", "adults and adolescents", "teens and adults",
                   "adolescents and adults") + _OWN("adult"),
        "seniors": ("seniors", "older adults", "older adult", "65 and older", "age 65"),
        "lgbtq": ("lgbtq", "lgbtqia", "lgbtq+", "lgbtqia+", "lgbt", "gay", "lesbian", "transgender", "queer"),
        "veterans": ("veteran",),
    },
    "levels_of_care": {
        "detox": ("detox", "withdrawal management", "detoxification", "supervised withdrawal", "managed withdrawal"),
        "inpatient": ("inpatient",),
        "residential": ("residential",),
        "php": ("partial hospitalization", "php", "day treatment"),
        "iop": ("intensive outpatient", "iop"),
        "op": ("outpatient program", "outpatient counseling", "standard outpatient", "general outpatient",
               "regular outpatient", "outpatient therapy", "OP"),
        "telehealth": ("telehealth", "virtual iop", "online iop", "virtual program", "telemedicine",
                       "virtual sessions", "online sessions", "via zoom", "virtually", "attend online", "online groups",
                       "virtual groups", "virtual care", "virtual intensive outpatient", "in person or online",
                       "online or in person", "by video", "via video", "secure video", "video sessions"),
    },
}

LANGUAGES = ("english", "spanish", "korean", "armenian", "mandarin", "cantonese", "chinese", "vietnamese", "tagalog",
             "farsi", "persian", "russian", "japanese", "arabic", "hebrew", "hindi", "french", "portuguese",
             "thai", "khmer", "american sign language", "asl", "español", "espanol", "inglés")

_NEGATION = re.compile(
    r"\b(not|no|don't|do not|does not|doesn't|cannot|can't|unable|neither|nor|never|except|excluding|"
    r"isn't|aren't|out-of-network|out of network|won't|will not)\b", re.I)
# "Health Net and L.A. Care plans are not accepted": a refusal after the names, same clause.
_AFTER_NEGATION = re.compile(
    r"^[^;]{0,40}?(?:\b(?:is|are)\s+(?:not|no longer)\b|\bnot\s+(?:accepted|covered|taken|available)\b|"
    r"\bout[- ]of[- ]network\b|"
    r"\b(?:does|do|did|will)\s*(?:not|n't)\s+(?:cover|accept|take|contract|participate|reimburse|pay)\b)", re.I)
# Words that introduce the other option of a comparison: a level named right after them
# ("unlike inpatient care", "after completing residential treatment") is not offered here.
_COMPARISON = re.compile(r"\b(unlike|compared (?:to|with)|than|instead of|rather than|versus|vs\.?|alternative to|"
                         r"if(?=\s+\S+(?:\s+\S+)?\s+(?:is|are)\s+(?:needed|required|necessary|recommended|indicated))|"
                         r"step(?:ping)?[- ]down from|after completing|following|transition(?:ing)? from|"
                         r"difference between|(?:come|comes|coming|came|transfer\w*|discharged)\s+(?:to us\s+)?from|"
                         r"after(?:\s+\S+\s+(?:days?|weeks?|months?)\s+(?:of|in))?|refer(?:s|red)?\s+(?:\w+\s+)?to|"
                         r"if\s+(?:you|they|clients?|patients?|someone)\s+(?:needs?|requires?)(?:\s+a)?)\b",
                         re.I)
# "clients needing detox are referred to partners", "inpatient rehab means living at a
# facility": a level named in a referral out, or defined, is not one offered here; nor one a
# condition names ("if you need withdrawal management, we will connect you with a partner").
_NOT_OFFERED = re.compile(r"\b(?:are|is|be|get)\s+referred\b|\brefer(?:s|red)?\s+(?:you|them|clients|patients)\b|"
                          r"\b(?:we|they)\s+refer\s+(?:\w+\s+){0,2}to\b|"
                          r"\breferrals?\s+(?:out|to\s+(?:outside|partner|other|community|trusted))|"
                          # "We offer detox referrals", "after residential care elsewhere"
                          r"\b(?:detox|residential|inpatient)\s+referrals?\b|\belsewhere\b|\bat\s+another\s+(?:facility|program|provider)\b|"
                          r"\bpartner(?:s|ed)?\s+with\s+(?:local|outside|other|community|trusted|nearby|area|hospitals?|"
                          r"providers?|programs?|facilities)\b", re.I)
_DEFINED = re.compile(r"^(?:\s+\w+)?\s+(?:means|is defined as|refers to|involves living|is when|partners?)\b",
                      re.I)
# "after IOP graduation": this program's own next step, not a level elsewhere.
_OWN_STEP = re.compile(r"^\s+(?:graduation|completion|ends|is completed|discharge)\b", re.I)
# A name that is also an ordinary word ("Beacon") counts only where payment is the subject.
_NEEDS_PAYMENT_CONTEXT = {"beacon"}
_PAYMENT_CONTEXT = re.compile(r"\b(insurance|plans?|carriers?|network|accept\w*|coverage|payers?)\b", re.I)
_COMPARISON_REACH = 2  # words: the noun phrase right after the cue ("unlike inpatient or residential")
# Commas and semicolons end a clause, colons do not: "Medi-Cal: not accepted" is one statement.
_CLAUSE = re.compile(r"(?<=[,;])\s+|\s+(?=\bbut\b|\bhowever\b|\bwhile\b|\bwhereas\b)", re.I)


def _pattern(phrases: tuple[str, ...]) -> re.Pattern:
    # A phrase written in capitals ("OP") is an abbreviation: only its capitals name the code.
    # So is one in camel case ("MediCal", not "medical").
    alternatives = "|".join(f"(?-i:{re.escape(p)})" if p.isupper() or p[1:] != p[1:].lower() else
                            re.escape(p).replace(r"\ ", r"[\s-]+").replace("'", "['’]?")
                            for p in sorted(phrases, key=len, reverse=True))
    # "Medicare-approved" and "Veteran-focused" name the code; "trauma-informed care" and
    # "alcohol-free" do not, nor does "non-Medicare".
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?:s|es)?(?!\w|-(?:informed|free|sensitive|aware)\b)", re.I)


# Longer names first, then masked, so a shorter name inside them does not count again.
_MATCH_ORDER = {
    "levels_of_care": ("telehealth", "iop", "php", "detox", "inpatient", "residential", "op"),
    "populations": ("young_adults", "men", "women", "adolescents", "seniors", "adults", "lgbtq", "veterans"),
    "conditions": ("gambling", "substance_use", "alcohol_use", "opioid_use", "stimulant_use", "co_occurring", "anxiety",
                   "depression", "bipolar", "mood", "bpd", "ptsd", "trauma", "schizophrenia", "eating_disorders", "ocd",
                   "adhd"),
}
_MASKING = {"iop", "php", "young_adults", "seniors", "gambling"}  # "gambling addiction" is no substance use
_PATTERNS = {field: {code: _pattern(words) for code, words in codes.items()} for field, codes in PHRASES.items()}
_LANGUAGE_PATTERN = _pattern(LANGUAGES)


def clauses(sentence: str) -> list[str]:
    """A sentence cut where a negation's reach ends ("We take Aetna, but not Medi-Cal")."""
    return [c for c in _CLAUSE.split(sentence) if c.strip()]


# A short heading that ends in a refusal ("Not accepted", "Plans we do not accept:") makes
# the list items under it refusals too, until the next heading or a full sentence. A line
# that goes on past the verb ("We don't take insurance") is a statement, not a heading.
_REFUSING_HEADING = re.compile(
    r"(?:\b(?:not|n't|no)\b.*\b(?:accept(?:ed)?|take|taken|cover(?:ed)?|in[- ]network|participate|treat(?:ed)?|"
    r"offer(?:ed)?|provide[ds]?|serve[ds]?|available)|\bout[- ]of[- ]network)\W*$", re.I)
_HEADING_WORDS = 6
_YES = re.compile(r"\s*(?:yes|yep|absolutely|of course|certainly|we do|we can)\b(?!\s*not\b|n?'t)", re.I)
_SENTENCE_WORDS = 9
# What may sit between the names of a list ("Medicare or TRICARE", "and Aetna plans").
_LIST_GLUE = re.compile(r"\b(?:and|or|nor|plans?|insurance|coverage|the|either)\b|[^\w]", re.I)


def _names(field: str) -> list[re.Pattern]:
    return list(_PATTERNS[field].values()) if field in _PATTERNS else [_LANGUAGE_PATTERN]


def _only_names(clause: str, names: list[re.Pattern]) -> bool:
    rest = clause
    for pattern in names:
        rest = pattern.sub(" ", rest)
    return rest != clause and not _LIST_GLUE.sub("", rest).strip()


def _stated_clauses(sentences: list[str], field: str):
    """(clause, refused) for every clause: refused when the clause is a list item under a
    refusing heading, or the tail of a refused list ("We do not accept Medi-Cal, Medicare
    or TRICARE": the comma does not end the refusal). A list that ends in its refusal
    ("Medi-Cal, Medicare and L.A. Care are not accepted") is read as one clause."""
    names = _names(field)
    under_refusal = False
    for at, sentence in enumerate(sentences):
        # a question states nothing ("Do you offer detox?") unless its answer says yes
        if sentence.rstrip().endswith("?") and not _YES.match(sentences[at + 1] if at + 1 < len(sentences) else ""):
            continue
        words = len(sentence.split())
        named = any(p.search(sentence) for p in names)
        # "Insurance not accepted: Medicare" - a heading and its first item on one line.
        head, colon, _ = sentence.partition(":")
        if colon and len(head.split()) <= _HEADING_WORDS and not any(p.search(head) for p in names):
            under_refusal = bool(_REFUSING_HEADING.search(head))
        elif words >= _SENTENCE_WORDS or (words >= 5 and sentence.endswith((".", "!"))):
            under_refusal = False
        elif words <= _HEADING_WORDS and not named:
            under_refusal = bool(_REFUSING_HEADING.search(sentence))
        item_refused = under_refusal and named
        refusing = False
        pending = ""
        for clause in clauses(sentence):
            clause = pending + clause
            only_names = _only_names(clause, names)
            if only_names and not _NEGATION.search(clause) and not refusing and not item_refused:
                pending = clause + " "  # a list goes on: its end may refuse it all
                continue
            pending = ""
            refusing = item_refused or (refusing and only_names) or bool(_NEGATION.search(clause))
            yield clause, item_refused or (refusing and only_names and not _NEGATION.search(clause)), sentence
        if pending:
            yield pending.strip(), item_refused, sentence


def _refusal(clause: str, match: re.Match) -> bool:
    return bool(_NEGATION.search(clause[: match.start()]) or _AFTER_NEGATION.match(clause[match.end():]))


def _needs_context(match: re.Match, sentence: str) -> bool:
    return match.group(0).lower() in _NEEDS_PAYMENT_CONTEXT and not _PAYMENT_CONTEXT.search(sentence)


def _negated(clause: str, match: re.Match, field: str = "") -> bool:
    if _refusal(clause, match):
        return True
    if field == "levels_of_care":
        if _NOT_OFFERED.search(clause) or _DEFINED.match(clause[match.end():]):
            return True
        # "After IOP, clients continue in outpatient": a sentence that opens on "after" tells the
        # order of this program's own steps, not a level elsewhere.
        after_own = not clause[: match.start()].strip() or _OWN_STEP.match(clause[match.end():])
        cues = [c for c in _COMPARISON.finditer(clause) if c.end() <= match.start()
                and not (c.group(0).lower() == "after" and (not clause[: c.start()].strip() or after_own))]
        return bool(cues) and len(clause[cues[-1].end(): match.start()].split()) <= _COMPARISON_REACH
    return False


def codes(field: str, sentences: list[str]) -> list[str]:
    """Codes of `field` stated positively somewhere in the sentences, in canonical order."""
    return stated_and_refused(field, sentences)[0]


# Ages as pages write them. "We do not accept clients under 18": the program is for adults.
_AGE_FLOOR = re.compile(r"\b(?:do not|don't|cannot|can't|won't|does not|doesn't|not)\s+(?:accept|serve|admit|treat|see)\s+"
                        r"(?:clients|patients|people|anyone|individuals|adults)\s+(?:under|younger than)\s+(\d{2})\b", re.I)
# "ages 18-64", "aged 16 to 24", "youth ages 12 through 17"
_AGE_RANGE = re.compile(r"\b(?:ages?|aged)\s+(\d{1,2})\s*(?:-|–|—|to|through|thru)\s*(\d{1,2})\b|"
                        r"\b(\d{1,2})\s*(?:-|–|—|to|through)\s*(\d{1,2})[\s-]+(?:years?[\s-]+old|year-olds)\b", re.I)
# "18 and up", "65 or older", "18 years of age or older", "at least 18 years old", "(18+)", "over 18"
_AGE_AND_UP = re.compile(
    r"\b(\d{2})\s*(?:years?\s*(?:old\s+|of\s+age\s+)?)?(?:and|or)\s+(?:up|older|over|above)\b|"
    r"\b(?:over|older than|above)\s+the\s+age\s+of\s+(\d{2})\b|"
    r"\b(?:over|older than)\s+(\d{2})(?:\s+years?\s+(?:old|of\s+age))?(?=\s*(?:[.,;:)]|$|and\b|who\b))|"
    r"\bat\s+least\s+(\d{2})\s+years\b|"
    r"(?:\(|\b(?:ages?|aged|adults|clients|patients|anyone|individuals|people|seniors)\s+)(\d{2})\s*\+", re.I)
_OLDER_ADULTS = re.compile(r"\badults\s+((?:ages?\s+|aged\s+)?(?:5[5-9]|[6-9]\d))\b", re.I)
# "adult men and women" are all adults; "separate groups for men and women" are two populations.
_BOTH_SEXES = re.compile(r"\b(adult\s+)?(?:men\s+and\s+women|women\s+and\s+men|males\s+and\s+females)\b", re.I)
_SEPARATE = re.compile(r"\b(separate(?:ly)?|gender[- ]specific|single[- ]gender|gender[- ]separated|tracks)\b", re.I)


def _age_codes(low: int, high: int | None) -> set[str]:
    if high is None:
        return {"adults"} if 18 <= low <= 21 else {"seniors"} if low >= 55 else set()
    if 10 <= low and high <= 18:
        return {"adolescents"}
    if 16 <= low <= 21 and 21 <= high <= 30:
        return {"young_adults"}
    return _age_codes(low, None)


def _ages(sentences: list[str]) -> set[str]:
    found = set()
    for sentence in sentences:
        for match in _AGE_FLOOR.finditer(sentence):
            found |= _age_codes(int(match.group(1)), None)
        for clause in clauses(sentence):
            for match in _AGE_RANGE.finditer(clause):
                if not _refusal(clause, match):
                    low, high = (int(g) for g in match.groups() if g)
                    found |= _age_codes(low, high)
            for match in _AGE_AND_UP.finditer(clause):
                if not _refusal(clause, match):
                    found |= _age_codes(int(next(g for g in match.groups() if g)), None)
    return found


def _sexes(clause: str) -> tuple[str, set[str]]:
    """The clause with "men and women" taken out, and the codes that phrase states."""
    found = set()
    for match in _BOTH_SEXES.finditer(clause):
        if _SEPARATE.search(clause):
            found |= {"men", "women"}
        elif match.group(1):
            found.add("adults")
    return _BOTH_SEXES.sub(" ", clause), found


def stated_and_refused(field: str, sentences: list[str]) -> tuple[list[str], list[str]]:
    """Codes stated positively, and codes only ever named in a refusal ("we cannot accept
    Medi-Cal"), each in canonical order. A comparison ("unlike inpatient care") is neither."""
    found, refusals = set(), set()
    for clause, refused, sentence in _stated_clauses(sentences, field):
        if field == "populations":
            # "adults 60 and over" are seniors (read from the age), not the adult program
            clause = _OLDER_ADULTS.sub(r"people \1", clause)
            clause, sexes = _sexes(clause)
            (refusals if refused else found).update(sexes)
        for code in _MATCH_ORDER.get(field, _PATTERNS[field]):
            pattern = _PATTERNS[field][code]
            for match in pattern.finditer(clause):
                if refused or _refusal(clause, match):
                    refusals.add(code)
                elif not _negated(clause, match, field) and not _needs_context(match, sentence):
                    found.add(code)
            if code in _MASKING:
                # "intensive outpatient program" must not also read as "outpatient program",
                # nor "young adult program" as "adult program"
                clause = pattern.sub(" ", clause)
    if field == "populations":
        found |= _ages(sentences)
    return vocabulary.in_order(field, found), vocabulary.in_order(field, refusals - found)


def languages(sentences: list[str]) -> list[str]:
    """Languages services are offered in, by their canonical lower-case names."""
    found = set()
    for clause, refused, _ in _stated_clauses(sentences, "languages"):
        if refused:
            continue
        for match in _LANGUAGE_PATTERN.finditer(clause):
            if not _negated(clause, match):
                found.add(vocabulary.resolve_language(match.group(0)) or match.group(0).lower())
    return sorted(found)
