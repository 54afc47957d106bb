"""The `directory` spider over the bundled demo directory, served on 127.0.0.1."""

import json
import shutil
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from crawler.demo_server import FilesServer

from .conftest import FAST, run_cmd


def test_directory_follows_pagination_to_every_detail_page(tmp_path):
    folder = Path(str(resources.files("facility") / "demo_data" / "directory"))
    out = tmp_path / "out.jsonl"
    with FilesServer(folder, "/dir/") as server:
        result = run_cmd(["scrapy", "crawl", "directory", "-a", f"start_url={server.base_url}listing/page-1.html",
                          "-O", str(out), *FAST], tmp_path / "data")
    assert result.returncode == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 64 == len({r["id"] for r in records})
    assert "'directory/pages_ok': 68" in result.stderr  # 4 listing pages + 64 details
    for record in records:
        assert record["website"] is None or record["website"].endswith(".example/")
        assert record["phone"].startswith("+1") and record["street"] and record["zip"]
        assert not record["name"].endswith("Directory")
        assert record["sources"][0]["url"].startswith(server.base_url + "facility/")
    assert sum(1 for r in records if r["insurance"]) > 40


def test_unknown_layout_is_refused(tmp_path):
    result = run_cmd(["iop", "crawl", "directory", "-a", "start_url=http://127.0.0.1:9/", "-a", "layout=nope"],
                     tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: directory: argument layout='nope': unknown layout; known: generic")


@contextmanager
def _crawled_copy(tmp_path):
    """A copy of the demo directory served on 127.0.0.1 and crawled whole once into
    tmp_path/data; yields the copy's folder and the crawl command, to change the copy and
    crawl again."""
    folder = tmp_path / "directory"
    shutil.copytree(Path(str(resources.files("facility") / "demo_data" / "directory")), folder)
    with FilesServer(folder, "/dir/", port=0) as server:
        crawl = ["iop", "crawl", "directory", "-a", f"start_url={server.base_url}listing/page-1.html", *FAST,
                 "-s", "RETRY_TIMES=0"]
        assert "new 64, updated 0, unchanged 0, stale 0" in run_cmd(crawl, tmp_path / "data").stderr
        yield folder, crawl


def test_a_listing_removed_from_the_directory_goes_stale_after_a_whole_recrawl(tmp_path):
    """The directory's listing page drops one entry; a recrawl that read every page marks
    that facility stale; one whose detail page fails marks nothing."""
    data = tmp_path / "data"
    with _crawled_copy(tmp_path) as (folder, crawl):
        page = folder / "listing" / "page-4.html"
        first, *_ = [line for line in page.read_text().split("<li") if "listing-link" in line]
        page.write_text(page.read_text().replace("<li" + first, "", 1))
        assert "stale 1" in run_cmd(crawl, data).stderr
        detail = sorted((folder / "facility").glob("*.html"))[0]
        detail.unlink()
        assert "stale 1" in run_cmd(crawl, data).stderr, "a failed detail page makes the crawl partial"


def test_an_oversized_detail_page_and_a_looping_next_link_cost_bounded_work(tmp_path):
    """One detail page grows to 2.5 MB and the last listing page's "next" leads back to the
    first: the crawl still ends, every other listing becomes a record, and the big page is
    counted as failed."""
    import shutil

    folder = tmp_path / "directory"
    shutil.copytree(Path(str(resources.files("facility") / "demo_data" / "directory")), folder)
    detail = sorted((folder / "facility").glob("*.html"))[0]
    detail.write_text("<html><body>" + "<p>Intensive outpatient program</p>" * 80_000 + "</body></html>")
    last = folder / "listing" / "page-4.html"
    last.write_text(last.read_text().replace("</body>", "<a rel='next' href='page-1.html'>Next</a></body>"))
    out = tmp_path / "out.jsonl"
    with FilesServer(folder, "/dir/", port=0) as server:
        result = run_cmd(["scrapy", "crawl", "directory", "-a", f"start_url={server.base_url}listing/page-1.html",
                          "-O", str(out), *FAST, "-s", "RETRY_TIMES=0"], tmp_path / "data", timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(out.read_text().splitlines()) == 63
    assert "'directory/pages_failed': 1" in result.stderr
    assert "'directory/pages_ok': 67" in result.stderr  # 4 listing pages (page 1 once) + 63 details


def test_a_listing_the_model_rejects_is_not_taken_for_gone(tmp_path):
    """A detail page that still answers but now yields a record the model rejects (its name is
    gone) is counted as rejected, and its facility is neither updated nor marked stale."""
    import re

    data = tmp_path / "data"
    with _crawled_copy(tmp_path) as (folder, crawl):
        detail = sorted((folder / "facility").glob("*.html"))[0]
        page = detail.read_text()
        name = re.search(r'<h1 class="facility-name">([^<]+)</h1>', page).group(1)
        page = page.replace(f">{name}</h1>", "></h1>").replace(f"<title>{name} ", "<title>")
        detail.write_text(page)
        result = run_cmd(crawl, data)
    assert "rejected 1" in result.stderr and "stale 0" in result.stderr, result.stderr[-1500:]
    shown = run_cmd(["iop", "search", name, "--format", "json"], data)
    assert name in shown.stdout
    assert "name is empty" in (data / "rejects.jsonl").read_text()
