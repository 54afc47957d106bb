"""Building the index from validated records."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable, Iterable

from whoosh import index as whoosh_index

from .schema import get_schema, to_document
from .store import new_generation, publish


def build_index(
    root: Path,
    records: Iterable[dict[str, Any]],
    progress: Callable[[Iterable[dict[str, Any]]], Iterable[dict[str, Any]]] | None = None,
) -> int:
    """Write a fresh index generation of `records` and make it the live one.

    Records are written in id order so ties in ranking break the same way every build.
    Returns the number of records indexed. On any error the new generation is removed and
    the previous index stays live.
    """
    ordered = sorted(records, key=lambda r: r["id"])
    generation = new_generation(root)
    count = 0
    try:
        ix = whoosh_index.create_in(str(generation), get_schema())
        # One big in-memory buffer: a single segment, no merges, the fastest bulk load.
        with ix.writer(limitmb=512) as writer:
            for record in progress(ordered) if progress else ordered:
                writer.add_document(**to_document(record))
                count += 1
        ix.close()
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    publish(root, generation)
    return count
