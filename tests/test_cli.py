"""The `iop` command line through click's CliRunner, on the demo records."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from facility.datadir import DataDir
from facility.fields import FIELD_NAMES
from search_cli.app import cli

from .conftest import DEMO_URL


def iop(data_dir, *args, input=None):
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args], input=input, catch_exceptions=False)


def test_medi_cal_iop_search_returns_only_matching_facilities_and_export_writes_the_same(demo_data_dir, tmp_path):
    result = iop(demo_data_dir, "search", "--insurance", "Medi-Cal", "--level", "iop", "--format", "json",
                 "--limit", "10000")
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert len(hits) > 50
    assert all("medicaid" in h["insurance"] and "iop" in h["levels_of_care"] for h in hits)

    out = tmp_path / "medi-cal.csv"
    exported = iop(demo_data_dir, "export", "--insurance", "Medi-Cal", "--level", "iop", "-o", str(out))
    assert exported.exit_code == 0 and f"wrote {len(hits)} facilities" in exported.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {r["id"] for r in rows} == {h["id"] for h in hits}
    assert all("medicaid" in r["insurance"].split("; ") for r in rows)


def test_every_match_in_the_demo_is_found(demo_data_dir):
    """The filter must agree with a plain scan of the dataset, not just return plausible rows."""
    records = [json.loads(line) for line in DataDir.at(demo_data_dir).dataset.read_text().splitlines()]
    expected = {r["id"] for r in records if "ptsd" in r["conditions"] and "spanish" in r["languages"]
                and r["days_per_week_min"] is not None and r["days_per_week_min"] <= 3 <= r["days_per_week_max"]}
    result = iop(demo_data_dir, "search", "--condition", "PTSD", "--language", "Spanish", "--days", "3",
                 "--format", "jsonl", "--limit", "1000")
    assert {json.loads(line)["id"] for line in result.stdout.splitlines()} == expected
    assert expected


def test_labels_people_type_work_as_filter_values(demo_data_dir):
    by_code = iop(demo_data_dir, "search", "--insurance", "blue_shield", "--format", "jsonl", "--limit", "1000")
    by_label = iop(demo_data_dir, "search", "--insurance", "Blue Shield", "--format", "jsonl", "--limit", "1000")
    assert by_code.stdout == by_label.stdout and by_code.stdout
    dual = iop(demo_data_dir, "search", "--condition", "dual diagnosis", "--format", "jsonl", "--limit", "1000")
    assert all("co_occurring" in json.loads(line)["conditions"] for line in dual.stdout.splitlines())


def test_unknown_filter_value_is_a_usage_error_listing_valid_values(demo_data_dir):
    result = iop(demo_data_dir, "search", "--insurance", "Acme Health")
    assert result.exit_code == 2
    assert "Invalid value for '--insurance': unknown value 'Acme Health'; valid: medicaid (Medi-Cal)" in result.stderr
    assert "Traceback" not in result.output


def test_table_fits_100_columns_and_counts_go_to_stderr(demo_data_dir):
    result = iop(demo_data_dir, "search", "--city", "los angeles", "--limit", "30")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ID ") and len(lines) == 31
    assert max(len(line) for line in lines) <= 100
    assert result.stderr == "30 of 40 matching facilities; use --limit to see more\n"


def test_free_text_with_filters_and_name_sort(demo_data_dir):
    result = iop(demo_data_dir, "search", "dialectical", "--level", "php", "--sort", "name", "--format", "json")
    hits = json.loads(result.stdout)
    assert hits and all("php" in h["levels_of_care"] and "Dialectical" in h["description"] for h in hits)
    assert [h["name"].casefold() for h in hits] == sorted(h["name"].casefold() for h in hits)


def test_show_text_and_json(demo_data_dir):
    first = json.loads(iop(demo_data_dir, "search", "--format", "json", "--limit", "1").stdout)[0]
    text = iop(demo_data_dir, "show", first["id"]).stdout
    assert text.startswith(f"Name:              {first['name']}\n")
    assert f"Sources:\n  {DEMO_URL} (samhsa, fetched 2026-01-01T00:00:00Z)" in text
    assert json.loads(iop(demo_data_dir, "show", first["id"], "--format", "json").stdout) == first
    missing = iop(demo_data_dir, "show", "nosuchid")
    assert missing.exit_code == 1 and missing.stderr == "Error: no facility with id 'nosuchid'; `iop search` shows ids\n"


def test_csv_export_neutralizes_formulas_and_is_atomic(tmp_path):
    data = tmp_path / "data"
    hostile = {"name": "=1+2", "street": "@SUM(A1)", "city": "Pomona", "phone": "909-555-0100",
               "description": "-2+3 cmd", "sources": [{"url": "http://127.0.0.1/x", "spider": "t",
                                                       "fetched_at": "2026-01-01T00:00:00Z"}]}
    placed = {"name": "Harbor Clinic", "phone": "310-555-0101", "latitude": 33.9857784, "longitude": -118.4656239}
    lines = "".join(json.dumps(r) + "\n" for r in (hostile, placed))
    assert iop(data, "import", "-", input=lines).exit_code == 0
    out = tmp_path / "all.csv"
    iop(data, "export", "-o", str(out))
    rows = {r["phone"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    row = rows["'+19095550100"]
    assert (row["name"], row["street"], row["description"]) == ("'=1+2", "'@SUM(A1)", "'-2+3 cmd")
    assert row["latitude"] == ""
    # Numbers are written whole and never neutralized: a longitude is negative.
    assert (rows["'+13105550101"]["latitude"], rows["'+13105550101"]["longitude"]) == ("33.9857784", "-118.4656239")

    # A failed export is one line and leaves no file behind.
    (tmp_path / "a-file").write_text("")
    blocked = tmp_path / "a-file" / "x.csv"
    result = iop(data, "export", "-o", str(blocked))
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: cannot write {blocked}: ")
    assert len(result.stderr.splitlines()) == 1


def test_export_jsonl_then_import_round_trips_and_is_idempotent(data_copy, tmp_path):
    dump = tmp_path / "all.jsonl"
    iop(data_copy, "export", "--format", "jsonl", "-o", str(dump))
    lines = dump.read_text(encoding="utf-8").splitlines()
    fresh = tmp_path / "fresh"
    first = iop(fresh, "import", str(dump))
    assert f"read {len(lines)}, valid {len(lines)}, rejected 0, new {len(lines)}" in first.stderr
    again = iop(fresh, "import", str(dump))
    assert f"new 0, updated 0, unchanged {len(lines)}" in again.stderr
    dump2 = tmp_path / "again.jsonl"
    iop(fresh, "export", "--format", "jsonl", "-o", str(dump2))

    def facts(text):  # provenance tells where a copy came from; the facts and ids must survive
        return sorted(json.dumps({k: r[k] for k in FIELD_NAMES}) for r in map(json.loads, text.splitlines()))

    assert facts(dump2.read_text(encoding="utf-8")) == facts(dump.read_text(encoding="utf-8"))


def test_import_rejects_bad_lines_with_reasons(tmp_path):
    good = {"name": "Good Clinic", "phone": "310-555-0101", "insurance": ["Medi-Cal"]}
    text = "\n".join([json.dumps(good), "{not json", json.dumps({"name": "", "phone": "310-555-0102"}), "[1]"]) + "\n"
    result = iop(tmp_path, "import", "-", input=text)
    assert "read 4, valid 1, rejected 3, new 1" in result.stderr
    reasons = [json.loads(line)["reason"] for line in DataDir.at(tmp_path).rejects.read_text().splitlines()]
    assert reasons[0].startswith("line 2: not JSON") and reasons[1] == "name: name is empty"
    hit = json.loads(iop(tmp_path, "search", "--insurance", "medicaid", "--format", "json").stdout)
    assert [h["name"] for h in hit] == ["Good Clinic"] and hit[0]["sources"][0]["spider"] == "import"


def test_index_rebuild_and_stats(data_copy):
    stats = iop(data_copy, "index", "stats").stdout
    assert stats.startswith("facilities: 170 (")
    assert "Medi-Cal" in stats
    rebuilt = iop(data_copy, "index", "rebuild")
    assert rebuilt.exit_code == 0 and "indexed 170 facilities" in rebuilt.stderr
    assert iop(data_copy, "index", "stats").stdout == stats


def test_commands_without_an_index_say_what_to_do(tmp_path):
    for args in (["search", "x"], ["show", "abc"], ["index", "stats"], ["export", "-o", "-"]):
        result = iop(tmp_path / "empty", *args)
        assert result.exit_code == 1, args
        assert "run `iop crawl`, `iop demo` or `iop index rebuild` first" in result.stderr
    assert iop(tmp_path / "empty", "index", "rebuild").stderr.startswith("Error: no dataset in")


@pytest.mark.parametrize("command", ["search", "export", "show", "import", "crawl", "demo", "index", "index rebuild", "index stats"])
def test_every_command_has_help_with_a_summary(command):
    result = CliRunner().invoke(cli, [*command.split(), "--help"])
    assert result.exit_code == 0
    summary = result.output.split("\n\n")[1].strip()
    assert summary and not summary.startswith("Options")


def test_demo_and_real_records_never_mix(data_copy, tmp_path):
    """GIVEN a data dir holding the demo facilities (conftest marks their source as demo)
    WHEN real records are imported into it, or demo records into a real data dir
    THEN the command refuses with one line and the dataset is unchanged."""
    demo_record = json.loads(iop(data_copy, "search", "--format", "json", "--limit", "1").stdout)[0]
    real = {"name": "Real Clinic", "phone": "310-555-0100"}
    before = DataDir.at(data_copy).dataset.read_bytes()
    result = iop(data_copy, "import", "-", input=json.dumps(real) + "\n")
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {data_copy} holds the fictional demo facilities; demo and real data are "
                             f"never mixed: use another --data-dir, or delete {data_copy} first\n")
    assert DataDir.at(data_copy).dataset.read_bytes() == before

    real_dir = tmp_path / "real"
    assert iop(real_dir, "import", "-", input=json.dumps(real) + "\n").exit_code == 0
    refused = iop(real_dir, "import", "-", input=json.dumps(demo_record) + "\n")
    assert refused.exit_code == 1 and "holds real facilities" in refused.stderr


def test_a_search_that_finds_nothing_points_to_the_helplines(demo_data_dir):
    result = iop(demo_data_dir, "search", "zzzqqq", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert result.stderr == (
        "No facilities match. Try fewer filters or other words.\n"
        "SAMHSA National Helpline: 1-800-662-4357 (free, confidential, 24/7, English and Spanish).\n"
        "In crisis? Call or text 988.\n")
