"""A name's kind from the gazetteer and the well-known names, and the Mention of a span: what the entity rules share."""

from __future__ import annotations

import functools
import re

from .entity_gazetteer import gazetteer
from .entity_lexicon import ALIAS_GROUPS, KNOWN_ORGS, fold
from .entity_mention import Mention


KNOWN_KIND = {name: ("place" if group[0] in ("United States", "United Kingdom", "Russia", "United Arab Emirates")
                       else "org") for group in ALIAS_GROUPS for name in group}
_AL_RE = re.compile(r"^(?:Al|al)[- ]")
_SAINT_RE = re.compile(r"^St\.? ")


@functools.lru_cache(maxsize=1 << 14)
def lookup(name: str) -> tuple[str, str, str] | None:
    """(kind, normalised name, evidence) for a gazetteer or well-known name (the lists never change: cached)."""
    places = gazetteer().places
    folded = fold(name)
    if name in KNOWN_KIND:
        kind = KNOWN_KIND[name]
        return kind, places.get(name, name) if kind == "place" else name, "known"
    if name in KNOWN_ORGS:
        return "org", name, "known"
    if len(name) >= 4 and name.istitle() and name.upper() in KNOWN_ORGS:
        return "org", name.upper(), "known"  # "Nato", "Unicef": British papers write an acronym read as a word so
    for form in (name, folded, _AL_RE.sub("", folded), folded[4:] if folded.startswith("The ") else folded):
        if form in places:  # the gazetteer folds accents: keep them as written ("Valparaíso")
            return "place", name if folded == fold(places[form]) else places[form], "gazetteer"
    if _SAINT_RE.sub("Saint ", folded) in places:
        return "place", name, "gazetteer"  # "St Petersburg", as written: Florida's or Russia's
    return None


def make_mention(text: str, start: int, end: int, kind: str, name: str, *, evidence: str,
             role: str | None = None) -> Mention:
    return Mention(start, end, text[start:end], kind, name, role, evidence)
