"""The one way the project writes a moment: UTC, to the second, ISO 8601. Fetch, first-seen,
last-seen and rejection times are compared as strings, so they must all be written alike."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
