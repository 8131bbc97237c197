"""Counts of homes cut off from power: "48,000 customers had lost supply", "48,000 customers without power" and
"Around 48,000 homes lost power" are one count of a power cut's households, however each outlet words it."""

from __future__ import annotations

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
