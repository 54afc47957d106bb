"""The shape of a facility record, for code that must not import pydantic (the search path).

`tests/test_model.py` checks that FIELD_NAMES matches the Facility model exactly.
"""

FIELD_NAMES = (
    "id", "name", "street", "city", "state", "zip", "county", "latitude", "longitude",
    "phone", "phone_extension", "website", "levels_of_care",
    "days_per_week_min", "days_per_week_max", "hours_per_session_min", "hours_per_session_max",
    "program_weeks_min", "program_weeks_max", "cost_min_usd", "cost_max_usd", "cost_period",
    "insurance", "insurance_refused", "conditions", "populations", "languages", "description", "sources",
)
# Added when sources are merged into one facility (see facility.reconcile); never read from
# a source. `observations` holds what each source said and stays in the dataset file.
PROVENANCE_FIELDS = (
    "field_sources", "conflicts", "removed", "merged_from", "aliases", "first_seen", "last_seen", "stale",
    "observations",
    # Added by the index and by searches: coordinates from the ZIP centroid, miles to --near.
    "coordinates_approximate", "distance_miles",
)
LIST_FIELDS = ("levels_of_care", "insurance", "insurance_refused", "conditions", "populations", "languages")
RANGE_PAIRS = (
    ("days_per_week_min", "days_per_week_max"),
    ("hours_per_session_min", "hours_per_session_max"),
    ("program_weeks_min", "program_weeks_max"),
    ("cost_min_usd", "cost_max_usd", "cost_period"),
)
