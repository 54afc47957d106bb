"""The `sites` spider over fictional facility sites served on 127.0.0.1 (tests/sites/)."""

import json
from urllib.parse import parse_qs, urlsplit

from crawler.demo_server import BackgroundServer, QuietHandler

from .conftest import FAST, run_cmd, week_and_session


def test_sites_spider_reads_one_record_per_site(site_servers, tmp_path):
    """GIVEN two fictional sites (JSON-LD and several pages; og:site_name, a definition list,
    a table and an <address>) and a "site" that is only a PDF
    WHEN `scrapy crawl sites` reads them
    THEN each HTML site gives one validated record with the facts its pages state, and
    refusals, comparisons, calendars, PDFs, other hosts and page chrome are not taken for facts."""
    urls = ",".join([site_servers["harbor"], site_servers["sunrise"], site_servers["otrolado"],
                     site_servers["cedar"], site_servers["pdfonly"] + "brochure.pdf"])
    out = tmp_path / "out.jsonl"
    result = run_cmd(["scrapy", "crawl", "sites", "-a", f"urls={urls}", "-O", str(out), *FAST], tmp_path / "data")
    assert result.returncode == 0, result.stderr[-3000:]
    records = {r["name"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(records) == {"Harbor Light Recovery", "Sunrise Women's IOP", "Centro Otro Lado", "Cedar Grove Counseling"}
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

    # The office's "Monday – Saturday" repeated under every page and a sidebar's weekday yoga are
    # chrome: the week and the session are the program page's.
    cedar = records["Cedar Grove Counseling"]
    assert week_and_session(cedar) == (3, 3, 3.0, 3.0)
    assert (cedar["program_weeks_min"], cedar["program_weeks_max"]) == (8, 10)
    assert len(cedar["sources"]) == 3


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


def test_a_site_that_says_nothing_of_treatment_is_rejected_not_listed(site_servers, tmp_path):
    """GIVEN a parked domain (a title, a "for sale" notice, no word of care) beside a real site
    WHEN `iop crawl sites` reads both
    THEN the parked one is rejected with its reason and counted, and only the real one is searchable:
    a page with a title is not a facility by that alone."""
    data = tmp_path / "data"
    urls = f"{site_servers['parked']},{site_servers['harbor']}"
    result = run_cmd(["iop", "crawl", "sites", "-a", f"urls={urls}", *FAST], data)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "fetched 2, valid 1, rejected 1, new 1" in result.stderr, result.stderr[-1500:]
    rejects = [json.loads(line) for line in (data / "rejects.jsonl").read_text().splitlines()]
    assert [r["reason"] for r in rejects] == ["site states nothing about treatment"]
    found = run_cmd(["iop", "search", "--format", "json"], data)
    assert [h["name"] for h in json.loads(found.stdout)] == ["Harbor Light Recovery"]


def test_a_site_that_answers_but_reads_as_no_record_is_not_taken_for_gone(tmp_path):
    """GIVEN two sites crawled once
    WHEN one of them still answers but its pages now name no facility (the record is rejected),
    and later stops answering at all
    THEN the reject is counted, and neither crawl marks its facility stale: only a site whose
    home page was read and gave a valid record of someone else could show that."""
    import shutil

    from crawler.demo_server import FilesServer

    from .conftest import SITES

    for name in ("harbor", "sunrise"):
        shutil.copytree(SITES / name, tmp_path / name)
    data = tmp_path / "data"
    with FilesServer(tmp_path / "sunrise", port=0) as sunrise:
        with FilesServer(tmp_path / "harbor", port=0) as harbor:
            crawl = ["iop", "crawl", "sites", "-a", f"urls={harbor.base_url},{sunrise.base_url}", *FAST,
                     "-s", "RETRY_TIMES=0"]
            assert "new 2, updated 0, unchanged 0, stale 0" in run_cmd(crawl, data).stderr
            for page in (tmp_path / "harbor").glob("*.html"):
                page.unlink()
            (tmp_path / "harbor" / "index.html").write_text(
                "<html><body><p>An intensive outpatient program.</p></body></html>")
            unreadable = run_cmd(crawl, data).stderr
            assert "rejected 1" in unreadable and "stale 0" in unreadable, unreadable[-1500:]
            assert "name is empty" in (data / "rejects.jsonl").read_text()
        gone = run_cmd(crawl, data).stderr  # nothing answers on harbor's port any more
        assert "stale 0" in gone and "1 failed" in gone, gone[-1500:]
    found = run_cmd(["iop", "search", "--format", "json"], data)
    assert sorted(h["name"] for h in json.loads(found.stdout)) == ["Harbor Light Recovery", "Sunrise Women's IOP"]


class _HostileSite(QuietHandler):
    """A fictional site built to waste a crawler's time: an endless calendar by path and by
    query, a page of 2.5 MB, a redirect to another host, a binary FAQ, and a program page
    named only by its query string, each linking on to one more. Every path asked is kept
    in `server.hits`."""

    @staticmethod
    def page(title: str, body: str, links: list[tuple[str, str]]) -> bytes:
        anchors = " ".join(f"<a href='{href}'>{text}</a>" for href, text in links)
        return f"<html><head><title>{title}</title></head><body>{body}<nav>{anchors}</nav></body></html>".encode()

    def send(self, body: bytes, kind: str = "text/html", status: int = 200, headers: dict | None = None):
        self.send_body(status, body, kind, headers)

    def do_GET(self):
        self.server.hits.append(self.path)
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        page = self.page
        if parts.path == "/" and "page_id" in query:
            n = int(query["page_id"][0])
            return self.send(page("Tanager IOP", "<p>We accept Medi-Cal.</p>" if n == 7 else "<p>More.</p>",
                                  [(f"/?page_id={n + 1}", "More about our IOP program")]))
        if parts.path == "/":
            return self.send(page("Tanager IOP", "<p>An intensive outpatient program in Whittier.</p>", [
                ("/program", "Our IOP program"), ("/schedule", "IOP schedule"), ("/insurance", "Insurance"),
                ("/calendar/1", "Program calendar"), ("/events?month=2027-01", "Program events"),
                ("/faq", "FAQ"), *((f"/?page_id={n}", "Intensive outpatient program") for n in (7, 8, 9, 10))]))
        if parts.path == "/program":
            return self.send(page("Program | Tanager IOP", "<p>Our IOP meets 3 days a week.</p>", []))
        if parts.path == "/schedule":
            return self.send(b"<html><body>" + b"<p>IOP schedule</p>" * 150_000 + b"</body></html>")
        if parts.path == "/insurance":
            port = self.server.server_address[1]
            return self.send(b"", status=302, headers={"Location": f"http://localhost:{port}/insurance"})
        if parts.path.startswith("/calendar/"):
            n = int(parts.path.rsplit("/", 1)[1])
            return self.send(page("Calendar", "<p>No events.</p>", [(f"/calendar/{n + 1}", "Program calendar")]))
        if parts.path == "/events":
            return self.send(page("Events", "", [("/events?month=2027-02", "Program events")]))
        if parts.path == "/faq":
            return self.send(b"\x00\x01binary", kind="application/octet-stream")
        return self.send(b"not found", kind="text/plain", status=404)


def test_a_hostile_site_costs_bounded_work_and_is_counted(tmp_path):
    """GIVEN a site of traps WHEN `iop crawl sites` reads it THEN it ends, reads a bounded
    number of pages, keeps the facts of the pages it could read, and the summary counts the
    oversized page and the off-host redirect as failed and the binary page as skipped."""
    with BackgroundServer(_HostileSite) as server:
        server.hits = []
        data = tmp_path / "data"
        result = run_cmd(["iop", "crawl", "sites", "-a", f"urls={server.origin}/", *FAST, "-s", "RETRY_TIMES=0"],
                         data, timeout=60)
    hits = server.hits
    assert result.returncode == 0, result.stderr[-3000:]
    assert "fetched 1, valid 1" in result.stderr
    assert "pages: 7 read, 2 failed, 0 broken, 1 skipped" in result.stderr
    assert not any(h.startswith("/events") for h in hits), "calendar queries are never requested"
    assert len([h for h in hits if "page_id" in h]) == 3, "one page shape is read at most three times"
    assert len([h for h in hits if h.startswith("/calendar/")]) <= 2, "the path calendar stops at the depth bound"
    assert len(hits) <= 15 + 1
    shown = run_cmd(["iop", "search", "--insurance", "Medi-Cal", "--days", "3", "--format", "json"], data)
    [record] = json.loads(shown.stdout)
    assert record["name"] == "Tanager IOP"
    assert not any(s["url"].endswith(("/schedule", "/faq", "/insurance")) for s in record["sources"])
