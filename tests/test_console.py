"""The installed `iop` console script as a real subprocess: the README's first commands."""

import json
import subprocess
import sys

from facility.datadir import DataDir

from .conftest import REPO, run_cmd


def test_iop_demo_then_search_and_export_from_an_empty_data_dir(tmp_path):
    data = tmp_path / "data"
    demo = run_cmd(["iop", "demo"], data)
    assert demo.returncode == 0, demo.stderr
    # 170 locator rows, 32 websites and 64 directory listings, all of facilities in the locator
    assert "fetched 266, valid 266, rejected 0, new 170, updated 0, unchanged 0, stale 0" in demo.stderr
    assert "pages: 147 read, 0 failed, 0 broken, 0 skipped" in demo.stderr
    assert demo.stdout.count("$ iop search") == 5 and demo.stdout.count("\nID ") == 5

    records = [json.loads(line) for line in DataDir.at(data).dataset.read_text().splitlines()]
    assert len(records) == 170
    assert all("/iop-demo-snapshot/" in s["url"] for r in records for s in r["sources"])
    spiders = [{s["spider"] for s in r["sources"]} for r in records]
    assert sum(1 for found in spiders if found == {"samhsa", "sites", "directory"}) >= 10
    assert all(r["description"].startswith("Fictional facility written for the iop demo") for r in records)
    # Sources spell names their own way ("..., Inc.", "The ...s"); merged all the same.
    spellings = [{o["record"]["name"] for o in r["observations"]} for r in records]
    assert sum(1 for names in spellings if len(names) > 1) >= 10

    again = run_cmd(["iop", "demo"], data)
    assert "new 0, updated 0, unchanged 170, stale 0" in again.stderr, "a recrawl changes nothing"

    found = run_cmd(["iop", "search", "--insurance", "Medi-Cal", "--level", "iop", "--format", "json",
                     "--limit", "1000"], data)
    hits = json.loads(found.stdout)
    expected = {r["id"] for r in records if "medicaid" in r["insurance"] and "iop" in r["levels_of_care"]}
    assert {h["id"] for h in hits} == expected

    exported = run_cmd(["iop", "export", "--insurance", "Medi-Cal", "--level", "iop", "--format", "jsonl",
                        "-o", "-"], data)
    assert {json.loads(line)["id"] for line in exported.stdout.splitlines()} == expected


def test_usage_errors_exit_2_without_traceback(tmp_path):
    result = run_cmd(["iop", "search", "--days", "9"], tmp_path)
    assert result.returncode == 2
    assert "Invalid value for '--days': 9 is not in the range 1<=x<=7" in result.stderr
    assert "Traceback" not in result.stderr


def test_search_does_not_import_scrapy_or_pydantic(demo_data_dir):
    code = (
        "import sys; from search_cli.app import cli\n"
        "try:\n"
        f"    cli.main(['--data-dir', {str(demo_data_dir)!r}, 'search', 'therapy', '--insurance', 'Medi-Cal',"
        " '--near', '90066'], standalone_mode=False)\n"
        "finally:\n"
        "    print(sorted(m for m in ('scrapy', 'twisted', 'pydantic', 'zipcodes') if m in sys.modules),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"
    assert result.stdout.startswith("ID ")
