"""Pairwise precision and recall of facility matching over a labeled pairs file.

    python -m facility.evaluate_matching tests/matching/pairs.jsonl [--split heldout] [--mistakes]

Each line: {"id", "split", "match": true|false, "a": record, "b": record, "note"}.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .matching import compare
from .scoring import load_split as load
from .scoring import precision_recall


def score(pairs: list[dict[str, Any]]) -> tuple[dict[str, int], list[str]]:
    """Counts of true/false positives and negatives, and a line per wrong decision."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    mistakes = []
    for pair in pairs:
        decision = compare(pair["a"], pair["b"])
        kind = ("t" if decision.match == pair["match"] else "f") + ("p" if decision.match else "n")
        counts[kind] += 1
        if kind in ("fp", "fn"):
            mistakes.append(f"{pair['id']} {kind.upper()} ({pair.get('note', '')}): {'; '.join(decision.evidence)}")
    return counts, mistakes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pairwise precision and recall of facility matching.")
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--split", choices=["dev", "heldout"], help="score one part of the pairs only")
    parser.add_argument("--mistakes", action="store_true", help="list every wrong decision with its evidence")
    args = parser.parse_args(argv)
    try:
        pairs = load(args.pairs, args.split)
    except (OSError, ValueError, KeyError) as exc:
        print(f"evaluate_matching: cannot read {args.pairs}: {exc}", file=sys.stderr)
        return 2
    c, mistakes = score(pairs)
    precision, recall = precision_recall(c)
    matches = c["tp"] + c["fn"]
    print(f"{len(pairs)} pairs ({matches} match, {len(pairs) - matches} non-match)"
          f"{' [' + args.split + ']' if args.split else ''}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  tp {c['tp']} fp {c['fp']} fn {c['fn']} tn {c['tn']}")
    if args.mistakes:
        print("\n".join(mistakes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
