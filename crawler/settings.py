"""Scrapy settings for the IOP crawler: polite by default.

`iop crawl` loads this module too; loopback crawls (tests, `iop demo`) turn the delays off
with their own overrides.
"""

BOT_NAME = "iop"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Identify ourselves and obey robots.txt.
USER_AGENT = "iop-directory/0.1 (LA intensive outpatient program finder; public-interest research crawler)"
ROBOTSTXT_OBEY = True

# Throttle: few requests at a time per site, a delay between them, and AutoThrottle
# backing off when the server slows down.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bounded work: page size cap and time limits.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30

# Transient failures (5xx, 429, timeouts) are retried with exponential backoff that honours
# Retry-After; see crawler.middlewares.BackoffRetryMiddleware.
RETRY_ENABLED = True
RETRY_TIMES = 4
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
}

# Every item is validated through the Facility model; what fails goes to the rejects file.
ITEM_PIPELINES = {
    "crawler.pipelines.ValidatePipeline": 100,
}

# Output: UTF-8 feeds, newer async machinery.
FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False

# Scrapy's remote control extension opens a listening port; a crawler has no need of it.
REMOTE_CONTROL_ENABLED = False
