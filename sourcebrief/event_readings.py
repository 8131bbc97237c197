"""Measured readings a line gives, such as a temperature ("47C", "47 degrees Celsius", "47°C"): two lines of one day
giving the same reading in the same unit tell one measurement, whatever words each wraps it in ("Temperatures touched
47 degrees Celsius" and "The city recorded a high of 47C (117F)"). Read by ``event_merge``."""

from __future__ import annotations

import functools
import re

from sourcebrief.event_places import places_apart

_TEMPERATURE = re.compile(r"(?<![\w.,])(-?\d{1,3}(?:\.\d)?)(?:\s?°\s?([CF])\b|([CF])\b|\s+degrees?\s+"
                          r"(Celsius|centigrade|Fahrenheit)\b)", re.IGNORECASE)
"""A temperature with its unit: "47C", "47 °C", "117F", "47 degrees Celsius". A bare "47 degrees" may be an angle."""
_CODE_NOUNS = frozenset("room gate seat row section floor level terminal flat apartment page platform bay unit".split())
"""Nouns a number and a letter after them name a place or a part by ("seat 12F", "platform 3C")."""


@functools.lru_cache(maxsize=1 << 14)
def readings(text: str) -> frozenset[tuple[str, str]]:
    """The temperatures ``text`` gives, as (value, unit) pairs, the unit "C" or "F"."""
    found = set()
    for match in _TEMPERATURE.finditer(text):
        before = text[:match.start()].split()[-1:]
        if match[3] and before and (before[0][:1].isupper() or before[0].lower() in _CODE_NOUNS):
            continue  # "Gate 4C", "seat 12F": a code, no temperature
        unit = (match[2] or match[3] or match[4])[0].upper()
        found.add((match[1], "F" if unit == "F" else "C"))
    return frozenset(found)


def same_reading(a: str, b: str) -> bool:
    """Whether two lines give one temperature in one unit and name no different places ("47C at Karachi airport" is
    not "47C in Jacobabad")."""
    return not readings(a).isdisjoint(readings(b)) and not places_apart(a, b)
