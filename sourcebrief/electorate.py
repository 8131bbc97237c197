"""An election's voters counted by their roll: "16 million eligible voters" in one outlet and "17 million registered
voters" in another give one quantity, the electorate, unless some source tells the two apart."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .figures import Figure

if TYPE_CHECKING:  # claims reads voter_family here
    from .claims import Claim

_COUNTED = re.compile(r"(?:^|\s)(?P<kind>registered\s+|eligible\s+)?(?P<noun>voters|people)$")
"""The end of a figure counting voters, its one modifier the roll's word: "16 million eligible voters", "some 17
million people" (not "1.5 million newly registered voters" nor "2 million first-time voters": part of the roll)."""
_ROLL_AFTER = re.compile(r"\s+(?:who\s+)?(?:(?:were|are|was|is|had\s+been|have\s+been)\s+)?"
                         r"(?P<kind>registered|eligible)(?P<vote>\s+to\s+vote)?\b")
"""The roll's word after the counted noun: "17 million people were registered to vote", "17 million voters are
registered" (people only with "to vote": "people registered with the UN" are refugees)."""
_VOTERS = "voter"
"""The unit family of a count of voters (claims.unit_family of "voters")."""
CLOSE = 1.5
"""Two counts of one roll misreported are near each other: "2.9 million eligible voters" in one region and "17
million registered voters" in the country are two rolls, whatever words they share."""


def electorate(figure: Figure, sentence: str) -> str:
    """The roll a figure counts: "eligible" or "registered", "" when it counts no roll ("6.5 million voters cast
    their ballots" is the turnout)."""
    found = _COUNTED.search(figure.text)
    if not found:
        return ""
    after = _ROLL_AFTER.match(sentence, figure.end)
    if found["kind"]:
        return "" if after else found["kind"].strip()
    if after and (found["noun"] == "voters" or after["vote"]):
        return after["kind"]
    return ""


def voter_family(figure: Figure, sentence: str, family: str) -> str:
    """The unit family of a figure, "voter" for people counted on a roll ("17 million people were registered to
    vote"), so that they meet "16 million eligible voters"."""
    return _VOTERS if family in ("people", "person") and electorate(figure, sentence) else family


def roll_of(claim: Claim) -> str:
    """electorate() of a claim's figure, "" for a claim that counts no voters."""
    if claim.figure is None or claim.key is None or claim.key[1] != _VOTERS:
        return ""
    return electorate(claim.figure, claim.quote)


def rolls_told_apart(claims: Sequence[Claim]) -> bool:
    """Whether some source gives an eligible and a registered count of different values: then the story tells the
    two rolls apart ("23 million eligible, of whom 16 million registered"), and neither outlet's count may be
    compared with the other roll's."""
    values: dict[tuple[str, str], set[float]] = defaultdict(set)
    for claim in claims:
        roll = roll_of(claim)
        if roll:
            values[(claim.source_id, roll)].add(claim.figure.value)
    return any(values[(source, "eligible")] - values[(source, "registered")]
               for source, roll in list(values) if roll == "eligible" and (source, "registered") in values)


def one_roll(a: Claim, b: Claim, apart: bool) -> bool | None:
    """True when two figures count one election's roll, near in value (CLOSE) and of one word or of the two
    words no source tells apart (``apart``: rolls_told_apart); False for the two rolls told apart; None when
    either counts no roll."""
    rolls = roll_of(a), roll_of(b)
    if not all(rolls):
        return None
    if rolls[0] != rolls[1] and apart:
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    return 0 < low and high <= CLOSE * low
