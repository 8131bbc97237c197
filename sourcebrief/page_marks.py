"""The outlet a copied page's own furniture gives away when nothing in its text names one: the label of the link to
its home page ("BBC Homepage"), or a line of furniture that only one outlet's pages carry ("Reuse this content")."""

from __future__ import annotations

import re

from . import outlets

_HOME_LINK = re.compile(r"^(?:Go to (?:the )?)?(?P<name>[A-Z][\w&'’.+-]*(?: [A-Z][\w&'’.+-]*){0,3})\s+(?:Homepage|home page)$",
                        re.I)
"""The screen-reader label of a masthead's link home, copied with the page: "BBC Homepage"."""
_HOUSE_LINES = {
    "explore more on these topics": "The Guardian",
    "reuse this content": "The Guardian",
}
"""Furniture lines, lower-cased, that one outlet's page template carries and no other's: the Guardian closes every
article with "Explore more on these topics" over its tags and "Reuse this content" under them."""


def from_page_marks(furniture: list[str]) -> str | None:
    """The outlet the removed lines ``furniture`` give away (see the module), when they give one and only one."""
    found = set()
    for text in furniture:
        line = text.strip().rstrip(".").strip()
        house = _HOUSE_LINES.get(line.lower())
        home = _HOME_LINK.match(line) if not house and len(line) <= 60 else None
        named = outlets.name(home.group("name")) if home else None
        if house:
            found.add(house)
        elif named and outlets.outlet_like(named, acronym=True):
            found.add(named)
    return found.pop() if len(found) == 1 else None
