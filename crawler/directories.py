"""Where each directory site keeps its listings: the only layout-specific code of `directory`.

Field parsing of the facility pages is shared with `sites` (crawler.extract); a new
directory needs only an entry here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DirectoryLayout:
    listing_links: str  # XPath to the detail page links of a listing page
    next_page: str  # XPath to the next listing page
    website: str  # XPath, on a detail page, to the facility's own website


LAYOUTS = {
    # Microformat-style markup many directory templates share (rel=next, rel=bookmark);
    # the bundled demo directory uses it.
    "generic": DirectoryLayout(
        listing_links="//a[contains(concat(' ', @class, ' '), ' listing-link ') or @rel='bookmark']/@href",
        next_page="//a[@rel='next']/@href",
        website="//a[contains(concat(' ', @class, ' '), ' website ')]/@href",
    ),
}
