"""Searching the index: free words scored over the text fields, filters as exact terms."""

from __future__ import annotations

import bisect
import heapq
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facility import vocabulary

from .geo import DEFAULT_RADIUS, Geo, UnknownPlace
from .postings import COMMON_WORDS, Sidecar
from .query import ALL_OF, PHRASES, RELATED, understand
from .schema import CODE_FIELDS, analyzed, code_words
from .store import IndexMissing, Shards, current_generation, open_shards
from .suggest import correct, read_words, vocabulary_words

SORTS = ("relevance", "name", "distance")


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
    near: str | None = None  # a ZIP, "LAT,LON" or a city
    radius: float | None = None  # miles; DEFAULT_RADIUS when near is given without it

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
    understood: list[str] = field(default_factory=list)  # how the words were read, for people
    place: str | None = None  # what --near was understood as
    note: str | None = None  # e.g. the query was corrected because the original found nothing
    suggestion: str | None = None  # "did you mean"
    widen: list[str] = field(default_factory=list)  # what would find something, when nothing did
    facets: dict[str, list[tuple[str, int]]] | None = None


# Ranking weights. A word in the name weighs most, then in the labels of the facility's
# codes, then in the address and description; each is scaled by the word's rarity.
NAME_WEIGHT, CODES_WEIGHT, BODY_WEIGHT = 3.0, 1.5, 1.0
# A condition asked for in words: the exact one outranks a related one ("ptsd" / trauma).
EXACT_CONDITION = 2.0
# Stated facts and nearness order otherwise equal matches; never more than a word match.
KNOWN_WEIGHTS = {"days": 0.3, "hours": 0.1, "cost": 0.1}
NEAR_WEIGHT = 0.5
# Fewer matches than this and a corrected spelling that finds more is suggested.
FEW = 3
FACET_FIELDS = ("insurance", "conditions", "levels_of_care", "city")


def search(
    index_root: Path,
    text: str | None = None,
    filters: Filters | None = None,
    *,
    limit: int | None = 20,
    sort: str = "relevance",
    facets: bool = False,
) -> SearchResult:
    """Facilities matching `text` and every filter, best first.

    The text is read for people's words first (see index.query): "iop medi-cal ptsd santa
    monica" filters on level, plan, condition and city; the words left must all match.
    A misspelt word is corrected when the query found nothing (and suggested when it found
    little); when nothing matches, `widen` says which filter to drop. `limit=None`
    returns every match.
    """
    if sort not in SORTS:
        raise BadQuery(f"unknown sort '{sort}'; valid: {', '.join(SORTS)}")
    filters = filters or Filters()
    if filters.radius is not None and not filters.near:
        raise BadQuery("--radius needs --near")
    live = _open(index_root)
    text = text or ""
    query = _plan(live, text, filters)
    if sort == "distance" and query.distances is None:
        raise BadQuery("--sort distance needs --near (or a ZIP in the query)")
    result = _run(live, query, limit, sort, facets)
    if result.total < FEW and query.unknown:
        corrected = _corrected(live, text, query.unknown)
        if corrected:
            alternative = _run(live, _plan(live, corrected, filters), limit, sort, facets)
            if not result.total and alternative.total:
                alternative.note = f"nothing matched '{text}'; showing '{corrected}'"
                result = alternative
            elif alternative.total > result.total:
                result.suggestion = corrected
    if not result.total:
        result.widen = _widen(live, query)
    return result


@dataclass
class _Query:
    """A search worked out: filter groups, words, ranking signals, the place it is near."""

    groups: list[tuple[str, list[str]]]
    group_names: list[str]  # how a person would name each group ("--insurance aetna")
    words: list[str]
    unknown: list[str]  # typed words no field of the index holds
    exact_conditions: list[str]
    include_stale: bool
    understood: list[str]
    soft: list[str]
    distances: dict[int, float] | None = None
    radius: float = DEFAULT_RADIUS
    place: str | None = None


