"""Dates counted from the story's own day or the publication's unit: "the previous Friday", "the following Monday",
"by the end of the month". Registered in ``dates.HANDLERS`` before ``date_handlers.relu``."""

from __future__ import annotations

import datetime as _dt
import re

from sourcebrief import date_rules as R
from sourcebrief import date_values as V
from sourcebrief.date_handlers import capitalised, narrative_anchor, relu as _relu, weekday_date
from sourcebrief.date_site import UNRESOLVED, Result, Site, tense


def relu(g: re.Match[str], site: Site) -> Result | None:
    """``date_handlers.relu``, but a weekday after "the previous", "the preceding" or "the following" counts from the
    story's day (story_weekday); "the previous March" keeps the publication's count."""
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    lowered = g["u"].lower().rstrip(".")
    if rel in _COUNTED_FROM_STORY and (lowered in R.WEEKDAYS or rel != "the previous"):
        return _story_weekday(lowered, g["u"], rel, site)
    return _relu(g, site)


_COUNTED_FROM_STORY = {"the previous": -1, "the preceding": -1, "the following": 1}
"""A weekday counted from the story's day, not the publication's: "The ceasefire collapsed on March 3. The previous
Friday, negotiators had met" is the Friday before 3 March."""


def _story_weekday(lowered: str, unit: str, rel: str, site: Site) -> Result | None:
    """``the previous Friday``, ``the following Monday``: the weekday before or after the day the story last gave
    (the publication day when it gave none). Other units ("the following summer") are left to their own rules."""
    if lowered not in R.WEEKDAYS or not capitalised(unit):
        return None
    anchor = narrative_anchor(site, "day")
    start = (V.first_day(anchor) if anchor and V.precision(anchor) == "day" else None) or site.dct
    if start is None:
        return ("DATE", UNRESOLVED, None)  # an undated story that gave no day before: nothing to count from
    return ("DATE", V.day_value(weekday_date(lowered, start, "none", _COUNTED_FROM_STORY[rel])), None)


def of_unit(g: re.Match[str], site: Site) -> Result | None:
    """``by the end of the month``: the publication's week, month or year (a deadline, a forecast), or in a past
    sentence the month or year of the date the narrative last gave, when it gave one as fine ("In March 2020 …. By
    the end of the month, 300 had died")."""
    mod = R.MODS.get(re.sub(r"\s+", " ", g["pre"].lower()) + " of")
    unit = g["u"].lower()
    if site.dct is None:
        return ("DATE", UNRESOLVED, mod)
    if tense(site, reported=True) != "past":  # "said it would respond by the end of the month": this month
        ahead = site.dct + _dt.timedelta(days=1) if unit == "week" and site.dct.weekday() == 6 else site.dct
        return ("DATE", _unit_value(unit, V.day_value(ahead)), mod)  # (on a Sunday, the week ahead: its own is over)
    last = site.last if site.last and V.precision(site.last) in _FINE_ENOUGH[unit] else None
    if (last and V.precision(last) == "year" and site.recent is None
            and _COMMITTED.search(site.text, site.sentence_start, site.start)):
        last = site.day_anchor  # "agreed to finish the review by the end of the year", the story's year told paragraphs
        # before ("up from $16.71 last year"): the end of the agreement's year (the day the story last gave, or the
        # publication's), a deadline set ahead of it
    return ("DATE", _unit_value(unit, last or V.day_value(site.dct)), mod)


_COMMITTED = re.compile(r"(?<!\bhad\s)\b(?:agreed|promised|pledged|vowed|undertook|committed|decided|resolved)\s+to\s+"
                        r"[^.;:!?\"“”]{0,160}\b(?:by|before|until|towards?)\s+$", re.IGNORECASE)
"""A commitment and its infinitive before a deadline: "agreed to finish the review … by [the end of the year]"."""


_FINE_ENOUGH = {"week": ("day", "week"), "month": ("day", "week", "month"), "year": ("day", "week", "month", "year")}
"""Grains of a narrative's date whose week, month or year "the end of the …" can be."""


def _unit_value(unit: str, value: str) -> str:
    """The week, month or year holding ``value`` (a day, week, month or year value)."""
    if unit == "year":
        return value[:4]
    if unit == "month":
        first = V.first_day(value)
        return V.month_value(first.year, first.month)
    return value if V.precision(value) == "week" else V.week_value(V.first_day(value))
