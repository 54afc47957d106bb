"""The dataset file: one validated record per line, replaced atomically, one writer at a time."""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import vocabulary
from .datadir import DataDir
from .fields import LIST_FIELDS, RANGE_PAIRS


class DatasetError(Exception):
    """The dataset cannot be read or written; the message says what to do."""


class DataDirBusy(DatasetError):
    pass


def load(path: Path) -> dict[str, dict[str, Any]]:
    """Read the dataset into {id: record}; a missing file is an empty dataset."""
    records: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return records
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                records[record["id"]] = record
            except (ValueError, KeyError, TypeError):
                raise DatasetError(f"{path}, line {number}: not a facility record; restore or delete the file") from None
    return records


def write_atomic(path: Path, lines: Iterable[str]) -> None:
    """Write lines to a temporary file beside `path`, fsync, then rename over it.

    A crash at any point leaves either the old file or the new one, never half of one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            for line in lines:
                f.write(line)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(path: Path, records: dict[str, dict[str, Any]]) -> None:
    """Replace the dataset with `records`, sorted by id so the file diffs cleanly."""
    write_atomic(
        path, (json.dumps(records[key], ensure_ascii=False) + "\n" for key in sorted(records))
    )


@contextmanager
def write_lock(data_dir: DataDir) -> Iterator[None]:
    """Hold the data dir's write lock; a second writer fails at once with a clear message."""
    data_dir.ensure()
    with data_dir.lock.open("a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DataDirBusy(
                f"another iop command is writing to {data_dir.root}; wait for it to finish and try again"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def union_sources(*groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sources of several records, each page once at its latest fetch."""
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for group in groups:
        for source in group:
            key = (source["url"], source["spider"])
            if key not in by_key or source["fetched_at"] > by_key[key]["fetched_at"]:
                by_key[key] = source
    return sorted(by_key.values(), key=lambda s: (s["spider"], s["url"]))


def combine(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """One record from two records of the same facility: lists unioned, `first` wins scalars.

    Ranges (min, max and the cost period) are taken as a whole from one record so that a
    min from one source is never paired with a max from another.
    """
    merged = dict(first)
    for key, value in second.items():
        if key in LIST_FIELDS:
            merged[key] = vocabulary.in_order(key, [*(first.get(key) or []), *(value or [])])
        elif merged.get(key) is None and not any(key in pair for pair in RANGE_PAIRS):
            merged[key] = value
    for pair in RANGE_PAIRS:
        if all(first.get(k) is None for k in pair):
            for k in pair:
                merged[k] = second.get(k)
    if first.get("description") and second.get("description") and second["description"] not in first["description"]:
        merged["description"] = f"{first['description']} {second['description']}"
    merged["sources"] = union_sources(first.get("sources", []), second.get("sources", []))
    return merged


def collapse(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Merge records that share an id (the locator's MH and SA rows of one facility)."""
    out: dict[str, dict[str, Any]] = {}
    for record in records:
        key = record["id"]
        out[key] = combine(out[key], record) if key in out else record
    return out