def _plan(live: LiveIndex, text: str, filters: Filters) -> _Query:
    understood = understand(text, live.cities, live.languages, lambda code: code in live.geo.places["zips"])
    groups = filters.groups()
    names = [_option_name(name, values) for name, values in groups]
    for name, codes in understood.codes.items():
        # Each condition or population asked must hold; of plans or levels, any one. A
        # condition also matches its relatives (ranked lower, see _ranked).
        for wanted in ([[c] for c in codes] if name in ALL_OF else [codes]):
            also = [r for c in wanted for r in RELATED.get(c, ()) if r not in codes] if name == "conditions" else []
            groups.append((name, list(dict.fromkeys(wanted + also))))
            names.append(f"'{', '.join(vocabulary.label(name, c) for c in wanted)}'")
    for name, values in (("languages", understood.languages), ("city", understood.cities)):
        if values:
            groups.append((name, values))
            names.append(f"'{', '.join(values)}'")
    if understood.days is not None and filters.days is None:
        groups.append(("days", [str(understood.days)]))
        names.append(f"'{understood.days} days a week'")
    words = query_words(" ".join(understood.words))
    soft = [w for w in query_words(" ".join(understood.soft)) if w not in words]
    unknown = [w for w in understood.words if not _known_word(live, w)]
    query = _Query(groups, names, words, unknown, understood.codes.get("conditions", []), filters.include_stale,
                   understood.recognized, soft)
    near = filters.near or understood.near
    if near:
        try:
            lat, lon, query.place = live.geo.resolve(near)
        except UnknownPlace as exc:
            raise BadQuery(str(exc)) from None
        query.radius = filters.radius if filters.radius is not None else DEFAULT_RADIUS
        query.distances = live.geo.within(lat, lon, query.radius)
    return query


def _option_name(name: str, values: list[str]) -> str:
    option = {"levels_of_care": "level", "conditions": "condition", "populations": "population",
              "languages": "language", "days_fit": "max-days"}.get(name, name)
    shown = [v.title() for v in values] if name == "city" else values
    return f"--{option} {' / '.join(shown)}"


def _known_word(live: LiveIndex, word: str) -> bool:
    stems = analyzed(word)
    return not stems or any(live.has_word("name", s) or live.has_word("body", s) or s in code_words()
                            or live.sidecar.has("languages", s) for s in stems)


def _matches(live: LiveIndex, query: _Query, drop: int | None = None):
    """The documents matching the query (None: every document), and per-word scoring lists."""
    allowed = live.sidecar.match([g for n, g in enumerate(query.groups) if n != drop])
    if query.distances is not None and drop != len(query.groups):
        allowed = set(query.distances) if allowed is None else allowed & query.distances.keys()
    per_word: list = []
    if query.words:
        allowed, per_word = _matching(live, query.words, allowed)
    if allowed is not None and not query.include_stale:
        allowed = allowed - live.stale
    return allowed, per_word


def _run(live: LiveIndex, query: _Query, limit: int | None, sort: str, facets: bool) -> SearchResult:
    matched, per_word = _matches(live, query)
    hidden = set() if query.include_stale else live.stale
    if matched is None:
        if sort == "name" or (sort == "relevance" and not live.has_known_facts):
            total, page = live.sidecar.by_name(None, limit, hidden)
            return _result(live, query, total, page, None, facets)
        matched = set(range(live.sidecar.documents)) - hidden
    if sort == "name":
        page = sorted(matched)[:limit]
    elif sort == "distance":
        distances = query.distances or {}
        page = sorted(matched, key=lambda doc: (distances[doc], doc))[:limit]
    else:
        page = _ranked(live, query, matched, per_word, limit)
    return _result(live, query, len(matched), page, matched, facets)


def _result(live, query: _Query, total: int, page: list[int], matched, facets: bool) -> SearchResult:
    hits = []
    for doc in page:
        record = live.record(doc)
        if query.distances is not None:
            record["distance_miles"] = round(query.distances[doc], 1)
        hits.append(record)
    result = SearchResult(total, hits, understood=query.understood, place=query.place)
    if facets:
        everything = matched if matched is not None else set(range(live.sidecar.documents)) - live.stale
        result.facets = _facets(live, everything)
    return result


def _ranked(live: LiveIndex, query: _Query, matched: set[int], per_word, limit: int | None) -> list[int]:
    """Best first: words (rarity x field weight), the exact condition asked for, stated
    facts, nearness; ties go to the lower document number, the name that sorts first."""
    signals: list[tuple[set[int], float]] = [(ids, weight) for fields in per_word for ids, weight in fields]
    if query.soft:  # words that rank without filtering ("clinic")
        signals += [(ids, weight) for fields in _matching(live, query.soft, None)[1] for ids, weight in fields]
    if query.exact_conditions:
        exact = set().union(*(live.sidecar.docs("conditions", c) for c in query.exact_conditions))
        signals.append((exact, EXACT_CONDITION))
    signals += [(live.known(fact), weight) for fact, weight in KNOWN_WEIGHTS.items()]
    # Summing over each signal's overlap with the matches touches only the pairs that
    # score, not every match times every signal.
    scores: dict[int, float] = {}
    for ids, weight in signals:
        for doc in ids & matched:
            scores[doc] = scores.get(doc, 0.0) + weight
    distances, radius = query.distances, query.radius
    if distances is not None and radius:
        for doc in matched:
            scores[doc] = scores.get(doc, 0.0) + NEAR_WEIGHT * (1 - distances[doc] / radius)
    # Matches that scored nothing can only follow those that did: they need ranking only
    # when too few scored.
    pool = scores if limit is not None and len(scores) >= limit else {doc: scores.get(doc, 0.0) for doc in matched}
    scored = [(score, -doc) for doc, score in pool.items()]
    best = heapq.nlargest(limit, scored) if limit is not None else sorted(scored, reverse=True)
    return [-doc for _, doc in best]


