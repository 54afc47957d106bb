"""One HTML page to what it says about a facility: JSON-LD first, then structure and text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html

# Elements whose text is never shown to a reader.
_HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "iframe"}
# Elements that start a new line of text; a table row, a list item or a dt/dd pair stays one line.
_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
           "footer", "address", "table", "ul", "ol", "dl", "dt", "main", "nav", "aside", "blockquote",
           "form", "br", "hr", "figure", "figcaption"}
_PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?([2-9]\d{2})[\s.-]?(\d{4})(?!\d)"
                    r"(?:\s*(?:x|ext\.?|extension)\s*(\d{1,6}))?", re.I)
_STREET_CITY = re.compile(
    r"(\d{1,6}\s+[A-Za-z0-9 .'#-]+?(?:,?\s+(?:Suite|Ste\.?|Unit|#)\s*[\w-]+)?),\s*([A-Za-z .'-]+?),\s*"
    r"(CA|California)\s+(\d{5})(?:-\d{4})?", re.I)
_TITLE_SPLIT = re.compile(r"\s+[|–—:~-]\s+|\s*[|•·»«]\s*|:\s+")


@dataclass
class Page:
    url: str
    name: str | None = None
    title_name: str | None = None
    title: str = ""
    phone: str | None = None
    street: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    text: str = ""
    # the text without the page's chrome (menus, sidebars, the page's own header and footer), where
    # a site puts its office hours, tours and events beside any page's content
    content: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)


# Chrome by element: a menu or sidebar anywhere, and a header or footer of the page itself (one inside
# an article or section belongs to that content); by ARIA landmark role; by the class or id that
# templates give a footer, sidebar or menu built of divs (a "header" or "footer" div inside an article
# or section is that content's, as the elements are).
_CHROME_TAGS = {"nav", "aside"}
_EDGE_TAGS = {"header", "footer"}
_CONTENT_TAGS = {"article", "section", "main"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary"}
_EDGE_NAMES = re.compile(r"(?:site[-_]?)?(?:footer|header)", re.I)
_CHROME_NAMES = re.compile(r"(?:site[-_]?)?(?:footer|header|sidebar|side-bar|nav|navbar|navigation|menu|breadcrumbs?|"
                           r"colophon|masthead)", re.I)


def is_chrome(element) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _CHROME_TAGS or (element.get("role") or "").lower() in _CHROME_ROLES:
        return True
    names = [name for name in f"{element.get('class') or ''} {element.get('id') or ''}".split() if _CHROME_NAMES.fullmatch(name)]
    if tag in _EDGE_TAGS or any(_EDGE_NAMES.fullmatch(name) for name in names):
        return not any(isinstance(up.tag, str) and up.tag in _CONTENT_TAGS for up in element.iterancestors())
    return bool(names)


def visible_text(root, skip=None) -> str:
    """The text a reader sees, one line per block; a dt and its dd joined by ': ' (unless the dt asks a question).
    skip: elements for which it holds are left out, as hidden ones are."""
    out: list[str] = []

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HIDDEN or (skip is not None and skip(element)):
            if element.tail:
                out.append(element.tail)
            return
        if tag in _BLOCKS:
            out.append("\n")
        if tag in ("td", "th"):
            out.append(" | ")
        if element.text:
            out.append(element.text)
        for child in element:
            walk(child)
        if tag == "dt":
            # (a question stays a line of its own, as an FAQ's heading would: "How often will I attend?" over
            # "Usually three, sometimes four.")
            out.append("\n" if element.text_content().strip().endswith("?") else ": ")
        elif tag in _BLOCKS:
            out.append("\n")
        if element.tail:
            out.append(element.tail)

    walk(root)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip(" |") for line in "".join(out).split("\n"))
    text = "\n".join(line for line in lines if line)
    return re.sub(r":\s*\n", ": ", text)


def _jsonld_items(root) -> list[dict]:
    items: list[dict] = []
    for node in root.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(node)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                items.append(item)
    return items


_FACILITY_TYPES = {"MedicalClinic", "MedicalBusiness", "MedicalOrganization", "LocalBusiness", "Organization",
                   "HealthAndBeautyBusiness", "Hospital", "Physician", "MedicalCenter", "Psychiatric"}


def _apply_jsonld(page: Page, items: list[dict]) -> None:
    for item in items:
        kinds = item.get("@type")
        kinds = set(kinds) if isinstance(kinds, list) else {kinds}
        if not kinds & _FACILITY_TYPES:
            continue
        page.name = page.name or _text(item.get("name"))
        page.phone = page.phone or _text(item.get("telephone"))
        address = item.get("address")
        if isinstance(address, dict):
            page.street = page.street or _text(address.get("streetAddress"))
            page.city = page.city or _text(address.get("addressLocality"))
            page.state = page.state or _text(address.get("addressRegion"))
            page.zip = page.zip or _text(address.get("postalCode"))
        geo = item.get("geo")
        if isinstance(geo, dict):
            try:
                page.latitude = page.latitude or float(geo.get("latitude"))
                page.longitude = page.longitude or float(geo.get("longitude"))
            except (TypeError, ValueError):
                pass


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


# Parts of a title that name a page, not a facility ("Home", "Contact Us", "Insurance We Accept").
_GENERIC_WORDS = {
    "a", "about", "accept", "addiction", "admissions", "adolescent", "adolescents", "adult", "adults",
    "and", "blog", "care", "center", "contact", "expect", "family", "faq", "faqs", "for", "get",
    "health", "help", "home", "homepage", "info", "insurance", "intensive", "iop", "is", "it",
    "location", "locations", "men", "mental", "news", "now", "of", "our", "outpatient", "page",
    "program", "programs", "recovery", "rehab", "resources", "s", "schedule", "services", "staff",
    "team", "teen", "teens", "the", "therapy", "to", "treatment", "us", "verify", "veterans", "we",
    "welcome", "what", "who", "women", "young", "youth"
}
# Parts that describe or sell rather than name: "IOP in Van Nuys", "Compassionate Care for Teens".
_SLOGAN = re.compile(r"\b(?:in|near|serving)\s+[A-Z]|^(?:compassionate|trusted|best|top|affordable|leading|expert|quality|"
                     r"personalized|evidence[- ]based|premier|caring|effective|your)\b|\bfor\s+(?:teens|adults|women|men|"
                     r"you|families|veterans|everyone)\b", re.I)


def title_parts(title: str) -> list[str]:
    """A page title's parts: "Harbor Light | IOP in Van Nuys" -> ["Harbor Light", "IOP in Van Nuys"]."""
    return [part for part in (p.strip(" \t|–—:~•·»«-") for p in _TITLE_SPLIT.split(title)) if part]


