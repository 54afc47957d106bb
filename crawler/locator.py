"""Reading SAMHSA locator (findtreatment.gov, v2 JSON) rows into raw facility facts.

A row's `services` list carries the facts a person asks about as fixed strings
(`{"f1": label, "f2": code, "f3": "value; value"}`). Each string that states a level of
care, a payment option, a condition, a population or a language is mapped below; the
strings that carry none of those are listed as ignored, so a string nobody has looked at
is noticed (counted and kept in the description) instead of being dropped by accident.
"""

from __future__ import annotations

import re
from typing import Any

from facility import vocabulary

# Categories whose strings never state one of our facts, and why they are skipped.
IGNORED_CATEGORIES = {
    "TAP": "treatment approaches: kept in the description, not a code",
    "FOP": "who operates the facility",
    "LCA": "licences and accreditation",
    "ASSES": "assessment services",
    "SCR": "screening and testing",
    "TRSRV": "transitional services",
    "AS": "ancillary services",
    "EDU": "counselling and education services",
    "TOBAC": "tobacco services",
    "SMP": "smoking policy",
    "EMS": "emergency services",
    "HOSP": "hospital type",
}

# The special "SCHED" category is not part of the real locator: the bundled demo snapshot
# uses it to carry days per week, hours and weeks ("Days per week: 3-5").
SCHEDULE_CATEGORY = "SCHED"
DEMO_NOTE_CATEGORY = "DEMO"

# In these categories a string that is exactly a vocabulary label also counts ("Aetna",
# "Blue Shield of California"; the demo's "COND" category, "Depression"). The 2019 and
# later exports name no carriers, but a listing that does must not lose them.
VOCABULARY_CATEGORIES = {"PAY": "insurance", "PYAS": "insurance", "COND": "conditions"}

_L, _C, _I, _P, _G = "levels_of_care", "conditions", "insurance", "populations", "languages"

