"""A count told at several hours of one night: Le Monde's "123 officers injured … at 10 pm on Thursday", Reuters'
"149 police officers had been injured … by late evening" and France 24's "441 officers were injured, … said on
Friday morning" are one count rising, which publication dates alone (tolls.dated_rising) cannot show when the
reports came out on the same day or carry no date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLOCK = re.compile(r"\b(?:at|by|as\s+of|around)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ap>[ap])\.?m\b", re.I)
"""A clock time the count was told at: "at 10 pm", "by 5.30pm"."""
_PART = re.compile(r"\b(?P<late>late\s+|early\s+)?(?P<part>morning|afternoon|evening|night|overnight|midnight)\b", re.I)
"""A part of a day the count was told in: "by late evening", "on Friday morning"."""
_PART_HOURS = {"morning": 9.0, "afternoon": 15.0, "evening": 20.0, "night": 23.0, "overnight": 24.0 + 3,
               "midnight": 24.0}
"""Rough hour of each part of a day, to order the counts (overnight is the small hours after the day's night)."""
_DAY = re.compile(r"\b(" + "|".join(_DAYS) + r")\b", re.I)


def clock_rising(members: Sequence[Claim]) -> bool:
    """A conflict's counts of people or things (no sums or shares) each told at an hour or part of a day in its
    sentence, which never fall and rise at least once in that order. A sentence naming no weekday is put on the
    earliest one the others name (the day of the events)."""
    if len(members) < 2 or any(c.figure is None or c.key is None or not c.key[1].islower() for c in members):
        return False
    told = [_when(c.quote) for c in members]
    if any(t is None for t in told):
        return False
    days = sorted({d for d, _ in told if d is not None})
    if days and days[-1] - days[0] > 3:  # a week's end and start: Sunday then Monday
        days = [d + 7 if d < 3 else d for d in days]
    first = days[0] if days else 0
    moments = [((first if d is None else d + 7 if days and d + 7 in days else d) * 24 + hour, c.figure.value)
               for (d, hour), c in zip(told, members)]
    moments.sort()
    values = [v for _, v in moments]
    times = [t for t, _ in moments]
    return all(a <= b for a, b in zip(values, values[1:])) and values[0] < values[-1] and all(
        values[i] == values[i + 1] or times[i] < times[i + 1] for i in range(len(values) - 1))


def _when(quote: str) -> tuple[int | None, float] | None:
    """(weekday index or None, hour) a sentence tells its count at, None when it names no hour nor part of day."""
    day = _DAY.search(quote)
    weekday = _DAYS.index(day.group(1).lower()) if day else None
    clock = _CLOCK.search(quote)
    if clock:
        hour = int(clock["h"]) % 12 + (12 if clock["ap"].lower() == "p" else 0) + int(clock["m"] or 0) / 60
        return weekday, float(hour)
    part = _PART.search(quote)
    if not part:
        return None
    late = (part["late"] or "").strip().lower()
    shift = 2.5 if late == "late" else -2.0 if late else 0.0  # "late evening" is about 22.30
    return weekday, _PART_HOURS[part["part"].lower()] + shift
