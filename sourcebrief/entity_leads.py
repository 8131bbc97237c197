"""A body named by its first word: "JPMorgan" for "JPMorgan Chase", "Goldman" for "Goldman Sachs"."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Callable, Iterable

from .entity_gazetteer import gazetteer
from .entity_lexicon import CLUB_MARKS, COMMON_CAPS, ORG_HEADS, ORG_LEADS, ROLE_WORDS, fold


_ENGLISH_LEADS = frozenset("Radio Credit Junta Centro Liga".split())
"""Lead words of other languages' bodies (entity_lexicon.ORG_LEADS) that English writes alone for other things."""


@functools.lru_cache(maxsize=1)
def _not_leads() -> frozenset[str]:
    """First words that never stand for the whole name: places and peoples ("Japan" of "Japan Airlines",
    "European" of "European Commission"), heads ("Bank" of "Bank of America"), title and common words ("First" of
    "First Republic Bank", "National" of "National Grid"), and the lead words of other languages' names that are
    English words too ("Radio" of "Radio Okapi"): another language's lead word alone stands for its one body of the
    briefing ("Aerolíneas" for "Aerolíneas Argentinas")."""
    words = (*gazetteer().places, *gazetteer().demonyms, *ORG_HEADS, *ROLE_WORDS, *COMMON_CAPS, *CLUB_MARKS,
             *(ORG_LEADS & _ENGLISH_LEADS), "New", "Royal", "Air", "Central", "Standard", "General", "United", "Global", "Capital")
    return frozenset(fold(w).lower() for w in words)


_AREA_BODY_HEADS = frozenset("council councils police constabulary assembly municipality".split())
"""Last words of the bodies that govern or police an area named by their first word, which alone is the area: "the
Fife yard" is in Fife, not Fife Council's."""


_LANDS_AFTER = re.compile(r"['’]?\s+(?:states|countries|nations|republics|region|sea|coast)\b")


def region_adjective(sentence: str, word: str) -> bool:
    """A lone word followed by a lower-case noun for lands is a region's adjective, no body's short form: "the Baltic
    states' defence ministers", "the Nordic countries"."""
    at = sentence.find(word)
    return at >= 0 and _LANDS_AFTER.match(sentence, at + len(word)) is not None


def place_adjective(word: str) -> bool:
    """A lone word that is a known place's name with "n" added is that place's adjective, no body's short form:
    "Tasmanian-owned" (of Tasmania), not the "Tasmanian Greens"."""
    return len(word) > 4 and word.endswith("n") and word[:-1] in gazetteer().places


def leading_word(key: str) -> str | None:
    """The first word of a body's name key of two or more words, when it may stand for the body alone."""
    words = key.split()
    if len(words) < 2 or len(words[0]) < 3 or words[0] in _not_leads() or words[-1] in _AREA_BODY_HEADS:
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


def short_forms(mentions: Iterable[tuple[str, str, tuple, bool, bool]]) -> dict[str, str]:
    """The first word of a name of several words that only its shape made a person's, for that name, where every
    source writing both names it in full first ("Goldman Sachs said …", later "Goldman said it …"), as news
    introduces a body; a lone word written first is a body of its own whose product the longer name may be
    ("Facebook said it would appeal", then "Facebook Marketplace was down"). ``mentions``: (source, name key,
    position, whether a person by shape, whether cued otherwise) of each mention."""
    cued: set[str] = set()
    first_at: dict[str, dict[str, tuple]] = defaultdict(dict)
    """Name key to source to where the source first writes it."""
    longer: dict[str, set[str]] = defaultdict(set)
    for source, key, at, shaped, other_cue in mentions:
        first_at[key].setdefault(source, at)
        if other_cue:
            cued.add(key)
        elif shaped and " " in key:
            longer[key.split()[0]].add(key)
    shorts = {}
    for word, keys in sorted(longer.items()):
        keys -= cued
        parent = parent_key(keys)
        if parent is None or word not in first_at:
            continue
        full, lone = first_at[parent], first_at[word]
        orders = [(full[source], lone[source]) for source in full if source in lone]
        if orders and all(a < b for a, b in orders):
            shorts[word] = parent
    return shorts


def parent_key(keys: Iterable[str]) -> str | None:
    """The one name key that opens all the others ("anglo american" of "anglo american platinum"): a group is named
    short, its units in full, so a lone first word stands for the group; None when there is no such key."""
    ordered = sorted(keys, key=len)
    if not ordered:
        return None
    first = ordered[0]
    return first if all(k == first or k.startswith(first + " ") for k in ordered) else None



PRODUCT_AFTER = re.compile(r"\s+(?:app|apps|website|site|platform|portal|card|account|accounts)\b")
"""A noun after a name that makes the name a body's product or service: "the SNCF Connect app"."""


def initials_of_their_own(word: str, names: Iterable[str], initials: set[str], products: set[str]) -> bool:
    """Initials a story uses alone ("SNCF", the rail company) name a body of their own, not a longer name opening
    with them that the story writes as a product ("the SNCF Connect app", its booking service; "PSV" is still "PSV
    Eindhoven")."""
    return word in initials and any(key in products for key in names if key.split()[0] == word and " " in key)
