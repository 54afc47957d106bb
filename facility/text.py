"""Cleaning of scraped strings: terminal-safe text, phones, ZIP codes, URLs.

Scraped text ends up printed in terminals and opened in spreadsheets, so everything a
source gives us passes through here before it reaches the model's other rules.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

# ANSI/VT escape sequences (CSI, OSC and two-byte forms): a name like
# "\x1b]8;;http://evil\x07Clinic" must not become a live terminal command.
_ESCAPE_SEQ = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI ... final byte
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?  # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?     # DCS/SOS/PM/APC ... ST
    | \x1b[@-Z\\-_]                     # two-byte escapes
    | \x9b[0-?]*[ -/]*[@-~]             # 8-bit CSI
    """,
    re.VERBOSE,
)
_SPACES = re.compile(r"\s+")


def clean_text(value: str | None) -> str | None:
    """Strip escape sequences and control/format characters and collapse white space.

    Returns None for a value that is empty once cleaned.
    """
    if value is None:
        return None
    text = _ESCAPE_SEQ.sub("", str(value))
    text = "".join(
        " " if ch in "\t\n\r\f\v" or ch == "\u00a0"
        # Cc: control characters; Cf: format characters such as bidi overrides (U+202E)
        # that make a terminal show text in another order than it is.
        else ("" if unicodedata.category(ch) in ("Cc", "Cf") else ch)
        for ch in text
    )
    text = _SPACES.sub(" ", text).strip()
    return text or None


_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension|#)\s*(\d{1,6})\s*$", re.IGNORECASE)


def normalize_phone(value: str | None) -> tuple[str | None, str | None]:
    """Turn a North American phone number into (E.164, extension digits).

    "540-217-6366 x110" -> ("+15402176366", "110"). Raises ValueError for a value that is
    not a 10-digit NANP number, so a garbled phone is reported rather than half kept.
    """
    text = clean_text(value)
    if text is None:
        return None, None
    extension = None
    match = _EXTENSION.search(text)
    if match:
        extension = match.group(1)
        text = text[: match.start()]
    digits = re.sub(r"\D", "", text)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01" or digits[3] in "01":
        raise ValueError(f"'{value}' is not a valid US phone number")
    return "+1" + digits, extension


def normalize_zip(value: str | None) -> str | None:
    """Reduce a ZIP or ZIP+4 to its 5 digits; ValueError for anything else."""
    text = clean_text(value)
    if text is None:
        return None
    match = re.fullmatch(r"(\d{5})(?:[- ]?\d{4})?", text)
    if not match:
        raise ValueError(f"'{value}' is not a ZIP code")
    return match.group(1)


def normalize_url(value: str | None) -> str | None:
    """Make a website absolute http(s) with a lower-case host; ValueError if it cannot be."""
    text = clean_text(value)
    if text is None:
        return None
    if "://" not in text:
        # Sources write "www.example.org" without a scheme.
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in text:
        raise ValueError(f"'{value}' is not an http(s) URL")
    host = parts.hostname.lower()
    if "." not in host and host != "localhost":
        raise ValueError(f"'{value}' has no valid host name")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, parts.query, ""))


def site_key(url: str | None) -> str | None:
    """The site a URL belongs to: host and port, without "www." ("www.a.org/x" -> "a.org")."""
    if not url:
        return None
    netloc = urlsplit(url if "://" in url else "http://" + url).netloc.lower()
    return re.sub(r"^www\.", "", netloc) or None
