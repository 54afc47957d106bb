"""Write the demo websites and the demo directory from the demo locator snapshot.

All fictional, written for this project: 32 facility websites in four layouts (JSON-LD
with several pages, a definition list, tables with a contact page, plain prose) and one
directory of 64 listings over 4 pages. Many facilities are also in the locator snapshot,
so the demo shows one facility seen by several sources. Deterministic: run
`python tools/make_demo_sites.py` after tools/make_demo_data.py.
"""

from __future__ import annotations

import html
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.locator import row_to_raw  # noqa: E402
from facility import vocabulary  # noqa: E402
from facility.model import validate_record  # noqa: E402

DATA = ROOT / "facility" / "demo_data"
SITES, DIRECTORY = DATA / "sites", DATA / "directory"
SITE_COUNT, LISTINGS, PER_PAGE = 32, 64, 16
NOTE = "This is a fictional facility written for this project's demo, not a real program."
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten", 12: "twelve"}
DAY_LISTS = {2: "Tuesdays and Thursdays", 3: "Monday, Wednesday and Thursday", 4: "Mon, Tue, Thu, Fri",
             5: "Monday through Friday"}


def esc(text: object) -> str:
    return html.escape(str(text))


def labels(field: str, codes: list[str]) -> str:
    names = [vocabulary.label(field, c) for c in codes if c not in ("private_insurance", "self_pay", "free")]
    return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + (names[-1] if names else "")


def page(title: str, body: str, head: str = "") -> str:
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title>{head}"
            f"</head>\n<body>\n{body}\n<footer><p>{NOTE}</p></footer>\n</body></html>\n")


ABBREVIATIONS = {"Boulevard": "Blvd.", "Avenue": "Ave.", "Street": "St.", "Highway": "Hwy", "Suite": "Ste."}


def short_street(street: str) -> str:
    """The street as many listings write it: "Ventura Blvd., Ste. 350"."""
    for word, short in ABBREVIATIONS.items():
        street = street.replace(word, short)
    return street


def address(r: dict, short: bool = False) -> str:
    street = short_street(r["street"]) if short else r["street"]
    return f"{esc(street)}, {esc(r['city'])}, CA {r['zip']}"


def phone_text(r: dict, dotted: bool = False) -> str:
    d = r["phone"][2:]
    number = f"{d[:3]}.{d[3:6]}.{d[6:]}" if dotted else f"({d[:3]}) {d[3:6]}-{d[6:]}"
    return number + (f" ext. {r['phone_extension']}" if r.get("phone_extension") else "")


def listed_name(r: dict, n: int) -> str:
    """Directories and sites spell a name their own way: a legal suffix, a plural."""
    return [r["name"], f"{r['name']}, Inc.", r["name"], f"The {r['name']}s"][n % 4] if not r["name"].endswith("s") \
        else [r["name"], f"{r['name']}, Inc.", r["name"], r["name"]][n % 4]


def schedule_sentences(r: dict, rng: random.Random) -> list[str]:
    out = []
    lo, hi = r["days_per_week_min"], r["days_per_week_max"]
    if lo:
        if lo == hi:
            out.append(rng.choice([f"Groups meet {WORDS.get(lo, lo)} days a week.", f"Schedule: {lo} days/week.",
                                   f"We meet {DAY_LISTS.get(lo, f'{lo} days a week')}."]))
        else:
            out.append(rng.choice([f"Clients attend a minimum of {lo} days per week and up to {hi} days per week.",
                                   f"Groups meet {WORDS.get(lo, lo)} to {WORDS.get(hi, hi)} days a week."]))
    h = r["hours_per_session_min"]
    if h:
        start = rng.choice([9, 10, 18])
        if r["hours_per_session_max"] == h and h == int(h):
            out.append(rng.choice([f"Sessions run from {start % 12 or 12}:00 to {(start + int(h)) % 12 or 12}:00 "
                                   f"{'p.m.' if start >= 12 else 'p.m.' if start + h >= 12 else 'a.m.'}",
                                   f"{WORDS.get(int(h), int(h)).capitalize()}-hour sessions are held each day."]))
        else:
            out.append(f"Sessions run {h:g} to {r['hours_per_session_max']:g} hours each day.")
    w_lo, w_hi = r["program_weeks_min"], r["program_weeks_max"]
    if w_lo:
        out.append(f"Most clients complete the program in {w_lo}-{w_hi} weeks." if w_lo != w_hi
                   else f"The program typically lasts {WORDS.get(w_lo, w_lo)} weeks.")
    return out


