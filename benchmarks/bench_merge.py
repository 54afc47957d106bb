"""Merge speed, memory and cluster quality of `reconcile` on synthetic overlapping sources.

    python benchmarks/bench_merge.py                 # 1,000 and 10,000 facilities
    python benchmarks/bench_merge.py --sizes 100000

Each synthetic facility has a locator row; 40% also a directory listing that spells it
its own way ("Inc.", "Blvd.", dotted phone), 20% a website record without an address, and
5% a sibling: the same organisation (name, phone) at another address, which must stay
apart. Reports the first merge (all new), a recrawl (all unchanged), peak memory, and the
pairwise precision/recall of the clusters against the known truth.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from facility.reconcile import reconcile  # noqa: E402

STREETS = ["Main Street", "Olive Avenue", "Ventura Boulevard", "Pico Boulevard", "Atlantic Avenue", "Hill Street"]
CITIES = [("Los Angeles", "90012"), ("Pasadena", "91101"), ("Long Beach", "90802"), ("Glendale", "91204"),
          ("Burbank", "91502"), ("Torrance", "90501"), ("Pomona", "91767"), ("Whittier", "90601")]
NAME_A = ["Harbor", "Sunrise", "Pacific", "Canyon", "Jacaranda", "Arroyo", "Mesa", "Lantern", "Cedar", "Willow"]
NAME_B = ["Recovery Center", "Behavioral Health", "Counseling", "Wellness", "Treatment Center", "Outpatient"]
T = "2026-11-01T00:00:00Z"


def _source(spider: str, url: str) -> list[dict]:
    return [{"url": url, "spider": spider, "fetched_at": T}]


def synthetic(n: int, seed: int = 5) -> tuple[list[dict], dict[int, int]]:
    """Records of every source, and record index -> true facility number."""
    rng = random.Random(seed)
    records, truth = [], {}

    def add(record: dict, facility: int) -> None:
        truth[len(records)] = facility
        records.append(record)

    for i in range(n):
        city, zip_code = rng.choice(CITIES)
        name = f"{rng.choice(NAME_A)} {rng.choice(NAME_B)} {i}"
        street = f"{rng.randint(100, 19999)} {rng.choice(STREETS)}"
        phone = f"+1{rng.choice(['213', '310', '626', '818'])}555{i % 10000:04d}"
        base = {"name": name, "street": street, "city": city, "state": "CA", "zip": zip_code, "phone": phone,
                "website": f"https://site{i}.example/", "insurance": ["medicaid"], "levels_of_care": ["iop"],
                "conditions": [], "populations": [], "languages": ["english"], "insurance_refused": []}
        add({**base, "id": f"row{i:07d}", "sources": _source("samhsa", f"https://locator.example/p{i // 100}")}, i)
        if rng.random() < 0.4:
            short = street.replace("Boulevard", "Blvd.").replace("Avenue", "Ave.").replace("Street", "St.")
            add({**base, "id": f"dir{i:07d}", "name": f"{name}, Inc.", "street": short, "insurance": ["aetna"],
                 "sources": _source("directory", f"https://dir.example/f/{i}.html")}, i)
        if rng.random() < 0.2:
            add({**base, "id": f"site{i:07d}", "street": None, "city": None, "zip": None, "days_per_week_min": 3,
                 "days_per_week_max": 5, "sources": _source("sites", f"https://site{i}.example/")}, i)
        if rng.random() < 0.05:
            other = f"{rng.randint(100, 19999)} {rng.choice(STREETS)}"
            add({**base, "id": f"sib{i:07d}", "street": other, "website": f"https://site{i}.example/",
                 "sources": _source("samhsa", f"https://locator.example/s{i}")}, n + i)
    return records, truth


def pairwise(groups: list[list[int]], truth: dict[int, int]) -> tuple[float, float]:
    predicted = {pair for group in groups for pair in itertools.combinations(sorted(group), 2)}
    by_facility = defaultdict(list)
    for index, facility in truth.items():
        by_facility[facility].append(index)
    actual = {pair for group in by_facility.values() for pair in itertools.combinations(sorted(group), 2)}
    tp = len(predicted & actual)
    return tp / len(predicted) if predicted else 1.0, tp / len(actual) if actual else 1.0


def run(n: int) -> dict:
    records, truth = synthetic(n)
    index_of = {r["id"]: i for i, r in enumerate(records)}
    start = time.perf_counter()
    first = reconcile({}, records, "2026-11-01T00:00:00+00:00")
    merge_s = time.perf_counter() - start
    start = time.perf_counter()
    again = reconcile(first.records, records, "2026-11-02T00:00:00+00:00")
    recrawl_s = time.perf_counter() - start
    assert not again.new and not again.updated, "a recrawl of the same records must change nothing"
    groups = [[index_of[o["record"]["id"]] for o in facility["observations"]] for facility in first.records.values()]
    precision, recall = pairwise(groups, truth)
    return {"facilities": n, "records": len(records), "merged": len(first.records), "merge_s": round(merge_s, 2),
            "recrawl_s": round(recrawl_s, 2), "records_per_s": round(len(records) / merge_s),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "pair_precision": round(precision, 4), "pair_recall": round(recall, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    results = [run(n) for n in args.sizes]
    print(f"{'facilities':>10} {'records':>8} {'merged':>8} {'merge s':>8} {'rec/s':>7} {'recrawl s':>9} "
          f"{'peak MB':>8} {'pair P':>7} {'pair R':>7}")
    for r in results:
        print(f"{r['facilities']:>10} {r['records']:>8} {r['merged']:>8} {r['merge_s']:>8} {r['records_per_s']:>7} "
              f"{r['recrawl_s']:>9} {r['peak_rss_mb']:>8} {r['pair_precision']:>7} {r['pair_recall']:>7}")
    out = REPO / "benchmarks" / "results" / f"merge-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
