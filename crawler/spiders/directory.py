"""`directory`: listing pages with pagination leading to facility detail pages, one record each."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import scrapy
from pydantic import BaseModel, ConfigDict, Field, field_validator

from crawler.args import parse_args, split_kwargs
from crawler.directories import LAYOUTS
from crawler.extract.facts import site_record
from crawler.extract.page import read_page, title_parts
from crawler.responses import count_html
from facility.clock import now


class DirectoryArgs(BaseModel):
    """Spider arguments (`-a NAME=VALUE`)."""

    model_config = ConfigDict(extra="forbid")

    start_url: str = Field(description="the first listing page")
    layout: str = Field("generic", description="entry of crawler.directories.LAYOUTS")
    max_pages: int = Field(50, ge=1, le=1000, description="listing pages read at most")

    @field_validator("start_url")
    @classmethod
    def _http(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"'{value}' is not an http(s) URL")
        return value

    @field_validator("layout")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in LAYOUTS:
            raise ValueError(f"unknown layout; known: {', '.join(sorted(LAYOUTS))}")
        return value


class DirectorySpider(scrapy.Spider):
    name = "directory"
    custom_settings = {"DOWNLOAD_MAXSIZE": 2 * 1024 * 1024}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        spider_kwargs = split_kwargs(DirectoryArgs, kwargs)
        super().__init__(*args, **kwargs)
        self.args = parse_args(self.name, DirectoryArgs, spider_kwargs)
        self.layout = LAYOUTS[self.args.layout]
        self.allowed_domains = [urlsplit(self.args.start_url).hostname]
        self.listing_pages = 0
        self.scope = f"directory {self.args.start_url}"
        self.failed = 0
        self.capped = False
        self.complete_scopes: set[str] = set()
        self.own_names: set[str] = set()

    def scope_of(self, record: dict[str, Any]) -> str:
        return self.scope

    def closed(self, reason: str) -> None:
        # Only a crawl that read every listing and detail page can show a listing is gone.
        if reason == "finished" and not self.failed and not self.capped:
            self.complete_scopes.add(self.scope)

    async def start(self):
        yield self.get_listing_request(self.args.start_url)

    def get_listing_request(self, url: str) -> scrapy.Request:
        self.listing_pages += 1
        return scrapy.Request(url, callback=self.parse_listing, errback=self.page_failed)

    def parse_listing(self, response):
        if not count_html(self, response):
            return
        # The directory's own name ("LA Outpatient Directory – page 1"): a detail page whose title
        # holds nothing else names no facility.
        self.own_names.update(title_parts(response.xpath("string(//title)").get() or ""))
        for href in response.xpath(self.layout.listing_links).getall():
            yield response.follow(href, callback=self.parse_facility, errback=self.page_failed)
        next_page = response.xpath(self.layout.next_page).get()
        if next_page and self.listing_pages < self.args.max_pages:
            yield self.get_listing_request(response.urljoin(next_page))
        elif next_page:
            self.capped = True

    def parse_facility(self, response):
        if not count_html(self, response):
            return
        page = read_page(response.text, response.url)
        if page.title_name in self.own_names:
            page.title_name = None
        website = response.xpath(self.layout.website).get()
        fetched_at = now()
        yield site_record([page], response.urljoin(website) if website else None, fetched_at, self.name)

    def page_failed(self, failure):
        self.failed += 1
        self.crawler.stats.inc_value("directory/pages_failed")
        self.logger.warning("Could not read %s: %s", failure.request.url, failure.getErrorMessage())
