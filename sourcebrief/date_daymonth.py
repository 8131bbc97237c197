"""A day and month in numbers without a year, after a word that makes it a date: "valid until 31/08", "from 14/9".
Registered in ``dates.HANDLERS`` as ``daymonth``; its pattern is ``date_rules.RULES``' ``daymonth``."""

from __future__ import annotations

import re

from sourcebrief import date_values as V
from sourcebrief.date_handlers import pick_year, safe_date
from sourcebrief.date_site import UNRESOLVED, Result, Site, year_tense

__all__ = ["daymonth"]


def daymonth(g: re.Match[str], site: Site) -> Result | None:
    """``31/08`` after "until", "on", "from" …: read only when one number is over 12 and so tells which is the day
    (both 12 or under, "cut by 2/3" is as likely a fraction, and a guessed order a date months off); the year is the
    one the sentence's tense picks, as for "31 August"."""
    first, second = int(g["a"]), int(g["b"])
    if first > 12 and 1 <= second <= 12:
        day, month = first, second
    elif second > 12 and 1 <= first <= 12:
        month, day = first, second
    else:
        return None
    if safe_date(2024, month, day) is None:
        return None
    if site.dct is None:
        return ("DATE", UNRESOLVED, None)
    date = pick_year(lambda y: safe_date(y, month, day), site.dct, year_tense(site))
    return ("DATE", V.day_value(date), None) if date else ("DATE", UNRESOLVED, None)
