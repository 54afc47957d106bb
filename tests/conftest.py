"""Shared fixtures: recorded real locator data, loopback servers, subprocess crawls, data dirs.

Crawls run as subprocesses: Twisted's reactor cannot restart inside one test process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.demo_server import LocatorHandler, LocatorServer

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data" / "samhsa"
BIN = Path(sys.executable).parent


def shared_file(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.fail(f"recorded data {path} is missing: ../shared must sit beside the checkout")
    return path


def shared_rows(name: str) -> list[dict]:
    return json.loads(shared_file(name).read_text(encoding="utf-8"))["rows"]


class FaultyLocatorHandler(LocatorHandler):
    """Pages answer according to `server.faults[page]`, a list consumed one request at a time:
    "ok", "503-retry-after", "429", "500", "broken", "huge", "elsewhere", "slow".
    An empty list means "ok"."""

    def send_page(self, page: int, size: int) -> None:
        server = self.server
        with server.lock:
            server.hits[page] = server.hits.get(page, 0) + 1
            plan = server.faults.get(page, [])
            fault = plan.pop(0) if len(plan) > 1 else (plan[0] if plan else "ok")
        if fault == "503-retry-after":
            return self.send_body(503, b"busy", "text/plain", {"Retry-After": "1"})
        if fault == "429":
            return self.send_body(429, b"slow down", "text/plain", {"Retry-After": "1"})
        if fault == "500":
            return self.send_body(500, b"oops", "text/plain")
        if fault == "broken":
            return self.send_body(200, b'{"page": 4, "rows": [{"frid": "x", ', "application/json")
        if fault == "huge":
            return self.send_body(200, b" " * 200_000, "application/json")
        if fault == "elsewhere":
            return self.send_body(302, b"", "text/plain", {"Location": "http://localhost.invalid/steal"})
        if fault == "slow":
            time.sleep(3)
        return super().send_page(page, size)


@pytest.fixture
def faulty_server():
    def make(rows, faults=None, page_size=7):
        import threading

        server = LocatorServer(rows, page_size=page_size, handler=FaultyLocatorHandler)
        server.faults = {page: list(plan) for page, plan in (faults or {}).items()}
        server.hits = {}
        server.lock = threading.Lock()
        servers.append(server.__enter__())
        return server

    servers: list[LocatorServer] = []
    yield make
    for server in servers:
        server.__exit__(None, None, None)


def run_cmd(args: list[str], data_dir: Path, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """Run an installed console script (scrapy or iop) from the repo root with its own data dir."""
    env = {**os.environ, "IOP_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
    env.pop("IOP_DEBUG", None)
    exe = shutil.which(args[0], path=str(BIN)) or args[0]
    return subprocess.run([exe, *args[1:]], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout, **kw)


FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "RETRY_BACKOFF_BASE=0.05"]


def week_and_session(record: dict) -> tuple:
    """A record's days per week and hours per session, fewest and most of each."""
    return tuple(record[f"{field}_{end}"] for field in ("days_per_week", "hours_per_session") for end in ("min", "max"))


DEMO_URL = "http://127.0.0.1:1/iop-demo-snapshot/locator/exportsAsJson/v2?page=1"


def demo_records() -> list[dict]:
    """The demo snapshot read through the real row mapping and model, without a crawl."""
    from crawler.locator import row_to_raw
    from crawler.run import demo_rows
    from facility.model import validate_record

    return [
        validate_record(row_to_raw(row, DEMO_URL, "2026-01-01T00:00:00Z")[0]).model_dump(mode="json")
        for row in demo_rows()
    ]


@pytest.fixture(scope="session")
def demo_data_dir(tmp_path_factory) -> Path:
    """A data dir holding the demo records' dataset and index (built once per session)."""
    from facility import dataset
    from facility.datadir import DataDir
    from facility.ingest import store

    root = tmp_path_factory.mktemp("demo-data")
    data_dir = DataDir.at(root)
    with dataset.write_lock(data_dir):
        store(data_dir, demo_records())
    return root


@pytest.fixture
def data_copy(demo_data_dir, tmp_path) -> Path:
    """A private copy of the demo data dir for tests that write."""
    target = tmp_path / "data"
    shutil.copytree(demo_data_dir, target)
    return target


@pytest.fixture
def real_data(tmp_path) -> Path:
    """A data dir holding the recorded real Los Angeles rows (not demo data)."""
    from crawler.locator import row_to_raw
    from facility import dataset
    from facility.datadir import DataDir
    from facility.ingest import store
    from facility.model import validate_record

    url = "http://127.0.0.1:1/locator/exportsAsJson/v2?page=1"
    records = [validate_record(row_to_raw(row, url, "2026-01-01T00:00:00Z")[0]).model_dump(mode="json")
               for row in shared_rows("la_v2_reencoded.json")]
    data_dir = DataDir.at(tmp_path / "real-data")
    with dataset.write_lock(data_dir):
        store(data_dir, records)
    return data_dir.root


SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture
def site_servers():
    """Serve folders of tests/sites, each on its own 127.0.0.1 port; yields name -> base URL."""
    from contextlib import ExitStack

    from crawler.demo_server import FilesServer

    with ExitStack() as stack:
        servers = {folder.name: stack.enter_context(FilesServer(folder))
                   for folder in sorted(p for p in SITES.iterdir() if p.is_dir())}
        yield {name: server.base_url for name, server in servers.items()}
