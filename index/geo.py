"""Places and distances: ZIP centroids, city centres, and every facility's coordinates.

At build time the ZIP table of the `zipcodes` package (its data ships inside it; nothing
is downloaded) gives a centroid to facilities without coordinates, flagged approximate,
and is saved beside the index, so a search `--near 90066` neither imports the package nor
loads the whole country. Distances are great-circle miles.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from array import array
from pathlib import Path
from typing import Any

from facility.distance import miles

PLACES_FILE = "places.json"
GEO_FILE = "geo.bin"
# Documents with coordinates sorted by latitude, and those latitudes: a radius search
# bisects them instead of sorting 100,000 points at every cold start.
ORDER_FILE, LATS_FILE = "geo-order.bin", "geo-lats.bin"
DEFAULT_RADIUS = 10.0


class UnknownPlace(ValueError):
    pass


def build_places(states: set[str]) -> dict[str, Any]:
    """ZIP centroids ({zip: [lat, lon, city, county]}) and city centres for these states.

    California comes first: a city name found in two states means the Californian one.
    """
    import zipcodes

    zips: dict[str, list[Any]] = {}
    sums: dict[str, list[float]] = {}
    for state in ["CA", *sorted(states - {"CA"})]:
        for entry in zipcodes.filter_by(state=state):
            try:
                lat, lon = float(entry["lat"]), float(entry["long"])
            except (TypeError, ValueError):
                continue
            county = re.sub(r"\s+County$", "", entry.get("county") or "") or None
            zips[entry["zip_code"]] = [lat, lon, entry["city"], county]
            city = sums.setdefault(f"{entry['city'].casefold()}|{state}", [0.0, 0.0, 0])
            city[0], city[1], city[2] = city[0] + lat, city[1] + lon, city[2] + 1
    cities: dict[str, list[float]] = {}
    for key, (lat, lon, n) in sums.items():
        cities.setdefault(key.split("|")[0], [round(lat / n, 5), round(lon / n, 5)])
    return {"zips": zips, "cities": cities}


def enrich(record: dict[str, Any], places: dict[str, Any]) -> dict[str, Any]:
    """The record with its ZIP's centroid when it has no coordinates (marked approximate),
    and its ZIP's county when it names none."""
    place = places["zips"].get(record.get("zip") or "")
    if place is None:
        return record
    out = dict(record)
    if record.get("latitude") is None or record.get("longitude") is None:
        out["latitude"], out["longitude"] = place[0], place[1]
        out["coordinates_approximate"] = True
    if not record.get("county") and place[3]:
        out["county"] = place[3]
    return out


def write_geo(directory: Path, records: list[dict[str, Any]], places: dict[str, Any]) -> None:
    """Coordinates per document number (NaN when unknown), and the places table."""
    coordinates = array("d")
    for record in records:
        lat, lon = record.get("latitude"), record.get("longitude")
        coordinates.extend((math.nan, math.nan) if lat is None or lon is None else (lat, lon))
    (directory / GEO_FILE).write_bytes(coordinates.tobytes())
    known = sorted((doc for doc, r in enumerate(records) if r.get("latitude") is not None
                    and r.get("longitude") is not None), key=lambda doc: records[doc]["latitude"])
    (directory / ORDER_FILE).write_bytes(array("I", known).tobytes())
    (directory / LATS_FILE).write_bytes(array("d", (records[doc]["latitude"] for doc in known)).tobytes())
    (directory / PLACES_FILE).write_text(json.dumps(places, separators=(",", ":")), encoding="utf-8")


class Geo:
    """Read side: documents within a radius of a point, nearest first."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._places: dict[str, Any] | None = None
        coordinates = array("d")
        coordinates.frombytes((directory / GEO_FILE).read_bytes())
        self.lats, self.lons = coordinates[0::2], coordinates[1::2]
        self.by_lat = array("I")
        self.by_lat.frombytes((directory / ORDER_FILE).read_bytes())
        self.sorted_lats = array("d")
        self.sorted_lats.frombytes((directory / LATS_FILE).read_bytes())

    @property
    def places(self) -> dict[str, Any]:
        if self._places is None:
            self._places = json.loads((self.directory / PLACES_FILE).read_text(encoding="utf-8"))
        return self._places

    def within(self, lat: float, lon: float, radius: float) -> dict[int, float]:
        """{document: miles} for every facility within `radius` miles of (lat, lon)."""
        dlat = radius / 69.0  # a degree of latitude is about 69 miles
        dlon = radius / max(1e-6, 69.172 * math.cos(math.radians(lat)))
        start = bisect.bisect_left(self.sorted_lats, lat - dlat)
        stop = bisect.bisect_right(self.sorted_lats, lat + dlat)
        out = {}
        lons = self.lons
        for doc in self.by_lat[start:stop]:
            if abs(lons[doc] - lon) <= dlon:
                distance = miles(lat, lon, self.lats[doc], lons[doc])
                if distance <= radius:
                    out[doc] = distance
        return out

    def resolve(self, place: str) -> tuple[float, float, str]:
        """A ZIP, "LAT,LON" or a city name -> (lat, lon, what it was understood as)."""
        return resolve_place(place, self.places)


_LAT_LON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def resolve_place(place: str, places: dict[str, Any]) -> tuple[float, float, str]:
    text = place.strip()
    match = _LAT_LON.match(text)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise UnknownPlace(f"'{place}' is not a latitude,longitude pair")
        return lat, lon, f"{lat:g},{lon:g}"
    if re.fullmatch(r"\d{5}", text):
        entry = places["zips"].get(text) or _any_zip(text)
        if entry is None:
            raise UnknownPlace(f"unknown ZIP code '{text}'")
        return entry[0], entry[1], f"ZIP {text} ({entry[2]})"
    city = places["cities"].get(text.casefold())
    if city is None:
        raise UnknownPlace(f"unknown place '{place}'; give a ZIP code, \"LAT,LON\" or a California city")
    return city[0], city[1], text.title()


def _any_zip(code: str) -> list[Any] | None:
    # A ZIP outside the states the index covers: ask the full table (slower, rare).
    import zipcodes

    try:
        found = zipcodes.matching(code)
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    entry = found[0]
    return [float(entry["lat"]), float(entry["long"]), entry["city"], entry.get("county")]
