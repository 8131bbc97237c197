"""A story's death toll, however a sentence names it: counts of the dead in sentences about a toll are one quantity,
which conflicts compare and matching joins whatever else their clauses say."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .conflict_subjects import normalised

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_NUMBER_OF_DEAD = frozenset({"number", "kill"})
"""The words of "the number of dead", "the number of people killed": a toll named otherwise."""
_LEAD_SENTENCES = 0
"""The last sentence index of an article's lead: its first sentence (a second may already count a part: "Al Haouz
province accounted for 1,293 of the deaths, followed by Taroudant with 452")."""
_EARLIER = re.compile(r"\b(?:from|up\s+from|down\s+from)\s+(?:(?:an?|the|its)\s+)?(?:[\w’'-]+\s+){0,4}$"
                      r"|\b(?:previous|earlier|initial|first|last)\s+(?:[\w’'-]+\s+){0,2}(?:figure|toll|count|tally"
                      r"|estimate)\s+(?:of\s+)?$", re.I)
"""Before a toll's earlier value: "raising the toll from the previous day's figure of three", "up from 41", "an
earlier toll of 12"."""


def counts_toll(claim: Claim) -> bool:
    """A count of the dead in a sentence about a toll ("The toll is now 12 dead", "the government put the number of
    dead at 87"), or in an article's lead, which gives its story's toll ("At least 79 people died … after a fishing
    boat … capsized and sank off Greece on Wednesday" is the toll that "has risen to 78" the next day); not the
    earlier value a toll rose from (_EARLIER)."""
    if claim.key is None or claim.key[1] != "death" or claim.figure is None:
        return False
    words = normalised(claim.quote)
    if _EARLIER.search(claim.quote, max(0, claim.figure.start - 60), claim.figure.start):
        return False
    return "toll" in words or _NUMBER_OF_DEAD <= words or claim.sentence <= _LEAD_SENTENCES


def both_tolls(a: Claim, b: Claim) -> bool:
    """Two counts of the dead in sentences about a toll ("The toll is now 12 dead", "The death toll … has reached
    11") give one story's toll, whatever else their clauses say (their places, times and tallies are checked
    apart): conflicting when they differ, one fact when they agree (matching)."""
    return counts_toll(a) and counts_toll(b)


_DAY = re.compile(r"\b(?:on|by|as\s+of|until|late\s+on|early\s+on)\s+(?:(?:late|early)\s+)?"
                  r"((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?![’'])", re.I)
"""The day a sentence tells its count on: "reached 100 on Wednesday", "said on Saturday"."""


def days_apart(a: Claim, b: Claim) -> bool:
    """Two tolls told on different days, each sentence naming its own and none the other's ("The number of dead …
    reached 100 on Wednesday", "… said on Saturday, as the death toll rose to 136"): one count at two moments, no
    disagreement."""
    if not both_tolls(a, b):
        return False
    days = [{m.lower() for m in _DAY.findall(c.quote)} for c in (a, b)]
    return all(days) and not days[0] & days[1]
