"""What part of a quantity a figure gives: one person's share, a remainder, an instalment, the whole another figure
is counted of, or a threshold to reach. Two figures giving different parts are two quantities, not a
disagreement (conflicts.conflicting_groups)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_EACH_BEFORE = re.compile(r"\b(?:[Ee]ach|[Ee]very)\b(?!\s+(?:day|week|month|year|hour|season|time)\b)[^,;:.]*$")
_EACH_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:each|apiece|a piece|a head|a person|for each|to each|for every"
                         r"|to every|per (?!(?:cent|day|week|month|year|hour|annum|share|barrel|ounce|tonne|ton"
                         r"|kilo\w*|litre|liter|gallon|unit)\b)[a-z]+)\b")
_REMAINING_BEFORE = re.compile(r"\b(?:remaining|outstanding|unpaid|still\s+owe[sd]?|rest\s+of|remainder\s+of"
                               r"|balance\s+of)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}$")
_REMAINING_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:left|remaining|outstanding|still\s+owed|yet\s+to\s+be"
                              r"\s+paid)\b")
_PART_BEFORE = re.compile(
    r"(?:\b(?:initial|upfront|up-front|guaranteed|further|additional|extra)\s+(?:[a-z-]+\s+){0,3}"
    r"|['’]s\s+(?:share|cut|portion)\b[^,;:.]*"
    r"|\b(?:share|cut|portion|slice)\s+of\s+(?:[^,;:.\s]+\s+){2,})$")
"""(not "a share of the $10 million pot": that is the whole)"""
_WON_BEFORE = re.compile(r"\b(?:won|wins|win|winning|took\s+home|takes\s+home|pocketed|pockets|scooped)\s+"
                         r"(?:(?:a|an|the|about|nearly|almost|some|roughly|more\s+than|over|up\s+to)\s+)?$")
"""Winnings, a part of a prize pot (money only: "won 52% of the vote" is the whole of a candidate's share)."""
_PART_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:share|cut|portion|slice|chunk|instal+ment|tranche"
                         r"|down\s+payment)\s+of\b|up\s*front\b|up-front\b|in\s+add-ons\b)")


def share_of(claim: Claim) -> str:
    """What part of a quantity a figure gives: "each" (one person's or one thing's: "Each of the workers will receive
    $250,000", "$5,000 per household"), "remaining" ("the remaining $120 million of his contract"), "part" (a share,
    an instalment or winnings: "the winner's share … is $2.5 million", "an initial fee of $60 million", "won $2.5
    million"), or "" for the whole or an unmarked figure. A prize pot and one winner's share, a contract and its
    remainder, a total and what each gets are different quantities, not a disagreement. "whole" for a figure that
    another figure is counted "of" ("2,300 of the airline's roughly 2,800 pilots", "99 votes out of 128"); "needed"
    for a threshold ("the 361 needed for a majority", "A candidate needs 86 votes in the first round and 65 in the
    second"), which no count won is a misreport of."""
    figure = claim.figure
    if figure is None:
        return ""
    quote, start, end = claim.quote, figure.start, figure.end
    before = max(0, start - 80)
    if _EACH_AFTER.match(quote, end) or _EACH_BEFORE.search(quote, before, start):
        return "each"
    if _REMAINING_AFTER.match(quote, end) or _REMAINING_BEFORE.search(quote, before, start):
        return "remaining"
    if _PART_AFTER.match(quote, end) or _PART_BEFORE.search(quote, before, start):
        return "part"
    if re.fullmatch(r"[A-Z]{3}", figure.unit) and _WON_BEFORE.search(quote, before, start):
        return "part"
    if _WHOLE_BEFORE.search(quote, before, start):
        return "whole"
    if _NEEDED_AFTER.match(quote, end) or _NEEDED_BEFORE.search(quote, before, start):
        return "needed"
    return ""


_WHOLE_BEFORE = re.compile(r"\d[\d,.]*\s+of\s+(?:the|its|their|his|her|[A-Z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}$"
                           r"|\d[\d,.]*(?:\s+[a-z]+)?\s+out\s+of\s+(?:(?:the|a|an|its|their)\s+)?$")
"""A figure that another is counted "of": "about 2,300 of the airline's roughly 2,800 pilots", "15 of Iraq's 18
provinces" (the whole, not what the union represents: "around 2,200 pilots")."""


_NEEDED_BEFORE = re.compile(r"\b(?:needs?|needed|requires?|required|requiring)\s+(?:(?:at\s+least|only|just"
                            r"|a\s+(?:simple\s+|two-thirds\s+|absolute\s+)?majority\s+of|a\s+minimum\s+of)\s+)?"
                            r"(?:[\d,.]+\s+[a-z]+(?:\s+[a-z]+){0,4}?\s+and\s+)?$")
_NEEDED_AFTER = re.compile(r"\s+(?:(?:votes?|seats?|signatures?|ballots?)\s+)?(?:(?:are|is|were|was)\s+)?"
                           r"(?:needed|required|necessary)\b")
"""A threshold to reach: "needs 65 votes", "the 361 needed for a majority", "needs 86 votes in the first round and
65 in the second"."""


_OTHER_IN = re.compile(r"\s(?:other|others|more(?!\s+than)|further|additional|extra)\b", re.I)
"""A count of more of what was told before, inside the figure's words: "three other people", "five more people"."""
_OTHERS_AFTER = re.compile(r"\s*(?:other|others|more)\b(?!\s+than\b)", re.I)
_ADDED_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra|including|included|among\s+them"
                           r"|among\s+whom|of\s+whom|of\s+which)\s+(?:(?:at\s+least|about|around|some|nearly|more"
                           r"\s+than|over)\s+)?$", re.I)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|which|those)\b", re.I)
"""A count within a total told beside it: "including a British doctor", "of whom 12 were released", "12 of them
children", "another three people"."""


def counted_part(claim: Claim) -> bool:
    """Whether a figure counts only part of a total its sentence (or the one before) tells: more of what was told
    ("three other people were killed" after a constable shot dead, "another 800 flights"), or some within a total
    ("including 12 children", "of whom 12 were released", "12 of them children"). A part is no misreport of its total:
    "three other people" and "at least four people were killed" both hold."""
    figure = claim.figure
    if figure is None:
        return False
    quote = claim.quote
    return bool(_OTHER_IN.search(figure.text) or _OTHERS_AFTER.match(quote, figure.end)
                or _ADDED_BEFORE.search(quote, max(0, figure.start - 40), figure.start)
                or _OF_THEM_AFTER.match(quote, figure.end))



_RATIO_BEFORE = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:in|out\s+of)\s+$",
                           re.IGNORECASE)
"""The numerator of a ratio before its denominator: "[two in] three TGV trains", "[1 in] 4 children"."""
_RATIO_WORDS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())}


def ratio_denominator(text: str, start: int, value: float) -> bool:
    """The figure at ``start`` is a ratio's denominator ("two in three TGV trains" would run: two thirds of them,
    not three trains), so it counts nothing; the numerator is smaller ("killed 12 in two attacks" counts attacks)."""
    found = _RATIO_BEFORE.search(text, max(0, start - 20), start)
    if found is None:
        return False
    word = found["n"].lower()
    return (int(word) if word.isdigit() else _RATIO_WORDS[word]) < value
