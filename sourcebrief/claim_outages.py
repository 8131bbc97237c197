"""Counts of homes cut off from power: "48,000 customers had lost supply", "48,000 customers without power" and
"Around 48,000 homes lost power" are one count of a power cut's households, however each outlet words it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

OUTAGE_WORDS = frozenset({"power", "supply", "electricity", "outage", "blackout"})
"""Normalised words (claims.normalise) that put a count of homes or customers in a power cut."""
SERVED = frozenset({"customer", "home", "household", "property"})
"""Unit families a power network counts its cut-off households by: a utility's "customers" are the homes it
supplies."""


def served_family(family: str, *words: Iterable[str]) -> str:
    """``family``, or "home" for customers or households counted beside words of a power cut (OUTAGE_WORDS, in
    ``words``, the clause's words before and after the figure): "48,000 customers had lost supply" and "48,000
    homes lost power" count one thing. Customers of a bank or a shop stay customers."""
    if family not in SERVED or family == "home":
        return family
    return "home" if any(w in OUTAGE_WORDS for part in words for w in part) else family


def counts_outage(claim: Any) -> bool:
    """A count of homes in a clause about a power cut ("with SSEN reporting 48,000 customers without power")."""
    return claim.key is not None and claim.key[1] == "home" and not claim.words.isdisjoint(OUTAGE_WORDS)


def both_outages(a: Any, b: Any) -> bool:
    """Two counts of homes cut off from power: of one value, one fact whatever else their clauses say (a story's
    power cut has one count of homes at its peak; "SSEN said 48,000 customers had lost supply at the peak of the
    storm" and "with SSEN reporting 48,000 customers without power at 23:04" share no other word). Two of one source
    are two moments of its own report ("knocking out power to more than 400,000 customers", "More than 400,000
    homes and businesses … were without power shortly after 1 a.m.")."""
    return a.source_id != b.source_id and counts_outage(a) and counts_outage(b)


_TIMED = re.compile(r"\b(?:still|remain(?:s|ed|ing)?|peak|height|at\s+its\s+worst|at\s+one\s+point|down\s+from"
                    r"|up\s+from|restored|reconnected|back\s+on)\b", re.I)
"""Words tying a count of homes without power to one moment of a power cut ("95,000 homes were still without
power", "48,000 customers at the peak of the storm", "down from 120,000 in the morning"): the count changes by the
hour as crews cut and restore supply."""


def moments_of_outage(a: Any, b: Any) -> bool:
    """Two counts of homes without power (both_outages) of which one is tied to a moment of the cut (_TIMED): "About
    45,000 homes … were still without power on Monday morning" and "50,000 customers were without power at the
    height of the storm" are two moments, no disagreement; "leaving 120,000 homes without power on Saturday
    morning" and "some 150,000 households were without electricity on Saturday" disagree."""
    return both_outages(a, b) and bool(_TIMED.search(a.quote) or _TIMED.search(b.quote))
