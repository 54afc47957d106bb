"""The Whoosh schema and the one mapping from a validated record to index fields.

Only this package imports whoosh. Analyzers come from whoosh itself (importable), since
Whoosh pickles the schema into the index.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from facility import vocabulary

CODE_FIELDS = ("levels_of_care", "insurance", "conditions", "populations")
NUMERIC_FIELDS = (
    ("days_min", "days_per_week_min", int), ("days_max", "days_per_week_max", int),
    ("hours_min", "hours_per_session_min", float), ("hours_max", "hours_per_session_max", float),
    ("weeks_min", "program_weeks_min", int), ("weeks_max", "program_weeks_max", int),
    ("cost_min", "cost_min_usd", int), ("cost_max", "cost_max_usd", int),
)
ANALYZER = StemmingAnalyzer()
KNOWN_FACTS = {
    "days": ("days_per_week_min", "days_per_week_max"),
    "hours": ("hours_per_session_min", "hours_per_session_max"),
    "cost": ("cost_min_usd", "cost_max_usd"),
}


def _number(kind: type) -> NUMERIC:
    field = NUMERIC(kind, shift_step=0)  # full precision only: one term per value
    field.scorable = True  # see get_schema
    return field


def get_schema() -> Schema:
    # Keyword and numeric fields are marked scorable although nothing scores them: while
    # writing, Whoosh looks on disk for a length column at every posting of a field that
    # has none, which made bulk builds several times slower.
    return Schema(
        id=ID(unique=True, stored=True),
        # Free text: the name, and address plus description (body). Words of the codes'
        # labels ("Medi-Cal", "PTSD") are matched through the sidecar (see code_words).
        name=TEXT(analyzer=ANALYZER, field_boost=3.0),
        body=TEXT(analyzer=ANALYZER, phrase=False),
        # The codes as "field=value" terms ("insurance=medicaid"). Queries read them from
        # index.postings, with city, ZIP and days; this keeps the Whoosh index whole alone.
        codes=KEYWORD(scorable=True, commas=True),
        **{name: _number(kind) for name, _, kind in NUMERIC_FIELDS},
        # The whole validated record, to print results without the dataset file.
        record=STORED,
    )


def analyzed(text: str) -> list[str]:
    """Words as the text fields index them: lower case, stemmed, stop words removed."""
    return [token.text for token in ANALYZER(text)]


@cache
def code_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """Analyzed word -> the (field, code) pairs whose label holds it ('ptsd' -> conditions/ptsd).

    A facility whose conditions include PTSD is found by the free text "ptsd" although
    its description may never say so.
    """
    out: dict[str, list[tuple[str, str]]] = {}
    for field in CODE_FIELDS:
        for code in vocabulary.codes(field):
            for word in analyzed(vocabulary.label(field, code)):
                out.setdefault(word, []).append((field, code))
    return {word: tuple(pairs) for word, pairs in out.items()}


def _range(low: int | None, high: int | None) -> list[str]:
    if low is None and high is None:
        return []
    low = low if low is not None else high
    high = high if high is not None else low
    return [str(n) for n in range(low, high + 1)]


def filter_terms(record: dict[str, Any]) -> dict[str, list[str]]:
    """The exact terms a record is filtered on, per filter field."""
    days_min, days_max = record.get("days_per_week_min"), record.get("days_per_week_max")
    first_day = days_min if days_min is not None else days_max
    terms = {field: list(record.get(field) or []) for field in (*CODE_FIELDS, "languages")}
    terms["city"] = [record["city"].casefold()] if record.get("city") else []
    terms["zip"] = [record["zip"]] if record.get("zip") else []
    terms["days"] = _range(days_min, days_max)  # every N within [min, max]
    # every N >= min: the program can be attended in at most N days a week
    terms["days_fit"] = _range(first_day, 7) if first_day is not None else []
    # Which facts are stated: a facility that says its schedule ranks above one that does not.
    terms["known"] = [fact for fact, keys in KNOWN_FACTS.items() if any(record.get(k) is not None for k in keys)]
    # Searches hide facilities no source lists any more unless asked (see Filters).
    terms["stale"] = ["yes"] if record.get("stale") else []
    # Ids a facility had before two records of it were found to be one: `iop show` finds them.
    terms["alias"] = list(record.get("aliases") or [])
    return terms


def to_document(record: dict[str, Any], terms: dict[str, list[str]]) -> dict[str, Any]:
    """Whoosh fields of one validated record (a Facility dumped to JSON form)."""
    doc: dict[str, Any] = {
        "id": record["id"],
        "name": record["name"],
        "body": " ".join(filter(None, (record.get("street"), record.get("city"), record.get("zip"),
                                       record.get("description")))),
        "codes": ",".join(f"{field}={value}" for field in (*CODE_FIELDS, "languages") for value in terms[field]),
        # What each source said stays in the dataset file: results carry the merged facts.
        "record": json.dumps({k: v for k, v in record.items() if k != "observations"},
                             ensure_ascii=False, separators=(",", ":")),
    }
    for name, key, _ in NUMERIC_FIELDS:
        if record.get(key) is not None:
            doc[name] = record[key]
    return {k: v for k, v in doc.items() if v != ""}
