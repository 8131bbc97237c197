"""A weekday with its day of the month in brackets, as Brazilian and Portuguese outlets write it ("on Tuesday (7)",
"on Sunday morning (May 5)"): one date, the weekday checked against the day it names."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Callable

from sourcebrief import date_values as V
from sourcebrief.date_handlers import month_number
from sourcebrief.date_site import UNRESOLVED, Result, Site

Handler = Callable[[re.Match[str], Site], "Result | None"]

SEARCH_WEEKS = 3
"""How many weeks either side of the weekday's own reading a bracketed day of the month may move it: a day number
comes back on the same weekday only months later, so the nearest match is the one meant."""


def checked(handler: Handler) -> Handler:
    """``handler`` (a weekday rule's), its day moved to the one the brackets name when the weekday allows it, and
    left unresolved when no such day lies near: "Tuesday (7)" written on 8 May 2024 is 7 May; "Tuesday (8)" is no
    day near then, and a guess would be the worst error."""

    def resolve(g: re.Match[str], site: Site) -> Result | None:
        result = handler(g, site)
        named = g["bd"] or g["bo"]  # "Tuesday (7)", "Friday the 13th"
        if result is None or not named or result[1] == UNRESOLVED:
            return result
        kind, value, mod = result
        day, _, clock = value.partition("T")
        if V.precision(day) != "day":
            return result
        found = _named_day(V.first_day(day), int(named), month_number(g["bm"]) if g["bm"] else None)
        if found is None:
            return (kind, UNRESOLVED, mod)
        return (kind, V.day_value(found) + (f"T{clock}" if clock else ""), mod)

    resolve.__doc__ = handler.__doc__
    return resolve


def _named_day(read: _dt.date | None, day: int, month: int | None) -> _dt.date | None:
    """The day with ``read``'s weekday, day of the month ``day`` (and month ``month``) nearest ``read``, if one lies
    within SEARCH_WEEKS weeks of it."""
    if read is None:
        return None
    near = [read + _dt.timedelta(weeks=step) for step in range(-SEARCH_WEEKS, SEARCH_WEEKS + 1)]
    fits = [d for d in near if d.day == day and (month is None or d.month == month)]
    return min(fits, key=lambda d: abs((d - read).days)) if fits else None
