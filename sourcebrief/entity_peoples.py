"""A people named in the plural ("five Spaniards", "Germans"): no one's name and no body's."""

from __future__ import annotations

from .entity_gazetteer import gazetteer

_NATIONALITY_NOUNS = frozenset("""Spaniard Briton Brit Dane Swede Pole Finn Turk Scot Serb Croat Kurd Arab Slovak Czech
    Kiwi Filipino Filipina Icelander Islander""".split())
"""Nouns for one of a people that differ from its adjective (the gazetteer's demonyms): "a Spaniard", "a Briton"."""


def peoples_plural(word: str) -> bool:
    """The word is a people's plural ("Spaniards", "Britons", "Germans", "Filipinos"), what news counts, no name."""
    if len(word) < 4 or not word.endswith("s") or word[:1].islower():
        return False
    one = word[:-1]
    return one in _NATIONALITY_NOUNS or one in gazetteer().demonyms
