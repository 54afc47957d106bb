"""Write the bundled demo snapshot: fictional LA County facilities in the locator v2 format.

Every facility here is invented for this project (names, streets, 555-01xx phones,
websites on the reserved .example domain) and says so in a "DEMO" service note. The
output is deterministic: run `python tools/make_demo_data.py` after changing this file.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "facility" / "demo_data" / "locator_demo.json"
COUNT = 170

# (city, zip, latitude, longitude, area code): approximate ZIP centroids across the county.
PLACES = [
    ("Los Angeles", "90012", 34.0614, -118.2385, "213"), ("Los Angeles", "90026", 34.0766, -118.2646, "213"),
    ("Los Angeles", "90027", 34.1044, -118.2920, "323"), ("Los Angeles", "90034", 34.0290, -118.4005, "310"),
    ("Los Angeles", "90066", 34.0026, -118.4300, "310"), ("Los Angeles", "90019", 34.0480, -118.3380, "323"),
    ("Los Angeles", "90010", 34.0620, -118.3100, "213"), ("Los Angeles", "90033", 34.0500, -118.2100, "323"),
    ("Los Angeles", "90044", 33.9520, -118.2900, "323"), ("Los Angeles", "90041", 34.1380, -118.2080, "323"),
    ("Los Angeles", "90024", 34.0630, -118.4350, "310"), ("Los Angeles", "90028", 34.1000, -118.3270, "323"),
    ("Santa Monica", "90401", 34.0176, -118.4907, "310"), ("Santa Monica", "90404", 34.0270, -118.4730, "310"),
    ("Pasadena", "91101", 34.1466, -118.1389, "626"), ("Pasadena", "91106", 34.1400, -118.1280, "626"),
    ("Long Beach", "90802", 33.7672, -118.1944, "562"), ("Long Beach", "90804", 33.7830, -118.1480, "562"),
    ("Long Beach", "90813", 33.7830, -118.1950, "562"), ("Glendale", "91203", 34.1517, -118.2605, "818"),
    ("Burbank", "91502", 34.1810, -118.3090, "818"), ("Van Nuys", "91405", 34.2002, -118.4493, "818"),
    ("North Hollywood", "91601", 34.1685, -118.3722, "818"), ("Torrance", "90503", 33.8397, -118.3543, "310"),
    ("Culver City", "90230", 33.9960, -118.3962, "310"), ("West Hollywood", "90069", 34.0900, -118.3817, "310"),
    ("Beverly Hills", "90211", 34.0650, -118.3830, "310"), ("Inglewood", "90301", 33.9566, -118.3531, "310"),
    ("Compton", "90220", 33.8808, -118.2350, "310"), ("Lancaster", "93534", 34.6900, -118.1500, "661"),
    ("Palmdale", "93550", 34.5700, -118.0700, "661"), ("Santa Clarita", "91355", 34.4258, -118.5967, "661"),
    ("Pomona", "91766", 34.0417, -117.7567, "909"), ("West Covina", "91790", 34.0656, -117.9370, "626"),
    ("El Monte", "91731", 34.0789, -118.0428, "626"), ("Whittier", "90601", 34.0000, -118.0360, "562"),
    ("Downey", "90241", 33.9400, -118.1300, "562"), ("Norwalk", "90650", 33.9069, -118.0829, "562"),
    ("Alhambra", "91801", 34.0915, -118.1290, "626"), ("Monterey Park", "91754", 34.0500, -118.1300, "626"),
    ("Encino", "91436", 34.1570, -118.4900, "818"), ("Woodland Hills", "91367", 34.1780, -118.6150, "818"),
    ("Tarzana", "91356", 34.1550, -118.5480, "818"), ("Sherman Oaks", "91403", 34.1500, -118.4600, "818"),
    ("Northridge", "91324", 34.2380, -118.5480, "818"), ("Redondo Beach", "90277", 33.8300, -118.3880, "310"),
    ("Hawthorne", "90250", 33.9140, -118.3480, "310"), ("Lakewood", "90712", 33.8500, -118.1300, "562"),
    ("Carson", "90745", 33.8230, -118.2640, "310"), ("San Pedro", "90731", 33.7360, -118.2920, "310"),
    ("Malibu", "90265", 34.0360, -118.7000, "310"), ("Venice", "90291", 33.9930, -118.4650, "310"),
    ("Arcadia", "91006", 34.1370, -118.0350, "626"), ("Monrovia", "91016", 34.1500, -118.0000, "626"),
    ("Claremont", "91711", 34.1000, -117.7200, "909"), ("Bellflower", "90706", 33.8880, -118.1270, "562"),
    ("South Gate", "90280", 33.9450, -118.2000, "323"), ("Gardena", "90247", 33.8880, -118.2970, "310"),
    ("Manhattan Beach", "90266", 33.8890, -118.4000, "310"), ("Marina del Rey", "90292", 33.9800, -118.4500, "310"),
]
STREETS = ["Main Street", "Olive Avenue", "Hill Street", "Orange Grove Boulevard", "Pacific Avenue",
           "Colorado Boulevard", "Ventura Boulevard", "Lincoln Boulevard", "Atlantic Avenue", "Sepulveda Boulevard",
           "Magnolia Boulevard", "Washington Boulevard", "Pico Boulevard", "Whittier Boulevard", "Garvey Avenue",
           "Lakewood Boulevard", "Foothill Boulevard", "Imperial Highway", "Avenue K", "Valencia Boulevard"]
FIRST = ["Harbor", "Sunrise", "Pacific", "Canyon", "Jacaranda", "Arroyo", "Mesa", "Lantern", "Cedar",
         "Bluebird", "Hillside", "Golden Poppy", "Meridian", "Open Door", "Willow", "Evergreen", "Compass",
         "Anchor", "New Leaf", "Clear Path", "Summit", "Horizon", "Riverbend", "Oak Grove", "Solstice",
         "Palisade", "Marigold", "True North", "Bridgeway", "Lighthouse", "Sycamore", "Tidewater"]
SECOND = ["Recovery Center", "Behavioral Health", "Counseling Services", "Wellness Collective",
          "Treatment Center", "Outpatient Services", "Recovery Partners", "Health Clinic",
          "Community Services", "Family Services"]
LANGUAGES = ["Spanish", "Korean", "Armenian", "Any Chinese Language", "Tagalog", "Vietnamese", "Farsi", "Russian"]
CARRIERS = ["Aetna", "Anthem Blue Cross", "Blue Shield of California", "Cigna", "Kaiser Permanente",
            "UnitedHealthcare", "Health Net", "L.A. Care", "Molina Healthcare", "Magellan Health",
            "Carelon Behavioral Health"]
CONDITIONS = ["Depression", "Anxiety", "Bipolar disorder", "Borderline personality disorder", "OCD", "ADHD",
              "Schizophrenia and psychotic disorders", "Mood disorders"]


def pick(rng: random.Random, share: float) -> bool:
    return rng.random() < share


def services(rng: random.Random) -> list[dict[str, str]]:
    mental = pick(rng, 0.45)
    substance = not mental or pick(rng, 0.5)
    care = (["Substance use treatment"] if substance else []) + (["Mental health treatment"] if mental else [])
    if mental and substance:
        care.append("Treatment for co-occurring substance use plus either serious mental health illness in "
                    "adults/serious emotional disturbance in children")
    settings = ["Outpatient"]
    if pick(rng, 0.88):
        settings.append("Intensive outpatient treatment")
    if pick(rng, 0.45):
        settings.append("Regular outpatient treatment")
    if pick(rng, 0.3):
        settings.append("Outpatient day treatment or partial hospitalization")
    if pick(rng, 0.4):
        settings.append("Telemedicine/telehealth therapy")
    if pick(rng, 0.12):
        settings += ["Residential/24-hour residential", "Short-term residential"]
    if substance and pick(rng, 0.1):
        settings.append("Outpatient detoxification")
    if len(settings) == 1:
        settings.append("Regular outpatient treatment")

    pay = ["Cash or self-payment"] if pick(rng, 0.8) else []
    for share, value in ((0.55, "Medicaid"), (0.25, "Medicare"), (0.6, "Private health insurance"),
                         (0.1, "Federal military insurance (e.g., TRICARE)"), (0.05, "U.S. Department of VA funds"),
                         (0.3, "County or local government funds")):
        if pick(rng, share):
            pay.append(value)
    if "Private health insurance" in pay:
        pay += rng.sample(CARRIERS[:7] + CARRIERS[9:], rng.randint(0, 4))
    if "Medicaid" in pay and pick(rng, 0.5):
        pay.append(rng.choice(["L.A. Care", "Molina Healthcare", "Health Net"]))
    if not pay:
        pay = ["No payment accepted"]
    assistance = [v for share, v in ((0.35, "Sliding fee scale (fee is based on income and other factors)"),
                                     (0.2, "Payment assistance (check with facility for details)")) if pick(rng, share)]

    ages = ["Adults"] + [v for share, v in ((0.7, "Young adults"), (0.2, "Children/adolescents"),
                                             (0.35, "Seniors (65 or older)")) if pick(rng, share)]
    gender = rng.choices([["Female", "Male"], ["Male"], ["Female"]], weights=[8, 1, 1])[0]
    groups = []
    for share, value in ((0.5, "Persons who have experienced trauma"),
                         (0.25, "Persons with post-traumatic stress disorder (PTSD)"),
                         (0.4, "Persons with co-occurring mental and substance use disorders"),
                         (0.15, "Lesbian, gay, bisexual, or transgender (LGBT) clients"),
                         (0.15, "Veterans"), (0.08, "Persons with eating disorders"),
                         (0.1, "Pregnant/postpartum women")):
        if pick(rng, share):
            groups.append(value)
    if gender == ["Male"]:
        groups.append("Adult men")
    if gender == ["Female"]:
        groups.append("Adult women")

    out = [
        ("TC", "Type of Care", care),
        ("SET", "Service Settings (e.g., Outpatient, Residential, Inpatient etc.)", settings),
        ("TAP", "Treatment Approaches", rng.sample(
            ["Cognitive behavioral therapy", "Dialectical behavior therapy", "Motivational interviewing",
             "Relapse prevention", "Trauma-related counseling", "12-step facilitation", "Matrix Model",
             "Group therapy", "Couples/family therapy", "Contingency management/motivational incentives"], 4)),
        ("PAY", "Payment/Insurance/Funding Accepted", pay),
        ("PYAS", "Payment Assistance Available", assistance),
        ("AGE", "Age Groups Accepted", ages),
        ("GN", "Gender Accepted", gender),
        ("SG", "Special Programs/Groups Offered", groups),
    ]
    if mental:
        out.append(("COND", "Conditions treated (demo)", rng.sample(CONDITIONS, rng.randint(1, 4))))
    if substance and pick(rng, 0.5):
        out.append(("COND", "Conditions treated (demo)", rng.sample(
            ["Alcohol use", "Opioid use", "Stimulant use (meth, cocaine)"], rng.randint(1, 3))))
    languages = (["Spanish"] if pick(rng, 0.55) else []) + (rng.sample(LANGUAGES[1:], rng.choice([1, 1, 2])) if pick(rng, 0.3) else [])
    out.append(("OL", "Other Languages", languages))
    if "Intensive outpatient treatment" in settings and pick(rng, 0.6):
        low = rng.choice([3, 3, 3, 4, 5])
        high = min(5, low + rng.choice([0, 0, 1, 2]))
        hours = rng.choice(["3", "3", "2.5-3.5", "3-4"])
        weeks = rng.choice(["6-8", "8-12", "10-12", "12"])
        days = f"{low}" if low == high else f"{low}-{high}"
        out.append(("SCHED", "Program schedule (demo)",
                    [f"Days per week: {days}", f"Hours per session: {hours}", f"Program weeks: {weeks}"]))
    out.append(("DEMO", "Demo data", ["Fictional facility written for the iop demo, not a real program."]))
    merged: dict[str, tuple[str, list[str]]] = {}
    for code, label, values in out:
        if values:
            merged.setdefault(code, (label, []))[1].extend(values)
    return [{"f1": label, "f2": code, "f3": "; ".join(dict.fromkeys(values))} for code, (label, values) in merged.items()]


def main() -> None:
    rng = random.Random(2026)
    names = [f"{a} {b}" for a in FIRST for b in SECOND]
    rng.shuffle(names)
    phones: set[str] = set()
    rows = []
    for i in range(COUNT):
        city, zip_code, lat, lon, area = PLACES[i % len(PLACES)] if i < len(PLACES) else rng.choice(PLACES)
        while True:
            phone = f"{area}-555-01{rng.randint(0, 99):02d}"
            if phone not in phones:
                phones.add(phone)
                break
        name = names[i]
        slug = name.lower().replace(" ", "")
        rows.append({
            "_irow": i + 1,
            "frid": hashlib.sha256(f"demo|{name}|{zip_code}".encode()).hexdigest(),
            "name1": name,
            "name2": "",
            "street1": f"{rng.randint(100, 19999)} {rng.choice(STREETS)}",
            "city": city,
            "street2": rng.choice(["", "", "", f"Suite {rng.randint(100, 450)}"]),
            "state": "CA",
            "zip": zip_code,
            "phone": phone + (f" x{rng.randint(10, 299)}" if pick(rng, 0.1) else ""),
            "typeFacility": rng.choice(["SA", "MH"]),
            "intake1": None,
            "hotline1": None,
            "website": f"https://www.{slug}.example/" if pick(rng, 0.85) else "",
            "latitude": f"{lat + rng.uniform(-0.02, 0.02):.7f}",
            "longitude": f"{lon + rng.uniform(-0.02, 0.02):.7f}",
            "miles": None,
            "services": services(rng),
        })
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc = {"demo": "Fictional facilities written for the iop project; not real programs.",
           "page": 1, "totalPages": 1, "recordCount": len(rows), "rows": rows}
    OUT.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} demo facilities to {OUT}")


if __name__ == "__main__":
    main()
