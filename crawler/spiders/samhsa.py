"""`samhsa`: the findtreatment.gov locator's v2 JSON export, page by page."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode, urlsplit

import scrapy
from pydantic import BaseModel, ConfigDict, Field, field_validator

from crawler.args import parse_args, split_kwargs
from crawler.locator import row_to_raw
from crawler.pipelines import REJECT_KEY
from facility.clock import now

LA_CENTER = "34.0522, -118.2437"


class SamhsaArgs(BaseModel):
    """Spider arguments (`-a NAME=VALUE`); defaults search Los Angeles County for IOPs."""

    model_config = ConfigDict(extra="forbid")

    api_url: str = Field(
        "https://findtreatment.gov/locator/exportsAsJson/v2",
        description="Locator endpoint; tests and the demo point it at 127.0.0.1.",
    )
    s_type: str = Field("BOTH", description="SA (substance use), MH (mental health) or BOTH")
    s_codes: str = Field("OIT", description="comma-separated service codes; OIT = intensive outpatient")
    s_addr: str = Field(LA_CENTER, description='search point, "lat, lng"')
    limit_type: int = Field(1, ge=0, le=2, description="0 state, 1 county, 2 distance")
    limit_value: int | None = Field(None, ge=1, description="metres, when limit_type is 2")
    page_size: int = Field(100, ge=1, le=2000)
    max_pages: int = Field(500, ge=1, le=10000, description="stop after this many pages")

    @field_validator("api_url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value

    @field_validator("s_type")
    @classmethod
    def _type(cls, value: str) -> str:
        if value.upper() not in ("SA", "MH", "BOTH"):
            raise ValueError("must be SA, MH or BOTH")
        return value.upper()


class SamhsaSpider(scrapy.Spider):
    name = "samhsa"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        spider_kwargs = split_kwargs(SamhsaArgs, kwargs)
        super().__init__(*args, **kwargs)
        self.args = parse_args(self.name, SamhsaArgs, spider_kwargs)
        # Never leave the locator's host, even when a response redirects elsewhere.
        self.allowed_domains = [urlsplit(self.args.api_url).hostname]
        self.requested: set[int] = set()
        self.knows_total = False
        # Which records this crawl answers for (see scope_of); whole only if every page came.
        self.scope = f"samhsa {self.args.api_url}?{urlencode(self.query())}"
        self.pages_read: set[int] = set()
        self.last_page: int | None = None
        self.capped = False
        self.complete_scopes: set[str] = set()

    def scope_of(self, record: dict[str, Any]) -> str:
        return self.scope

    def closed(self, reason: str) -> None:
        # Only a crawl that read every page of the answer can show that a facility is gone.
        if reason == "finished" and self.last_page and not self.capped \
                and self.pages_read >= set(range(1, self.last_page + 1)):
            self.complete_scopes.add(self.scope)

    async def start(self):
        yield self.get_page_request(1)

    def query(self) -> dict[str, Any]:
        """The search this crawl asks the locator, without paging."""
        params: dict[str, Any] = {
            "sType": self.args.s_type,
            "sCodes": self.args.s_codes,
            "sAddr": self.args.s_addr,
            "limitType": self.args.limit_type,
        }
        if self.args.limit_value is not None:
            params["limitValue"] = self.args.limit_value
        return params

    def get_page_request(self, page: int) -> scrapy.Request:
        self.requested.add(page)
        params = {**self.query(), "pageSize": self.args.page_size, "page": page, "sort": 0}
        sep = "&" if "?" in self.args.api_url else "?"
        return scrapy.Request(
            f"{self.args.api_url}{sep}{urlencode(params)}",
            callback=self.parse_page,
            errback=self.page_failed,
            cb_kwargs={"page": page},
        )

    def parse_page(self, response, page: int):
        try:
            data = json.loads(response.text)
            rows = data["rows"]
            if not isinstance(rows, list):
                raise TypeError("rows is not a list")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # A broken page is counted and the crawl goes on with the others.
            self.crawler.stats.inc_value("samhsa/pages_broken")
            self.logger.error("Page %s of the locator is not valid v2 JSON (%s): %s", page, exc, response.url)
            yield from self.get_fallback_request()
            return
        self.crawler.stats.inc_value("samhsa/pages_ok")
        self.pages_read.add(page)
        if not self.knows_total:
            self.knows_total = True
            total = data.get("totalPages")
            # The 2019 export has no paging keys at all: then it is one page.
            total = total if isinstance(total, int) and total > 0 else 1
            last = min(total, self.args.max_pages)
            self.last_page, self.capped = last, total > last
            for next_page in range(2, last + 1):
                if next_page not in self.requested:
                    yield self.get_page_request(next_page)
        yield from self.parse_rows(rows, response.url)

    def get_fallback_request(self):
        # Only the first readable page tells how many pages there are; when page 1 is lost,
        # page 2 is asked once so one bad page does not end the whole crawl.
        if not self.knows_total and 2 not in self.requested and self.args.max_pages >= 2:
            yield self.get_page_request(2)

    def parse_rows(self, rows: list[Any], url: str):
        fetched_at = now()
        for row in rows:
            if not isinstance(row, dict):
                yield {REJECT_KEY: f"row is not an object: {str(row)[:80]!r}",
                       "sources": [{"url": url, "spider": self.name, "fetched_at": fetched_at}]}
                continue
            raw, unknown = row_to_raw(row, url, fetched_at)
            for value in unknown:
                self.crawler.stats.inc_value("samhsa/unmapped_services")
                self.logger.warning("Unmapped locator service %r kept in the description (%s)", value, url)
            yield raw

    def page_failed(self, failure):
        page = failure.request.cb_kwargs.get("page")
        self.crawler.stats.inc_value("samhsa/pages_failed")
        self.logger.error("Page %s of the locator failed after retries: %s", page, failure.getErrorMessage())
        yield from self.get_fallback_request()
