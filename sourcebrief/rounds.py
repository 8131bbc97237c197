"""An election's rounds told apart: a first round's votes, shares and turnout are not the runoff's, whatever words
their sentences share ("Pezeshkian received 10.4 million votes" on the first round, "more than 16.3 million votes"
in the runoff a week later)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_ROUND = re.compile(r"\b(?P<first>first[\s-]round|first\s+ballot|initial\s+round)\b"
                    r"|\b(?P<runoff>run-?offs?|second[\s-]round|second\s+ballot|final\s+round)\b", re.I)
"""Words naming a round of voting: the first round, or the runoff that follows it."""
_DONE = re.compile(r"\b(?:wins?|won|winning|beat|beats|beating|defeats?|defeated|defeating|held\s+on|was\s+held"
                   r"|took\s+place|victory|elected)\b", re.I)
"""Words telling that a vote has taken place: a sentence naming a runoff with one reports its result."""
_AHEAD = re.compile(r"\b(?:will|would|ahead\s+of|heads?\s+to|set\s+for|go\s+to|goes\s+to|before|forced?\s+into"
                    r"|expected)\b", re.I)
"""Words putting a runoff still to come: "will go to a runoff", "ahead of Friday's runoff"."""

_VOTING = re.compile(r"\b(?:votes?|voters?|turnout|ballots?|polls?|seats?|election)\b", re.I)
"""Words of a sentence about voting: only its figures are of a round (a toll in a runoff's report is no round's)."""


def _named(text: str) -> str:
    """The round the last round words in a text name, "" when none do."""
    found = list(_ROUND.finditer(text))
    if not found:
        return ""
    return "first" if found[-1]["first"] else "runoff"


def article_rounds(claims: Sequence[Claim]) -> dict[str, str]:
    """Each source's own round: "runoff" when some sentence of it tells of a runoff held or won ("beating hardliner
    Saeed Jalili in a runoff vote held on Friday"), "first" when it names a runoff only as still to come ("will
    go to a runoff"), absent when it names no round at all."""
    rounds: dict[str, str] = {}
    for claim in claims:
        for found in _ROUND.finditer(claim.quote):
            if found["first"]:
                rounds.setdefault(claim.source_id, "")
                continue
            done = _DONE.search(claim.quote) and not _AHEAD.search(claim.quote)
            if done:
                rounds[claim.source_id] = "runoff"
            elif rounds.get(claim.source_id) != "runoff":
                rounds[claim.source_id] = "first"
    return {source: kind for source, kind in rounds.items() if kind}


def round_of(claim: Claim, rounds: dict[str, str]) -> str:
    """The round a figure is of: named in its clause ("about 40 percent in the first round"), else before it in
    its sentence ("In the first round last Friday, Pezeshkian came first with 42.5%"), else its article's
    (article_rounds); "" when nothing tells."""
    if claim.figure is None or not _VOTING.search(claim.quote):
        return ""
    return (_named(claim.clause) or _named(claim.quote[:claim.figure.start])
            or rounds.get(claim.source_id, ""))


def rounds_apart(a: Claim, b: Claim, rounds: dict[str, str]) -> bool:
    """Two figures of different rounds of one election: two quantities, not one misreported."""
    one, other = round_of(a, rounds), round_of(b, rounds)
    return bool(one and other and one != other)
