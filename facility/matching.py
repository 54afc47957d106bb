"""Is this the same facility? Pair decisions with their evidence, and clusters of records.

The same clinic is written "Tarzana Treatment Centers Inc" on the locator and "Tarzana
Treatment Center" on its site, "St" or "Street", with or without a suite. But two sites of
one organisation share a name and a phone and are different places, and two clinics can
share a building. So a street address or a distance that differs always separates two
records; similar names join them only with a shared address, phone or website.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from .distance import miles
from .text import site_key

# Words that say what kind of company it is, not which one.
_LEGAL = {"inc", "incorporated", "llc", "llp", "corp", "corporation", "co", "company", "ltd", "pc", "the", "of", "a"}
_STREET_WORDS = {
    "st": "street", "str": "street", "ave": "avenue", "av": "avenue", "blvd": "boulevard", "bl": "boulevard",
    "dr": "drive", "rd": "road", "ln": "lane", "pl": "place", "ct": "court", "hwy": "highway", "pkwy": "parkway",
    "wy": "way", "cir": "circle", "ter": "terrace", "sq": "square", "n": "north", "s": "south", "e": "east",
    "w": "west", "ne": "northeast", "nw": "northwest", "se": "southeast", "sw": "southwest",
}
_UNIT = re.compile(r"(?:\b(?:suite|ste|unit|apt|room|rm|floor|fl|bldg|building)\b\.?|#)\s*([a-z0-9-]+)", re.I)

NAME_SAME = 0.85       # names this close are one name written two ways
NAME_SIMILAR = 0.6     # close enough when an address, phone or website agrees too
FAR_MILES = 0.5        # further apart than this is another place, whatever the names
SAME_SPOT_MILES = 0.1  # one name at one spot (about 160 m) is one facility


def name_tokens(name: str | None) -> tuple[str, ...]:
    words = re.findall(r"[a-z0-9]+", (name or "").lower().replace("&", " and "))
    # "Centers"/"Center": one organisation, written both ways.
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                 for w in words if w not in _LEGAL)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # "Ctr"/"Center", "Svcs"/"Services", "St"/"Saint": the letters of the word, in order.
    if len(short) >= 2 and short[0] == long_[0] and _is_subsequence(short, long_) and not short.isdigit():
        return True
    return len(short) >= 5 and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.85  # "counselling"


def _is_subsequence(short: str, long_: str) -> bool:
    letters = iter(long_)
    return all(ch in letters for ch in short)


def name_similarity(a: str | None, b: str | None) -> float:
    """1.0 for the same name however written; the share of words both names hold, else.

    Words match when equal, abbreviated or misspelt by a letter; "Northstar" is "North Star".
    A short name wholly inside a longer one ("Mesa Counseling" / "Mesa Counseling Services")
    scores 0.9.
    """
    return _token_similarity(name_tokens(a), name_tokens(b))


def _token_similarity(ta: tuple[str, ...], tb: tuple[str, ...]) -> float:
    if not ta or not tb:
        return 0.0
    if ta == tb or "".join(ta) == "".join(tb):
        return 1.0
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    unmatched = list(large)
    shared = 0
    for word in small:
        hit = next((w for w in unmatched if _same_word(word, w)), None)
        if hit is not None:
            unmatched.remove(hit)
            shared += 1
    if shared == len(small) >= 2:
        return 1.0 if len(small) == len(large) else 0.9
    return round(shared / (len(small) + len(large) - shared), 3)


@dataclass(frozen=True)
class Street:
    number: str | None
    name: tuple[str, ...]
    unit: str | None
    text: str = field(default="", compare=False)

    def __str__(self) -> str:
        return self.text


def parse_street(street: str | None) -> Street | None:
    """'1234 W. Main St., Suite 200' -> Street('1234', ('west', 'main', 'street'), '200')."""
    if not street:
        return None
    text = street.lower()
    unit_match = _UNIT.search(text)
    unit = unit_match.group(1) if unit_match else None
    if unit_match:
        text = text[: unit_match.start()] + " " + text[unit_match.end():]
    words = re.findall(r"[a-z0-9]+", text)
    number = words[0] if words and words[0][0].isdigit() else None
    rest = words[1:] if number else words
    # Sorted: "Sunset Blvd W" and "W Sunset Blvd" are one street.
    name = tuple(sorted(_STREET_WORDS.get(w, w) for w in rest))
    return Street(number, name, unit, street) if name else None


@dataclass
class Decision:
    match: bool
    evidence: list[str]
    # A hard "different place": these two may never end up in one cluster.
    conflict: bool = False
    strength: float = 0.0


def _has_coordinates(r: dict[str, Any]) -> bool:
    return r.get("latitude") is not None and r.get("longitude") is not None


@dataclass(frozen=True)
class _Parsed:
    """A record with what comparing it needs, worked out once per record, not per pair."""

    record: dict[str, Any]
    tokens: tuple[str, ...]
    street: Street | None
    host: str | None


def _parse(record: dict[str, Any]) -> _Parsed:
    return _Parsed(record, name_tokens(record.get("name")), parse_street(record.get("street")),
                   site_key(record.get("website")))


def compare(a: dict[str, Any], b: dict[str, Any]) -> Decision:
    """Whether records `a` and `b` describe one facility, and why."""
    return _compare(_parse(a), _parse(b))


def _compare(pa: _Parsed, pb: _Parsed) -> Decision:
    a, b = pa.record, pb.record
    evidence: list[str] = []
    similarity = _token_similarity(pa.tokens, pb.tokens)
    if similarity >= NAME_SAME:
        evidence.append("same name" if a.get("name") == b.get("name") else
                        f"same name written differently ('{a.get('name')}' / '{b.get('name')}', {similarity:.2f})")
    elif similarity >= NAME_SIMILAR:
        evidence.append(f"similar names ({similarity:.2f})")
    else:
        evidence.append(f"different names ({similarity:.2f})")

    street_a, street_b = pa.street, pb.street
    same_street = False
    if street_a and street_b:
        if street_a.number != street_b.number or street_a.name != street_b.name:
            return Decision(False, [*evidence, f"different street addresses ({street_a} / {street_b})"], conflict=True)
        same_street = True
        if street_a.unit and street_b.unit and street_a.unit != street_b.unit:
            # Listed apart by suite: two programs, even of one organisation.
            return Decision(False, [*evidence, f"same building, different suites ({street_a.unit} / "
                                               f"{street_b.unit})"], conflict=True)
        else:
            evidence.append(f"same street address ({street_a})")
    if a.get("zip") and b.get("zip") and a["zip"] != b["zip"]:
        return Decision(False, [*evidence, f"different ZIP codes ({a['zip']} / {b['zip']})"], conflict=True)
    # With one street address on both, a distance is a geocoding difference, not two places.
    same_spot = False
    if not same_street and _has_coordinates(a) and _has_coordinates(b):
        distance = miles(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
        if distance > FAR_MILES:
            return Decision(False, [*evidence, f"{distance:.1f} miles apart"], conflict=True)
        evidence.append(f"{distance:.2f} miles apart")
        same_spot = distance <= SAME_SPOT_MILES
    if not same_street and a.get("city") and b.get("city") and a["city"].casefold() != b["city"].casefold():
        return Decision(False, [*evidence, f"different cities ({a['city']} / {b['city']})"], conflict=True)

    same_phone = bool(a.get("phone")) and a.get("phone") == b.get("phone")
    host_a = pa.host
    same_site = bool(host_a) and host_a == pb.host
    if same_phone:
        evidence.append(f"same phone ({a['phone']})")
    if same_site:
        evidence.append(f"same website ({host_a})")

    if similarity < NAME_SIMILAR:
        # Two clinics in one building, or one phone line for several programs.
        return Decision(False, evidence, conflict=same_street)
    if same_street:
        return Decision(True, evidence, strength=2 + similarity + same_phone + same_site)
    if same_phone or same_site or (same_spot and similarity >= NAME_SAME):
        return Decision(True, evidence, strength=1 + similarity + same_phone + same_site)
    return Decision(False, [*evidence, "nothing but the name in common"])


def _block_keys(p: _Parsed) -> set[str]:
    keys = set()
    if p.record.get("phone"):
        keys.add("phone " + p.record["phone"])
    if p.host:
        keys.add("site " + p.host)
    if p.street and p.street.number:
        keys.add(f"street {p.street.number} {p.street.name[:1]}")
    if p.tokens:
        keys.add(f"name {' '.join(p.tokens[:2])} {(p.record.get('city') or '').casefold()}")
    return keys


# A phone or a name prefix shared by this many records is a call centre or a chain, not
# evidence; comparing all of them with each other would be quadratic.
MAX_BLOCK = 60


def candidate_pairs(parsed: list[_Parsed]) -> set[tuple[int, int]]:
    """Index pairs worth comparing: records sharing a phone, website, street or name start."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(parsed):
        for key in _block_keys(record):
            blocks[key].append(i)
    pairs = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update((i, j) for n, i in enumerate(members) for j in members[n + 1:])
    return pairs


