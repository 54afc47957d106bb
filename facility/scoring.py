"""What the evaluation commands share: labelled JSONL corpora split into dev and held-out
parts, and precision and recall from true/false positive counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_split(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    """The labelled lines of a JSONL corpus, only those of `split` when one is given."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [line for line in lines if split in (None, line["split"])]


def precision_recall(counts: dict[str, int]) -> tuple[float, float]:
    """Precision and recall of tp/fp/fn counts; 1.0 where nothing was predicted or expected."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
