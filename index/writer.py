"""Building the index from validated records."""

from __future__ import annotations

import gc
import multiprocessing
import os
import shutil
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from .geo import build_places, enrich, write_geo
from .postings import COMMON_WORDS, write_lists, write_sidecar
from .schema import filter_terms, get_schema, to_document
from .store import Shards, new_generation, open_generation, publish, shard_path
from .suggest import write_words

# Below this many records a second process costs more (start-up, pickling) than it saves.
PARALLEL_FROM = 2000
# Words at least this share of documents hold ("recovery", "therapy") are decoded once at
# build time into packed arrays: Whoosh decodes long posting lists in Python, per query.
COMMON_SHARE, COMMON_LEAST = 0.01, 200


def name_order(record: dict[str, Any]) -> tuple[str, str]:
    return record["name"].casefold(), record["id"]


def build_shard(path: str, records: list[dict[str, Any]], terms: list[dict[str, list[str]]]) -> int:
    """Write one Whoosh index of `records`, in order, with a single writer (one segment)."""
    os.mkdir(path)
    ix = whoosh_index.create_in(path, get_schema())
    # The writer makes millions of short-lived objects and no cycles worth collecting:
    # cyclic GC passes only slow it down.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with ix.writer(limitmb=128) as writer:
            for record, record_terms in zip(records, terms, strict=True):
                writer.add_document(**to_document(record, record_terms))
    finally:
        if collecting:
            gc.enable()
    ix.close()
    return len(records)


def _build_parallel(generation: Path, ordered, terms, cuts, progress) -> bool:
    """Build the shards in worker processes; False when workers cannot be started here.

    Text analysis is the cost of a build and is pure Python, so it takes processes.
    Fork is quickest, but copying a process that runs other threads (a crawl's reactor, a
    server) is unsafe, so such a caller gets fresh interpreters ("spawn").
    """
    alone = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if alone else "spawn")
    # Frozen objects are not traversed by a child's GC, so its pages stay shared.
    gc.freeze()
    try:
        with ProcessPoolExecutor(len(cuts), mp_context=context) as pool:
            jobs = [pool.submit(build_shard, str(shard_path(generation, n)), ordered[a:b], terms[a:b])
                    for n, (a, b) in enumerate(cuts)]
            for job in progress(jobs) if progress else jobs:
                job.result()
    except BrokenProcessPool:
        # A worker died (or could not start, as from an unguarded __main__): build here.
        for n in range(len(cuts)):
            shutil.rmtree(shard_path(generation, n), ignore_errors=True)
        return False
    finally:
        gc.unfreeze()
    return True


def write_common_words(generation: Path, documents: int) -> None:
    shards = Shards(open_generation(generation))
    try:
        least = max(COMMON_LEAST, int(documents * COMMON_SHARE))
        lists = {field: {word: shards.postings(field, word) for word in shards.common_terms(field, least)}
                 for field in ("name", "body")}
    finally:
        shards.close()
    write_lists(generation, COMMON_WORDS, lists, documents)


def build_index(
    root: Path,
    records: Iterable[dict[str, Any]],
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
) -> int:
    """Write a fresh index generation of `records` and make it the live one.

    Records are sorted by name and cut into consecutive shards, one per process, so a
    document's number (its shard's offset plus its place in the shard) is its rank by
    name. Returns the number of records indexed. On any error the new generation is
    removed and the previous index stays live.
    """
    ordered = sorted(records, key=name_order)
    places = build_places({r["state"] for r in ordered if r.get("state")})
    ordered = [enrich(record, places) for record in ordered]
    terms = [filter_terms(record) for record in ordered]
    shards = min(2, os.cpu_count() or 1) if len(ordered) >= PARALLEL_FROM else 1
    size = -(-len(ordered) // shards)
    cuts = [(n * size, min(len(ordered), (n + 1) * size)) for n in range(shards)]
    generation = new_generation(root)
    try:
        if shards == 1 or not _build_parallel(generation, ordered, terms, cuts, progress):
            for n, (a, b) in enumerate(cuts):
                chunk = ordered[a:b]
                build_shard(str(shard_path(generation, n)), list(progress(chunk)) if progress else chunk, terms[a:b])
        write_sidecar(generation, terms)
        write_common_words(generation, len(ordered))
        write_geo(generation, ordered, places)
        write_words(generation, ordered)
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    publish(root, generation)
    return len(ordered)
