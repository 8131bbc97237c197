"""A count whose noun is left to the sentence before: "Police say 34 miners were underground. Eleven have been
brought out alive." counts miners."""

from __future__ import annotations

import re

from .figure_units import MEASURE_UNITS
from .figures import Figure, _word_value

_OPENING_COUNT = re.compile(
    r"[\"“]?(?P<n>(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?|Two|Three|Four|Five|Six"
    r"|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen"
    r"|\d{1,3}(?:,\d{3})*)(?:\s+of\s+(?:them|those))?\s+(?:have|has|had|were|was|are|remain|remained|died|survived)\b")
"""A sentence opening with a bare count and its verb: "Eleven have been brought out alive", "Nine of them were
women", "14 remain missing"."""

COUNTED = re.compile(r"[a-z][a-z ]*")
"""Units an elided count may take over: counted nouns ("miner", "people"), not "%", currencies or measures' codes."""
_MEASURES = frozenset({*MEASURE_UNITS.values(), "mile", "hectare", "acre", "ton", "tonne", "kilo", "inch", "yard",
                       "pound", "ounce", "liter", "litre", "gallon", "barrel", "degree", "point", "second", "minute",
                       "hour", "day", "week", "month", "year", "decade", "century", "time", "magnitude"})
"""Units of measure and time, whose figure no bare count after it shares: "about 135 km southeast of Melbourne. Three
of them died" counts no kilometres."""


def elided_count(sentence: str, unit: str) -> Figure | None:
    """The figure of a sentence opening with a bare count (_OPENING_COUNT), counting ``unit``, the counted noun of
    the last figure of the sentence before; None when it opens otherwise or there is no such noun."""
    found = _OPENING_COUNT.match(sentence)
    if found is None or not COUNTED.fullmatch(unit) or unit in _MEASURES:
        return None
    written = found["n"]
    value = int(written.replace(",", "")) if written[0].isdigit() else _word_value(written.lower())
    if value < 2:
        return None
    return Figure(found.start("n"), found.end("n"), written, value, unit, None)
