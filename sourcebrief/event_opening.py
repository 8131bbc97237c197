"""Two same-day lines opening with the same words and verb: one happening, told by two outlets.

"A fire broke out aboard the Italian-flagged ferry Aegean Star …, forcing the evacuation of 412 passengers and crew"
and "A fire broke out before dawn on a ferry carrying more than 400 people …, and rescuers evacuated 410 passengers
and crew" share their opening clause word for word and much besides; their names and details differ enough to stay
under the merge's word-overlap bar. Their opening tells the happening, so the pair merges on the same day.
"""

from __future__ import annotations

import re

from sourcebrief.event_sentence import FINITE

OPENING_WORDS = 4
"""Words of each line's opening that must be the same: a subject and its verb ("A fire broke out")."""
SHARED_PLAIN = 5
"""Plain words (no names, no numbers) the two lines must share besides: the same happening, told at some length."""
_SAYING = re.compile(r"\b(?:said|says|told|tells|announced|added|confirmed|reported|warned)\b")
"""A saying's verb: two sayings on one day ("The army said it …") are often two sayings."""


def opening(line: str) -> str:
    """A line's first OPENING_WORDS words, lowercased, when they hold a finite verb that is no saying; else ""."""
    head = " ".join(line.lower().split()[:OPENING_WORDS])
    if len(head.split()) < OPENING_WORDS or not FINITE.search(head) or _SAYING.search(head):
        return ""
    return head


def same_opening(one: str, other: str, shared: int) -> bool:
    """Whether two lines' openings (``opening``, found once per line by the caller) are one and the lines share
    ``shared`` >= SHARED_PLAIN plain words."""
    return bool(one) and one == other and shared >= SHARED_PLAIN
