"""Real crawls over HTTP on 127.0.0.1, as subprocesses of the installed console scripts."""

import json
import signal
import subprocess
import time

from crawler.locator import row_to_raw
from facility.datadir import DataDir

from .conftest import FAST, run_cmd, shared_rows


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_scrapy_crawl_survives_retries_failures_and_broken_pages(faulty_server, tmp_path):
    """GIVEN the recorded real page split into 5 pages of 7 rows, where page 2 answers 503
    with Retry-After once, page 3 always 500 and page 4 is broken JSON
    WHEN `scrapy crawl samhsa` runs against it
    THEN pages 1, 2 and 5 give validated records, and the failures are counted, not fatal."""
    rows = shared_rows("locator_v2_page1.json")
    server = faulty_server(rows, {2: ["503-retry-after", "ok"], 3: ["500"], 4: ["broken"]})
    out = tmp_path / "out.jsonl"
    result = run_cmd(["scrapy", "crawl", "samhsa", "-a", f"api_url={server.api_url}", "-a", "page_size=7",
                      "-O", str(out), *FAST, "-s", "RETRY_TIMES=2"], tmp_path / "data")
    assert result.returncode == 0, result.stderr[-2000:]
    records = read_jsonl(out)
    expected = {r["frid"] for r in rows[0:14] + rows[28:30]}
    assert len(records) == len(expected) == 16
    names = {r["name"] for r in records}
    assert "Region Ten Community Services Board - Mohr Center" in names
    for record in records:
        assert record["phone"].startswith("+1") and len(record["phone"]) == 12
        assert record["sources"][0]["spider"] == "samhsa"
        assert record["sources"][0]["url"].startswith(server.api_url)
        assert "english" in record["languages"]
    assert server.hits[2] == 2  # retried once, after waiting
    assert server.hits[3] == 3  # first try + RETRY_TIMES
    assert "retrying in 1.0 s" in result.stderr  # Retry-After honoured over the 0.05 s backoff
    assert "'samhsa/pages_failed': 1" in result.stderr
    assert "'samhsa/pages_broken': 1" in result.stderr
    assert "'samhsa/pages_ok': 3" in result.stderr


def test_timeouts_and_429_are_retried_and_a_lost_first_page_does_not_end_the_crawl(faulty_server, tmp_path):
    """Page 1 fails for good, page 2 times out once, page 3 is rate limited once; an
    oversized page and a redirect to another host are dropped, not followed."""
    rows = shared_rows("locator_v2_page1.json")
    server = faulty_server(rows, {1: ["500"], 2: ["slow", "ok"], 3: ["429", "ok"], 4: ["huge"],
                                  5: ["elsewhere"]}, page_size=6)
    out = tmp_path / "out.jsonl"
    result = run_cmd(["scrapy", "crawl", "samhsa", "-a", f"api_url={server.api_url}", "-a", "page_size=6",
                      "-O", str(out), *FAST, "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_TIMEOUT=1",
                      "-s", "DOWNLOAD_MAXSIZE=100000"], tmp_path / "data")
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(read_jsonl(out)) == 12  # pages 2 and 3 of 30 rows
    assert server.hits == {1: 2, 2: 2, 3: 2, 4: 1, 5: 1}
    assert "'samhsa/pages_failed': 2" in result.stderr  # pages 1 and 4 (too large)
    assert "'offsite/filtered': 1" in result.stderr  # page 5's redirect, not followed


def hostile_rows():
    base = shared_rows("locator_v2_page1.json")[:3]
    formula = dict(base[0], name1='=HYPERLINK("http://evil.test","Click")', name2="")
    escape = dict(base[1], name1="\x1b[2J\x1b]0;pwned\x07Sunset \x1b[31mClinic\x1b[0m", name2="")
    empty = dict(base[2], name1="  ", name2="")
    return [formula, escape, empty, "not a row"]


def test_iop_crawl_rejects_and_neutralizes_hostile_rows_then_recrawl_is_idempotent(faulty_server, tmp_path):
    data = tmp_path / "data"
    server = faulty_server(hostile_rows(), page_size=10)
    result = run_cmd(["iop", "crawl", "samhsa", "-a", f"api_url={server.api_url}", *FAST], data)
    assert result.returncode == 0, result.stderr
    assert "fetched 4, valid 2, rejected 2, new 2, updated 0, unchanged 0" in result.stderr

    rejects = read_jsonl(DataDir.at(data).rejects)
    reasons = sorted(r["reason"] for r in rejects)
    assert reasons[0] == "name: name is empty" and reasons[1].startswith("row is not an object")
    assert all(r["url"].startswith(server.api_url) for r in rejects)

    stored = {r["name"]: r for r in read_jsonl(DataDir.at(data).dataset)}
    assert "Sunset Clinic" in stored  # escape sequences stripped before storage

    csv_text = run_cmd(["iop", "export", "-o", "-"], data).stdout
    assert "'=HYPERLINK" in csv_text and "\n=HYPERLINK" not in csv_text and "\x1b" not in csv_text

    again = run_cmd(["iop", "crawl", "samhsa", "-a", f"api_url={server.api_url}", *FAST], data)
    assert "new 0, updated 0, unchanged 2" in again.stderr


