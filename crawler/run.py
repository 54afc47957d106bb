"""Running spiders in-process for `iop crawl`: crawl, then merge into the dataset and reindex."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from facility import dataset
from facility.datadir import DataDir
from facility.ingest import DEMO_MARK, IngestCounts, refuse_mixing, store
from facility.observations import observation_key
from facility.reconcile import CrawlScope

DEMO_PATH = DEMO_MARK.rstrip("/") + "/locator/exportsAsJson/v2"
# The demo's servers take these ports when free: a site is its host and port, so the same
# ports make a second `iop demo` see the same sources (and change nothing).
DEMO_PORT = 48600
# Loopback servers answer at once: no delay, no throttle.
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 16}


@dataclass
class CrawlSummary(IngestCounts):
    fetched: int = 0
    valid: int = 0
    rejected: int = 0
    pages_ok: int = 0
    pages_failed: int = 0
    pages_broken: int = 0
    pages_skipped: int = 0
    unmapped_services: int = 0

    def lines(self) -> list[str]:
        return [
            f"fetched {self.fetched}, valid {self.valid}, rejected {self.rejected}, "
            f"new {self.new}, updated {self.updated}, unchanged {self.unchanged}, stale {self.stale}",
            f"pages: {self.pages_ok} read, {self.pages_failed} failed, {self.pages_broken} broken, "
            f"{self.pages_skipped} skipped; "
            f"{self.unmapped_services} unmapped service strings; {self.indexed} facilities indexed",
        ]


class CrawlError(Exception):
    """A crawl that could not start or read nothing; the dataset was left as it was."""


def _settings(overrides: dict[str, Any]):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.update(overrides, priority="cmdline")
    return settings


def check_spider_args(name: str, kwargs: dict[str, str]) -> None:
    """Fail before any request when a spider or one of its arguments is wrong."""
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader.from_settings(_settings({}))
    if name not in loader.list():
        raise CrawlError(f"unknown spider '{name}'; available: {', '.join(sorted(loader.list()))}")
    spider_cls = loader.load(name)
    try:
        spider_cls(**kwargs)
    except (ValueError, TypeError) as exc:
        raise CrawlError(str(exc)) from None


def run_crawl(
    jobs: list[tuple[str, dict[str, str]]],
    data_dir: DataDir,
    settings: dict[str, Any] | None = None,
    on_item: Callable[[int], None] | None = None,
    on_index: Callable[[Any], Any] | None = None,
    demo: bool = False,
) -> CrawlSummary:
    """Run each (spider, arguments) job, then fold the valid records into the dataset.

    The dataset and index are only replaced after every spider has finished, and each is
    replaced atomically; a crawl that dies halfway leaves both as they were.
    """
    for name, kwargs in jobs:
        check_spider_args(name, kwargs)
    with dataset.write_lock(data_dir):
        # Checked again when storing; here it saves a long crawl that could not be kept.
        existing = dataset.load(data_dir.dataset)
        refuse_mixing(data_dir, existing, {demo})
        items, stats, scope = _crawl(jobs, data_dir, settings or {}, on_item)
        summary = CrawlSummary()
        for spider_stats in stats:
            summary.fetched += spider_stats.get("iop/fetched", 0)
            summary.valid += spider_stats.get("iop/valid", 0)
            summary.rejected += spider_stats.get("iop/rejected", 0)
            # A redirect off the allowed host is dropped by Scrapy without an errback.
            summary.pages_failed += spider_stats.get("offsite/filtered", 0)
            for key, value in spider_stats.items():
                kind = key.rpartition("/")[2]
                if kind == "pages_ok":
                    summary.pages_ok += value
                elif kind == "pages_failed":
                    summary.pages_failed += value
                elif kind == "pages_broken":
                    summary.pages_broken += value
                elif kind.startswith("pages_skipped"):
                    summary.pages_skipped += value
            summary.unmapped_services += spider_stats.get("samhsa/unmapped_services", 0)
        if not items and summary.pages_ok == 0:
            raise CrawlError(
                f"the crawl read nothing ({summary.pages_failed} pages failed, "
                f"{summary.pages_broken} broken); the dataset in {data_dir.root} is unchanged"
            )
        store(data_dir, items, on_index, existing=existing, counts=summary, crawl=scope)
    return summary


def _crawl(jobs, data_dir: DataDir, overrides: dict[str, Any], on_item):
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    settings = _settings({"LOG_LEVEL": "ERROR", **overrides, "IOP_DATA_DIR": str(data_dir.root)})
    process = CrawlerProcess(settings)
    items: list[dict[str, Any]] = []
    crawlers = []
    scope = CrawlScope()

    def collect(item, spider, **_):
        items.append(dict(item))
        scope.scopes[observation_key(item)] = spider.scope_of(item)
        if on_item:
            on_item(len(items))

    def rejected(item, **_):
        try:
            scope.unreadable.add(observation_key(dict(item)))
        except (KeyError, IndexError, TypeError):
            pass  # a locator row has no key but its content: a changed row is a new observation anyway

    for name, kwargs in jobs:
        crawler = process.create_crawler(name)
        crawler.signals.connect(collect, signal=signals.item_scraped)
        crawler.signals.connect(rejected, signal=signals.item_dropped)
        crawlers.append(crawler)
        process.crawl(crawler, **kwargs)
    process.start()
    for crawler in crawlers:
        scope.complete |= crawler.spider.complete_scopes
    return items, [crawler.stats.get_stats() for crawler in crawlers], scope


def demo_rows() -> list[dict[str, Any]]:
    """The bundled demo snapshot's rows (fictional facilities, locator v2 format)."""
    text = resources.files("facility").joinpath("demo_data/locator_demo.json").read_text(encoding="utf-8")
    return json.loads(text)["rows"]


def run_demo_crawl(data_dir: DataDir, settings=None, on_item=None, on_index=None) -> CrawlSummary:
    """Serve the demo snapshot on 127.0.0.1 (locator, websites, directory) and crawl it with
    the real `samhsa`, `sites` and `directory` spiders."""
    from contextlib import ExitStack

    from crawler.demo_server import FilesServer, LocatorServer

    demo = resources.files("facility") / "demo_data"
    with ExitStack() as stack:
        # The path marks every demo record's source URL as the demo snapshot.
        locator = stack.enter_context(LocatorServer(demo_rows(), page_size=25, path=DEMO_PATH, port=DEMO_PORT))
        # One port per site: a site is its host and port.
        folders = sorted(Path(str(demo / "sites")).iterdir(), key=lambda p: p.name)
        sites = [stack.enter_context(FilesServer(Path(str(folder)), DEMO_MARK, port=DEMO_PORT + 2 + n))
                 for n, folder in enumerate(folders)]
        directory = stack.enter_context(FilesServer(Path(str(demo / "directory")), DEMO_MARK, port=DEMO_PORT + 1))
        jobs = [
            ("samhsa", {"api_url": locator.api_url, "page_size": "25"}),
            ("sites", {"urls": ",".join(site.base_url for site in sites)}),
            ("directory", {"start_url": directory.base_url + "listing/page-1.html"}),
        ]
        return run_crawl(jobs, data_dir, {**LOOPBACK_SETTINGS, **(settings or {})}, on_item, on_index, demo=True)
