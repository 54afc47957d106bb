"""Filter postings beside the Whoosh index: per filter value, its packed document numbers.

Whoosh decodes posting lists one posting at a time in Python, and a filter term such as
`iop` is on most documents: at 100,000 records nearly all of a filtered query's time went
into the filters. The filter fields take few values, so at build time we write each
value's document numbers as one packed array; a query reads only the arrays it needs and
intersects them as sets. Document numbers are ranks by name (see index.writer).
"""

from __future__ import annotations

import itertools
import json
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Any

FILTERS = "sidecar"  # filter terms of every document
COMMON_WORDS = "words-common"  # the postings of the most common words of the text fields
ITEM = "I"  # unsigned 32-bit document numbers


def write_sidecar(directory: Path, terms: list[dict[str, list[str]]]) -> None:
    """Write the filter arrays; `terms[n]` are the filter terms of document number n."""
    lists: dict[str, dict[str, array]] = defaultdict(lambda: defaultdict(lambda: array(ITEM)))
    for docnum, record_terms in enumerate(terms):
        for field, values in record_terms.items():
            for value in values:
                lists[field][value].append(docnum)
    write_lists(directory, FILTERS, lists, len(terms))


def write_lists(directory: Path, stem: str, lists: dict[str, dict[str, array]], documents: int) -> None:
    """Write {field: {value: document numbers}} as packed arrays and a table of offsets."""
    table: dict[str, Any] = {"documents": documents, "terms": {}}
    offset = 0
    with (directory / f"{stem}.bin").open("wb") as f:
        for field, values in sorted(lists.items()):
            table["terms"][field] = {}
            for value, docs in sorted(values.items()):
                f.write(docs.tobytes())
                table["terms"][field][value] = [offset, len(docs)]
                offset += len(docs) * docs.itemsize
    (directory / f"{stem}.json").write_text(json.dumps(table), encoding="utf-8")


class Sidecar:
    """Read side: `docs(field, value)` is the set of documents carrying that value."""

    def __init__(self, directory: Path, stem: str = FILTERS) -> None:
        meta = json.loads((directory / f"{stem}.json").read_text(encoding="utf-8"))
        self.documents: int = meta["documents"]
        self.table: dict[str, dict[str, list[int]]] = meta["terms"]
        self.path = directory / f"{stem}.bin"

    def _read(self, offset: int, count: int) -> array:
        docs = array(ITEM)
        with self.path.open("rb") as f:
            f.seek(offset)
            docs.frombytes(f.read(count * docs.itemsize))
        return docs

    def docs(self, field: str, value: str) -> set[int]:
        entry = self.table.get(field, {}).get(value)
        return set(self._read(*entry)) if entry else set()

    def has(self, field: str, value: str) -> bool:
        return value in self.table.get(field, {})

    def values(self, field: str) -> dict[str, int]:
        """How many documents carry each value of a field."""
        return {value: count for value, (_, count) in self.table.get(field, {}).items()}

    def match(self, groups: list[tuple[str, list[str]]]) -> set[int] | None:
        """Documents that carry one of the values of every (field, values) group; None when no group."""
        result: set[int] | None = None
        for field, values in groups:
            docs: set[int] = set()
            for value in values:
                docs |= self.docs(field, value)
            result = docs if result is None else result & docs
            if not result:
                return set()
        return result

    def by_name(self, docs: set[int] | None, limit: int | None,
                hidden: set[int] | frozenset = frozenset()) -> tuple[int, list[int]]:
        """How many documents, and the first `limit` in name order (document numbers are).

        `docs` None means every document; `hidden` ones never count.
        """
        if docs is None:
            shown = (doc for doc in range(self.documents) if doc not in hidden)
            return self.documents - len(hidden), list(itertools.islice(shown, limit))
        docs = docs - hidden
        return len(docs), sorted(docs)[:limit]
