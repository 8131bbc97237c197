"""An election's count told partial or final: "58.6% with 95% of ballots counted" on Monday and "58.8%" in the final
results on Wednesday are one share at two stages of the count, not a disagreement nor a figure "rising" like a
toll."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_RESULTS = r"(?:election\s+)?(?:results?|returns|counts?|tall(?:y|ies)|figures|data)\b"
_STAGE = (r"(?:(?:about|around|nearly|almost|more\s+than|over|some|just\s+over|roughly)\s+)?"
          r"(?:(?!100\s*(?:%|per))\d[\d.,]*\s*(?:%|per\s*cent|percent)|half|most|two-thirds|a\s+third|a\s+quarter"
          r"|three-quarters)")
_COUNTED_WHAT = r"(?:the\s+)?(?:[a-z]+\s+)?(?:votes?|ballots?|polling\s+stations?|precincts?|districts?|constituencies)"
_PARTIAL = re.compile(
    rf"\b(?:partial|preliminary|provisional|early|initial|incomplete|unofficial)\s+(?:official\s+)?{_RESULTS}"
    rf"|\b(?:{_STAGE}\s+of|(?:nearly|almost|virtually)\s+all(?:\s+of)?|most(?:\s+of)?)\s+{_COUNTED_WHAT}\s+"
    r"(?:(?:now|so\s+far|already)\s+)?"
    r"(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|being\s+)?(?:counted|tallied|processed|reporting|reported)\b"
    rf"|\b(?:results|returns)\s+(?:(?:had|have)\s+been\s+|were\s+)?(?:declared|counted|in|reported|announced)\s+"
    rf"(?:from|in|for)\s+(?:\d[\d,]*|most|half)\s+(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?{_COUNTED_WHAT}"
    r"|\b(?:votes?|ballots?)\s+(?:were\s+|are\s+)?(?:still\s+)?being\s+counted\b"
    r"|\bas\s+(?:the\s+)?count(?:ing)?\s+(?:continued|continues|went\s+on)\b"
    r"|\bcounting\s+(?:is\s+|was\s+)?(?:still\s+)?(?:continu\w+|under\s*way|ongoing)\b"
    r"|\bexit\s+polls?\b|\bprojections?\b", re.I)
"""Words telling that a count is not over: "partial results", "with 95% of ballots counted", "with most precincts
reporting", "with nearly all votes counted", "as the count continues", "exit polls" (not "won with 58% of the vote":
that is the share itself)."""
_FINAL = re.compile(rf"\b(?:final|certified|complete|definitive|full)\s+(?:official\s+)?{_RESULTS}"
                    r"|(?<!nearly\s)(?<!almost\s)(?<!virtually\s)\b(?:all|100\s*(?:%|per\s*cent|percent))\s+"
                    r"(?:of\s+)?(?:the\s+)?(?:votes?|ballots?|precincts?|polling\s+stations?)\s+"
                    r"(?:(?:had|have)\s+been\s+|were\s+)?(?:counted|tallied|reporting)\b"
                    r"|\bcertified\b", re.I)
"""Words telling that a count is over: "final results", "certified", "with all ballots counted" (not "nearly all")."""
_VOTING = re.compile(r"\b(?:votes?|voters?|turnout|ballots?|polls?|seats?|elections?|results?)\b", re.I)
"""Words of a sentence about an election's result: only its figures are of a count (a toll is nobody's count)."""


def stage_of(sentence: str) -> str:
    """The stage of the count a sentence tells: "partial", "final", or "" when it tells none or both ("the final
    results confirm the preliminary count")."""
    partial, final = bool(_PARTIAL.search(sentence)), bool(_FINAL.search(sentence))
    return "partial" if partial and not final else "final" if final and not partial else ""


def paragraph_stages(claims: Sequence[Claim]) -> dict[tuple[str, int], list[tuple[int, str]]]:
    """The stages of the count each paragraph's sentences about voting tell, by (source, paragraph), as (sentence
    index, stage) in reading order."""
    told: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for claim in claims:
        stage = stage_of(claim.quote) if _VOTING.search(claim.quote) else ""
        place = (claim.source_id, claim.paragraph)
        if stage and (claim.sentence, stage) not in told[place]:
            told[place].append((claim.sentence, stage))
    return told


def partial_count(claim: Claim, stages: dict[tuple[str, int], list[tuple[int, str]]]) -> bool:
    """Whether a figure about voting is of a count not yet over: its own sentence says so, or else the last
    sentence before it in its paragraph that tells a stage ("Partial results showed Duarte ahead. She had 58.6%
    of the vote."; not a later paragraph's "Bawumia had conceded when partial results showed him trailing")."""
    if claim.figure is None or not _VOTING.search(claim.quote):
        return False
    own = stage_of(claim.quote)
    if own:
        return own == "partial"
    before = [stage for index, stage in stages.get((claim.source_id, claim.paragraph), ()) if index < claim.sentence]
    return bool(before) and before[-1] == "partial"


def counting_stage(claim: Claim) -> bool:
    """Whether a figure tells how far a count has gone, not what it found: "With 92% of ballots counted", "results
    declared in 200 of the 276 constituencies". Two such figures differ as the count goes on."""
    figure = claim.figure
    if figure is None:
        return False
    return any(found.start() <= figure.start and figure.end <= found.end()
               for found in (*_PARTIAL.finditer(claim.quote), *_FINAL.finditer(claim.quote)))
