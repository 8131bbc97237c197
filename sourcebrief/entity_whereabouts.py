"""Names that the words around them place somewhere, though their shape is a person's: where a named person lives
("Ria Kooiman, of Den Burg, said") and an airport named by its city ("flights at Paris Orly")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity_gazetteer import gazetteer

if TYPE_CHECKING:
    from .entity_words import Token

_HOME_BEFORE = re.compile(r"\b[A-Z][\w’'-]+,\s+(?:\d{1,3},\s+)?of\s+$")
"""A person's name, a comma (and an age) and "of": what follows is where the person lives ("Hotel owner Ria Kooiman,
of Den Burg,", "Graham Pell, of Pannal,", "Ramesh Parmar, 34, of Gandhidham,")."""
_HOME_AFTER = re.compile(r"\s*(?:,|\.(?:\s|$)|;)")
"""The appositive closes right after the place."""


def home_of_person(text: str, start: int, end: int) -> bool:
    """The name sits in an appositive that says where the person before it lives (_HOME_BEFORE): a place, not another
    person (a body "of" which one is staff is found by its own words first: "Jane Foster, of Capital Economics,")."""
    return (_HOME_BEFORE.search(text, max(0, start - 40), start) is not None
            and _HOME_AFTER.match(text, end) is not None)


_FLIGHT_WORDS = re.compile(r"\b(?:flights?|airports?|airlines?|runways?|terminals?|planes?|departures?|arrivals?"
                           r"|air traffic|landed|landing|take-?offs?|flew|fly|flying)\b", re.IGNORECASE)
"""Words of air travel in a sentence, where a city's name and another name after "at", "to" or "from" is an airport."""
_AT_BEFORE = frozenset("at to from via into".split())


def airport_of_city(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A known city's name then more capitalised words, after "at", "to", "from", in a sentence about flights:
    an airport ("cut 30 percent of flights at Paris Orly", "flights to London Heathrow"), not a person who bears a
    city's name ("Paris Hilton")."""
    if last == first or first == 0 or tokens[first - 1].text not in _AT_BEFORE:
        return False
    if gazetteer().places.get(tokens[first].text) is None or tokens[last].possessive:
        return False
    opens = text.rfind(". ", 0, tokens[first].start) + 1
    closes = text.find(". ", tokens[last].end)
    return _FLIGHT_WORDS.search(text, opens, closes if closes >= 0 else len(text)) is not None
