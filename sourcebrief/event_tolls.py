"""Two same-day reports of a death toll that give different counts: two stages of the toll, not one event.

"Eight people were killed when a six-storey residential building … collapsed" (AFP) and "The death toll from the
collapse … rose to 15 on Tuesday evening" (Reuters) tell the toll at two hours of one day; merged, the line would cite
Reuters for a count it does not give. Counts in words ("Eight") count as figures here.
"""

from __future__ import annotations

import re

from .number_words import VALUES

_TOLL = re.compile(r"\b(?:killed|dead|died|deaths?|death\s+toll|toll|bodies)\b", re.IGNORECASE)
"""Words of a death toll."""
_COUNT_WORDS = {word: str(n) for word, n in VALUES.items() if n <= 20}
"""Counts written in words, as figures."""
_COUNT = re.compile(r"(?<![\w.,-])(?:\d[\d,]*|[A-Za-z]+)(?![\w-])")


def _counts(line: str) -> set[str]:
    """The counts a line gives, in figures: "Eight people" and "15" alike (not "six-storey")."""
    found = set()
    for token in _COUNT.findall(line):
        figure = token.replace(",", "") if token[0].isdigit() else _COUNT_WORDS.get(token.lower())
        if figure is not None and token.lower() != "one":  # "one of the workers" counts nothing
            found.add(figure)
    return found


def _possessive(source) -> bool:
    """Whether a line's date is a possessive's ("killed in Friday's attack … has risen to 137"): it dates the thing
    named, not the count told, so the count is no stage of that day."""
    expression = source.expression.split()[-1] if source.expression else ""
    return bool(expression) and re.search(re.escape(expression) + r"['’]s\b", source.quote) is not None


def tolls_differ(one, other) -> bool:
    """Whether two candidates' lines both tell a death toll, share no count, and are dated as counts are."""
    if _possessive(one.source) or _possessive(other.source):
        return False
    one, other = one.text, other.text
    if not (_TOLL.search(one) and _TOLL.search(other)):
        return False
    a, b = _counts(one), _counts(other)
    return bool(a) and bool(b) and a.isdisjoint(b)
