"""Searching the index: free text through the parser, filters as exact term queries."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from whoosh import qparser
from whoosh.query import And, Every, Or, Query, Term

from .schema import CODE_FIELDS, get_schema
from .store import IndexMissing, open_index

TEXT_FIELDS = ("name", "tags", "place", "description")
SORTS = ("relevance", "name")


class BadQuery(ValueError):
    pass


@dataclass
class Filters:
    """Resolved filter values: codes, lower-case names, numbers. OR within, AND across."""

    levels_of_care: list[str] = field(default_factory=list)
    insurance: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    populations: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    zips: list[str] = field(default_factory=list)
    days: int | None = None
    max_days: int | None = None

    def to_query(self) -> Query | None:
        groups: list[list[Query]] = [
            [Term(name, value) for value in getattr(self, name)] for name in CODE_FIELDS
        ]
        groups.append([Term("languages", v) for v in self.languages])
        groups.append([Term("city", v.casefold()) for v in self.cities])
        groups.append([Term("zip", v) for v in self.zips])
        if self.days is not None:
            groups.append([Term("days", str(self.days))])
        if self.max_days is not None:
            groups.append([Term("days_fit", str(self.max_days))])
        clauses = [g[0] if len(g) == 1 else Or(g) for g in groups if g]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else And(clauses)


@dataclass
class SearchResult:
    total: int
    hits: list[dict[str, Any]]


def _parse(text: str) -> Query:
    parser = qparser.MultifieldParser(list(TEXT_FIELDS), get_schema_cached())
    # People type words, not Whoosh syntax: field names and wildcards would surprise them.
    parser.remove_plugin_class(qparser.FieldsPlugin)
    parser.remove_plugin_class(qparser.WildcardPlugin)
    try:
        return parser.parse(text)
    except Exception:  # noqa: BLE001 - any parser failure falls back to plain words
        words = [w for w in text.split() if w.strip()]
        return Or([Term(f, w.lower()) for f in TEXT_FIELDS for w in words])


@lru_cache(maxsize=1)
def get_schema_cached():
    return get_schema()


def search(
    index_root: Path,
    text: str | None = None,
    filters: Filters | None = None,
    *,
    limit: int | None = 20,
    sort: str = "relevance",
) -> SearchResult:
    """Facilities matching `text` (free words, all must match) and every filter.

    Relevance order when there is text, else name order. `limit=None` returns all matches.
    """
    if sort not in SORTS:
        raise BadQuery(f"unknown sort '{sort}'; valid: {', '.join(SORTS)}")
    query = _parse(text) if text and text.strip() else Every()
    filter_query = (filters or Filters()).to_query()
    ix = open_index(index_root)
    with ix.searcher() as searcher:
        by_name = sort == "name" or isinstance(query, Every)
        results = searcher.search(
            query,
            filter=filter_query,
            limit=limit,
            sortedby="name_sort" if by_name else None,
        )
        hits = [json.loads(hit["record"]) for hit in results]
        total = len(results)
    return SearchResult(total=total, hits=hits)


def get_record(index_root: Path, facility_id: str) -> dict[str, Any] | None:
    ix = open_index(index_root)
    with ix.searcher() as searcher:
        stored = searcher.document(id=facility_id)
    return json.loads(stored["record"]) if stored else None


def stats(index_root: Path) -> dict[str, Any]:
    """Record count and how many facilities carry each code, for `iop index stats`."""
    ix = open_index(index_root)
    with ix.searcher() as searcher:
        out: dict[str, Any] = {"facilities": searcher.doc_count(), "by_field": {}}
        for name in (*CODE_FIELDS, "languages"):
            out["by_field"][name] = {
                term.decode("utf-8"): searcher.doc_frequency(name, term)
                for term in searcher.lexicon(name)
            }
        # Every record whose days/week is known has day count 7 among its days_fit terms.
        out["with_days_per_week"] = searcher.doc_frequency("days_fit", "7")
    return out


__all__ = ["Filters", "SearchResult", "search", "get_record", "stats", "IndexMissing", "BadQuery"]
