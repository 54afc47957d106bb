"""The Whoosh schema and the one mapping from a validated record to index fields.

Only this package imports whoosh. Analyzers come from whoosh itself (importable), since
Whoosh pickles the schema into the index.
"""

from __future__ import annotations

import json
from typing import Any

from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from facility import vocabulary

CODE_FIELDS = ("levels_of_care", "insurance", "conditions", "populations")
SCHEMA_VERSION = 1


def get_schema() -> Schema:
    stem = StemmingAnalyzer()
    return Schema(
        id=ID(unique=True, stored=True),
        # Free text: a word in the name counts most, then the facts' labels, then prose.
        name=TEXT(analyzer=stem, field_boost=3.0),
        tags=TEXT(analyzer=stem, field_boost=1.5, phrase=False),
        place=TEXT(analyzer=stem, phrase=False),
        description=TEXT(analyzer=stem, phrase=False),
        name_sort=ID(sortable=True),
        # Filters: exact terms.
        levels_of_care=KEYWORD,
        insurance=KEYWORD,
        conditions=KEYWORD,
        populations=KEYWORD,
        languages=KEYWORD(commas=True),
        city=KEYWORD(commas=True, lowercase=True),
        zip=ID,
        # Days per week is a 1..7 domain: one keyword per day count is cheaper to filter on
        # than a NumericRange (see SPEC dependency notes).
        days=KEYWORD,  # every N within [min, max]
        days_fit=KEYWORD,  # every N >= min: can be attended in at most N days
        days_min=NUMERIC(int), days_max=NUMERIC(int),
        hours_min=NUMERIC(float), hours_max=NUMERIC(float),
        weeks_min=NUMERIC(int), weeks_max=NUMERIC(int),
        cost_min=NUMERIC(int), cost_max=NUMERIC(int),
        record=STORED,
    )


def _range_tokens(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    low = low if low is not None else high
    high = high if high is not None else low
    return " ".join(str(n) for n in range(low, high + 1))


def to_document(record: dict[str, Any]) -> dict[str, Any]:
    """Index fields of one validated record (a Facility dumped to JSON form)."""
    labels = [
        vocabulary.label(field, code) for field in CODE_FIELDS for code in record.get(field) or []
    ]
    days_min, days_max = record.get("days_per_week_min"), record.get("days_per_week_max")
    doc: dict[str, Any] = {
        "id": record["id"],
        "name": record["name"],
        "tags": " ".join(labels + (record.get("languages") or [])),
        "place": " ".join(filter(None, (record.get("street"), record.get("city"), record.get("zip")))),
        "description": record.get("description") or "",
        "name_sort": record["name"].casefold(),
        "languages": ",".join(record.get("languages") or []),
        "city": record.get("city") or "",
        "zip": record.get("zip") or "",
        "days": _range_tokens(days_min, days_max),
        "days_fit": _range_tokens(days_min or days_max, 7) if (days_min or days_max) else "",
        "record": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
    }
    for field in CODE_FIELDS:
        doc[field] = " ".join(record.get(field) or [])
    for name, key in (
        ("days_min", "days_per_week_min"), ("days_max", "days_per_week_max"),
        ("hours_min", "hours_per_session_min"), ("hours_max", "hours_per_session_max"),
        ("weeks_min", "program_weeks_min"), ("weeks_max", "program_weeks_max"),
        ("cost_min", "cost_min_usd"), ("cost_max", "cost_max_usd"),
    ):
        if record.get(key) is not None:
            doc[name] = record[key]
    return {k: v for k, v in doc.items() if v != ""}
