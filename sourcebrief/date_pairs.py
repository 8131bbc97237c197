"""A second day of the month told by its number alone after a month and day: "an exposure on Feb. 9 [and 10]" is
the 10th of the same month and year, a date of its own (not "on Feb. 9 and 10 people", a count; not "Feb. 9 and 10
a.m.", a clock)."""

from __future__ import annotations

import datetime as _dt
import re

from sourcebrief import date_rules as R
from sourcebrief import date_values as V

__all__ = ["second_day"]

_MONTH_DAY_END = re.compile(rf"{R.MONTH}\s+\d{{1,2}}$")
"""A date as written that ends in its month and day number ("Feb. 9", "Saturday, February 9"): no year, no range."""
_AND_DAY = re.compile(rf"\s+(?:and|or)\s+(?P<d>[12]\d|3[01]|[1-9])(?!\d|[.:]\d|\s*[ap]\.?m\b|st|nd|rd|th)"
                      rf"(?={R.DAY_NUMBER_END})", re.IGNORECASE)
"""The second day right after it: " and 10" before a comma, the sentence's end or a clause's next word."""


def second_day(text: str, value: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where the day number after the date ``text[start:end]`` (valued ``value``) stands, and its value: the same
    month and year, a later day; None when there is none or no such day is in the calendar."""
    if V.precision(value) != "day" or not _MONTH_DAY_END.search(text, start, end):
        return None
    found = _AND_DAY.match(text, end)
    if found is None:
        return None
    first, number = int(value[8:10]), int(found["d"])
    later = f"{value[:8]}{number:02d}"
    if number <= first or V.precision(later) != "day" or not _valid(later):
        return None
    return found.start("d"), found.end("d"), later


def _valid(value: str) -> bool:
    """Whether a day value names a day the calendar has ("2026-02-30" it has not)."""
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
