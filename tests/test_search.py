"""Search that finds what people mean: their words, typos, distance, facets and ranking.

Over the demo records (a fixed corpus of 170 fictional facilities), through the library
and the command line.
"""

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from facility.datadir import DataDir
from facility.ingest import store
from index.evaluate_relevance import evaluate
from index.searcher import BadQuery, Filters, get_record, search
from search_cli.app import cli

from .conftest import demo_records

QUERIES = Path(__file__).resolve().parent / "relevance" / "queries.jsonl"
SANTA_MONICA_90401 = (34.0176, -118.4907)  # the ZIP's centroid, as ../shared/SPEC.md records it


def iop(data_dir, *args):
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args], catch_exceptions=False)


def ids(result):
    return [h["id"] for h in result.hits]


@pytest.fixture(scope="module")
def index(demo_data_dir):
    return DataDir.at(demo_data_dir).index


@pytest.fixture(scope="module")
def corpus():
    return {r["id"]: r for r in demo_records()}


def test_a_sentence_without_flags_becomes_filters_and_ptsd_outranks_trauma(index, corpus):
    result = search(index, "iop medi-cal ptsd santa monica", limit=None)
    wanted = {i for i, r in corpus.items() if "iop" in r["levels_of_care"] and "medicaid" in r["insurance"]
              and r["city"] == "Santa Monica" and {"ptsd", "trauma"} & set(r["conditions"])}
    assert set(ids(result)) == wanted and wanted
    ptsd = [("ptsd" in corpus[i]["conditions"]) for i in ids(result)]
    assert ptsd == sorted(ptsd, reverse=True) and ptsd[0], "PTSD programs first, trauma-focused after"
    assert "santa monica -> city Santa Monica" in result.understood


@pytest.mark.parametrize("words, same_as", [
    (["MediCal", "Medicaid", "DMC", "medi cal"], Filters(insurance=["medicaid"])),
    (["dual diagnosis", "co-occurring"], Filters(conditions=["co_occurring"])),
    (["teens", "adolescents", "teenagers"], Filters(populations=["adolescents"])),
    (["blue cross", "Anthem"], Filters(insurance=["anthem"])),
])
def test_peoples_words_find_what_the_codes_find(index, words, same_as):
    expected = set(ids(search(index, None, same_as, limit=None)))
    assert expected
    for text in words:
        assert set(ids(search(index, text, limit=None))) == expected, text


def test_meth_finds_stimulant_programs_first_then_other_substance_programs(index, corpus):
    result = search(index, "meth", limit=None)
    stimulant = [("stimulant_use" in corpus[i]["conditions"]) for i in ids(result)]
    assert stimulant[0] and stimulant == sorted(stimulant, reverse=True)
    assert all({"stimulant_use", "substance_use"} & set(corpus[i]["conditions"]) for i in ids(result))


def test_two_conditions_asked_must_both_hold_two_plans_either(index, corpus):
    both = search(index, "depression anxiety", limit=None)
    assert all({"depression", "mood"} & set(corpus[i]["conditions"]) and {"anxiety", "ocd"} & set(corpus[i]["conditions"])
               for i in ids(both))
    either = search(index, "aetna cigna", limit=None)
    assert {i for i, r in corpus.items() if {"aetna", "cigna"} & set(r["insurance"])} == set(ids(either))


def test_a_misspelt_word_is_corrected_when_nothing_matched(index):
    result = search(index, "anxeity", limit=None)
    assert result.note == "nothing matched 'anxeity'; showing 'anxiety'"
    assert set(ids(result)) == set(ids(search(index, "anxiety", limit=None)))
    named = search(index, "bluebrid health clinic")
    assert named.hits[0]["name"] == "Bluebird Health Clinic"


def test_nothing_found_says_which_filter_to_drop_and_gives_the_helplines(demo_data_dir):
    result = iop(demo_data_dir, "search", "--insurance", "kaiser", "--language", "korean", "--city", "Burbank")
    assert result.exit_code == 0 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "No facilities match. Try fewer filters or other words."
    assert "  without --city Burbank: 1 match" in lines
    assert "1-800-662-4357" in result.stderr and "988" in result.stderr


