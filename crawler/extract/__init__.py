"""Reading facts from web pages: pure functions from text or HTML to values, no Scrapy."""