# Exact service strings (compared after `_key`) -> the facts they state.
SERVICE_FACTS: dict[str, tuple[tuple[str, str], ...]] = {
    # Type of care
    "Substance use treatment": ((_C, "substance_use"),),
    "Detoxification": ((_L, "detox"),),
    "Treatment for co-occurring substance use plus either serious mental health illness in adults/serious emotional disturbance in children": ((_C, "co_occurring"),),
    # Service settings and facility types
    "Hospital inpatient": ((_L, "inpatient"),),
    "Hospital inpatient/24-hour hospital inpatient": ((_L, "inpatient"),),
    "Hospital inpatient treatment": ((_L, "inpatient"),),
    "Hospital inpatient detoxification": ((_L, "inpatient"), (_L, "detox")),
    "Psychiatric hospital or psychiatric unit of a general hospital": ((_L, "inpatient"),),
    "Psychiatric hospital": ((_L, "inpatient"),),
    "Residential": ((_L, "residential"),),
    "Residential/24-hour residential": ((_L, "residential"),),
    "Short-term residential": ((_L, "residential"),),
    "Long-term residential": ((_L, "residential"),),
    "Residential detoxification": ((_L, "residential"), (_L, "detox")),
    "Residential treatment center (RTC) for adults": ((_L, "residential"), (_P, "adults")),
    "Residential treatment center (RTC) for children": ((_L, "residential"), (_P, "adolescents")),
    "Outpatient day treatment or partial hospitalization": ((_L, "php"),),
    "Partial hospitalization/day treatment": ((_L, "php"),),
    "Intensive outpatient treatment": ((_L, "iop"),),
    "Regular outpatient treatment": ((_L, "op"),),
    "Outpatient methadone/buprenorphine or naltrexone treatment": ((_L, "op"),),
    "Outpatient detoxification": ((_L, "detox"),),
    "Computerized treatment/telemedicine": ((_L, "telehealth"),),
    "Telemedicine/telehealth": ((_L, "telehealth"),),
    "Telemedicine/telehealth therapy": ((_L, "telehealth"),),
    # Detoxification by substance
    "Alcohol Detoxification": ((_L, "detox"), (_C, "alcohol_use")),
    "Opioid Detoxification": ((_L, "detox"), (_C, "opioid_use")),
    "Opioids detoxification": ((_L, "detox"), (_C, "opioid_use")),
    "Buprenorphine detoxification": ((_L, "detox"), (_C, "opioid_use")),
    "Methadone detoxification": ((_L, "detox"), (_C, "opioid_use")),
    "Lofexidine or Clonidine detoxification": ((_L, "detox"), (_C, "opioid_use")),
    "Cocaine Detoxification": ((_L, "detox"), (_C, "stimulant_use")),
    "Methamphetamine Detoxification": ((_L, "detox"), (_C, "stimulant_use")),
    "Methamphetamines detoxification": ((_L, "detox"), (_C, "stimulant_use")),
    "Benzodiazepines Detoxification": ((_L, "detox"), (_C, "substance_use")),
    "Medication routinely used during detoxification": ((_L, "detox"),),
    # Opioid and alcohol treatment: a facility that treats with these medications treats the disorder
    "SAMHSA-certified Opioid Treatment Program": ((_C, "opioid_use"),),
    "SAMHSA certification for opioid treatment program (OTP)": ((_C, "opioid_use"),),
    "Federally-certified Opioid Treatment Program": ((_C, "opioid_use"),),
    "Methadone maintenance": ((_C, "opioid_use"),),
    "Methadone maintenance for predetermined time": ((_C, "opioid_use"),),
    "Methadone used in Treatment": ((_C, "opioid_use"),),
    "Methadone": ((_C, "opioid_use"),),
    "Buprenorphine maintenance": ((_C, "opioid_use"),),
    "Buprenorphine maintenance for predetermined time": ((_C, "opioid_use"),),
    "Buprenorphine used in Treatment": ((_C, "opioid_use"),),
    "Prescribes/administers buprenorphine": ((_C, "opioid_use"),),
    "Prescribes buprenorphine": ((_C, "opioid_use"),),
    "Buprenorphine with naloxone": ((_C, "opioid_use"),),
    "Buprenorphine with naloxone (Suboxone®)": ((_C, "opioid_use"),),
    "Buprenorphine without naloxone": ((_C, "opioid_use"),),
    "Buprenorphine (extended-release, injectable)": ((_C, "opioid_use"),),
    "Buprenorphine (extended-release, injectable, for example, Sublocade®)": ((_C, "opioid_use"),),
    "Buprenorphine sub-dermal implant": ((_C, "opioid_use"),),
    "Lofexidine": ((_C, "opioid_use"),),
    "All Clients in Opioid Treatment Program": ((_C, "opioid_use"),),
    "Methadone and buprenorphine clients only": ((_C, "opioid_use"),),
    "This facility administers/prescribes medication for alcohol use disorder": ((_C, "alcohol_use"),),
    "Acamprosate (Campral®)": ((_C, "alcohol_use"),),
    "Disulfiram": ((_C, "alcohol_use"),),
    "Disulfiram (Antabuse®)": ((_C, "alcohol_use"),),
    "Treatment for gambling disorder": ((_C, "gambling"),),
    # Special groups that name a condition
    "Clients with co-occurring mental and substance use disorders": ((_C, "co_occurring"),),
    "Persons with co-occurring mental and substance use disorders": ((_C, "co_occurring"),),
    "Clients who have experienced trauma": ((_C, "trauma"),),
    "Persons who have experienced trauma": ((_C, "trauma"),),
    "Persons with post-traumatic stress disorder (PTSD)": ((_C, "ptsd"),),
    "Persons with eating disorders": ((_C, "eating_disorders"),),
    # Payment
    "Cash or self-payment": ((_I, "self_pay"),),
    "Medicaid": ((_I, "medicaid"),),
    "Medicare": ((_I, "medicare"),),
    "Private health insurance": ((_I, "private_insurance"),),
    "Military insurance (e.g., TRICARE)": ((_I, "tricare"),),
    "Federal military insurance (e.g., TRICARE)": ((_I, "tricare"),),
    "U.S. Department of VA funds": ((_I, "va"),),
    # N-SUMHSS defines this answer as "free treatment for all clients".
    "No payment accepted": ((_I, "free"),),
    "Sliding fee scale (fee is based on income and other factors)": ((_I, "sliding_scale"),),
    "Payment assistance (check with facility for details)": ((_I, "payment_assistance"),),
    # Ages, gender and groups
    "Adults": ((_P, "adults"),),
    "Young adults": ((_P, "young_adults"),),
    "Transitional age young adults": ((_P, "young_adults"),),
    "Children/adolescents": ((_P, "adolescents"),),
    "Adolescents": ((_P, "adolescents"),),
    "Seniors": ((_P, "seniors"),),
    "Seniors (65 or older)": ((_P, "seniors"),),
    "Seniors or older adults": ((_P, "seniors"),),
    "Male": ((_P, "men"),),
    "Female": ((_P, "women"),),
    "Adult men": ((_P, "men"),),
    "Adult women": ((_P, "women"),),
    "Pregnant/postpartum women": ((_P, "women"),),
    "Lesbian, gay, bisexual, or transgender (LGBT) clients": ((_P, "lgbtq"),),
    "Veterans": ((_P, "veterans"),),
    "Children/adolescents with serious emotional disturbance (SED)": ((_P, "adolescents"),),
    # Languages
    "Spanish": ((_G, "spanish"),),
    "Any Chinese Language": ((_G, "chinese"),),
    "Sign language services for the deaf and hard of hearing": ((_G, "sign language"),),
}
for _name in ("Arabic", "Farsi", "French", "German", "Hebrew", "Hindi", "Hmong", "Italian",
              "Japanese", "Korean", "Russian", "Tagalog", "Vietnamese", "Armenian", "Cantonese",
              "Mandarin", "Khmer", "Thai", "Portuguese", "Polish"):
    SERVICE_FACTS[_name] = ((_G, _name.lower()),)

