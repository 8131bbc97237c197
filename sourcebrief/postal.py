"""A newsroom's postal address at the foot of its page, one part a line ("Audience Relations, CBC" / "P.O. Box 500
Station A" / "Toronto, ON" / "Canada, M5W 1E6"): the box's or postcode's line, with the short lines of the address
around it. Read by ``clean`` as furniture; no article text is an address block."""

from __future__ import annotations

import re

from .chrome import TERMINAL

_ANCHOR = re.compile(r"^(?:p\.? ?o\.? box \d{1,6}\b.{0,40}|[A-Z][\w .'’-]{1,30},? (?:[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}(?:-\d{4})?))$",
                     re.IGNORECASE)
"""A line only an address has: a post-office box ("P.O. Box 500 Station A"), or a country or city and its postcode
("Canada, M5W 1E6", "Washington, 20001")."""
_REACH = 2
"""How many lines of the address may stand on each side of its box or postcode line."""
_MOST_WORDS = 5


def address_lines(texts: list[str]) -> set[int]:
    """Indices of the lines of each postal address block: its box or postcode line (see ``_ANCHOR``) and the short
    unpunctuated lines next to it, when the block has three lines or more (one line alone may be a caption's or a
    sentence's)."""
    marked: set[int] = set()
    for at, text in enumerate(texts):
        if not _ANCHOR.match(text.strip()):
            continue
        block = {at}
        for step in (-1, 1):
            other = at + step
            while abs(other - at) <= _REACH and 0 <= other < len(texts) and _address_part(texts[other]):
                block.add(other)
                other += step
        if len(block) >= 3:
            marked |= block
    return marked


def _address_part(text: str) -> bool:
    """A short line with no sentence's end: a department's name, a city and its province, a country."""
    text = text.strip()
    return 1 <= len(text.split()) <= _MOST_WORDS and not TERMINAL.search(text) and not text.startswith(("“", '"'))
