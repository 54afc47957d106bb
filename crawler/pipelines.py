"""Item pipeline: every raw record goes through the Facility model before it is kept."""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from facility.datadir import DataDir
from facility.model import RecordRejected, validate_record
from facility.rejects import append_reject, source_url

logger = logging.getLogger(__name__)

# A spider that cannot even read a row yields {"_reject_reason": ..., "sources": [...]}
# so the reject is written and counted here, in one place, like any invalid record.
REJECT_KEY = "_reject_reason"


class ValidatePipeline:
    """Validate and normalize; reject with a reason into the rejects file and the stats."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        path = crawler.settings.get("IOP_REJECTS_PATH")
        self.rejects_path = DataDir.at(crawler.settings.get("IOP_DATA_DIR")).rejects if not path else path

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        spider = self.crawler.spider.name
        self.stats.inc_value("iop/fetched")
        raw = dict(item)
        try:
            if REJECT_KEY in raw:
                raise RecordRejected(raw[REJECT_KEY])
            record = validate_record(raw)
        except RecordRejected as exc:
            reason = str(exc)
            self.stats.inc_value("iop/rejected")
            self.stats.inc_value(f"drop_item/{spider}/{reason.split(':', 1)[0]}")
            append_reject(self.rejects_path, raw, reason, origin=spider)
            raise DropItem(f"{reason} {source_url(raw)}") from None
        self.stats.inc_value("iop/valid")
        return record.model_dump(mode="json")
