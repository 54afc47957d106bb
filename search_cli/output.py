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

# The record's fields, then when a source last listed it and whether none does any more.
CSV_COLUMNS = (*FIELD_NAMES, "last_seen", "stale")

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
    """A table that fits a 100-column terminal: id, name, city, phone, days/week, payment,
    and miles when the search was near a place."""
    near = any("distance_miles" in r for r in records)
    columns = (("ID", 12), ("NAME", 28), ("CITY", 13), ("PHONE", 19), ("DAYS", 4)) + ((("MI", 5),) if near else ())
    rest = TABLE_WIDTH - sum(w for _, w in columns) - len(columns)
    lines = [" ".join(h.ljust(w) for h, w in columns) + " INSURANCE"]
    for r in records:
        name = f"[stale] {r['name']}" if r.get("stale") else r["name"]
        cells = (r["id"], name, r.get("city") or "", pretty_phone(r), days_text(r))
        if near:
            cells += (f"{r['distance_miles']:.1f}",)
        payment = ", ".join(labels("insurance", r.get("insurance") or []))
        row = " ".join(_cut(c, w).ljust(w) for c, (_, w) in zip(cells, columns, strict=True))
        lines.append((row + " " + _cut(payment, rest)).rstrip())
    return "\n".join(lines)


FACET_TITLES = {"insurance": "Insurance", "conditions": "Conditions", "levels_of_care": "Level of care",
                "city": "City"}


def facets_text(facets: dict[str, list[tuple[str, int]]]) -> str:
    """Counts per value among the matches, so a person sees how to narrow the search."""
    lines = []
    for field, counts in facets.items():
        named = [(value.title() if field == "city" else _code_label(field, value), n) for value, n in counts]
        lines.append(f"{FACET_TITLES[field]}: " + ", ".join(f"{label} {n}" for label, n in named))
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
        ("Not accepted", ", ".join(labels("insurance", r.get("insurance_refused") or []))),
        ("Conditions", ", ".join(labels("conditions", r.get("conditions") or []))),
        ("Populations", ", ".join(labels("populations", r.get("populations") or []))),
        ("Languages", ", ".join(r.get("languages") or [])),
        ("Coordinates", None if r.get("latitude") is None else f"{r['latitude']}, {r['longitude']}"
         + (" (approximate: the centre of its ZIP code)" if r.get("coordinates_approximate") else "")),
    ]
    out = [f"{name + ':':19}{value}" for name, value in rows if value]
    if r.get("last_seen"):
        seen = f"{r['last_seen'][:10]} (first {r['first_seen'][:10]})"
        out.append(f"{'Last seen:':19}{seen}" + ("; STALE: no source lists it any more" if r.get("stale") else ""))
    if r.get("description"):
        out += ["", "Description:", "  " + r["description"]]
    out += provenance_lines(r)
    out += ["", "Sources:"] + [f"  {s['url']} ({s['spider']}, fetched {s['fetched_at']})" for s in r["sources"]]
    return "\n".join(out)


def provenance_lines(r: dict[str, Any]) -> list[str]:
    """Which records were merged and why, which record each fact comes from, what sources
    contradict and what a refusal removed. Records are numbered [1], [2]... for reference."""
    merged = r.get("merged_from") or []
    if not merged:
        return []
    number = {m["source"]: n for n, m in enumerate(merged, 1)}
    ref = lambda urls: " ".join(f"[{number[u]}]" if u in number else u for u in urls)  # noqa: E731
    out = ["", f"Merged from {len(merged)} record{'s' if len(merged) > 1 else ''}:"]
    for n, m in enumerate(merged, 1):
        gone = f", missing since {m['missing_since'][:10]}" if m.get("missing_since") else ""
        out.append(f"  [{n}] {m['spider']}: {m['source']} (last seen {m['last_seen'][:10]}{gone})")
        if m.get("evidence"):
            partner = f"with {ref([m['matched_with']])} " if m.get("matched_with") else ""
            out.append(f"      matched {partner}on: {'; '.join(m['evidence'])}")
    out += ["", "Where each fact comes from:"]
    for name, where in (r.get("field_sources") or {}).items():
        if isinstance(where, dict):
            field = "insurance" if name == "insurance_refused" else name
            parts = [f"{_code_label(field, code)} {ref(urls)}" for code, urls in where.items()]
            out.append(f"  {name.replace('_', ' ')}: {', '.join(parts)}")
        else:
            out.append(f"  {name.replace('_', ' ')}: {ref(where)}")
    if r.get("conflicts"):
        out += ["", "Sources disagree (the first value is shown above):"]
        for c in r["conflicts"]:
            values = "; ".join(f"{_conflict_value(v['value'])} {ref([v['source']])}" for v in c["values"])
            out.append(f"  {c['field'].replace('_', ' ')}: {values}")
    if r.get("removed"):
        out += ["", "Removed by a more trusted source's refusal:"]
        for x in r["removed"]:
            out.append(f"  {_code_label(x['field'], x['code'])}: stated by {ref(x['stated_by'])}, "
                       f"not accepted per {ref(x['refused_by'])}")
    return out


def _code_label(field: str, code: str) -> str:
    return code if field == "languages" else vocabulary.label(field, code)


def _conflict_value(value: Any) -> str:
    if not isinstance(value, list):
        return str(value)
    if not all(isinstance(v, (int, float)) for v in value[:2]):  # a phone and its extension
        return " x".join(str(v) for v in value if v)
    low, high, *unit = value
    text = f"{low:g}" if low == high or high is None else f"{low:g}-{high:g}"
    return f"{text} per {unit[0]}" if unit and unit[0] else text


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
    for name in CSV_COLUMNS:
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
        writer.writerow(CSV_COLUMNS)
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
