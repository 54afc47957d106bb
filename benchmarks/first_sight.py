"""Days per week as the rules read each dev batch before they had seen it.

    python benchmarks/first_sight.py                # every dev batch from seen20 on
    python benchmarks/first_sight.py --out fs.json  # also keep each reading, to measure a new rule

A dev batch is folded into tests/extraction/cases.jsonl after the rules are fixed for it, so
its cases read right today. What the rules said of it first is what they say of pages no one
has seen yet, and that is what a new precision rule should be measured on without touching the
held-out part. For each batch this checks out, in a temporary git worktree, the commit before
the one that added the batch, reads the batch's cases there and compares them with today's
labels. It prints per-batch precision and recall and the kinds of errors: missed (no days read),
spurious (days read where the page states none), narrower, wider, shifted.
Needs the repository's git history; takes about half a minute.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = "tests/extraction/cases.jsonl"
_READ = """
import json, sys
sys.path.insert(0, sys.argv[1])
from crawler.extract.evaluate import extract
for case in json.load(open(sys.argv[2])):
    print(json.dumps({"id": case["id"], "want": case["expect"]["days"], "got": extract(case)["days"]}))
"""


def batches(first: int) -> dict[str, list[dict]]:
    by: dict[str, list[dict]] = collections.defaultdict(list)
    for line in (REPO / CORPUS).read_text().splitlines():
        case = json.loads(line)
        name = case["id"].rsplit("-", 1)[0]
        if case["split"] == "dev" and "days" in case["expect"] and name[4:].isdigit() and int(name[4:]) >= first:
            by[name].append(case)
    return dict(sorted(by.items(), key=lambda item: int(item[0][4:])))


def added_in(case_id: str) -> str | None:
    """The commit that first added a case to the corpus."""
    command = ["git", "-C", str(REPO), "log", "--reverse", "--format=%H", "-S", f'"{case_id}"', "--", CORPUS]
    log = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return log[0] if log else None


def kind(want: list[int] | None, got: list[int] | None) -> str:
    if want == got:
        return "right"
    if got is None:
        return "missed"
    if want is None:
        return "spurious"
    if got[0] >= want[0] and got[1] <= want[1]:
        return "narrower"
    if got[0] <= want[0] and got[1] >= want[1]:
        return "wider"
    return "shifted"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=20, help="first dev batch number (default 20)")
    parser.add_argument("--out", type=Path, help="write every reading here as JSON")
    args = parser.parse_args()
    readings, kinds = [], collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name, cases in batches(args.first).items():
            commit = added_in(cases[0]["id"])
            if commit is None:
                print(f"{name}: not in git history", file=sys.stderr)
                continue
            tree = Path(tmp) / name
            subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), f"{commit}^"],
                           capture_output=True, check=True)
            try:
                batch = Path(tmp) / f"{name}.json"
                batch.write_text(json.dumps(cases))
                out = subprocess.run([sys.executable, "-c", _READ, str(tree), str(batch)], cwd=tree,
                                     capture_output=True, text=True, check=True).stdout
            finally:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
                               capture_output=True)
            rows = [json.loads(line) for line in out.splitlines()]
            readings += rows
            batch_kinds = collections.Counter(kind(r["want"], r["got"]) for r in rows)
            kinds.update(batch_kinds)
            print(f"{name:8} {commit[:7]}  {len(rows):3} cases  " + _scores(rows))
    print(f"{'all':8} {'':7}  {len(readings):3} cases  " + _scores(readings))
    print("kinds:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if args.out:
        args.out.write_text(json.dumps(readings))


def _scores(rows: list[dict]) -> str:
    """Precision and recall as the evaluation command counts them: a wrong range is both a false
    positive and a false negative."""
    tp = sum(1 for r in rows if r["got"] is not None and r["got"] == r["want"])
    fp = sum(1 for r in rows if r["got"] is not None and r["got"] != r["want"])
    fn = sum(1 for r in rows if r["want"] is not None and r["got"] != r["want"])
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f}  R {r:.3f}  (tp {tp}, fp {fp}, fn {fn})"


if __name__ == "__main__":
    main()
