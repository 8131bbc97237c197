"""TIMEX3 value strings: building them from calendar dates, shifting them, and reading them aloud."""

from __future__ import annotations

import datetime as _dt
import functools
import re

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The month each season of the northern year starts in."""
PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
MOD_WORDS = {
    "START": "early", "MID": "mid", "END": "late", "APPROX": "about",
    "BEFORE": "before", "AFTER": "after", "ON_OR_AFTER": "from",
    "ON_OR_BEFORE": "until", "LESS_THAN": "less than", "MORE_THAN": "more than",
}
REF_WORDS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T(?P<t>.+))?$"
)


def day_value(day: _dt.date) -> str:
    """``2024-02-06``."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """``2024-02``, normalising months outside 1..12 into neighbouring years."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def week_value(day: _dt.date) -> str:
    """ISO week containing ``day``: ``2024-W05``."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_value(year: int, quarter: int) -> str:
    """``2024-Q1``, normalising quarters outside 1..4 into neighbouring years."""
    year += (quarter - 1) // 4
    quarter = (quarter - 1) % 4 + 1
    return f"{year:04d}-Q{quarter}"


def quarter_of(day: _dt.date) -> int:
    """Calendar quarter (1..4) of ``day``."""
    return (day.month - 1) // 3 + 1


def parse(value: str) -> re.Match[str] | None:
    """Match a concrete TIMEX3 date value, or None for references, durations and ``unresolved``."""
    return _VALUE.match(value)


@functools.lru_cache(maxsize=1 << 14)
def first_day(value: str) -> _dt.date | None:
    """First calendar day a value covers (None for values that cover no known day)."""
    m = parse(value)
    if not m:
        return None
    year = int(m["y"])
    if m["d"]:
        return _dt.date(year, int(m["m"]), int(m["d"]))
    if m["m"]:
        return _dt.date(year, int(m["m"]), 1)
    if m["w"]:
        return _dt.date.fromisocalendar(year, int(m["w"]), 6 if m["we"] else 1)
    if m["q"]:
        return _dt.date(year, 3 * int(m["q"]) - 2, 1)
    if m["h"]:
        return _dt.date(year, 6 * int(m["h"]) - 5, 1)
    return _dt.date(year, 1, 1)


def calendar_start(value: str) -> _dt.date | None:
    """Where a value starts on the calendar, for ordering: first_day, but a season of the northern year at its first
    month ("summer 2022", 2022-SU, after "May 2022"; first_day keeps a season's whole year open, which merging reads)."""
    m = parse(value)
    if m and m["s"] and m["s"] != "WI":  # (a winter may be the one the year opens with: it stays at the year's start)
        return _dt.date(int(m["y"]), SEASON_MONTHS[m["s"]], 1)
    return first_day(value)


@functools.lru_cache(maxsize=1 << 14)
def last_day(value: str) -> _dt.date | None:
    """Last calendar day a value covers (None for values that cover no known day)."""
    m = parse(value)
    if not m:
        return None
    start = first_day(value)
    if m["d"]:
        return start
    if m["w"]:
        return start + _dt.timedelta(days=1 if m["we"] else 6)
    months = 1 if m["m"] else 3 if m["q"] else 6 if m["h"] else 3 if m["s"] else 12
    if m["s"]:
        start = _dt.date(start.year, SEASON_MONTHS[m["s"]], 1)
    end_month = start.month + months
    end = _dt.date(start.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    return end - _dt.timedelta(days=1)


def shift(value: str, unit: str, amount: int) -> str | None:
    """Move a value by ``amount`` units (day/week/month/quarter/year), at the coarser of the two grains."""
    m = parse(value)
    if not m or m["t"]:
        return None
    year = int(m["y"])
    if unit == "year":
        if m["q"] or m["h"] or m["s"]:
            return f"{year + amount:04d}{value[4:]}"
        return f"{year + amount:04d}"
    if unit == "quarter":
        if m["q"]:
            return quarter_value(year, int(m["q"]) + amount)
        day = first_day(value) if (m["m"] or m["d"]) else None
        return quarter_value(day.year, quarter_of(day) + amount) if day else None
    if unit == "month":
        if m["m"]:
            return month_value(year, int(m["m"]) + amount)
        return None
    if unit == "week":
        if m["d"] or m["w"]:
            return week_value(first_day(value) + _dt.timedelta(weeks=amount))
        return None
    if unit == "day" and m["d"]:
        return day_value(first_day(value) + _dt.timedelta(days=amount))
    return None

_PART_HOURS = {"MO": frozenset(range(4, 13)), "AF": frozenset(range(12, 19)), "EV": frozenset(range(17, 24)),
               "NI": frozenset(range(18, 24))}
"""The clock hours of its own day each part of the day can take, generously (a late afternoon is an evening). A night
("2026-03-17TNI", "overnight into Wednesday") runs on into the small hours of the day after, which that day's date
tells by the clock ("04:10 on Wednesday")."""


def _hours(time: str) -> frozenset[int] | None:
    """The hours a value's time of day can take ("14:00", "NI"); None when it says none."""
    clock = re.fullmatch(r"(\d\d):\d\d(?::\d\d)?", time)
    return frozenset((min(int(clock[1]), 23),)) if clock else _PART_HOURS.get(time)  # "midnight on Tuesday": 24:00


def times_apart(a: str, b: str) -> bool:
    """Whether two times of one day ("14:00", "NI") cannot be the same moment: 2pm is not that night, a morning not
    that evening, nor 4am that night. Two clock times are never told apart here (sources differ on when the same thing happened)."""
    one, other = _hours(a), _hours(b)
    return one is not None and other is not None and (len(one) > 1 or len(other) > 1) and one.isdisjoint(other)


def night_into(night: str, night_time: str, day: str, time: str) -> bool:
    """Whether a night ("2026-03-14", "NI": "overnight") and a small-hours clock time of the day after ("2026-03-15",
    "03:30": "shortly after 3.30am") can tell one moment: the night runs on into that morning."""
    hours = _hours(time) if night_time == "NI" else None
    if hours is None or len(hours) != 1 or max(hours) >= 7:
        return False
    first, second = first_day(night), first_day(day)
    return first is not None and second is not None and (second - first).days == 1


@functools.lru_cache(maxsize=1 << 14)
def precision(value: str) -> str:
    """Grain of a value: day, week, month, season, quarter, half, year, decade, century or other (remembered: the
    chronology asks it of the same few values millions of times at 10,000 articles)."""
    m = parse(value)
    if not m:
        if re.fullmatch(r"\d{3}", value):
            return "decade"
        if re.fullmatch(r"\d{2}", value):
            return "century"
        return "other"
    if m["t"]:
        return "time"
    for key, name in (("d", "day"), ("w", "week"), ("m", "month"), ("s", "season"),
                      ("q", "quarter"), ("h", "half")):
        if m[key]:
            return name
    return "year"


def describe(value: str, mod: str | None = None) -> str:
    """Read a value for people: ``6 February 2024``, ``mid-October 2023``, ``week of 22 January 2024``."""
    text = _describe_value(value)
    if mod in ("START", "MID", "END") and precision(value) in ("month", "year", "decade", "century", "season",
                                                               "quarter"):
        word = MOD_WORDS[mod]
        article, sep, rest = text.partition("the ")
        if sep and not article:  # "the early 1990s", "the mid-1980s", "the late 19th century"
            return f"the {word}-{rest}" if mod == "MID" else f"the {word} {rest}"
        return f"{word}-{text}" if mod == "MID" else f"{word} {text}"
    if mod in MOD_WORDS and text != "unresolved":
        return f"{MOD_WORDS[mod]} {text}"
    return text


def _nth(n: int) -> str:
    """``19th``, ``21st``, ``22nd``, ``23rd``, ``11th``."""
    return f"{n}{'th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _span(first: _dt.date, last: _dt.date) -> str:
    """``3–4 February 2024``, ``31 March – 1 April 2024``, ``31 December 2023 – 1 January 2024``."""
    if first.year != last.year:
        return f"{first.day} {MONTH_NAMES[first.month - 1]} {first.year} – {last.day} {MONTH_NAMES[last.month - 1]} {last.year}"
    if first.month != last.month:
        return f"{first.day} {MONTH_NAMES[first.month - 1]} – {last.day} {MONTH_NAMES[last.month - 1]} {last.year}"
    return f"{first.day}–{last.day} {MONTH_NAMES[last.month - 1]} {last.year}"


_EVERY = re.compile(r"XXXX-(?:(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?|(?P<s>SP|SU|FA|WI)|WXX-(?P<wd>[1-7]))")
"""A recurrence TIMEX3 writes with an unknown year: every June, every 15 June, every summer, every Tuesday."""
_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _describe_every(value: str) -> str | None:
    """``every June``, ``every 15 June``, ``every summer``, ``every Tuesday``; None for any other value."""
    m = _EVERY.fullmatch(value)
    if not m:
        return None
    if m["wd"]:
        return f"every {_WEEKDAY_NAMES[int(m['wd']) - 1]}"
    if m["s"]:
        return f"every {SEASON_NAMES[m['s']]}"
    month = MONTH_NAMES[int(m["m"]) - 1]
    return f"every {int(m['d'])} {month}" if m["d"] else f"every {month}"


def _describe_value(value: str) -> str:
    if value in REF_WORDS:
        return REF_WORDS[value]
    if value.startswith("XXXX-"):
        return _describe_every(value) or value
    m = parse(value)
    if not m:
        if re.fullmatch(r"\d{3}", value):
            return f"the {value}0s"
        if re.fullmatch(r"\d{2}", value):
            return f"the {_nth(int(value) + 1)} century"
        return "unresolved" if value == "unresolved" else value
    year = m["y"]
    if m["d"]:
        day = first_day(value)
        text = f"{day.day} {MONTH_NAMES[day.month - 1]} {year}"
    elif m["w"]:
        day = first_day(value)
        text = f"week of {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
        if m["we"]:
            text = f"weekend of {_span(day, last_day(value))}"
    elif m["m"]:
        text = f"{MONTH_NAMES[int(m['m']) - 1]} {year}"
    elif m["q"]:
        text = f"Q{m['q']} {year}"
    elif m["h"]:
        text = f"{'first' if m['h'] == '1' else 'second'} half of {year}"
    elif m["s"]:
        text = f"{SEASON_NAMES[m['s']]} {year}"
    else:
        text = year
    if m["t"]:
        text = f"{text}, {PART_NAMES.get(m['t'], m['t'])}"
    return text
