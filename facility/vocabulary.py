"""The canonical codes of the facility record and the words people and sources use for them.

Every source (locator rows, web pages, imported files) and every filter value on the
command line goes through this one table, so "Medi-Cal" means the same thing everywhere.
Pure data and string functions only: the search path imports this, so it must stay cheap.
"""

from __future__ import annotations

import re

# field -> {code: (label, synonyms...)}. Labels are what output shows; synonyms are
# matched after `normalize_term`, so case, hyphens and punctuation do not matter.
VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    "levels_of_care": {
        "detox": ("Detox", "detoxification", "withdrawal management", "medical detox"),
        "inpatient": ("Inpatient", "hospital inpatient", "inpatient hospital"),
        "residential": ("Residential", "residential treatment", "rtc", "24 hour residential"),
        "php": (
            "Partial hospitalization (PHP)",
            "partial hospitalization",
            "partial hospitalization program",
            "day treatment",
            "partial hospital",
        ),
        "iop": (
            "Intensive outpatient (IOP)",
            "intensive outpatient",
            "intensive outpatient program",
            "intensive outpatient treatment",
        ),
        "op": ("Outpatient", "outpatient", "regular outpatient", "standard outpatient"),
        "telehealth": ("Telehealth", "telemedicine", "virtual", "online", "teletherapy"),
    },
    "conditions": {
        "substance_use": (
            "Substance use",
            "substance use disorder",
            "substance abuse",
            "addiction",
            "drug addiction",
            "drug use",
            "sud",
        ),
        "alcohol_use": ("Alcohol use", "alcohol", "alcoholism", "alcohol use disorder", "aud"),
        "opioid_use": (
            "Opioid use",
            "opioids",
            "opioid",
            "opioid use disorder",
            "oud",
            "heroin",
            "fentanyl",
        ),
        "stimulant_use": (
            "Stimulant use (meth, cocaine)",
            "stimulants",
            "stimulant",
            "methamphetamine",
            "meth",
            "cocaine",
            "crack",
        ),
        "co_occurring": (
            "Co-occurring disorders",
            "co occurring",
            "dual diagnosis",
            "dual diagnoses",
            "co occurring disorders",
        ),
        "anxiety": ("Anxiety", "anxiety disorders", "panic disorder"),
        "depression": ("Depression", "major depression", "depressive disorders"),
        "bipolar": ("Bipolar disorder", "bipolar"),
        "mood": ("Mood disorders", "mood disorder"),
        "bpd": ("Borderline personality disorder", "borderline"),
        "ptsd": ("PTSD", "post traumatic stress disorder", "posttraumatic stress disorder"),
        "trauma": ("Trauma", "trauma focused", "trauma informed"),
        "schizophrenia": (
            "Schizophrenia and psychotic disorders",
            "psychosis",
            "psychotic disorders",
        ),
        "eating_disorders": (
            "Eating disorders",
            "eating disorder",
            "anorexia",
            "bulimia",
            "binge eating",
        ),
        "ocd": ("OCD", "obsessive compulsive disorder"),
        "adhd": ("ADHD", "add", "attention deficit"),
        "gambling": ("Gambling", "gambling disorder", "gambling addiction"),
    },
    "insurance": {
        "medicaid": ("Medi-Cal", "medicaid", "medi cal", "medical", "dmc", "dmc ods", "drug medi cal"),
        "medicare": ("Medicare",),
        "private_insurance": ("Private insurance", "private health insurance", "commercial insurance", "ppo"),
        "tricare": ("TRICARE", "military insurance"),
        "va": ("VA", "veterans affairs", "va benefits"),
        "self_pay": ("Self-pay", "cash", "self payment", "private pay", "cash or self payment"),
        "sliding_scale": ("Sliding scale", "sliding fee scale", "sliding fee"),
        "free": ("Free", "no cost", "free of charge"),
        "payment_assistance": ("Payment assistance", "financial assistance"),
        "aetna": ("Aetna",),
        "anthem": ("Anthem Blue Cross", "anthem", "blue cross", "anthem bcbs"),
        "blue_shield": ("Blue Shield of California", "blue shield"),
        "cigna": ("Cigna", "evernorth"),
        "kaiser": ("Kaiser Permanente", "kaiser"),
        "united": ("UnitedHealthcare", "united healthcare", "united", "optum", "uhc"),
        "health_net": ("Health Net", "healthnet"),
        "la_care": ("L.A. Care", "la care", "l a care", "la care health plan"),
        "molina": ("Molina Healthcare", "molina"),
        "magellan": ("Magellan Health", "magellan"),
        "carelon": ("Carelon Behavioral Health", "carelon", "beacon", "beacon health options"),
    },
    "populations": {
        "men": ("Men", "male", "males", "adult men", "men only"),
        "women": ("Women", "female", "females", "adult women", "women only"),
        "adolescents": ("Adolescents", "teens", "teenagers", "youth", "adolescent"),
        "young_adults": ("Young adults", "young adult", "transitional age youth"),
        "adults": ("Adults", "adult"),
        "seniors": ("Seniors", "older adults", "elderly", "senior"),
        "lgbtq": ("LGBTQ+", "lgbt", "lgbtq", "lgbtqia", "gay", "lesbian", "transgender"),
        "veterans": ("Veterans", "veteran", "military veterans"),
    },
}