def payment_sentences(r: dict, rng: random.Random) -> list[str]:
    out = []
    carriers = [c for c in r["insurance"] if c not in ("medicaid", "medicare", "private_insurance", "self_pay",
                                                       "sliding_scale", "free", "payment_assistance", "tricare", "va")]
    if carriers:
        out.append(f"We are in network with {labels('insurance', carriers)}.")
    public = [c for c in ("medicaid", "medicare", "tricare") if c in r["insurance"]]
    if public:
        out.append(f"{labels('insurance', public)} accepted.")
    missing = [c for c in ("medicaid", "medicare") if c not in r["insurance"]]
    if missing:
        out.append(f"At this time we are not able to accept {' or '.join(vocabulary.label('insurance', c) for c in missing)}.")
    if "sliding_scale" in r["insurance"]:
        out.append("Sliding scale fees are available.")
    if "self_pay" in r["insurance"]:
        out.append(f"Self-pay clients pay ${rng.choice([350, 400, 450, 600])} per week.")
    return out


def about_sentences(r: dict) -> list[str]:
    out = ["We offer an intensive outpatient program (IOP)."] if "iop" in r["levels_of_care"] else []
    treats = [c for c in r["conditions"] if c not in ("substance_use",)]
    if treats:
        out.append(f"We treat {labels('conditions', treats).lower().replace('ptsd', 'PTSD').replace('ocd', 'OCD').replace('adhd', 'ADHD')}.")
    if "substance_use" in r["conditions"]:
        out.append("Our team has helped hundreds of people recover from addiction.")
    if "women" in r["populations"] and "men" not in r["populations"]:
        out.append("A women-only program for adults 18 and older.")
    langs = [lang for lang in r["languages"] if lang != "english"]
    if langs:
        out.append(f"Services in English and {', '.join(lang.capitalize() for lang in langs)}.")
    return out


def jsonld(r: dict) -> str:
    data = {"@context": "https://schema.org", "@type": "MedicalClinic", "name": r["name"],
            "telephone": phone_text(r),
            "address": {"@type": "PostalAddress", "streetAddress": r["street"], "addressLocality": r["city"],
                        "addressRegion": "CA", "postalCode": r["zip"]}}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def paragraphs(sentences: list[str]) -> str:
    return "\n".join(f"<p>{esc(s)}</p>" for s in sentences)


