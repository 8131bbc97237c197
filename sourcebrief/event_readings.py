"""Measured readings a line gives, such as a temperature ("47C", "47 degrees Celsius", "47°C") or the homes a power cut
hit: two lines of one day giving the same reading in the same unit tell one measurement, whatever words each wraps it
in ("Temperatures touched 47 degrees Celsius" and "The city recorded a high of 47C (117F)"). Read by ``event_merge``."""

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


_OUTAGE_COUNT = re.compile(r"(?:\b(?P<hedge>about|around|some|nearly|almost|roughly|approximately)\s+)?"
                           r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:\w+\s+)?"
                           r"(?:homes|households|customers|properties|premises)\b")
"""A count of homes or customers, and the hedge that rounds it: "about 50,000 homes", "48,000 customers"."""
_POWER = re.compile(r"\b(?:power|electricity|supply|blackouts?|outages?)\b", re.IGNORECASE)
"""Words of a power cut."""
_LATER_STATE = re.compile(r"\b(?:remain|remained|remains|still|restored|reconnected|back|again)\b", re.IGNORECASE)
"""A count of what is left or restored, a later state than the loss."""


def _outage(text: str) -> tuple[int, bool] | None:
    """The one count of homes or customers a line tells lost power, and whether it is hedged; None otherwise."""
    if not _POWER.search(text) or _LATER_STATE.search(text):
        return None
    counts = _OUTAGE_COUNT.findall(text)
    if len(counts) != 1:
        return None
    hedge, number = counts[0]
    return int(number.replace(",", "")), bool(hedge)


def _rounds_to(hedged: int, other: int) -> bool:
    """Whether ``other`` rounded as ``hedged`` is written ("about 50,000": to ten thousands) is ``hedged``, within a
    tenth of it."""
    digits = str(hedged)
    place = 10 ** (len(digits) - len(digits.rstrip("0")))
    return round(other / place) * place == hedged and abs(other - hedged) <= hedged / 10


def same_outage(a: str, b: str) -> bool:
    """Whether two lines tell one power cut by one count of homes or customers, or by a hedged round figure and a
    count it rounds ("knocked out power to about 50,000 homes" and "48,000 customers had lost supply"); not a count
    of what remained or was restored, nor lines naming different places."""
    one, other = _outage(a), _outage(b)
    if one is None or other is None or places_apart(a, b):
        return False
    return one[0] == other[0] or one[1] and _rounds_to(*one[:1], other[0]) or other[1] and _rounds_to(other[0], one[0])


@functools.lru_cache(maxsize=1 << 14)
def measures(text: str) -> frozenset[tuple[str, str]]:
    """What a line measures, as keys two lines of one measurement share: its temperatures (``readings``), and
    ("outage", "") when it counts homes a power cut hit (whose counts ``same_outage`` compares)."""
    return readings(text) | ({("outage", "")} if _outage(text) else frozenset())


def same_measure(a: str, b: str) -> bool:
    """Whether two lines tell one measurement, in no common word perhaps: one temperature ("Temperatures touched 47
    degrees Celsius", "The city recorded a high of 47C") or one power cut's count (``same_outage``)."""
    if measures(a).isdisjoint(measures(b)):
        return False  # no reading nor power cut in both (``measures``): asked first, it is remembered per line
    return same_reading(a, b) or same_outage(a, b)


def measured_elsewhere(text: str, others: list[str]) -> bool:
    """Whether one of ``others`` (an event's lines) gives a measure ``text`` gives in another place ("49C in Karachi"
    and "49C in Jacobabad"): a line with no place that ties both to it does not make them one event."""
    keys = measures(text)
    return bool(keys) and any(not keys.isdisjoint(measures(other)) and places_apart(text, other) for other in others)
