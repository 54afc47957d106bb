"""All pages of one facility's site into one raw record, for the Facility model to validate."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from . import cost, days, schedule, terms
from .context import short_names
from .page import Page
from .text import sentences

# Words of care that any treatment provider's site says somewhere, in English or Spanish. A site
# that says none of them (a parked domain, a shop, a blank page) is no facility, however it is titled.
_CARE = re.compile(r"\b(?:treatment|therap\w*|counsel\w*|recovery|rehab\w*|addiction|substance|mental health|behavioral health|"
                   r"outpatient|inpatient|iop|php|detox\w*|psychiatr\w*|sobriety|sober|wellness|tratamiento|terapia|"
                   r"recuperaci[óo]n|consejer[ií]a|salud mental|adicci[óo]n\w*)\b", re.I)


def states_care(pages: list[Page]) -> bool:
    """Whether a site's pages say anything about treatment at all."""
    return any(_CARE.search(f"{page.name or ''} {page.title} {page.text}") for page in pages)


def _contents(pages: list[Page]) -> list[str]:
    """Each page's content, less the lines most of the site's pages repeat: chrome that is built of
    plain divs, which no element names."""
    if len(pages) < 2:
        return [page.content for page in pages]
    seen = Counter(line for page in pages for line in set(page.content.split("\n")))
    repeated = {line for line, n in seen.items() if n >= 2 and n > len(pages) / 2}
    return ["\n".join(line for line in page.content.split("\n") if line not in repeated) for page in pages]


def _content_first(read, content: list[str], said: list[str]):
    return read(content) or (read(said) if said != content else None)


def site_record(pages: list[Page], home: str, fetched_at: str, spider: str) -> dict[str, Any]:
    """One raw record from a site's pages; the home page first. Unstated facts stay empty."""
    first = lambda attr: next((getattr(p, attr) for p in pages if getattr(p, attr)), None)  # noqa: E731
    said = [s for page in pages for s in sentences(page.text)]
    # The week and the session are read from the content first, and from the chrome only when the
    # content states neither: a footer's "Open Monday–Saturday, 8–6" is the office's week.
    content = [s for text in _contents(pages) for s in sentences(text)]
    record: dict[str, Any] = {
        "name": first("name") or first("title_name"),
        "street": first("street"),
        "city": first("city"),
        "state": first("state"),
        "zip": first("zip"),
        "latitude": first("latitude"),
        "longitude": first("longitude"),
        "phone": first("phone"),
        "website": home,
        "sources": [{"url": page.url, "spider": spider, "fetched_at": fetched_at} for page in pages],
    }
    # a level by its short name, as the level rules are written: "Online Intensive Outpatient
    # Program" is an online IOP
    record["levels_of_care"] = terms.codes("levels_of_care", [short_names(s) for s in said])
    for field in ("conditions", "populations"):
        record[field] = terms.codes(field, said)
    # What a page refuses removes a plan a directory or the locator claimed (see reconcile).
    record["insurance"], record["insurance_refused"] = terms.stated_and_refused("insurance", said)
    record["languages"] = terms.languages(said)
    for (low, high), found in (
        (("days_per_week_min", "days_per_week_max"), _content_first(days.days_per_week, content, said)),
        (("hours_per_session_min", "hours_per_session_max"), _content_first(schedule.hours_per_session, content, said)),
        (("program_weeks_min", "program_weeks_max"), schedule.program_weeks(said)),
    ):
        record[low], record[high] = found if found else (None, None)
    price = cost.cost(said)
    record["cost_min_usd"], record["cost_max_usd"], record["cost_period"] = price if price else (None, None, None)
    return record
