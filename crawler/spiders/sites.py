"""`sites`: facility websites, one record per site from the pages most likely to hold program facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import scrapy
from pydantic import BaseModel, ConfigDict, Field, field_validator
from scrapy import signals
from scrapy.exceptions import DontCloseSpider

from crawler.args import parse_args, split_kwargs
from crawler.extract.facts import site_record, states_care
from crawler.extract.page import Page, read_page
from crawler.pipelines import REJECT_KEY
from crawler.responses import count_html
from facility.clock import now
from facility.observations import observation_key
from facility.text import site_key

# Words in a link (its URL or its text) that lead to program facts, by how much they promise.
LINK_WORDS = {
    "iop": 5, "intensive": 5, "outpatient": 4, "schedule": 5, "program": 4, "insurance": 5, "cost": 4,
    "pricing": 4, "payment": 4, "admission": 4, "verify": 3, "treatment": 3, "service": 3, "treat": 3,
    "condition": 3, "contact": 2, "location": 2, "about": 2, "faq": 2, "who-we-serve": 3, "levels": 3,
}
SKIP_EXTENSIONS = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".zip", ".doc", ".docx", ".mp4", ".mp3", ".ics")
MAX_DEPTH = 2
# Query strings are where calendars, searches and sort orders loop forever. A page named by
# its query ("/?page_id=7", "index.php?p=iop") is still followed, but only a few per path and
# set of keys, and never one whose keys are a calendar's, a search's or a listing's order.
TRAP_KEYS = {"month", "year", "date", "day", "week", "calendar", "ical", "ics", "view", "s", "q", "search", "query",
             "sort", "order", "orderby", "filter", "replytocom", "share", "print", "lang", "utm_source", "utm_medium",
             "utm_campaign", "fbclid", "gclid", "start", "offset", "tribe-bar-date", "eventdisplay"}
QUERY_VARIANTS = 3


class SitesArgs(BaseModel):
    """Spider arguments (`-a NAME=VALUE`)."""

    model_config = ConfigDict(extra="forbid")

    urls: list[str] = Field(description="comma-separated start URLs, one per facility site")
    max_pages: int = Field(15, ge=1, le=100, description="pages read per site at most")

    @field_validator("urls", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return [u.strip() for u in value.split(",") if u.strip()] if isinstance(value, str) else value

    @field_validator("urls")
    @classmethod
    def _http(cls, values: list[str]) -> list[str]:
        if not values:
            raise ValueError("give at least one URL")
        for value in values:
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"'{value}' is not an http(s) URL")
        return values


def _query_keys(query: str) -> set[str]:
    return {key.lower() for key, _ in parse_qsl(query, keep_blank_values=True)}


def link_score(url: str, text: str) -> int:
    """How likely a link leads to program facts; 0 for links not worth a request."""
    parts = urlsplit(url)
    if parts.path.lower().endswith(SKIP_EXTENSIONS):
        return 0
    keys = _query_keys(parts.query)
    if keys & TRAP_KEYS or (parts.query and not keys):
        return 0
    haystack = f"{parts.path} {parts.query} {text}".lower()
    return sum(weight for word, weight in LINK_WORDS.items() if word in haystack)


def query_shape(url: str) -> tuple[str, tuple[str, ...]] | None:
    """A URL's path and query keys, for bounding how many variants of one page are read."""
    parts = urlsplit(url)
    if not parts.query:
        return None
    return parts.path, tuple(sorted(_query_keys(parts.query)))


@dataclass
class Site:
    home: str
    pages: list[Page] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    shapes: dict[tuple[str, tuple[str, ...]], int] = field(default_factory=dict)
    pending: int = 0
    done: bool = False


class SitesSpider(scrapy.Spider):
    name = "sites"
    custom_settings = {"DOWNLOAD_MAXSIZE": 2 * 1024 * 1024}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        spider_kwargs = split_kwargs(SitesArgs, kwargs)
        super().__init__(*args, **kwargs)
        self.args = parse_args(self.name, SitesArgs, spider_kwargs)
        self.sites = {site_key(url): Site(home=url) for url in self.args.urls}
        self.allowed_domains = sorted({urlsplit(u).hostname for u in self.args.urls})
        # Sites whose home page was read: for them, no record means the site is gone.
        self.complete_scopes: set[str] = set()

    def scope_of(self, record: dict[str, Any]) -> str:
        return observation_key(record)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    def on_idle(self) -> None:
        # Requests Scrapy drops on its own (an off-site redirect, a duplicate, robots.txt)
        # never reach a callback, so a site can still wait for them when nothing is left:
        # one last local request emits every site not yet emitted.
        if any(not site.done for site in self.sites.values()):
            self.crawler.engine.crawl(scrapy.Request("data:,", callback=self.flush, dont_filter=True))
            raise DontCloseSpider

    def flush(self, response):
        for key, site in self.sites.items():
            site.pending = 0
            yield from self.finish_if_done(key)

    async def start(self):
        for key, site in self.sites.items():
            yield self.get_page_request(key, site.home, depth=0, priority=100)

    def get_page_request(self, key: str, url: str, depth: int, priority: int) -> scrapy.Request:
        site = self.sites[key]
        site.seen.add(url)
        site.pending += 1
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, priority=priority,
                              cb_kwargs={"key": key, "depth": depth})

    def parse_page(self, response, key: str, depth: int):
        site = self.sites[key]
        site.pending -= 1
        if count_html(self, response):
            page = read_page(response.text, response.url)
            site.pages.append(page)
            if depth == 0:
                self.complete_scopes.add(f"{self.name} {key}")
            if depth < MAX_DEPTH:
                yield from self.get_follow_requests(key, page, depth)
        yield from self.finish_if_done(key)

    def get_follow_requests(self, key: str, page: Page, depth: int):
        site = self.sites[key]
        ranked = sorted(
            ((link_score(url, text), url) for url, text in page.links
             if site_key(url) == key and url not in site.seen and url.startswith("http")),
            reverse=True,
        )
        for score, url in ranked:
            if score <= 0 or len(site.seen) >= self.args.max_pages:
                break
            shape = query_shape(url)
            if url in site.seen or (shape and site.shapes.get(shape, 0) >= QUERY_VARIANTS):
                continue
            if shape:
                site.shapes[shape] = site.shapes.get(shape, 0) + 1
            yield self.get_page_request(key, url, depth + 1, priority=score)

    def page_failed(self, failure):
        key = failure.request.cb_kwargs["key"]
        self.sites[key].pending -= 1
        self.crawler.stats.inc_value("sites/pages_failed")
        self.logger.warning("Could not read %s: %s", failure.request.url, failure.getErrorMessage())
        yield from self.finish_if_done(key)

    def finish_if_done(self, key: str):
        site = self.sites[key]
        if site.pending or site.done:
            return
        site.done = True
        if not site.pages:
            self.crawler.stats.inc_value("sites/sites_unreachable")
            return
        # The home page first: its JSON-LD and title name the facility.
        pages = sorted(site.pages, key=lambda p: p.url.rstrip("/") != site.home.rstrip("/"))
        fetched_at = now()
        if not states_care(pages):
            # a parked domain or a shop is no facility: rejected with its reason, and counted
            yield {REJECT_KEY: "site states nothing about treatment", "website": site.home,
                   "sources": [{"url": p.url, "spider": self.name, "fetched_at": fetched_at} for p in pages]}
            return
        yield site_record(pages, site.home, fetched_at, self.name)
