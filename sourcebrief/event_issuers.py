"""Who issued what a line tells of: "The Met Office amber wind warning ran until 06:00" and "Met Éireann's status
orange wind warning remains in place until 3am" are two warnings by two issuers, however alike their words. Two lines
opening on the same kind of issued thing (a warning, an alert, an order) owned by two different names tell two events.
Read by ``event_pair``."""

from __future__ import annotations

import functools
import re

_ISSUED = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}?)(?:['’]s)?\s+"
                     r"(?:[a-z][\w-]*\s+){0,4}?(?P<noun>warning|alert|advisory|forecast|order|statement|notice|"
                     r"ban|guidance|recall|ruling|verdict|report)s?\b")
"""A line's opening subject: an owner's name and the thing it issued, with its words between ("Met Éireann's [status
orange wind] warning")."""
_NOT_OWNER = frozenset("The A An This That These Those Its Their His Her Our".split())
"""Capitalised words opening a subject that name no owner."""


@functools.lru_cache(maxsize=1 << 14)
def _issued(line: str) -> tuple[frozenset[str], str] | None:
    """(the owner's words, the issued thing's noun) of a line opening on an owned issued thing, else None."""
    found = _ISSUED.match(line)
    if found is None or found["owner"].split()[0] in _NOT_OWNER:
        return None
    return frozenset(re.sub(r"['’]s$", "", word) for word in found["owner"].split()), found["noun"]


def issuers_apart(one: str, other: str) -> bool:
    """Whether two lines open on the same kind of issued thing by two owners, neither's name inside the other's ("Met
    Office" and "Met Éireann"; not "Met Office" and "UK Met Office"): two events."""
    first, second = _issued(one), _issued(other)
    return (first is not None and second is not None and first[1] == second[1]
            and not first[0] <= second[0] and not second[0] <= first[0])
