"""Quarters and half years: "Q1 2024", "the third quarter", "April-June", "the year-earlier quarter", "the same
period last year", each in the year the publication date and the tense give, or the quarter the source reports on."""

from __future__ import annotations

import datetime as _dt
import re

from sourcebrief import date_games
from sourcebrief import date_rules as R
from sourcebrief import date_values as V
from sourcebrief.date_site import UNRESOLVED, Result, Site, tense


def quarter(g: re.Match[str], site: Site) -> Result | None:
    """A quarter or half year: ``the third quarter``, ``Q1 2024``, ``the first half of 2023``."""
    if g["qq"]:
        number, unit, year_text = int(g["qq"][1]), "quarter", g["y2"]
    elif g["mq1"]:  # "April-June": a quarter's months, first to last
        number, unit, year_text = _QUARTER_OPENING[g["mq1"].lower()], "quarter", g["y3"]
    elif g["qb"]:
        number, unit, year_text = R.ORDINALS[g["qb"].lower()], "quarter", g["yb"]
    elif g["q"]:
        number, unit, year_text = R.ORDINALS[g["q"].lower()], g["qh"].lower(), g["y"]
        if unit == "half" and number > 2:
            return None
        if g["qry"]:  # "the second quarter of last year"
            if site.dct is None:
                return ("DATE", UNRESOLVED, None)
            year_text = str(site.dct.year + {"last": -1, "this": 0, "next": 1}[g["qry"].lower()])
    elif g["yc"] or g["ry"]:
        return _same_quarter(g, site)
    elif (g["qp"] or "").lower() == "period" and not (g["rq"] and site.quarter_anchor):
        return None  # "a rise on the same period last year" names no quarter where the source reports on none
    else:
        return _named_quarter((g["rq"] or "").lower(), site)
    code = "Q" if unit == "quarter" else "H"
    if year_text:
        return ("DATE", f"{year_text}-{code}{number}", None)
    if g["q"] and date_games.games_period(site, code, "year" in g.group().lower()):
        return None  # "scored twice in the first half", "trailed by 12 in the third quarter": a game's, not a year's
    if site.dct is None:
        if site.quarter_anchor and code == "Q":
            return ("DATE", f"{site.quarter_anchor[:4]}-Q{number}", None)
        return ("DATE", UNRESOLVED, None)
    return ("DATE", f"{_period_year(code, number, site):04d}-{code}{number}", None)


_QUARTER_OPENING = {"january": 1, "april": 2, "july": 3, "october": 4}
"""Each quarter by its first month ("April-June" is the second)."""

REPORTING_LAG = _dt.timedelta(days=45)
"""How long after a period ends its results are still news (quarterly reports come out within weeks)."""


def _period_year(code: str, number: int, site: Site) -> int:
    """Year of a quarter or half named without one: the latest begun by publication, or the next if future.

    A future-tense sentence means the next such period, unless the latest one ended only weeks ago
    ("plans to restructure after a third-quarter loss", written in October).
    """
    months = 3 if code == "Q" else 6
    first_month = months * number - months + 1
    dct = site.dct
    year_ = dct.year if _dt.date(dct.year, first_month, 1) <= dct else dct.year - 1
    if tense(site, reported=True) in ("future", "reported"):  # "expected disruption to last into the second half"
        end_month = first_month + months
        end = _dt.date(year_ + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
        if end + REPORTING_LAG < dct:
            year_ += 1
    return year_


def _same_quarter(g: re.Match[str], site: Site) -> Result:
    """``the 1988 quarter``, ``last year's quarter``, ``this year's third quarter``: the quarter under
    discussion (or the one named), in the year given."""
    if g["yc"]:
        year_ = int(g["yc"])
    elif site.dct is None:
        return ("DATE", UNRESOLVED, None)
    else:
        year_ = site.dct.year + {"last": -1, "this": 0, "next": 1}[g["ry"].lower()]
    if g["qr"]:
        return ("DATE", f"{year_:04d}-Q{R.ORDINALS[g['qr'].lower()]}", None)
    if site.quarter_anchor:
        return ("DATE", f"{year_:04d}{site.quarter_anchor[4:]}", None)
    return ("DATE", f"{year_:04d}", None)


def _named_quarter(word: str, site: Site) -> Result:
    if word in ("", "same") and site.quarter_anchor:
        return ("DATE", site.quarter_anchor, None)
    if site.dct is None and not site.quarter_anchor:
        return ("DATE", UNRESOLVED, None)
    current = V.quarter_value(site.dct.year, V.quarter_of(site.dct)) if site.dct else site.quarter_anchor
    if word == "current":
        return ("DATE", current, None)
    if word in ("latest", "most recent"):
        # The latest quarter is the last one completed (and so reported on) by publication.
        return ("DATE", V.shift(current, "quarter", -1) if site.dct else site.quarter_anchor, None)
    base = site.quarter_anchor or V.shift(current, "quarter", -1)
    if word in ("year-earlier", "year-ago", "comparable"):
        return ("DATE", V.shift(base, "year", -1), None)
    return ("DATE", base, None)
