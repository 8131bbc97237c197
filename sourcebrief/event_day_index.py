"""The chronology merge's index of groups by the days their members are dated to, with the same groups gathered per
month and per year, so a coarse date ("in March", "last summer", "in 2023") finds the groups of every day it holds
without joining hundreds of day sets one by one; and the coarse dates seen so far that relate to a date."""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict

from sourcebrief import date_values as V
from sourcebrief.event_candidate import relation


class DayIndex:
    """Groups by day (``2024-03-05``), by month (``2024-03``) and by year (``2024``) of their members' days."""

    def __init__(self) -> None:
        self.by_day: dict[str, set[int]] = defaultdict(set)
        self.by_month: dict[str, set[int]] = defaultdict(set)
        """A month to the groups holding one of its days."""
        self.by_year: dict[str, set[int]] = defaultdict(set)
        """A year to the groups holding one of its days."""
        self.days_by_month: dict[str, list[str]] = defaultdict(list)
        """A month to its days seen so far."""

    def add(self, day: str, index: int) -> None:
        """Index group ``index`` under ``day`` (an ISO day), its month and its year."""
        if day not in self.by_day:
            self.days_by_month[day[:7]].append(day)
        self.by_day[day].add(index)
        self.by_month[day[:7]].add(index)
        self.by_year[day[:4]].add(index)

    def within(self, date: str, years: list[str]) -> set[int]:
        """Groups holding a day of ``years`` that lies within ``date``'s span (event_candidate.relation relates
        such a day to a coarser date, and no other day): whole years and months at once, the days of a month the
        span holds in part one by one."""
        first, last = V.first_day(date), V.last_day(date)
        related: set[int] = set()
        if first is None or last is None:
            return related
        for year in years:
            y = int(year)
            if y < 1:
                continue  # no day of year 0 is ever indexed (date_values.first_day cannot read it)
            if first <= _dt.date(y, 1, 1) and _dt.date(y, 12, 31) <= last:
                related |= self.by_year.get(year, set())
                continue
            if last < _dt.date(y, 1, 1) or _dt.date(y, 12, 31) < first:
                continue
            for month in range(1, 13):
                start = _dt.date(y, month, 1)
                end = _dt.date(y, 12, 31) if month == 12 else _dt.date(y, month + 1, 1) - _dt.timedelta(days=1)
                if last < start or end < first:
                    continue
                key = f"{year}-{month:02d}"
                if first <= start and end <= last:
                    related |= self.by_month.get(key, set())
                    continue
                for day in self.days_by_month.get(key, ()):
                    if first <= _dt.date.fromisoformat(day) <= last:
                        related |= self.by_day[day]
        return related


def related_values(date: str, years: list[str], by_year: dict[str, list[str]],
                   cache: dict[str, tuple[tuple[int, ...], list[str]]]) -> list[str]:
    """Date values of ``years`` seen so far (``by_year``) that relate to ``date``. Each year's values are kept
    in the order first seen, so only the values new since the last call for the same date are checked."""
    counts, related = cache.get(date, ((0,) * len(years), []))
    for year, seen in zip(years, counts):
        related += [d for d in by_year.get(year, ())[seen:] if relation(date, d) is not None]
    cache[date] = (tuple(len(by_year.get(year, ())) for year in years), related)
    return related
