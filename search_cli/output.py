"""Formatting records for people (table, text) and programs (JSON, JSON lines, CSV)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from facility import vocabulary
from facility.fields import FIELD_NAMES, LIST_FIELDS

TABLE_WIDTH = 100
# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def pretty_phone(record: dict[str, Any]) -> str:
    phone = record.get("phone")
    if not phone:
        return ""
    digits = phone[2:] if phone.startswith("+1") else phone
    text = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}" if len(digits) == 10 else phone
    if record.get("phone_extension"):
        text += f" x{record['phone_extension']}"
    return text


def days_text(record: dict[str, Any]) -> str:
    low, high = record.get("days_per_week_min"), record.get("days_per_week_max")
    if low is None and high is None:
        return "?"
    return str(low) if low == high or high is None else f"{low or high}-{high}"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def labels(field: str, codes: Iterable[str]) -> list[str]:
    return [vocabulary.label(field, code) for code in codes]


def table(records: list[dict[str, Any]]) -> str:
    """A table that fits a 100-column terminal: id, name, city, phone, days/week, payment."""
    columns = (("ID", 12), ("NAME", 28), ("CITY", 13), ("PHONE", 19), ("DAYS", 4))
    rest = TABLE_WIDTH - sum(w for _, w in columns) - len(columns)
    lines = [" ".join(h.ljust(w) for h, w in columns) + " INSURANCE"]
    for r in records:
        cells = (r["id"], r["name"], r.get("city") or "", pretty_phone(r), days_text(r))
        payment = ", ".join(labels("insurance", r.get("insurance") or []))
        row = " ".join(_cut(c, w).ljust(w) for c, (_, w) in zip(cells, columns, strict=True))
        lines.append((row + " " + _cut(payment, rest)).rstrip())
    return "\n".join(lines)


def text_record(r: dict[str, Any]) -> str:
    """All of one record, labelled, for `iop show`."""
    state_zip = " ".join(filter(None, (r.get("state"), r.get("zip"))))
    address = ", ".join(filter(None, (r.get("street"), r.get("city"), state_zip)))
    rows = [
        ("Name", r["name"]), ("ID", r["id"]), ("Address", address), ("County", r.get("county")),
        ("Phone", pretty_phone(r)), ("Website", r.get("website")),
        ("Levels of care", ", ".join(labels("levels_of_care", r.get("levels_of_care") or []))),
        ("Days per week", None if days_text(r) == "?" else days_text(r)),
        ("Hours per session", _range(r, "hours_per_session")),
        ("Program length", _range(r, "program_weeks", " weeks")),
        ("Cost", _cost(r)),
        ("Insurance", ", ".join(labels("insurance", r.get("insurance") or []))),
        ("Conditions", ", ".join(labels("conditions", r.get("conditions") or []))),
        ("Populations", ", ".join(labels("populations", r.get("populations") or []))),
        ("Languages", ", ".join(r.get("languages") or [])),
        ("Coordinates", f"{r['latitude']}, {r['longitude']}" if r.get("latitude") is not None else None),
    ]
    out = [f"{name + ':':19}{value}" for name, value in rows if value]
    if r.get("description"):
        out += ["", "Description:", "  " + r["description"]]
    out += ["", "Sources:"] + [f"  {s['url']} ({s['spider']}, fetched {s['fetched_at']})" for s in r["sources"]]
    return "\n".join(out)


def _range(r: dict[str, Any], prefix: str, unit: str = "") -> str | None:
    low, high = r.get(f"{prefix}_min"), r.get(f"{prefix}_max")
    if low is None and high is None:
        return None
    return f"{low:g}{unit}" if low == high else f"{low:g}-{high:g}{unit}"


def _cost(r: dict[str, Any]) -> str | None:
    low, high = r.get("cost_min_usd"), r.get("cost_max_usd")
    if low is None and high is None:
        return None
    amount = f"${low:,}" if low == high or high is None else f"${low or 0:,}-${high:,}"
    return f"{amount} per {r.get('cost_period')}"


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)  # repr precision: coordinates keep every digit
    text = str(value)
    # Prefixing a quote makes spreadsheets show the text instead of running it.
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def csv_row(record: dict[str, Any]) -> list[str]:
    row = []
    for name in FIELD_NAMES:
        value = record.get(name)
        if name in LIST_FIELDS:
            value = "; ".join(value or [])
        elif name == "sources":
            value = "; ".join(f"{s['url']} ({s['spider']} {s['fetched_at']})" for s in value or [])
        row.append(csv_cell(value))
    return row


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write records as csv, json or jsonl; returns how many were written."""
    items = list(records)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(FIELD_NAMES)
        writer.writerows(csv_row(record) for record in items)
    elif fmt == "jsonl":
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in items)
    elif fmt == "json":
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        raise ValueError(f"unknown format {fmt}")
    return len(items)


def export_file(records: list[dict[str, Any]], fmt: str, target: str) -> int:
    """Write to a file atomically (temp file then rename), or to stdout for "-"."""
    if target == "-":
        return write_records(records, fmt, sys.stdout)
    from facility.dataset import write_atomic

    buffer = io.StringIO()
    count = write_records(records, fmt, buffer)
    write_atomic(Path(target), [buffer.getvalue()])
    return count
