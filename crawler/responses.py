"""What the page spiders accept as a page to read."""

from __future__ import annotations

from scrapy.http import TextResponse


def count_html(spider, response) -> bool:
    """True for an HTML page (counted as read); anything else is counted as skipped.

    A PDF, an image or a JSON file behind a site's link is no page to read facts from.
    """
    content_type = response.headers.get("Content-Type") or b"html"
    is_html = isinstance(response, TextResponse) and b"html" in content_type
    spider.crawler.stats.inc_value(f"{spider.name}/{'pages_ok' if is_html else 'pages_skipped_not_html'}")
    return is_html
