"""The `sites` spider over fictional facility sites served on 127.0.0.1 (tests/sites/)."""

import json

from .conftest import FAST, run_cmd


def test_sites_spider_reads_one_record_per_site(site_servers, tmp_path):
    """GIVEN two fictional sites (JSON-LD and several pages; og:site_name, a definition list,
    a table and an <address>) and a "site" that is only a PDF
    WHEN `scrapy crawl sites` reads them
    THEN each HTML site gives one validated record with the facts its pages state, and
    refusals, comparisons, calendars, PDFs and other hosts are not taken for facts."""
    urls = ",".join([site_servers["harbor"], site_servers["sunrise"], site_servers["otrolado"],
                     site_servers["pdfonly"] + "brochure.pdf"])
    out = tmp_path / "out.jsonl"
    result = run_cmd(["scrapy", "crawl", "sites", "-a", f"urls={urls}", "-O", str(out), *FAST], tmp_path / "data")
    assert result.returncode == 0, result.stderr[-3000:]
    records = {r["name"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(records) == {"Harbor Light Recovery", "Sunrise Women's IOP", "Centro Otro Lado"}
    # A page in another language with broken markup: a record of what it says, no invented facts.
    other = records["Centro Otro Lado"]
    assert other["phone"] == "+13235550190"
    assert all(not other[f] for f in ("insurance", "conditions", "populations", "levels_of_care", "languages"))
    assert other["days_per_week_min"] is None and other["cost_period"] is None

    harbor = records["Harbor Light Recovery"]
    assert (harbor["street"], harbor["city"], harbor["zip"], harbor["phone"]) == (
        "14500 Victory Blvd, Suite 210", "Van Nuys", "91411", "+18185550142")
    assert harbor["levels_of_care"] == ["iop"]  # "unlike inpatient or residential care" is a comparison
    assert (harbor["days_per_week_min"], harbor["days_per_week_max"]) == (3, 5)
    assert (harbor["hours_per_session_min"], harbor["hours_per_session_max"]) == (3.5, 3.5)
    assert (harbor["program_weeks_min"], harbor["program_weeks_max"]) == (6, 12)
    assert (harbor["cost_min_usd"], harbor["cost_max_usd"], harbor["cost_period"]) == (450, 450, "week")
    assert harbor["insurance"] == ["private_insurance", "self_pay", "payment_assistance", "aetna", "blue_shield", "cigna"]
    assert "eating_disorders" not in harbor["conditions"]
    assert {"co_occurring", "ptsd", "alcohol_use", "opioid_use"} <= set(harbor["conditions"])
    assert sorted(s["url"].rsplit("/", 1)[-1] for s in harbor["sources"]) == ["", "insurance.html", "program.html"]

    sunrise = records["Sunrise Women's IOP"]
    assert (sunrise["street"], sunrise["city"], sunrise["zip"], sunrise["phone"]) == (
        "820 E Colorado Blvd", "Pasadena", "91101", "+16265550177")
    assert sunrise["populations"] == ["women", "adults"]
    assert sunrise["conditions"] == ["anxiety", "depression", "ptsd"]
    assert sunrise["languages"] == ["english", "spanish"]
    assert sunrise["insurance"] == ["medicaid", "sliding_scale"]
    assert (sunrise["days_per_week_min"], sunrise["days_per_week_max"]) == (4, 4)  # not the office's Mon-Fri
    assert (sunrise["hours_per_session_min"], sunrise["hours_per_session_max"]) == (3.0, 3.0)
    assert (sunrise["program_weeks_min"], sunrise["program_weeks_max"]) == (10, 12)
    assert "'sites/pages_skipped_not_html': 1" in result.stderr


def test_bad_urls_argument_fails_before_any_request(tmp_path):
    result = run_cmd(["iop", "crawl", "sites", "-a", "urls=ftp://example.invalid/"], tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: sites: argument urls='ftp://example.invalid/': 'ftp://example.invalid/' is not an http(s) URL")


def test_iop_crawl_sites_then_search(site_servers, tmp_path):
    data = tmp_path / "data"
    urls = ",".join([site_servers["harbor"], site_servers["sunrise"], site_servers["pdfonly"] + "brochure.pdf"])
    result = run_cmd(["iop", "crawl", "sites", "-a", f"urls={urls}", *FAST], data)
    assert result.returncode == 0, result.stderr
    assert "fetched 2, valid 2, rejected 0, new 2, updated 0, unchanged 0" in result.stderr
    assert "pages: 7 read, 0 failed, 0 broken, 1 skipped" in result.stderr  # 3 + 4 pages, 1 PDF
    found = run_cmd(["iop", "search", "--insurance", "Blue Shield", "--days", "4", "--format", "json"], data)
    assert [h["name"] for h in json.loads(found.stdout)] == ["Harbor Light Recovery"]
    refused = run_cmd(["iop", "search", "--insurance", "Medi-Cal", "--format", "json"], data)
    assert [h["name"] for h in json.loads(refused.stdout)] == ["Sunrise Women's IOP"]
