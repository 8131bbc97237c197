"""Where a sentence says its event happened: two sentences of one source naming different places tell two events
("An 84-year-old man died … in Grangemouth, Falkirk" and, a paragraph on, "A man in his 60s died … in Limavady, County
Londonderry"), however alike their words. Read by ``event_merge``."""

from __future__ import annotations

import re

from .date_values import MONTH_NAMES
from .entity_lexicon import WEEKDAYS

_PLACE = re.compile(r"\b(?:in|near|at|outside|off)\s+(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3})"
                    r"(?:,\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3}))?")
"""A place after its preposition, with the larger place an appositive names ("in Grangemouth, Falkirk")."""
_NOT_PLACE = frozenset(MONTH_NAMES) | WEEKDAYS | frozenset("The A An It He She They This That".split())
"""Capitalised words after "in" or "at" that name no place: a month, a day, a sentence's next opening."""


_MODIFIER_AFTER = re.compile(r"\s+(?!(?:on|in|at|and|or|as|after|before|when|where|which|who|that|to|of|for|with|by"
                             r"|from|near|late|early|during|since|until|while|but|was|were|is|are|has|had|have)\b)[a-z]")
"""A common noun right after the capitalised words: they modify it, and name no place of the sentence."""


def places(sentence: str) -> frozenset[str]:
    """The places ``sentence`` puts things in, each a capitalised name after "in", "near", "at", "outside" or "off"."""
    found = set()
    for match in _PLACE.finditer(sentence):
        if _MODIFIER_AFTER.match(sentence, match.end()):
            continue  # "in the American capital", "in the Swiss Alpine village": a name's adjective, not a place
        for name in match.groups():
            if name and name.split()[0] not in _NOT_PLACE:
                found.add(name)
    return frozenset(found)


def places_apart(one: str, other: str) -> bool:
    """Whether two sentences of one source each name places and share no word of them: they tell two events. A place
    inside another is one of them ("in the Kremlin's St Andrew Hall", "in the Kremlin")."""
    first, second = _words(places(one)), _words(places(other))
    return bool(first) and bool(second) and first.isdisjoint(second)


def _words(names: frozenset[str]) -> set[str]:
    """The words of place names, without their possessive endings."""
    return {re.sub(r"['’]s$", "", word) for name in names for word in name.split()}
