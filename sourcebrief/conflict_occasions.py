"""Two occasions of one kind, each with its figure: a main quake and its aftershock, this quake and an earlier
one, a club's second bid and its third. Their figures differ because the occasions do, so they are no conflict
(conflicts._conflict)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_REACH = 40
"""How far before or after a figure its occasion is looked for, in characters."""
_SHOCK_AFTER = re.compile(r"[\s-]*(?:magnitude\s+)?(?:\w+\s+)?(?P<kind>aftershocks?|foreshocks?)\b", re.IGNORECASE)
"""The kind of tremor a magnitude is of, right after it: "a magnitude 5.6 aftershock"."""
_EARLIER = re.compile(r"\b(?:ago|previous|last\s+(?:week|month|year))\b", re.IGNORECASE)
"""A past occasion beside the figure: "hit by a magnitude 6.1 quake a fortnight ago"."""
_ORDINAL_BEFORE = re.compile(r"\b(?P<n>first|opening|initial|second|third|fourth|fifth)\b(?!.*\b(?:first|opening"
                             r"|initial|second|third|fourth|fifth)\b)[^.;]*$", re.IGNORECASE)
"""The last ordinal before a figure in its clause: "the second worth £55m", "third bid, worth around £62m"."""
_ORDINALS = {"first": 1, "opening": 1, "initial": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


_ON_DAY = re.compile(r"\bon\s+(?:(?:late|early)\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?![’'])", re.I)
"""The day a figure's own clause puts it on: "1,024 flights … on Monday", "about 790 flights cancelled … on Tuesday"."""
_RUNNING = frozenset({"people", "death", "other", "survivor", "casualty", "victim", "passenger", "child", "body",
                      "police", "arrest"})
"""Counts that run on from day to day (a toll, the injured, the arrested), which tolls and corroborate see rising
rather than as two days' counts."""


def days_apart(a: Claim, b: Claim) -> bool:
    """Two counts of things (no sums or shares) of a kind that does not run on (_RUNNING), each clause putting its own on another day: "Airlines
    cancelled 1,024 flights … on Monday" and "about 790 flights cancelled across the UK on Tuesday" are two days'
    cancellations, not a disagreement."""
    if a.key is None or b.key is None or {a.key[1], b.key[1]} & _RUNNING or not a.key[1].isalpha() or not (
            a.key[1].islower()):
        return False  # (a sum or a share is of one deal or vote, whatever day each outlet puts it on: "a ransom of
        # $5 million" paid "late on Thursday" or "on Friday" is one ransom)
    days = [{m.lower() for m in _ON_DAY.findall(c.clause)} for c in (a, b)]
    return all(days) and not days[0] & days[1]


def occasions_apart(a: Claim, b: Claim) -> bool:
    """The two claims' figures are of two occasions: a magnitude of an aftershock and of the main quake, or of an
    earlier quake ("a magnitude 6.1 quake a fortnight ago") and this one; or two numbered bids, rounds or offers
    ("the second worth £55m", "the third bid, worth around £62m")."""
    if a.figure is None or b.figure is None:
        return False
    if days_apart(a, b):
        return True
    if a.figure.unit == "magnitude" and (_shock(a) != _shock(b) or _earlier(a) != _earlier(b)):
        return True
    first, second = _ordinal(a), _ordinal(b)
    return first is not None and second is not None and first != second


def _after(claim: Claim) -> str:
    """The text right after the claim's figure."""
    return claim.quote[claim.figure.end:claim.figure.end + _REACH]


def _before(claim: Claim) -> str:
    """The text right before the claim's figure."""
    return claim.quote[max(0, claim.figure.start - _REACH):claim.figure.start]


def _shock(claim: Claim) -> str:
    """"aftershock" or "foreshock" when the magnitude is one's, else ""."""
    found = _SHOCK_AFTER.match(_after(claim))
    return found["kind"].lower().rstrip("s") if found else ""


def _earlier(claim: Claim) -> bool:
    """The figure is told of a past occasion, beside it."""
    return bool(_EARLIER.search(_after(claim)))


def _ordinal(claim: Claim) -> int | None:
    """The number of the occasion the figure is of ("second"), when an ordinal stands just before it."""
    found = _ORDINAL_BEFORE.search(_before(claim))
    return _ORDINALS[found["n"].lower()] if found else None


_STATE = re.compile(r"\b(?:still|remain(?:s|ed)?|ha(?:s|d|ve)\s+not\s+(?:yet\s+)?been|(?:is|are|was|were)\s+yet\s+to"
                    r"|continu(?:es|ed)\s+to|by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
"""A state seen on a day, not an event of that day: "were still unaccounted for on Saturday afternoon", "had not
been found by Sunday evening"."""


def states_seen(quotes: list[str]) -> bool:
    """Every source tells a state that held when it looked ("still missing"): two sources looking on two days
    (Saturday, Sunday) date no event differently, so no date conflict."""
    return bool(quotes) and all(_STATE.search(quote) for quote in quotes)


_SPAN_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})
_SPAN_OF = re.compile(r"\s+of\s+")
"""A span followed by what lasted it: "two days of [closures]"."""
_SPAN_WORD = re.compile(r"\s*([A-Za-z]+)\b")
_SPAN_SMALL = frozenset("of in on at to for from with and or the a an by between after before during".split())


def spans_apart(a: Claim, b: Claim) -> bool:
    """Two spans of time that each say what lasted them, and name different things: "a two-day summit" and "two
    days of closures" are no one fact, though both last two days in one city ("a 60-day state of emergency" and
    "a 60-day emergency" name one)."""
    if a.figure is None or b.figure is None or a.figure.unit not in _SPAN_UNITS or b.figure.unit != a.figure.unit:
        return False
    first, second = _span_of(a), _span_of(b)
    return bool(first and second and not first & second)


def _span_of(claim: Claim) -> frozenset[str]:
    """The words saying what the claim's span of time lasted for, singular: up to three lower-case words after a
    compound ("a two-day [prisoner exchange between]", "a 60-day [state of emergency]") or after "of" ("two days of
    [closures for the]"), less the small words."""
    at = claim.figure.end
    if not claim.figure.text.endswith(f"-{claim.figure.unit}"):
        found = _SPAN_OF.match(claim.quote, at)
        if found is None:
            return frozenset()
        at = found.end()
    words = []
    for _ in range(3):
        found = _SPAN_WORD.match(claim.quote, at)
        if found is None or not found[1].islower():
            break
        words.append(found[1])
        at = found.end()
    return frozenset(w.rstrip("s") for w in words if w not in _SPAN_SMALL and len(w) > 2)
