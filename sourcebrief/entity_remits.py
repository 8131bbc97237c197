"""A government body's remit inside its name ("Ministry of Budget and Economic Planning"), and a court's district
("Southern District of New York")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_gazetteer import gazetteer
from .entity_lexicon import COMMON_NOUN_ENDINGS, PORTFOLIO_TAILS

if TYPE_CHECKING:
    from .entity_words import Token

REMIT_HEADS = frozenset("Department Ministry Committee Commission Office".split())
"""Heads of the government bodies whose name may list their remit ("Department for Environment, Food and Rural
Affairs"; not a "Bank of England, Barclays and NatWest", three banks)."""


_AGENCY_HEADS = frozenset("Centres Centers Centre Center Institute Institutes Agency Administration Chamber Bureau".split())
"""Heads of public agencies whose remit of two parts is named after "for" or "of": "Centers for Disease Control and
Prevention", "Africa Centres for Disease Control and Prevention", "Bureau of Safety and Environmental Enforcement"."""


_REMIT_WORDS = frozenset("Mobility Tourism Fisheries Housing Engineering Wildlife Forestry Search Rescue Studies Research"
                         " Sciences".split())
"""More words that close a ministry's or a department's remit as its translation reads: "Ministry of Transport and
Sustainable Mobility" (Spain's), "Ministry of Agriculture and Fisheries", "Department of Chemical and Biological
Engineering", "Washington Department of Fish and Wildlife", "National Search and Rescue Agency", "Institute for Marine and
Antarctic Studies", "Center for Strategic and International Studies"."""


def remit_tail(word: str) -> bool:
    """A word that may close a remit's second part: a portfolio's ("Affairs", "Planning") or an abstract noun's
    ("Prevention", "Management", "Innovation"), which no body's or person's own name is."""
    lower = word.lower()
    return word in PORTFOLIO_TAILS or word in _REMIT_WORDS or any(lower.endswith(end) and len(lower) >= shortest
                                          for end, shortest in COMMON_NOUN_ENDINGS)


def remit_with_and(text: str, tokens: list[Token], i: int) -> int:
    """How many tokens after i carry a body's remit of two parts joined by "and", the second ending in a portfolio's
    word ("Ministry of Budget and Economic Planning"; not "Ministry of Defence and Airbus"), or an agency's in an
    abstract noun ("Centers for Disease Control and Prevention"); 0 when none does."""
    k = i
    while k > 0 and tokens[k - 1].is_cap and i - k < 2:
        k -= 1
    if k < 2 or tokens[k - 1].text not in ("of", "for") or tokens[k - 2].text not in REMIT_HEADS | _AGENCY_HEADS:
        return 0
    j = i + 2
    while j < len(tokens) and j <= i + 4 and tokens[j].is_cap and text[tokens[j - 1].end:tokens[j].start] == " ":
        if tokens[j].text in PORTFOLIO_TAILS or tokens[k - 2].text in _REMIT_OF_ANY and remit_tail(tokens[j].text):
            return j - i
        j += 1
    return 0


_REMIT_OF_ANY = _AGENCY_HEADS | {"Ministry", "Department"}
"""Heads whose remit's second part may close in any remit word (remit_tail): an agency's, and a ministry's or a
department's as translations name it ("Ministry of Science and Innovation")."""


COURT_DISTRICT_SIDES = frozenset("Northern Southern Eastern Western Central Middle".split())
"""The side of a state that names a US federal court's district: "the Southern District of New York"."""


def court_district(words: list[str]) -> bool:
    """ "Southern District of New York": a side, "District of" and a US state, the court and its prosecutors (a
    body), not a part of the state."""
    if len(words) < 4 or words[0] not in COURT_DISTRICT_SIDES or words[1:3] != ["District", "of"]:
        return False
    place = gazetteer().places.get(" ".join(words[3:]))
    return place is not None and gazetteer().country_of.get(place) == "United States"