def name_from_title(title: str, host: str) -> str | None:
    """The facility's name from a page title, without slogans ("Harbor Light | IOP in Van Nuys").

    Of the title's parts, page names ("Home", "Contact Us") and slogans lose; the part that
    shares most with the site's host name (its words, or its initials: "mcc-whittier" for
    "Mariposa Counseling Center") wins; else the first part left.
    """
    parts = [re.sub(r"^(?:welcome to|home of)\s+", "", p, flags=re.I) for p in title_parts(title)]
    parts = [p for p in parts if p]
    if not parts:
        return None
    label = re.sub(r"^www\.", "", host).split(".")[0]
    segments, joined = label.split("-"), label.replace("-", "")

    def key(indexed: tuple[int, str]) -> tuple[float, ...]:
        index, part = indexed
        words = re.findall(r"[a-z]+", part.lower())
        hits = sum(1 for word in words if len(word) > 2 and word in joined)
        initials = "".join(w[0] for w in words if w not in ("of", "the", "and"))
        acronym = len(initials) >= 2 and (initials in segments or joined.startswith(initials))
        generic = all(word in _GENERIC_WORDS for word in words)
        # a slogan costs less than two words of the host name: "Harborview Recovery for Women"
        score = hits * 100 + acronym * 150 - bool(_SLOGAN.search(part)) * 60 - generic * 1000
        return (score, -len(part) if hits else 0, -index)

    return max(enumerate(parts), key=key)[1]


def read_page(html: str, url: str) -> Page:
    """Facts one page states: JSON-LD first, then meta tags, tel: links, <address> and text."""
    page = Page(url=url)
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return page
    _apply_jsonld(page, _jsonld_items(root))
    site_name = root.xpath('string(//meta[@property="og:site_name"]/@content)').strip()
    title = root.xpath("string(//title)").strip()
    page.title = title
    page.title_name = site_name or (name_from_title(title, urlsplit(url).hostname or "") if title else None)
    body = root.find("body") if root.find("body") is not None else root
    page.text = visible_text(body)
    page.content = visible_text(body, skip=is_chrome)
    if not page.phone:
        tel = root.xpath('string(//a[starts-with(@href, "tel:")]/@href)')
        page.phone = tel[4:].strip() or None if tel else None
    if not page.phone:
        match = _PHONE.search(page.text)
        if match:
            page.phone = "-".join(match.groups()[:3]) + (f" x{match.group(4)}" if match.group(4) else "")
    if not page.street:
        for block in root.xpath("//address") + [body]:
            match = _STREET_CITY.search(visible_text(block).replace("\n", ", "))
            if match:
                page.street, page.city, page.state, page.zip = (
                    match.group(1).strip(), match.group(2).strip(), "CA", match.group(4))
                break
    for anchor in root.xpath("//a[@href]"):
        href = urljoin(url, anchor.get("href"))
        page.links.append((href.split("#")[0], " ".join(anchor.text_content().split())))
    return page
