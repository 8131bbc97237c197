"""A body's name joined by "and" (or "und", "y", "et") whose bracketed acronym spells the whole name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entity_gazetteer import COMPASS_WORDS, GENERIC_AREAS, gazetteer
from .entity_lexicon import ORG_HEADS, ORG_NOUNS, PARTICLES
from .entity_lookup import lookup
from .entity_remits import remit_with_and

if TYPE_CHECKING:  # (entity_tokens imports this module)
    from .entity_words import Token


JOINING_WORDS = frozenset("and und y et".split())
"""Words joining two parts of one body's name in English, German, Spanish and French: "Hamburger Hafen und
Logistik", "Ferrocarriles y Puertos"."""

_SMALL_WORDS = frozenset("of for the on".split())
"""Small words inside the part before the joining word, which the acronym leaves out ("Centre for Economics")."""

_SUFFIX_LETTERS = 1
"""How many letters an acronym may have past the name's initials: a legal form's ("Hamburger Hafen und Logistik
(HHLA)": the A is the AG's, left out of the text)."""


def joined_span(text: str, tokens: list[Token], i: int) -> int:
    """How many tokens after i carry on one body's name across a joining word: its acronym spells the whole, or
    its second part is a generic area ("Adani Ports and Special Economic Zone"), or a ministry's remit goes on
    past a word that heads bodies' names ("Ministry of Energy and Infrastructure"); 0 otherwise."""
    return (spelled_span(text, tokens, i) or _area_span(text, tokens, i)
            or (remit_with_and(text, tokens, i) if tokens[i + 1].text == "and" else 0))


_AREA_TAIL_WORDS = 3
"""The most words of a generic area's name after "and" ("Special Economic Zone")."""


def _area_span(text: str, tokens: list[Token], i: int) -> int:
    """A body's head word, "and", then capitalised words closed by a generic area's word, none a known name, a
    compass word or a people's ("Adani Ports and Special Economic Zone"): such an area names no place alone, so it
    is the company's remit, not a second name (not "Ministry of Interior and Kurdistan Region")."""
    if tokens[i].text not in ORG_HEADS or tokens[i + 1].text != "and":
        return 0
    j = i + 2
    while j < len(tokens) and j - i - 2 < _AREA_TAIL_WORDS and tokens[j].is_cap and _spaced(text, tokens[j - 1], tokens[j]):
        word = tokens[j].text
        if lookup(word) or word in COMPASS_WORDS or word in gazetteer().demonyms or tokens[j].possessive:
            return 0
        if word in GENERIC_AREAS:
            return j - i if j > i + 2 and not (j + 1 < len(tokens) and tokens[j + 1].is_cap) else 0
        j += 1
    return 0


def spelled_span(text: str, tokens: list[Token], i: int) -> int:
    """How many tokens after i carry on a name joined by a joining word when the acronym in brackets right after it
    spells the whole ("Hamburger Hafen und Logistik (HHLA)", not only "Hamburger Hafen"); 0 otherwise. Only the
    words up to the bracket are looked at, so the cost stays small."""
    j = i + 2
    while j < len(tokens) and (tokens[j].is_cap and not tokens[j].is_acronym or tokens[j].text in PARTICLES
                               and j + 1 < len(tokens) and tokens[j + 1].is_cap) and _spaced(text, tokens[j - 1], tokens[j]):
        j += 1  # (a particle inside: "Confédération des Appellations et des Vignerons de Bourgogne (CAVB)")
    if (j == i + 2 or j + 2 >= len(tokens) or tokens[j].text != "(" or not tokens[j + 1].is_acronym
            or tokens[j + 2].text != ")" or not _spaced(text, tokens[j - 1], tokens[j])):
        return 0
    letters = tokens[j + 1].text.replace(".", "").upper()
    first = i
    while first > 0 and i - first < 6 and (tokens[first - 1].is_cap or tokens[first - 1].text in _SMALL_WORDS | PARTICLES) and (
            _spaced(text, tokens[first - 1], tokens[first])):
        first -= 1  # ("Centre for Economics and Business Research (CEBR)")
    after = "".join(t.text[0] for t in tokens[i + 2:j] if t.is_cap).upper()
    joiner = tokens[i + 1].text[0].upper()
    for start in (k for k in range(first, i + 1) if tokens[k].is_cap):
        before = "".join(t.text[0] for t in tokens[start:i + 1] if t.is_cap).upper()
        if any(letters.startswith(spelled) and len(letters) - len(spelled) <= _SUFFIX_LETTERS and len(spelled) >= 3
               for spelled in (before + after, before + joiner + after)):
            return j - 1 - i
    return 0


def spelled_whole(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """The acronym in brackets right after the name (or after one lower-case noun of its kind) spells the initials
    of all its words: "the Zagreb Electric Tram company (ZET)" is one body, not "Zagreb Electric"."""
    j = last + 1
    if j < len(tokens) and tokens[j].is_word and tokens[j].text.islower() and tokens[j].text in ORG_NOUNS:
        j += 1
    if j + 2 >= len(tokens) or tokens[j].text != "(" or not tokens[j + 1].is_acronym or tokens[j + 2].text != ")":
        return False
    letters = tokens[j + 1].text.replace(".", "").upper()
    spelled = "".join(t.text[0] for t in tokens[first:last + 1] if t.is_cap).upper()
    return len(spelled) >= 3 and letters.startswith(spelled) and len(letters) - len(spelled) <= _SUFFIX_LETTERS


def _spaced(text: str, left: Token, right: Token) -> bool:
    """One space between two tokens: the same name may go on."""
    return text[left.end:right.start] == " "
