"""Dates a habit governs: "the river typically peaks in summer" is every summer (``XXXX-SU``), "the council usually
meets on Tuesday" every Tuesday (``XXXX-WXX-2``), as "usually runs from June to September" is every June
(date_handlers.yearly). Read as the next summer or the last Tuesday they would be made-up dates, and a chronology
line on them an event that never happened. One list of habit adverbs serves the date finder and the chronology's
check of a habit's sentence (chronology._HABITUAL)."""

from __future__ import annotations

import re
from collections.abc import Callable

from sourcebrief import date_rules as R
from sourcebrief.date_site import Result, Site

HABIT_ADVERBS = r"(?:usually|typically|normally|traditionally|customarily)"
"""Adverbs that make a present or past verb a habit: its dates come round, no one of them is an event's."""
HABITUAL = re.compile(rf"\b{HABIT_ADVERBS}\s+(?:[a-z]+ly\s+)?[a-z]+s\b")
"""A habit in the present ("usually runs", "typically peaks"): a month or a day its sentence names is any year's."""
HABIT_BEFORE = rf"\b{HABIT_ADVERBS}\s+(?!(?:on|in|at|from|by|until|during|for)\b)(?:[a-z]+\s+){{0,3}}$"
"""A habit's adverb a few plain words before a date, its verb after it, no comma between: "usually runs from
[June]", "typically peaks in [summer]" (not "usually rally, but on [Tuesday]", nor a manner's adverb after its verb:
"flights operated normally on [Friday]" is that Friday)."""
_HABIT_BEFORE = re.compile(HABIT_BEFORE, re.IGNORECASE)
_REACH = 45
"""How far before a date its habit's adverb is looked for."""


_JOINED = re.compile(r"\b(?P<w>[A-Za-z]+?)s?\s*(?:,|and|or|to|through|until|-|–)\s*$")
"""A season or a weekday joined right before another ("in winter [and] spring", "on Tuesday [and] Friday")."""


def habitual(site: Site) -> bool:
    """Whether a habit's adverb governs the date at ``site`` (HABIT_BEFORE), in its sentence, or the season or
    weekday joined to it before ("usually blows hardest in winter and spring": every spring too)."""
    before = site.text[max(site.sentence_start, site.start - _REACH):site.start]
    if _HABIT_BEFORE.search(before):
        return True
    joined = _JOINED.search(before)
    if not joined or (joined["w"].lower() not in R.SEASONS and joined["w"].lower() not in R.WEEKDAYS):
        return False
    start = site.start - len(before) + joined.start("w")
    return bool(_HABIT_BEFORE.search(site.text[max(site.sentence_start, start - _REACH):start]))


Handler = Callable[[re.Match[str], Site], "Result | None"]


def recurring(handler: Handler) -> Handler:
    """``handler`` of a season or a weekday, whose date a habit governs read as the recurrence instead: every summer
    ``XXXX-SU``, every Tuesday ``XXXX-WXX-2`` (a written year keeps its one season: "usually peaks in summer 2024"
    is no habit of every year's)."""
    def resolve(g: re.Match[str], site: Site) -> Result | None:
        result = handler(g, site)
        if result is None or result[0] != "DATE" or not habitual(site):
            return result
        if "s" in g.re.groupindex and g["s"] and not g["y"]:
            return ("SET", f"XXXX-{R.SEASONS[g['s'].lower()]}", result[2])
        if "wd" in g.re.groupindex and g["wd"]:
            return ("SET", f"XXXX-WXX-{R.WEEKDAYS[g['wd'].lower()] + 1}", None)
        return result
    resolve.__doc__ = handler.__doc__
    return resolve
