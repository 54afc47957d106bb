"""The Facility model and the text rules every source goes through."""

import pytest

from facility.fields import FIELD_NAMES
from facility.model import Facility, RecordRejected, facility_id, validate_record
from facility.text import clean_text, normalize_phone, normalize_url, normalize_zip

SOURCE = [{"url": "http://127.0.0.1/x", "spider": "test", "fetched_at": "2026-01-01T00:00:00Z"}]


def record(**fields):
    return validate_record({"name": "Harbor Clinic", "phone": "310-555-0142", "sources": SOURCE, **fields})


def test_field_names_match_the_contract_and_the_lightweight_copy():
    assert tuple(Facility.model_fields) == FIELD_NAMES


@pytest.mark.parametrize("raw, expected", [
    ("\x1b[31mRed\x1b[0m Clinic", "Red Clinic"),
    ("\x1b]8;;http://evil.test\x07Link\x1b]8;;\x07 Clinic", "Link Clinic"),
    ("Tab\there\r\nnewline", "Tab here newline"),
    ("Bidi\u202eevil\u202c name", "Bidievil name"),
    ("Nul\x00 and bell\x07", "Nul and bell"),
    ("  no\u00a0break  ", "no break"),
    ("\x1b[2J\x1b[H", None),
])
def test_clean_text_strips_escape_sequences_and_controls(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("434-979-8871", ("+14349798871", None)),
    ("540-217-6366 x110", ("+15402176366", "110")),
    ("(310) 555-0142 ext. 12", ("+13105550142", "12")),
    ("+1 310.555.0142", ("+13105550142", None)),
    ("1-800-662-4357", ("+18006624357", None)),
])
def test_phones_become_e164_with_extension(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12", "555-0142", "000-555-0142", "call us"])
def test_bad_phones_raise(raw):
    with pytest.raises(ValueError):
        normalize_phone(raw)


def test_zip_plus_four_is_reduced_and_garbage_rejected():
    assert normalize_zip("90401-1234") == "90401"
    assert normalize_zip("904011234") == "90401"
    with pytest.raises(ValueError):
        normalize_zip("9040")


def test_websites_become_absolute_lower_case_hosts():
    assert normalize_url("Www.fairwindsgrouphome.com") == "http://www.fairwindsgrouphome.com/"
    assert normalize_url("https://Example.org/iop?x=1") == "https://example.org/iop?x=1"
    with pytest.raises(ValueError):
        normalize_url("javascript:alert(1)")


def test_labels_become_codes_and_carriers_imply_private_insurance():
    f = record(insurance=["Medi-Cal", "Blue Shield", "cash"], conditions=["dual diagnosis", "PTSD"],
               levels_of_care=["intensive outpatient"], populations=["teens"], languages=["Español", "KOREAN"])
    assert f.insurance == ["medicaid", "private_insurance", "self_pay", "blue_shield"]
    assert f.conditions == ["co_occurring", "ptsd"]
    assert f.levels_of_care == ["iop"]
    assert f.populations == ["adolescents"]
    assert f.languages == ["korean", "spanish"]


def test_la_care_does_not_imply_private_insurance():
    assert record(insurance=["L.A. Care"]).insurance == ["la_care"]


@pytest.mark.parametrize("fields, reason", [
    ({"name": ""}, "name: name is empty"),
    ({"name": "\x1b[0m\x07"}, "name: name is empty"),
    ({"phone": None}, "no way to reach the facility"),
    ({"insurance": ["Acme Health"]}, "insurance: unknown value 'Acme Health'"),
    ({"days_per_week_min": 5, "days_per_week_max": 3}, "days_per_week_min (5) is greater than"),
    ({"days_per_week_min": 8}, "days_per_week_min"),
    ({"latitude": 134.0}, "latitude"),
    ({"cost_min_usd": 100}, "a cost needs a cost_period"),
    ({"sources": []}, "sources"),
    ({"state": "California"}, "state"),
])
def test_invalid_records_are_rejected_with_a_reason(fields, reason):
    with pytest.raises(RecordRejected, match=reason.replace("(", r"\(").replace(")", r"\)")):
        record(**fields)


def test_street_and_city_are_enough_to_reach_a_facility():
    f = validate_record({"name": "Walk-in Clinic", "street": "1 Main St", "city": "Pomona", "sources": SOURCE})
    assert f.phone is None and f.id == facility_id("Walk-in Clinic", "1 Main St", "Pomona", None, None)


def test_id_is_stable_and_ignores_formatting():
    a = record(street="10 Main St", zip="90401-0001")
    b = record(street="10  main st", zip="90401", phone="(310) 555-0142")
    assert a.id == b.id and len(a.id) == 12
    assert record(street="12 Main St").id != a.id


def test_formula_name_is_kept_as_text_for_the_csv_layer_to_neutralize():
    assert record(name="=HYPERLINK(\"http://evil.test\")").name.startswith("=")
