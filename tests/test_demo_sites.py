"""The demo websites and directory state nothing their facility's locator record contradicts.

GIVEN every bundled demo site and directory page, read by the real extraction
THEN no code appears that the facility's locator row lacks, and every number and contact
detail read equals the row's: the demo never teaches a false fact.
"""

from importlib import resources
from pathlib import Path

import pytest

from crawler.extract.facts import site_record
from crawler.extract.page import read_page
from crawler.locator import row_to_raw
from crawler.run import demo_rows
from facility.matching import compare, parse_street
from facility.model import validate_record

DEMO = Path(str(resources.files("facility") / "demo_data"))
TRUTH = [validate_record(row_to_raw(row, "http://127.0.0.1/", "2026-01-01T00:00:00Z")[0]).model_dump()
         for row in demo_rows()]
SOURCES = sorted((DEMO / "sites").iterdir()) + sorted((DEMO / "directory" / "facility").glob("*.html"))


def read(source: Path) -> dict:
    files = [source] if source.is_file() else sorted(source.rglob("*.html"), key=lambda p: (p.name != "index.html", len(p.parts)))
    pages = [read_page(p.read_text(encoding="utf-8"), f"http://127.0.0.1/{p.relative_to(source.parent)}") for p in files]
    return validate_record(site_record(pages, None, "2026-01-01T00:00:00Z", "test")).model_dump()


def test_demo_has_the_promised_sources():
    assert len(list((DEMO / "sites").iterdir())) >= 30
    assert len(SOURCES) - len(list((DEMO / "sites").iterdir())) >= 60
    assert len(list((DEMO / "directory" / "listing").glob("page-*.html"))) >= 4


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_demo_page_facts_agree_with_the_locator(source):
    """The pages spell names, streets and phones their own way ("Inc.", "Blvd.", dots):
    the matcher must find exactly the one facility they describe."""
    record = read(source)
    [truth] = [t for t in TRUTH if compare(record, t).match]
    for field in ("insurance", "conditions", "populations", "levels_of_care", "languages"):
        assert set(record[field]) <= set(truth[field]), field
    for field in ("days_per_week_min", "days_per_week_max", "hours_per_session_min", "hours_per_session_max",
                  "program_weeks_min", "program_weeks_max", "phone", "zip", "city"):
        if record[field] is not None:
            assert record[field] == truth[field], field
    if record["street"]:
        assert parse_street(record["street"]) == parse_street(truth["street"])
