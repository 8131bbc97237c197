"""Counts of the missing told at different times: O Globo's "Another 128 people are missing" (when the toll reached
100) and Folha's "Another 125 people are still missing" (as the toll rose to 136) are one count falling as people
are found, not two outlets at odds; a count that grows as more people are reported missing is seen rising the same
way. Two counts told at one time (the same day and toll) still disagree."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .tolls import counts_toll

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_MISSING = re.compile(r"(?:(?!\band\b|\bwhile\b)[^.;:\d]){0,40}?\b(?:missing|unaccounted\s+for|disappeared)\b", re.I)
"""Right after a count, what makes it a count of the missing: "38 missing", "128 people are still missing", "38
people were still unaccounted for"; not a count of the dead before them ("12 people were killed and 19 others went
missing")."""
_MOST_MEMBERS = 40
"""Past this many sources, a conflict is not ordered in time (each pair is compared): it stays a disagreement."""


def missing_count(claim: Claim) -> bool:
    """A count of people said to be missing or unaccounted for."""
    figure = claim.figure
    return (figure is not None and claim.key is not None and claim.key[1].islower()
            and bool(_MISSING.match(claim.quote, figure.end)))


def story_tolls(claims: Iterable[Claim]) -> dict[str, float]:
    """Each source's toll, the first count of the dead it gives as its story's (tolls.counts_toll): a later report
    gives a higher one ("reached 100 on Wednesday", then "as the death toll rose to 136"), so it orders undated
    sources in time. The first, not the highest, since a source may add a country's toll for the season."""
    first: dict[str, tuple[int, float]] = {}
    for claim in claims:
        if claim.figure is None or not counts_toll(claim):
            continue
        known = first.get(claim.source_id)
        if known is None or claim.sentence < known[0]:
            first[claim.source_id] = (claim.sentence, claim.figure.value)
    return {source: value for source, (_, value) in first.items()}


def missing_course(members: Sequence[Claim], tolls: Mapping[str, float],
                   published: Mapping[str, _dt.date]) -> str:
    """"falling" when the conflict's counts of the missing that differ were told at different times (publication
    dates, or the sources' tolls: _order), the higher first; "rising" when the lower came first; "changing" when
    they fell and rose (19 missing on Sunday, 18 on Monday, 20 on Tuesday: people found, others reported); ""
    when any two were told at one time or none can be ordered. Two that cannot be ordered are passed
    over: Reuters and AP gave 38 on 3 July, Detik 30 on 4 July and the undated Jakarta Globe 30 with Detik's
    toll."""
    if len(members) > _MOST_MEMBERS or not all(missing_count(c) for c in members):
        return ""
    directions = set()
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if a.figure.value == b.figure.value:
                continue
            order = _order(a.source_id, b.source_id, tolls, published)
            if order == 0:
                return ""
            if order is None:
                continue
            directions.add("rising" if (order < 0) == (a.figure.value < b.figure.value) else "falling")
    return directions.pop() if len(directions) == 1 else "changing" if directions else ""


def _order(a: str, b: str, tolls: Mapping[str, float], published: Mapping[str, _dt.date]) -> int | None:
    """-1 when source ``a`` told its count before ``b``, 1 after, 0 at one time (same toll, or same day and no
    tolls that differ), None when unknown or when tolls and dates disagree: by their tolls when both give one and
    they differ (hours apart on one day too), else by their publication dates."""
    by_toll = _compare(tolls.get(a), tolls.get(b))
    by_date = _compare(published.get(a), published.get(b))
    if by_toll and by_date and by_toll != by_date:
        return None
    if by_toll or by_date:
        return by_toll or by_date
    return 0 if 0 in (by_toll, by_date) else None


def _compare(a: object, b: object) -> int | None:
    """-1, 1, 0 when equal, None when either is unknown."""
    if a is None or b is None:
        return None
    return 0 if a == b else -1 if a < b else 1
