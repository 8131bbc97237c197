"""Words before a name that describe whom or what it names and are no part of it: "Rival Japan Airlines",
"Passenger Aroha Tane", "the French BEA"."""

from __future__ import annotations

from .entity_gazetteer import gazetteer
from .entity_lexicon import GROUP_NOUNS
from .entity_lookup import lookup
from .entity_words import Token

_DESCRIPTORS = frozenset("""rival rivals fellow parent budget embattled troubled struggling beleaguered ailing
    state-owned state-run state-backed lender insurer regulator broker chipmaker carmaker automaker retailer
    conglomerate watchdog broadcaster négociant negociant""".split())
"""Words that open a sentence before a body's name and describe it: "Rival Japan Airlines said", "Lender Barclays",
"Négociant Maison Louis Jadot" (not "Carrier", which opens "Carrier Global")."""
_TRADE_ENDINGS = ("keeper", "owner", "worker")
"""Endings of the words for a trade ("Shopkeeper", "Landowner", "Steelworker"), which open a sentence before the name
of who plies it and end no given name."""


def _one_of_a_group(word: str) -> bool:
    """The word is one of a group of people that news names ("Passenger", "Witness": GROUP_NOUNS' singular)."""
    return word.lower() + ("es" if word.endswith("s") else "s") in GROUP_NOUNS


def describes_the_name(tokens: list[Token], first: int, last: int) -> bool:
    """The first word of the run describes whom the rest names: a word for a body or a trade capitalised by the
    sentence ("Rival Japan Airlines said", "Shopkeeper Dinesh Thakkar"), one of a group before a full name
    ("Passenger Aroha Tane said"), a land's adjective before a body's letters ("the French BEA", "the Irish HSE")."""
    if first >= last:
        return False
    tok, word = tokens[first], tokens[first].text
    if tok.sentence_start and tokens[first + 1].is_cap and (
            word.lower() in _DESCRIPTORS or word.endswith(_TRADE_ENDINGS) or last - first > 1 and _one_of_a_group(word)):
        return True
    return (word in gazetteer().demonyms and first + 1 == last and tokens[last].is_acronym
            and not lookup(f"{word} {tokens[last].text}"))
