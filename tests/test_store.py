"""The dataset file and the index on disk: merging, atomic replacement, locking, generations."""

import json

import pytest

from facility import dataset
from facility.datadir import DataDir
from facility.fields import FIELD_NAMES
from facility.ingest import store
from index.searcher import Filters, get_record, search
from index.store import IndexMissing, current_generation
from index.writer import build_index

from .conftest import demo_records

SRC = {"url": "http://127.0.0.1/p1", "spider": "samhsa", "fetched_at": "2026-01-01T00:00:00Z"}


def rec(id_, **fields):
    return {"id": id_, "name": f"Clinic {id_}", "phone": "+13105550100", "insurance": [], "levels_of_care": [],
            "conditions": [], "populations": [], "languages": [], "sources": [SRC], **fields}


def test_rows_of_one_facility_in_one_crawl_are_combined():
    """GIVEN the locator's MH and SA rows of one facility (same id)
    THEN one record holds the union of their facts and both sources."""
    mh = rec("a", levels_of_care=["iop"], conditions=["depression"], days_per_week_min=3, days_per_week_max=5)
    sa = rec("a", levels_of_care=["op", "detox"], conditions=["substance_use"],
             sources=[{**SRC, "url": "http://127.0.0.1/p2"}], days_per_week_min=1, days_per_week_max=2)
    merged = dataset.collapse([mh, sa])["a"]
    assert merged["levels_of_care"] == ["detox", "iop", "op"]
    assert merged["conditions"] == ["substance_use", "depression"]
    assert (merged["days_per_week_min"], merged["days_per_week_max"]) == (3, 5)
    assert [s["url"] for s in merged["sources"]] == ["http://127.0.0.1/p1", "http://127.0.0.1/p2"]


def test_save_is_atomic_when_writing_fails(tmp_path):
    path = tmp_path / "facilities.jsonl"
    dataset.save(path, {"a": rec("a")})
    before = path.read_bytes()

    def exploding():
        yield "partial line\n"
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        dataset.write_atomic(path, exploding())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["facilities.jsonl"]


def test_a_corrupt_dataset_line_is_a_clear_error(tmp_path):
    path = tmp_path / "facilities.jsonl"
    path.write_text(json.dumps(rec("a")) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(dataset.DatasetError, match="line 2: not a facility record"):
        dataset.load(path)


def test_second_writer_fails_at_once_with_a_message(tmp_path):
    data_dir = DataDir.at(tmp_path)
    with dataset.write_lock(data_dir):
        with pytest.raises(dataset.DataDirBusy, match="another iop command is writing"):
            with dataset.write_lock(data_dir):
                pass
    with dataset.write_lock(data_dir):  # released
        pass


def test_failed_index_build_keeps_the_previous_index(tmp_path):
    root = tmp_path / "index"
    build_index(root, [rec("a"), rec("b")])
    live = current_generation(root)
    broken = rec("c")
    del broken["name"]
    with pytest.raises(KeyError):
        build_index(root, [rec("a"), broken])
    assert current_generation(root) == live
    assert [p.name for p in root.glob("gen-*")] == [live.name]
    assert search(root, None, limit=None).total == 2


def test_missing_index_says_what_to_do(tmp_path):
    with pytest.raises(IndexMissing, match="run `iop crawl`, `iop demo` or `iop index rebuild` first"):
        search(tmp_path / "index", "x")


def test_filters_are_or_within_and_across(tmp_path):
    root = tmp_path / "index"
    build_index(root, [
        rec("a", insurance=["medicaid"], levels_of_care=["iop"], city="Santa Monica"),
        rec("b", insurance=["medicare"], levels_of_care=["iop"], city="Pasadena"),
        rec("c", insurance=["medicaid"], levels_of_care=["op"], city="Santa Monica"),
    ])
    ids = lambda f: sorted(h["id"] for h in search(root, None, f, limit=None).hits)  # noqa: E731
    assert ids(Filters(insurance=["medicaid"], levels_of_care=["iop"])) == ["a"]
    assert ids(Filters(insurance=["medicaid", "medicare"], levels_of_care=["iop"])) == ["a", "b"]
    assert ids(Filters(cities=["santa monica"])) == ["a", "c"]


@pytest.mark.parametrize("days, max_days, expected", [
    (3, None, ["three_to_five", "three"]),
    (5, None, ["three_to_five", "five"]),
    (4, None, ["three_to_five"]),
    (None, 3, ["three_to_five", "three"]),
    (None, 4, ["three_to_five", "three"]),
    (None, 5, ["three_to_five", "three", "five"]),
    (None, 2, []),
])
def test_days_filters(tmp_path, days, max_days, expected):
    root = tmp_path / "index"
    build_index(root, [
        rec("three_to_five", days_per_week_min=3, days_per_week_max=5),
        rec("three", days_per_week_min=3, days_per_week_max=3),
        rec("five", days_per_week_min=5, days_per_week_max=5),
        rec("unknown"),
    ])
    hits = search(root, None, Filters(days=days, max_days=max_days), limit=None).hits
    assert sorted(h["id"] for h in hits) == sorted(expected)


def test_name_match_outranks_description_mention(tmp_path):
    root = tmp_path / "index"
    build_index(root, [
        rec("desc", name="Harbor Clinic", description="We also offer dialectical behavior therapy groups."),
        rec("name", name="Dialectical Therapy Center", description="Outpatient care."),
    ])
    assert [h["id"] for h in search(root, "dialectical").hits] == ["name", "desc"]


def test_store_is_idempotent_and_get_record_round_trips(tmp_path):
    data_dir = DataDir.at(tmp_path)
    records = demo_records()
    first = store(data_dir, records)
    assert (first.new, first.updated, first.indexed) == (len(records), 0, len(records))
    second = store(data_dir, records)
    assert (second.new, second.updated, second.unchanged) == (0, 0, len(records))
    stored = get_record(data_dir.index, records[0]["id"])
    # The index fills the county from the ZIP code when a source named none.
    assert {k: stored[k] for k in FIELD_NAMES} == {**records[0], "county": "Los Angeles"}
    assert "observations" not in stored  # they stay in the dataset file


def test_parallel_build_keeps_name_order_filters_and_lookups_across_shards(tmp_path):
    """GIVEN more records than one process builds (two shards)
    THEN filters, free text, name order and id lookups agree with a scan of the records."""
    from index.writer import PARALLEL_FROM

    base = demo_records()
    records = []
    for i in range(PARALLEL_FROM + 400):
        r = base[i % len(base)]
        records.append({**r, "id": f"{r['id']}-{i:05d}", "name": f"{r['name']} {i:05d}"})
    root = tmp_path / "index"
    assert build_index(root, records) == len(records)
    assert len(list(current_generation(root).glob("shard-*"))) == 2

    everything = search(root, None, limit=None, sort="name")
    assert [h["name"] for h in everything.hits] == sorted((r["name"] for r in records), key=str.casefold)

    wanted = {r["id"] for r in records if "medicaid" in r["insurance"] and "ptsd" in r["conditions"]}
    found = search(root, None, Filters(insurance=["medicaid"], conditions=["ptsd"]), limit=None)
    assert {h["id"] for h in found.hits} == wanted and found.total == len(wanted)

    last = max(records, key=lambda r: r["name"].casefold())
    assert get_record(root, last["id"]) == {**last, "county": "Los Angeles"}
    hits = search(root, last["name"].split()[-1], limit=5).hits  # the number is in the name only
    assert hits[0]["id"] == last["id"]
