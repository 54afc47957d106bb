"""What people type, understood: "iop medi-cal ptsd santa monica" -> filters and words.

Phrases of the shared vocabulary ("medi-cal", "dual diagnosis", "meth", "teens", "blue
cross"), language names, known city names, ZIP codes and day counts become filters; the
words left over are free text. Pure string work: the search path imports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from facility import vocabulary

# Words that carry no fact of their own in a search ("programs that take medi-cal near me").
FILLER = frozenset("""
a an the and or of for in at on to by with near me my i im need needs looking look find help around close
that which who what where is are be take takes taking accept accepts accepting cover covers covered
treat treats treating insurance plan plans please any some best good day days week weeks per each every
""".split())
# Words of many names that would wrongly narrow a search if required ("bluebird health
# clinic" must find "Bluebird Health Center" too): they rank, they do not filter.
SOFT = frozenset("program programs clinic clinics center centers facility facilities treatment services".split())
# Fields where two things asked are both wanted ("lgbtq young adults", "depression anxiety");
# in the others either will do ("aetna cigna", "iop php").
ALL_OF = ("conditions", "populations")
# Vocabulary synonyms that mean something else in a sentence: "add" (ADHD), "united", "va".
AMBIGUOUS = frozenset({"add", "united", "va", "cash", "free", "adult", "adults", "online", "virtual",
                       "male", "female", "ppo", "beacon", "borderline", "gay"}) - {"free"}
# More of people's words than the vocabulary's formal synonyms.
EXTRA_PHRASES: dict[str, tuple[str, str]] = {
    "teen": ("populations", "adolescents"), "teenager": ("populations", "adolescents"),
    "kids": ("populations", "adolescents"), "youth": ("populations", "adolescents"),
    "drugs": ("conditions", "substance_use"), "drug": ("conditions", "substance_use"),
    "opiates": ("conditions", "opioid_use"), "opiate": ("conditions", "opioid_use"),
    "pills": ("conditions", "opioid_use"), "painkillers": ("conditions", "opioid_use"),
    "dual dx": ("conditions", "co_occurring"), "drinking": ("conditions", "alcohol_use"),
    "panic attacks": ("conditions", "anxiety"), "eating": ("conditions", "eating_disorders"),
    "womens": ("populations", "women"), "mens": ("populations", "men"),
    "medical": ("insurance", "medicaid"),  # "MediCal"; "medical detox" is matched first as detox
    "partial hospitalization": ("levels_of_care", "php"), "php": ("levels_of_care", "php"),
    "iop": ("levels_of_care", "iop"), "iops": ("levels_of_care", "iop"),
    "trans": ("populations", "lgbtq"), "lgbtqia": ("populations", "lgbtq"),
}
# A condition asked for also finds these, ranked below the exact one.
RELATED: dict[str, tuple[str, ...]] = {
    "ptsd": ("trauma",), "trauma": ("ptsd",),
    "depression": ("mood",), "bipolar": ("mood",), "mood": ("depression", "bipolar"),
    "alcohol_use": ("substance_use",), "opioid_use": ("substance_use",), "stimulant_use": ("substance_use",),
    "substance_use": ("alcohol_use", "opioid_use", "stimulant_use", "co_occurring"),
    "co_occurring": (), "anxiety": ("ocd",), "schizophrenia": (), "bpd": (),
}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS = re.compile(r"\b([1-7]|one|two|three|four|five|six|seven)\s*(?:x|days?|times?)\s*(?:a|per|each|/)?\s*(?:week|wk)?\b")
_ZIP = re.compile(r"^\d{5}$")
MAX_PHRASE = 5


def _phrases() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for field_name, codes in vocabulary.VOCABULARY.items():
        for code, words in codes.items():
            for word in (code.replace("_", " "), *words):
                key = vocabulary.normalize_term(word)
                if key and key not in AMBIGUOUS and key not in FILLER:
                    table.setdefault(key, (field_name, code))
    for phrase, target in EXTRA_PHRASES.items():
        table[vocabulary.normalize_term(phrase)] = target
    return table


PHRASES = _phrases()


@dataclass
class Understood:
    """A query taken apart: what became filters, and the words left as free text."""

    codes: dict[str, list[str]] = field(default_factory=dict)  # field -> codes, OR within
    languages: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    near: str | None = None  # a ZIP or a city after "near"
    days: int | None = None
    words: list[str] = field(default_factory=list)
    soft: list[str] = field(default_factory=list)  # words that rank but need not match
    recognized: list[str] = field(default_factory=list)  # "medi-cal -> insurance Medi-Cal", for people

    @property
    def empty(self) -> bool:
        return not (self.codes or self.languages or self.cities or self.near or self.days or self.words)


def understand(text: str, cities: set[str] = frozenset(), languages: set[str] = frozenset(),
               is_zip=lambda code: True) -> Understood:
    """Take a query apart. `cities` and `languages` are the casefolded values the index holds;
    a 5-digit number is a place only when `is_zip` knows it (else it is a word, as in a name)."""
    out = Understood()
    lowered = text.lower()
    match = _DAYS.search(lowered)
    if match:
        out.days = int(_NUMBER_WORDS.get(match.group(1), match.group(1)))
        out.recognized.append(f"{match.group(0).strip()} -> {out.days} days a week")
        lowered = lowered[: match.start()] + " " + lowered[match.end():]
    tokens = vocabulary.normalize_term(lowered).split()
    i = 0
    near_next = False
    while i < len(tokens):
        token = tokens[i]
        if token == "near":
            near_next = True
            i += 1
            continue
        if _ZIP.match(token) and is_zip(token):
            out.near = token
            out.recognized.append(f"{token} -> near ZIP {token}")
            i += 1
            near_next = False
            continue
        taken = _longest(tokens, i, cities, languages)
        if taken is None:
            if token in SOFT:
                out.soft.append(token)
            elif token not in FILLER:
                out.words.append(token)
            i += 1
            near_next = False
            continue
        length, kind, value = taken
        phrase = " ".join(tokens[i: i + length])
        if kind == "city":
            if near_next:
                out.near = value
                out.recognized.append(f"near {phrase} -> near {value.title()}")
            else:
                out.cities.append(value)
                out.recognized.append(f"{phrase} -> city {value.title()}")
        elif kind == "language":
            out.languages.append(value)
            out.recognized.append(f"{phrase} -> language {value}")
        else:
            codes = out.codes.setdefault(kind, [])
            if value not in codes:
                codes.append(value)
                out.recognized.append(f"{phrase} -> {kind.replace('_', ' ')} {vocabulary.label(kind, value)}")
        near_next = False
        i += length
    return out


def _longest(tokens: list[str], start: int, cities: set[str], languages: set[str]):
    for length in range(min(MAX_PHRASE, len(tokens) - start), 0, -1):
        phrase = " ".join(tokens[start: start + length])
        if phrase in PHRASES:
            kind, code = PHRASES[phrase]
            return length, kind, code
        if phrase in cities:
            return length, "city", phrase
        language = vocabulary.resolve_language(phrase)
        if length == 1 and language in languages:
            return length, "language", language
    return None
