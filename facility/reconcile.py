"""One facility from many sources: match, merge with per-field provenance, keep ids stable.

Every crawl or import is folded in as observations (what each source said). All
observations are then clustered into facilities (see `matching`) and each facility is built
field by field from the source trusted most for that field, remembering which sources
said it, what was contradicted and what an explicit refusal removed. A facility keeps its
id across crawls; one no complete crawl has seen any more is marked stale, never deleted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from . import vocabulary
from .dataset import collapse, union_sources
from .fields import RANGE_PAIRS
from .matching import cluster
from .observations import LEGACY, Observation, observation_key, observations_of

# How much each source is trusted, per kind of fact. The facility's own site knows its
# schedule, prices and plans best; the locator (a federal survey) knows its address best.
# A crawled site's own address is where we read it, which may be a mirror or a redirect:
# the website a listing gives is the one to show.
_ADDRESS_TRUST = {"samhsa": 3, "directory": 2, "import": 2, "sites": 1}
_PROGRAM_TRUST = {"sites": 3, "directory": 2, "import": 1, "samhsa": 1}

# Fields taken together from one source, so a city is never paired with another source's
# street, nor a minimum with another source's maximum.
SCALAR_GROUPS: dict[str, tuple[tuple[str, ...], dict[str, int]]] = {
    "name": (("name",), _ADDRESS_TRUST),
    "address": (("street", "city", "state", "zip", "county"), _ADDRESS_TRUST),
    "coordinates": (("latitude", "longitude"), _ADDRESS_TRUST),
    "phone": (("phone", "phone_extension"), _ADDRESS_TRUST),
    "website": (("website",), _ADDRESS_TRUST),
    "description": (("description",), _ADDRESS_TRUST),
    "days_per_week": (RANGE_PAIRS[0], _PROGRAM_TRUST),
    "hours_per_session": (RANGE_PAIRS[1], _PROGRAM_TRUST),
    "program_weeks": (RANGE_PAIRS[2], _PROGRAM_TRUST),
    "cost": (RANGE_PAIRS[3], _PROGRAM_TRUST),
}
# Groups where two sources disagreeing is worth showing a person (spelling of a name is not).
CONTRADICTABLE = ("phone", "days_per_week", "hours_per_session", "program_weeks", "cost")
CODE_FIELDS = ("levels_of_care", "insurance", "conditions", "populations", "languages")


@dataclass
class CrawlScope:
    """What a crawl covered: the scope of each record it produced, and the scopes it read whole.

    Only a scope read whole (every page, no failure) can show that a record is gone.
    """

    scopes: dict[str, str] = field(default_factory=dict)  # observation key -> scope
    complete: set[str] = field(default_factory=set)
    # Observation keys whose source answered with a record the model rejected: the site or
    # listing is still there, only unreadable this time, so it is not marked missing.
    unreadable: set[str] = field(default_factory=set)


@dataclass
class MergeResult:
    records: dict[str, dict[str, Any]]
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated)


def _trust(observation: Observation, table: dict[str, int]) -> int:
    return table.get(observation.spider, 1)


def _ranked(observations: list[Observation], table: dict[str, int]) -> list[Observation]:
    # Most trusted first; then the most recently seen; then a fixed order (stable sorts,
    # the last key applied first).
    ordered = sorted(observations, key=lambda o: o.key)
    ordered.sort(key=lambda o: o.last_seen, reverse=True)
    ordered.sort(key=lambda o: -_trust(o, table))
    return ordered


def build_facility(
    facility_id: str, members: list[Observation], evidence: dict[str, tuple[str | None, list[str]]],
    aliases: list[str],
) -> dict[str, Any]:
    """The facility record of one cluster of observations, with provenance."""
    current = [o for o in members if not o.missing_since]
    stale = not current
    used = current or members  # a stale facility shows what was last known
    record: dict[str, Any] = {"id": facility_id}
    field_sources: dict[str, Any] = {}
    conflicts: list[dict[str, Any]] = []
    for group, (names, table) in SCALAR_GROUPS.items():
        stating = [o for o in _ranked(used, table) if any(o.record.get(n) is not None for n in names)]
        chosen = tuple(stating[0].record.get(n) for n in names) if stating else (None,) * len(names)
        record.update(zip(names, chosen, strict=True))
        if not stating:
            continue
        # A source that leaves out part of the value (no extension, no county) agrees.
        agree = [o for o in stating if not _differs(tuple(o.record.get(n) for n in names), chosen)]
        field_sources[group] = list(dict.fromkeys(o.url for o in agree))
        others = [o for o in stating if o not in agree]
        if others and group in CONTRADICTABLE:
            conflicts.append({"field": group, "values": [
                {"value": _group_value(o, names), "source": o.url, "spider": o.spider} for o in [agree[0], *others]
            ]})
    removed: list[dict[str, Any]] = []
    for name in CODE_FIELDS:
        table = _PROGRAM_TRUST if name == "insurance" else _ADDRESS_TRUST
        stated = _by_code(_ranked(used, table), name)
        if name == "insurance":
            refused = _by_code(used, "insurance_refused")
            _weigh_refusals(stated, refused, table, removed, conflicts)
            record["insurance_refused"] = vocabulary.in_order(name, [c for c in refused if c not in stated])
        record[name] = vocabulary.in_order(name, stated)
        if stated:
            field_sources[name] = {code: list(dict.fromkeys(o.url for o in obs)) for code, obs in stated.items()}
    record["sources"] = union_sources(*(o.record["sources"] for o in used))
    record["field_sources"] = field_sources
    record["conflicts"] = conflicts
    record["removed"] = removed
    record["merged_from"] = [
        {"source": o.url, "spider": o.spider, "key": o.key, "first_seen": o.first_seen, "last_seen": o.last_seen,
         "missing_since": o.missing_since, "matched_with": evidence.get(o.key, (None, []))[0],
         "evidence": evidence.get(o.key, (None, []))[1]}
        for o in sorted(members, key=lambda o: o.key)
    ]
    record["aliases"] = sorted(aliases)
    record["first_seen"] = min(o.first_seen for o in members)
    record["last_seen"] = max(o.last_seen for o in members)
    record["stale"] = stale
    record["observations"] = [o.to_json() for o in sorted(members, key=lambda o: o.key)]
    return record


def _by_code(observations: list[Observation], name: str) -> dict[str, list[Observation]]:
    """Each code of list field `name` -> the observations stating it, in the given order."""
    out: dict[str, list[Observation]] = {}
    for o in observations:
        for code in o.record.get(name) or []:
            out.setdefault(code, []).append(o)
    return out


def _weigh_refusals(stated, refused, table, removed: list, conflicts: list) -> None:
    """A refusal as trusted as every source stating the code removes it from `stated`;
    a weaker one stays visible as a conflict."""
    name = "insurance"
    for code, refusers in refused.items():
        adders = stated.get(code)
        if not adders:
            continue
        if max(_trust(o, table) for o in refusers) >= max(_trust(o, table) for o in adders):
            del stated[code]
            removed.append({"field": name, "code": code, "refused_by": sorted({o.url for o in refusers}),
                            "stated_by": sorted({o.url for o in adders})})
        else:
            conflicts.append({"field": name, "values": [
                *({"value": code, "source": o.url, "spider": o.spider} for o in adders),
                *({"value": f"not {code}", "source": o.url, "spider": o.spider} for o in refusers),
            ]})


def _differs(values: tuple, chosen: tuple) -> bool:
    return any(v is not None and c is not None and v != c for v, c in zip(values, chosen, strict=True))


def _group_value(o: Observation, names: tuple[str, ...]) -> Any:
    values = [o.record.get(n) for n in names]
    return values[0] if len(values) == 1 else values


def _facts(record: dict[str, Any]) -> dict[str, Any]:
    """What a person reads: everything but when pages were fetched and last seen."""
    skip = {"last_seen", "observations", "merged_from", "sources"}
    facts = {k: v for k, v in record.items() if k not in skip}
    facts["sources"] = sorted((s["url"], s["spider"]) for s in record.get("sources", []))
    facts["merged_from"] = [{k: v for k, v in m.items() if k != "last_seen"} for m in record.get("merged_from", [])]
    return facts


def reconcile(
    existing: dict[str, dict[str, Any]],
    incoming: list[dict[str, Any]],
    now: str,
    crawl: CrawlScope | None = None,
    imported: bool = False,
) -> MergeResult:
    """Fold validated source records (a crawl's, or an import's when `imported`) into the facilities.

    An imported record is its own source ("import ID"), whatever spiders its sources name:
    it must never replace what a crawl of this data dir saw.
    """
    crawl = crawl or CrawlScope()
    observations: dict[str, Observation] = {}
    prior_id: dict[str, str] = {}
    for facility in existing.values():
        for o in observations_of(facility):
            observations[o.key] = o
            prior_id[o.key] = facility["id"]
    unchanged_imports = set()
    by_key = {}
    for record in incoming:
        key = f"import {record['id']}" if imported else observation_key(record)
        if imported and _is_known_copy(record, existing):
            unchanged_imports.add(record["id"])  # our own export read back: nothing new
            continue
        by_key.setdefault(key, []).append(record)
    for key, records in by_key.items():
        record = next(iter(collapse(records).values())) if len(records) > 1 else records[0]
        old = observations.get(key)
        observations[key] = Observation(
            key=key, record=record, first_seen=old.first_seen if old else now, last_seen=now,
            scope=crawl.scopes.get(key, old.scope if old else None),
        )
    # A scope read whole that produced nothing at all is an outage, not every facility gone.
    productive = {crawl.scopes[k] for k in by_key if k in crawl.scopes}
    for key, o in observations.items():
        if key not in by_key and key not in crawl.unreadable and o.scope in crawl.complete and o.scope in productive \
                and not o.missing_since:
            o.missing_since = now

    ordered = sorted(observations.values(), key=lambda o: (o.first_seen, o.key))
    clusters = cluster([o.record for o in ordered])
    groups = [[ordered[i] for i in group] for group in clusters.groups]
    groups = [_drop_superseded(group) for group in groups]
    evidence = {ordered[i].key: (ordered[j].url, ev) for i, (j, ev) in clusters.evidence.items()}
    for i, why in clusters.ambiguous.items():
        evidence.setdefault(ordered[i].key, (None, why))
    ids = _assign_ids(groups, prior_id)

    result = MergeResult(records={})
    for group, (facility_id, aliases) in zip(groups, ids, strict=True):
        record = build_facility(facility_id, group, evidence, aliases)
        result.records[facility_id] = record
        old = existing.get(facility_id)
        if old is None:
            result.new.append(facility_id)
        elif "observations" in old and _facts(old) == _facts(record):
            result.unchanged.append(facility_id)
        else:
            result.updated.append(facility_id)
        if record["stale"]:
            result.stale.append(facility_id)
    result.unchanged.extend(sorted(unchanged_imports - set(result.unchanged)))
    return result


def _is_known_copy(record: dict[str, Any], existing: dict[str, dict[str, Any]]) -> bool:
    old = existing.get(record["id"])
    if old is None:
        return False
    compare = [k for k in record if k not in ("sources", "id")]
    return all(old.get(k) == record.get(k) for k in compare)


def _drop_superseded(group: list[Observation]) -> list[Observation]:
    # A locator row whose phone changed is a new row: the old one, gone from its crawl,
    # no longer speaks for the facility once the same source speaks again. A record from
    # before observations existed gives way to any source read since.
    current_spiders = {o.spider for o in group if not o.missing_since}
    kept = [o for o in group if not (o.missing_since and o.spider in current_spiders)]
    fresh = [o for o in kept if o.spider != LEGACY]
    return fresh or kept


def _assign_ids(groups: list[list[Observation]], prior_id: dict[str, str]) -> list[tuple[str, list[str]]]:
    """A stable id per group: the id its observations had before, else a new one.

    When two facilities turn out to be one, the id held by more observations (then the
    older) stays and the other becomes an alias, so `iop show OLD_ID` still finds it.
    """
    claims: dict[str, list[tuple[int, int, str]]] = {}
    for n, group in enumerate(groups):
        held = Counter(prior_id[o.key] for o in group if o.key in prior_id)
        first_seen = {fid: min(o.first_seen for o in group if prior_id.get(o.key) == fid) for fid in held}
        for fid, count in held.items():
            claims.setdefault(fid, []).append((-count, first_seen[fid], n))
    owner = {fid: min(c)[2] for fid, c in claims.items()}  # a split id stays with its larger part
    owned: dict[int, list[str]] = {}
    for fid, n in owner.items():
        owned.setdefault(n, []).append(fid)
    taken = set(owner)
    out: list[tuple[str, list[str]]] = []
    for n, group in enumerate(groups):
        mine = sorted(owned.get(n, []), key=lambda fid: min(c for c in claims[fid] if c[2] == n))
        if mine:
            out.append((mine[0], mine[1:]))
            continue
        # The content id of the record trusted most for name and address: a locator row's id
        # stays the facility's id, as before sources were merged.
        base = _ranked(group, _ADDRESS_TRUST)[0].record["id"]
        fid, suffix = base, 1
        while fid in taken:
            suffix += 1
            fid = f"{base}-{suffix}"
        taken.add(fid)
        out.append((fid, []))
    return out
