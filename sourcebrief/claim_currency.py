"""A franc or rupee named with its country in one source and bare in another, in one story: one currency. Bare
"rupees" are read as India's (figures._national_currency) since no sentence says more; but in a story whose
sources name only Nepal's ("2 billion Nepali rupees"), Reuters' "2 billion Nepali rupees" and AP's "2 billion
rupees" are one relief package."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .claims import Claim

_BARE = {"INR": "rupee", "CHF": "franc"}
"""The code a bare currency word is read as, by its word (figures._NATIONAL_CURRENCY_NOUNS)."""
_COUNTRY_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s+(?:rupees?|francs?)\b")
"""The country's adjective before a currency word: "Nepali rupees", "CFA francs"."""
_BARE_WRITTEN = re.compile(r"(?i:rupee|franc)|\bRs\b")
"""A bare currency as written: the word, or "Rs" before a rupee amount ("Rs 2 billion"), not "SFr" or "₹"."""
_DEFAULT_NAMED = re.compile(r"\b(?:Indian\s+rupees?|Swiss\s+francs?)\b")
"""The default country named outright: then bare words may be its currency after all."""


def story_currency(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each bare franc or rupee in the unit of the one country the story names with that word,
    when it names exactly one and never the default's (one pass over the claims; the others are returned
    unchanged, new objects only where a unit changes)."""
    named: dict[str, set[str]] = {}
    unit_of: dict[str, str] = {}
    defaults: set[str] = set()
    for claim in claims:
        figure = claim.figure
        if figure is None or figure.unit not in ("rupee", "franc"):
            if figure is not None and figure.unit in _BARE and _DEFAULT_NAMED.search(figure.text):
                defaults.add(_BARE[figure.unit])
            continue
        country = _COUNTRY_BEFORE.search(figure.text)
        named.setdefault(figure.unit, set()).add(country.group(1) if country else "")
        unit_of[figure.unit] = claim.key[1] if claim.key else figure.unit
    one = {word for word, countries in named.items() if len(countries) == 1 and word not in defaults}
    if not one:
        return list(claims)
    out = []
    for claim in claims:
        figure = claim.figure
        word = _BARE.get(figure.unit) if figure is not None else None
        if word in one and _BARE_WRITTEN.search(figure.text) and not _DEFAULT_NAMED.search(figure.text):
            claim = dataclasses.replace(claim, figure=dataclasses.replace(figure, unit=word),
                                        key=(claim.key[0], unit_of[word]) if claim.key else None)
        out.append(claim)
    return out