def _corrected(live: LiveIndex, text: str, unknown: list[str]) -> str | None:
    preferred = vocabulary_words(PHRASES) | set(live.cities_words) | set(live.languages)
    changed = text
    for word in unknown:
        fix = correct(word, preferred, live.words)
        if fix:
            changed = re.sub(rf"\b{re.escape(word)}\b", fix, changed, flags=re.I)
    return changed if changed != text else None


def _widen(live: LiveIndex, query: _Query) -> list[str]:
    """For each filter, how many would match without it; the ones that find something."""
    options = [(n, name) for n, name in enumerate(query.group_names)]
    if query.distances is not None:
        options.append((len(query.groups), f"--near {query.place} within {query.radius:g} miles"))
    found = []
    for n, name in options:
        matched, _ = _matches(live, query, drop=n)
        count = live.sidecar.documents - len(live.stale) if matched is None else len(matched)
        if count:
            found.append((count, name))
    return [f"without {name}: {count} match{'es' if count != 1 else ''}" for count, name in sorted(found, reverse=True)]


def _facets(live: LiveIndex, matched: set[int]) -> dict[str, list[tuple[str, int]]]:
    out = {}
    for name in FACET_FIELDS:
        counts = [(value, len(matched & live.sidecar.docs(name, value))) for value in live.sidecar.values(name)]
        out[name] = sorted(((v, c) for v, c in counts if c), key=lambda vc: (-vc[1], vc[0]))[: 10 if name == "city" else None]
    return out


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


class LiveIndex:
    """The live generation: its Whoosh shards (document numbers offset shard by shard) and
    its sidecar arrays."""

    def __init__(self, index_root: Path) -> None:
        generation, indexes = open_shards(index_root)
        try:
            self.sidecar = Sidecar(generation)
            self.common = Sidecar(generation, COMMON_WORDS)
        except (OSError, ValueError):
            raise IndexMissing(f"The index in {index_root} is incomplete; run `iop index rebuild`") from None
        self.generation = generation
        self._cache: dict[str, Any] = {}
        self.shards = Shards(indexes)

    def doc_ids(self, field: str, word: str) -> set[int]:
        """Every document whose `field` holds `word`."""
        if self.common.has(field, word):
            return self.common.docs(field, word)
        return set(self.shards.postings(field, word))

    def has_word(self, field: str, word: str) -> bool:
        return self.common.has(field, word) or self.shards.has_term(field, word)

    def code_docs(self, word: str) -> set[int]:
        """Documents with a code whose label holds `word`, or a language named `word`."""
        docs = self.sidecar.docs("languages", word)
        for field_name, code in code_words().get(word, ()):
            docs |= self.sidecar.docs(field_name, code)
        return docs

    def _cached(self, key: str, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    @property
    def stale(self) -> set[int]:
        return self._cached("stale", lambda: self.sidecar.docs("stale", "yes"))

    def known(self, fact: str) -> set[int]:
        return self._cached(f"known {fact}", lambda: self.sidecar.docs("known", fact))

    @property
    def has_known_facts(self) -> bool:
        return bool(self.sidecar.values("known"))

    @property
    def cities(self) -> set[str]:
        return self._cached("cities", lambda: set(self.sidecar.values("city")))

    @property
    def cities_words(self) -> set[str]:
        return self._cached("city words", lambda: {w for c in self.cities for w in c.split() if len(w) >= 4})

    @property
    def languages(self) -> set[str]:
        return self._cached("languages", lambda: set(self.sidecar.values("languages")))

    @property
    def words(self) -> dict[str, int]:
        return self._cached("words", lambda: read_words(self.generation))

    @property
    def geo(self) -> Geo:
        return self._cached("geo", lambda: Geo(self.generation))

    def record(self, docnum: int) -> dict[str, Any]:
        offsets = self.shards.offsets
        shard = bisect.bisect_right(offsets, docnum) - 1
        return json.loads(self.shards.searchers[shard].stored_fields(docnum - offsets[shard])["record"])

    def find(self, facility_id: str) -> dict[str, Any] | None:
        for searcher in self.shards.searchers:
            stored = searcher.document(id=facility_id)
            if stored:
                return json.loads(stored["record"])
        for doc in sorted(self.sidecar.docs("alias", facility_id)):
            return self.record(doc)
        return None

    def close(self) -> None:
        self.shards.close()


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
