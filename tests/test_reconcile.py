"""One facility from many sources: merging with provenance, stable ids, refusals, staleness."""

from pathlib import Path

import pytest

from facility.evaluate_matching import load, score
from facility.evaluate_matching import main as evaluate_main
from facility.matching import compare
from facility.model import validate_record
from facility.reconcile import CrawlScope, reconcile
from search_cli.output import text_record

PAIRS = Path(__file__).resolve().parent / "matching" / "pairs.jsonl"
T1, T2, T3 = "2026-03-01T00:00:00+00:00", "2026-04-01T00:00:00+00:00", "2026-05-01T00:00:00+00:00"
LOCATOR = "http://127.0.0.1:9/locator?page=1"
LOCATOR_SCOPE = "samhsa http://127.0.0.1:9/locator"


def record(spider, url, **fields):
    raw = {"sources": [{"url": url, "spider": spider, "fetched_at": T1}], **fields}
    return validate_record(raw).model_dump(mode="json")


def locator_row(**fields):
    base = {"name": "Tarzana Treatment Centers Inc", "street": "18646 Oxnard Street", "city": "Tarzana",
            "state": "CA", "zip": "91356", "phone": "818-810-5800", "insurance": ["medicaid", "self_pay"],
            "levels_of_care": ["iop"], "days_per_week_min": 3, "days_per_week_max": 3}
    return record("samhsa", LOCATOR, **{**base, **fields})


def site(**fields):
    base = {"name": "Tarzana Treatment Center", "phone": "(818) 810-5800", "website": "http://tarzana.example/",
            "insurance": ["aetna"], "days_per_week_min": 3, "days_per_week_max": 5, "cost_min_usd": 500,
            "cost_max_usd": 500, "cost_period": "week"}
    return record("sites", "http://tarzana.example/", **{**base, **fields})


def listing(**fields):
    base = {"name": "Tarzana Treatment Center", "street": "18646 Oxnard St.", "city": "Tarzana", "zip": "91356",
            "phone": "818.810.5800", "insurance": ["blue_shield"], "days_per_week_min": 4, "days_per_week_max": 4}
    return record("directory", "http://dir.example/facility/42.html", **{**base, **fields})


def only(result):
    [facility] = result.records.values()
    return facility


def test_three_sources_of_one_clinic_become_one_facility_with_per_field_sources():
    """GIVEN the locator, a directory and the clinic's own site, each spelling it differently
    THEN one facility holds the union of their facts, each fact names its sources, the
    site's schedule and price win, the directory's other day count stays visible, and
    `show` says what was merged on which evidence."""
    facility = only(reconcile({}, [locator_row(), site(), listing()], T1))
    assert facility["name"] == "Tarzana Treatment Centers Inc"  # the locator's, for the address too
    assert facility["street"] == "18646 Oxnard Street"
    assert (facility["days_per_week_min"], facility["days_per_week_max"]) == (3, 5)  # the site's own
    assert facility["insurance"] == ["medicaid", "private_insurance", "self_pay", "aetna", "blue_shield"]
    sources = facility["field_sources"]
    assert sources["days_per_week"] == ["http://tarzana.example/"]
    assert sources["insurance"]["medicaid"] == [LOCATOR]
    assert sources["insurance"]["aetna"] == ["http://tarzana.example/"]
    assert sources["cost"] == ["http://tarzana.example/"]
    [days] = [c for c in facility["conflicts"] if c["field"] == "days_per_week"]
    assert [v["value"] for v in days["values"]] == [[3, 5], [4, 4], [3, 3]]
    assert {m["spider"] for m in facility["merged_from"]} == {"samhsa", "sites", "directory"}
    shown = text_record(facility)
    assert "Merged from 3 records:" in shown
    assert "matched with [" in shown and "on: same name written differently" in shown
    assert "same phone (+18188105800)" in shown
    assert "days per week: 3-5 [" in shown and "4 [" in shown  # the disagreement, with its sources


def test_an_explicit_refusal_on_the_site_removes_what_the_locator_claimed():
    facility = only(reconcile({}, [locator_row(), site(insurance_refused=["medicaid"])], T1))
    assert "medicaid" not in facility["insurance"]
    assert facility["insurance_refused"] == ["medicaid"]
    assert facility["removed"] == [{"field": "insurance", "code": "medicaid", "refused_by": ["http://tarzana.example/"],
                                    "stated_by": [LOCATOR]}]
    assert "Medi-Cal: stated by [" in text_record(facility)


def test_a_weaker_refusal_does_not_remove_what_the_site_states_but_stays_visible():
    facility = only(reconcile({}, [site(insurance=["aetna", "medicaid"]), listing(insurance_refused=["medicaid"])], T1))
    assert "medicaid" in facility["insurance"]
    assert any(c["field"] == "insurance" and {"value": "not medicaid", "source": "http://dir.example/facility/42.html",
                                               "spider": "directory"} in c["values"] for c in facility["conflicts"])