def test_bad_spider_arguments_fail_before_any_request(tmp_path):
    result = run_cmd(["iop", "crawl", "samhsa", "-a", "page_size=0"], tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: samhsa: argument page_size='0': Input should be greater than or equal to 1")
    result = run_cmd(["iop", "crawl", "nosuch"], tmp_path / "data")
    assert "unknown spider 'nosuch'; available: directory, samhsa, sites" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_crawl_that_reads_nothing_changes_nothing(faulty_server, real_data):
    data_copy = real_data
    before = DataDir.at(data_copy).dataset.read_bytes()
    server = faulty_server([], {1: ["500"], 2: ["500"]})
    result = run_cmd(["iop", "crawl", "samhsa", "-a", f"api_url={server.api_url}", *FAST, "-s", "RETRY_TIMES=0"],
                     data_copy)
    assert result.returncode == 1
    assert "the crawl read nothing (2 pages failed, 0 broken)" in result.stderr
    assert DataDir.at(data_copy).dataset.read_bytes() == before


def test_a_crawl_killed_halfway_leaves_dataset_and_index_usable(faulty_server, real_data):
    data_copy = real_data
    before = DataDir.at(data_copy).dataset.read_bytes()
    server = faulty_server(shared_rows("locator_v2_page1.json"), {2: ["slow"]})
    import os

    from .conftest import BIN, REPO

    proc = subprocess.Popen(
        [str(BIN / "iop"), "crawl", "samhsa", "-a", f"api_url={server.api_url}", "-a", "page_size=7", *FAST],
        cwd=REPO, env={**os.environ, "IOP_DATA_DIR": str(data_copy)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 30
    while server.hits.get(2, 0) == 0 and time.time() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert server.hits.get(2) == 1
    assert DataDir.at(data_copy).dataset.read_bytes() == before
    result = run_cmd(["iop", "search", "--level", "iop", "--format", "jsonl"], data_copy)
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 12


def test_a_facility_gone_from_a_complete_recrawl_is_stale_hidden_and_shown_on_request(faulty_server, tmp_path):
    """GIVEN a crawl of 12 recorded rows, WHEN the locator stops listing one and a full
    recrawl runs, THEN that facility is kept but stale: hidden from search, listed with
    --include-stale, `show` says so. A recrawl that loses a page marks nothing more."""
    data = tmp_path / "data"
    rows = shared_rows("locator_v2_page1.json")[:12]
    server = faulty_server(rows, page_size=6)
    crawl = ["iop", "crawl", "samhsa", "-a", f"api_url={server.api_url}", "-a", "page_size=6", *FAST,
             "-s", "RETRY_TIMES=0"]
    first = run_cmd(crawl, data)
    total = len(read_jsonl(DataDir.at(data).dataset))
    assert f"new {total}, updated 0, unchanged 0, stale 0" in first.stderr
    gone_name = row_to_raw(rows[-1], server.api_url, "2026-01-01T00:00:00Z")[0]["name"]

    server.rows = rows[:-1]
    second = run_cmd(crawl, data)
    assert "stale 1" in second.stderr, second.stderr
    listed = run_cmd(["iop", "search", "--format", "json", "--limit", "100"], data)
    assert gone_name not in {r["name"] for r in json.loads(listed.stdout)}
    everything = json.loads(run_cmd(["iop", "search", "--format", "json", "--limit", "100", "--include-stale"],
                                    data).stdout)
    [stale] = [r for r in everything if r["stale"]]
    assert stale["name"] == gone_name and len(everything) == total
    shown = run_cmd(["iop", "show", stale["id"]], data).stdout
    assert "STALE: no source lists it any more" in shown and "missing since" in shown
    exported = run_cmd(["iop", "export", "-o", "-"], data).stdout
    assert gone_name not in exported and len(exported.splitlines()) == total  # header + current ones
    assert "1 stale)" in run_cmd(["iop", "index", "stats"], data).stdout

    server.faults = {2: ["500"]}  # page 2's five facilities unseen, but the crawl was not whole
    partial = run_cmd(crawl, data)
    assert "stale 1" in partial.stderr, "a crawl that lost a page proves nothing gone"


def test_two_crawls_at_once_one_fails_at_once_and_the_other_completes(faulty_server, tmp_path):
    import os

    from .conftest import BIN, REPO

    data = tmp_path / "data"
    server = faulty_server(shared_rows("locator_v2_page1.json"), {2: ["slow"]})
    first = subprocess.Popen(
        [str(BIN / "iop"), "crawl", "samhsa", "-a", f"api_url={server.api_url}", "-a", "page_size=7", *FAST],
        cwd=REPO, env={**os.environ, "IOP_DATA_DIR": str(data)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.time() + 30
    while server.hits.get(2, 0) == 0 and time.time() < deadline:
        time.sleep(0.05)
    second = run_cmd(["iop", "crawl", "samhsa", "-a", f"api_url={server.api_url}", *FAST], data)
    assert second.returncode == 1
    assert second.stderr.strip().splitlines()[-1] == (
        f"Error: another iop command is writing to {data}; wait for it to finish and try again")
    _, err = first.communicate(timeout=60)
    assert first.returncode == 0 and "fetched 30, valid 30, rejected 0" in err
    result = run_cmd(["iop", "search", "--limit", "100", "--format", "jsonl"], data)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == len(read_jsonl(DataDir.at(data).dataset)) > 20


def test_scrapy_list_from_the_repo_root(tmp_path):
    result = run_cmd(["scrapy", "list"], tmp_path)
    assert result.returncode == 0 and result.stdout.split() == ["directory", "samhsa", "sites"]


def test_a_real_crawl_into_demo_data_is_refused_before_any_request(faulty_server, data_copy):
    server = faulty_server(shared_rows("locator_v2_page1.json"))
    result = run_cmd(["iop", "crawl", "samhsa", "-a", f"api_url={server.api_url}", *FAST], data_copy)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {data_copy} holds the fictional demo facilities; demo and real data are never mixed: "
        f"use another --data-dir, or delete {data_copy} first")
    assert server.hits == {}
