"""What was done to a counted thing or a rate: two figures of different acts are two quantities, not one reported
twice. Reuters' "The bank had kept its base rate at 6.5% on March 3" is the rate held before the rise, not a rival
report of the "base rate raised to 8.5%"; "The cleanup crews have pulled 11 cars back onto the tracks" counts the
cars righted, not the "14 cars" sent off them (conflicts._conflict)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_REACH = 50
"""How far before or after a figure its act is looked for, in characters (within its clause)."""
_KEPT_BEFORE = re.compile(r"\b(?:kept|keeps?|keeping|held|holds?|holding|left|leaves?|leaving|maintained|maintains?"
                          r"|maintaining|unchanged|steady)\b[^.;,:]{0,40}?\bat\s+(?:about\s+|around\s+)?$",
                          re.IGNORECASE)
"""A rate or level left where it was: "had kept its base rate at 6.5%", "held rates at 6.5%", "left rates unchanged
at 4.35%"."""
_MOVED_BEFORE = re.compile(r"\b(?:raised|raises?|raising|hiked?|hikes|hiking|lifted|lifts?|lifting|cut|cuts|cutting"
                           r"|lowered|lowers?|lowering|reduced|increased|slashed|trimmed)\b[^.;:]{0,40}?\bto\s+"
                           r"(?:about\s+|around\s+)?$", re.IGNORECASE)
"""A rate or level moved to a new value: "raised its base rate by 200 basis points to 8.5%", "base rate raised to
8.5%"."""
_PRIOR_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:high|low|peak)\s+of\s+)?"
                           r"(?:about\s+|around\s+)?$", re.IGNORECASE)
"""A share's value before a move: "raised to 8.5% from 6.5%", "cut from a 16-year high of 5.25%" (shares only: "from
30 homes" counts the homes)."""
_BACK_AFTER = re.compile(r"^[^.;:]{0,40}?\bback\s+(?:on|onto|into|in|up)\b", re.IGNORECASE)
"""A counted thing put back: "pulled 11 cars back onto the tracks"."""
_BACK_BEFORE = re.compile(r"\b(?:righted|re-?railed|re-?opened|restored|returned)\b[^.;:]{0,30}$", re.IGNORECASE)
"""A counted thing put right: "crews have rerailed 11 cars", "power was restored to 20,000 homes"."""


def acts_apart(a: Claim, b: Claim) -> bool:
    """Two figures of different acts (_act): kept and moved, a share before a move and after it or any other, put
    back and sent off. A rate kept and one stated ("kept the official rate at 1,310 dinars" and "stands at 1,300
    dinars") are one rate, as are a rate moved to a value and the value stated."""
    acts = {_act(a), _act(b)}
    return len(acts) == 2 and (acts == {"kept", "moved"} or bool(acts & {"prior", "back"}))


def _act(claim: Claim) -> str:
    """What was done to ``claim``'s figure: "kept", "moved", "prior", "back", or "" for a plain report."""
    figure = claim.figure
    if figure is None:
        return ""
    before = claim.quote[max(0, figure.start - _REACH): figure.start]
    after = claim.quote[figure.end: figure.end + _REACH]
    if _KEPT_BEFORE.search(before):
        return "kept"
    if _MOVED_BEFORE.search(before):
        return "moved"
    if figure.unit == "%" and _PRIOR_BEFORE.search(before):
        return "prior"
    if _BACK_AFTER.match(after) or _BACK_BEFORE.search(before):
        return "back"
    return ""