def test_recrawl_is_idempotent_and_ids_are_stable_when_a_source_joins():
    first = reconcile({}, [locator_row()], T1)
    [fid] = first.records
    again = reconcile(first.records, [locator_row()], T2)
    assert (again.new, again.updated, again.unchanged) == ([], [], [fid])
    assert again.records[fid]["last_seen"] == T2 and again.records[fid]["first_seen"] == T1
    joined = reconcile(again.records, [site()], T3)
    assert list(joined.records) == [fid] and joined.updated == [fid]
    # The site's later crawl, with a changed price, updates the same facility.
    repriced = reconcile(joined.records, [site(cost_min_usd=550, cost_max_usd=550)], T3)
    assert list(repriced.records) == [fid] and repriced.records[fid]["cost_min_usd"] == 550


def test_two_facilities_found_to_be_one_keep_the_older_id_and_answer_to_both(tmp_path):
    """GIVEN the site (no address, no phone) and the locator row, apart: nothing but a name
    in common. WHEN a listing gives the site's website with the row's address and phone
    THEN all three are one facility: the older id stays, the other answers as an alias."""
    from facility.datadir import DataDir
    from facility.ingest import store
    from index.searcher import get_record

    data_dir = DataDir.at(tmp_path)
    store(data_dir, [site(phone=None)])
    store(data_dir, [locator_row()])
    first = reconcile({}, [site(phone=None)], T1)
    [site_id] = first.records
    apart = reconcile(first.records, [locator_row()], T2)
    assert len(apart.records) == 2
    [row_id] = set(apart.records) - {site_id}
    linked = reconcile(apart.records, [listing(website="http://tarzana.example/")], T3)
    assert list(linked.records) == [site_id]
    assert linked.records[site_id]["aliases"] == [row_id]

    store(data_dir, [listing(website="http://tarzana.example/")])
    assert get_record(data_dir.index, row_id)["id"] == get_record(data_dir.index, site_id)["id"]


def test_same_organisation_at_two_addresses_stays_two_and_an_unaddressed_site_joins_neither():
    lancaster = locator_row(street="44447 10th Street West", city="Lancaster", zip="93534")
    result = reconcile({}, [locator_row(), lancaster, site(website="http://tarzana.example/")], T1)
    assert len(result.records) == 3
    [lonely] = [r for r in result.records.values() if r["merged_from"][0]["spider"] == "sites"]
    assert "joined none" in lonely["merged_from"][0]["evidence"][0]


def test_a_facility_gone_from_a_complete_crawl_is_stale_not_deleted_and_comes_back():
    keep, gone = locator_row(), locator_row(name="Valley Hope", street="1 Main St", city="Alhambra", zip="91801",
                                            phone="626-555-0155")
    scope = CrawlScope(scopes={}, complete={LOCATOR_SCOPE})
    first = reconcile({}, [keep, gone], T1, _scoped(scope, [keep, gone]))
    second = reconcile(first.records, [keep], T2, _scoped(scope, [keep]))
    [stale] = second.stale
    assert second.records[stale]["name"] == "Valley Hope" and second.records[stale]["last_seen"] == T1
    assert second.records[stale]["merged_from"][0]["missing_since"] == T2
    back = reconcile(second.records, [keep, gone], T3, _scoped(scope, [keep, gone]))
    assert back.stale == [] and back.records[stale]["last_seen"] == T3


def test_an_incomplete_or_empty_crawl_marks_nothing_stale():
    keep, other = locator_row(), locator_row(name="Valley Hope", street="1 Main St", zip="91801", phone="626-555-0155")
    first = reconcile({}, [keep, other], T1, _scoped(CrawlScope(complete={LOCATOR_SCOPE}), [keep, other]))
    partial = reconcile(first.records, [keep], T2, _scoped(CrawlScope(complete=set()), [keep]))
    assert partial.stale == []
    empty = reconcile(first.records, [], T2, CrawlScope(complete={LOCATOR_SCOPE}))
    assert empty.stale == []


def test_a_record_stored_before_observations_is_kept_until_a_source_speaks_again():
    old = {**locator_row(), "insurance": ["medicaid", "self_pay", "free"]}
    result = reconcile({old["id"]: old}, [locator_row()], T2)
    facility = result.records[old["id"]]
    assert "free" not in facility["insurance"], "the re-read source replaces the legacy record"
    assert [m["spider"] for m in facility["merged_from"]] == ["samhsa"]


def _scoped(scope, records):
    from facility.observations import observation_key

    return CrawlScope(scopes={observation_key(r): LOCATOR_SCOPE for r in records}, complete=scope.complete)


def test_labeled_pairs_meet_the_precision_and_recall_targets(capsys):
    pairs = load(PAIRS)
    assert len(pairs) >= 60
    hard = [p for p in pairs if not p["match"] and p["a"]["name"].split()[0] == p["b"]["name"].split()[0]]
    assert len(hard) >= 25, "hard negatives: same or similar names"
    counts, mistakes = score(pairs)
    assert counts["tp"] / (counts["tp"] + counts["fp"]) >= 0.98, mistakes
    assert counts["tp"] / (counts["tp"] + counts["fn"]) >= 0.95, mistakes
    assert evaluate_main([str(PAIRS), "--split", "heldout"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("30 pairs (13 match, 17 non-match) [heldout]")


@pytest.mark.parametrize("pair", load(PAIRS), ids=lambda p: p["id"])
def test_decisions_are_symmetric(pair):
    assert compare(pair["a"], pair["b"]).match == compare(pair["b"], pair["a"]).match
