"""Index build rate, in-process query latency and cold `iop search` time at 1k/10k/100k records.

    python benchmarks/bench_search.py               # 1,000 10,000 100,000
    python benchmarks/bench_search.py --sizes 10000 --repeat 20

Synthetic records are shaped like the demo facilities (names, cities, codes, a paragraph
of description); the first 200 are validated through the Facility model so the benchmark
indexes what the product indexes. Prints a table and writes benchmarks/results/*.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from facility import vocabulary  # noqa: E402

CITIES = ["Los Angeles", "Santa Monica", "Pasadena", "Long Beach", "Glendale", "Burbank", "Van Nuys",
          "Torrance", "Culver City", "Inglewood", "Lancaster", "Pomona", "Whittier", "Downey", "Encino"]
# Description words: the treatment vocabulary first, then filler, drawn with Zipf-like
# weights (word k has weight 1/k), as in real prose where a few words are common and most rare.
WORDS = ("program treatment care therapy recovery group support counseling outpatient individual family "
         "clients services week evening morning intensive health mental substance trauma informed "
         "cognitive behavioral dialectical motivational interviewing relapse prevention medication assisted "
         "peer mentoring wellness mindfulness yoga art music experiential aftercare alumni case management "
         "psychiatric evaluation holistic nutrition sober living").split() + [
    f"{a}{b}" for a in ("ther", "coun", "heal", "pro", "medi", "cli", "fam", "grou", "com", "rec", "lib", "sta")
    for b in ("apy", "sel", "ing", "gram", "cal", "nic", "ily", "ups", "munity", "overy", "erty", "bility",
              "ance", "ment", "ness", "ure", "ive", "ory", "ate", "ial", "ous", "ant", "ent", "ist", "ism")]
WORD_WEIGHTS = [1 / (k + 1) for k in range(len(WORDS))]
NAME_A = ["Harbor", "Sunrise", "Pacific", "Canyon", "Jacaranda", "Arroyo", "Mesa", "Lantern", "Cedar", "Willow",
          "Compass", "Anchor", "Summit", "Horizon", "Riverbend", "Solstice", "Marigold", "Bridgeway"]
NAME_B = ["Recovery Center", "Behavioral Health", "Counseling", "Wellness", "Treatment Center", "Outpatient"]

QUERIES = [
    ("therapy", {"insurance": ["medicaid"]}),
    ("", {"insurance": ["medicaid"], "levels_of_care": ["iop"]}),
    ("dialectical behavior", {"levels_of_care": ["php", "iop"]}),
    ("", {"languages": ["spanish"], "days": 3}),
    ("trauma", {"conditions": ["ptsd"], "cities": ["los angeles"]}),
    ("recovery center", {"max_days": 3}),
    ("harbor", {}),
    ("family counseling evening", {"insurance": ["aetna", "blue_shield"], "populations": ["women"]}),
    # People's words, typos and places (issue 5).
    ("iop medi-cal ptsd santa monica", {}),
    ("dual diagnosis", {"near": "90066", "radius": 10}),
    ("therapy", {"insurance": ["medicaid"], "near": "90401", "radius": 5}),
    ("meth teens near 90012", {}),
    ("anxeity", {}),
]


def synthetic(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    codes = {f: vocabulary.codes(f) for f in ("levels_of_care", "insurance", "conditions", "populations")}
    out = []
    for i in range(n):
        low = rng.choice([None, None, 2, 3, 3, 4, 5])
        out.append({
            "id": f"bench{i:08d}",
            "name": f"{rng.choice(NAME_A)} {rng.choice(NAME_B)} {i}",
            "street": f"{rng.randint(100, 19999)} Main Street", "city": rng.choice(CITIES), "state": "CA",
            "zip": f"9{rng.randint(0, 1)}{rng.randint(0, 999):03d}", "county": "Los Angeles",
            "latitude": round(rng.uniform(33.7, 34.7), 6), "longitude": round(rng.uniform(-118.9, -117.7), 6),
            "phone": f"+1310555{rng.randint(0, 9999):04d}", "phone_extension": None,
            "website": f"https://site{i}.example/",
            "levels_of_care": sorted(set(["iop"] * (rng.random() < 0.85) + rng.sample(codes["levels_of_care"], 2)),
                                     key=codes["levels_of_care"].index),
            "days_per_week_min": low, "days_per_week_max": None if low is None else min(7, low + rng.randint(0, 2)),
            "hours_per_session_min": 3.0 if low else None, "hours_per_session_max": 3.5 if low else None,
            "program_weeks_min": 8 if low else None, "program_weeks_max": 12 if low else None,
            "cost_min_usd": None, "cost_max_usd": None, "cost_period": None,
            "insurance": sorted(rng.sample(codes["insurance"], rng.randint(1, 6)), key=codes["insurance"].index),
            "conditions": sorted(rng.sample(codes["conditions"], rng.randint(1, 5)), key=codes["conditions"].index),
            "populations": sorted(rng.sample(codes["populations"], rng.randint(1, 4)), key=codes["populations"].index),
            "languages": sorted({"english"} | ({"spanish"} if rng.random() < 0.5 else set())),
            "description": " ".join(rng.choices(WORDS, WORD_WEIGHTS, k=rng.randint(30, 80))).capitalize() + ".",
            "sources": [{"url": f"https://findtreatment.gov/x?page={i // 100}", "spider": "samhsa",
                         "fetched_at": "2026-11-01T00:00:00Z"}],
        })
    return out


def check_valid(records: list[dict]) -> None:
    from facility.model import validate_record

    for record in records[:200]:
        # private_insurance is implied by carriers; compare what the model would store.
        assert validate_record(record).model_dump(mode="json")["name"] == record["name"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def time_cmd(argv: list[str], runs: int, env=None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(n: int, repeat: int, cold_runs: int) -> dict:
    from index.searcher import Filters, search
    from index.writer import build_index

    records = synthetic(n)
    check_valid(records)
    tmp = Path(tempfile.mkdtemp(prefix=f"iop-bench-{n}-"))
    try:
        start = time.perf_counter()
        build_index(tmp / "index", records)
        build_s = time.perf_counter() - start

        latencies = []
        per_query: dict[str, float] = {}
        for text, filters in QUERIES:  # warm the OS cache once
            search(tmp / "index", text, Filters(**filters))
        for _ in range(repeat):
            for text, filters in QUERIES:
                t0 = time.perf_counter()
                search(tmp / "index", text, Filters(**filters))
                ms = (time.perf_counter() - t0) * 1000
                latencies.append(ms)
                key = f"{text} {filters}"
                per_query[key] = round(max(per_query.get(key, 0), ms), 1)

        iop = shutil.which("iop") or str(Path(sys.executable).parent / "iop")
        cold = time_cmd([iop, "--data-dir", str(tmp), "search", "therapy", "--insurance", "Medi-Cal",
                         "--level", "iop"], cold_runs)
        cold_near = time_cmd([iop, "--data-dir", str(tmp), "search", "iop", "medi-cal", "ptsd", "--near", "90066"],
                             cold_runs)
        return {
            "records": n,
            "build_seconds": round(build_s, 2),
            "build_records_per_s": round(n / build_s),
            "query_p50_ms": round(statistics.median(latencies), 2),
            "query_p95_ms": round(percentile(latencies, 0.95), 2),
            "cold_iop_search_s": round(cold, 3),
            "cold_iop_search_near_s": round(cold_near, 3),
            "slowest": sorted(per_query.items(), key=lambda kv: -kv[1])[:3],
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=10, help="rounds of the query mix")
    parser.add_argument("--cold-runs", type=int, default=7)
    args = parser.parse_args()

    baseline = {
        "python_pass_s": round(time_cmd([sys.executable, "-c", "pass"], args.cold_runs), 3),
        "python_import_click_whoosh_s": round(time_cmd(
            [sys.executable, "-c", "import click, whoosh.index, whoosh.qparser"], args.cold_runs), 3),
    }
    rows = [bench(n, args.repeat, args.cold_runs) for n in args.sizes]
    print(f"python -c pass: {baseline['python_pass_s']} s; "
          f"python -c 'import click, whoosh.index, whoosh.qparser': {baseline['python_import_click_whoosh_s']} s")
    print(f"{'records':>8} {'build s':>8} {'rec/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'cold iop search s':>18} "
          f"{'cold --near s':>14}")
    for r in rows:
        print(f"{r['records']:>8} {r['build_seconds']:>8} {r['build_records_per_s']:>7} {r['query_p50_ms']:>7} "
              f"{r['query_p95_ms']:>7} {r['cold_iop_search_s']:>18} {r['cold_iop_search_near_s']:>14}")
        print(f"{'':>8} slowest (max ms): {r['slowest']}")
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / f"search-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
        json.dumps({"baseline": baseline, "results": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