def write_site(folder: Path, r: dict, layout: int, rng: random.Random) -> None:
    folder.mkdir(parents=True)
    name = r["name"]
    program = "Our IOP Program" if "iop" in r["levels_of_care"] else "Our Program"
    nav = (f'<nav><a href="./">Home</a> <a href="program.html">{program}</a> '
           '<a href="insurance.html">Insurance &amp; Cost</a> <a href="contact.html">Contact</a> '
           '<a href="events.html?month=2027-01">Events calendar</a></nav>')
    if layout == 0:  # JSON-LD and three pages
        (folder / "index.html").write_text(page(f"{name} | IOP in {r['city']}", nav + paragraphs(about_sentences(r)),
                                                jsonld(r)))
        intro = ["Unlike inpatient or residential care, IOP lets you live at home."] if "iop" in r["levels_of_care"] else []
        (folder / "program.html").write_text(page(f"Our Program | {name}", paragraphs(intro + schedule_sentences(r, rng))))
        (folder / "insurance.html").write_text(page(f"Insurance | {name}", paragraphs(payment_sentences(r, rng))))
        (folder / "contact.html").write_text(page(f"Contact | {name}", f"<p>Call {phone_text(r)}.</p>"))
    elif layout == 1:  # one page, a definition list
        facts = [("Address", address(r)), ("Phone", phone_text(r, dotted=True))]
        if r["days_per_week_min"]:
            facts.append(("Days per week", f"{r['days_per_week_min']}-{r['days_per_week_max']}"))
        if r["program_weeks_min"]:
            facts.append(("Program length", f"{r['program_weeks_min']}-{r['program_weeks_max']} weeks"))
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
        (folder / "index.html").write_text(page(
            f"{name} – Outpatient Treatment", f"<h1>{esc(name)}</h1><dl>{dl}</dl>"
            + paragraphs(about_sentences(r) + payment_sentences(r, rng)), f'<meta property="og:site_name" content="{esc(name)}">'))
    elif layout == 2:  # tables and a contact page
        rows = "".join(f"<tr><td>{esc(s)}</td></tr>" for s in schedule_sentences(r, rng))
        (folder / "index.html").write_text(page(
            f"Welcome | {name}", '<a href="schedule/">Schedule</a> <a href="contact/">Contact us</a>'
            + paragraphs(about_sentences(r)), f'<meta property="og:site_name" content="{esc(name)}">'))
        (folder / "schedule").mkdir()
        (folder / "schedule" / "index.html").write_text(page(
            f"Schedule | {name}", f"<table><tr><th>Program</th></tr>{rows}</table>" + paragraphs(payment_sentences(r, rng))))
        (folder / "contact").mkdir()
        (folder / "contact" / "index.html").write_text(page(
            f"Contact | {name}", f"<address>{esc(name)}<br>{address(r, short=True)}</address>"
            f'<p>Phone: <a href="tel:{r["phone"]}">{phone_text(r)}</a>. Our office is open Monday - Friday, 8am - 6pm.</p>'))
    else:  # plain prose
        body = paragraphs([f"Welcome to {name}."] + about_sentences(r) + schedule_sentences(r, rng)
                          + payment_sentences(r, rng) + [f"Visit us at {address(r).replace('&amp;', '&')}.",
                                                         f"Questions? Call {phone_text(r)}."])
        (folder / "index.html").write_text(page(f"{name} | Recovery in {r['city']}", body))


def write_directory(records: list[dict], rng: random.Random) -> None:
    (DIRECTORY / "listing").mkdir(parents=True)
    pages = [records[i:i + PER_PAGE] for i in range(0, len(records), PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        items = "".join(
            f'<li class="listing"><a class="listing-link" href="../facility/{r["id"]}.html">{esc(r["name"])}</a> '
            f'<span class="city">{esc(r["city"])}</span></li>' for r in chunk)
        nxt = f'<a rel="next" href="page-{number + 1}.html">Next page</a>' if number < len(pages) else ""
        (DIRECTORY / "listing" / f"page-{number}.html").write_text(page(
            f"LA Outpatient Directory – page {number}", f"<ul class=\"listings\">{items}</ul>{nxt}"))
    (DIRECTORY / "facility").mkdir()
    for n, r in enumerate(records):
        facts = [("Address", address(r, short=n % 2 == 1)), ("Phone", phone_text(r, dotted=n % 3 == 2))]
        name = listed_name(r, n)
        if r["insurance"]:
            facts.append(("Accepts", labels("insurance", r["insurance"]) or "Self-pay"))
        if r["days_per_week_min"]:
            facts.append(("Schedule", f"{r['days_per_week_min']} to {r['days_per_week_max']} days per week"))
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
        website = f'<a class="website" href="{esc(r["website"])}">Website</a>' if r.get("website") else ""
        (DIRECTORY / "facility" / f"{r['id']}.html").write_text(page(
            f"{name} – LA Outpatient Directory",
            f'<h1 class="facility-name">{esc(name)}</h1><dl class="facts">{dl}</dl>{website}'
            + paragraphs(about_sentences(r))))


def main() -> None:
    rng = random.Random(11)
    rows = json.loads((DATA / "locator_demo.json").read_text())["rows"]
    records = [validate_record(row_to_raw(row, "http://127.0.0.1/", "2026-01-01T00:00:00Z")[0]).model_dump()
               for row in rows]
    for folder in (SITES, DIRECTORY):
        shutil.rmtree(folder, ignore_errors=True)
    with_site = [r for r in records if r["website"]][:SITE_COUNT]
    for n, r in enumerate(with_site):
        write_site(SITES / f"site-{n:02d}", r, n % 4, rng)
    write_directory(records[20:20 + LISTINGS], rng)
    print(f"wrote {len(with_site)} demo sites to {SITES} and {LISTINGS} listings to {DIRECTORY}")


if __name__ == "__main__":
    main()
