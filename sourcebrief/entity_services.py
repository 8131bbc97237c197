"""Bodies named by a land, whose names look like people's: a people's adjective and a word ("Saudi Aramco"), a
service's or a paper's word and a land ("Police Scotland", "Health Canada", "Guardian Australia"), a land's own name
for itself ("Met Éireann")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_gazetteer import gazetteer
from .entity_lexicon import ORG_HEADS, ROLE_WORDS

if TYPE_CHECKING:
    from .entity_words import Token


def nation_and_word(run: list[Token]) -> bool:
    """A people's adjective and one more word is a body ("Saudi Aramco", "Indian Oil", "Qatari Diar"): news names a
    person by nationality with a given name and a surname ("Kenyan Eliud Kipchoge")."""
    return len(run) == 2 and bool(gazetteer().demonyms.get(run[0].text)) and not run[1].possessive  # a country's
    # people, not a faith's ("Hindu Kush" is a mountain range)


_SERVICE_WORDS = ORG_HEADS - ROLE_WORDS | frozenset("Health Sport Sports Transport Statistics Visit Water".split())
"""First words of a public body's name before its land's ("Police Scotland", "Health Canada", "Sport England")."""
_MASTHEAD_WORDS = frozenset("Guardian Times Herald Telegraph Observer Tribune Gazette Chronicle Independent Mail Express"
                            .split())
"""First words of a paper's edition named by its land ("Guardian Australia", "Times Ireland"): an outlet, no person."""
_REGION_AUTHORITY = "Region"  # opens a Swedish or Danish region's authority, no one's name: "Region Gotland said"
_OWN_COUNTRY_NAMES = frozenset("Éireann Éire Cymru".split())
"""Countries' names in their own language that close bodies' names and no person's ("Met Éireann", "Bus Éireann",
"Plaid Cymru")."""


def service_of_a_land(run: list[Token]) -> bool:
    """A body's or a paper's word and a land's name, the land last, is a public body or an outlet ("Police Scotland",
    "Health Canada", "Guardian Australia"): a person's surname may be a land's ("Michael Jordan", "Jimmy Wales"), but
    not after a body's word; so is a name closing with a country's own name for itself ("Met Éireann")."""
    if len(run) != 2 or run[1].possessive:
        return False
    return run[1].text in _OWN_COUNTRY_NAMES or run[0].text == _REGION_AUTHORITY or (
        (run[0].text in _SERVICE_WORDS or run[0].text in _MASTHEAD_WORDS) and run[1].text in gazetteer().places)