# Carriers that are private plans: naming one implies the person can use private insurance.
COMMERCIAL_CARRIERS = frozenset(
    {"aetna", "anthem", "blue_shield", "cigna", "kaiser", "united", "health_net", "magellan", "carelon"}
)
# L.A. Care and Molina sell mostly Medi-Cal plans in LA County, so they do not imply private insurance.

# Languages are free lower-case English names; these fold common variants onto one name.
LANGUAGE_SYNONYMS: dict[str, str] = {
    "espanol": "spanish",
    "inglés": "english",
    "español": "spanish",
    "persian": "farsi",
    "any chinese language": "chinese",
    "mandarin chinese": "mandarin",
    "filipino": "tagalog",
    "asl": "american sign language",
    "sign language": "sign language",
}

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize_term(text: str) -> str:
    """Fold a label to the form synonyms are compared in: lower case, words split on punctuation."""
    return _NON_WORD.sub(" ", text.lower().replace("&", " and ")).strip()


def _build_lookup() -> dict[str, dict[str, str]]:
    lookup: dict[str, dict[str, str]] = {}
    for field, codes in VOCABULARY.items():
        table = lookup[field] = {}
        for code, words in codes.items():
            for word in (code, code.replace("_", " "), *words):
                table.setdefault(normalize_term(word), code)
    return lookup


_LOOKUP = _build_lookup()
_ORDER = {field: {code: i for i, code in enumerate(codes)} for field, codes in VOCABULARY.items()}


def codes(field: str) -> list[str]:
    """The canonical codes of a field, in the order the contract lists them."""
    return list(VOCABULARY[field])


def in_order(field: str, values) -> list[str]:
    """Codes of a field in the contract's order (languages alphabetically), without repeats."""
    unique = set(values)
    field = field.removesuffix("_refused")  # refused insurance codes are insurance codes
    if field == "languages":
        return sorted(unique)
    order = _ORDER[field]
    return sorted(unique, key=lambda code: order.get(code, len(order)))


def label(field: str, code: str) -> str:
    """The human label of a code ('medicaid' -> 'Medi-Cal')."""
    return VOCABULARY[field][code][0]


def resolve(field: str, value: str) -> str | None:
    """Map a code or a label people type to the canonical code, or None when unknown."""
    return _LOOKUP[field].get(normalize_term(value))


def resolve_language(value: str) -> str | None:
    """Map a language name to its canonical lower-case English name, or None if not a name."""
    name = " ".join(value.lower().replace("-", " ").split())
    name = LANGUAGE_SYNONYMS.get(name, name)
    if not name or not all(word.isalpha() for word in name.split()):
        return None
    return name


def describe_valid(field: str) -> str:
    """A short list of the valid values of a field, for error messages."""
    return ", ".join(f"{code} ({label(field, code)})" for code in codes(field))