def test_near_a_zip_is_exact_against_hand_computed_distances(index, corpus):
    lat0, lon0 = SANTA_MONICA_90401

    def hand(r):  # haversine written out again, Earth radius 3958.8 miles
        p1, p2 = math.radians(lat0), math.radians(r["latitude"])
        a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(r["longitude"] - lon0) / 2) ** 2
        return 2 * 3958.8 * math.asin(math.sqrt(a))

    result = search(index, None, Filters(near="90401", radius=5), limit=None, sort="distance")
    within = {i for i, r in corpus.items() if r["latitude"] is not None and hand(r) <= 5}
    assert set(ids(result)) == within and len(within) >= 5
    miles = [h["distance_miles"] for h in result.hits]
    assert miles == sorted(miles)
    for hit in result.hits:
        assert abs(hit["distance_miles"] - hand(corpus[hit["id"]])) < 0.06
    assert result.place == "ZIP 90401 (Santa Monica)"
    by_point = search(index, None, Filters(near=f"{lat0},{lon0}", radius=5), limit=None)
    assert set(ids(by_point)) == within
    by_city = search(index, None, Filters(near="Santa Monica", radius=5), limit=None)
    assert by_city.total and all(h["distance_miles"] <= 5 for h in by_city.hits)


def test_a_zip_in_the_words_searches_near_it(index):
    assert set(ids(search(index, "near 90401", limit=None))) == set(
        ids(search(index, None, Filters(near="90401"), limit=None)))


@pytest.mark.parametrize("args, message", [
    (["--near", "Atlantis"], 'unknown place \'Atlantis\'; give a ZIP code, "LAT,LON" or a California city'),
    (["--radius", "5"], "--radius needs --near"),
    (["--sort", "distance"], "--sort distance needs --near (or a ZIP in the query)"),
    (["--near", "99.5,200"], "'99.5,200' is not a latitude,longitude pair"),
])
def test_bad_places_are_one_line_errors(demo_data_dir, args, message):
    result = iop(demo_data_dir, "search", *args)
    assert result.exit_code == 1 and result.stderr.strip() == f"Error: {message}"


def test_table_shows_miles_and_facets_count_the_matches(demo_data_dir, index):
    result = iop(demo_data_dir, "search", "dual", "diagnosis", "--near", "90066", "--radius", "8", "--facets")
    assert result.stdout.splitlines()[0].split()[:7] == ["ID", "NAME", "CITY", "PHONE", "DAYS", "MI", "INSURANCE"]
    every = search(index, "dual diagnosis", Filters(near="90066", radius=8), limit=None)
    facet_line = [line for line in result.stdout.splitlines() if line.startswith("Insurance: ")][0]
    medi_cal = sum(1 for h in every.hits if "medicaid" in h["insurance"])
    assert f"Medi-Cal {medi_cal}" in facet_line
    facets = search(index, "dual diagnosis", Filters(near="90066", radius=8), facets=True).facets
    assert sum(n for _, n in facets["city"]) == every.total


def test_stated_days_rank_above_unknown_and_ties_are_stable(index, corpus):
    result = search(index, None, Filters(insurance=["medicaid"]), limit=None)
    known = [corpus[i]["days_per_week_min"] is not None for i in ids(result)]
    assert known == sorted(known, reverse=True) and not all(known)
    assert ids(result) == ids(search(index, None, Filters(insurance=["medicaid"]), limit=None))


def test_facilities_without_coordinates_get_their_zip_centre_marked_approximate(tmp_path):
    record = {**demo_records()[0], "latitude": None, "longitude": None, "zip": "90401"}
    data_dir = DataDir.at(tmp_path)
    store(data_dir, [record])
    stored = get_record(data_dir.index, record["id"])
    assert (stored["latitude"], stored["longitude"]) == SANTA_MONICA_90401
    assert stored["coordinates_approximate"] is True
    shown = iop(tmp_path, "show", record["id"]).stdout
    assert "34.0176, -118.4907 (approximate: the centre of its ZIP code)" in shown
    assert search(data_dir.index, None, Filters(near="90401", radius=1)).total == 1


def test_relevance_set_meets_success_at_5(demo_data_dir, corpus):
    queries = [json.loads(line) for line in QUERIES.read_text().splitlines()]
    assert len(queries) >= 30

    def run(text, flags):
        result = iop(demo_data_dir, "search", *text.split(), *flags, "--format", "json", "--limit", "10")
        return json.loads(result.stdout) if result.stdout.strip() else []

    rows = evaluate(queries, list(corpus.values()), run)
    assert all(row["judged"] for row in rows), "every query has a relevant facility in the corpus"
    assert sum(r["success5"] for r in rows) / len(rows) >= 0.9
    assert sum(r["ndcg10"] for r in rows) / len(rows) >= 0.85


def test_unknown_sort_is_refused(index):
    with pytest.raises(BadQuery):
        search(index, "x", sort="random")
