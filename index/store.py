"""Index generations on disk: build a new one beside the old, then switch a pointer.

data/index/CURRENT names the live generation directory. A build that dies halfway leaves
CURRENT (and the generation it names) untouched, so search keeps working. A generation
holds one or more Whoosh indexes (shards, built in parallel), each covering a run of
document numbers in name order, and the sidecar arrays of index.postings.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError

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
    paths = sorted(generation.glob(f"{SHARD_PREFIX}*"), key=lambda p: int(p.name[len(SHARD_PREFIX):]))
    try:
        if not paths:
            raise EmptyIndexError
        return generation, [whoosh_index.open_dir(str(path)) for path in paths]
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
    tmp = root / f".{POINTER}.tmp"
    tmp.write_text(generation.name, encoding="utf-8")
    os.replace(tmp, root / POINTER)
    # Keep the previous generation: a search that opened it a moment ago can finish.
    for path in root.glob("gen-*"):
        if path not in (generation, previous):
            shutil.rmtree(path, ignore_errors=True)