@dataclass
class Clusters:
    """Groups of record indexes, each one facility, with the evidence that joined them."""

    groups: list[list[int]]
    # member -> (the member it was matched with, why): the pair that joined it
    evidence: dict[int, tuple[int, list[str]]] = field(default_factory=dict)
    ambiguous: dict[int, list[str]] = field(default_factory=dict)


def cluster(records: list[dict[str, Any]]) -> Clusters:
    """Join matching records, strongest evidence first, never across a conflict.

    A record without an address that matches two facilities at different addresses (an
    organisation's website, two clinics) joins neither: which one it describes is unknown.
    """
    parent = list(range(len(records)))
    members: dict[int, set[int]] = {i: {i} for i in range(len(records))}
    conflicts: set[tuple[int, int]] = set()
    matches: list[tuple[float, int, int, list[str]]] = []
    parsed = [_parse(r) for r in records]
    for i, j in sorted(candidate_pairs(parsed)):
        decision = _compare(parsed[i], parsed[j])
        if decision.conflict:
            conflicts.add((i, j))
            conflicts.add((j, i))
        elif decision.match:
            matches.append((decision.strength, i, j, decision.evidence))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> bool:
        ri, rj = root(i), root(j)
        if ri == rj:
            return True
        if any((x, y) in conflicts for x in members[ri] for y in members[rj]):
            return False
        parent[rj] = ri
        members[ri] |= members.pop(rj)
        return True

    result = Clusters(groups=[])
    # Which records each address-less record matched, to spot the ambiguous ones.
    matched: dict[int, list[int]] = defaultdict(list)
    for _, i, j, _ in matches:
        matched[i].append(j)
        matched[j].append(i)
    for _, i, j, evidence in sorted(matches, key=lambda m: (-m[0], m[1], m[2])):
        loose = [k for k in (i, j) if not records[k].get("street")]
        if any(_matches_separate_places(k, matched[k], conflicts) for k in loose):
            for k in loose:
                result.ambiguous[k] = [f"matches {len(matched[k])} facilities at different addresses; joined none"]
            continue
        if join(i, j):
            result.evidence.setdefault(j, (i, evidence))
            result.evidence.setdefault(i, (j, evidence))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[root(i)].append(i)
    result.groups = sorted(groups.values())
    return result


def _matches_separate_places(k: int, partners: list[int], conflicts: set[tuple[int, int]]) -> bool:
    return any((x, y) in conflicts for n, x in enumerate(partners) for y in partners[n + 1:])