# Strings in fact-bearing categories that state none of our facts, on purpose.
IGNORED_SERVICES = frozenset({
    "Mental health treatment",  # too broad to be a condition
    "Transitional housing, halfway house, or sober home",
    "Outpatient",  # umbrella of the outpatient settings; see `_outpatient_fallback`
    "Residential beds for clients' children",
    "Community mental health center",
    "Outpatient mental health facility",
    # Refusals: they must never produce the code they mention.
    "Does not treat opioid addiction",
    "Does not treat opioid use disorders",
    "Does not treat alcohol use disorder",
    "Do not use medication for opioid addiction",
    "Does not use MAT for opioid use disorders",
    "Does not use medication assisted treatment for alcohol use disorder",
    # Accepting clients on medication prescribed elsewhere says nothing of what is treated.
    "Accepts clients on opioid medication",
    "Accepts clients using MAT but prescribed elsewhere",
    "Accepts clients using medication assisted treatment for alcohol use disorder but prescribed elsewhere",
    "In-network prescribing entity",
    "Other contracted prescribing entity",
    "No formal relationship with prescribing entity",
    "Use methadone/buprenorphine for pain management or emergency dosing",
    # Naltrexone treats both alcohol and opioid use: the string does not say which.
    "Naltrexone used in Treatment", "Prescribes/administers naltrexone", "Prescribes naltrexone",
    "Relapse prevention from naltrexone", "Relapse prevention with naltrexone",
    "Naltrexone (oral)", "Naltrexone (extended-release, injectable)",
    "Extended-release, injectable Naltrexone (Vivitrol®)",
    "Clonidine",
    "Medications for psychiatric disorders", "Medication for mental disorders",
    "Medications for HIV treatment", "Medications for Hepatitis C treatment",
    "Medications for pre-exposure to prophylaxis",
    "Nicotine replacement", "Non-nicotine smoking/tobacco cessation",
    # Public funding streams: not something a person pays with.
    "Community Mental Health Block Grants", "Community Service Block Grants",
    "County or local government funds",
    "Federal, or any government funding for substance abuse programs",
    "Federal, or any government funding for substance use treatment programs",
    "IHS/Tribal/Urban (ITU) funds", "Other State funds", "SAMHSA funding/block grants",
    "State corrections or juvenile justice funds", "State education funds",
    "State mental health agency (or equivalent) funds",
    "State welfare or child and family services funds",
    # A state plan that is explicitly not Medi-Cal: no code fits it.
    "State-financed health insurance plan other than Medicaid",
    # Groups that are not one of our populations or conditions (kept in the description).
    "Active duty military", "Members of military families", "Military families",
    "Clients referred from the court/judicial system",
    "Criminal justice (other than DUI/DWI)/Forensic clients",
    "Clients who have experienced intimate partner violence, domestic violence",
    "Persons who have experienced intimate partner violence, domestic violence",
    "Clients who have experienced sexual abuse", "Persons who have experienced sexual abuse",
    "Clients with HIV or AIDS", "Persons with HIV or AIDS",
    "Clients with co-occurring pain and substance use disorders",
    "Persons with Alzheimer's or dementia", "Persons with serious mental illness (SMI)",
    "Persons with traumatic brain injury (TBI)",
    "DUI/DWI clients", "Specially designed program for DUI/DWI clients",
    "Treatment for internet use disorder", "Treatment for non-substance use addiction disorder",
    "Treatment for other addiction disorder",
    # Operators (the FOP category) that only the flat California export shows, without category.
    "Indian Health Services", "Federal Government", "State government", "Tribal government",
    # Not one named language.
    "Other languages (excluding Spanish)", "American Indian or Alaska Native languages",
    "Services for the deaf and hard of hearing",
})

# Categories whose strings go into the description, so free text finds "DBT" or "veterans court".
DESCRIBED_CATEGORIES = {"TC": "Care", "SET": "Settings", "TAP": "Approaches", "SG": "Programs for",
                        "EXCL": "Exclusively for"}

_WS = re.compile(r"\s+")
_OUTPATIENT_SUBTYPES = {"iop", "op", "php"}


def _key(value: str) -> str:
    # The 2019 files say "Buprenorphine with naloxone  (Suboxone®)" with two spaces; later
    # exports differ in case ("Young Adults" / "Young adults") and trailing no-break spaces.
    return _WS.sub(" ", value.replace("\u00a0", " ")).strip().casefold()


