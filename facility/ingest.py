"""Folding validated records into the data dir: dataset merge, then index rebuild."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from . import dataset
from .clock import now
from .datadir import DataDir
from .fields import PROVENANCE_FIELDS
from .reconcile import CrawlScope, reconcile
from .rejects import append_reject

# Demo records are served from this path; their source URLs carry it.
DEMO_MARK = "/iop-demo-snapshot/"


def is_demo(record: dict[str, Any]) -> bool:
    return any(DEMO_MARK in source["url"] for source in record.get("sources", []))


def refuse_mixing(data_dir: DataDir, existing: dict[str, dict[str, Any]], incoming: set[bool]) -> None:
    """Raise DatasetError when demo records (incoming {True}) would join real ones, or back.

    Fictional demo facilities must never sit among real ones, where a person could call
    a program that does not exist.
    """
    stored = {is_demo(r) for r in existing.values()}
    if incoming and stored and incoming | stored == {True, False}:
        kind = "the fictional demo facilities" if True in stored else "real facilities"
        raise dataset.DatasetError(
            f"{data_dir.root} holds {kind}; demo and real data are never mixed: "
            f"use another --data-dir, or delete {data_dir.root} first"
        )


@dataclass
class IngestCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    indexed: int = 0


def store(
    data_dir: DataDir,
    records: list[dict[str, Any]],
    on_index: Callable | None = None,
    *,
    existing: dict[str, dict[str, Any]] | None = None,
    counts: IngestCounts | None = None,
    crawl: CrawlScope | None = None,
    imported: bool = False,
) -> IngestCounts:
    """Merge records into the dataset and rebuild the index if anything changed.

    The caller holds the data dir's write lock, so `existing` (the dataset it may already
    have loaded) is still current. `crawl` tells which records a crawl could have seen, so
    those it no longer saw are marked missing. The result goes into `counts` when given (a
    crawl summary, an import result). Dataset and index are each replaced atomically, the
    dataset first: if the index build fails, `iop index rebuild` recovers.
    """
    from index.store import IndexMissing, current_generation
    from index.writer import build_index

    if existing is None:
        existing = dataset.load(data_dir.dataset)
    refuse_mixing(data_dir, existing, {is_demo(r) for r in records})
    merged = reconcile(existing, records, now(), crawl, imported)
    counts = counts if counts is not None else IngestCounts()
    counts.new, counts.updated, counts.unchanged = len(merged.new), len(merged.updated), len(merged.unchanged)
    counts.stale = len(merged.stale)
    try:
        current_generation(data_dir.index)
        has_index = True
    except IndexMissing:
        has_index = False
    # Saved and indexed even when no fact changed: the last-seen times did.
    dataset.save(data_dir.dataset, merged.records)
    if merged.records != existing or not has_index:
        counts.indexed = build_index(data_dir.index, merged.records.values(), on_index)
    else:
        counts.indexed = len(merged.records)
    return counts


@dataclass
class ImportResult(IngestCounts):
    read: int = 0
    valid: int = 0
    rejected: int = 0


def import_records(data_dir: DataDir, stream: IO[str], origin_url: str, on_index=None) -> ImportResult:
    """Load records in the SPEC JSON form (JSON lines, or one JSON array) like crawled ones.

    Every record is validated by the Facility model; a bad line is rejected with its line
    number and reason, never dropped. Records without sources get the file as their source.
    """
    from .model import RecordRejected, validate_record

    imported_at = now()
    result = ImportResult()
    valid: list[dict[str, Any]] = []
    with dataset.write_lock(data_dir):
        for number, raw in _records(stream):
            result.read += 1
            try:
                if isinstance(raw, Exception):
                    raise RecordRejected(f"line {number}: not JSON ({raw})")
                if not isinstance(raw, dict):
                    raise RecordRejected(f"line {number}: not a JSON object")
                # Provenance is ours to compute: an exported record's is dropped and rebuilt.
                raw = {k: v for k, v in raw.items() if k not in PROVENANCE_FIELDS}
                if not raw.get("sources"):
                    raw = {**raw, "sources": [{"url": origin_url, "spider": "import", "fetched_at": imported_at}]}
                record = validate_record(raw)
            except RecordRejected as exc:
                result.rejected += 1
                append_reject(data_dir.rejects, raw if not isinstance(raw, Exception) else None,
                              str(exc), origin=f"import {origin_url}")
                continue
            result.valid += 1
            valid.append(record.model_dump(mode="json"))
        store(data_dir, valid, on_index, counts=result, imported=True)
    return result


def _records(stream: IO[str]):
    text = stream.read()
    if text.lstrip().startswith("["):
        # An `iop export --format json` file: one array.
        try:
            items = json.loads(text)
        except ValueError as exc:
            yield 1, exc
            return
        yield from enumerate(items, 1)
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                yield number, exc
