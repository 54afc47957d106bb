"""Locator rows to facts: every recorded service string is mapped or ignored on purpose."""

import pytest

from crawler.locator import (
    IGNORED_CATEGORIES,
    SERVICE_FACTS,
    classify,
    row_to_raw,
    split_values,
)
from facility import vocabulary
from facility.model import validate_record

from .conftest import shared_file, shared_rows

V2_FILES = ["locator_v2_page1.json", "locator_v2_sa_only_rows.json", "la_v2_reencoded.json"]
# Every category the recorded files use is either fact-bearing or ignored on purpose.
FACT_CATEGORIES = {"TC", "SET", "FT", "DETOX", "OT", "PAY", "PYAS", "AGE", "GN", "SG", "OL", "SL",
                   "OTHR", "EXCL", "PHR", "OM"}


def all_strings():
    """Strings of fact-bearing categories in the v2 files, plus every flat-export string not
    seen under an ignored category (the flat export lost the categories)."""
    seen, in_ignored = set(), set()
    for name in V2_FILES:
        for row in shared_rows(name):
            for service in row["services"]:
                values = split_values(service["f3"])
                if service["f2"] in FACT_CATEGORIES:
                    seen.update(values)
                elif service["f2"] in IGNORED_CATEGORIES:
                    in_ignored.update(values)
    for line in shared_file("ca_service_strings.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        value = line.split("\t", 1)[1]
        if value not in in_ignored:
            seen.add(value)
    return sorted(seen)


def test_every_recorded_category_is_handled():
    categories = {s["f2"] for name in V2_FILES for row in shared_rows(name) for s in row["services"]}
    assert categories <= FACT_CATEGORIES | set(IGNORED_CATEGORIES)


def test_every_recorded_service_string_is_mapped_or_ignored_on_purpose():
    unknown = [s for s in all_strings() if classify(s) is None]
    assert unknown == []


def test_mapped_codes_are_canonical():
    for facts in SERVICE_FACTS.values():
        for field, code in facts:
            if field == "languages":
                assert vocabulary.resolve_language(code) == code
            else:
                assert code in vocabulary.codes(field)


@pytest.mark.parametrize("negative", [
    "Does not treat opioid use disorders", "Does not treat opioid addiction",
    "Does not use medication assisted treatment for alcohol use disorder",
    "Does not use MAT for opioid use disorders", "Does not treat alcohol use disorder",
    "Do not use medication for opioid addiction",
])
def test_refusals_produce_no_code(negative):
    assert classify(negative) == ()


def test_no_payment_accepted_means_free_never_a_payment_code():
    assert classify("No payment accepted") == (("insurance", "free"),)


@pytest.mark.parametrize("value, fact", [
    ("Intensive outpatient treatment", ("levels_of_care", "iop")),
    ("Partial hospitalization/day treatment", ("levels_of_care", "php")),
    ("Medicaid", ("insurance", "medicaid")),
    ("Military insurance (e.g., TRICARE)", ("insurance", "tricare")),
    ("Sliding fee scale (fee is based on income and other factors)", ("insurance", "sliding_scale")),
    ("Persons with post-traumatic stress disorder (PTSD)", ("conditions", "ptsd")),
    ("Clients with co-occurring mental and substance use disorders", ("conditions", "co_occurring")),
    ("Methamphetamines detoxification", ("conditions", "stimulant_use")),
    ("Young Adults", ("populations", "young_adults")),
    ("Lesbian, gay, bisexual, or transgender (LGBT) clients", ("populations", "lgbtq")),
    ("Any Chinese Language", ("languages", "chinese")),
    ("Buprenorphine with naloxone  (Suboxone®)", ("conditions", "opioid_use")),
])
def test_strings_state_their_facts(value, fact):
    assert fact in classify(value)


def test_values_split_on_semicolons_not_commas_and_repeats_drop():
    assert split_values("Federal, or any government funding for substance abuse programs; Medicaid; Medicaid") == [
        "Federal, or any government funding for substance abuse programs", "Medicaid"]
    assert split_values("Vocational training (for example, GED preparation, etc.)\u00a0") == [
        "Vocational training (for example, GED preparation, etc.)"]


def row_with(services, **fields):
    base = {"name1": "Test Clinic", "name2": "", "street1": "1 Main St", "street2": "", "city": "Pomona",
            "state": "CA", "zip": "91766", "phone": "909-555-0100", "website": "", "latitude": "34.05",
            "longitude": "-117.75", "intake1": None}
    return {**base, **fields, "services": [{"f1": "x", "f2": code, "f3": f3} for code, f3 in services]}


def test_outpatient_umbrella_is_regular_outpatient_only_without_a_subtype():
    raw, _ = row_to_raw(row_with([("SET", "Outpatient; Intensive outpatient treatment")]), "http://h/", "2026-01-01T00:00:00Z")
    assert raw["levels_of_care"] == ["iop"]
    raw, _ = row_to_raw(row_with([("SET", "Outpatient")]), "http://h/", "2026-01-01T00:00:00Z")
    assert raw["levels_of_care"] == ["op"]


def test_a_row_with_refusals_and_unknown_strings():
    raw, unknown = row_to_raw(row_with([
        ("OT", "Does not treat opioid use disorders"), ("PAY", "No payment accepted; Aetna"),
        ("SG", "Persons with kites"), ("TAP", "Matrix Model"),
    ], name2="Annex", street2="Suite 4"), "http://h/", "2026-01-01T00:00:00Z")
    assert raw["conditions"] == [] and raw["insurance"] == ["aetna", "free"]
    assert unknown == ["Persons with kites"]
    assert "Persons with kites" in raw["description"]
    assert raw["name"] == "Test Clinic - Annex" and raw["street"] == "1 Main St, Suite 4"


@pytest.mark.parametrize("name", V2_FILES)
def test_recorded_rows_validate(name):
    rows = shared_rows(name)
    records = [validate_record(row_to_raw(r, "http://127.0.0.1/", "2026-01-01T00:00:00Z")[0]) for r in rows]
    assert len(records) == len(rows)
    ext = [r for r in records if r.phone_extension]
    assert all(r.phone.startswith("+1") and len(r.phone) == 12 for r in records if r.phone)
    if name == "locator_v2_page1.json":
        iop = [r for r in records if "iop" in r.levels_of_care]
        assert len(iop) == 5
        assert any(r.name == "Region Ten Community Services Board - Mohr Center" for r in records)
    if name == "la_v2_reencoded.json":
        assert len([r for r in records if "iop" in r.levels_of_care]) == 12
        assert ext, "the CA rows carry extensions such as ' x110'"
