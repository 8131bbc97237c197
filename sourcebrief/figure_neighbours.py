"""A bare number read by its neighbour in the sentence: the unit it shares ("2,500 troops in Iraq and 900 in Syria")
and the count whose noun a second holder leaves out ("the KDP won 39 seats and the PUK 24")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .figure_units import MEASURE_UNITS

if TYPE_CHECKING:
    from .figures import Figure


def inherit_unit(text: str, previous: Figure, figure: Figure) -> Figure:
    """Give "900" in "2,500 troops in Iraq and 900 in Syria" the unit of its neighbour."""
    if figure.unit or not previous.unit or previous.unit == "magnitude":
        return figure
    between = text[previous.end: figure.start]
    if len(between) > 80 or re.search(r"[.!?;]", between) or re.match(r"[\s-]+[A-Z]", text[figure.end:]):
        return figure  # nor to a number naming a model: "… jets after the grounding of its 737 Max 9 aircraft"
    if _ABBREVIATED_UNIT_AFTER.match(text, figure.end):
        return figure  # "injured more than 20 when a car ran down the 265 m line": a length, not more people
    unit = "people" if previous.unit == "death" and _HURT_AFTER.match(text, figure.end) else previous.unit
    return replace(figure, unit=unit)


_ABBREVIATED_UNIT_AFTER = re.compile(r"\s?(?:" + "|".join(MEASURE_UNITS) + r")\b")
"""A unit's abbreviation after a bare number, which it measures (MEASURE reads "m" as metres only where plainly so)."""
_HURT_AFTER = re.compile(r"\s+(?:others\s+|people\s+)?(?:were\s+)?(?:injured|wounded|hurt)\b", re.I)
"""The injured after a toll's dead: "The death toll stood at 16 …, with 21 injured" counts people hurt, not dead."""


_ELIDED_COUNT = re.compile(r",?\s+and\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+(?P<n>\d{1,3}(?:,\d{3})*)"
                           r"(?=\s*(?:[.;]|,\s|$))")
"""A second holder's count with its noun left out, after the first's: "won 39 seats [and the PUK 24]"."""


def elided_counts(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the counts _ELIDED_COUNT finds right after a counted figure, in its unit ("the KDP won 39
    seats and the PUK 24": 24 seats); a number after a name alone is a model's or a mission's ("Apollo 11")."""
    out = list(figures)
    for figure in figures:
        found = _ELIDED_COUNT.match(text, figure.end) if figure.unit and figure.unit not in ("%", "magnitude") else None
        if found and not any(f.start <= found.start("n") < f.end for f in out):
            value = int(found.group("n").replace(",", ""))
            out.append(replace(figure, start=found.start("n"), end=found.end("n"), text=found.group("n"), value=value,
                               qualifier=None, low=None))
    return sorted(out, key=lambda f: f.start)
