"""Index generations on disk: build a new one beside the old, then switch a pointer.

data/index/CURRENT names the live generation directory. A build that dies halfway leaves
CURRENT (and the generation it names) untouched, so search keeps working. A generation
holds one or more Whoosh indexes (shards, built in parallel), each covering a run of
document numbers in name order, and the sidecar arrays of index.postings.
"""

from __future__ import annotations

import shutil
import time
from array import array
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError
from whoosh.reading import TermNotFound

POINTER = "CURRENT"


class IndexMissing(Exception):
    """No usable index; the message says how to make one."""


def current_generation(root: Path) -> Path:
    try:
        name = (root / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise IndexMissing(f"No index in {root}; run `iop crawl`, `iop demo` or `iop index rebuild` first") from None
    path = root / name
    if not name or not path.is_dir():
        raise IndexMissing(f"The index in {root} is incomplete; run `iop index rebuild`")
    return path


SHARD_PREFIX = "shard-"


def shard_path(generation: Path, number: int) -> Path:
    return generation / f"{SHARD_PREFIX}{number}"


def open_shards(root: Path) -> tuple[Path, list]:
    """The live generation and its Whoosh indexes, in document-number order."""
    generation = current_generation(root)
    return generation, open_generation(generation, root)


def open_generation(generation: Path, root: Path | None = None) -> list:
    paths = sorted(generation.glob(f"{SHARD_PREFIX}*"), key=lambda p: int(p.name[len(SHARD_PREFIX):]))
    root = root or generation.parent
    try:
        if not paths:
            raise EmptyIndexError
        return [whoosh_index.open_dir(str(path)) for path in paths]
    except EmptyIndexError:
        raise IndexMissing(f"The index in {root} is damaged; run `iop index rebuild`") from None


def new_generation(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"gen-{time.time_ns()}"
    path.mkdir()
    return path


def publish(root: Path, generation: Path) -> None:
    """Point CURRENT at `generation` atomically, then drop all but the previous generation."""
    previous = None
    try:
        previous = current_generation(root)
    except IndexMissing:
        pass
    from facility.dataset import write_atomic  # only builds switch generations; search never imports it

    write_atomic(root / POINTER, [generation.name])
    # Keep the previous generation: a search that opened it a moment ago can finish.
    for path in root.glob("gen-*"):
        if path not in (generation, previous):
            shutil.rmtree(path, ignore_errors=True)


class Shards:
    """Searchers over a generation's shards, with document numbers offset shard by shard."""

    def __init__(self, indexes: list) -> None:
        self.searchers = [ix.searcher() for ix in indexes]
        self.offsets = [0]
        for searcher in self.searchers:
            self.offsets.append(self.offsets[-1] + searcher.doc_count_all())

    def postings(self, field: str, word: str) -> array:
        """Every document whose `field` holds `word`, read a block at a time.

        Whoosh's generic `all_ids()` steps one posting at a time in Python; reading whole
        blocks of each segment's leaf matcher is several times faster.
        """
        ids = array("I")
        for searcher, base in zip(self.searchers, self.offsets[:-1], strict=True):
            for leaf, offset in searcher.leaf_searchers():
                try:
                    matcher = leaf.postings(field, word)
                except TermNotFound:
                    continue
                shift = base + offset
                if not hasattr(matcher, "_read_ids"):  # another codec: the slow, public way
                    ids.extend(doc + shift for doc in matcher.all_ids())
                    continue
                while matcher.is_active():
                    matcher._read_ids()
                    ids.extend(matcher._ids if not shift else (doc + shift for doc in matcher._ids))
                    matcher._next_block()
        return ids

    def has_term(self, field: str, word: str) -> bool:
        return any(searcher.doc_frequency(field, word) for searcher in self.searchers)

    def common_terms(self, field: str, least: int) -> list[str]:
        """Terms of `field` that at least `least` documents hold, over all shards."""
        counts: dict[str, int] = {}
        for searcher in self.searchers:
            reader = searcher.reader()
            for term in reader.field_terms(field):
                counts[term] = counts.get(term, 0) + reader.doc_frequency(field, term)
        return sorted(term for term, n in counts.items() if n >= least)

    def close(self) -> None:
        for searcher in self.searchers:
            searcher.close()
