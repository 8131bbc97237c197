"""A day of the month told by its ordinal alone ("on the 28th", "since the 11th"): the month is the one its sentence
already gave, else the publication's month counted back or ahead by the sentence's tense. Registered in
``dates.HANDLERS`` as ``ordinal``; its pattern is ``date_rules.RULES``' ``ordinal``."""

from __future__ import annotations

import datetime as _dt
import re

from sourcebrief import date_values as V
from sourcebrief.date_handlers import safe_date
from sourcebrief.date_site import UNRESOLVED, Result, Site, tense

MONTHS_SEARCHED = 3
"""How many months back or ahead a day number is looked for: "the 31st" in a 30-day month is the next month with one."""
_STEP = {"this": 0, "the": 0, "next": 1, "last": -1}
"""The month an "of … month" after the ordinal names, counted from the publication's: "the 15th of next month"."""


def ordinal(g: re.Match[str], site: Site) -> Result | None:
    """``the 28th``: in the month the sentence gave just before ("began on March 28 and ended on the 2nd": April 2;
    "Earlier this month, on the 5th"), in the month an "of next month" names, else the last such day on or before
    publication, or the next on or after it when the sentence tells of a time ahead ("will meet again on the 28th")."""
    if site.dct is None:
        return ("DATE", UNRESOLVED, None)
    day = int(g["od"])
    if g["rel"]:
        month = _month_start(site.dct, _STEP[g["rel"].lower()])
        found = safe_date(month.year, month.month, day)
        return ("DATE", V.day_value(found) if found else UNRESOLVED, None)
    anchor = V.first_day(site.recent) if site.recent and V.precision(site.recent) in ("day", "month") else None
    if anchor is not None:
        # The sentence's month; a day number below its day is the next month's ("from March 28 to the 2nd").
        start = anchor if V.precision(site.recent) == "day" else anchor.replace(day=1)
        found = _day_from(start, day, 1)
        if found and V.first_day(found) > site.dct and tense(site) == "past":
            # "reported on 14.09.2024 … the ship had left port late on the 13th", written on the 16th: a past deed
            # is no day after publication, so the anchor's own month, if that day is not after publication either
            same = safe_date(start.year, start.month, day)
            found = V.day_value(same) if same and same <= site.dct else None
        return ("DATE", found or UNRESOLVED, None)
    ahead = tense(site, reported=True) in ("future", "reported")
    return ("DATE", _day_from(site.dct, day, 1 if ahead else -1) or UNRESOLVED, None)


def _month_start(day: _dt.date, step: int) -> _dt.date:
    """The first day of the month ``step`` months from ``day``'s."""
    index = day.year * 12 + day.month - 1 + step
    return _dt.date(index // 12, index % 12 + 1, 1)


def _day_from(start: _dt.date, day: int, direction: int) -> str | None:
    """The value of the first date with day number ``day`` from ``start`` on (``direction`` 1) or back (-1), within
    MONTHS_SEARCHED months; None when there is none."""
    for step in range(MONTHS_SEARCHED + 1):
        month = _month_start(start, step * direction)
        found = safe_date(month.year, month.month, day)
        if found is not None and (found >= start if direction > 0 else found <= start):
            return V.day_value(found)
    return None
