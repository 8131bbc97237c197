"""A body named by its first word: "JPMorgan" for "JPMorgan Chase", "Goldman" for "Goldman Sachs"."""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import Callable, Iterable

from .entity_lexicon import CLUB_MARKS, COMMON_CAPS, ORG_HEADS, ORG_LEADS, ROLE_WORDS, fold, gazetteer


@functools.lru_cache(maxsize=1)
def _not_leads() -> frozenset[str]:
    """First words that never stand for the whole name: places and peoples ("Japan" of "Japan Airlines",
    "European" of "European Commission"), heads ("Bank" of "Bank of America"), title and common words ("First" of
    "First Republic Bank", "National" of "National Grid")."""
    words = (*gazetteer().places, *gazetteer().demonyms, *ORG_HEADS, *ROLE_WORDS, *COMMON_CAPS, *CLUB_MARKS,
             *ORG_LEADS, "New", "Royal", "Air", "Central", "Standard", "General", "United", "Global", "Capital")
    return frozenset(fold(w).lower() for w in words)


def leading_word(key: str) -> str | None:
    """The first word of a body's name key of two or more words, when it may stand for the body alone."""
    words = key.split()
    if len(words) < 2 or len(words[0]) < 3 or words[0] in _not_leads():
        return None
    return words[0]


def leads_of(keys: Iterable[str], root: Callable[[str], str], parts: set[str]) -> dict[str, set[str]]:
    """The bodies (by cluster root) that each first word may stand for; a word that is part of a person's name in the
    briefing stands for none ("Morgan" of "Piers Morgan")."""
    leads: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        word = leading_word(key)
        if word and word not in parts:
            leads[word].add(root(key))
    return leads
