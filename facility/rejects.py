"""The rejects file: every record that could not be stored, with its reason and source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .clock import now


def source_url(raw: dict[str, Any]) -> str | None:
    sources = raw.get("sources") if isinstance(raw, dict) else None
    if isinstance(sources, list) and sources and isinstance(sources[0], dict):
        return sources[0].get("url")
    return None


def append_reject(path: Path, raw: Any, reason: str, origin: str) -> None:
    """Append one reject line: when, why, from where, and the raw record as received."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = {
        "rejected_at": now(),
        "reason": reason,
        "url": source_url(raw),
        "origin": origin,
        "record": raw,
    }
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
