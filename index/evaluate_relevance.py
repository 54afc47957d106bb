"""Relevance of `iop search` over judged queries: success@5 and nDCG@10.

    python -m index.evaluate_relevance tests/relevance/queries.jsonl --data-dir DIR [--show]

Judgments are written as facts a result must have, not as result lists, so they do not
come from the engine they judge: a record is relevant (gain 2) when it has every fact of
`relevant`, partly relevant (gain 1) when it has every fact of `partial`. Facts: a code
field and the codes any of which it must hold; "city"; "name" (contained, any case);
"text" (a word of the description); "days" (within the days/week range); "near" (lat,
lon, miles, by the haversine formula written out here).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

CODE_FIELDS = ("levels_of_care", "insurance", "conditions", "populations", "languages")


def _miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Independent of index.geo on purpose: the judge must not share the engine's code.
    r = 3958.8
    a = (math.sin(math.radians(lat2 - lat1) / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2))
         * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * r * math.atan2(math.sqrt(a), math.sqrt(1 - a))


def has_facts(record: dict[str, Any], facts: dict[str, Any]) -> bool:
    if not facts:
        return False
    for key, want in facts.items():
        if key in CODE_FIELDS:
            ok = bool(set(want) & set(record.get(key) or []))
        elif key == "city":
            ok = (record.get("city") or "").casefold() in {c.casefold() for c in want}
        elif key == "name":
            ok = want.casefold() in record["name"].casefold()
        elif key == "text":
            ok = want.casefold() in (record.get("description") or "").casefold()
        elif key == "days":
            low, high = record.get("days_per_week_min"), record.get("days_per_week_max")
            ok = low is not None and high is not None and low <= want <= high
        elif key == "near":
            ok = record.get("latitude") is not None and _miles(
                want["lat"], want["lon"], record["latitude"], record["longitude"]) <= want["miles"]
        else:
            raise ValueError(f"unknown fact '{key}'")
        if not ok:
            return False
    return True


def gain(record: dict[str, Any], query: dict[str, Any]) -> int:
    if has_facts(record, query["relevant"]):
        return 2
    return 1 if has_facts(record, query.get("partial") or {}) else 0


def dcg(gains: list[int]) -> float:
    return sum((2 ** g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def evaluate(queries: list[dict[str, Any]], corpus: list[dict[str, Any]], run) -> list[dict[str, Any]]:
    """`run(query_text, flags)` returns the ranked result records of one query."""
    rows = []
    for query in queries:
        ranked = run(query["query"], query["flags"])
        gains = [gain(record, query) for record in ranked[:10]]
        ideal = sorted((gain(record, query) for record in corpus), reverse=True)[:10]
        best = max(ideal) if ideal else 0
        rows.append({
            "id": query["id"], "query": " ".join([query["query"], *query["flags"]]).strip(),
            # A hit at the best grade the corpus has for this query, within the first five.
            "success5": int(best > 0 and best in gains[:5]),
            "ndcg10": dcg(gains) / dcg(ideal) if dcg(ideal) else 0.0,
            "judged": sum(1 for g in ideal if g), "top": [r["name"] for r in ranked[:3]],
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="success@5 and nDCG@10 of iop search over judged queries.")
    parser.add_argument("queries", type=Path)
    parser.add_argument("--data-dir", type=Path, required=True, help="a data dir with an index (e.g. after iop demo)")
    parser.add_argument("--show", action="store_true", help="one line per query")
    args = parser.parse_args(argv)

    from click.testing import CliRunner

    from facility.datadir import DataDir
    from facility.dataset import load
    from search_cli.app import cli

    queries = [json.loads(line) for line in args.queries.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus = [r for r in load(DataDir.at(args.data_dir).dataset).values() if not r.get("stale")]
    runner = CliRunner()

    def run(text: str, flags: list[str]) -> list[dict[str, Any]]:
        result = runner.invoke(cli, ["--data-dir", str(args.data_dir), "search", *text.split(), *flags,
                                     "--format", "json", "--limit", "10"])
        return json.loads(result.stdout) if result.exit_code == 0 and result.stdout.strip() else []

    rows = evaluate(queries, corpus, run)
    if args.show:
        for row in rows:
            print(f"{row['id']} s@5={row['success5']} nDCG@10={row['ndcg10']:.2f} judged={row['judged']:3} "
                  f"{row['query']!r} -> {row['top']}")
    print(f"{len(rows)} queries: success@5 {sum(r['success5'] for r in rows) / len(rows):.3f}, "
          f"nDCG@10 {sum(r['ndcg10'] for r in rows) / len(rows):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
