"""Searching the index: free words scored over the text fields, filters as exact terms."""

from __future__ import annotations

import bisect
import heapq
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.reading import TermNotFound

from .postings import Sidecar
from .schema import CODE_FIELDS, analyzed, code_words
from .store import IndexMissing, current_generation, open_shards

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
    include_stale: bool = False

    def groups(self) -> list[tuple[str, list[str]]]:
        """(filter field, accepted values) pairs, one per option given."""
        pairs = [(name, getattr(self, name)) for name in (*CODE_FIELDS, "languages")]
        pairs += [("city", [c.casefold() for c in self.cities]), ("zip", self.zips)]
        if self.days is not None:
            pairs.append(("days", [str(self.days)]))
        if self.max_days is not None:
            pairs.append(("days_fit", [str(self.max_days)]))
        return [(name, values) for name, values in pairs if values]


@dataclass
class SearchResult:
    total: int
    hits: list[dict[str, Any]]


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
    live = _open(index_root)
    filters = filters or Filters()
    allowed = live.sidecar.match(filters.groups())
    hidden = set() if filters.include_stale else live.sidecar.docs("stale", "yes")
    words = query_words(text or "")
    if not words:
        total, page = live.sidecar.by_name(allowed, limit, hidden)
    elif sort == "name":
        total, page = live.sidecar.by_name(_matching(live, words, allowed)[0], limit, hidden)
    else:
        total, page = _ranked(live, words, allowed, limit, hidden)
    return SearchResult(total=total, hits=[live.record(doc) for doc in page])


# A word in the name weighs most, then in the labels of the facility's codes, then in the
# address and description.
NAME_WEIGHT, CODES_WEIGHT, BODY_WEIGHT = 3.0, 1.5, 1.0


def query_words(text: str) -> list[str]:
    """The indexed forms of the words people typed: lower-cased, stemmed, stop words removed."""
    return list(dict.fromkeys(analyzed(text)))


def _matching(live: LiveIndex, words: list[str], allowed: set[int] | None):
    """Documents holding every word in some text field, within `allowed`, with per-word
    (documents of a field, weight) lists for scoring."""
    total = live.sidecar.documents
    per_word: list[list[tuple[set[int], float]]] = []
    matched = allowed
    for word in words:
        fields = [(live.doc_ids("name", word), NAME_WEIGHT), (live.doc_ids("body", word), BODY_WEIGHT),
                  (live.code_docs(word), CODES_WEIGHT)]
        docs = set().union(*(ids for ids, _ in fields))
        # BM25's idf: a rare word says more about a facility than a common one.
        idf = math.log(1 + (total - len(docs) + 0.5) / (len(docs) + 0.5))
        per_word.append([(ids, weight * idf) for ids, weight in fields if ids])
        matched = docs if matched is None else matched & docs
        if not matched:
            return set(), per_word
    return matched, per_word


def _ranked(live: LiveIndex, words, allowed, limit, hidden: set[int]) -> tuple[int, list[int]]:
    """Matches best first: for each word, its rarity times the weight of each field it is in.

    Facility texts are short, so where a word appears says more than how often. Ties go
    to the lower document number, which is the name that sorts first.
    """
    matched, per_word = _matching(live, words, allowed)
    matched -= hidden
    scored = [
        (sum(weight for fields in per_word for ids, weight in fields if doc in ids), -doc)
        for doc in matched
    ]
    best = heapq.nlargest(limit, scored) if limit is not None else sorted(scored, reverse=True)
    return len(scored), [-doc for _, doc in best]


class LiveIndex:
    """The live generation: its Whoosh shards (document numbers offset shard by shard) and
    its sidecar arrays."""

    def __init__(self, index_root: Path) -> None:
        generation, indexes = open_shards(index_root)
        try:
            self.sidecar = Sidecar(generation)
        except (OSError, ValueError):
            raise IndexMissing(f"The index in {index_root} is incomplete; run `iop index rebuild`") from None
        self.generation = generation
        self.searchers = [ix.searcher() for ix in indexes]
        self.offsets = [0]
        for searcher in self.searchers:
            self.offsets.append(self.offsets[-1] + searcher.doc_count_all())

    def doc_ids(self, field: str, word: str) -> set[int]:
        """Every document whose `field` holds `word`, read a block at a time.

        Whoosh's generic `all_ids()` steps one posting at a time in Python; reading whole
        blocks of each segment's leaf matcher is several times faster.
        """
        ids: set[int] = set()
        for searcher, base in zip(self.searchers, self.offsets[:-1], strict=True):
            for leaf, offset in searcher.leaf_searchers():
                try:
                    matcher = leaf.postings(field, word)
                except TermNotFound:
                    continue
                shift = (base + offset).__add__
                if not hasattr(matcher, "_read_ids"):  # another codec: the slow, public way
                    ids.update(map(shift, matcher.all_ids()))
                    continue
                while matcher.is_active():
                    matcher._read_ids()
                    ids.update(map(shift, matcher._ids))
                    matcher._next_block()
        return ids

    def code_docs(self, word: str) -> set[int]:
        """Documents with a code whose label holds `word`, or a language named `word`."""
        docs = self.sidecar.docs("languages", word)
        for field_name, code in code_words().get(word, ()):
            docs |= self.sidecar.docs(field_name, code)
        return docs

    def record(self, docnum: int) -> dict[str, Any]:
        shard = bisect.bisect_right(self.offsets, docnum) - 1
        return json.loads(self.searchers[shard].stored_fields(docnum - self.offsets[shard])["record"])

    def find(self, facility_id: str) -> dict[str, Any] | None:
        for searcher in self.searchers:
            stored = searcher.document(id=facility_id)
            if stored:
                return json.loads(stored["record"])
        for doc in sorted(self.sidecar.docs("alias", facility_id)):
            return self.record(doc)
        return None

    def close(self) -> None:
        for searcher in self.searchers:
            searcher.close()


_LIVE: dict[Path, LiveIndex] = {}


def _open(index_root: Path) -> LiveIndex:
    """The live generation, opened once per process and again after a rebuild publishes."""
    generation = current_generation(index_root)
    live = _LIVE.get(index_root)
    if live is None or live.generation != generation:
        if live is not None:
            live.close()
        _LIVE[index_root] = live = LiveIndex(index_root)
    return live


def get_record(index_root: Path, facility_id: str) -> dict[str, Any] | None:
    return _open(index_root).find(facility_id)


def stats(index_root: Path) -> dict[str, Any]:
    """Record count and how many facilities carry each code, for `iop index stats`."""
    sidecar = _open(index_root).sidecar
    return {
        "facilities": sidecar.documents,
        # Every record whose days/week is known has day count 7 among its days_fit terms.
        "with_days_per_week": sidecar.values("days_fit").get("7", 0),
        "stale": sidecar.values("stale").get("yes", 0),
        "by_field": {name: sidecar.values(name) for name in (*CODE_FIELDS, "languages")},
    }


__all__ = ["Filters", "SearchResult", "search", "get_record", "stats", "IndexMissing", "BadQuery"]
