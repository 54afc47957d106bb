"""The `directory` spider over the bundled demo directory, served on 127.0.0.1."""

import json
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
