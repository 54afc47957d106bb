"""What one source said about one facility, and when it was last seen saying it.

A facility record is built from its observations (see `reconcile`). Each observation keeps
the validated record its source gave, a key that finds the same source record in the next
crawl, the crawl scope that produces it, and its first, last and missing-since times.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from .fields import PROVENANCE_FIELDS
from .text import site_key


def observation_key(record: dict[str, Any]) -> str:
    """The identity of a source record across crawls.

    A website is its site (host and port), a directory entry its detail page; a locator
    row or an imported record has no address of its own, so its content id stands in.
    """
    source = record["sources"][0]
    spider = source["spider"]
    if spider == "sites":
        return f"sites {site_key(record.get('website') or source['url'])}"
    if spider == "directory":
        return f"directory {source['url']}"
    return f"{spider} {record['id']}"


@dataclass
class Observation:
    key: str
    record: dict[str, Any]
    first_seen: str
    last_seen: str
    # The crawl that produces this record when it still exists (None: never marked missing).
    scope: str | None = None
    # Set when a complete crawl of `scope` no longer had it.
    missing_since: str | None = None

    @property
    def spider(self) -> str:
        """The kind of source: a spider's name, or "import"."""
        return self.key.split(" ", 1)[0]

    @property
    def url(self) -> str:
        """The page or file that stands for this observation in provenance."""
        return self.record.get("website") if self.spider == "sites" else self.record["sources"][0]["url"]

    def to_json(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies the record, the slowest part of a merge.
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Observation:
        return cls(**data)


LEGACY = "legacy"


def observations_of(facility: dict[str, Any]) -> list[Observation]:
    """A stored facility's observations.

    A record stored before observations existed becomes one "legacy" observation; it
    speaks for the facility until a source is read again (see reconcile).
    """
    if "observations" in facility:
        return [Observation.from_json(o) for o in facility["observations"]]
    record = {k: v for k, v in facility.items() if k not in PROVENANCE_FIELDS}
    seen = max(s["fetched_at"] for s in record["sources"])
    return [Observation(f"{LEGACY} {record['id']}", record, seen, seen)]
