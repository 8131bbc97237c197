"""A second day of the month told by its number alone beside a month and day: "an exposure on Feb. 9 [and 10]" is
the 10th of the same month and year, a date of its own (not "on Feb. 9 and 10 people", a count; not "Feb. 9 and 10
a.m.", a clock), and so is an ordinal's second ("on the 9th [or 10th]"); day first, the number alone comes first:
"closed on [9 and] 10 February" is the 9th."""

from __future__ import annotations

import datetime as _dt
import re

from sourcebrief import date_rules as R
from sourcebrief import date_values as V

__all__ = ["first_day", "second_day"]

_MONTH_DAY_END = re.compile(rf"{R.MONTH}\s+\d{{1,2}}$")
"""A date as written that ends in its month and day number ("Feb. 9", "Saturday, February 9"): no year, no range."""
_AND_DAY = re.compile(rf"\s+(?:and|or)\s+(?P<d>[12]\d|3[01]|[1-9])(?!\d|[.:]\d|\s*[ap]\.?m\b|st|nd|rd|th)"
                      rf"(?={R.DAY_NUMBER_END})", re.IGNORECASE)
"""The second day right after it: " and 10" before a comma, the sentence's end or a clause's next word."""


_ORDINAL_END = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)$")
"""A day of the month told by its ordinal alone ("on the 9th"), which a second ordinal may follow."""
_AND_ORDINAL = re.compile(rf"\s+(?:and|or)\s+(?:the\s+)?(?P<d>(?P<n>[12]\d|3[01]|[1-9])(?:st|nd|rd|th))"
                          rf"(?={R.DAY_NUMBER_END})", re.IGNORECASE)
"""The second ordinal right after it: " or 10th", " and the 10th"."""


def second_day(text: str, value: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Where the day number after the date ``text[start:end]`` (valued ``value``) stands, and its value: the same
    month and year, a later day; None when there is none or no such day is in the calendar. After an ordinal ("on the
    9th [or 10th]") the second is unresolved when the first is."""
    if _ORDINAL_END.search(text, start, end) and (found := _AND_ORDINAL.match(text, end)):
        if value == "unresolved":
            return found.start("d"), found.end("d"), value
        number = int(found["n"])
    elif (V.precision(value) == "day" and _MONTH_DAY_END.search(text, start, end)
          and (found := _AND_DAY.match(text, end))):
        number = int(found["d"])
    else:
        return None
    if V.precision(value) != "day":
        return None
    first = int(value[8:10])
    later = f"{value[:8]}{number:02d}"
    if number <= first or V.precision(later) != "day" or not _valid(later):
        return None
    return found.start("d"), found.end("d"), later


_DAY_MONTH_START = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{R.MONTH}")
"""A date as written day first ("10 February", "10th Feb 2026"): its day number opens it."""
_DAY_AND = re.compile(r"(?:^|(?<=[\s(]))(?P<d>(?P<n>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?)\s+(?:and|or|&)\s+$")
"""The first day right before it: "9 and ", "9th or " (not a figure's end: "1,9 and", "2.9 and", "£9 and")."""


def first_day(text: str, value: str, start: int, end: int, after: int = 0) -> tuple[int, int, str] | None:
    """Where the day number before the day-first date ``text[start:end]`` (valued ``value``) stands, no earlier than
    ``after``, and its value: the same month and year, an earlier day; None when there is none."""
    if V.precision(value) != "day" or not _DAY_MONTH_START.match(text, start, end):
        return None
    found = _DAY_AND.search(text, max(after, start - 12), start)
    if found is None:
        return None
    number = int(found["n"])
    earlier = f"{value[:8]}{number:02d}"
    if number >= int(value[8:10]) or not _valid(earlier):
        return None
    return found.start("d"), found.end("d"), earlier


def _valid(value: str) -> bool:
    """Whether a day value names a day the calendar has ("2026-02-30" it has not)."""
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
