"""Precision and recall of page extraction per field, over a corpus of pages with expected values.

    python -m crawler.extract.evaluate tests/extraction/cases.jsonl [--split heldout]

Each line of the corpus: {"id", "split", "html" or "text", "expect": {field: value}}. Only
the fields a case lists are scored for it; an expected null or [] means the page states
nothing for that field, so anything extracted there is a false positive.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from facility.scoring import load_split as load
from facility.scoring import precision_recall

from .facts import site_record
from .page import Page, read_page

FIELDS = ("name", "days", "hours", "weeks", "cost", "insurance", "conditions", "populations",
          "levels_of_care", "languages")
_RANGES = {"days": "days_per_week", "hours": "hours_per_session", "weeks": "program_weeks"}


def extract(case: dict[str, Any]) -> dict[str, Any]:
    """What the extraction reads from one case, in the corpus's field names."""
    url = case.get("url", "http://127.0.0.1/")
    page = read_page(case["html"], url) if "html" in case else Page(url=url, text=case["text"], content=case["text"])
    record = site_record([page], url, "2026-01-01T00:00:00Z", "evaluate")
    out: dict[str, Any] = {"name": record["name"]}
    for short, prefix in _RANGES.items():
        low, high = record[f"{prefix}_min"], record[f"{prefix}_max"]
        out[short] = None if low is None else [low, high]
    out["cost"] = None if record["cost_period"] is None else [
        record["cost_min_usd"], record["cost_max_usd"], record["cost_period"]]
    for field in ("insurance", "conditions", "populations", "levels_of_care", "languages"):
        out[field] = record[field]
    return out


def _implied(field: str, values: list[str]) -> set[str]:
    # A named carrier implies private insurance in the model; score what the record would hold.
    from facility.vocabulary import COMMERCIAL_CARRIERS

    found = set(values)
    if field == "insurance" and found & COMMERCIAL_CARRIERS:
        found.add("private_insurance")
    return found


def score(cases: list[dict[str, Any]]) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Per-field true/false positives and false negatives, and one line per mistake."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    mistakes: list[str] = []
    for case in cases:
        got = extract(case)
        for field, want in case["expect"].items():
            c = counts[field]
            have = got[field]
            if isinstance(want, list) and field not in ("days", "hours", "weeks", "cost"):
                want_set, have_set = _implied(field, want), _implied(field, have)
                c["tp"] += len(want_set & have_set)
                c["fp"] += len(have_set - want_set)
                c["fn"] += len(want_set - have_set)
                if want_set != have_set:
                    mistakes.append(f"{case['id']} {field}: expected {sorted(want_set)}, got {sorted(have_set)}")
                continue
            if want is not None and have is not None and _same(want, have):
                c["tp"] += 1
                continue
            if have is not None:
                c["fp"] += 1
            if want is not None:
                c["fn"] += 1
            if want != have:
                mistakes.append(f"{case['id']} {field}: expected {want!r}, got {have!r}")
    return counts, mistakes


def _same(want: Any, have: Any) -> bool:
    if isinstance(want, list):
        return len(want) == len(have) and all(
            (abs(float(a) - float(b)) < 1e-6) if isinstance(a, (int, float)) else a == b
            for a, b in zip(want, have, strict=True))
    return want == have


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Precision and recall of page extraction per field.")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", choices=["dev", "heldout"], help="score one part of the corpus only")
    parser.add_argument("--mistakes", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    try:
        cases = load(args.corpus, args.split)
    except (OSError, ValueError, KeyError) as exc:
        print(f"evaluate: cannot read {args.corpus}: {exc}", file=sys.stderr)
        return 2
    counts, mistakes = score(cases)
    print(f"{len(cases)} cases{' (' + args.split + ')' if args.split else ''}")
    print(f"{'field':16} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for field in FIELDS:
        if field in counts:
            c = counts[field]
            precision, recall = precision_recall(c)
            print(f"{field:16} {precision:9.3f} {recall:7.3f} {c['tp']:4} {c['fp']:4} {c['fn']:4}")
    if args.mistakes:
        print("\n".join(mistakes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
