"""Page stamps that date nothing by themselves: the Unix epoch a publishing system shows for a page it has no date for,
and a stamp with a day and a month but no year ("Updated 14:03 GMT, 22 Jan"), whose year the other sources give
(``dateline_year``), as they do a dateline's."""

from __future__ import annotations

import datetime as dt
import re

EPOCH = dt.date(1970, 1, 1)
"""The day a page stamps when its publishing system has no date for it (Unix time 0: Sky News's "Thursday 1 January
1970 00:00, UK"): the line is a stamp, but it dates nothing."""
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_TIME = r"\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+(?:gmt|utc|[a-z]{1,3}t)(?:[+-]\d{1,2})?)?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_YEARLESS = re.compile(rf"(?:{_WEEKDAY},?\s+)?(?:{_DAY}\s+{_MONTH}|{_MONTH.replace('month', 'month2')}\s+"
                       rf"{_DAY.replace('day', 'day2')})\b", re.I)
_REST = re.compile(rf"(?:{_TIME}|\bat\b|\bon\b|[,|·•\-–—()\s])*", re.I)
"""What a yearless stamp may hold beside its day: times, zones and separators ("14:03 GMT,", "| 5.42pm")."""


def real(dates: tuple[dt.date, ...]) -> tuple[dt.date, ...]:
    """``dates`` without EPOCH."""
    return tuple(d for d in dates if d != EPOCH)


def yearless(rest: str) -> tuple[int, int] | None:
    """(month, day) when ``rest``, what follows a stamp's label ("Updated"), is one day and month with no year and
    nothing but times around it ("14:03 GMT, 22 Jan", "Oct 9, 5:42 PM"); else None (a year, a word, a second date)."""
    found = _YEARLESS.search(rest)
    if not found or not _REST.fullmatch(rest[:found.start()]) or not _REST.fullmatch(rest[found.end():]):
        return None
    day, month = int(found.group("day") or found.group("day2")), found.group("month") or found.group("month2")
    return (_MONTHS.index(month.lower()) + 1, day) if 1 <= day <= 31 else None