_FACTS = {_key(k): v for k, v in SERVICE_FACTS.items()}
_IGNORED = {_key(k) for k in IGNORED_SERVICES}


def split_values(f3: str) -> list[str]:
    """Split an f3 value list on "; " (values may themselves contain ", "), dropping repeats."""
    seen: dict[str, str] = {}
    for part in f3.split(";"):
        value = _WS.sub(" ", part.replace("\u00a0", " ")).strip()
        if value and _key(value) not in seen:
            seen[_key(value)] = value
    return list(seen.values())


def classify(value: str, vocabulary_field: str | None = None) -> tuple[tuple[str, str], ...] | None:
    """The facts a service string states; () when ignored on purpose; None when unknown."""
    key = _key(value)
    if key in _FACTS:
        return _FACTS[key]
    if key in _IGNORED:
        return ()
    if vocabulary_field:
        code = vocabulary.resolve(vocabulary_field, value)
        if code:
            return ((vocabulary_field, code),)
    return None


_SCHEDULE = re.compile(r"^(days per week|hours per session|program weeks)\s*:\s*([\d.]+)(?:\s*-\s*([\d.]+))?$", re.I)
_SCHEDULE_FIELDS = {
    "days per week": ("days_per_week_min", "days_per_week_max", int),
    "hours per session": ("hours_per_session_min", "hours_per_session_max", float),
    "program weeks": ("program_weeks_min", "program_weeks_max", int),
}


def row_to_raw(row: dict[str, Any], url: str, fetched_at: str) -> tuple[dict[str, Any], list[str]]:
    """Turn one locator row into raw record facts and the list of service strings nobody mapped.

    The result is not validated: the pipeline does that through the Facility model.
    """
    facts: dict[str, set[str]] = {_L: set(), _C: set(), _I: set(), _P: set(), _G: set()}
    described: dict[str, list[str]] = {}
    unknown: list[str] = []
    notes: list[str] = []
    schedule: dict[str, Any] = {}
    for service in row.get("services") or []:
        category = str(service.get("f2") or "").strip()
        values = split_values(str(service.get("f3") or ""))
        if category == DEMO_NOTE_CATEGORY:
            notes.extend(values)
            continue
        if category == SCHEDULE_CATEGORY:
            schedule.update(_schedule(values))
            continue
        if category in DESCRIBED_CATEGORIES:
            described.setdefault(DESCRIBED_CATEGORIES[category], []).extend(values)
        if category in IGNORED_CATEGORIES:
            continue
        for value in values:
            found = classify(value, VOCABULARY_CATEGORIES.get(category))
            if found is None:
                unknown.append(value)
                described.setdefault("Also listed", []).append(value)
                continue
            for field, code in found:
                facts[field].add(code)
            if _key(value) == "outpatient":
                facts[_L].add("outpatient?")
    _outpatient_fallback(facts[_L])
    # The locator lists only languages other than English (its survey asks about those);
    # every facility in it serves in English.
    facts[_G].add("english")
    name = " - ".join(p for p in (row.get("name1"), row.get("name2")) if p and str(p).strip())
    street = ", ".join(p for p in (row.get("street1"), row.get("street2")) if p and str(p).strip())
    description = " ".join(notes + [f"{head}: {'; '.join(vals)}." for head, vals in described.items()])
    raw = {
        "name": name,
        "street": street or None,
        "city": row.get("city") or None,
        "state": row.get("state") or None,
        "zip": row.get("zip") or None,
        # Strings such as "38.0282239": the model parses them and rejects what is not a number.
        "latitude": row.get("latitude") or None,
        "longitude": row.get("longitude") or None,
        "phone": row.get("phone") or row.get("intake1") or None,
        "website": row.get("website") or None,
        "description": description or None,
        "sources": [{"url": url, "spider": "samhsa", "fetched_at": fetched_at}],
        **{field: sorted(codes) for field, codes in facts.items()},
        **schedule,
    }
    return raw, unknown


def _outpatient_fallback(levels: set[str]) -> None:
    # "Outpatient" alone is the umbrella setting; it means regular outpatient only when the
    # row names no outpatient subtype, or an IOP-only clinic would be listed as regular OP.
    if "outpatient?" in levels:
        levels.discard("outpatient?")
        if not levels & _OUTPATIENT_SUBTYPES:
            levels.add("op")


def _schedule(values: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for value in values:
        match = _SCHEDULE.match(value)
        if match:
            low_field, high_field, kind = _SCHEDULE_FIELDS[match.group(1).lower()]
            out[low_field] = kind(match.group(2))
            out[high_field] = kind(match.group(3) or match.group(2))
    return out
