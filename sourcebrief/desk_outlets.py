"""The outlet a newsroom desk's initials stand for ("TOI World Desk"): initials alone name no single outlet ("TOI" is
The Times of India's and The Times of Israel's), so they count only when the page names the outlet itself elsewhere,
by a name whose initials they are: its site's address, a copyright line or a line of its own furniture. Also the
name over the headline a story gives its own newsroom ("Newsweek reached out to … for comment")."""

from __future__ import annotations

import re

from . import outlets
from .model import Line, Removed

_INITIALS_DESK = re.compile(r"(?:^|[|/·•]\s*)(?:(?:By|BY|by|Written [Bb]y):?\s+)?(?P<initials>[A-Z]{2,5})"
                            r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Desk|Bureau|Staff|Team)(?=\s*(?:$|[|/·•]))")
"""A desk's credit by its outlet's initials, alone or first in a stamp's line: "TOI World Desk", "By TOI Staff",
"ET Online Desk / Updated: …"."""
_SITES = {
    "timesofindia": "The Times of India", "timesofisrael": "The Times of Israel", "hindustantimes": "Hindustan Times",
    "economictimes": "The Economic Times", "indianexpress": "The Indian Express", "thehindu": "The Hindu",
    "khaleejtimes": "Khaleej Times", "gulfnews": "Gulf News", "arabnews": "Arab News", "dailysabah": "Daily Sabah",
    "middleeasteye": "Middle East Eye", "thenationalnews": "The National", "kyivindependent": "The Kyiv Independent",
    "jpost": "The Jerusalem Post", "nytimes": "The New York Times", "washingtonpost": "The Washington Post",
}
"""Hosts' names that run an outlet's words together ("timesofisrael" in "www.timesofisrael.com"), whose words a host
does not show."""
_PUBLISHERS = {
    r"Bennett,?\s+Coleman": ("The Times of India", "The Economic Times", "Navbharat Times", "Maharashtra Times"),
    r"HT\s+Media": ("Hindustan Times", "Mint"),
    r"Indian\s+Express\s+(?:\[P\]\s+)?(?:Pvt|Private|Group)": ("The Indian Express", "The Financial Express"),
}
"""Publishing companies a copyright line may name instead of the outlet ("© 2025 Bennett, Coleman & Co. Ltd."), with
the outlets each publishes: the desk's initials tell which of them the page is."""
_FURNITURE_LENGTH = 200
"""The longest line read for a site's address: longer ones are the story's paragraphs, where an address is a topic."""
_COPYRIGHT = re.compile(r"©|\bcopyright\b|\ball rights reserved\b", re.I)
"""A copyright line's mark."""
_HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|net|org|ae|in|il|uk)\b", re.I)
"""A site's host name, "timesofindia.indiatimes.com"."""


def initials(name: str) -> str:
    """ "TOI" of "The Times of India": every word's first letter but a leading "The"'s, small words' too."""
    words = re.sub(r"^The\s+", "", name).split()
    return "".join(word[0] for word in words).upper()


def desk_initials(text: str) -> str | None:
    """The initials a desk's credit opens with ("TOI" in "TOI World Desk / TIMESOFINDIA.COM"), None for any other
    line."""
    match = _INITIALS_DESK.search(text.strip())
    return match.group("initials") if match else None


def _named(texts: list[str]) -> set[str]:
    """Every outlet the page's lines name it by: what it calls itself (``outlets.self_names``), a site's host, the
    outlets of a publishing company in a copyright line."""
    found = set(outlets.self_names(texts))
    for text in texts:
        for host in _HOST.finditer(text if len(text) <= _FURNITURE_LENGTH else ""):
            for key in host.group().lower().split(".")[:-1]:
                found.add(_SITES.get(key) or (outlets.name(key) if outlets.known(key) else ""))
        if _COPYRIGHT.search(text):
            found.update(*(names for publisher, names in _PUBLISHERS.items() if re.search(publisher, text)))
    return found - {""}


def desk_outlet(initials_of_desk: str, texts: list[str]) -> str | None:
    """The one outlet the page names itself by whose initials the desk's are ("The Times of Israel" for "TOI" on a
    page with "© 2025 The Times of Israel"); None when the page names none or more than one (then the outlet stays
    unknown rather than guessed)."""
    found = {one for one in _named(texts) if initials(one) == initials_of_desk}
    return found.pop() if len(found) == 1 else None


def masthead_asking(removed: list[Removed], title_at: int, paragraphs: list[Line], reasons: tuple[str, ...]) -> str | None:
    """The name over the headline that the story gives its own newsroom, asking for comment or being told: "Newsweek"
    over the headline and "Newsweek reached out to the department for comment" below it, "TechPulse Europe" and "The
    company told TechPulse it would …"; None when no line over the headline is named so. ``reasons`` are those of
    the lines removed over the headline that may be its masthead."""
    above = [outlets.readable(r.text.strip()) for r in removed if r.line < title_at and r.reason in reasons]
    above = [text for text in above if 1 <= len(text.split()) <= 3 and not outlets.is_section_name(text)
             and all(word[:1].isupper() for word in text.split())]
    if not above:
        return None
    body = "\n".join(p.text for p in paragraphs)
    for text in above:
        for name in dict.fromkeys([text, text.split()[0]]):
            quoted = re.escape(name)
            if len(name) >= 4 and name in body and re.search(
                    rf"\btold {quoted}(?:\s+(?:it|he|she|they|that|in|on)\b|[,.;])|\b{quoted} (?:has |had )?"
                    rf"(?:reached out to|contacted|asked|approached)\b[^.\n]{{0,120}}\bfor (?:comment|a response)", body):
                return outlets.name(text)
    return None
