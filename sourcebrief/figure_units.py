"""The words around a number that figures.find_figures reads: the hedges before it ("more than", "about") and the
measures abbreviated after it ("620m", "2,034ft", "45 km"), and the points a rate moves by ("25 basis points")."""

from __future__ import annotations

import dataclasses
import re
from types import MappingProxyType
from typing import Any

# Longest alternatives first so "more than" wins over "more".
QUALIFIERS = MappingProxyType({
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "just over": "more than", "above": "more than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "at most": "at most", "no more than": "at most",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "just under": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "approx.": "about",
    "circa": "about", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "up to": "up to", "as many as": "up to", "as much as": "up to",
})
"""Hedges before a number, by their normal form."""

QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+$", re.IGNORECASE)
"""A hedge right before a number."""

MEASURE_UNITS = MappingProxyType({"m": "meter", "km": "kilometer", "cm": "centimeter", "mm": "millimeter",
                                  "ft": "foot", "kg": "kilogram"})
"""Abbreviated units of length and weight, by the unit a written-out one gives ("620 meters": meter), so that
"620m (2,034ft)" is compared with "600 meters below the surface"."""

MEASURE = re.compile(
    r"(?<![\w.,:/$€£¥₹-])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<unit>km|cm|mm|ft|kg|m(?=\s*\((?:about\s+|around\s+)?[\d,.]+\s?(?:ft|feet)\)|[\s-](?:deep|high|tall|long|wide"
    r"|below|above|underground|beneath|under|down|up|away|from|of\s+water)\b))\b"
    r"(?![-–]?\d|/)(?!\s+(?:[a-z]+s|people)\b)(?!\s+[A-Z][a-z]+\s+(?:francs|dollars))")
"""A number with an abbreviated unit (MEASURE_UNITS), glued or spaced: "620m (2,034ft)", "45 km"; "m" only where it
is plainly a length (restated in feet, or "deep", "underground", "below"…: "ran 5m" may be millions); not a sum
("5m people", "£5m", "70m euros", "raised 5m in funding"), nor a speed ("130km/h")."""

POINTS_MOVED = re.compile(r"\bby\s+$", re.IGNORECASE)
TO_SHARE = re.compile(r"\s+to\s+(?:about\s+)?\d[\d.]*\s?(?:%|per\s*cent|percent)")
"""A share moved "by" so much "to" another share moves by points: "cut interest rates by 0.25% to 4.1%" is the cut of
"0.25 percentage points to 4.1 per cent"."""
BASIS_POINTS = re.compile(r"\s?(?:basis[\s-]+points?|bps?)\b", re.IGNORECASE)
"""Hundredths of a percentage point: "cut by 25 basis points" and "by 0.25 percentage points" are one cut."""
FRACTION_OF_POINT = re.compile(r"(?:\s+of)?\s+a\s+(?:percentage[\s-]+)?point\b", re.IGNORECASE)
"""What makes a fraction a move in points rather than a share: "a quarter of a percentage point" is 0.25 points,
"half a percentage point" 0.5 (right after the fraction word)."""
STATE_OF_PEOPLE = re.compile(r"\s+(?:missing|unaccounted\s+for)\b(?!\s+from\b)")
"""A state of people right after a bare count, whose noun it leaves out: "leaving between 40 and 50 missing" (not
"18 injured", often told of another attack beside the story's own)."""


def people_in_state(text: str, figure: Any) -> Any:
    """``figure`` counting people when it is a bare count right before a state of people (STATE_OF_PEOPLE)."""
    if figure.unit or not float(figure.value).is_integer() or not STATE_OF_PEOPLE.match(text, figure.end):
        return figure
    return dataclasses.replace(figure, unit="people")


UNNAMED_CROWNS = "KRX"
"""The unit of crowns whose country no word names ("500 kroner", "500 crowns"): Norway's, Denmark's, Sweden's,
Iceland's or the Czech Republic's; money all the same (a three-letter unit, as a currency code), of no code it could
be mistaken for."""
_CROWN_COUNTRIES = MappingProxyType({"norwegian": "NOK", "danish": "DKK", "swedish": "SEK", "icelandic": "ISK",
                                     "czech": "CZK"})
CROWNS_AFTER = re.compile(r"\s+(?:(?P<country>Norwegian|Danish|Swedish|Icelandic|Czech)\s+)?"
                          r"(?:(?P<krone>kron(?:er|or|ur|e|a)|krónur|korun[ay]?)|(?P<crowns>crowns))\b", re.I)
"""Crowns after an amount, their country's adjective before them: "500 kroner", "2 million Swedish kronor", "500
crowns" (the English word is money only after digits: "won three crowns" counts titles)."""


def crowns_unit(found: re.Match[str], digits: bool) -> str:
    """The currency of crowns CROWNS_AFTER found: the code of the country named, else UNNAMED_CROWNS; "" for
    "crowns" after a number in words."""
    if found["crowns"] and not digits:
        return ""
    return _CROWN_COUNTRIES.get((found["country"] or "").lower(), UNNAMED_CROWNS)
